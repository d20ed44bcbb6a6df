"""Reading German, French, Spanish, Italian, Portuguese and Japanese notices through a
glossary.

The phrase rules and the classifier were written and trained mostly in English. A notice in
one of the glossed languages is read twice: as it is, and through `data/glossary.toml`,
whose entries turn foreign wordings into the English that says the same thing ("Ihr
Verkäuferkonto wurde gesperrt" → "your selling account has been deactivated"). What the
English reading finds and the first did not is added (`_merge.merged`).

Entries apply in file order; a foreign wording is matched as whole words, case-insensitively,
a space matching any run of whitespace (Japanese, written without spaces, is matched
anywhere). Identifiers (ASINs, order IDs, SKUs) never change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reinstate.errors import ConfigError
from reinstate.notice._data import FLAGS, load

GLOSSED = ("de", "fr", "es", "it", "pt", "ja")
UNSPACED = frozenset({"ja"})  # written without spaces between words
MEANINGS = ("type", "violation", "document", "deadline")
_FIELDS = {"lang", "foreign", "english", "means", "reason", "example"}
_WHERE = "reinstate/notice/data/glossary.toml"
_LETTER = r"[^\W_]"


@dataclass(frozen=True)
class Entry:
    """One glossary entry: a foreign wording and the English it says."""

    number: int
    lang: str
    pattern: re.Pattern[str]
    english: str
    means: str
    reason: str
    example: str


def _problem(raw: object) -> str | None:
    if not isinstance(raw, dict):
        return "must be a table"
    if missing := _FIELDS - raw.keys():
        return f"lacks {', '.join(sorted(missing))}"
    if extra := raw.keys() - _FIELDS:
        return f"has unknown fields {', '.join(sorted(extra))}"
    if not all(isinstance(raw[key], str) for key in _FIELDS):
        return "must give every field as a string"
    if raw["lang"] not in GLOSSED:
        return f"names language {raw['lang']!r}; use one of {', '.join(GLOSSED)}"
    if raw["means"] and raw["means"].split(":")[0] not in MEANINGS:
        return f"means {raw['means']!r}; use type:, violation:, document: or deadline:"
    if not raw["reason"].strip() or not raw["example"].strip():
        return "needs a reason and an example"
    return None


def _compiled(raw: dict[str, str], number: int) -> re.Pattern[str]:
    foreign = raw["foreign"].replace(" ", r"\s+")
    if raw["lang"] not in UNSPACED:
        foreign = rf"(?<!{_LETTER})(?:{foreign})(?!{_LETTER})"
    try:
        pattern = re.compile(foreign, FLAGS)
        pattern.sub(raw["english"], "")  # a bad \g<name> in `english` fails here
    except (re.error, IndexError) as error:
        raise ConfigError(f"entry {number}: {error}", path=_WHERE, field="entry.foreign") from None
    return pattern


@cache
def entries(lang: str) -> tuple[Entry, ...]:
    """The entries of one language, in file order (checked when the file loads)."""
    found = []
    for number, raw in enumerate(load("glossary").get("entry", []), start=1):
        if problem := _problem(raw):
            raise ConfigError(f"entry {number} {problem}", path=_WHERE, field="entry")
        if raw["lang"] == lang:
            words = (raw["english"], raw["means"], raw["reason"], raw["example"])
            found.append(Entry(number, lang, _compiled(raw, number), *words))
    return tuple(found)


def all_entries() -> tuple[Entry, ...]:
    """Every entry of every language."""
    return tuple(entry for lang in GLOSSED for entry in entries(lang))


def gloss(text: str, lang: str) -> str:
    """`text` with every foreign wording of `lang` the glossary knows put in English
    (`text` itself for a language the glossary does not cover)."""
    for entry in entries(lang) if lang in GLOSSED else ():
        text = entry.pattern.sub(entry.english, text)
    return text
