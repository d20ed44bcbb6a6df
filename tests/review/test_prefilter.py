"""The prefilter of rule patterns finds exactly what a scan of every position finds."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.review import load_rules
from reinstate.review._checks._common import body_matches
from reinstate.review._document import Document
from reinstate.review._prefilter import matches, start_keys, word_starts

CORPUS = Path(__file__).parent.parent / "corpus" / "poa"
TEXTS = [case.read_text(encoding="utf-8") for case in sorted(CORPUS.glob("*.md"))]
RULES = [rule for rule in load_rules() if rule.regex is not None]


def spans(found: object) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in found if m.end() > m.start()]  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_the_prefiltered_matches_of_a_rule_are_those_of_a_full_scan(rule) -> None:
    keys = start_keys(rule.patterns, rule.phrases, rule.case == "mixed")
    if keys is None:
        pytest.skip("patterns that may start other than at a word are scanned in full")
    examples = "\n\n".join([*rule.match, *rule.no_match])
    for raw in [*TEXTS, examples]:
        doc = Document(raw)
        text = doc.masked if rule.case == "mixed" else doc.folded
        expected = spans(rule.regex.finditer(text))
        assert spans(matches(rule.regex, text, keys, word_starts(doc.folded))) == expected
        assert spans(body_matches_of(doc, rule)) == [
            span for span in expected if not doc.in_heading(span[0])
        ]


def body_matches_of(doc: Document, rule: object) -> list[object]:
    """The rule's hits through the reviewer's own path (the index of the words that some
    built-in rule can start with), as match-like spans."""

    class Span:
        def __init__(self, start: int, end: int) -> None:
            self._start, self._end = start, end

        def start(self) -> int:
            return self._start

        def end(self) -> int:
            return self._end

    return [Span(hit.start, hit.end) for hit in body_matches(doc, rule)]  # type: ignore[arg-type]


def test_most_rules_with_patterns_are_prefiltered() -> None:
    readable = [r for r in RULES if start_keys(r.patterns, r.phrases, r.case == "mixed")]
    assert len(readable) >= len(RULES) * 2 // 3


def test_a_pattern_that_may_start_with_punctuation_is_scanned_in_full() -> None:
    assert start_keys(("!+",), (), False) is None
    assert start_keys((r"\b(?:the|our) carrier",), (), False) == (
        frozenset(),
        frozenset(),
        frozenset({"the", "our"}),
    )


def test_the_start_keys_cache_holds_what_reading_the_patterns_gives(tmp_path, monkeypatch) -> None:
    from reinstate.review import _prefilter

    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_prefilter, "_KNOWN", {})
    inputs = [(r.patterns, r.phrases, r.case == "mixed") for r in RULES]
    _prefilter.remember_start_keys(inputs)  # reads the patterns, writes the file
    assert len(list(tmp_path.glob("start-keys-*.json"))) == 1
    monkeypatch.setattr(_prefilter, "_KNOWN", {})
    _prefilter.remember_start_keys(inputs)  # reads the file
    for patterns, phrases, mixed in inputs:
        read = _prefilter._read_start_keys(patterns, phrases, mixed)
        assert _prefilter._KNOWN[(patterns, phrases, mixed)] == read


def test_a_start_keys_cache_made_from_other_rules_is_not_used(tmp_path, monkeypatch) -> None:
    from reinstate.review import _prefilter

    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(_prefilter, "_KNOWN", {})
    _prefilter.remember_start_keys([((r"\bthe carrier",), (), False)])
    monkeypatch.setattr(_prefilter, "_KNOWN", {})
    changed = ((r"\bour carrier",), (), False)
    _prefilter.remember_start_keys([changed])
    assert _prefilter._KNOWN[changed] == (frozenset(), frozenset(), frozenset({"our"}))
