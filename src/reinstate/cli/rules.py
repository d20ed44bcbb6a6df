"""`reinstate rules`: list the review rules."""

from __future__ import annotations

import json

import click


@click.command()
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="Output format.",
)
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
                "bad": list(r.bad),
                "good": list(r.good),
            }
            for r in loaded
        ]
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
        return
    for rule in loaded:
        click.echo(f"{rule.id:34} {rule.severity:10} {rule.why}")
