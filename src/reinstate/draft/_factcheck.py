"""Fact check of a draft someone else wrote (an LLM): every ASIN, order ID, exhibit, date
and number in it must come from the case.

The case's facts are its notice, the seller's answers, the metrics JSON and the
deterministic draft (written from those facts only). A figure stated with less precision
("22.2%") agrees with a fact it rounds from ("22.22%").
"""

from __future__ import annotations

import datetime
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass

from reinstate.draft._case import Case
from reinstate.draft._exhibits import Exhibit
from reinstate.review import find_citations

ASIN = re.compile(r"(?<![A-Za-z0-9_-])B0[0-9A-Z]{8}(?![A-Za-z0-9_-])")
ORDER_ID = re.compile(r"(?<![\d-])\d{3}-\d{7}-\d{7}(?![\d-])")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
DATE = re.compile(
    rf"\b(?:(\d{{1,2}})\s+({_MONTHS})\s+(\d{{4}})|({_MONTHS})\s+(\d{{1,2}}),?\s+(\d{{4}})"
    r"|(\d{4})-(\d{2})-(\d{2}))\b",
    re.I,
)
NUMBER = re.compile(
    r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+(?:\.\d+)?(?![\w])"
)
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


@dataclass(frozen=True)
class FactFinding:
    """Something a draft states that the case does not contain."""

    kind: str  # asin, order-id, exhibit, date, number
    value: str

    @property
    def message(self) -> str:
        what = self.kind.replace("-", " ")
        return f"The draft states the {what} {self.value}, which is not in the case facts."


def _parse_date(match: re.Match[str]) -> datetime.date | None:
    day, month, year, month2, day2, year2, iy, im, iday = match.groups()
    try:
        if iy:
            return datetime.date(int(iy), int(im), int(iday))
        names = _MONTHS.split("|")
        if day:
            return datetime.date(int(year), names.index(month.lower()) + 1, int(day))
        return datetime.date(int(year2), names.index(month2.lower()) + 1, int(day2))
    except ValueError:
        return None


def dates_in(text: str) -> set[datetime.date]:
    return {d for m in DATE.finditer(text) if (d := _parse_date(m)) is not None}


def _numbers(text: str) -> list[str]:
    """Number tokens outside exhibit citations, dates, times, ASINs and order IDs."""
    for citation in reversed(find_citations(text)):
        text = text[: citation.start] + " " * (citation.end - citation.start) + text[citation.end :]
    for pattern in (DATE, _TIME, ASIN, ORDER_ID):
        text = pattern.sub(" ", text)
    return [m.group(0).replace(",", "") for m in NUMBER.finditer(text)]


def _agrees(stated: str, known: Iterable[float]) -> bool:
    decimals = len(stated.split(".")[1]) if "." in stated else 0
    tolerance = 0.5 * 10.0**-decimals + 1e-9
    value = float(stated)
    return any(abs(value - fact) <= tolerance for fact in known)


def case_fact_text(case: Case, reference: str) -> str:
    """Every fact of the case as text: notice, answers, metrics and the reference draft."""
    answers = {key: str(value) for key, value in case.answers.items()}
    parts = [json.dumps(case.notice.to_dict()), json.dumps(answers), reference]
    if case.metrics:
        parts.append(json.dumps(case.metrics))
    return "\n".join(parts)


def fact_check(
    text: str, case: Case, exhibits: Iterable[Exhibit], reference: str
) -> list[FactFinding]:
    """What `text` states beyond the case's facts; empty when every fact is the case's."""
    facts = case_fact_text(case, reference)
    findings = [FactFinding("asin", a) for a in _unique(ASIN.findall(text)) if a not in facts]
    findings += [
        FactFinding("order-id", o) for o in _unique(ORDER_ID.findall(text)) if o not in facts
    ]
    cited = {e.citation.lower() for e in exhibits}
    for citation in find_citations(text):
        name = citation.file_name or " ".join(citation.label)
        if name.lower() not in cited:
            findings.append(
                FactFinding("exhibit", citation.file_name or " ".join(citation.label).title())
            )
    known_dates = dates_in(facts) | _iso_dates(facts)
    findings += [FactFinding("date", d.isoformat()) for d in sorted(dates_in(text) - known_dates)]
    known = [float(n) for n in _numbers(facts)] + _percent_values(case)
    findings += [FactFinding("number", n) for n in _unique(_numbers(text)) if not _agrees(n, known)]
    return _dedupe(findings)


def _iso_dates(text: str) -> set[datetime.date]:
    found = set()
    for match in re.finditer(r"\d{4}-\d{2}-\d{2}", text):
        try:
            found.add(datetime.date.fromisoformat(match.group(0)))
        except ValueError:
            continue
    return found


def _percent_values(case: Case) -> list[float]:
    """Metric rates as percentages (0.2222 -> 22.22), as a plan states them."""
    if not case.metrics:
        return []
    values = []
    for metric in case.metrics.get("metrics", {}).values():
        if isinstance(metric, dict) and isinstance(metric.get("value"), int | float):
            values.append(float(metric["value"]) * 100)
            if isinstance(metric.get("target"), int | float):
                values.append(float(metric["target"]) * 100)
    return values


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _dedupe(findings: list[FactFinding]) -> list[FactFinding]:
    return list(dict.fromkeys(findings))
