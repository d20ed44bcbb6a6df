"""The plan as plain text for Seller Central's appeal form, and the page around it.

Headings stay on lines of their own, bullets become "- ", numbered items keep their
numbers, and every line is wrapped at the width in ``data/limits.toml`` with hanging
indents, so nothing of Markdown is left for the form to show as symbols.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.kb import load_data
from reinstate.packaging._markdown import Block
from reinstate.packaging._model import Appeal, Exhibit

CUT = "-" * 30


@cache
def limits() -> dict[str, Any]:
    """The size, type and width limits of ``data/limits.toml``."""
    return load_data("reinstate.packaging", "limits.toml")


def text_width() -> int:
    return int(limits()["text"]["width"])


_LABEL = re.compile(r"\b((?i:exhibit|attachment|annex|appendix|enclosure)s?) (\w{1,3})\b")
NBSP = "\u00a0"


def _wrap(text: str, first: str, rest: str, width: int) -> list[str]:
    """Lines of at most `width`, never breaking inside an exhibit label ("Exhibit 1")."""
    kept = _LABEL.sub(lambda m: f"{m.group(1)}{NBSP}{m.group(2)}", text)
    lines = textwrap.wrap(
        kept,
        width=width,
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [first.rstrip()]
    return [line.replace(NBSP, " ") for line in lines]


def _wrap_kept(text: str, first: str, rest: str, width: int) -> list[str]:
    """`_wrap` of each line of `text` (a paragraph's kept line breaks), the first line
    after `first`, the others after `rest`."""
    lines: list[str] = []
    for number, line in enumerate(text.split("\n")):
        lines += _wrap(" ".join(line.split()), rest if number else first, rest, width)
    return lines


def block_lines(block: Block, width: int) -> list[str]:
    """The lines of one block."""
    text = block.text
    indent = "  " * block.level if block.kind in ("bullet", "number") else ""
    if block.kind == "heading":
        return _wrap_kept(text, "", "", width)
    if block.kind == "bullet":
        return _wrap_kept(text, indent + "- ", indent + "  ", width)
    if block.kind == "number":
        marker = indent + block.marker + " "
        return _wrap_kept(text, marker, " " * len(marker), width)
    if block.kind == "quote":
        return _wrap_kept(text, "    ", "    ", width)
    if block.kind == "rule":
        return []
    return _wrap_kept(text, "", "", width)


def plain_text(blocks: list[Block], width: int | None = None) -> str:
    """The blocks as plain text: a blank line between blocks, none inside a list."""
    width = width or text_width()
    lines: list[str] = []
    previous: Block | None = None
    for block in blocks:
        body = block_lines(block, width)
        if not body:
            continue
        in_list = block.kind in ("bullet", "number")
        if previous and not (in_list and previous.kind in ("bullet", "number")):
            lines.append("")
        lines += body
        previous = block
    return "\n".join(lines) + "\n"


def exhibit_lines(exhibits: list[Exhibit], width: int) -> list[str]:
    """The exhibit list that closes the plan."""
    lines = ["", "Exhibits", ""]
    for exhibit in exhibits:
        name = exhibit.file.name if exhibit.file else exhibit.source.name
        lines += _wrap(f"{exhibit.label}: {exhibit.title} ({name})", "- ", "  ", width)
    return lines if exhibits else []


def appeal_text(appeal: Appeal, width: int | None = None) -> str:
    """The text to paste: the plan, then its exhibit list."""
    width = width or text_width()
    body = plain_text(appeal.blocks, width).rstrip("\n").split("\n")
    return "\n".join(body + exhibit_lines(appeal.sent_exhibits, width)) + "\n"


@dataclass(frozen=True)
class Form:
    """A Seller Central form an appeal is sent with (``data/forms.toml``)."""

    id: str
    title: str
    violations: tuple[str, ...]
    message_types: tuple[str, ...]
    steps: tuple[str, ...]
    source: str
    match: tuple[str, ...]
    no_match: tuple[str, ...]


@cache
def forms() -> tuple[Form, ...]:
    rows = load_data("reinstate.packaging", "forms.toml")["form"]
    return tuple(
        Form(
            row["id"],
            row["title"],
            tuple(row["violations"]),
            tuple(row["message_types"]),
            tuple(row["steps"]),
            row["source"],
            tuple(row["match"]),
            tuple(row["no_match"]),
        )
        for row in rows
    )


def choose_form(message_type: str, violations: tuple[str, ...]) -> Form:
    """The form for a notice: by its violations first, then by its message type."""
    for form in forms():
        if set(form.violations) & set(violations):
            return form
    for form in forms():
        if message_type in form.message_types:
            return form
    default = load_data("reinstate.packaging", "forms.toml")["default"]
    return next(form for form in forms() if form.id == default)


def email_note() -> str:
    return str(load_data("reinstate.packaging", "forms.toml")["email"]["note"])


def _size(size: int) -> str:
    return f"{size / 1024:.0f} KB" if size < 1024 * 1024 else f"{size / 1024 / 1024:.1f} MB"


def _attachment_lines(appeal: Appeal, width: int) -> list[str]:
    lines = []
    for number, exhibit in enumerate(appeal.sent_exhibits, start=1):
        assert exhibit.file is not None
        pages = f"{exhibit.pages} page{'s' if exhibit.pages != 1 else ''}"
        what = f"{exhibit.format.upper()}, {pages}, {_size(exhibit.file.stat().st_size)}"
        name = exhibit.file.name
        label = "" if name.lower().startswith(exhibit.label.lower()) else f", {exhibit.label}"
        lines += _wrap(f"{name} ({what}{label})", f"{number}. ", "   ", width)
    refused = [e for e in appeal.exhibits if e.refused]
    for exhibit in refused:
        lines += _wrap(f"NOT attached: {exhibit.source.name}: {exhibit.refused}", "- ", "  ", width)
    return lines or ["(no files to attach)"]


def seller_central_text(appeal: Appeal, width: int | None = None, forced: bool = False) -> str:
    """seller-central.txt: where to paste, what to attach, and the text to paste."""
    width = width or text_width()
    form = choose_form(appeal.notice.message_type, appeal.notice.violation_kinds)
    pasted = appeal_text(appeal, width)
    head = [f"Appeal for Seller Central: {appeal.account_name or 'your selling account'}"]
    note = " (packaged with --force despite errors: fix them before sending)" if forced else ""
    head += [
        f"Prepared by reinstate on {appeal.prepared.isoformat()}; verdict: {appeal.verdict}{note}."
    ]
    steps = [f"Where: {form.title}", ""]
    for number, step in enumerate(form.steps, start=1):
        steps += _wrap(step, f"{number}. ", "   ", width)
    steps += ["", "Files to attach (in the exhibits folder next to this file):", ""]
    steps += _attachment_lines(appeal, width)
    steps += [
        "",
        "By email: plan-of-action.eml holds the same text and files.",
        *_wrap(email_note(), "", "", width),
    ]
    count = f"{len(pasted.strip()):,} characters (Amazon publishes no limit for the form)."
    paste = ["", "Text to paste (everything between the two lines):", CUT]
    return "\n".join([*head, "", *steps, *paste, pasted.rstrip("\n"), CUT, count]) + "\n"
