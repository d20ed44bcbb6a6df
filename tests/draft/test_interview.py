"""The interview: questions merged across a notice's kinds, answers read and checked."""

from __future__ import annotations

import datetime
import tomllib
from pathlib import Path

import pytest

from reinstate.draft import (
    answers_template,
    check_answers,
    example_answers,
    interview_questions,
    load_answers,
)
from reinstate.errors import FormatError
from tests.draft.helpers import make_notice


def test_questions_of_several_kinds_are_merged_and_shared_ones_asked_once() -> None:
    notice = make_notice(("ip-trademark", "ip-suspected", "inauthentic"), 1)
    ids = [question.id for question in interview_questions(notice)]
    assert len(ids) == len(set(ids))
    assert ids.count("owner_role") == 1
    assert {"tm_mark", "suspected_element", "supplier_name", "listings_checked"} <= set(ids)


def test_the_template_holds_every_question_and_reads_back_as_the_examples(tmp_path: Path) -> None:
    questions = interview_questions(make_notice(("late-shipment-rate",), 1))
    path = tmp_path / "answers.toml"
    path.write_text(answers_template(questions))
    assert load_answers(path, questions) == example_answers(questions)
    assert set(tomllib.loads(path.read_text())) == {q.id for q in questions}


def test_answers_are_converted_to_their_kinds() -> None:
    questions = interview_questions(make_notice(("late-shipment-rate",), 1))
    raw = example_answers(questions) | {"fixed_on": "2026-10-20", "late_orders_shipped": "12"}
    answers = check_answers(raw, questions)
    assert answers["fixed_on"] == datetime.date(2026, 10, 20)
    assert answers["late_orders_shipped"] == 12


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"fixed_on": "last Tuesday"}, "fixed_on", "must be a date"),
        ({"late_cause": "weather"}, "late_cause", "must be one of"),
        ({"handling_days": "two"}, "handling_days", "number"),
        ({"owner_role": None}, "owner_role", "needs an answer"),
        ({"favourite_colour": "blue"}, "favourite_colour", "not a question of this notice"),
    ],
)
def test_a_bad_answer_names_the_file_and_the_field(
    tmp_path: Path, change: dict[str, object], field: str, words: str
) -> None:
    questions = interview_questions(make_notice(("late-shipment-rate",), 1))
    raw = {k: v for k, v in (example_answers(questions) | change).items() if v is not None}
    with pytest.raises(FormatError) as error:
        check_answers(raw, questions, "answers.toml")
    message = str(error.value)
    assert message.startswith(f'answers.toml, field "{field}":')
    assert words in message


def test_an_answers_file_that_is_not_toml_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "answers.toml"
    path.write_text("owner_role = \n")
    with pytest.raises(FormatError, match=r"answers\.toml: is not valid TOML"):
        load_answers(path, interview_questions(make_notice(("other",), 1)))


def test_seeded_answers_differ_by_seed_and_repeat_for_a_seed() -> None:
    questions = interview_questions(make_notice(("inauthentic",), 1))
    assert example_answers(questions, 3) == example_answers(questions, 3)
    assert example_answers(questions, 3) != example_answers(questions, 4)
