"""`reinstate notice`: read Amazon's message for the seller."""

from __future__ import annotations

import datetime
import json

import click

from reinstate.cli._options import format_option
from reinstate.errors import InputError
from reinstate.notice import read_notice, render_text


def _parse_received(value: str | None) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise InputError(
            f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-03",
            field="--received",
        ) from None


@click.command()
@click.argument("file", type=click.Path(allow_dash=True))
@format_option("text", "json", what="the shape in docs/notice.md")
@click.option("--received", metavar="YYYY-MM-DD", help="The day the message arrived.")
def notice(file: str, output_format: str, received: str | None) -> None:
    """Read Amazon's notice in FILE: what was done, why, which ASINs and orders,
    what documents to send and by when.

    FILE is a copy-paste (.txt), a saved e-mail (.eml) or a saved page (.html);
    `-` reads standard input. The due date counts from --received, else from the
    date the message carries.

    \b
    Example:
        reinstate notice notice.txt --received 2026-11-03
        reinstate notice message.eml --format json > notice.json
    """
    result = read_notice(file, received=_parse_received(received))
    if output_format == "json":
        click.echo(json.dumps(result.to_dict(), indent=2, ensure_ascii=False))
    else:
        click.echo(render_text(result))
