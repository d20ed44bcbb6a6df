"""The interview: the questions a notice calls for, and the seller's answers to them."""

from __future__ import annotations

import datetime
import random
import tomllib
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from reinstate.errors import FormatError
from reinstate.kb import Question, playbook
from reinstate.notice import Notice
from reinstate.textio import display_name, read_text

Answer = str | int | float | datetime.date | tuple[str, ...]


def notice_kinds(notice: Notice) -> tuple[str, ...]:
    """The violation kinds a plan must answer: the issues' kinds, else the violations'."""
    kinds = [issue.kind for issue in notice.issues] or list(notice.violation_kinds)
    return tuple(dict.fromkeys(kinds)) or ("other",)


def interview_questions(notice: Notice) -> tuple[Question, ...]:
    """The questions for every violation kind of `notice`, shared ones asked once."""
    merged: dict[str, Question] = {}
    for kind in notice_kinds(notice):
        for question in playbook(kind).questions:
            merged.setdefault(question.id, question)
    return tuple(merged.values())


def _date(value: Any) -> datetime.date:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    return datetime.date.fromisoformat(str(value).strip())


def _strings(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = list(value.split(";"))
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise ValueError("must be a list of strings")
    return tuple(v.strip() for v in value if v.strip())


def convert_answer(question: Question, value: Any) -> Answer:
    """`value` as the answer `question` expects; ValueError says what is wrong."""
    if question.kind == "date":
        try:
            return _date(value)
        except ValueError:
            raise ValueError("must be a date, YYYY-MM-DD") from None
    if question.kind == "number":
        try:
            if isinstance(value, bool):
                raise ValueError
            number = float(str(value).replace(",", "").strip())
        except ValueError:
            raise ValueError("must be a number, e.g. 12") from None
        return int(number) if number.is_integer() else number
    if question.kind == "choice":
        if str(value) not in question.choice_keys:
            raise ValueError(f"must be one of {', '.join(question.choice_keys)}")
        return str(value)
    if question.kind == "list":
        return _strings(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError("must be a non-empty text")
    return " ".join(value.split())


def check_answers(
    raw: Mapping[str, Any], questions: Iterable[Question], source: str = "<answers>"
) -> dict[str, Answer]:
    """Answers converted and checked; a FormatError names the file and the field."""
    by_id = {question.id: question for question in questions}
    for key in raw:
        if key not in by_id:
            known = ", ".join(sorted(by_id))
            raise FormatError(
                f"is not a question of this notice; questions are {known}", path=source, field=key
            )
    answers: dict[str, Answer] = {}
    for qid, question in by_id.items():
        value = raw.get(qid)
        if value is None or value == "" or value == []:
            if question.required:
                raise FormatError(f"needs an answer: {question.prompt}", path=source, field=qid)
            continue
        try:
            answers[qid] = convert_answer(question, value)
        except ValueError as error:
            raise FormatError(str(error), path=source, field=qid) from None
    return answers


def load_answers(path: str | Path, questions: Iterable[Question]) -> dict[str, Answer]:
    """The answers in a TOML file (`id = value` lines), checked against `questions`."""
    name = display_name(path)
    try:
        raw = tomllib.loads(read_text(path))
    except tomllib.TOMLDecodeError as error:
        raise FormatError(f"is not valid TOML ({error})", path=name) from None
    return check_answers(raw, questions, name)


def _toml_value(value: Any) -> str:
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


def answers_template(questions: Iterable[Question]) -> str:
    """A TOML file to fill in: every question as a comment, its example as the value."""
    lines = ["# Answers for `reinstate draft --answers`. Replace each example with your facts.", ""]
    for question in questions:
        need = "required" if question.required else "optional"
        lines.append(f"# {question.prompt} ({question.kind}, {need})")
        lines.append(f"# {question.help}")
        if question.choices:
            lines.append(f"# choices: {', '.join(question.choice_keys)}")
        lines.append(f"{question.id} = {_toml_value(question.example)}")
        lines.append("")
    return "\n".join(lines)


def example_answers(questions: Iterable[Question], seed: int | None = None) -> dict[str, Answer]:
    """Answers for trying the tool and for tests: the examples, or a seeded mix of them."""
    rng = random.Random(seed)
    answers: dict[str, Answer] = {}
    for question in questions:
        value = question.example if seed is None else _vary(question, rng)
        answers[question.id] = convert_answer(question, value)
    return answers


def _vary(question: Question, rng: random.Random) -> Any:
    if question.kind == "choice":
        return rng.choice(question.choice_keys)
    if question.kind == "date":
        return _date(question.example) + datetime.timedelta(days=rng.randint(-6, 6))
    if question.kind == "number":
        base = int(question.example)
        return rng.randint(max(1, base // 2), base * 2 + 3)
    pool = [question.example, *question.examples]
    return rng.choice(pool)
