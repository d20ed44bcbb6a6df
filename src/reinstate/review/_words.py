"""The English word list of the spelling rule, loaded fast.

The words are pyspellchecker's English list (offline, in the package). Parsing its gzipped
JSON takes about a fifth of a second, most of `reinstate check`'s start-up, so the list is
kept once as plain text in a cache folder (``$REINSTATE_CACHE_DIR``, else
``$XDG_CACHE_HOME/reinstate``, else ``~/.cache/reinstate``), keyed by the size and date of
the package's file. A cache that cannot be written is skipped silently.

Hashing 160,000 words into a set costs another 25 ms, more than a one-shot `reinstate
check` needs: a plan asks about a few hundred words. So the list is searched in sorted order
(`WordSet`) until it has been asked many times, and only then made a set (a long-running
process, such as the web app or a benchmark, gets the set after its first plans).
"""

from __future__ import annotations

import bisect
import importlib.util
import itertools
import os
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence, Set
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Look-ups by bisection before the word list is made a set (about 1 us each, against 25 ms
# for the set: a one-shot review of a 500-word plan asks about 300 to 600 words).
_SET_AFTER = 20_000


class WordSet(Set[str]):
    """A sorted word list that answers `in` by bisection, and becomes a set when used a lot.

    It is a list of words, or (read from the cache) one text of the words a line with the
    offset of each line, so that a one-shot run does not split 160,000 lines (10 ms)."""

    def __init__(self, ordered: list[str]) -> None:
        self._list: list[str] | None = ordered
        self._text = ""
        self._offsets: Sequence[int] = ()
        self._count = len(ordered)
        self._set: frozenset[str] | None = None
        self._asked = 0

    @classmethod
    def in_text(cls, text: str, offsets: Sequence[int]) -> WordSet:
        """The words of `text`, one a line, line `i` starting at ``offsets[i]`` (and the
        last offset one past the end of the text)."""
        words = cls([])
        words._list, words._text, words._offsets = None, text, offsets
        words._count = len(offsets) - 1
        return words

    def _ordered(self) -> list[str]:
        if self._list is None:
            self._list = self._text.split("\n")
        return self._list

    def _word_at(self, index: int) -> str:
        return self._text[self._offsets[index] : self._offsets[index + 1] - 1]

    def _as_set(self, asking: int) -> frozenset[str] | None:
        if self._set is None:
            self._asked += asking
            if self._asked > _SET_AFTER:
                self._set = frozenset(self._ordered())
        return self._set

    def __contains__(self, word: object) -> bool:
        found = self._as_set(1)
        if found is not None:
            return word in found
        if not isinstance(word, str):
            return False
        if self._list is not None:
            index = bisect.bisect_left(self._list, word)
            return index < self._count and self._list[index] == word
        index = bisect.bisect_left(range(self._count), word, key=self._word_at)
        return index < self._count and self._word_at(index) == word

    def missing(self, words: Iterable[str]) -> set[str]:
        """The `words` that are not in the list."""
        words = set(words)
        found = self._as_set(len(words))
        if found is not None:
            return words - found
        return {word for word in words if word not in self}

    def __iter__(self) -> Iterator[str]:
        return iter(self._ordered())

    def __len__(self) -> int:
        return self._count

    def __hash__(self) -> int:
        return id(self)


@dataclass(frozen=True)
class Lexicon:
    """Known words: the English list and the extra words (domain, British, config)."""

    base: WordSet
    extra: frozenset[str]

    def __contains__(self, word: object) -> bool:
        return word in self.base or word in self.extra

    def with_words(self, words: frozenset[str]) -> Lexicon:
        return Lexicon(self.base, self.extra | words) if words else self


def cache_dir() -> Path:
    explicit = os.environ.get("REINSTATE_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "reinstate"


@cache
def english_words() -> WordSet:
    """pyspellchecker's English words, lower case."""
    source = _source_file()
    if source is None:
        return WordSet(sorted(_words_from_speller()))
    return cached_words("en", source, lambda: _words_from_json(source))


def cached_words(tag: str, source: Path, build: Callable[[], Iterable[str]]) -> WordSet:
    """The words `build` makes from the file `source`, kept sorted in the cache folder as
    ``words-TAG-SIZE-DATE.txt`` (with its line offsets beside it) and read back from there."""
    stat = source.stat()
    cached = cache_dir() / f"words-{tag}-{stat.st_size}-{int(stat.st_mtime)}.txt"
    try:
        text = cached.read_text(encoding="utf-8")
    except OSError:
        pass
    else:
        indexed = _indexed(text, cached.with_suffix(f".{len(text)}.offsets"))
        if indexed is not None:
            return indexed
        ordered = text.split("\n")
        if all(a < b for a, b in itertools.pairwise(ordered[:51])):
            _write_offsets(cached, ordered)
            return WordSet(ordered)  # written sorted (the first words say so)
    ordered = sorted(frozenset(build()))
    write_atomically(cached, "\n".join(ordered))
    _write_offsets(cached, ordered)
    return WordSet(ordered)


def _words_from_json(source: Path) -> frozenset[str]:
    import gzip
    import json

    return frozenset(json.loads(gzip.decompress(source.read_bytes())))


def _write_offsets(cached: Path, ordered: list[str]) -> None:
    """Beside the cached list, the offset of each of its lines (native uint32), named by
    the length of the text they index."""
    offsets = array("I", itertools.accumulate((len(w) + 1 for w in ordered), initial=0))
    text_length = offsets[-1] - 1
    write_atomically(cached.with_suffix(f".{text_length}.offsets"), offsets.tobytes())


def _indexed(text: str, path: Path) -> WordSet | None:
    """The words of `text` by the offsets in `path`, if they fit it: the first and last
    offsets, a line break before a sample of lines, the first words in order."""
    offsets = array("I")
    try:
        offsets.frombytes(path.read_bytes())
    except (OSError, ValueError):
        return None
    count = len(offsets) - 1
    if count < 1 or offsets[0] != 0 or offsets[-1] != len(text) + 1:
        return None
    sample = range(1, count, max(1, count // 64))
    if any(text[offsets[i] - 1] != "\n" or offsets[i] <= offsets[i - 1] for i in sample):
        return None
    words = WordSet.in_text(text, offsets)
    first = [words._word_at(i) for i in range(min(count, 51))]
    return words if all(a < b for a, b in itertools.pairwise(first)) else None


def _source_file() -> Path | None:
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "resources" / "en.json.gz"
    return path if path.is_file() else None


def _words_from_speller() -> frozenset[str]:
    from spellchecker import SpellChecker

    return frozenset(SpellChecker().word_frequency.dictionary)


def write_atomically(path: Path, text: str | bytes) -> None:
    import tempfile

    data = text.encode("utf-8") if isinstance(text, str) else text
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as f:
            f.write(data)
        os.replace(f.name, path)
    except OSError:
        return  # a read-only home: the list is rebuilt next time
