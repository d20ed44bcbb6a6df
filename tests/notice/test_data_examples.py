"""Every phrase group in the notice data files carries examples, and they hold."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from reinstate.dates import parse_date
from reinstate.kb import load_data
from reinstate.notice._data import PhraseGroup, all_groups, load, lowered, pattern
from reinstate.notice._dates import find_deadline
from reinstate.notice._ids import brands, rights_owner, skus
from reinstate.notice._language import detect_language
from reinstate.notice._links import marketplace
from reinstate.notice._text import clean

GROUPS = all_groups()


def _name(group: PhraseGroup) -> str:
    return f"{group.kind}:{group.phrases[0][:30]}"


@pytest.mark.parametrize("group", GROUPS, ids=_name)
def test_every_phrase_group_has_a_source_and_examples_both_ways(group: PhraseGroup) -> None:
    assert group.source.strip()
    assert group.match, "a group needs examples that must match"
    assert group.no_match, "a group needs examples that must not match"


@pytest.mark.parametrize(
    ("group", "example"),
    [(group, example) for group in GROUPS for example in group.match],
    ids=lambda value: value if isinstance(value, str) else _name(value),
)
def test_each_match_example_is_found_by_its_group(group: PhraseGroup, example: str) -> None:
    assert group.first(example), f"{group.kind} should match {example!r}"
    assert group.first(example, lowered(example)), f"{group.kind} should match {example!r} folded"


@pytest.mark.parametrize(
    ("group", "example"),
    [(group, example) for group in GROUPS for example in group.no_match],
    ids=lambda value: value if isinstance(value, str) else _name(value),
)
def test_each_no_match_example_is_left_alone_by_its_group(group: PhraseGroup, example: str) -> None:
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
