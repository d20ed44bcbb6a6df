"""`reinstate evidence`: check, highlight and redact the documents an appeal relies on."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from reinstate.cli._options import format_option

if TYPE_CHECKING:
    from reinstate.evidence import Context, Report

EXIT_NOT_READY = 1


@click.group()
def evidence() -> None:
    """Check supporting documents before they are sent; highlight and redact them.

    \b
    Example:
        reinstate evidence check invoice.pdf scan.jpg --notice notice.json
        reinstate evidence highlight invoice.pdf --out marked.pdf --auto
        reinstate evidence redact invoice.pdf --out redacted.pdf --prices
    """


def _check_with_progress(files: tuple[str, ...], context: Context) -> Report:
    """Check the files with a progress bar on standard error (it vanishes when done)."""
    from rich.console import Console
    from rich.progress import Progress

    from reinstate.evidence import check_files

    with Progress(console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("Checking", total=len(files))
        return check_files(files, context, lambda _path: progress.advance(task))


@evidence.command()
@click.argument("files", nargs=-1, required=True, type=click.Path())
@click.option(
    "--notice",
    type=click.Path(),
    help="Notice JSON (from `reinstate notice --format json`) or the notice itself.",
)
@click.option(
    "--orders",
    multiple=True,
    type=click.Path(),
    help="All Orders flat file (tab-separated); repeat for several.",
)
@click.option(
    "--account",
    type=click.Path(),
    help="ACCOUNT.toml: name, business_name, address, phone, email, …",
)
@click.option(
    "--purpose",
    type=click.Choice(["appeal", "ungating"]),
    help="What the documents are for: a policy appeal (invoices of 365 days) or category "
    "approval (180 days, at least 10 units) [default: ungating when the notice asks for "
    "invoices of 180 days, else appeal].",
)
@format_option("text", "json", "sarif", what="the shape in docs/evidence.md")
def check(
    files: tuple[str, ...],
    notice: str | None,
    orders: tuple[str, ...],
    account: str | None,
    purpose: str | None,
    output_format: str,
) -> None:
    """Check FILES (PDF, PNG, JPEG, GIF; TIFF, WebP, HEIC are read but must be converted)
    against Amazon's evidence rules: format, image quality, invoice details, and hints of
    editing. Exits 1 when a file is not ready to send.

    \b
    Example:
        reinstate evidence check invoices/*.pdf --notice notice.json \\
            --orders orders.txt --account account.toml --format json
        reinstate evidence check invoice.pdf --purpose ungating --account account.toml
    """
    from reinstate.evidence import check_files, make_context, to_json, to_sarif, to_text

    context = make_context(notice, list(orders), account, purpose)
    many = len(files) > 1
    report = _check_with_progress(files, context) if many else check_files(files, context)
    render = {"json": to_json, "sarif": to_sarif, "text": to_text}[output_format]
    click.echo(render(report))
    sys.exit(0 if report.ready else EXIT_NOT_READY)


@evidence.command()
@click.argument("file", type=click.Path())
@click.option(
    "--out",
    required=True,
    type=click.Path(),
    help="Where to write the highlighted copy (.pdf, or an image for images).",
)
@click.option(
    "--find",
    "phrases",
    multiple=True,
    metavar="TEXT",
    help="Frame every place TEXT appears; repeat for several.",
)
@click.option(
    "--auto",
    is_flag=True,
    help="Frame the supplier, contact details, date, buyer, ASINs and quantities.",
)
@click.option(
    "--asins", multiple=True, metavar="ASIN", help="ASINs to frame; repeat or separate with commas."
)
def highlight(
    file: str, out: str, phrases: tuple[str, ...], auto: bool, asins: tuple[str, ...]
) -> None:
    """Frame the key areas of FILE, burned into the page and as PDF annotations, so every
    viewer shows them. The original is not changed.

    \b
    Example:
        reinstate evidence highlight invoice.pdf --out marked.pdf --auto --asins B0C4KX7Z2M
    """
    from reinstate.evidence import highlight as run

    wanted = [asin for value in asins for asin in value.replace(",", " ").split()]
    marks = run(file, out, list(phrases), auto, wanted)
    for mark in marks:
        click.echo(f"page {mark.page}: {mark.label} at {', '.join(f'{v:.0f}' for v in mark.box)}")
    click.echo(f"{len(marks)} areas framed in {out}", err=True)


@evidence.command()
@click.argument("file", type=click.Path())
@click.option(
    "--out",
    required=True,
    type=click.Path(),
    help="Where to write the redacted copy.",
)
@click.option(
    "--prices", is_flag=True, help="Black out prices and totals (what Amazon allows to remove)."
)
@click.option(
    "--region",
    "regions",
    multiple=True,
    metavar="PAGE:x0,y0,x1,y1",
    help="Also black out this box (points for PDFs, pixels for images); recorded in the manifest.",
)
@click.option(
    "--manifest",
    type=click.Path(),
    help="Where to write the manifest [default: OUT.manifest.json].",
)
@format_option("text", "json")
def redact(
    file: str,
    out: str,
    prices: bool,
    regions: tuple[str, ...],
    manifest: str | None,
    output_format: str,
) -> None:
    """Black out prices in FILE, truly removing the text underneath, into OUT. FILE is
    kept as it is; a manifest records the SHA-256 of both files and every box removed.
    Amazon allows removing prices and nothing else: any other box needs --region.

    \b
    Example:
        reinstate evidence redact invoice.pdf --out invoice-redacted.pdf --prices
    """
    from reinstate.errors import InputError
    from reinstate.evidence import parse_region, redact_with_manifest

    if not prices and not regions:
        raise InputError("nothing to redact", hint="Give --prices, or --region for a box.")
    boxes = [parse_region(region) for region in regions]
    result, written = redact_with_manifest(file, out, prices, boxes, manifest)
    summary = {"removed": len(result.removed), "out": str(Path(out)), "manifest": str(written)}
    if output_format == "json":
        click.echo(json.dumps(summary | {"prices_left": result.prices_left}))
    else:
        click.echo(f"{len(result.removed)} areas blacked out in {out}; manifest: {written}")
    if result.prices_left:
        click.echo(f"Warning: prices still in the text: {', '.join(result.prices_left)}", err=True)
        sys.exit(EXIT_NOT_READY)
