"""Small text helpers of the composer, and Markdown to plain text."""

from __future__ import annotations

import re

_WORD = re.compile(r"[A-Za-z0-9][\w'’.%-]*")


def join_words(items: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def sentence(text: str) -> str:
    """One or more sentences: spaces tidied, first letter capital, a full stop at the end."""
    text = " ".join(text.split()).replace(" ,", ",").replace("..", ".")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "?", "!", ":")) else text + "."


def word_count(markdown: str) -> int:
    """Words of the body, headings excluded (as the reviewer counts them, near enough)."""
    body = [line for line in markdown.splitlines() if not line.startswith("#")]
    return len(_WORD.findall("\n".join(body)))


def markdown_to_text(markdown: str) -> str:
    """The plan as plain text: headings as plain lines, bold marks removed."""
    lines = []
    for line in markdown.splitlines():
        line = re.sub(r"^#{1,6}\s+", "", line)
        lines.append(line.replace("**", ""))
    return "\n".join(lines) + ("\n" if markdown.endswith("\n") else "")
