"""The draft in the browser: the playbook interview as a form, the composed plan saved as the
case's plan text (audited), the review shown beside it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.test import Client
from django.urls import reverse

from reinstate.draft import example_answers
from reinstate.web import interview
from reinstate.web.models import AuditEvent
from tests.web.conftest import Cast


def as_user(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def typed(value: Any) -> str:
    """An answer as a person types it in the form."""
    if isinstance(value, list | tuple):
        return "\n".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def filled_form(case: Any, **overrides: str) -> dict[str, str]:
    questions = interview.questions_for(case)
    answers = {qid: typed(v) for qid, v in example_answers(questions).items()}
    return {**answers, **overrides}


def test_the_draft_page_asks_the_playbook_questions_of_the_cases_violations(cast: Cast) -> None:
    page = as_user(cast.bob).get(reverse("draft", args=[cast.south_case.pk])).content.decode()
    questions = interview.questions_for(cast.south_case)
    assert questions
    for question in questions:
        assert f'name="{question.id}"' in page
    assert "Write the draft" in page
    assert 'name="replace"' not in page  # no plan yet: nothing to replace


def test_answers_compose_a_draft_saved_as_the_plan_and_audited(cast: Cast) -> None:
    case = cast.south_case
    client = as_user(cast.bob)
    response = client.post(reverse("draft", args=[case.pk]), filled_form(case))
    assert response.status_code == 302
    assert response["Location"] == reverse("plan", args=[case.pk])
    case.refresh_from_db()
    assert "Root cause" in case.poa_text
    assert len(case.poa_text.split()) > 150
    event = AuditEvent.objects.get(case=case, action="plan.drafted")
    assert event.actor == cast.bob
    assert event.detail["words"] == len(case.poa_text.split())
    assert case.poa_text not in str(event.detail)
    page = client.get(response["Location"]).content.decode()
    assert "Drafted from your answers" in page
    assert 'id="findings"' in page


def test_the_answers_are_kept_to_fill_the_form_again(cast: Cast) -> None:
    case = cast.south_case
    form = filled_form(case)
    as_user(cast.bob).post(reverse("draft", args=[case.pk]), form)
    case.refresh_from_db()
    first = next(q for q in interview.questions_for(case) if q.kind == "text" and form.get(q.id))
    assert case.draft_answers[first.id] == form[first.id]
    page = as_user(cast.bob).get(reverse("draft", args=[case.pk])).content.decode()
    assert form[first.id].replace("'", "&#x27;") in page


def test_a_missing_required_answer_is_named_and_nothing_is_saved(cast: Cast) -> None:
    case = cast.south_case
    required = next(q for q in interview.questions_for(case) if q.required)
    form = filled_form(case, **{required.id: ""})
    response = as_user(cast.bob).post(reverse("draft", args=[case.pk]), form)
    assert response.status_code == 200
    assert "Answer this one: the plan needs it." in response.content.decode()
    case.refresh_from_db()
    assert case.poa_text == ""
    assert not AuditEvent.objects.filter(action="plan.drafted").exists()


def test_an_answer_of_the_wrong_kind_says_what_it_must_be(cast: Cast) -> None:
    case = cast.south_case
    question = next(q for q in interview.questions_for(case) if q.kind in {"number", "date"})
    form = filled_form(case, **{question.id: "soon"})
    page = as_user(cast.bob).post(reverse("draft", args=[case.pk]), form).content.decode()
    assert "The answer must be a" in page


def test_replacing_a_plan_written_so_far_needs_a_tick(cast: Cast) -> None:
    case = cast.case  # has a plan already
    url = reverse("draft", args=[case.pk])
    page = as_user(cast.alice).post(url, filled_form(case)).content.decode()
    assert "tick the box to replace it" in page
    case.refresh_from_db()
    assert case.poa_text == "We will try to ship faster."
    response = as_user(cast.alice).post(url, filled_form(case, replace="on"))
    assert response.status_code == 302
    case.refresh_from_db()
    assert "Root cause" in case.poa_text
    assert AuditEvent.objects.get(action="plan.drafted").detail["replaced"] is True
