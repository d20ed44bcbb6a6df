"""Renderers of a Review: compiler-style text, JSON and SARIF 2.1.0."""

from __future__ import annotations

import json
from typing import Any

from reinstate import __version__
from reinstate.review._engine import Review
from reinstate.review._rules import load_rules

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
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
    readability = f", reading ease {review.readability}" if review.readability is not None else ""
    return f"{review.file}: {review.words} words ({parts}){readability}; {counts}: {verdict}."


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def render_json(review: Review) -> str:
    return json.dumps(review.to_dict(), indent=2, ensure_ascii=False) + "\n"


def render_sarif(review: Review) -> str:
    """A SARIF 2.1.0 log with one run: the rules as the tool's driver rules."""
    rules = load_rules()
    index = {rule.id: number for number, rule in enumerate(rules)}
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": _driver(rules)},
                "results": [_result(review, finding, index) for finding in review.findings],
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"


def _driver(rules: tuple[Any, ...]) -> dict[str, Any]:
    return {
        "name": "reinstate",
        "version": __version__,
        "informationUri": "https://github.com/reinstate/reinstate",
        "rules": [
            {
                "id": rule.id,
                "shortDescription": {"text": rule.message.split(";")[0].replace("'{match}' ", "")},
                "fullDescription": {"text": rule.why},
                "help": {"text": f"{rule.why} Source: {rule.source}."},
                "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
            }
            for rule in rules
        ],
    }


def _result(review: Review, finding: Any, index: dict[str, int]) -> dict[str, Any]:
    return {
        "ruleId": finding.rule,
        "ruleIndex": index[finding.rule],
        "level": _SARIF_LEVEL[finding.severity],
        "message": {"text": finding.message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": review.file},
                    "region": {
                        "startLine": finding.line,
                        "startColumn": finding.column,
                        "endLine": finding.end_line,
                        "endColumn": finding.end_column,
                        "snippet": {"text": finding.excerpt},
                    },
                }
            }
        ],
    }


RENDERERS = {"text": render_text, "json": render_json, "sarif": render_sarif}
