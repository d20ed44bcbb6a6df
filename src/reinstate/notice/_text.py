"""Turning what a seller has (an .eml, a saved .html page, a copy-paste) into plain text.

The result keeps one line per line of the message, with quoting (`>`), forum markers,
BBCode tags, smart quotes, odd spaces and bullet characters normalised away, so that the
phrase rules see the words Amazon wrote.
"""

from __future__ import annotations

import datetime
import email
import email.header
import email.policy
import email.utils
import re
from dataclasses import dataclass
from email.message import Message
from html.parser import HTMLParser

from reinstate.errors import FormatError

CONTENT_TYPES = ("text", "html", "eml")

_CHARS = str.maketrans(
    {
        "‘": "'", "’": "'", "‚": "'", "‛": "'", "′": "'", "`": "'",
        "“": '"', "”": '"', "„": '"', "‟": '"', "″": '"', "«": '"',
        "–": "-", "—": "-", "―": "-", "‐": "-", "‑": "-", "−": "-",
        "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\t": " ",
        "\u200b": "", "\u200c": "", "\u200d": "", "\ufeff": "", "\u00ad": "",
        "…": "...",
    }
)  # fmt: skip
# Quoting and forum line markers: ">", "|", "+" (not "+1 206 ...", a phone number).
_QUOTE_MARKERS = re.compile(r"^(?:[ ]*(?:>|&gt;|\||│|»|›|\+(?!\d))[ ]?)+", re.MULTILINE)
_ENTITIES = {"&gt;": ">", "&lt;": "<", "&amp;": "&", "&nbsp;": " ", "&quot;": '"', "&#39;": "'"}
_ENTITY = re.compile("|".join(_ENTITIES))
_BULLETS = re.compile(r"^[ ]*(?:[•◦▪▫●○■□►▸‣⁃✓✔*·・]|-{1,2}(?=\s))[ ]*", re.MULTILINE)
_BBCODE = re.compile(r"\[/?(?:quote|b|i|u|url|size|color|font|list|\*)(?:=[^\]]*)?\]", re.I)
_SPACES = re.compile(r"[ ]{2,}")
_FORWARD_RULE = re.compile(
    r"^-{2,}\s*(?:forwarded message|original message|weitergeleitete nachricht"
    r"|message transféré|mensaje reenviado|messaggio inoltrato)\s*-*\s*$",
    re.I | re.MULTILINE,
)


@dataclass(frozen=True)
class Document:
    """Plain text of a message, with the links and date its container carried."""

    text: str
    links: tuple[str, ...] = ()
    sent: datetime.date | None = None


# The replies under a forum post (a Reddit comment header "u/name · 3 yr. ago", the bar
# "▲ 12 ▼ 9 comments Share Save"): other sellers' advice, not Amazon's words; the text
# ends where they begin.
_FORUM_REPLIES = re.compile(
    r"^[ \t]*(?:u/[\w-]+(?: \(OP\))? · \d+ \w{1,5}\.? ago\b|.*\b\d+ comments?[ \t]+Share\b)",
    re.MULTILINE,
)


def _without_replies(text: str) -> str:
    match = _FORUM_REPLIES.search(text)
    return text[: match.start()] if match and text[: match.start()].strip() else text


