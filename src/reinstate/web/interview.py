"""The playbook interview as a web form: one field per question of the case's violations
(``reinstate.draft.interview_questions``), each answer checked by the core's
``convert_answer``; the answers compose the draft (``reinstate.draft.compose``)."""

from __future__ import annotations

from typing import Any

from django import forms

from reinstate.draft import Answer, compose, convert_answer, interview_questions
from reinstate.draft import Case as DraftCase
from reinstate.kb import Question
from reinstate.notice import Notice
from reinstate.web.models import Case


def case_notice(case: Case) -> Notice:
    """The case's notice, from the JSON notice intake stored (a FormatError if damaged)."""
    return Notice.from_dict(case.notice, source=f"case {case.pk} notice")


def questions_for(case: Case) -> tuple[Question, ...]:
    return interview_questions(case_notice(case))


def question_field(question: Question) -> forms.Field:
    """A form field for `question`; its value is checked in `InterviewForm.clean`."""
    common: dict[str, Any] = {
        "label": question.prompt,
        "required": False,
        "help_text": question.help,
    }
    example = _shown(question.example)
    if question.kind == "choice":
        choices = [("", "Choose one…")] + [
            (key, phrase[:1].upper() + phrase[1:]) for key, phrase in question.choices
        ]
        return forms.ChoiceField(choices=choices, **common)
    if question.kind == "date":
        return forms.CharField(widget=forms.DateInput(attrs={"type": "date"}), **common)
    if question.kind == "number":
        attrs = {"inputmode": "decimal", "placeholder": example}
        return forms.CharField(widget=forms.TextInput(attrs=attrs), **common)
    if question.kind == "list":
        attrs = {"rows": 3, "placeholder": f"One per line, e.g.\n{example}"}
        return forms.CharField(widget=forms.Textarea(attrs=attrs), **common)
    return forms.CharField(
        widget=forms.Textarea(attrs={"rows": 2, "placeholder": f"e.g. {example}"}),
        max_length=2000,
        **common,
    )


def _shown(value: Any) -> str:
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return str(value)


class InterviewForm(forms.Form):
    """The interview; `answers` holds the checked answers once the form is valid."""

    def __init__(
        self, *args: Any, questions: tuple[Question, ...], replacing: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.questions = questions
        self.answers: dict[str, Answer] = {}
        for question in questions:
            self.fields[question.id] = question_field(question)
        if replacing:
            self.fields["replace"] = forms.BooleanField(
                label="Replace the plan written so far with this draft",
                help_text="The audit log keeps who replaced it and when; the text itself is "
                "not kept unless an attempt froze it.",
            )

    def required_ids(self) -> set[str]:
        return {q.id for q in self.questions if q.required}

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for question in self.questions:
            value = _raw(question, data.get(question.id))
            if value in ("", []):
                if question.required:
                    self.add_error(question.id, "Answer this one: the plan needs it.")
                continue
            try:
                self.answers[question.id] = convert_answer(question, value)
            except ValueError as error:
                self.add_error(question.id, f"The answer {error}.")
        return data

    def saved(self) -> dict[str, str]:
        """The answers as typed, kept on the case to fill the form next time."""
        return {q.id: str(self.cleaned_data.get(q.id) or "") for q in self.questions}


def _raw(question: Question, value: Any) -> Any:
    text = str(value or "").strip()
    if question.kind == "list":
        return [line.strip() for line in text.splitlines() if line.strip()]
    return text


def compose_plan(case: Case, answers: dict[str, Answer]) -> str:
    """The drafted plan (Markdown) from the case's notice, metrics, exhibits and answers."""
    names = tuple(case.evidence.order_by("name").values_list("name", flat=True))
    draft = compose(
        DraftCase(
            notice=case_notice(case),
            answers=answers,
            metrics=case.metrics,
            exhibit_files=names,
        )
    )
    return draft.markdown
