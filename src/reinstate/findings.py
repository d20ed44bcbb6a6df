"""The rule and finding vocabulary shared by every checker (review, evidence).

`RuleShape` is what every rule of every checker has: id, message, why, source, and
`match` / `no_match` examples. A `Rule` (review, evidence) judges a text, so it adds a
severity, plus `params` checked when the data loads (`check_params`); the notice reader's
phrase rules read Amazon's message and judge nothing, so they have the shape and no
severity (docs/notice.md). A checker extends it
with how it matches (review: phrases, patterns, a check; evidence: a measure and limits).
A `Finding` is a rule's verdict located by a `Span` of text (a plan) or a `Region` of a
page (a document). `is_ready` is the one meaning of "ready": no error and no warning (a
warning is a risk to fix or explain, and the tool cannot know it was explained), and no
check `Skipped` for want of its input (a verdict cannot be "ready" on a check that did not
run). `to_sarif` renders findings of any checker as SARIF 2.1.0.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

from reinstate.errors import ConfigError

__all__ = [
    "SARIF_SCHEMA",
    "SEVERITIES",
    "Box",
    "Finding",
    "Region",
    "Rule",
    "RuleShape",
    "Severity",
    "Skipped",
    "Span",
    "check_params",
    "is_ready",
    "not_checked",
    "sarif_level",
    "to_sarif",
]

Severity = Literal["error", "warning", "suggestion"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "suggestion")
Box = tuple[float, float, float, float]  # x0, y0, x1, y1 in page units
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {"error": "error", "warning": "warning", "suggestion": "note"}
_BLOCKING = ("error", "warning")


class RuleShape(Protocol):
    """What every rule has, whichever checker runs it: `reinstate rules` lists these."""

    @property
    def id(self) -> str: ...
    @property
    def message(self) -> str: ...
    @property
    def why(self) -> str: ...
    @property
    def source(self) -> str: ...
    @property
    def match(self) -> tuple[str, ...]: ...
    @property
    def no_match(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class Rule:
    """What every rule has: id, severity, message, why, source, examples, parameters."""

    id: str
    severity: Severity
    message: str
    why: str
    source: str
    match: tuple[str, ...] = ()
    no_match: tuple[str, ...] = ()
    params: Mapping[str, Any] = field(default_factory=dict, hash=False, compare=False)


@dataclass(frozen=True)
class Span:
    """Where in a text: 1-based lines and columns, `end_column` just after the span."""

    line: int
    column: int
    end_line: int
    end_column: int
    excerpt: str = ""


@dataclass(frozen=True)
class Region:
    """Where in a document: a 1-based page and, if known, a box on it (page units)."""

    page: int | None = None
    box: Box | None = None


@dataclass(frozen=True)
class Finding:
    """A rule's verdict, located by a span of text or a region of a page (or neither)."""

    rule: str
    severity: str
    message: str
    why: str
    location: Span | Region | None = None
    suggestion: str | None = None

    @property
    def span(self) -> Span | None:
        return self.location if isinstance(self.location, Span) else None

    @property
    def line(self) -> int:
        return self.span.line if self.span else 0

    @property
    def column(self) -> int:
        return self.span.column if self.span else 0

    @property
    def end_line(self) -> int:
        return self.span.end_line if self.span else 0

    @property
    def end_column(self) -> int:
        return self.span.end_column if self.span else 0

    @property
    def excerpt(self) -> str:
        return self.span.excerpt if self.span else ""

    @property
    def page(self) -> int | None:
        return self.location.page if isinstance(self.location, Region) else None

    @property
    def region(self) -> Box | None:
        return self.location.box if isinstance(self.location, Region) else None

    def to_dict(self) -> dict[str, Any]:
        """The JSON of the finding: text findings as `reinstate check` (review-v1), page
        findings as `reinstate evidence check` (version 1)."""
        head: dict[str, Any] = {
            "rule": self.rule,
            "severity": self.severity,
            "message": self.message,
        }
        if self.span:
            s = self.span
            where: dict[str, Any] = {"line": s.line, "column": s.column, "end_line": s.end_line}
            where |= {"end_column": s.end_column, "excerpt": s.excerpt}
            return head | where | {"suggestion": self.suggestion, "why": self.why}
        box = [round(v, 1) for v in self.region] if self.region else None
        return head | {"page": self.page, "region": box, "why": self.why}


@dataclass(frozen=True)
class Skipped:
    """A check that could not run, and why: "coverage of the notice", "no --notice"."""

    check: str
    reason: str

    def __str__(self) -> str:
        return f"{self.check} ({self.reason})"

    def to_dict(self) -> dict[str, str]:
        return {"check": self.check, "reason": self.reason}


