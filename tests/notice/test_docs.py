"""docs/notice.md documents the command, every JSON field, slug and data file."""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

import pytest

from reinstate.notice import parse_notice
from reinstate.notice._data import load

DOC = (Path(__file__).resolve().parents[2] / "docs" / "notice.md").read_text("utf-8")
SAMPLE = "We have deactivated your Amazon selling account. Send a plan of action in 17 days."


@pytest.mark.parametrize("field", list(parse_notice(SAMPLE).to_dict()))
def test_every_json_field_is_documented(field: str) -> None:
    assert f"`{field}`" in DOC


@pytest.mark.parametrize("name", ["message_types", "violations", "documents"])
def test_every_slug_is_documented(name: str) -> None:
    for group in load(name)["group"]:
        assert f"`{group['kind']}`" in DOC, group["kind"]


def test_every_data_file_is_documented() -> None:
    for entry in files("reinstate.notice").joinpath("data").iterdir():
        if entry.name.endswith(".toml"):
            assert f"`{entry.name}`" in DOC, entry.name


def test_the_command_and_its_options_are_documented() -> None:
    for text in ("reinstate notice FILE", "--format", "--received", "How to add a wording"):
        assert text in DOC


def test_no_phrase_uses_a_space_before_a_quantifier() -> None:
    """A space matches any whitespace run, so " ?" would mean "at least one space"."""
    for name in ["message_types", "violations", "documents"]:
        for group in load(name)["group"]:
            for phrase in group["phrases"]:
                assert not any(f" {q}" in phrase for q in "?*+{"), phrase
