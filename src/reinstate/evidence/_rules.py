"""The evidence rules, loaded from ``data/rules.toml``: one small value per rule."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from typing import Any

from reinstate.errors import ConfigError
from reinstate.evidence._model import Box, Finding
from reinstate.kb import load_data

SEVERITIES = ("error", "warning", "suggestion")


@dataclass(frozen=True)
class Rule:
    """An evidence rule: what it flags, how bad it is, why, and examples to test it by."""

    id: str
    severity: str
    message: str
    why: str
    source: str
    match: tuple[str, ...]
    no_match: tuple[str, ...]
    measure: str | None = None
    above: float | None = None
    below: float | None = None
    documents_only: bool = False
    unless: tuple[str, ...] = ()
    options: dict[str, Any] = field(default_factory=dict)

    def finding(self, page: int | None = None, region: Box | None = None, **values: Any) -> Finding:
        """This rule's finding, its message filled with `values` ({value}, {limit}…)."""
        message = self.message.format_map(_Blank(values)) if values else self.message
        return Finding(self.id, self.severity, message, self.why, page, region)


class _Blank(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "?"


_FIELDS = {"id", "severity", "message", "why", "source", "match", "no_match", "measure"}
_FIELDS |= {"above", "below", "documents_only", "unless"}


def _rule(entry: dict[str, Any]) -> Rule:
    if entry.get("severity") not in SEVERITIES:
        raise ConfigError(f"bad severity {entry.get('severity')!r}", field=entry.get("id"))
    options = {key: value for key, value in entry.items() if key not in _FIELDS}
    known = {key: value for key, value in entry.items() if key in _FIELDS}
    for key in ("match", "no_match", "unless"):
        known[key] = tuple(known.get(key, ()))
    return Rule(**known, options=options)


@cache
def load_rules() -> dict[str, Rule]:
    """Every evidence rule by id, in the order of the data file."""
    rows = load_data("reinstate.evidence", "rules.toml")["rule"]
    return {rule.id: rule for rule in map(_rule, rows)}


def rule(rule_id: str) -> Rule:
    return load_rules()[rule_id]
