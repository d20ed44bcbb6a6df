"""Finding the three parts of a Plan of Action: by headings, inline labels and content.

A part is found, in this order of trust:
1. a heading or inline label that names it ("## Root cause", "Corrective actions:");
2. the content of paragraphs under no part heading, by the cue phrases each part uses;
3. one strong signal sentence anywhere ("To prevent this from happening again, ...").
The phrases live in ``data/sections.toml``.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache

from reinstate.kb import load_data
from reinstate.review._compiled import compiled
from reinstate.review._document import Document, Sentence

PARTS = ("root_cause", "corrective", "preventive")
_HEADING_ORDER = ("preventive", "corrective", "root_cause")
_SUBJECTS = frozenset({"we", "i", "our", "my", "they", "he", "she", "it", "this", "the", "a"})
_INLINE_LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z0-9 /&'()-]{1,60}?)\s*:\s*\S")
_CLOSING = "closing"


@dataclass
class Part:
    """One of the three parts, where the POA has it."""

    name: str
    sentences: list[Sentence] = field(default_factory=list)
    detected_by: str | None = None  # "heading", "content" or None when absent
    shared: bool = False  # under a heading that names more than one part
    shared_starts: set[int] = field(default_factory=set)  # the sentences under such headings

    @property
    def present(self) -> bool:
        return bool(self.sentences)

    @property
    def start(self) -> int:
        return self.sentences[0].start if self.sentences else -1


@dataclass(frozen=True)
class _PartPatterns:
    heading: re.Pattern[str]
    cues: re.Pattern[str]
    signals: re.Pattern[str]
    restates: re.Pattern[str]  # sentences whose cues do not count (they restate the notice)


@cache
def _patterns() -> tuple[dict[str, _PartPatterns], re.Pattern[str]]:
    data = load_data("reinstate.review", "sections.toml")
    parts = {
        name: _PartPatterns(
            heading=_alternation(row["heading"]),
            cues=_alternation(row["cues"]),
            signals=_alternation(row["signals"]),
            restates=_alternation(row.get("restates", ["(?!)"])),
        )
        for name, row in data["parts"].items()
    }
    return parts, _alternation(data["closing"]["heading"])


def _alternation(patterns: list[str]) -> re.Pattern[str]:
    return compiled("|".join(f"(?:{p})" for p in patterns), re.I)


def heading_parts(text: str) -> frozenset[str] | str | None:
    """The parts a heading names, `"closing"` for a closing heading, None for others."""
    parts, closing = _patterns()
    found = frozenset(name for name in _HEADING_ORDER if parts[name].heading.search(text))
    if "preventive" in found and "root_cause" in found and "corrective" not in found:
        found = frozenset({"preventive"})  # "steps to prevent the cause" is about prevention
    if found:
        return found
    return _CLOSING if closing.search(text) else None


def find_parts(doc: Document) -> dict[str, Part]:
    """The three parts of `doc`, by name (absent parts have no sentences)."""
    parts = {name: Part(name) for name in PARTS}
    unassigned = _assign_by_headings(doc, parts)
    _assign_by_content(unassigned, parts)
    _assign_by_signals(doc, parts)
    for part in parts.values():
        part.sentences.sort(key=lambda sentence: sentence.start)
    return parts


def _assign_by_headings(doc: Document, parts: dict[str, Part]) -> list[Sentence]:
    current: frozenset[str] | str | None = None
    unassigned = []
    block = -1
    for sentence in doc.sentences:
        opens_block, block = sentence.block != block, sentence.block
        label = _label_of(sentence, opens_block)
        if label is not None:
            named = heading_parts(label)
            if named is not None or sentence.is_heading:
                current = named if named is not None else current
            bare = _is_bare_label(sentence.text) or _is_run_in(sentence.text, opens_block)
            if sentence.is_heading or (named is not None and bare):
                continue
        if isinstance(current, frozenset):
            for name in current:
                parts[name].sentences.append(sentence)
                parts[name].detected_by = "heading"
                parts[name].shared = parts[name].shared or len(current) > 1
                if len(current) > 1:
                    parts[name].shared_starts.add(sentence.start)
        elif current is None:
            unassigned.append(sentence)
    return unassigned


def _label_of(sentence: Sentence, opens_block: bool = False) -> str | None:
    if sentence.is_heading or _is_bare_label(sentence.text):
        return sentence.text
    if _is_run_in(sentence.text, opens_block):
        return sentence.text.rstrip(".")
    match = _INLINE_LABEL.match(sentence.text)
    if match and len(match.group(1).split()) <= 7:
        return match.group(1)
    return None


def _is_bare_label(text: str) -> bool:
    """A short line without a full stop that names a part: "Root cause", "1) Actions taken"."""
    return len(text.split()) <= 10 and not text.rstrip().endswith((".", "!", ","))


def _is_run_in(text: str, opens_block: bool) -> bool:
    """A run-in heading: a paragraph that starts with a short phrase naming a part and a
    full stop ("Root cause. We moved our office ...", "How we are preventing a repeat.")."""
    words = text.split()
    if not opens_block or len(words) > 7 or not text.rstrip().endswith(".") or ":" in text:
        return False
    if words[0].lower().strip("*_") in _SUBJECTS:
        return False  # "We also contacted Callum." is a sentence, not a heading
    return isinstance(heading_parts(text.rstrip(". *_")), frozenset)


def _assign_by_content(sentences: list[Sentence], parts: dict[str, Part]) -> None:
    patterns, _ = _patterns()
    blocks: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        blocks.setdefault(sentence.block, []).append(sentence)
    for block in blocks.values():
        scores: Counter[str] = Counter()
        for sentence in block:
            for name in PARTS:
                if not patterns[name].restates.search(sentence.text):
                    scores[name] += len(patterns[name].cues.findall(sentence.text))
        if not scores or max(scores.values()) == 0:
            continue
        best = max(PARTS, key=lambda name: (scores[name], -PARTS.index(name)))
        if parts[best].detected_by != "heading":
            parts[best].sentences.extend(block)
            parts[best].detected_by = "content"


def _assign_by_signals(doc: Document, parts: dict[str, Part]) -> None:
    """A missing part from one strong signal. A root cause is not read from a sentence under
    another part's heading ("records the cause in our log" under "Preventive actions"), nor
    from one that restates the notice; prevention told among the corrective steps is."""
    patterns, _ = _patterns()
    under_headings = {
        s.start for part in parts.values() if part.detected_by == "heading" for s in part.sentences
    }
    for name in PARTS:
        part = parts[name]
        if part.present:
            continue
        for sentence in doc.sentences:
            if sentence.is_heading or (name == "root_cause" and sentence.start in under_headings):
                continue
            if patterns[name].signals.search(sentence.text) and not (
                patterns[name].restates.search(sentence.text)
            ):
                part.sentences.append(sentence)
                part.detected_by = "content"
                break


def has_cue(sentence: Sentence, part: str) -> bool:
    """Whether `sentence` carries a content cue of `part`."""
    patterns, _ = _patterns()
    return patterns[part].cues.search(sentence.text) is not None
