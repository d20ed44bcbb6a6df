"""The notice as text for a person: what `reinstate notice` prints, and the web shows."""

from __future__ import annotations

from reinstate.notice._language import is_classified, language_name
from reinstate.notice._model import Notice


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


def render_text(result: Notice) -> str:
    """The notice as text for a person (what `reinstate notice` prints)."""
    return "\n".join(render_lines(result))


def render_lines(result: Notice) -> list[str]:
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
