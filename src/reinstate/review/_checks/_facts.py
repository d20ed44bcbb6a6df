"""Fact check: metric figures stated in the plan against the computed metrics."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reinstate.kb import MetricPhrase, metric_phrases
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document, Sentence
from reinstate.review._model import Hit, Rule, phrases_pattern

_PERCENT = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b|percent\b)", re.I)
# A figure right after these words is a target or a bound, not the seller's value.
_TARGET_BEFORE = re.compile(
    r"(?:target|threshold|limit|requirement|required|maximum|minimum|below|under|less than|"
    r"above|over|more than|exceeds?|exceeding|at least|at most|up to|within|of at|than)"
    r"\s*(?:(?:of|is|at|to|was|:)\s*)?(?:the\s*)?$",
    re.I,
)
_TARGET_AFTER = re.compile(r"^\s*(?:target|threshold|limit|requirement|maximum|minimum)\b", re.I)
# A sentence about the time after the fixes ("Since 23 January ... the rate is 99.7 %", "the
# rate is now 0.8 %") gives a new figure, not the one of the notice's window.
_LATER = re.compile(
    r"\bsince (?:\d|then|the (?:change|fix|new)|these|our (?:change|fix)|we (?:changed|fixed|"
    r"introduced|started)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d)"
    r"|\b(?:is|are|has been|stands at) now\b|\bnow (?:is|stands|at)\b"
    r"|\bafter (?:the|these|our) (?:changes|fix(?:es)?|new)\b",
    re.I,
)


@dataclass(frozen=True, eq=False)
class _Mention:
    start: int
    end: int
    metric: MetricPhrase
    text: str
    sentence: str


def metric_mismatch(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if not ctx.metrics:
        return
    for sentence, mentions in _mentions_by_sentence(doc).items():
        for mention, figures in _assign(doc, sentence, mentions).items():
            yield from _compare(mention, figures, ctx.metrics)


def states_a_figure(doc: Document) -> bool:
    """Whether the plan gives a figure for a metric (a percentage assigned to a metric
    phrase, as `metric_mismatch` compares), so the seller's data could check it."""
    if not _PERCENT.search(doc.masked):
        return False  # no percentage at all: nothing to assign
    return any(
        figures
        for sentence, mentions in _mentions_by_sentence(doc).items()
        for figures in _assign(doc, sentence, mentions).values()
    )


@cache
def _metric_pattern() -> re.Pattern[str]:
    """One pattern for every metric's phrases, a named group per metric (m0, m1, ...)."""
    groups = [
        f"(?P<m{index}>{phrases_pattern(metric.phrases)})"
        for index, metric in enumerate(metric_phrases())
    ]
    return re.compile("|".join(groups))


def _mentions_by_sentence(doc: Document) -> dict[Sentence, list[_Mention]]:
    found: dict[Sentence, list[_Mention]] = {}
    metrics = metric_phrases()
    for match in _metric_pattern().finditer(doc.folded):
        sentence = doc.sentence_at(match.start())
        if sentence is None or match.lastgroup is None:
            continue
        metric = metrics[int(match.lastgroup[1:])]
        mention = _Mention(match.start(), match.end(), metric, match.group(0), sentence.text)
        found.setdefault(sentence, []).append(mention)
    return found


def _assign(
    doc: Document, sentence: Sentence, mentions: list[_Mention]
) -> dict[_Mention, list[re.Match[str]]]:
    """Each stated percentage goes to the nearest metric named before it (else after it)."""
    assigned: dict[_Mention, list[re.Match[str]]] = {m: [] for m in mentions}
    if _LATER.search(sentence.text):
        return assigned
    for figure in _PERCENT.finditer(doc.masked, sentence.start, sentence.end):
        before = doc.masked[max(sentence.start, figure.start() - 30) : figure.start()]
        if _TARGET_BEFORE.search(before) or _TARGET_AFTER.match(doc.masked[figure.end() :]):
            continue
        earlier = [m for m in mentions if m.start < figure.start()]
        assigned[earlier[-1] if earlier else mentions[0]].append(figure)
    return assigned


def _compare(
    mention: _Mention, figures: list[re.Match[str]], metrics: dict[str, float]
) -> Iterator[Hit]:
    names = _names_for(mention)
    computed = [metrics[name] for name in names if name in metrics]
    if not figures or not computed:
        return
    if any(_agrees(figure.group(1), value) for figure in figures for value in computed):
        return
    figure = figures[0]
    yield Hit(
        figure.start(),
        figure.end(),
        {
            "label": mention.text.lower(),
            "stated": figure.group(0).replace(" ", ""),
            "computed": " or ".join(_percent(v) for v in computed),
        },
        suggestion=f"Use {_percent(computed[0])}, the figure in the seller's report.",
    )


def _names_for(mention: _Mention) -> list[str]:
    """The metrics a mention stands for, narrowed by a window word ("30-day") if any."""
    sentence = mention.sentence.lower()
    named = [name for word, name in mention.metric.window_words.items() if word in sentence]
    return named or list(mention.metric.names)


def _agrees(stated: str, value: float) -> bool:
    """Whether a figure stated with its own precision ("6.2") rounds from `value` (0.0623)."""
    decimals = len(stated.split(".")[1]) if "." in stated else 0
    tolerance: float = 0.5 * 10.0**-decimals + 1e-9
    return abs(float(stated) - value * 100) <= tolerance


def _percent(value: float) -> str:
    return f"{value * 100:.2f}".rstrip("0").rstrip(".") + "%"
