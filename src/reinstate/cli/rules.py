"""`reinstate rules`: list every rule, of the reviewer and of the evidence checker."""

from __future__ import annotations

import json

import click

from reinstate.cli._options import format_option


@click.command()
@format_option("text", "json")
def rules(output_format: str) -> None:
    """List every rule (review and evidence): id, severity, why and its source.

    Example:

        reinstate rules --format json
    """
    from reinstate.evidence import load_rules as evidence_rules  # fast --help
    from reinstate.findings import Rule
    from reinstate.review import load_rules

    loaded: list[tuple[str, Rule]] = [("review", r) for r in load_rules()]
    loaded += [("evidence", r) for r in evidence_rules().values()]
    if output_format == "json":
        rows = [
            {
                "id": r.id,
                "checker": checker,
                "severity": r.severity,
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
        click.echo(f"{rule.id:34} {rule.severity:10} {rule.why}")
