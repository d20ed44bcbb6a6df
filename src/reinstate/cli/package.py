"""`reinstate package`: the files to send Amazon, made from a checked plan."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from reinstate.packaging import Packaged

EXIT_NOT_READY = 1


def _run(
    poa: str,
    notice: str,
    out: str,
    inputs: dict[str, str | None],
    force: bool,
) -> Packaged:
    """Package with a spinner on standard error naming each step (it vanishes when done)."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn

    from reinstate.packaging import package

    columns = (SpinnerColumn(), TextColumn("{task.description}"))
    console = Console(stderr=True)
    with Progress(
        *columns, console=console, transient=True, disable=not console.is_terminal
    ) as progress:
        task = progress.add_task("Packaging", total=None)
        return package(
            poa, notice, out, inputs["exhibits"], inputs["account"], force,
            lambda step: progress.update(task, description=step), inputs["metrics"],
        )  # fmt: skip


def _report(result: Packaged) -> None:
    appeal = result.appeal
    for finding in appeal.findings:
        click.echo(finding.line(), err=not result.written)
    if not result.written:
        count = len(appeal.errors)
        click.echo(
            f"Not packaged: {count} error{'s' if count != 1 else ''} must be fixed first "
            "(or give --force to package anyway).",
            err=True,
        )
        return
    for path in result.outputs.values():
        click.echo(f"wrote {path}")
    sent = len(appeal.sent_exhibits)
    click.echo(f"{sent} exhibit{'s' if sent != 1 else ''} in {Path(result.out) / 'exhibits'}")
    forced = " (forced)" if result.forced else ""
    click.echo(f"Verdict: {appeal.verdict}{forced}")
    if appeal.review.skipped:
        names = "; ".join(str(item) for item in appeal.review.skipped)
        click.echo(f"Not checked: {names}.")
    if any(item.reason == "no --metrics" for item in appeal.review.skipped):
        click.echo("Check the figures: give --metrics (the JSON of `reinstate metrics`).")


@click.command()
@click.option("--poa", required=True, metavar="POA_FILE", help="The plan (Markdown or plain text).")
@click.option(
    "--notice",
    required=True,
    metavar="NOTICE_FILE",
    help="Amazon's notice (.txt, .eml, .html) or its `reinstate notice` JSON.",
)
@click.option("--exhibits", metavar="DIR", help="The folder of evidence files the plan cites.")
@click.option(
    "--account",
    metavar="ACCOUNT.toml",
    help="The account: name, business_name, phone, email, merchant_token, …",
)
@click.option(
    "--metrics",
    metavar="METRICS.json",
    help="The JSON of `reinstate metrics`, to check the figures the plan states.",
)
@click.option("--out", required=True, metavar="DIR", help="The folder to write (made or replaced).")
@click.option("--force", is_flag=True, help="Package despite errors; the manifest records it.")
def package(
    poa: str,
    notice: str,
    exhibits: str | None,
    account: str | None,
    metrics: str | None,
    out: str,
    force: bool,
) -> None:
    """Package an appeal: the plan as text for Seller Central, a "Plan of Action" email
    with the exhibits attached, a PDF packet (cover, plan, exhibit index, highlighted
    exhibits), a Word copy and a manifest with SHA-256 of every file.

    Refuses (exit 1, listing the findings) while the reviewer or the evidence check
    finds errors, unless --force. Exit 2 when an input cannot be read.

    \b
    Example:
        reinstate package --poa poa.md --notice notice.txt --exhibits evidence/ \\
            --account account.toml --metrics metrics.json --out appeal/
    """
    inputs = {"exhibits": exhibits, "account": account, "metrics": metrics}
    result = _run(poa, notice, out, inputs, force)
    _report(result)
    sys.exit(0 if result.written else EXIT_NOT_READY)
