"""Loading the review rules from ``review/data/rules/*.toml``."""

from __future__ import annotations

import re
import tomllib
from functools import cache
from typing import Any

from reinstate.errors import ConfigError
from reinstate.findings import check_params
from reinstate.kb import read_data_text
from reinstate.review._model import SEVERITIES, Rule
from reinstate.review._wordlists import wordlist_phrases

_FIELDS = {
    "id",
    "severity",
    "message",
    "why",
    "source",
    "phrases",
    "patterns",
    "check",
    "scope",
    "suggestion",
    "params",
    "match",
    "no_match",
    "example_context",
    "wordlist",
    "case",
}
# An upper-case letter that is not a regex escape (\S, \W, \B, \D, \A, \Z).
_UPPER = re.compile(r"(?<!\\)[A-Z]")


# The built-in rule files, in the order their rules are listed and documented.
RULE_FILES = (
    "structure.toml",
    "length.toml",
    "tone.toml",
    "style.toml",
    "specificity.toml",
    "tense.toml",
    "coverage.toml",
    "evidence.toml",
    "facts.toml",
    "language.toml",
)


@cache
def load_rules() -> tuple[Rule, ...]:
    """Every built-in rule, in ``RULE_FILES`` and then file order."""
    rules: list[Rule] = []
    for name in RULE_FILES:
        data = tomllib.loads(read_data_text("reinstate.review", f"rules/{name}"))
        rules += [_rule(row, name) for row in data.get("rule", [])]
    ids = [rule.id for rule in rules]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        raise ConfigError(f"rule ids defined twice: {', '.join(sorted(duplicates))}")
    return tuple(rules)


def _rule(row: dict[str, Any], source_file: str) -> Rule:
    unknown = set(row) - _FIELDS
    if unknown:
        raise ConfigError(
            f"unknown rule fields {sorted(unknown)}", path=source_file, field=row.get("id")
        )
    if row.get("severity") not in SEVERITIES:
        raise ConfigError(
            "severity must be error, warning or suggestion", path=source_file, field=row.get("id")
        )
    case = row.get("case", "folded")
    if case == "folded" and any(_UPPER.search(p) for p in row.get("patterns", [])):
        raise ConfigError(
            'patterns of a "folded" rule must be lower case (or set case = "mixed")',
            path=source_file,
            field=row.get("id"),
        )
    phrases = list(row.get("phrases", []))
    params = dict(row.get("params", {}))
    if "wordlist" in row:
        params["wordlist"] = row["wordlist"]
        if row.get("check") is None:
            phrases += wordlist_phrases(row["wordlist"])
    return Rule(
        id=row["id"],
        severity=row["severity"],
        message=row["message"],
        why=row["why"],
        source=row["source"],
        phrases=tuple(phrases),
        patterns=tuple(row.get("patterns", [])),
        check=row.get("check"),
        scope=row.get("scope", "body"),
        case=case,
        suggestion=row.get("suggestion"),
        params=check_params(row["id"], params, source_file),
        match=tuple(row.get("match", [])),
        no_match=tuple(row.get("no_match", [])),
        example_context=dict(row.get("example_context", {})),
    )


def rules_by_id() -> dict[str, Rule]:
    return {rule.id: rule for rule in load_rules()}
