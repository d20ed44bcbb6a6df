"""`reinstate notice`: read Amazon's message for the seller."""

from __future__ import annotations

import datetime
import json

import click

from reinstate.cli._options import format_option
from reinstate.errors import InputError
from reinstate.notice import Notice, language_name, read_notice
from reinstate.notice._language import is_classified


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
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True))
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
        click.echo("\n".join(render_text(result)))


def _section(title: str, lines: list[str]) -> list[str]:
    return ["", f"{title}:", *(f"  {line}" for line in lines)] if lines else []


def _deadline_line(result: Notice) -> str:
    deadline = result.deadline
    if deadline is None:
        return "Deadline: none stated"
    if deadline.due:
        return f"Deadline: {deadline.text}, due {deadline.due.isoformat()}"
    return f"Deadline: {deadline.text} (give --received to get the due date)"


def _language_lines(result: Notice) -> list[str]:
    name = language_name(result.language)
    if result.language == "en":
        return []
    if is_classified(result.language):
        return [f"Language: {name}. Read with {name} phrases; check against the original."]
    return [
        f"Language: {name}. reinstate reads English, German, French, Spanish and Italian "
        "notices; this reading is likely incomplete. Translate the notice and run again."
    ]


def _head(result: Notice) -> list[str]:
    kind = result.message_type
    if result.type_evidence:
        kind += f'  ("{result.type_evidence}")'
    else:
        kind += "  (not recognised: read the notice yourself)"
    received = result.received.isoformat() if result.received else "unknown"
    lines = [f"Notice: {result.source}", f"Message type: {kind}"]
    lines += [f"Received: {received}", _deadline_line(result)]
    if result.marketplace:
        lines.append(f"Marketplace: {result.marketplace}")
    return lines + _language_lines(result)


def _owner_lines(result: Notice) -> list[str]:
    owner = result.rights_owner
    if owner is None:
        return []
    fields = [("name", owner.name), ("e-mail", owner.email), ("complaint ID", owner.complaint_id)]
    return [f"{label}: {value}" for label, value in fields if value]


def _document_lines(result: Notice) -> list[str]:
    """One line per sentence that asks for documents, naming each document it asks for."""
    by_text: dict[str, list[str]] = {}
    for document in result.documents:
        window = f" (last {document.window_days} days)" if document.window_days else ""
        by_text.setdefault(document.text, []).append(document.kind + window)
    return [f"{', '.join(kinds)}: {text}" for text, kinds in by_text.items()]


def render_text(result: Notice) -> list[str]:
    """The notice as lines of text for a person."""
    violations = [f'{v.kind} ({v.confidence:.2f})  "{v.evidence}"' for v in result.violations]
    documents = _document_lines(result)
    issues = [
        f"{i.id} {i.kind}" + (f" [{', '.join(i.asins)}]" if i.asins else "") + f": {i.text}"
        for i in result.issues
    ]
    lines = _head(result)
    lines += _section("Violations", violations)
    lines += _section("Issues your plan of action must answer", issues)
    lines += _section("Amazon asks for", list(result.requests))
    lines += _section("Documents requested", documents)
    ids = [("ASINs", result.asins), ("Orders", result.order_ids), ("SKUs", result.skus)]
    ids += [("Brands", result.brands)]
    lines += _section("Identifiers", [f"{name}: {', '.join(v)}" for name, v in ids if v])
    lines += _section("Rights owner", _owner_lines(result))
    lines += _section("Policy links", list(result.policy_links))
    return lines
