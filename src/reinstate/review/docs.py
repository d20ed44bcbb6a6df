"""Writes docs/rules.md from the rule data: `python -m reinstate.review.docs`."""

from __future__ import annotations

from reinstate.review._config import SETTINGS
from reinstate.review._rules import load_rules


def rules_markdown() -> str:
    """The rule reference: every rule with its severity, why, source and examples."""
    lines = [
        "# Review rules",
        "",
        "Generated from `src/reinstate/review/data/rules/*.toml` by `scripts/gen-docs`; do not",
        "edit by hand. Rule ids are part of the public interface.",
        "",
        "| rule | severity | what it enforces |",
        "|---|---|---|",
    ]
    rules = load_rules()
    lines += [f"| [`{r.id}`](#{r.id.replace('.', '')}) | {r.severity} | {r.why} |" for r in rules]
    for rule in rules:
        lines += ["", f"## {rule.id}", "", f"Severity: **{rule.severity}**. {rule.why}", ""]
        lines += [f"Source: {rule.source}.", "", "Flags:", ""]
        lines += [f"- {_quote(text)}" for text in rule.match]
        lines += ["", "Passes:", ""]
        lines += [f"- {_quote(text)}" for text in rule.no_match]
    lines += ["", "## Settings", "", "| setting | default | meaning |", "|---|---|---|"]
    lines += [f"| `{s.name}` | `{s.default!r}` | {s.help} |" for s in SETTINGS]
    return "\n".join(lines) + "\n"


def _quote(text: str) -> str:
    return "`" + text.replace("\n", " ⏎ ") + "`"


if __name__ == "__main__":
    print(rules_markdown(), end="")
