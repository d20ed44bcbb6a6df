"""`reinstate rules`: list every rule, of the reviewer, the evidence checker and notice intake."""

from __future__ import annotations

import json

import click

from reinstate.cli._options import format_option


@click.command()
@format_option("text", "json")
def rules(output_format: str) -> None:
    """List every rule (review, evidence, notice): id, severity, why and its source.

    Notice rules read Amazon's message and judge nothing: their severity is empty.

    Example:

        reinstate rules --format json
    """
    from reinstate.evidence import load_rules as evidence_rules  # fast --help
    from reinstate.findings import RuleShape
    from reinstate.notice import notice_rules
    from reinstate.review import load_rules

    loaded: list[tuple[str, RuleShape]] = [("review", r) for r in load_rules()]
    loaded += [("evidence", r) for r in evidence_rules().values()]
    loaded += [("notice", r) for r in notice_rules()]
    if output_format == "json":
        rows = [
            {
                "id": r.id,
                "checker": checker,
                "severity": getattr(r, "severity", None),
                "why": r.why,
                "source": r.source,
                "match": list(r.match),
                "no_match": list(r.no_match),
            }
            for checker, r in loaded
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for _checker, rule in loaded:
        severity = getattr(rule, "severity", None) or "-"
        click.echo(f"{rule.id:34} {severity:10} {rule.why}")
