"""`reinstate rules`: list the review rules."""

from __future__ import annotations

import json

import click

from reinstate.cli._options import format_option


@click.command()
@format_option("text", "json")
def rules(output_format: str) -> None:
    """List every review rule: id, severity, what it checks and its source.

    Example:

        reinstate rules --format json
    """
    from reinstate.review import load_rules  # fast --help

    loaded = load_rules()
    if output_format == "json":
        rows = [
            {
                "id": r.id,
                "severity": r.severity,
                "why": r.why,
                "source": r.source,
                "match": list(r.match),
                "no_match": list(r.no_match),
            }
            for r in loaded
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for rule in loaded:
        click.echo(f"{rule.id:34} {rule.severity:10} {rule.why}")
