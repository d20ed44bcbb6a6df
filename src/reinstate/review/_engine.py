"""Running the rules over a POA: raw hits → located findings → a Review."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from reinstate.errors import ConfigError
from reinstate.findings import Skipped, Span, is_ready
from reinstate.review._checks import CHECKS, pattern_hits
from reinstate.review._checks._common import parts_of
from reinstate.review._checks._evidence import citations_of
from reinstate.review._checks._facts import states_a_figure
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document
from reinstate.review._model import Finding, Hit, Rule
from reinstate.review._readability import flesch_reading_ease
from reinstate.review._rules import load_rules, rules_by_id

EXCERPT_LIMIT = 80
VERSION = 1


@dataclass(frozen=True)
class Review:
    """The result of reviewing one POA. `ready` means no errors, no warnings and no check
    skipped for want of its input (`skipped`)."""

    file: str
    words: int
    sections: dict[str, dict[str, Any]]
    findings: tuple[Finding, ...]
    readability: float | None
    skipped: tuple[Skipped, ...] = ()

    def count(self, severity: str) -> int:
        return sum(1 for finding in self.findings if finding.severity == severity)

    @property
    def errors(self) -> int:
        return self.count("error")

    @property
    def ready(self) -> bool:
        return is_ready(self.findings, self.skipped)

    def to_dict(self) -> dict[str, Any]:
        """The documented JSON shape (docs/review.md), version 1."""
        return {
            "version": VERSION,
            "file": self.file,
            "words": self.words,
            "sections": self.sections,
            "findings": [finding.to_dict() for finding in self.findings],
            "skipped": [item.to_dict() for item in self.skipped],
            "summary": {
                "errors": self.errors,
                "warnings": self.count("warning"),
                "suggestions": self.count("suggestion"),
                "ready": self.ready,
                "readability": self.readability,
            },
        }


def review_text(text: str, context: ReviewContext | None = None, *, path: str = "<text>") -> Review:
    """Review a Plan of Action given as text (plain or Markdown)."""
    context = context or ReviewContext()
    _check_config_rules(context)
    doc = Document(text, path)
    findings: list[Finding] = []
    for rule in load_rules():
        if rule.id not in context.config.disable:
            findings += locate(doc, rule, run_rule(doc, context, rule), context)
    return Review(
        file=path,
        words=doc.words,
        sections=_sections_summary(doc),
        findings=tuple(_ordered(findings)),
        readability=flesch_reading_ease(doc),
        skipped=skipped_checks(context, doc),
    )


# Rules that need the notice: without one they cannot run, and the plan cannot be "ready".
NOTICE_RULES = (
    "coverage.violation-unaddressed",
    "coverage.asin-missing",
    "coverage.document-missing",
)
NOTICE_COVERAGE = Skipped("coverage of the notice", "no --notice")
# Checks a plan needs only when it cites exhibits or states a metric figure.
EXHIBITS_RULE = "evidence.missing-exhibit"
CITED_EXHIBITS = Skipped("the exhibits the plan cites", "no --exhibits")
METRICS_RULE = "facts.metric-mismatch"
STATED_FIGURES = Skipped("the figures the plan states against the seller's data", "no --metrics")


def skipped_checks(context: ReviewContext, doc: Document | None = None) -> tuple[Skipped, ...]:
    """The checks that could not run for want of an input (and were not disabled): the
    notice's coverage always, and, for a plan `doc`, its cited exhibits and stated figures
    when it has them."""
    disabled = context.config.disable
    skipped = []
    if context.notice is None and any(rule not in disabled for rule in NOTICE_RULES):
        skipped.append(NOTICE_COVERAGE)
    if doc is None:
        return tuple(skipped)
    if context.exhibits is None and EXHIBITS_RULE not in disabled and citations_of(doc):
        skipped.append(CITED_EXHIBITS)
    if context.metrics is None and METRICS_RULE not in disabled and states_a_figure(doc):
        skipped.append(STATED_FIGURES)
    return tuple(skipped)


def run_rule(doc: Document, context: ReviewContext, rule: Rule) -> Iterable[Hit]:
    """The raw hits of one rule."""
    if rule.check is None:
        return pattern_hits(doc, rule)
    if rule.check not in CHECKS:
        raise ConfigError(f"rule {rule.id} names an unknown check {rule.check!r}")
    return CHECKS[rule.check](doc, context, rule)


def locate(doc: Document, rule: Rule, hits: Iterable[Hit], context: ReviewContext) -> list[Finding]:
    """Findings with lines, columns and messages for a rule's hits."""
    severity = context.config.severity.get(rule.id, rule.severity)
    findings = []
    for hit in hits:
        line, column = doc.position(hit.start)
        end_line, end_column = doc.position(hit.end)
        excerpt = " ".join(doc.text[hit.start : hit.end].split())
        values = {"match": excerpt, **hit.values}
        if len(excerpt) > EXCERPT_LIMIT:
            excerpt = excerpt[: EXCERPT_LIMIT - 1] + "…"
        findings.append(
            Finding(
                rule=rule.id,
                severity=severity,
                message=rule.message.format(**values),
                why=f"{rule.why} Source: {rule.source}.",
                location=Span(line, column, end_line, end_column, excerpt),
                suggestion=hit.suggestion or rule.suggestion,
            )
        )
    return findings


def _ordered(findings: list[Finding]) -> list[Finding]:
    unique = {(f.rule, f.line, f.column, f.end_line, f.end_column, f.message): f for f in findings}
    return sorted(unique.values(), key=lambda f: (f.line, f.column, f.rule))


def _sections_summary(doc: Document) -> dict[str, dict[str, Any]]:
    summary: dict[str, dict[str, Any]] = {}
    for name, part in parts_of(doc).items():
        if not part.present:
            summary[name] = {
                "present": False,
                "detected_by": None,
                "line": None,
                "end_line": None,
                "words": 0,
            }
            continue
        summary[name] = {
            "present": True,
            "detected_by": part.detected_by,
            "line": doc.position(part.sentences[0].start)[0],
            "end_line": doc.position(part.sentences[-1].end)[0],
            "words": sum(s.words for s in part.sentences if not s.is_heading),
        }
    return summary


def _check_config_rules(context: ReviewContext) -> None:
    known = rules_by_id()
    named = set(context.config.disable) | set(context.config.severity)
    unknown = sorted(named - set(known))
    if unknown:
        raise ConfigError(
            f"unknown rule ids {', '.join(unknown)}",
            field="disable" if unknown[0] in context.config.disable else "severity",
            hint="Run `reinstate rules` to list them.",
        )
