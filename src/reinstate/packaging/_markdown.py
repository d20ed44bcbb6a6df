"""A Plan of Action in Markdown (or plain text), read into blocks every output can draw.

Only what sellers write in a POA is understood: headings (``#`` and underlined), bullet
and numbered lists (nested by indentation), quotes, rules, tables, and inline bold,
italics, code, links and images. Every Markdown character is gone from a block's text;
its spans keep bold and italics for the PDF and Word outputs.

A line break inside a paragraph is kept (as "\n" in the text) where Markdown's hard break
asks for it (two spaces or a backslash at the end of the line), and in a paragraph of
short lines only: a sign-off ("Kind regards," / "Operations Manager") or an address,
which a seller writes line by line and would not want run together.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

BlockKind = Literal["heading", "paragraph", "bullet", "number", "quote", "rule"]


@dataclass(frozen=True)
class Span:
    """A run of text with its emphasis."""

    text: str
    bold: bool = False
    italic: bool = False


@dataclass(frozen=True)
class Block:
    """One heading, paragraph or list item. `level` is the heading level (1 = title) or
    the list nesting depth (0 = top); `marker` is a numbered item's number ("3.")."""

    kind: BlockKind
    spans: tuple[Span, ...]
    level: int = 0
    marker: str = ""

    @property
    def text(self) -> str:
        return "".join(span.text for span in self.spans)


_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_BULLET = re.compile(r"^(\s*)[-*+•]\s+(.*)$")
_NUMBER = re.compile(r"^(\s*)(\d{1,3})[.)]\s+(.*)$")
_QUOTE = re.compile(r"^\s{0,3}>\s?(.*)$")
_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_FENCE = re.compile(r"^\s*(```|~~~)")
_HARD_BREAK = re.compile(r"(?:\s{2,}|\\)$")
SHORT_LINE = 40  # a paragraph whose lines are all this short keeps its line breaks


def _paragraph_text(lines: list[str]) -> str:
    """A paragraph's lines joined: with a space, or a line break where one is kept."""
    short = len(lines) > 1 and all(len(line.strip()) <= SHORT_LINE for line in lines)
    text = ""
    for number, line in enumerate(lines):
        if number:
            text += "\n" if short or _HARD_BREAK.search(lines[number - 1]) else " "
        text += (
            re.sub(r"\\$", "", line.rstrip()).strip() if number < len(lines) - 1 else line.strip()
        )
    return text


def parse(text: str) -> list[Block]:
    """The blocks of a POA, in order."""
    blocks: list[Block] = []
    lines = text.replace("\r\n", "\n").replace("\t", "    ").split("\n")
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(Block("paragraph", inline(_paragraph_text(paragraph))))
            paragraph.clear()

    for index, line in enumerate(lines):
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if paragraph and _SETEXT.match(line):
            level = 1 if line.strip().startswith("=") else 2
            blocks.append(Block("heading", inline(" ".join(p.strip() for p in paragraph)), level))
            paragraph.clear()
            continue
        block = _line_block(line, following)
        if block is None:
            if not line.strip() or _FENCE.match(line) or _TABLE_SEPARATOR.match(line):
                flush()
            elif _SETEXT.match(following) and paragraph:
                flush()
                paragraph.append(line)
            else:
                paragraph.append(line)
            continue
        flush()
        if block.spans or block.kind == "rule":
            blocks.append(block)
    flush()
    return _indent_levels(blocks)


def _line_block(line: str, following: str) -> Block | None:
    """The block a line starts on its own, or None for paragraph text."""
    if match := _ATX.match(line):
        return Block("heading", inline(match.group(2)), len(match.group(1)))
    if _RULE.match(line):
        return Block("rule", ())
    if match := _BULLET.match(line):
        return Block("bullet", inline(match.group(2)), len(match.group(1)))
    if match := _NUMBER.match(line):
        return Block("number", inline(match.group(3)), len(match.group(1)), match.group(2) + ".")
    if match := _QUOTE.match(line):
        return Block("quote", inline(match.group(1))) if match.group(1).strip() else None
    if "|" in line and line.strip().startswith("|") and not _TABLE_SEPARATOR.match(line):
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        return Block("paragraph", inline("; ".join(cell for cell in cells if cell)))
    return None


