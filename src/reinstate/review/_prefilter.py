"""Matching a rule's patterns without scanning every position of the text.

Most rule patterns start at a word boundary with a word from a short list ("\\bthe
carrier lost", "\\b(?:fake|false) claims"). Python's regular expressions try every
position of the text against every alternative, which is where the reviewer spent most of
its time. Here each pattern is read once (with the standard library's own regex parser) to
learn the first letters (up to three) its matches can start with; a document's words are
listed once; and a rule's regex is only tried, with ``match``, at the starts of words whose
first letters fit. The hits are the same as ``finditer``'s (a test walks every rule over
the corpus); a pattern whose start cannot be read this way is scanned as before.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from reinstate.review._model import phrases_pattern

_PARSER: Any = importlib.import_module("re._parser")
_KEY = 3
_MAX_KEYS = 3000
_WORD_CHAR = re.compile(r"\w")
_WORD_START = re.compile(r"\w+")
Keys = tuple[frozenset[str], frozenset[str], frozenset[str]]


class _Unreadable(Exception):
    """A pattern whose matches may start other than at a word with known letters."""


Inputs = tuple[tuple[str, ...], tuple[str, ...], bool]  # patterns, phrases, mixed
_KNOWN: dict[Inputs, Keys | None] = {}


def start_keys(patterns: tuple[str, ...], phrases: tuple[str, ...], mixed: bool) -> Keys | None:
    """The first letters (1 to 3, lower case) that every match of the rule starts with, by
    length; None when some pattern may match elsewhere than at the start of a word (read
    from the cache ``remember_start_keys`` keeps, else from the patterns)."""
    inputs = (patterns, phrases, mixed)
    if inputs in _KNOWN:
        return _KNOWN[inputs]
    return _read_start_keys(patterns, phrases, mixed)


def remember_start_keys(rules: list[Inputs]) -> None:
    """Learn the start keys of `rules` from a cache file, or read them from the patterns
    and write that file. Reading the patterns of every built-in rule took about a tenth of
    `reinstate check`'s start-up. The file is named by this module's size and date and the
    Python version (whose parser reads the patterns), and holds the rules it was made from:
    if they differ in any way, the keys are read again. A file that cannot be read or
    written is skipped."""
    import json
    import sys

    from reinstate.review._words import cache_dir, write_atomically

    stat = Path(__file__).stat()
    version = "-".join(map(str, sys.version_info[:3]))
    path = cache_dir() / f"start-keys-{stat.st_size}-{int(stat.st_mtime)}-{version}.json"
    wanted = [[list(p), list(w), m] for p, w, m in rules]
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        if stored["rules"] == wanted:
            for inputs, keys in zip(rules, stored["keys"], strict=True):
                _KNOWN[inputs] = None if keys is None else _frozen(keys)
            return
    except (OSError, ValueError, KeyError, TypeError):
        pass
    found = [_read_start_keys(*inputs) for inputs in rules]
    _KNOWN.update(zip(rules, found, strict=True))
    keys = [None if k is None else [sorted(part) for part in k] for k in found]
    write_atomically(path, json.dumps({"rules": wanted, "keys": keys}))


def _frozen(keys: list[list[str]]) -> Keys:
    one, two, three = keys
    return frozenset(one), frozenset(two), frozenset(three)


@cache
def _read_start_keys(
    patterns: tuple[str, ...], phrases: tuple[str, ...], mixed: bool
) -> Keys | None:
    """The first letters (1 to 3, lower case) that every match of the rule starts with, by
    length; None when some pattern may match elsewhere than at the start of a word."""
    alternatives = list(patterns) + ([phrases_pattern(phrases)] if phrases else [])
    flags = re.IGNORECASE if mixed else 0
    keys: set[str] = set()
    try:
        for pattern in alternatives:
            keys |= _pattern_keys(pattern, flags)
    except (_Unreadable, RecursionError):
        return None
    # A whole word of one or two letters ("a", "we") is looked up among the words' first
    # three letters, where it stands for itself alone ("we", not "were" or "week").
    exact = {k[:-1] for k in keys if k.endswith(_WHOLE)}
    keys = {k for k in keys if not k.endswith(_WHOLE)} | {k for k in exact if len(k) >= _KEY}
    short = {k for k in exact if len(k) < _KEY}
    by_length = [frozenset(k.lower() for k in keys if len(k) == n) for n in (1, 2, 3)]
    return by_length[0], by_length[1], by_length[2] | frozenset(k.lower() for k in short)


def _pattern_keys(pattern: str, flags: int) -> set[str]:
    items = list(_PARSER.parse(pattern, flags))
    if not items or not _starts_a_word(items[0]):
        raise _Unreadable(pattern)
    return _prefixes(items[1:], "")


def _starts_a_word(item: tuple[Any, Any]) -> bool:
    """`\\b`, or a look-behind that forbids a word character before the match."""
    op, av = item
    if op.name == "AT":
        return bool(av.name == "AT_BOUNDARY")
    if op.name == "ASSERT_NOT" and av[0] == -1:
        return bool(re.fullmatch(_pattern_text(av[1]), "a") is not None)
    return False


def _pattern_text(subpattern: Any) -> str:
    """A look-behind's single-character class as a pattern (only what we need to test it
    against a word character); anything else makes the pattern unreadable."""
    items = list(subpattern)
    if len(items) != 1 or items[0][0].name != "IN":
        raise _Unreadable("look-behind")
    return "[" + "".join(_class_part(op, av) for op, av in items[0][1]) + "]"


def _class_part(op: Any, av: Any) -> str:
    if op.name == "LITERAL":
        return re.escape(chr(av))
    if op.name == "CATEGORY" and av.name == "CATEGORY_WORD":
        return r"\w"
    if op.name == "RANGE":
        return f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}"
    raise _Unreadable("look-behind")


def _prefixes(items: list[Any], prefix: str) -> set[str]:
    """Every way the sequence `items` can begin, after `prefix`, cut at _KEY letters or at
    the first element that is not a known word character."""
    if len(prefix) >= _KEY or not items:
        return _ended(prefix)
    if prefix and _not_a_word_character(items[0]):
        return {prefix + _WHOLE}  # the word ends here
    (op, av), rest = items[0], items[1:]
    name = op.name
    if name == "LITERAL" and _WORD_CHAR.match(chr(av)):
        return _prefixes(rest, prefix + chr(av))
    if name == "SUBPATTERN":
        return _prefixes(list(av[-1]) + rest, prefix)
    if name == "BRANCH":
        return _union(_prefixes(list(branch) + rest, prefix) for branch in av[1])
    if name == "IN" and all(o.name == "LITERAL" and _WORD_CHAR.match(chr(a)) for o, a in av):
        return _union(_prefixes(rest, prefix + chr(a)) for _, a in av)
    if name in ("MAX_REPEAT", "MIN_REPEAT"):
        once = _prefixes(list(av[2]), prefix)
        return once | _prefixes(rest, prefix) if av[0] == 0 else once
    return _ended(prefix)


_WHOLE = "$"  # marks a key that is a whole word


def _not_a_word_character(item: tuple[Any, Any]) -> bool:
    """Whether `item` can only match where no word character follows the text before it:
    a space or other non-word character, ``\\b``, or a look-ahead that forbids ``\\w``."""
    op, av = item
    name = op.name
    if name == "LITERAL":
        return not _WORD_CHAR.match(chr(av))
    if name == "IN":
        return all(_non_word_member(o, a) for o, a in av)
    if name == "AT":
        return bool(av.name == "AT_BOUNDARY")
    if name == "ASSERT_NOT" and av[0] == 1:
        inner = list(av[1])
        return len(inner) == 1 and inner[0][0].name == "IN" and _forbids_word(inner[0][1])
    if name in ("MAX_REPEAT", "MIN_REPEAT") and av[0] >= 1:
        inner = list(av[2])
        return bool(inner) and _not_a_word_character(inner[0])
    if name == "SUBPATTERN":
        inner = list(av[-1])
        return bool(inner) and _not_a_word_character(inner[0])
    return False


def _non_word_member(op: Any, av: Any) -> bool:
    if op.name == "LITERAL":
        return not _WORD_CHAR.match(chr(av))
    return bool(op.name == "CATEGORY" and av.name in ("CATEGORY_SPACE", "CATEGORY_NOT_WORD"))


def _forbids_word(members: Any) -> bool:
    return any(o.name == "CATEGORY" and a.name == "CATEGORY_WORD" for o, a in members)


def _ended(prefix: str) -> set[str]:
    if not prefix:
        raise _Unreadable("a match may start with no known letter")
    return {prefix}


def _union(parts: Iterator[set[str]] | Any) -> set[str]:
    found: set[str] = set()
    for part in parts:
        found |= part
        if len(found) > _MAX_KEYS:
            raise _Unreadable("too many ways to start")
    return found


WordStarts = tuple[dict[str, list[int]], dict[str, list[int]], dict[str, list[int]]]


def word_starts(folded: str, only: frozenset[str] | None = None) -> WordStarts:
    """Offsets of every run of word characters in `folded` (lower-case text), by its first
    one, two and three letters; with `only`, of the runs that start with one of those keys
    (all that the rules whose keys are in `only` look up, at a fraction of the words)."""
    by_three: dict[str, list[int]] = {}
    if only is None:
        for match in _WORD_START.finditer(folded):
            by_three.setdefault(match.group()[:_KEY], []).append(match.start())
    else:
        for match in _starting_with(only).finditer(folded):
            by_three.setdefault(match.group(), []).append(match.start())
    by_two: dict[str, list[int]] = {}
    by_one: dict[str, list[int]] = {}
    for letters, offsets in by_three.items():
        by_two.setdefault(letters[:2], []).extend(offsets)
        by_one.setdefault(letters[:1], []).extend(offsets)
    return by_one, by_two, by_three


@cache
def _starting_with(keys: frozenset[str]) -> re.Pattern[str]:
    """The first (up to three) letters of each word that begins with one of `keys`, the
    keys grouped by first letter so that the engine tries few of them at each word."""
    singles = {key for key in keys if len(key) == 1}
    branches = []
    for first in sorted({key[0] for key in keys}):
        if first in singles:
            branches.append(re.escape(first))
            continue
        rests = sorted({key[1:] for key in keys if key[0] == first}, key=len, reverse=True)
        branches.append(re.escape(first) + "(?:" + "|".join(map(re.escape, rests)) + ")")
    return re.compile(r"\b(?=" + "|".join(branches) + r")\w{1," + str(_KEY) + "}")


def matches(
    regex: re.Pattern[str], text: str, keys: Keys, starts: WordStarts
) -> Iterator[re.Match[str]]:
    """What ``regex.finditer(text)`` yields (non-empty matches), trying only word starts
    whose letters are in `keys`."""
    candidates: list[int] = []
    for wanted, found in zip(keys, starts, strict=True):
        for key in wanted:
            candidates += found.get(key, ())
    end = 0
    for start in sorted(set(candidates)):
        if start < end:
            continue
        match = regex.match(text, start)
        if match is not None and match.end() > start:
            end = match.end()
            yield match
