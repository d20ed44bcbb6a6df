"""Renderers of a Review: compiler-style text, JSON and SARIF 2.1.0."""

from __future__ import annotations

import json

from reinstate import __version__
from reinstate.findings import not_checked, to_sarif
from reinstate.review._engine import Review
from reinstate.review._rules import load_rules

_PART_TITLES = {"root_cause": "root cause", "corrective": "corrective", "preventive": "preventive"}


def render_text(review: Review) -> str:
    """`file:line:col: severity rule message`, one finding a line, then a summary."""
    lines = [
        f"{review.file}:{f.line}:{f.column}: {f.severity} {f.rule} {f.message}"
        for f in review.findings
    ]
    lines.append(_summary_line(review))
    return "\n".join(lines) + "\n"


def _summary_line(review: Review) -> str:
    parts = ", ".join(
        f"{_PART_TITLES[name]} {'✓' if section['present'] else '✗'}"
        for name, section in review.sections.items()
    )
    counts = ", ".join(
        _plural(review.count(severity), severity) for severity in ("error", "warning", "suggestion")
    )
    verdict = "ready to submit" if review.ready else "not ready"
    if review.skipped:
        verdict += f"; {not_checked(review.skipped)}"
    readability = f", reading ease {review.readability}" if review.readability is not None else ""
    return f"{review.file}: {review.words} words ({parts}){readability}; {counts}: {verdict}."


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def render_json(review: Review) -> str:
    return json.dumps(review.to_dict(), indent=2, ensure_ascii=False) + "\n"


def render_sarif(review: Review) -> str:
    """A SARIF 2.1.0 log with one run: the rules as the tool's driver rules."""
    log = to_sarif(load_rules(), ((review.file, f) for f in review.findings), __version__)
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


RENDERERS = {"text": render_text, "json": render_json, "sarif": render_sarif}
