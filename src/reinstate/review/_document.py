"""A POA as the rules see it: plain text with Markdown syntax blanked out, in lines,
blocks and sentences, every piece keeping its offsets into the original text.

Markdown markers (heading hashes, list bullets, emphasis, link targets, code ticks) are
replaced by spaces of the same length, so a match in the masked text has the same offsets,
lines and columns as in the file the seller wrote.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_SMART = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_MASKS = [
    re.compile(r"<!--.*?-->", re.S),  # HTML comments
    re.compile(r"^[ \t]{0,3}#{1,6}(?=[ \t])", re.M),  # heading hashes
    re.compile(r"^[ \t]*>[ \t]?", re.M),  # block quotes
    re.compile(r"^[ \t]*(?:[-*+•▪◦]|\d{1,2}[.)]|[a-z][.)])(?=[ \t])", re.M),  # list markers
    re.compile(r"^[ \t]*(?:[-*_=][ \t]*){3,}$", re.M),  # rules, setext underlines
    re.compile(r"\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<!\w)_(?=\S)|(?<=\S)_(?!\w)"),
    re.compile(r"`+"),
    re.compile(r"\]\([^)\s]*\)"),  # link targets: [text](url)
    re.compile(r"(?<!\S)\[(?=[^\]\n]*\]\()"),
    re.compile(r"\|"),  # table cell borders
]
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+•▪◦]|\d{1,2}[.)]|[a-z][.)])[ \t]+\S")
_SETEXT = re.compile(r"^[ \t]*(?:=+|-+)[ \t]*$")
_TABLE_ROW = re.compile(r"^[ \t]*\|")
_TABLE_RULE = re.compile(r"^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|?)+[ \t]*$")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+\S")
# A numbered line ("1. Why did this happen?", "II) Root cause") that stands alone before a
# blank line: a numbered heading of a question-and-answer plan, not a list item.
_NUMBER = re.compile(r"^(?:\d{1,2}|[A-Z]|[IVX]{1,4})[.)][ \t]+")
# A field of a plan's letterhead ("Seller: Brenner & Vogt GmbH, amazon.de", "Merchant token:
# A1B2C3"): a label of up to four words, a colon and a value with no full stop at the end.
_FIELD_LINE = re.compile(r"^[ \t]*[A-Z][\w'’.&-]*(?:[ \t]+[\w'’.&-]+){0,3}:[ \t]+\S[^\n]*[^.!?\s]$")
_BOLD_LINE = re.compile(r"^[ \t]*(\*\*|__)[^*_\n]+(\*\*|__)[ \t]*:?[ \t]*$")
_ABBREVIATIONS = [
    "e.g.",
    "i.e.",
    "etc.",
    "mr.",
    "mrs.",
    "ms.",
    "dr.",
    "no.",
    "nos.",
    "inc.",
    "ltd.",
    "co.",
    "corp.",
    "vs.",
    "approx.",
    "dept.",
    "st.",
    "u.s.",
    "u.k.",
    "jan.",
    "feb.",
    "mar.",
    "apr.",
    "jun.",
    "jul.",
    "aug.",
    "sep.",
    "sept.",
    "oct.",
    "nov.",
    "dec.",
]
_SENTENCE_END = re.compile(r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])")
_NOT_NEWLINE = re.compile(r"[^\n]")
WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'’\-]*")


@dataclass(frozen=True)
class Span:
    """A stretch of the document: [start, end) offsets into its text."""

    start: int
    end: int


@dataclass(frozen=True)
class Sentence(Span):
    """A sentence, a list item or a heading line."""

    text: str
    block: int
    is_heading: bool = False
    words: int = field(init=False, compare=False)  # counted once: many rules ask

    def __post_init__(self) -> None:
        object.__setattr__(self, "words", len(WORD.findall(self.text)))


@dataclass(frozen=True)
class Line(Span):
    """One line of the document and what kind of line it is."""

    number: int
    is_heading: bool
    is_list_item: bool
    is_blank: bool


@dataclass
class Document:
    """The text of a POA, ready for the rules."""

    text: str
    path: str = "<text>"
    masked: str = field(init=False)
    cache: dict[str, Any] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self.masked = mask_markdown(self.text)

    @cached_property
    def folded(self) -> str:
        """The masked text in lower case (ASCII only, so every offset stays the same)."""
        return self.masked.translate(_ASCII_LOWER)

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in re.finditer("\n", self.text)]

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset."""
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return index + 1, offset - self.line_starts[index] + 1

    @cached_property
    def lines(self) -> list[Line]:
        raw = self.text.split("\n")
        opening = next((i for i, line in enumerate(raw) if i and not line.strip()), len(raw))
        result = []
        for index, line in enumerate(raw):
            start = self.line_starts[index]
            following = raw[index + 1] if index + 1 < len(raw) else ""
            result.append(
                Line(
                    start=start,
                    end=start + len(line),
                    number=index + 1,
                    is_heading=_is_heading(line, following)
                    or (index < opening and _is_field_line(line)),
                    is_list_item=bool(_LIST_ITEM.match(line) or _TABLE_ROW.match(line)),
                    is_blank=not line.strip()
                    or bool(_SETEXT.match(line) and index > 0)
                    or bool(_TABLE_RULE.match(line)),
                )
            )
        return result

    @cached_property
    def sentences(self) -> list[Sentence]:
        return list(_split_sentences(self))

    @cached_property
    def words(self) -> int:
        return sum(s.words for s in self.sentences if not s.is_heading)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _heading_lines(self) -> frozenset[int]:
        return frozenset(line.number for line in self.lines if line.is_heading)

    def in_heading(self, offset: int) -> bool:
        """Whether `offset` falls on a heading line."""
        return bisect.bisect_right(self.line_starts, offset) in self._heading_lines

    def sentence_at(self, offset: int) -> Sentence | None:
        starts = self._sentence_starts
        index = bisect.bisect_right(starts, offset) - 1
        if index >= 0 and offset < self.sentences[index].end:
            return self.sentences[index]
        return None


