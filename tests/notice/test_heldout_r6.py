"""Round-6 held-out notices (tests/corpus/heldout-r6/notices): 34 messages written by a helper
who read only the domain notes (2014-2026 wordings, every message type, all 22 violation
slugs, twelve marketplaces, eleven in German, French, Spanish, Italian, Japanese and
Portuguese, forum and agency pastes, forwarded emails, saved Seller Central pages), each
with the fields its writer expected.

The folder sits outside tests/corpus/notices*, so the notice model never trains on it.
Measured once on the landed code before anything was changed for it, and again after this
round's tuners (who never saw it) had merged (docs/heldout/notice-r6.md); the floors are the
merged code's figures, below the issue's goals where the doc says so."""

from __future__ import annotations

from pathlib import Path

from tests.notice.heldout import read_right

HELDOUT = Path(__file__).parent.parent / "corpus" / "heldout-r6" / "notices"
CASES = sorted(HELDOUT.glob("*.expected.json"))
# First run on the landed code da54fcf: 29, 21, 34, 34, 33, 23; this round's merged code
# (notice8 among it), first run: 31, 26, 34, 34, 33, 24.
FLOORS = {
    "message_type": 31,
    "violations": 26,
    "asins": 34,
    "order_ids": 34,
    "deadline_days": 33,
    "document_kinds": 24,
}


def test_the_round_six_set_has_thirty_four_notices() -> None:
    assert len(CASES) == 34


def test_every_field_is_read_right_at_least_as_often_as_on_the_first_run() -> None:
    counts = read_right(HELDOUT, tuple(FLOORS))
    assert {field: counts[field] >= floor for field, floor in FLOORS.items()} == dict.fromkeys(
        FLOORS, True
    ), counts
