"""tone.blame's `owned` setting: a sentence that owns the cause is not flagged by the
classifier's score alone, however many other parties it names; the rule's patterns still
apply to it."""

from __future__ import annotations

import pytest

from reinstate.findings import ConfigError, check_params
from reinstate.review import review_text
from reinstate.review._rules import rules_by_id
from reinstate.review._tone_model import LABELS, tone_model

OWNED = (
    "The courier left the parcels in the rain, and this was our mistake for choosing a service "
    "without tracking."
)
SHIFTED = "The supplier sent the wrong certificate and never told us."


def blame_rules(text: str) -> list[str]:
    return [f.rule for f in review_text(text).findings if f.rule == "tone.blame"]


def blame_score(text: str) -> float:
    return tone_model().probabilities([text])[0][LABELS.index("blame")]


def test_an_owning_sentence_the_classifier_scores_as_blame_is_not_flagged() -> None:
    threshold = float(rules_by_id()["tone.blame"].params["threshold"])
    assert blame_score(OWNED) >= threshold  # the classifier alone would flag it
    assert blame_rules(OWNED) == []


def test_the_same_parties_without_owning_the_cause_are_flagged() -> None:
    assert blame_rules(SHIFTED) == ["tone.blame"]


@pytest.mark.parametrize(
    "text",
    [
        "The carrier delivered 23 orders late because we booked the pickups after the cut-off.",
        "The buyer was right that the manual did not list the battery type.",
        "We approved the agency's listing text without checking the claims in it.",
    ],
)
def test_sentences_that_own_the_cause_while_naming_others_get_no_blame(text: str) -> None:
    assert blame_rules(text) == []


def test_the_rules_patterns_still_apply_to_an_owning_sentence() -> None:
    text = "This was not our fault, although it was our decision to use that courier."
    assert blame_rules(text) == ["tone.blame"]


def test_a_bad_owned_pattern_is_a_config_error_naming_the_rule() -> None:
    with pytest.raises(ConfigError, match=r"owned of rule tone\.blame"):
        check_params("tone.blame", {"owned": ["(unclosed"]}, "tone.toml")
