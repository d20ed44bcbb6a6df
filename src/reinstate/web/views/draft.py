"""The draft: the playbook interview of the case's violations as a form; on submit the core
composes the plan, which becomes the case's plan text (audited), and the editor shows its
review."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from reinstate.errors import ReinstateError
from reinstate.web import access, audit, interview
from reinstate.web.models import Case


@access.case_view(team_only=True)
def draft(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    context = {"case": case, "role": role, "tab": "draft"}
    try:
        questions = interview.questions_for(case)
    except ReinstateError as error:
        context["problem"] = error.sentence()
        return render(request, "web/draft.html", context)
    form = interview.InterviewForm(
        request.POST or None,
        questions=questions,
        replacing=bool(case.poa_text.strip()),
        initial=case.draft_answers,
    )
    if request.method == "POST" and form.is_valid():
        try:
            text = interview.compose_plan(case, form.answers)
        except ReinstateError as error:
            form.add_error(None, error.sentence())
        else:
            _save_draft(request, case, text, form.saved())
            words = len(text.split())
            messages.success(request, f"Drafted from your answers: {words} words. Review below.")
            return redirect("plan", case_id=case.pk)
    context |= {"form": form, "required": form.required_ids()}
    return render(request, "web/draft.html", context)


@transaction.atomic
def _save_draft(request: HttpRequest, case: Case, text: str, answers: dict[str, str]) -> None:
    replaced = bool(case.poa_text.strip())
    case.poa_text = text
    case.draft_answers = answers
    case.save(update_fields=["poa_text", "draft_answers", "updated"])
    audit.record(
        request.user,
        "plan.drafted",
        case=case,
        words=len(text.split()),
        answers=sum(1 for value in answers.values() if value),
        replaced=replaced,
    )
