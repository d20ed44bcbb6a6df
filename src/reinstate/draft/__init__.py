"""Drafting a Plan of Action from the case's own facts (pure core).

    case = load_case("notice.txt", answers=answers, metrics="metrics.json")
    draft = compose(case)
    draft.markdown          # the plan, Markdown
    draft.text              # the same, plain text

The interview (`interview_questions`, `load_answers`, `answers_template`) asks what makes
the plan specific; the playbooks of ``reinstate.kb`` hold what each violation kind needs.
See docs/draft.md.
"""

from __future__ import annotations

from dataclasses import dataclass

from reinstate.draft import _compose
from reinstate.draft._answers import (
    Answer,
    answers_template,
    check_answers,
    convert_answer,
    example_answers,
    interview_questions,
    load_answers,
    notice_kinds,
)
from reinstate.draft._case import Case, exhibit_file_names, load_case, read_metrics_json
from reinstate.draft._check import review_context, review_draft, write_text_atomically
from reinstate.draft._compose import case_issues
from reinstate.draft._exhibits import Exhibit
from reinstate.draft._factcheck import FactFinding, fact_check
from reinstate.draft._llm import API_KEY_VARIABLE, LLMSettings, WriterResult, llm_draft
from reinstate.draft._render import markdown_to_text, word_count

__all__ = [
    "API_KEY_VARIABLE",
    "Answer",
    "Case",
    "Draft",
    "Exhibit",
    "FactFinding",
    "LLMSettings",
    "WriterResult",
    "answers_template",
    "case_issues",
    "check_answers",
    "compose",
    "convert_answer",
    "example_answers",
    "exhibit_file_names",
    "fact_check",
    "interview_questions",
    "llm_draft",
    "load_answers",
    "load_case",
    "markdown_to_text",
    "notice_kinds",
    "read_metrics_json",
    "review_context",
    "review_draft",
    "word_count",
    "write_text_atomically",
]


@dataclass(frozen=True)
class Draft:
    """A drafted plan: Markdown, plain text, its exhibits and its length."""

    markdown: str
    exhibits: tuple[Exhibit, ...]

    @property
    def text(self) -> str:
        return markdown_to_text(self.markdown)

    @property
    def words(self) -> int:
        return word_count(self.markdown)

    def render(self, output_format: str = "markdown") -> str:
        return self.text if output_format == "text" else self.markdown


def compose(case: Case) -> Draft:
    """The deterministic draft of `case`: same case, same text."""
    markdown, exhibits = _compose.compose_markdown(case)
    return Draft(markdown, tuple(exhibits))
