"""Every phrase group in the notice data files carries examples, and they hold."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reinstate.dates import parse_date
from reinstate.errors import ConfigError
from reinstate.findings import RuleShape
from reinstate.kb import load_data
from reinstate.notice import notice_rules
from reinstate.notice._data import (
    PhraseRule,
    _expanded,
    _rule,
    all_groups,
    check_file,
    compile_phrases,
    load,
    lowered,
    pattern,
)
from reinstate.notice._dates import find_deadline
from reinstate.notice._ids import brands, rights_owner, skus
from reinstate.notice._language import detect_language
from reinstate.notice._links import marketplace
from reinstate.notice._text import clean

GROUPS = all_groups()


def _name(group: PhraseRule) -> str:
    return f"{group.kind}:{group.phrases[0][:30]}"


@pytest.mark.parametrize("group", GROUPS, ids=_name)
def test_every_phrase_group_has_a_source_and_examples_both_ways(group: PhraseRule) -> None:
    assert group.source.strip()
    assert group.match, "a group needs examples that must match"
    assert group.no_match, "a group needs examples that must not match"


@pytest.mark.parametrize(
    ("group", "example"),
    [(group, example) for group in GROUPS for example in group.match],
    ids=lambda value: value if isinstance(value, str) else _name(value),
)
def test_each_match_example_is_found_by_its_group(group: PhraseRule, example: str) -> None:
    assert group.first(example), f"{group.kind} should match {example!r}"
    assert group.first(example, lowered(example)), f"{group.kind} should match {example!r} folded"


@pytest.mark.parametrize(
    ("group", "example"),
    [(group, example) for group in GROUPS for example in group.no_match],
    ids=lambda value: value if isinstance(value, str) else _name(value),
)
def test_each_no_match_example_is_left_alone_by_its_group(group: PhraseRule, example: str) -> None:
    assert not group.first(example), f"{group.kind} should not match {example!r}"
    assert not group.first(example, lowered(example)), f"{group.kind} folded matches {example!r}"


def _is_deadline(text: str) -> bool:
    return find_deadline([text], None) is not None


def _is_request(text: str) -> bool:
    return bool(
        pattern("requests", "lead_in").search(text) or pattern("requests", "item").search(text)
    )


@pytest.mark.parametrize(
    ("name", "found"), [("deadlines", _is_deadline), ("requests", _is_request)]
)
def test_pattern_lists_find_their_examples_and_skip_their_counter_examples(
    name: str, found: Callable[[str], bool]
) -> None:
    data = load(name)
    assert data["source"].strip()
    for example in data["match"]:
        assert found(example), example
    for example in data["no_match"]:
        assert not found(example), example


def test_every_data_file_names_its_source() -> None:
    names = ["message_types", "violations", "documents", "deadlines", "requests", "labels"]
    names += ["marketplaces", "languages"]
    for name in names:
        data = load(name)
        assert "source" in data or all(group["source"] for group in data["group"]), name


@pytest.mark.parametrize("example", load("labels")["example"], ids=lambda e: e["text"][:40])
def test_label_examples_read_their_values(example: dict[str, Any]) -> None:
    text = clean(example["text"])
    if "sku" in example:
        assert list(skus(text)[0]) == example["sku"]
    if "brand" in example:
        assert list(brands(text)) == example["brand"]
    if "rights_owner" in example:
        owner = rights_owner(text)
        assert owner is not None
        expected = [value or None for value in example["rights_owner"]]
        assert [owner.name, owner.email, owner.complaint_id] == expected


@pytest.mark.parametrize(("text", "code"), load("marketplaces")["examples"])
def test_marketplace_examples_read_their_marketplace(text: str, code: str) -> None:
    assert marketplace(text, ()) == (code or None)


@pytest.mark.parametrize(("text", "code"), load("languages")["examples"])
def test_language_examples_read_their_language(text: str, code: str) -> None:
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "place", "iso"), load_data("reinstate.kb", "dates.toml")["examples"]
)
def test_date_examples_read_their_date(text: str, place: str, iso: str) -> None:
    found = parse_date(text, place or None)
    assert found is not None
    assert found.isoformat() == iso


GOOD_RULE = {
    "id": "notice.violation.x",
    "kind": "inauthentic",
    "confidence": 0.9,
    "source": "amazon.md §3.2",
    "phrases": ["counterfeit"],
    "match": ["a counterfeit item"],
    "no_match": ["an authentic item"],
}


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"phrases": ["(unclosed"]}, "phrase 1 .* is not a regular expression"),
        ({"kind": "made-up"}, "unknown kind 'made-up'"),
        ({"no_match": []}, "no_match must be a list of at least one string"),
        ({"confidence": "high"}, "confidence must be a number"),
        ({"colour": "red"}, r"unknown fields \['colour'\]"),
        ({"source": ""}, "a rule needs source"),
    ],
)
def test_a_bad_notice_rule_fails_when_the_data_loads_naming_file_and_rule(
    change: dict[str, Any], words: str
) -> None:
    with pytest.raises(ConfigError, match=words) as raised:
        _rule(GOOD_RULE | change, "violations", {})
    assert raised.value.path == "reinstate/notice/data/violations.toml"
    assert raised.value.field == "notice.violation.x"


def test_a_bad_phrase_list_fails_when_its_file_loads() -> None:
    data = dict(load("requests")) | {"stop": ["[a-"]}
    with pytest.raises(ConfigError, match="phrase 1") as raised:
        check_file("requests", data)
    assert raised.value.field == "stop"


def test_every_notice_rule_is_on_the_shared_shape_with_a_unique_id() -> None:
    rules = notice_rules()
    ids = [rule.id for rule in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        shaped: RuleShape = rule
        assert shaped.id.startswith("notice.")
        assert all([shaped.message, shaped.why, shaped.source, shaped.match, shaped.no_match])


def _naive(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p.replace(' ', r'\s+')})" for p in phrases), re.I)


CORPUS_TEXTS = [
    path.read_text("utf-8", errors="replace")
    for path in sorted((Path(__file__).parents[1] / "corpus" / "notices").glob("*.txt"))
]


@pytest.mark.parametrize("group", GROUPS, ids=_name)
def test_the_faster_compiled_phrases_find_the_same_spans_as_the_phrases(
    group: PhraseRule,
) -> None:
    naive = _naive(group.phrases)
    for text in CORPUS_TEXTS + list(group.match) + list(group.no_match):
        expected = [m.span() for m in naive.finditer(text)]
        assert group.spans(text) == expected
        assert group.spans(text, lowered(text)) == expected


@pytest.mark.parametrize(
    ("phrase", "branches"),
    [
        ("(?:the )?quagga", ["the quagga", "quagga"]),
        ("(?:we|amazon) x", ["we x", "amazon x"]),
        ("(?:a|b)+c", ["(?:a|b)+c"]),
        ("(?P<n>x) y", ["(?P<n>x) y"]),
    ],
)
def test_a_leading_group_is_spread_into_branches_in_order(phrase: str, branches: list[str]) -> None:
    assert _expanded(phrase) == branches


def test_a_leading_word_boundary_becomes_a_letter_then_a_look_behind() -> None:
    pattern = compile_phrases([r"\bPOA\b"])
    assert pattern.pattern == r"(?:P(?<!\wP)OA\b)"
    assert [m.span() for m in pattern.finditer("POA, a POA; aPOA")] == [(0, 3), (7, 10)]