def is_ready(findings: Iterable[Finding], skipped: Iterable[Skipped] = ()) -> bool:
    """The one meaning of "ready": no finding is an error or a warning, and no check was
    skipped."""
    if any(True for _ in skipped):
        return False
    return not any(finding.severity in _BLOCKING for finding in findings)


def not_checked(skipped: Iterable[Skipped]) -> str:
    """ "not checked: coverage of the notice (no --notice)", or "" when nothing was skipped."""
    names = ", ".join(str(item) for item in skipped)
    return f"not checked: {names}" if names else ""


def sarif_level(severity: str) -> str:
    return _SARIF_LEVEL.get(severity, "note")


def to_sarif(
    rules: Sequence[Rule], results: Iterable[tuple[str, Finding]], version: str
) -> dict[str, Any]:
    """A SARIF 2.1.0 log of one run: `rules` as the driver's rules, `results` as pairs of
    (file, finding). A page finding is located by its page (SARIF has no page numbers: it is
    given in the region's `properties`)."""
    index = {rule.id: number for number, rule in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": _driver(rules, version)},
                "results": [_result(path, f, index) for path, f in results],
            }
        ],
    }


def _driver(rules: Sequence[Rule], version: str) -> dict[str, Any]:
    return {
        "name": "reinstate",
        "version": version,
        "informationUri": "https://github.com/reinstate/reinstate",
        "rules": [
            {
                "id": rule.id,
                "shortDescription": {"text": _short(rule.message)},
                "fullDescription": {"text": rule.why},
                "help": {"text": f"{rule.why} Source: {rule.source}."},
                "defaultConfiguration": {"level": sarif_level(rule.severity)},
            }
            for rule in rules
        ],
    }


def _short(message: str) -> str:
    return message.split(";")[0].replace("'{match}' ", "")


def _result(path: str, finding: Finding, index: dict[str, int]) -> dict[str, Any]:
    location: dict[str, Any] = {"artifactLocation": {"uri": path}}
    if finding.span:
        s = finding.span
        location["region"] = {
            "startLine": s.line,
            "startColumn": s.column,
            "endLine": s.end_line,
            "endColumn": s.end_column,
            "snippet": {"text": s.excerpt},
        }
    elif finding.page is not None:
        location["region"] = {"properties": {"page": finding.page, "box": finding.region}}
    result: dict[str, Any] = {"ruleId": finding.rule}
    if finding.rule in index:
        result["ruleIndex"] = index[finding.rule]
    return result | {
        "level": sarif_level(finding.severity),
        "message": {"text": finding.message},
        "locations": [{"physicalLocation": location}],
    }


# Parameters every checker may use, by name: how each is checked when the rules load.
# A parameter not named here must be a string, a finite number, or a list or table of
# strings. Patterns are compiled at load, so a bad one is a ConfigError, not a crash.
_COUNTS = ("window_days", "ungating_window_days", "minimum_units", "grace_days")
_PATTERN_LISTS = ("unshipped", "unpaid", "paid", "figures", "unless", "owned")
_PARTS = ("root_cause", "corrective", "preventive")


def check_params(rule_id: str, params: Mapping[str, Any], path: str) -> dict[str, Any]:
    """`params` checked by kind; a bad one is a ConfigError naming the rule and field."""
    for name, value in params.items():
        problem = _param_problem(name, value)
        if problem:
            raise ConfigError(
                f"parameter {name} of rule {rule_id} {problem}", path=path, field=name
            )
    return dict(params)


def _param_problem(name: str, value: Any) -> str | None:
    if name in _COUNTS:
        ok = isinstance(value, int) and not isinstance(value, bool) and value >= 0
        return None if ok else f"must be a whole number of 0 or more, not {value!r}"
    if name in _PATTERN_LISTS or name == "phrases":
        patterns = list(value.values()) if isinstance(value, dict) else value
        if not isinstance(patterns, list) or not all(isinstance(p, str) for p in patterns):
            return "must be a list (or table) of regular expressions"
        return next((f"has a bad pattern {p!r}" for p in patterns if not _compiles(p)), None)
    if name == "part":
        return None if value in _PARTS else f"must be one of {', '.join(_PARTS)}"
    return None if _plain(value) else "must be a string, a number, or a list of strings"


def _compiles(pattern: str) -> bool:
    try:
        re.compile(pattern)
    except re.error:
        return False
    return True


def _plain(value: Any) -> bool:
    if isinstance(value, str):
        return True
    if isinstance(value, int | float) and not isinstance(value, bool):
        return math.isfinite(value)
    items = value.values() if isinstance(value, dict) else value
    return isinstance(items, list | type({}.values())) and all(isinstance(v, str) for v in items)
