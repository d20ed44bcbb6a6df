"""docs/limits.md states every limit of kb/data/limits.toml, with the same number."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from reinstate.kb import load_data

DOC = (Path(__file__).resolve().parents[2] / "docs" / "limits.md").read_text()
ROW = re.compile(r"^\| [^|]+ \| ([\d,]+) \| `\[(\w+)\] (\w+)` \|", re.MULTILINE)
DATA = load_data("reinstate.kb", "limits.toml")
NUMBERS = {
    (section, key): value
    for section, entries in DATA.items()
    for key, value in entries.items()
    if isinstance(value, int) and not isinstance(value, bool)
}
DOCUMENTED = {
    (section, key): int(value.replace(",", "")) for value, section, key in ROW.findall(DOC)
}


@pytest.mark.parametrize(("section", "key"), sorted(NUMBERS))
def test_every_limit_in_the_data_is_in_the_docs_with_its_value(section, key):
    assert (section, key) in DOCUMENTED, f"docs/limits.md has no row for [{section}] {key}"
    assert DOCUMENTED[section, key] == NUMBERS[section, key]


def test_every_limit_in_the_docs_is_in_the_data():
    assert set(DOCUMENTED) <= set(NUMBERS)


def test_pythons_own_integer_limit_is_the_one_documented():
    assert f"{sys.get_int_max_str_digits():,} digits" in DOC


def test_every_limit_in_the_data_says_why():
    for section, entries in DATA.items():
        assert any(key.startswith("why") for key in entries), f"[{section}] has no why"
