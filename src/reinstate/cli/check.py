"""`reinstate check`: review a Plan of Action."""

from __future__ import annotations

import sys

import click

from reinstate.cli._options import format_option

EXIT_FINDINGS = 1


@click.command()
@click.argument("poa_file", metavar="POA_FILE")
@click.option(
    "--notice",
    "notice",
    metavar="NOTICE_FILE",
    help="Amazon's notice (.txt, .eml, .html) or its `reinstate notice` JSON.",
)
@click.option(
    "--metrics",
    "metrics",
    metavar="METRICS_JSON",
    help="The JSON of `reinstate metrics`, to check the figures the plan states.",
)
@click.option(
    "--exhibits", "exhibits", metavar="DIR", help="The folder of evidence files the plan cites."
)
@click.option(
    "--orders",
    "orders",
    metavar="ORDERS_FILE",
    multiple=True,
    help="An all-orders report (repeatable): the spelling rule knows its product names.",
)
@format_option("text", "json", "sarif")
@click.option(
    "--config", "config", metavar="FILE", help="A TOML file with a [review] table of settings."
)
def check(
    poa_file: str,
    notice: str | None,
    metrics: str | None,
    exhibits: str | None,
    orders: tuple[str, ...],
    output_format: str,
    config: str | None,
) -> None:
    """Review a Plan of Action (plain text or Markdown; `-` reads standard input).

    Prints each finding as `file:line:col: severity rule message`. Exit code 0 when there
    is no error, 1 when there is, 2 when an input cannot be read.

    Example:

        reinstate check poa.md --notice notice.txt --metrics metrics.json --exhibits evidence/
    """
    from reinstate.review import RENDERERS, review_file  # fast --help

    review = review_file(
        poa_file,
        notice=notice,
        metrics=metrics,
        exhibits=exhibits,
        config=config,
        orders=tuple(orders),
    )
    click.echo(RENDERERS[output_format](review), nl=False)
    sys.exit(EXIT_FINDINGS if review.errors else 0)
