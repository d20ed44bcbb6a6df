"""Every rule flags its bad examples and passes its good ones (like proselint's
test_check_examples): a rule without examples fails the suite."""

from __future__ import annotations

import pytest

from reinstate.review import Rule, load_rules
from reinstate.review._document import Document
from reinstate.review._engine import run_rule
from tests.review.helpers import context_from

RULES = load_rules()
REQUIRED_IDS = [
    "structure.missing-root-cause",
    "structure.missing-corrective",
    "structure.missing-preventive",
    "structure.order",
    "length.too-short",
    "length.too-long",
    "tone.blame",
    "tone.threat",
    "tone.emotive",
    "tone.offensive",
    "tone.excuse",
    "style.support-case-reference",
    "style.introduction",
    "specificity.vague",
    "specificity.no-figures",
    "tense.corrective-future",
    "coverage.violation-unaddressed",
    "coverage.asin-missing",
    "coverage.document-missing",
    "evidence.missing-exhibit",
    "evidence.unused-exhibit",
    "evidence.unsupported-claim",
    "facts.metric-mismatch",
    "spelling.unknown-word",
    "grammar.repeated-word",
    "grammar.long-sentence",
    "privacy.customer-data",
]


def fires(rule: Rule, text: str) -> bool:
    return any(True for _ in run_rule(Document(text), context_from(rule.example_context), rule))


def examples(kind: str) -> list[object]:
    return [
        pytest.param(rule, text, id=f"{rule.id}-{number}")
        for rule in RULES
        for number, text in enumerate(getattr(rule, kind))
    ]


@pytest.mark.parametrize(("rule", "text"), examples("match"))
def test_a_rule_flags_its_bad_example(rule: Rule, text: str) -> None:
    assert fires(rule, text), f"{rule.id} did not flag: {text!r}"


@pytest.mark.parametrize(("rule", "text"), examples("no_match"))
def test_a_rule_passes_its_good_example(rule: Rule, text: str) -> None:
    assert not fires(rule, text), f"{rule.id} flagged: {text!r}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_has_bad_and_good_examples_and_a_source(rule: Rule) -> None:
    assert rule.match, f"{rule.id} has no bad examples"
    assert rule.no_match, f"{rule.id} has no good examples"
    assert rule.why.strip()
    assert rule.source.strip()


def test_every_rule_id_of_the_public_interface_exists() -> None:
    assert set(REQUIRED_IDS) <= {rule.id for rule in RULES}


def test_documents_asked_for_in_one_sentence_are_alternatives() -> None:
    from reinstate.review import NoticeFacts, ReviewContext, review_text

    notice = NoticeFacts.from_dict(
        {
            "version": 1,
            "documents": [
                {"kind": "invoice", "text": "Invoices or receipts from your supplier"},
                {"kind": "receipt", "text": "Invoices or receipts from your supplier"},
                {"kind": "letter-of-authorization", "text": "A letter of authorization"},
            ],
        }
    )
    review = review_text("Our supplier invoices are in Exhibit 1.", ReviewContext(notice=notice))
    messages = [f.message for f in review.findings if f.rule == "coverage.document-missing"]
    assert messages == [
        "The notice asks for letter of authorization, and the plan never mentions it."
    ]
