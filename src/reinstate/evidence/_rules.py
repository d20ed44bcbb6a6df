"""The evidence rules, loaded from ``data/rules.toml``: one small value per rule."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.errors import ConfigError
from reinstate.findings import SEVERITIES, Box, Finding, Region, check_params
from reinstate.findings import Rule as BaseRule
from reinstate.kb import load_data


@dataclass(frozen=True)
class Rule(BaseRule):
    """An evidence rule: the shared rule shape, plus a quality measure and its limits.

    `params` (in the data, every key that is not a field) are checked when the rules load;
    `options` is their old name."""

    measure: str | None = None
    above: float | None = None
    below: float | None = None
    documents_only: bool = False
    unless: tuple[str, ...] = ()

    @property
    def options(self) -> Mapping[str, Any]:
        return self.params

    def finding(self, page: int | None = None, region: Box | None = None, **values: Any) -> Finding:
        """This rule's finding, its message filled with `values` ({value}, {limit}…)."""
        message = self.message.format_map(_Blank(values)) if values else self.message
        location = Region(page, region) if page is not None or region is not None else None
        return Finding(self.id, self.severity, message, self.why, location)


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
    params = check_params(str(entry.get("id")), options, "evidence/data/rules.toml")
    return Rule(**known, params=params)


@cache
def load_rules() -> dict[str, Rule]:
    """Every evidence rule by id, in the order of the data file."""
    rows = load_data("reinstate.evidence", "rules.toml")["rule"]
    return {rule.id: rule for rule in map(_rule, rows)}


def rule(rule_id: str) -> Rule:
    return load_rules()[rule_id]
