"""The held-out set of round 4 (tests/corpus/heldout-r4), written by a helper who never read
the reviewer's rules, data or tests: 382 tone sentences (blame 71, threat 70, emotive 70,
neutral 171, about a tenth of each in German, French, Spanish or Italian) and 20 plans (8
strong, 12 weak with 24 injected defects).

It was measured once with this round's code before anything was changed for it
(docs/heldout/review-r4.md); those first-run figures are floors here. They are below the
issue's goals (90 % per tone class, 0 false findings on strong plans): the suite keeps them
from dropping, it does not say they are enough."""

from __future__ import annotations

from pathlib import Path

from tests.review.heldout_floors import floors_tests, labels_of

SET = Path(__file__).parent.parent / "corpus" / "heldout-r4"
# First run of round 4 (docs/heldout/review-r4.md): caught 59 / 62 / 64 of 71 / 70 / 70, 5
# neutral alarms, 2 errors and 2 warnings on the strong plans, 21 of 24 defects. Raised after
# round 4 became development material (branches tone5 and plans5, docs/review.md); the tone
# model also trains on its sentences (data/tone/*-r4.txt), so these floors now guard against
# regressions and are no longer a held-out measure (the leave-out figures:
# benchmarks/tone_leaveout.py tests/corpus/heldout-r4 --strict). Round 5 is the judge.
FLOORS = {"blame": 70, "threat": 70, "emotive": 70}
MAX_NEUTRAL_ALARMS = 0  # of 171 neutral sentences
MAX_STRONG_ERRORS_AND_WARNINGS = 1  # on the 8 strong plans: 1 tone.blame error
MAX_STRONG_WARNINGS = 0
DEFECTS_CAUGHT = 24  # of the 24 injected into the 12 weak plans


def test_the_round_four_set_is_complete() -> None:
    labels = labels_of(SET)
    assert (labels.count("blame"), labels.count("threat"), labels.count("emotive")) == (71, 70, 70)
    assert labels.count("neutral") == 171
    assert len(list((SET / "plans").glob("*.md"))) == 20


floors_tests(globals(), SET)
