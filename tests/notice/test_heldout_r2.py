"""Round-2 held-out notices (tests/corpus/notices-heldout-r2): 20 notices written by a
helper who had never seen the reader's rules, each with the fields they expected.

First run, before any change for them (docs/heldout/notice-r2.md): the landed code read
message types 15/20, exact violation sets 14/20, ASINs and order IDs 20/20, deadlines 18/20,
documents 14/20; this branch's first run read 18/20, 17/20, 20/20, 20/20, 18/20, 14/20.
After fixing the kinds of its misses it reads 20/20 for all but documents (14/20, left as
they are: documents are not part of issue 9's notice goals), and this suite holds it there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.notice.heldout import observed, source_of

HELDOUT = Path(__file__).parent.parent / "corpus" / "notices-heldout-r2"
CASES = sorted(HELDOUT.glob("*.expected.json"))


def wanted(expected: dict[str, Any]) -> dict[str, Any]:
    return {
        "message_type": expected["message_type"],
        "violations": sorted(expected["violations"]),
        "asins": sorted(expected["asins"]),
        "order_ids": sorted(expected["order_ids"]),
        "deadline_days": expected["deadline_days"],
    }


def test_the_round_two_set_has_twenty_notices() -> None:
    assert len(CASES) == 20


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name.removesuffix(".expected.json"))
def test_a_round_two_notice_is_read_as_its_writer_expected(case: Path) -> None:
    expected = wanted(json.loads(case.read_text(encoding="utf-8")))
    got = observed(source_of(case))
    assert {field: got[field] for field in expected} == expected
