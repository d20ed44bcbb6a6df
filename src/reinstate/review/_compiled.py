"""The rules' regular expressions, compiled once per machine rather than once per run.

Compiling the built-in rules' and sections' patterns took about a sixth of a cold
`reinstate check` (20 of 140 ms). Python cannot save a compiled pattern, but what its
compiler hands to the regex engine (``_sre.compile``: flags, a list of integers, the
groups) is plain data. It is kept with ``marshal`` in the cache folder of the word list
(``reinstate.review._words.cache_dir``), in a file named by the exact Python build and
regex engine version, so that no other Python reads it; a pattern not in it is compiled
with `re` as usual and added when the process ends. A pattern built from the cache is
equal (``==``, which compares the engine code) to `re.compile`'s: a test checks every
rule's. Any failure to read, use or write the file falls back to `re.compile`.

⚠ This uses CPython internals (``re._parser``, ``re._compiler._code``, ``_sre.compile``)
whose form may change between versions; the file name holds the version, and anything
unexpected is caught and compiled the usual way.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

_LIMIT = 2000  # patterns kept at most (config rules add theirs)
_Key = tuple[str, int]

_stored: dict[_Key, tuple[Any, ...]] | None = None
_added: dict[_Key, tuple[Any, ...]] = {}


def compiled(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when it is there."""
    key = (pattern, int(flags))
    args = _load().get(key)
    if args is not None:
        try:
            found: re.Pattern[str] = _engine().compile(pattern, *args)
            return found
        except Exception:
            pass
    regex = re.compile(pattern, flags)
    _remember(key, pattern, int(flags))
    return regex


def _engine() -> Any:
    return _internal("_sre")


def cache_file() -> Path:
    from reinstate.review._words import cache_dir

    build = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{_engine().MAGIC}"
    tag = "".join(c if c.isalnum() else "-" for c in f"{build}-{sys.version}")
    return cache_dir() / f"regex-{tag[:120]}.marshal"


def _load() -> dict[_Key, tuple[Any, ...]]:
    global _stored
    if _stored is None:
        import marshal

        try:
            loaded = marshal.loads(cache_file().read_bytes())
            _stored = loaded if isinstance(loaded, dict) else {}
        except (OSError, ValueError, EOFError, TypeError):
            _stored = {}
    return _stored


def _remember(key: _Key, pattern: str, flags: int) -> None:
    """What `re` hands the engine for `pattern`, to be written when the process ends."""
    if len(_load()) + len(_added) >= _LIMIT:
        return
    try:
        parsed: Any = _internal("re._parser").parse(pattern, flags)
        code = [int(op) for op in _internal("re._compiler")._code(parsed, flags)]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        args = (int(flags | state.flags), code, state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:
        return
    if not _added:
        import atexit

        atexit.register(_save)
    _added[key] = args


def _internal(name: str) -> Any:
    import importlib

    return importlib.import_module(name)


def _save() -> None:
    import marshal

    from reinstate.review._words import write_atomically

    try:
        data = marshal.dumps({**_load(), **_added})
    except ValueError:
        return
    write_atomically(cache_file(), data)
    _load().update(_added)
    _added.clear()
