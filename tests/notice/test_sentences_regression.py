"""Single sentences of wordings the reader once missed (tests/corpus/notice-sentences-
regression-*, first runs in tests/corpus/FIRST-RUN.md), each in a short notice: each names
exactly its violation, or decides the message type."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.notice import parse_notice
from reinstate.notice._naive_bayes import read_examples

FOLDERS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("notice-sentences-*"))
VIOLATIONS = [e for f in FOLDERS for e in read_examples((f / "violations.txt").read_text("utf-8"))]
TYPES = [e for f in FOLDERS for e in read_examples((f / "message-types.txt").read_text("utf-8"))]


@pytest.mark.parametrize(("kind", "sentence"), VIOLATIONS, ids=[s[:50] for _, s in VIOLATIONS])
def test_a_violation_sentence_names_exactly_its_kind(kind: str, sentence: str) -> None:
    text = f"Hello,\n\nWe have deactivated your Amazon selling account.\n\n{sentence}\n"
    assert [v.kind for v in parse_notice(text).violations] == [kind]


@pytest.mark.parametrize(("kind", "sentence"), TYPES, ids=[s[:50] for _, s in TYPES])
def test_a_message_type_sentence_decides_the_type(kind: str, sentence: str) -> None:
    text = f"Hello,\n\n{sentence}\n\nCustomers reported that the items were counterfeit.\n"
    assert parse_notice(text).message_type == kind