# Characters without which each of _MASKS cannot match (None: always run it).
_MASK_NEEDS: list[str | None] = ["<", "#", ">", None, "-*_=", "*_", "`", "]", "[", "|"]


def mask_markdown(text: str) -> str:
    """`text` with Markdown syntax replaced by spaces and smart quotes made plain."""
    masked = text.translate(_SMART)
    for pattern, needs in zip(_MASKS, _MASK_NEEDS, strict=True):
        if needs is None or any(char in masked for char in needs):
            masked = pattern.sub(_blank, masked)
    return masked


def _blank(match: re.Match[str]) -> str:
    """Spaces for a match, keeping its line breaks (so lines and offsets stay put)."""
    found = match.group(0)
    return _NOT_NEWLINE.sub(" ", found) if "\n" in found else " " * len(found)


def _is_field_line(line: str) -> bool:
    """Whether `line` is a field of the plan's letterhead, in the block before its first blank
    line: a label, a colon and a value, twelve words at most, with no sentence end."""
    return bool(_FIELD_LINE.match(line)) and len(line.split()) <= 12


def _is_heading(line: str, following: str) -> bool:
    stripped = line.strip().strip("*_").strip()
    if not stripped or _SETEXT.match(line):
        return False
    if not following.strip() and (number := _NUMBER.match(stripped)):
        stripped = stripped[number.end() :]
    if _MD_HEADING.match(line) or _BOLD_LINE.match(line):
        return True
    if following.strip() and _SETEXT.match(following) and not _LIST_ITEM.match(line):
        return True
    words = stripped.split()
    if len(words) <= 8 and stripped.endswith(":"):
        return True
    short = (
        len(words) <= 8 and not stripped.endswith((".", ",", ";", "!")) and stripped[0].isupper()
    )
    if not short:
        return False
    followed_by_block = not following.strip() or bool(_LIST_ITEM.match(following))
    return followed_by_block or stripped.isupper() or stripped.istitle()


def _split_sentences(doc: Document) -> list[Sentence]:
    sentences: list[Sentence] = []
    block = 0
    item_start: int | None = None
    for line in doc.lines:
        starts_item = line.is_heading or line.is_list_item or line.is_blank
        if starts_item and item_start is not None:
            sentences += _sentences_in(doc, item_start, _previous_end(doc, line), block)
            item_start = None
        if line.is_blank:
            block += 1
            continue
        if line.is_heading:
            block += 1
            sentences += _sentences_in(doc, line.start, line.end, block, heading=True)
            block += 1
            continue
        if item_start is None:
            item_start = line.start
    if item_start is not None:
        sentences += _sentences_in(doc, item_start, len(doc.text), block)
    return sentences


def _previous_end(doc: Document, line: Line) -> int:
    return max(line.start - 1, 0)


def _sentences_in(
    doc: Document, start: int, end: int, block: int, heading: bool = False
) -> list[Sentence]:
    chunk = doc.masked[start:end]
    pieces: list[Sentence] = []
    cursor = 0
    if not heading:
        for match in _SENTENCE_END.finditer(chunk):
            if _ends_with_abbreviation(chunk, match.start()):
                continue
            pieces += _make_sentence(doc, start + cursor, start + match.end(), block, heading)
            cursor = match.end()
    pieces += _make_sentence(doc, start + cursor, end, block, heading)
    return pieces


def _ends_with_abbreviation(chunk: str, dot: int) -> bool:
    """Whether the full stop at `dot` belongs to an abbreviation that does not end the
    sentence: "Mr. Joshi", but not "a complaint from Clearbrook Water Inc. The listings ..."
    (a company's suffix ends its name, so a word that opens sentences after it opens one)."""
    before = chunk[max(0, dot - 8) : dot + 1].lower().split()
    if not before or before[-1].lstrip("(") not in _ABBREVIATIONS:
        return False
    if before[-1].lstrip("(") not in _NAME_ENDINGS:
        return True
    after = chunk[dot + 1 :].split(maxsplit=1)
    return not after or after[0].lower() not in _SENTENCE_OPENERS


# Abbreviations that end a company's name or a list, and words that open a sentence after one.
_NAME_ENDINGS = frozenset({"inc.", "ltd.", "co.", "corp.", "etc."})
_SENTENCE_OPENERS = frozenset(
    {
        "the",
        "we",
        "our",
        "this",
        "that",
        "these",
        "those",
        "it",
        "its",
        "they",
        "their",
        "he",
        "she",
        "i",
        "in",
        "on",
        "at",
        "after",
        "before",
        "when",
        "since",
        "as",
        "a",
        "an",
        "all",
        "each",
        "every",
        "no",
        "both",
        "then",
        "however",
        "because",
    }
)


def _make_sentence(
    doc: Document, start: int, end: int, block: int, heading: bool
) -> list[Sentence]:
    text = doc.masked[start:end]
    stripped = text.strip()
    if not stripped:
        return []
    lead = len(text) - len(text.lstrip())
    real_start = start + lead
    return [Sentence(real_start, real_start + len(stripped), stripped, block, heading)]
