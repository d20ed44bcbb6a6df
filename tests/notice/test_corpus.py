"""The notice corpus: each notice reads exactly as its hand-checked golden JSON says."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from reinstate.notice import read_notice
from reinstate.notice._data import load

from ._expected import EXPECTED
from ._paths import CORPUS, corpus_notices

NOTICES = corpus_notices()
GOLDEN = {path: json.loads(path.with_suffix(".json").read_text("utf-8")) for path in NOTICES}


def _slugs(name: str) -> list[str]:
    return sorted({group["kind"] for group in load(name)["group"]})


@pytest.mark.parametrize("path", NOTICES, ids=lambda path: path.name)
def test_each_notice_reads_exactly_as_its_golden_file(path: Path) -> None:
    assert read_notice(path).to_dict() == GOLDEN[path]


def test_the_corpus_holds_at_least_sixty_notices_each_with_a_golden_file() -> None:
    assert len(NOTICES) >= 60
    stems = {path.stem for path in NOTICES}
    assert [path.name for path in CORPUS.glob("*.json") if path.stem not in stems] == []


def test_every_message_type_appears_at_least_twice() -> None:
    counts = dict.fromkeys(_slugs("message_types"), 0)
    for golden in GOLDEN.values():
        counts[golden["message_type"]] += 1
    assert {slug: n for slug, n in counts.items() if n < 2} == {}


def test_every_violation_kind_appears_at_least_twice() -> None:
    counts = dict.fromkeys(_slugs("violations"), 0)
    for golden in GOLDEN.values():
        for violation in golden["violations"]:
            counts[violation["kind"]] += 1
    assert {slug: n for slug, n in counts.items() if n < 2} == {}


def test_the_corpus_covers_every_container_and_several_violations_at_once() -> None:
    suffixes = {path.suffix for path in NOTICES}
    assert {".txt", ".eml", ".html"} <= suffixes
    assert sum(len(golden["violations"]) > 1 for golden in GOLDEN.values()) >= 3
    assert sum(bool(golden["requests"]) for golden in GOLDEN.values()) >= 4


def test_look_alike_tokens_are_not_taken_for_asins() -> None:
    notice = read_notice(CORPUS / "54-look-alike-tokens.txt")
    assert notice.asins == ("B0REALASN1",)
    assert notice.order_ids == ("112-3456789-0123456",)
    assert notice.skus == ("B0SKULIKE1",)


def test_every_asin_in_the_corpus_is_a_real_asin_shape() -> None:
    for golden in GOLDEN.values():
        for asin in golden["asins"]:
            assert len(asin) == 10, asin
            assert asin.startswith("B0") or asin[:9].isdigit(), asin


def test_every_issue_belongs_to_a_reported_violation_and_to_its_notice_asins() -> None:
    for golden in GOLDEN.values():
        kinds = {violation["kind"] for violation in golden["violations"]}
        for issue in golden["issues"]:
            assert issue["kind"] in kinds
            assert set(issue["asins"]) <= set(golden["asins"])


def _core(golden: dict[str, Any]) -> dict[str, Any]:
    """The fields of a golden file that the hand-written expectations name."""
    deadline = golden["deadline"] or {}
    return {
        "type": golden["message_type"],
        "v": [violation["kind"] for violation in golden["violations"]],
        "asins": golden["asins"],
        "orders": golden["order_ids"],
        "skus": golden["skus"],
        "brands": golden["brands"],
        "received": golden["received"],
        "deadline": deadline.get("text"),
        "docs": [document["kind"] for document in golden["documents"]],
        "windows": {d["kind"]: d["window_days"] for d in golden["documents"] if d["window_days"]},
        "mp": golden["marketplace"],
        "lang": golden["language"],
        "owner": golden["rights_owner"],
        "req": golden["requests"],
        "due": deadline.get("due"),
        "links": len(golden["policy_links"]),
        "issues": [(issue["kind"], issue["asins"]) for issue in golden["issues"]],
    }


DEFAULTS: dict[str, Any] = {"v": [], "asins": [], "orders": [], "skus": [], "brands": []}
DEFAULTS |= {"docs": [], "windows": {}, "lang": "en", "req": []}


@pytest.mark.parametrize("path", NOTICES, ids=lambda path: path.name)
def test_each_golden_file_agrees_with_the_hand_written_expectations(path: Path) -> None:
    expected = EXPECTED[path.stem]
    core = _core(GOLDEN[path])
    assert core["type"] == expected["type"]
    for key in ("v", "asins", "orders", "skus", "brands", "docs", "windows", "lang"):
        assert core[key] == expected.get(key, DEFAULTS[key]), key
    for key in ("received", "deadline", "mp", "owner"):
        assert core[key] == expected.get(key), key
    for key in ("req", "due", "links", "issues"):
        if key in expected:
            assert core[key] == expected[key], key


def test_every_notice_has_hand_written_expectations() -> None:
    assert sorted(EXPECTED) == sorted(path.stem for path in NOTICES)
