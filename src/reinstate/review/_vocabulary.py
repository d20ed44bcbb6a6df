"""The spelling rule's wider vocabulary, beyond pyspellchecker's English list.

Real plans are full of brands, software, chemicals, places and people that no dictionary of
everyday English holds ("neem", "permethrin", "Shopify", "Dongguan"), while sellers' typos are
of a few known shapes. Three lists from registry packages, each read offline from the package
and cached as sorted text like the English list (`_words.cached_words`):

- ``wordfreq``'s large English list (Apache-2.0 code, CC-BY-SA 4.0 data; 321,000 words seen
  in Wikipedia, subtitles, news, books, the web and social media): a word it holds at or
  above `_WIDER_ZIPF` is a real word or name, not a typo;
- its words at or above `_COMMON_ZIPF` are the common words: parts of a compound
  ("dropshipper", "webhook") and the words a capitalised typo is near ("Exhbit");
- ``codespell``'s list of common misspellings (its ``dictionary.txt``, 65,000 typos, CC-BY-SA
  3.0) wins over both: "recieved" and "seperate" are frequent enough to be in wordfreq, and
  "occured" or "begining" look like inflections of known words.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from reinstate.review._words import WordSet, cached_words

# Zipf frequency (log10 of uses per billion words) from which a wordfreq word is known: the
# list stops at 1.0; below 1.5 it holds as many typos as rare words.
_WIDER_ZIPF = 1.0
# From here a word is common: everyday words, whose near misses are typos ("Recieve").
_COMMON_ZIPF = 3.5
# wordfreq's list (format "cB", version 1) is bins of words by frequency, one bin per
# centibel: bin i holds the words at -i/100 log10 frequency (zipf = 9 - i/100).
_BINS_PER_ZIPF = 100


def _package_file(package: str, *parts: str) -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent.joinpath(*parts)
    return path if path.is_file() else None


def _wordfreq_file() -> Path | None:
    return _package_file("wordfreq", "data", "large_en.msgpack.gz")


def _wordfreq_words(source: Path, lowest_zipf: float) -> Iterator[str]:
    import gzip

    import msgpack

    header, *bins = msgpack.unpackb(gzip.decompress(source.read_bytes()), raw=False)
    if header.get("format") != "cB" or header.get("version") != 1:
        return
    for index, words in enumerate(bins):
        if 9 - index / _BINS_PER_ZIPF < lowest_zipf:
            return
        yield from (w for w in words if w.isalpha() or "-" in w or "'" in w)


@cache
def wider_words() -> WordSet:
    """wordfreq's English words at or above `_WIDER_ZIPF` (empty without the package)."""
    source = _wordfreq_file()
    if source is None:
        return WordSet([])
    return cached_words(
        f"wordfreq{_WIDER_ZIPF:g}", source, lambda: _wordfreq_words(source, _WIDER_ZIPF)
    )


@cache
def common_words() -> WordSet:
    """wordfreq's English words at or above `_COMMON_ZIPF`."""
    source = _wordfreq_file()
    if source is None:
        return WordSet([])
    return cached_words(
        f"wordfreq{_COMMON_ZIPF:g}", source, lambda: _wordfreq_words(source, _COMMON_ZIPF)
    )


# Languages whose common words a plan quotes (a "factura", a "Rechnung", "la déclaration ...
# est jointe"), and the zipf from which a word of theirs is common.
_FOREIGN = ("es", "fr", "de", "it", "pt", "nl", "pl")
_FOREIGN_ZIPF = 3.0


@cache
def foreign_words() -> WordSet:
    """wordfreq's common words of `_FOREIGN` languages (empty without the package)."""
    sources = [_package_file("wordfreq", "data", f"large_{code}.msgpack.gz") for code in _FOREIGN]
    found = [source for source in sources if source is not None]
    if not found:
        return WordSet([])

    def build() -> Iterator[str]:
        for source in found:
            yield from _wordfreq_words(source, _FOREIGN_ZIPF)

    return cached_words(f"wordfreq-foreign{_FOREIGN_ZIPF:g}", found[0], build)


@cache
def misspellings() -> WordSet:
    """codespell's common misspellings of English words, lower case, one word each."""
    source = _package_file("codespell_lib", "data", "dictionary.txt")
    if source is None:
        return WordSet([])
    return cached_words("codespell", source, lambda: _codespell_typos(source))


def _codespell_typos(source: Path) -> Iterator[str]:
    for line in source.read_text(encoding="utf-8").splitlines():
        typo, _, _fixes = line.partition("->")
        if typo.isalpha() and typo.islower():
            yield typo


def typo_shapes(word: str) -> Iterator[str]:
    """The words `word` would be if one slip of the kinds sellers make were undone: two
    neighbouring letters swapped ("Exhbiit"), a letter too many ("Shippment", "Amazone") or
    one left out ("Adress", "Invetory"). A letter typed for another is not among them: names
    are often one letter from a word ("Keepa", "Canva")."""
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            yield word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    for i in range(len(word)):
        yield word[:i] + word[i + 1 :]
    for i in range(len(word) + 1):
        for letter in _LETTERS:
            yield word[:i] + letter + word[i:]


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