def _indent_levels(blocks: list[Block]) -> list[Block]:
    """List items' indentation in spaces turned into nesting depths (0, 1, 2…)."""
    result: list[Block] = []
    stack: list[int] = []
    for block in blocks:
        if block.kind not in ("bullet", "number"):
            stack.clear()
            result.append(block)
            continue
        while stack and block.level < stack[-1]:
            stack.pop()
        if not stack or block.level > stack[-1]:
            stack.append(block.level)
        result.append(Block(block.kind, block.spans, len(stack) - 1, block.marker))
    return result


_INLINE = re.compile(
    r"(?P<escape>\\[\\`*_{}\[\]()#+\-.!>|])"
    r"|(?P<image>!\[(?P<alt>[^\]]*)\]\([^)]*\))"
    r"|(?P<link>\[(?P<label>[^\]]+)\]\((?P<url>[^)\s]+)(?:\s+\"[^\"]*\")?\))"
    r"|(?P<autolink><(?P<auto>https?://[^>\s]+|[^@>\s]+@[^>\s]+)>)"
    r"|(?P<code>`+)(?P<code_text>.+?)(?P=code)"
    r"|(?P<strong>\*\*|__)(?P<strong_text>(?:(?!(?P=strong)).)+?)(?P=strong)"
    r"|(?P<em>(?<![\w*])\*(?![\s*])(?P<em_text>[^*]+?)(?<!\s)\*(?!\*)"
    r"|(?<![\w_])_(?![\s_])(?P<em2_text>[^_]+?)(?<!\s)_(?![\w_]))"
    r"|(?P<tag></?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>)"
)


def inline(text: str, bold: bool = False, italic: bool = False) -> tuple[Span, ...]:
    """Spans of `text` with its inline Markdown turned into emphasis or plain words."""
    spans: list[Span] = []
    position = 0
    for match in _INLINE.finditer(text):
        spans.append(Span(text[position : match.start()], bold, italic))
        spans += _inline_match(match, bold, italic)
        position = match.end()
    spans.append(Span(text[position:], bold, italic))
    return _merged(spans)


def _inline_match(match: re.Match[str], bold: bool, italic: bool) -> list[Span]:
    kind = _group_of(match)
    if kind == "escape":
        return [Span(match.group("escape")[1], bold, italic)]
    if kind == "image":
        return [Span(match.group("alt"), bold, italic)]
    if kind == "link":
        label, url = match.group("label"), match.group("url")
        shown = list(inline(label, bold, italic))
        return shown if url in label else [*shown, Span(f" ({url})", bold, italic)]
    if kind == "autolink":
        return [Span(match.group("auto"), bold, italic)]
    if kind == "code":
        return [Span(match.group("code_text").strip(), bold, italic)]
    if kind == "strong":
        return list(inline(match.group("strong_text"), True, italic))
    if kind == "em":
        inner = match.group("em_text") or match.group("em2_text")
        return list(inline(inner, bold, True))
    return []  # an HTML tag


def _group_of(match: re.Match[str]) -> str:
    for name in ("escape", "image", "link", "autolink", "code", "strong", "em"):
        if match.group(name) is not None:
            return name
    return "tag"


def _merged(spans: list[Span]) -> tuple[Span, ...]:
    """Neighbouring spans of the same emphasis joined; empty ones dropped."""
    result: list[Span] = []
    for span in spans:
        if not span.text:
            continue
        if result and (result[-1].bold, result[-1].italic) == (span.bold, span.italic):
            result[-1] = Span(result[-1].text + span.text, span.bold, span.italic)
        else:
            result.append(span)
    return tuple(result)
