"""What Amazon asks the seller to send: documents, and the items of an appeal reply."""

from __future__ import annotations

import re

from reinstate.notice._data import any_document, document_groups, lowered, pattern, patterns
from reinstate.notice._model import DocumentRequest
from reinstate.notice._sentences import Sentence, tidy

LIST_LENGTH = 15
MIN_ITEM_WORDS = 3
_ID = re.compile(r"\b(?:B0[A-Z0-9]{8}|\d{3}-\d{7}-\d{7})\b")
MAX_ITEMS = 12
_JOINED = re.compile(r"\s*(?:,|/|or|and|and/or|, or|, and)?\s*", re.I)
_INLINE_ITEMS = re.compile(r"\s+-\s+(?=[A-Z])")


def _window(text: str) -> tuple[int, int] | None:
    """The number of days of a window phrase in `text`, and where the phrase starts."""
    for window in patterns("documents", "window"):
        if match := window.search(text):
            return int(match[1]), match.start()
    return None


def _lead_ins(lines: list[str]) -> dict[int, str]:
    """For each line inside a list, the lead-in line (ending in ':') that opens it."""
    cue = pattern("documents", "cues")
    opened: dict[int, str] = {}
    lead: str | None = None
    lead_line = 0
    for number, line in enumerate(lines):
        if lead is not None and (line.endswith("?") or number - lead_line > LIST_LENGTH):
            lead = None
        if lead is not None:
            opened[number] = lead
        if (line.endswith((":", "?")) or _opens_bullets(lines, number)) and cue.search(line):
            lead, lead_line = line, number  # "Please send the following:", "What … send?"
    return opened


_BULLET = re.compile(r"^\s*(?:[-*•]|\d{1,2}[.)])\s+\S")
_FOLLOWING = re.compile(r"\bfollowing (?:documents|information|items)\W*$", re.I)


def _opens_bullets(lines: list[str], number: int) -> bool:
    """Whether line `number` opens a bulleted list without a colon: its last sentence asks
    for "the following documents." and the next line with words is a bullet."""
    if "following" not in lines[number].lower():
        return False
    sentences = [part for part in re.split(r"(?<=[.!])\s+", lines[number].strip()) if part]
    if not sentences or not any(_FOLLOWING.search(part) for part in sentences):
        return False
    after = next((line for line in lines[number + 1 :] if line.strip()), "")
    return bool(_BULLET.match(after))


def _document_items(lines: list[str]) -> set[int]:
    """The lines that are items of a list of documents to send: after a `document_list`
    lead-in, up to a blank line, a question or another lead-in."""
    opens, item = pattern("documents", "document_list"), pattern("requests", "item")
    items: set[int] = set()
    open_at: int | None = None
    for number, line in enumerate(lines):
        text = line.strip()
        if open_at is not None and (
            text.endswith(("?", ":")) or (not text and number > open_at + 1)
        ):
            open_at = None
        elif open_at is not None and text and not item.search(tidy(text)):
            items.add(number)
        if open_at is None and text.endswith(":") and opens.search(text):
            open_at = number
    return items


def _is_other_item(sentence: Sentence, lines: list[str], items: set[int]) -> bool:
    """Whether `sentence` opens an item of a document list and names a document Amazon
    has no kind for (three words or more, no ASIN or order ID)."""
    line = lines[sentence.line].strip()
    words = tidy(sentence.text).split()
    return (
        sentence.line in items
        and tidy(line).startswith(tidy(sentence.text)[:20])
        and len(words) >= MIN_ITEM_WORDS
        and not _ID.search(sentence.text)
        and not pattern("documents", "not_a_document").search(tidy(sentence.text))
    )


def _mentions(text: str) -> list[tuple[int, int, str]]:
    """Each document kind named in `text`: (start, end, kind), in order."""
    found, lower = [], lowered(text)
    if lower is not None and not any_document().search(lower):
        return []
    for group in document_groups():
        if span := group.first(text, lower):
            found.append((*span, group.kind))
    return sorted(found)


def _clause(text: str, at: int) -> str:
    """The clause of `text` around position `at`: between semicolons (or the text)."""
    start = text.rfind(";", 0, at) + 1
    end = text.find(";", at)
    return text[start : end if end >= 0 else len(text)]


def _dated(text: str, mentions: list[tuple[int, int, str]], lead: str) -> dict[str, int]:
    """The window of each mention: the window phrase after it reaches back over a run of
    documents joined by "or", "and" or commas ("invoices or receipts from the last 365
    days"); a window in the lead-in line covers every item of its list."""
    if not (window := _window(text)):
        lead_window = _window(lead)
        return {kind: lead_window[0] for _, _, kind in mentions} if lead_window else {}
    days, at = window
    before = [mention for mention in mentions if mention[1] <= at]
    dated: dict[str, int] = {}
    for index in range(len(before) - 1, -1, -1):
        dated[before[index][2]] = days
        if index and not _JOINED.fullmatch(text[before[index - 1][1] : before[index][0]]):
            break
    return dated


