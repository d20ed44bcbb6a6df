"""Word lists that live beside the rules in ``review/data/wordlists``."""

from __future__ import annotations

from functools import cache

from reinstate.kb import read_data_text


@cache
def wordlist(name: str) -> frozenset[str]:
    """A word list: one entry a line, '#' starts a comment, compared in lower case."""
    return frozenset(wordlist_phrases(name))


@cache
def wordlist_phrases(name: str) -> tuple[str, ...]:
    lines = read_data_text("reinstate.review", f"wordlists/{name}").splitlines()
    return tuple(
        line.strip().lower() for line in lines if line.strip() and not line.startswith("#")
    )
