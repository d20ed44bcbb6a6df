"""Playbooks: what Amazon expects for each violation kind, as data.

One file per violation slug of the taxonomy in ``kb/data/playbooks/<slug>.toml``, all of
the same shape; questions shared by every playbook live in ``kb/data/interview.toml``.
Everything is validated when it is loaded: a bad playbook is a ConfigError naming the file
and the field.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from reinstate.errors import ConfigError

QUESTION_KINDS = ("text", "date", "number", "choice", "list")
DRAFT_PARTS = ("root_cause", "corrective", "preventive")
_SOURCE = re.compile(r"^docs/domain/amazon\.md §\d+(?:\.\d+)*(?: .+)?$")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True)
class Question:
    """One interview question: its answer makes the plan specific."""

    id: str
    prompt: str
    kind: str
    required: bool
    help: str
    example: Any
    examples: tuple[Any, ...] = ()
    choices: tuple[tuple[str, str], ...] = ()  # (answer key, phrase the draft uses)

    @property
    def choice_keys(self) -> tuple[str, ...]:
        return tuple(key for key, _ in self.choices)


@dataclass(frozen=True)
class PreventiveAction:
    """A standing process: what, who owns it, how often, and how it is watched."""

    process: str
    owner: str
    frequency: str
    monitoring: str


@dataclass(frozen=True)
class Evidence:
    """A document Amazon expects for the kind (a slug of documents.toml) and its exhibit title."""

    kind: str
    title: str


@dataclass(frozen=True)
class Playbook:
    """What to write for one violation kind, and the questions that make it specific.

    `draft` holds sentence templates for each part (root_cause, corrective, preventive);
    an entry is a template or a list of alternative templates.
    """

    slug: str
    title: str
    root_causes: tuple[str, ...]
    corrective_actions: tuple[str, ...]
    preventive_actions: tuple[PreventiveAction, ...]
    evidence: tuple[Evidence, ...]
    things_to_consider: tuple[str, ...]
    pitfalls: tuple[str, ...]
    questions: tuple[Question, ...]
    metrics: tuple[str, ...]
    root_cause_data: tuple[str, ...]
    draft: dict[str, tuple[str | tuple[str, ...], ...]]
    source: tuple[str, ...]


def _fail(name: str, field: str, message: str) -> ConfigError:
    return ConfigError(message, path=f"reinstate/kb/data/{name}", field=field)


def _strings(data: dict[str, Any], key: str, name: str, *, empty: bool = False) -> tuple[str, ...]:
    value = data.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise _fail(name, key, "must be a list of non-empty strings")
    if not value and not empty:
        raise _fail(name, key, "must not be empty")
    return tuple(value)


def _text(data: dict[str, Any], key: str, name: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value.strip():
        raise _fail(name, key, "must be a non-empty string")
    return value


def question_from_dict(data: dict[str, Any], name: str, where: str) -> Question:
    """A question from its TOML table; `where` names it in errors (`questions[2]`)."""
    qid = _text(data, "id", name)
    if not _ID.match(qid):
        raise _fail(name, f"{where}.id", "must be lower_snake_case")
    kind = data.get("kind")
    if kind not in QUESTION_KINDS:
        raise _fail(name, f"{where}.kind", f"must be one of {', '.join(QUESTION_KINDS)}")
    choices = data.get("choices", {})
    if kind == "choice" and (not isinstance(choices, dict) or len(choices) < 2):
        raise _fail(name, f"{where}.choices", "a choice question needs at least two choices")
    if "example" not in data:
        raise _fail(name, f"{where}.example", "every question needs an example answer")
    return Question(
        id=qid,
        prompt=_text(data, "prompt", name),
        kind=kind,
        required=bool(data.get("required", False)),
        help=_text(data, "help", name),
        example=data["example"],
        examples=tuple(data.get("examples", [])),
        choices=tuple((str(k), str(v)) for k, v in choices.items()),
    )


@cache
def shared_questions() -> dict[str, Question]:
    """Questions every playbook may ask (interview.toml), by id."""
    from reinstate.kb import load_data

    rows = load_data("reinstate.kb", "interview.toml")["questions"]
    found = [
        question_from_dict(row, "interview.toml", f"questions[{i}]") for i, row in enumerate(rows)
    ]
    return {question.id: question for question in found}


def _preventive(data: dict[str, Any], name: str) -> tuple[PreventiveAction, ...]:
    rows = data.get("preventive_actions", [])
    if not rows:
        raise _fail(name, "preventive_actions", "must not be empty")
    keys = ("process", "owner", "frequency", "monitoring")
    return tuple(PreventiveAction(*(_text(row, key, name) for key in keys)) for row in rows)


def _evidence(data: dict[str, Any], name: str, known: set[str]) -> tuple[Evidence, ...]:
    found = []
    for index, row in enumerate(data.get("evidence", [])):
        kind = _text(row, "kind", name)
        if kind not in known:
            raise _fail(name, f"evidence[{index}].kind", f"unknown document kind {kind!r}")
        found.append(Evidence(kind, _text(row, "title", name)))
    if not found:
        raise _fail(name, "evidence", "must not be empty")
    return tuple(found)


def _draft(data: dict[str, Any], name: str) -> dict[str, tuple[str | tuple[str, ...], ...]]:
    table = data.get("draft")
    if not isinstance(table, dict):
        raise _fail(name, "draft", "must be a table of sentence templates")
    parts: dict[str, tuple[str | tuple[str, ...], ...]] = {}
    for part in DRAFT_PARTS:
        entries = table.get(part)
        if not isinstance(entries, list) or not entries:
            raise _fail(name, f"draft.{part}", "must be a non-empty list of templates")
        parts[part] = tuple(e if isinstance(e, str) else tuple(e) for e in entries)
    return parts


def _questions(data: dict[str, Any], name: str) -> tuple[Question, ...]:
    shared = shared_questions()
    questions = []
    for qid in _strings(data, "common_questions", name, empty=True):
        if qid not in shared:
            raise _fail(name, "common_questions", f"unknown shared question {qid!r}")
        questions.append(shared[qid])
    for index, row in enumerate(data.get("questions", [])):
        question = question_from_dict(row, name, f"questions[{index}]")
        if question.id in shared:
            raise _fail(name, f"questions[{index}].id", "repeats a shared question's id")
        questions.append(question)
    return tuple(questions)


def playbook_from_dict(data: dict[str, Any], name: str, known_documents: set[str]) -> Playbook:
    """A playbook from its TOML; a ConfigError names the file and the field at fault."""
    sources = _strings(data, "source", name)
    for source in sources:
        if not _SOURCE.match(source):
            raise _fail(name, "source", f"{source!r} must cite 'docs/domain/amazon.md §N'")
    return Playbook(
        slug=_text(data, "slug", name),
        title=_text(data, "title", name),
        root_causes=_strings(data, "root_causes", name),
        corrective_actions=_strings(data, "corrective_actions", name),
        preventive_actions=_preventive(data, name),
        evidence=_evidence(data, name, known_documents),
        things_to_consider=_strings(data, "things_to_consider", name, empty=True),
        pitfalls=_strings(data, "pitfalls", name),
        questions=_questions(data, name),
        metrics=_strings(data, "metrics", name, empty=True),
        root_cause_data=_strings(data, "root_cause_data", name, empty=True),
        draft=_draft(data, name),
        source=sources,
    )


@cache
def playbooks() -> dict[str, Playbook]:
    """The playbook of every violation kind, by slug; checked against the taxonomy."""
    from reinstate.kb import document_kinds, load_data, violation_kinds

    known = set(document_kinds())
    found = {}
    for slug in violation_kinds():
        name = f"playbooks/{slug}.toml"
        playbook = playbook_from_dict(load_data("reinstate.kb", name), name, known)
        if playbook.slug != slug:
            raise _fail(name, "slug", f"must be {slug!r}, the file's name")
        found[slug] = playbook
    return found


def playbook(slug: str) -> Playbook:
    """The playbook of violation kind `slug`; `other` for a kind with none."""
    books = playbooks()
    return books[slug] if slug in books else books["other"]
