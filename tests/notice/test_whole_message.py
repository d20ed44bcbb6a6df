"""The whole-message classifier of the message type: the shipped model is what the training
script makes, its cues hold their examples, a cue's gate never hides a match, and it reads
whole messages by what they say rather than by one phrase."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
from pathlib import Path
from types import ModuleType

import numpy as np
import pytest

from reinstate.notice import _message, _whole, parse_notice
from reinstate.notice._data import document_groups, load, message_type_groups, violation_groups

ROOT = Path(__file__).resolve().parents[2]
CUES = load("message_cues")["cue"]


def _training_script() -> ModuleType:
    path = str(ROOT / "scripts" / "train-notice-model")
    loader = importlib.machinery.SourceFileLoader("train_notice_model", path)
    spec = importlib.util.spec_from_loader(loader.name, loader)
    assert spec is not None
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_the_shipped_model_is_what_training_makes_from_the_notices() -> None:
    trained = _whole.train(_training_script().message_examples())
    shipped = _whole.model()
    assert shipped.labels == trained.labels
    assert shipped.vocabulary == trained.vocabulary
    assert np.allclose(shipped.weights, trained.weights, atol=1e-4)


def test_the_written_training_messages_cover_every_message_type_several_times() -> None:
    written = _training_script().written_messages(ROOT / "training" / "notice" / "messages")
    kinds = [kind for kind, _ in written]
    assert {kind: kinds.count(kind) >= 5 for kind in _whole.model().labels} == dict.fromkeys(
        _whole.model().labels, True
    )


@pytest.mark.parametrize("name", sorted(CUES))
def test_each_cue_finds_its_examples_and_not_its_counter_examples(name: str) -> None:
    found = {example: name in _whole.cues(example.lower()) for example in CUES[name]["match"]}
    missed = {example: name in _whole.cues(example.lower()) for example in CUES[name]["no_match"]}
    assert found == dict.fromkeys(CUES[name]["match"], True)
    assert missed == dict.fromkeys(CUES[name]["no_match"], False)


@pytest.mark.parametrize(
    ("phrase", "gate"),
    [
        ("under review", ("under review",)),
        ("(?:we )?(?:need|require) (?:you to|the following)", ("you to", "the following")),
        ("(?:not|in)sufficient", ("sufficient",)),
        (r"\d+ (?:days|hours) to", ("days", "hours")),
        (r"(?:\w+ ){0,2}been", ("been",)),
        (r"\d+", ("",)),
    ],
)
def test_a_gate_is_the_longest_words_every_match_holds(phrase: str, gate: tuple[str, ...]) -> None:
    assert _whole.gate(phrase) == gate


def test_every_match_of_every_cue_phrase_holds_one_of_its_gate_words() -> None:
    examples = [example.lower() for cue in CUES.values() for example in cue["match"]]
    held = {
        (phrase, example): any(word in match.group() for word in _whole.gate(phrase))
        for cue in CUES.values()
        for phrase in cue["phrases"]
        for example in examples
        if (match := re.search(phrase, example))
    }
    assert held
    assert all(held.values())


FIRST_REQUEST = """Hello,

We regularly confirm the details of the businesses that sell in our store. We need to confirm
the information you provided about your business. Until then, your disbursements are on hold.

Please send a copy of your passport and a bank statement issued in the last 90 days.

If we do not receive them within 30 days, your account may be deactivated.

Seller Verification
"""

STILL_DEACTIVATED = """Hello,

Your Amazon selling account remains deactivated.

We considered the information in your appeal. It did not show that your account operates
independently of an account that may not sell on Amazon. Your account is permanently
deactivated and we will not accept further appeals.

Seller Performance
"""


def test_a_first_verification_request_is_an_account_review_though_it_speaks_of_information_provided() -> (
    None
):
    assert _whole.model().best(FIRST_REQUEST)[0] == "account-review"
    assert parse_notice(FIRST_REQUEST).message_type == "account-review"


def test_an_account_that_remains_deactivated_after_an_appeal_is_a_denial() -> None:
    assert _whole.model().best(STILL_DEACTIVATED)[0] == "appeal-denied"
    assert parse_notice(STILL_DEACTIVATED).message_type == "appeal-denied"


def test_the_whole_message_type_shows_the_sentence_that_says_it_best() -> None:
    kind, evidence, rank = _message.decide(STILL_DEACTIVATED)
    assert (kind, rank) == ("appeal-denied", _message.WHOLE) or rank < _message.WHOLE
    assert evidence in " ".join(STILL_DEACTIVATED.split())


def test_the_classifier_is_not_asked_when_told_not_to() -> None:
    assert _message.decide(STILL_DEACTIVATED, whole=False)[2] != _message.WHOLE


def test_every_notice_rule_finds_its_examples_through_its_gate() -> None:
    rules = [*message_type_groups(), *violation_groups(), *document_groups()]
    gated = {
        (rule.id, example): rule.may_be_in(example.lower())
        for rule in rules
        for example in rule.match
        if rule.folded.search(example.lower())
    }
    assert sum(rule.gate != ("",) for rule in rules) > len(rules) // 2
    assert all(gated.values())