def clean(text: str) -> str:
    """Normalise characters, strip quoting, forum markers and bullets, and the replies
    under a forum post; one space per gap."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_CHARS)
    text = _without_replies(text)
    text = _BBCODE.sub("", text)
    text = _QUOTE_MARKERS.sub("", text)
    text = _ENTITY.sub(lambda match: _ENTITIES[match[0]], text)
    text = _FORWARD_RULE.sub("", text)
    text = _BULLETS.sub("- ", text)
    lines = (_SPACES.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(lines).strip()


class _HTMLText(HTMLParser):
    """Collects the visible text of an HTML page, one line per block, and its links."""

    BLOCKS = frozenset(
        [
            "p",
            "div",
            "br",
            "li",
            "tr",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "table",
            "ul",
            "ol",
            "section",
            "article",
            "header",
            "footer",
            "blockquote",
            "title",
            "dt",
            "dd",
            "hr",
            "pre",
        ]
    )
    HIDDEN = frozenset({"script", "style", "head", "noscript", "template"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.links: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        if tag in self.BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")
        if tag in {"td", "th"}:
            self.parts.append(" | ")
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.startswith(("http://", "https://")):
            self.links.append(href)

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))


def from_html(html: str) -> Document:
    """The visible text and links of an HTML page."""
    parser = _HTMLText()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\n | ", "\n")
    return Document(clean(text), tuple(parser.links))


def _part_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", "replace")


def _header(message: Message, name: str) -> str:
    """A header decoded to text (RFC 2047 words included); "" when absent or broken."""
    value = message.get(name)
    if value is None:
        return ""
    try:
        return str(email.header.make_header(email.header.decode_header(str(value))))
    except (LookupError, ValueError, UnicodeError):
        return str(value)


def _body_parts(message: Message) -> tuple[list[str], list[str]]:
    plain: list[str] = []
    html: list[str] = []
    for part in message.walk():
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        kind = part.get_content_type()
        if kind == "text/plain":
            plain.append(_part_text(part))
        elif kind == "text/html":
            html.append(_part_text(part))
    return plain, html


def _header_date(message: Message) -> datetime.date | None:
    value = _header(message, "Date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError):
        return None


# An e-mail from Amazon has a few multipart sections (text, HTML, an attachment or two); the
# standard library parses each nested one with a deeper recursion, so thousands of them end
# in a RecursionError after seconds of work. More than this many is refused before parsing.
MAX_MULTIPARTS = 100
_MULTIPART_BYTES = re.compile(rb"^content-type:[ \t]*multipart/", re.I | re.MULTILINE)
_MULTIPART_TEXT = re.compile(r"^content-type:[ \t]*multipart/", re.I | re.MULTILINE)


def _message(raw: str | bytes, source: str | None) -> Message:
    """The parsed e-mail; a FormatError for one nested beyond reason."""
    if isinstance(raw, bytes):
        count = len(_MULTIPART_BYTES.findall(raw))
    else:
        count = len(_MULTIPART_TEXT.findall(raw))
    if count > MAX_MULTIPARTS:
        raise FormatError(
            f"is an e-mail of {count:,} multipart sections; an e-mail from Amazon has a few,"
            f" and more than {MAX_MULTIPARTS} are not read",
            path=source,
        )
    if isinstance(raw, bytes):
        return email.message_from_bytes(raw, policy=email.policy.compat32)
    return email.message_from_string(raw, policy=email.policy.compat32)


def from_eml(raw: str | bytes, source: str | None = None) -> Document:
    """The body of an e-mail: its text parts, else its HTML parts; attachments ignored.

    The `compat32` policy parses headers lazily, several times faster than `default`.
    An e-mail nested too deeply to read (more than `MAX_MULTIPARTS` multipart sections,
    or forwarded messages inside each other beyond Python's recursion limit) is a
    FormatError naming `source`."""
    try:
        message = _message(raw, source)
        plain, html = _body_parts(message)
    except RecursionError:
        raise FormatError("is an e-mail nested too deeply to read", path=source) from None
    head = "".join(
        f"{name}: {value}\n" for name in ("From", "Subject") if (value := _header(message, name))
    )
    head += "\n" if head else ""
    if plain:
        return Document(clean(head + "\n\n".join(plain)), (), _header_date(message))
    pages = [from_html(page) for page in html]
    text = "\n\n".join(page.text for page in pages)
    links = tuple(link for page in pages for link in page.links)
    return Document(clean(head + text), links, _header_date(message))


def to_document(text: str, content_type: str) -> Document:
    """Plain text of `text` read as `content_type` (text, html or eml)."""
    if content_type == "eml":
        return from_eml(text)
    if content_type == "html":
        return from_html(text)
    return Document(clean(text))


_EML_HEADER = re.compile(
    r"^(?:MIME-Version|Content-Type|Received|Return-Path|Delivered-To|Message-ID|DKIM-Signature):",
    re.I | re.MULTILINE,
)
_HTML_START = re.compile(r"^\s*(?:<!doctype html|<html|<head|<body|<div|<p[ >]|<table)", re.I)


def sniff(head: str, name: str) -> str:
    """The content type of a file, from its name, else from its first characters."""
    lower = name.lower()
    if lower.endswith((".eml", ".mbox")):
        return "eml"
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    first_block = head.replace("\r\n", "\n").split("\n\n", 1)[0]
    if len(_EML_HEADER.findall(first_block)) >= 2:
        return "eml"  # e-mail source saved as .txt, or piped in
    if lower.endswith((".txt", ".md", ".text")):
        return "text"
    return "html" if _HTML_START.match(head) else "text"
