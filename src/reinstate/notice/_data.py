"""The rules of notice reading, loaded from the TOML files in `data/`.

A phrase is a regular expression, matched case-insensitively, in which a space matches
any run of whitespace (line breaks included), so a wording wrapped across lines in a
copy-paste still matches. A group of phrases decides one kind and carries its source and
examples that must and must not match; tests/notice/test_data_examples.py walks them all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.kb import load_data

FLAGS = re.IGNORECASE


def compile_phrases(phrases: list[str] | tuple[str, ...], flags: int = FLAGS) -> re.Pattern[str]:
    """One pattern that matches any of `phrases` (spaces match any whitespace)."""
    joined = "|".join(f"(?:{phrase.replace(' ', r'\s+')})" for phrase in phrases)
    return re.compile(joined or r"(?!x)x", flags)


def fold(phrase: str) -> str:
    """`phrase` in lower case, escapes (`\\S`, `\\W`, `\\B`) left as they are."""
    out, escaped = [], False
    for char in phrase:
        out.append(char if escaped else char.lower())
        escaped = char == "\\" and not escaped
    return "".join(out)


def lowered(text: str) -> str | None:
    """`text` in lower case, or None when lowering changes its length (rare letters such
    as "İ"), so that positions in the lowered text are positions in `text`."""
    lower = text.lower()
    return lower if len(lower) == len(text) else None


@dataclass(frozen=True)
class PhraseGroup:
    """Phrases that decide one kind, with their weight, source and examples."""

    kind: str
    weight: float
    source: str
    phrases: tuple[str, ...]
    pattern: re.Pattern[str]
    folded: re.Pattern[str]
    match: tuple[str, ...]
    no_match: tuple[str, ...]

    def spans(self, text: str, lower: str | None = None) -> list[tuple[int, int]]:
        """Where the group's phrases occur in `text` (`lower` is `lowered(text)`).

        Matching lower-cased text without IGNORECASE is about three times faster."""
        if lower is not None:
            return [match.span() for match in self.folded.finditer(lower)]
        return [match.span() for match in self.pattern.finditer(text)]

    def first(self, text: str, lower: str | None = None) -> tuple[int, int] | None:
        """Where the group's first phrase occurs in `text`, if anywhere."""
        match = self.folded.search(lower) if lower is not None else self.pattern.search(text)
        return match.span() if match else None


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed TOML data file `data/<name>.toml`."""
    return load_data("reinstate.notice", f"{name}.toml")


def _group(raw: dict[str, Any], weight_key: str) -> PhraseGroup:
    phrases = tuple(raw["phrases"])
    return PhraseGroup(
        kind=raw["kind"],
        weight=float(raw[weight_key]),
        source=raw["source"],
        phrases=phrases,
        pattern=compile_phrases(phrases),
        folded=compile_phrases([fold(phrase) for phrase in phrases], flags=0),
        match=tuple(raw.get("match", ())),
        no_match=tuple(raw.get("no_match", ())),
    )


@cache
def message_type_groups() -> tuple[PhraseGroup, ...]:
    """Message-type groups, highest priority first."""
    groups = (_group(raw, "priority") for raw in load("message_types")["group"])
    return tuple(sorted(groups, key=lambda group: -group.weight))


@cache
def violation_groups() -> tuple[PhraseGroup, ...]:
    """Violation groups, weighted by confidence."""
    return tuple(_group(raw, "confidence") for raw in load("violations")["group"])


@cache
def document_groups() -> tuple[PhraseGroup, ...]:
    """Document-kind groups (weight unused)."""
    return tuple(_group({**raw, "w": 1}, "w") for raw in load("documents")["group"])


@cache
def any_document() -> re.Pattern[str]:
    """One folded pattern of every document phrase: a quick test before the groups."""
    return compile_phrases([fold(p) for group in document_groups() for p in group.phrases], 0)


@cache
def pattern(name: str, key: str) -> re.Pattern[str]:
    """The phrases listed under `key` in `data/<name>.toml`, as one pattern."""
    return compile_phrases(load(name)[key])


@cache
def patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """Each phrase listed under `key` in `data/<name>.toml`, compiled on its own."""
    return tuple(re.compile(p.replace(" ", r"\s+"), FLAGS) for p in load(name)[key])


def all_groups() -> tuple[PhraseGroup, ...]:
    """Every phrase group of every data file, for the example-walking test."""
    return message_type_groups() + violation_groups() + document_groups()
