"""The English word list of the spelling rule, loaded fast.

The words are pyspellchecker's English list (offline, in the package). Parsing its gzipped
JSON takes about a fifth of a second, most of `reinstate check`'s start-up, so the list is
kept once as plain text in a cache folder (``$REINSTATE_CACHE_DIR``, else
``$XDG_CACHE_HOME/reinstate``, else ``~/.cache/reinstate``), keyed by the size and date of
the package's file. A cache that cannot be written is skipped silently.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
import os
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path


@dataclass(frozen=True)
class Lexicon:
    """Known words: the English list and the extra words (domain, British, config)."""

    base: frozenset[str]
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
def english_words() -> frozenset[str]:
    """pyspellchecker's English words, lower case."""
    source = _source_file()
    if source is None:
        return _words_from_speller()
    stat = source.stat()
    cached = cache_dir() / f"words-en-{stat.st_size}-{int(stat.st_mtime)}.txt"
    try:
        return frozenset(cached.read_text(encoding="utf-8").split("\n"))
    except OSError:
        pass
    words = frozenset(json.loads(gzip.decompress(source.read_bytes())))
    _write_atomically(cached, "\n".join(sorted(words)))
    return words


def _source_file() -> Path | None:
    spec = importlib.util.find_spec("spellchecker")
    if spec is None or spec.origin is None:
        return None
    path = Path(spec.origin).parent / "resources" / "en.json.gz"
    return path if path.is_file() else None


def _words_from_speller() -> frozenset[str]:
    from spellchecker import SpellChecker

    return frozenset(SpellChecker().word_frequency.dictionary)


def _write_atomically(path: Path, text: str) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False, encoding="utf-8") as f:
            f.write(text)
        os.replace(f.name, path)
    except OSError:
        return  # a read-only home: the list is rebuilt next time
