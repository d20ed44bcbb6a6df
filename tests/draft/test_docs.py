"""docs/draft.md documents every option and playbook field; the example drafts in
docs/examples are what the composer writes today."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import click
import pytest

from reinstate.cli.draft import draft
from reinstate.draft import compose, interview_questions, load_answers, load_case, review_draft
from reinstate.findings import Skipped
from reinstate.kb import Playbook

ROOT = Path(__file__).parents[2]
DOC = (ROOT / "docs" / "draft.md").read_text()
EXAMPLES = sorted(p.parent for p in (ROOT / "docs" / "examples").glob("*/poa.md"))


@pytest.mark.parametrize(
    "option", [o for p in draft.params if isinstance(p, click.Option) for o in p.opts]
)
def test_every_option_of_draft_is_documented(option: str) -> None:
    assert option in DOC


@pytest.mark.parametrize("field", [f for f in Playbook.__dataclass_fields__ if f != "questions"])
def test_every_playbook_field_is_documented(field: str) -> None:
    assert f"`{field}`" in DOC or f"`[{field}]`" in DOC or f"`[[{field}]]`" in DOC


@pytest.mark.parametrize("folder", EXAMPLES, ids=lambda folder: folder.name)
def test_each_example_draft_is_what_the_composer_writes_and_waits_only_for_its_exhibits(
    folder: Path,
) -> None:
    metrics = folder / "metrics.json"
    case = load_case(folder / "notice.txt", metrics=metrics if metrics.exists() else None)
    case = replace(
        case, answers=load_answers(folder / "answers.toml", interview_questions(case.notice))
    )
    markdown = compose(case).markdown
    assert (folder / "poa.md").read_text() == markdown, (
        "regenerate with reinstate draft (docs/draft.md)"
    )
    review = review_draft(markdown, case)
    assert [f.message for f in review.findings if f.severity in ("error", "warning")] == []
    assert review.skipped == (Skipped("the exhibits the plan cites", "no --exhibits"),)


def test_there_are_two_examples() -> None:
    assert [folder.name for folder in EXAMPLES] == ["inauthentic", "late-shipment"]