_OPEN_END = re.compile(r"[^.!?:;]$")
_GOES_ON = re.compile(r"^[a-zà-ÿ]")


def unwrapped(all_sentences: list[Sentence]) -> list[Sentence]:
    """The sentences with a hard-wrapped one joined again: a sentence that ends a line
    without a stop, and the next line goes on in lower case ("provide invoices from your
    supplier" / "dated within the last 365 days and a plan of action.")."""
    joined: list[Sentence] = []
    for sentence in all_sentences:
        last = joined[-1] if joined else None
        if (
            last is not None
            and sentence.line == last.line + 1 + last.text.count("\n")
            and sentence.start == last.start + len(last.text) + 1
            and _OPEN_END.search(last.text)
            and _GOES_ON.match(sentence.text)
        ):
            joined[-1] = Sentence(f"{last.text}\n{sentence.text}", last.line, last.start)
        else:
            joined.append(sentence)
    return joined


def _evidence_asked(found: dict[str, tuple[int, DocumentRequest]]) -> bool:
    """Whether a document of a known kind is asked for, besides the plan of action (the
    appeal itself, not evidence)."""
    return any(kind not in {"other", "plan-of-action"} for kind in found)


def documents(all_sentences: list[Sentence], lines: list[str]) -> tuple[DocumentRequest, ...]:
    """One request per document kind, from the first sentence that asks for it. A bare
    placeholder ("supporting documentation") is `other` only when no document of a known
    kind but the plan of action is asked for."""
    cue, refusal = pattern("documents", "cues"), pattern("documents", "not_a_request")
    placeholder = pattern("documents", "placeholder")
    leads, items = _lead_ins(lines), _document_items(lines)
    found: dict[str, tuple[int, DocumentRequest]] = {}
    placeholders: list[tuple[int, DocumentRequest]] = []
    for sentence in unwrapped(all_sentences):
        lead = leads.get(sentence.line, "")
        if not any_document().search(sentence.text.lower()):
            if "other" not in found and _is_other_item(sentence, lines, items):
                found["other"] = (
                    sentence.start,
                    DocumentRequest("other", None, tidy(sentence.text)),
                )
            continue  # the quick test first: most sentences name no document
        if not (cue.search(sentence.text) or lead):
            continue
        mentions = _mentions(sentence.text)
        windows = _dated(sentence.text, mentions, lead)
        for start, end, kind in mentions:
            if refusal.search(_clause(sentence.text, start)):
                continue  # "must send the retraction; we do not accept forwarded ones"
            request = DocumentRequest(kind, windows.get(kind), tidy(sentence.text))
            if kind == "other" and placeholder.fullmatch(sentence.text[start:end]):
                placeholders.append((sentence.start + start, request))
            elif kind not in found:
                found[kind] = (sentence.start + start, request)
    if placeholders and "other" not in found and not _evidence_asked(found):
        found["other"] = placeholders[0]
    return tuple(request for _, request in sorted(found.values(), key=lambda item: item[0]))


def _item(line: str) -> str:
    text = tidy(line).rstrip(".;,: ")
    first = text.split(" ", 1)[0]
    if first == "A" or first[1:].islower():
        text = text[0].lower() + text[1:]
    return text


def _is_stop(line: str) -> bool:
    return bool(pattern("requests", "stop").search(line))


def _list_after(lines: list[str], start: int) -> list[str]:
    items: list[str] = []
    for line in lines[start + 1 : start + 1 + LIST_LENGTH]:
        if not line:
            if items:
                break
            continue
        if _is_stop(line) or len(line) > 400:
            break
        items.append(line)
    return items


def requests(lines: list[str]) -> tuple[str, ...]:
    """Each item an appeal reply asks for, from its request lists and "Greater detail" lines."""
    lead_in, item = pattern("requests", "lead_in"), pattern("requests", "item")
    found: list[str] = []
    for number, line in enumerate(lines):
        text = tidy(line)
        if item.search(text):
            found.append(text)
        elif lead_in.search(line):
            _, _, rest = line.partition(":")
            inline = [part for part in _INLINE_ITEMS.split(" " + rest) if part.strip()]
            if rest.strip():
                found += inline
            elif line.endswith(":"):
                found += _list_after(lines, number)
    return tuple(dict.fromkeys(_item(text) for text in found if _item(text)))[:MAX_ITEMS]
