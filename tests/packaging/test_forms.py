"""The data files of packaging: each form's examples pick it, and every limit and form
names its source."""

from __future__ import annotations

import pytest

from reinstate.kb import load_data, violation_kinds
from reinstate.packaging import choose_form
from reinstate.packaging._plain import Form, forms, limits


def choose(example: str) -> Form:
    if example in violation_kinds():
        return choose_form("listing-removal", (example,))
    return choose_form(example, ())


@pytest.mark.parametrize("form", forms(), ids=lambda form: form.id)
def test_each_form_is_chosen_for_its_match_examples_and_not_its_no_match(form: Form) -> None:
    assert form.match
    assert form.no_match
    for example in form.match:
        assert choose(example).id == form.id, example
    for example in form.no_match:
        assert choose(example).id != form.id, example


def test_a_notice_of_unknown_type_gets_the_account_form() -> None:
    assert choose_form("other", ()).id == "account"


def test_every_limit_and_form_names_its_source() -> None:
    for table in ("types", "size", "convert", "text"):
        assert limits()[table]["source"]
    assert all(form.source.startswith("docs/domain/amazon.md §") for form in forms())
    assert load_data("reinstate.packaging", "forms.toml")["email"]["source"]


def test_the_accepted_types_are_those_the_evidence_check_accepts() -> None:
    from reinstate.evidence._load import ACCEPTED

    assert set(limits()["types"]["accepted"]) == set(ACCEPTED)
