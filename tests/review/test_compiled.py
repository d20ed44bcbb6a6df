"""Patterns built from the compiled-pattern cache are the ones `re.compile` makes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reinstate.review import _compiled, load_rules
from reinstate.review._model import _factor_word_boundary, phrases_pattern

RULES = [rule for rule in load_rules() if rule.patterns or rule.phrases]


def rule_pattern(rule) -> tuple[str, int]:
    alternatives = list(rule.patterns) + ([phrases_pattern(rule.phrases)] if rule.phrases else [])
    flags = re.IGNORECASE if rule.case == "mixed" else 0
    return _factor_word_boundary(alternatives), int(flags)


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_compiled, "_stored", None)
    monkeypatch.setattr(_compiled, "_added", {})
    return tmp_path


def test_every_rule_pattern_from_the_cache_equals_what_re_compiles(fresh_cache: Path) -> None:
    patterns = [rule_pattern(rule) for rule in RULES] + [(r"(?P<word>\w+) \1|x", re.I)]
    first = [_compiled.compiled(p, f) for p, f in patterns]  # compiled by `re`, remembered
    _compiled._save()
    assert _compiled.cache_file().is_file()
    _compiled._stored = None  # as a new process: read the file
    again = [_compiled.compiled(p, f) for p, f in patterns]
    assert not _compiled._added, "every pattern came from the file"
    for (pattern, flags), made, cached in zip(patterns, first, again, strict=True):
        expected = re.compile(pattern, flags)
        assert made == expected
        assert cached == expected  # same flags, pattern and engine code
        assert cached.groupindex == expected.groupindex
    assert again[-1].match("Hi hi").group("word") == "Hi"


def test_a_damaged_cache_file_is_ignored(fresh_cache: Path) -> None:
    _compiled.cache_file().parent.mkdir(parents=True, exist_ok=True)
    _compiled.cache_file().write_bytes(b"not marshal data")
    assert _compiled.compiled(r"\bcarrier\b").search("the carrier lost it") is not None


def test_cached_engine_arguments_that_do_not_fit_are_compiled_as_usual(fresh_cache: Path) -> None:
    _compiled._stored = {("a+b", 0): ("wrong",)}
    assert _compiled.compiled("a+b") == re.compile("a+b")
