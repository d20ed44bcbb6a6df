"""The variety set (tests/corpus/notices-variety, 171 notices to learn from, and
notices-variety-heldout, 57 kept out of all tuning): written for issue 9 round 4 by the
helper who then worked on the reader (docs/notice.md "Quality"). The floors are the figures
measured when the set was added to the suite; a change that reads fewer right fails."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.notice.heldout import observed, source_of

CORPUS = Path(__file__).parent.parent / "corpus"
# (folder, notices, message types right at least, exact violation sets right at least)
FLOORS = {
    "notices-variety": (171, 171, 151),
    "notices-variety-heldout": (57, 48, 47),
}


def _scores(folder: str) -> tuple[int, int, int]:
    cases = sorted((CORPUS / folder).glob("*.expected.json"))
    types = violations = 0
    for case in cases:
        expected = json.loads(case.read_text(encoding="utf-8"))
        got = observed(source_of(case))
        types += got["message_type"] == expected["message_type"]
        if "violations" in expected:
            violations += got["violations"] == sorted(set(expected["violations"]))
    return len(cases), types, violations


@pytest.mark.parametrize("folder", sorted(FLOORS))
def test_the_variety_set_reads_at_least_its_recorded_figures(folder: str) -> None:
    count, types, violations = _scores(folder)
    want_count, want_types, want_violations = FLOORS[folder]
    assert count == want_count
    assert types >= want_types
    assert violations >= want_violations
