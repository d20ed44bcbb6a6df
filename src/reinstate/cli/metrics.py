"""`reinstate metrics`: seller metrics and root causes from Amazon's report files."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import click

from reinstate.cli._options import cleaned_up_on_sigterm, format_option
from reinstate.errors import InputError


def parse_defects(values: tuple[str, ...]) -> dict[str | Path, str]:
    """`late-shipment=FILE` pairs -> {FILE: late-shipment}."""
    found: dict[str | Path, str] = {}
    for value in values:
        kind, sep, path = value.partition("=")
        if not sep or not path:
            raise InputError(f'"{value}" is not TYPE=FILE', field="--defects")
        found[path] = kind
    return found


@click.command()
@click.argument("files", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--as-of",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Last day of every window (default: the latest order date).",
)
@format_option("text", "json", what="the shape in docs/metrics.md")
@click.option(
    "--charts",
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write trend and Pareto charts into (PNG and SVG).",
)
@click.option(
    "--defects",
    multiple=True,
    metavar="TYPE=FILE",
    help="A defect list with no type column, e.g. late-shipment=late.csv.",
)
def metrics(
    files: tuple[Path, ...],
    as_of: datetime | None,
    output_format: str,
    charts: Path | None,
    defects: tuple[str, ...],
) -> None:
    """Compute seller metrics and their root causes from Amazon's report files.

    Give any of: the all-orders report, FBA and merchant returns, seller feedback,
    Account Health defect lists and the account-health JSON. Each file is recognised by
    its content. Prints Amazon's own figures, the recomputed metrics with numerator,
    denominator and window, the groups (SKU, ship service level, state, week...) behind
    each defect type, comment themes, and what would bring each metric back to target.

    Example:

        reinstate demo-data demo/ && reinstate metrics demo/* --charts charts/
    """
    from rich.console import Console

    from reinstate.metrics import chart_folder, compute_metrics, render_charts, render_text

    if not files and not defects:
        raise click.UsageError("give at least one report file")
    if charts:
        chart_folder(charts)  # refused before the work, not after it
    console = Console(stderr=True)
    with cleaned_up_on_sigterm(), console.status("reading files", spinner="dots") as status:
        report = compute_metrics(
            files,
            as_of=as_of.date() if as_of else None,
            defects=parse_defects(defects),
            progress=lambda message: status.update(message),
        )
    if output_format == "json":
        click.echo(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(report), nl=False)
    # the report is printed first: a chart that cannot be written never loses it
    with cleaned_up_on_sigterm(), console.status("drawing charts", spinner="dots"):
        written = render_charts(report, charts) if charts else []
    for path in written:
        console.print(f"chart: {path}", highlight=False)
