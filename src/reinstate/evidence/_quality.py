"""The image-quality checks: every rule with a `measure` in rules.toml, applied to a page.

Pages with a text layer (PDFs made by software) are sharp by construction and are not
measured; scans, photos and image-only PDF pages are.
"""

from __future__ import annotations

from reinstate.evidence._measure import Measures, measure
from reinstate.evidence._model import Finding, Page
from reinstate.evidence._rules import Rule, load_rules

# below this many pixels on the long side an image is too small, whatever it shows
MIN_LONG_SIDE = 600
CONFIDENT = 80  # Tesseract's confidence (0-100) in a word it read clearly


def quality_rules() -> list[Rule]:
    return [rule for rule in load_rules().values() if rule.measure]


def _flags(rule: Rule, value: float | None, measures: Measures) -> bool:
    small = max(measures.width, measures.height) < MIN_LONG_SIDE
    if rule.id == "quality.low-resolution" and small:
        return True
    if value is None:
        return False
    if rule.above is not None and value > rule.above:
        return True
    return rule.below is not None and value < rule.below


def _value(rule: Rule, measures: Measures) -> float | None:
    value = getattr(measures, rule.measure or "")
    return value if value is None else float(value)


def check_quality(
    page: Page, measures: Measures | None = None, screenshot: bool = False
) -> list[Finding]:
    """The quality findings of one page (none for a page with a text layer). A screenshot
    is not a sheet of paper: it cannot be skewed, and its edges are the screen's."""
    if page.text_layer:
        return []
    measures = measures or measure(page.image())
    flagged: dict[str, Finding] = {}
    for rule in quality_rules():
        value = _value(rule, measures)
        paper_only = rule.documents_only and (measures.skew is None or screenshot)
        if paper_only or not _flags(rule, value, measures):
            continue
        if any(other in flagged for other in rule.unless):
            continue
        limit = rule.above if rule.above is not None else rule.below
        finding = rule.finding(
            page.number, value=value, limit=limit, width=measures.width, height=measures.height
        )
        flagged[rule.id] = _as_legible(finding, rule, value, page)
    return list(flagged.values())


def legible_share(page: Page) -> tuple[int, float]:
    """How many words of two letters or digits or more OCR read on `page`, and the share
    of them it read with a confidence of 80 or more."""
    words = [w for w in page.words if w.confidence is not None]
    words = [w for w in words if sum(c.isalnum() for c in w.text) >= 2]
    sure = sum(1 for w in words if (w.confidence or 0) >= CONFIDENT)
    return len(words), (sure / len(words) if words else 0.0)


def _as_legible(finding: Finding, rule: Rule, value: float | None, page: Page) -> Finding:
    """A page turned or soft within `legible_up_to` whose words OCR read clearly is
    readable: the finding is a warning (a reviewer may still find it distorted or soft),
    not an error."""
    up_to = rule.options.get("legible_up_to")
    if up_to is None or value is None or value > float(up_to) or not page.ocr_done:
        return finding
    count, share = legible_share(page)
    if count < int(rule.options["legible_words"]) or share < float(rule.options["legible_share"]):
        return finding
    message = (
        f"{finding.message}, but OCR read {share:.0%} of its words clearly: check it reads well"
    )
    return Finding(finding.rule, "warning", message, finding.why, finding.location)
