"""Every violation kind has a playbook of the same shape, valid against the taxonomy,
the document kinds and Amazon's sourced rules."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest

from reinstate.draft._answers import convert_answer
from reinstate.draft._compose import CONDITION
from reinstate.errors import ConfigError
from reinstate.kb import (
    Playbook,
    document_kinds,
    load_data,
    playbook,
    playbooks,
    shared_questions,
    violation_kinds,
)
from reinstate.kb._playbooks import playbook_from_dict

ROOT = Path(__file__).parents[2]
AMAZON = (
    (ROOT.parent / "shared" / "domain" / "amazon.md") if (ROOT.parent / "shared").exists() else None
)
BOOKS = sorted(playbooks().values(), key=lambda book: book.slug)
# Facts the composer offers every template besides the answers and exhibit citations.
CASE_FACTS = {"products", "short_products", "first_asin", "received", "kind_title"}


def test_there_is_one_playbook_per_violation_kind_of_the_taxonomy() -> None:
    assert sorted(playbooks()) == sorted(violation_kinds())
    files = sorted(p.stem for p in (ROOT / "src/reinstate/kb/data/playbooks").glob("*.toml"))
    assert files == sorted(violation_kinds())


@pytest.mark.parametrize("book", BOOKS, ids=lambda book: book.slug)
def test_each_playbook_has_every_part_and_cites_amazon_md(book: Playbook) -> None:
    assert book.root_causes
    assert book.corrective_actions
    assert book.pitfalls
    assert all(
        a.process and a.owner and a.frequency and a.monitoring for a in book.preventive_actions
    )
    assert all(e.kind in document_kinds() for e in book.evidence)
    assert all(re.match(r"docs/domain/amazon\.md §\d", source) for source in book.source)


@pytest.mark.parametrize("book", BOOKS, ids=lambda book: book.slug)
def test_each_sections_cited_exists_in_amazon_md(book: Playbook) -> None:
    domain = ROOT / "docs" / "domain" / "amazon.md"
    path = domain if domain.exists() else AMAZON
    if path is None or not path.exists():
        pytest.skip("amazon.md is not in this checkout")
    headings = set(re.findall(r"^#{2,3} (\d+(?:\.\d+)?)", path.read_text(), re.M))
    for source in book.source:
        section = source.split("§")[1].split()[0]
        assert section in headings, f"{book.slug} cites §{section}, which amazon.md lacks"


@pytest.mark.parametrize("book", BOOKS, ids=lambda book: book.slug)
def test_each_question_has_a_valid_example_and_a_unique_id(book: Playbook) -> None:
    ids = [question.id for question in book.questions]
    assert len(ids) == len(set(ids))
    for question in book.questions:
        for example in (question.example, *question.examples):
            convert_answer(question, example)  # raises when an example does not fit its kind


def test_a_question_asked_by_several_playbooks_is_the_same_question() -> None:
    seen: dict[str, object] = {}
    for book in BOOKS:
        for question in book.questions:
            assert seen.setdefault(question.id, question) == question, question.id


@pytest.mark.parametrize("book", BOOKS, ids=lambda book: book.slug)
def test_each_template_uses_only_facts_the_composer_offers(book: Playbook) -> None:
    known = CASE_FACTS | {q.id for q in book.questions}
    known |= {"cite_" + e.kind.replace("-", "_") for e in book.evidence}
    choices = {q.id: q.choice_keys for q in book.questions}
    for part, entries in book.draft.items():
        for entry in entries:
            for template in (entry,) if isinstance(entry, str) else entry:
                if condition := CONDITION.match(template.lstrip("?")):
                    question, answer = condition.group(1).split("=")
                    assert answer in choices[question], f"{book.slug}: {template}"
                names = {name for _, name, _, _ in string.Formatter().parse(template) if name}
                assert names <= known, f"{book.slug} {part}: {names - known}"


@pytest.mark.parametrize("book", BOOKS, ids=lambda book: book.slug)
def test_each_action_template_carries_a_case_fact(book: Playbook) -> None:
    """Corrective and preventive steps name a date, a product, a number or the owner, so
    two sellers' plans differ where their facts do."""
    for part in ("corrective", "preventive"):
        for entry in book.draft[part]:
            for template in (entry,) if isinstance(entry, str) else entry:
                names = {n for _, n, _, _ in string.Formatter().parse(template) if n}
                assert {n for n in names if not n.startswith("cite_")}, f"{book.slug}: {template}"


def test_the_authenticity_playbook_lists_amazons_things_to_consider() -> None:
    considered = " ".join(playbook("inauthentic").things_to_consider)
    for topic in ("Sourcing", "Listing", "Packaging", "Shipping"):
        assert topic in considered


def test_an_unknown_kind_gets_the_other_playbook() -> None:
    assert playbook("no-such-kind").slug == "other"


def test_every_playbook_asks_the_shared_questions() -> None:
    for book in BOOKS:
        assert set(shared_questions()) <= {q.id for q in book.questions}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"source": ["amazon says so"]}, "source"),
        ({"evidence": [{"kind": "selfie", "title": "x"}]}, "evidence[0].kind"),
        (
            {
                "questions": [
                    {"id": "x", "prompt": "p", "kind": "colour", "help": "h", "example": 1}
                ]
            },
            "questions[0].kind",
        ),
        (
            {"questions": [{"id": "x", "prompt": "p", "kind": "text", "help": "h"}]},
            "questions[0].example",
        ),
        ({"draft": {"root_cause": ["a"], "corrective": ["b"]}}, "draft.preventive"),
        ({"preventive_actions": []}, "preventive_actions"),
    ],
)
def test_a_bad_playbook_is_an_error_naming_the_file_and_field(
    change: dict[str, object], field: str
) -> None:
    data = load_data("reinstate.kb", "playbooks/late-shipment-rate.toml") | change
    with pytest.raises(ConfigError) as error:
        playbook_from_dict(data, "playbooks/late-shipment-rate.toml", set(document_kinds()))
    assert "late-shipment-rate.toml" in str(error.value)
    assert f'field "{field}"' in str(error.value)
