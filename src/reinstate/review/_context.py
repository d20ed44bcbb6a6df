"""What a review may be checked against: the notice, the computed metrics, the exhibits.

Each is optional; the rules that need one run only when it is given.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reinstate.errors import FormatError
from reinstate.review._config import ReviewConfig
from reinstate.review._exhibits import ExhibitFolder
from reinstate.textio import display_name, read_json

if TYPE_CHECKING:
    from reinstate.notice import Notice


@dataclass(frozen=True)
class NoticeFacts:
    """What the POA must answer, from Amazon's notice (read by `reinstate.notice`)."""

    violations: tuple[str, ...] = ()
    asins: tuple[str, ...] = ()
    # Each entry is one request; several kinds in one entry are alternatives
    # ("invoices or receipts"): the request is answered when any of them is.
    documents: tuple[tuple[str, ...], ...] = ()
    # The words of the notice's names and quoted text (brands, the rights owner, what each
    # issue and request says), lower case: the spelling rule knows them.
    words: frozenset[str] = field(default=frozenset(), compare=False)

    @classmethod
    def from_notice(cls, notice: Notice) -> NoticeFacts:
        """The facts of a notice read by notice intake or `Notice.from_dict`."""
        groups: dict[str, list[str]] = {}
        for index, document in enumerate(notice.documents):
            key = document.text if document.text.strip() else f"#{index}"
            groups.setdefault(key, []).append(document.kind)
        return cls(
            violations=tuple(dict.fromkeys(notice.violation_kinds)),
            asins=notice.asins,
            documents=tuple({tuple(dict.fromkeys(group)): None for group in groups.values()}),
            words=_words_of(notice),
        )

    @classmethod
    def from_dict(cls, data: Any, source: str = "<notice>") -> NoticeFacts:
        """The facts of notice JSON (version 1), checked by `Notice.from_dict`."""
        from reinstate.notice import Notice

        return cls.from_notice(Notice.from_dict(data, source=source))


def _words_of(notice: Notice) -> frozenset[str]:
    texts = [
        *notice.brands,
        notice.rights_owner.name if notice.rights_owner and notice.rights_owner.name else "",
        *(issue.text for issue in notice.issues),
        *(violation.evidence for violation in notice.violations),
        *(document.text for document in notice.documents),
    ]
    return frozenset(word.lower() for text in texts for word in _LETTERS.findall(text))


_LETTERS = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True)
class ReviewContext:
    """Everything a review runs against besides the POA text."""

    config: ReviewConfig = field(default_factory=ReviewConfig)
    notice: NoticeFacts | None = None
    metrics: dict[str, float] | None = None
    exhibits: ExhibitFolder | None = None
    # The words of the seller's product names (the all-orders report's catalogue), lower
    # case: the spelling rule knows them ("Kelvo Oak Lamp").
    catalogue: frozenset[str] = frozenset()


def load_notice(path: str | Path) -> NoticeFacts:
    """A notice file: the JSON of `reinstate notice`, or Amazon's message itself
    (.txt, .eml, .html), read by `reinstate.notice.read_notice`."""
    from reinstate.notice import read_notice  # notice intake: heavier, needed here only

    return NoticeFacts.from_notice(read_notice(path))


def catalogue_words(names: Iterable[str]) -> frozenset[str]:
    """The words of product names, lower case: what the spelling rule learns from a
    catalogue."""
    return frozenset(word.lower() for name in names for word in _LETTERS.findall(name))


def load_catalogue(paths: Sequence[str | Path]) -> frozenset[str]:
    """The words of the product names in the all-orders reports `paths`, read by
    `reinstate.metrics.read_catalogue` (every encoding, gzip, header aliases)."""
    from reinstate.metrics import read_catalogue  # DuckDB: only when orders are given

    return catalogue_words(item.product_name for item in read_catalogue(paths))


def metrics_from_dict(data: Any, source: str = "<metrics>") -> dict[str, float]:
    """Metric values (fractions) from the `reinstate metrics` JSON shape."""
    if not isinstance(data, dict) or not isinstance(data.get("metrics"), dict):
        raise FormatError(
            'must be the JSON of `reinstate metrics`, with a "metrics" object', path=source
        )
    values: dict[str, float] = {}
    for name, metric in data["metrics"].items():
        if not isinstance(metric, dict):
            continue  # return_rate_by_sku is a list
        value = metric.get("value")
        if value is None:
            continue
        values[name] = _rate(value, source, f"metrics.{name}.value")
    return values


def _rate(value: Any, source: str, where: str) -> float:
    """A metric's value: a fraction from 0 to 1 (docs/metrics.md), never NaN or infinite."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise FormatError("must be a number or null", path=source, field=where)
    if not math.isfinite(value):
        raise FormatError("is NaN or infinite, not a rate from 0 to 1", path=source, field=where)
    if not 0 <= value <= 1:
        raise FormatError(
            f"is {value:g}, not a rate from 0 to 1 (a fraction: 0.041 for 4.1%)",
            path=source,
            field=where,
        )
    return float(value)


def load_metrics(path: str | Path) -> dict[str, float]:
    """Metric values from a `reinstate metrics --format json` file."""
    name = display_name(path)
    data = read_json(path)
    return metrics_from_dict(data, name)
