"""The plan editor with live review, and the attempts: submit (freezing a version), paste
Amazon's reply (classified; its requests become the next attempt's checklist), diff."""

from __future__ import annotations

import difflib

from django.contrib import messages
from django.db import transaction
from django.db.models import Max
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from reinstate.errors import ReinstateError
from reinstate.review import COLUMNS
from reinstate.web import access, audit, timing, work
from reinstate.web.forms import PlanForm, ReplyForm
from reinstate.web.models import Attempt, Case, PoaVersion
from reinstate.web.states import REPLY_STATES
from reinstate.web.views.cases import move

COLUMN_LABELS = {
    "root_cause": "Root cause",
    "corrective": "Corrective",
    "preventive": "Preventive",
    "evidence": "Evidence",
}


def review_context(case: Case, text: str) -> dict[str, object]:
    review, rows = work.review_plan(case, text)
    return {
        "case": case,
        "review": review,
        "findings": review.findings,
        "rows": rows,
        "columns": [(c, COLUMN_LABELS[c]) for c in COLUMNS],
    }


@access.case_view()
def plan(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    if request.method == "POST":
        if role not in access.TEAM_ROLES:
            raise Http404("No such page.")
        form = PlanForm(request.POST)
        if form.is_valid():
            case.poa_text = form.cleaned_data["text"]
            case.save(update_fields=["poa_text", "updated"])
            audit.record(request.user, "plan.saved", case=case, words=len(case.poa_text.split()))
            messages.success(request, "Plan saved.")
            return redirect("plan", case_id=case.pk)
    last = case.attempts.order_by("-number").first()
    context = {
        **review_context(case, case.poa_text),
        "role": role,
        "tab": "plan",
        "checklist": case.checklist,
        "last_attempt": last,
    }
    return render(request, "web/plan.html", context)


@require_POST
@access.case_view(team_only=True)
def live_review(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    """The findings and coverage matrix of the text being typed (not saved)."""
    form = PlanForm(request.POST)
    text = form.cleaned_data["text"] if form.is_valid() else ""
    context = review_context(case, text)
    with timing.span("render"):
        return render(request, "web/_review.html", context)


@access.case_view()
def attempts(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    items = list(case.attempts.select_related("version", "submitted_by").order_by("number"))
    context = {
        "case": case,
        "role": role,
        "tab": "attempts",
        "attempts": items,
        "reply_form": ReplyForm(),
        "diff": _diff_against_last(case, items),
        "can_submit": case.state == "ready" and role in access.TEAM_ROLES,
    }
    return render(request, "web/attempts.html", context)


def _diff_against_last(case: Case, items: list[Attempt]) -> list[tuple[str, str]] | None:
    """The working plan against the last submitted version (or the last two versions when
    the plan has not changed since): the changed lines with two lines of context around
    them, as ("add" | "del" | "same" | "gap", text)."""
    if not items:
        return None
    old = items[-1].version.text
    new = case.poa_text
    if new == old and len(items) > 1:
        old = items[-2].version.text
    before, after = old.splitlines(), new.splitlines()
    lines: list[tuple[str, str]] = []
    for group in difflib.SequenceMatcher(None, before, after).get_grouped_opcodes(2):
        if lines:
            lines.append(("gap", "…"))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                lines += [("same", line) for line in before[i1:i2]]
                continue
            lines += [("del", line) for line in before[i1:i2]]
            lines += [("add", line) for line in after[j1:j2]]
    return lines


@require_POST
@access.case_view(team_only=True)
def submit(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    """Mark the plan as submitted to Amazon: freeze it as a new version and open an attempt."""
    if case.state != "ready":
        messages.error(request, "Only a case that is ready can be marked as submitted.")
        return redirect("attempts", case_id=case.pk)
    with transaction.atomic():
        review, _rows = work.review_plan(case, case.poa_text)
        number = (case.versions.aggregate(n=Max("number"))["n"] or 0) + 1
        version = PoaVersion.objects.create(
            case=case,
            number=number,
            text=case.poa_text,
            summary=review.to_dict()["summary"],
            created_by=request.user,
        )
        attempt = Attempt.objects.create(
            case=case,
            number=case.attempts.count() + 1,
            version=version,
            checklist=case.checklist,
            submitted_by=request.user,
        )
        move(request, case, "submitted", role)
        audit.record(request.user, "attempt.submitted", case=case, attempt=attempt.number)
    messages.success(request, f"Attempt {attempt.number} marked as submitted (plan v{number}).")
    return redirect("attempts", case_id=case.pk)


@require_POST
@access.case_view(team_only=True)
def reply(request: HttpRequest, case: Case, role: str, number: int) -> HttpResponse:
    """Amazon's reply to an attempt, read by notice intake; moves the case by its type."""
    attempt = get_object_or_404(Attempt, case=case, number=number)
    form = ReplyForm(request.POST)
    if not form.is_valid() or case.state != "submitted" or attempt.reply_text:
        messages.error(request, "Paste Amazon's reply to the attempt that is awaiting one.")
        return redirect("attempts", case_id=case.pk)
    try:
        notice = work.read_pasted(form.cleaned_data["reply_text"])
    except ReinstateError as error:
        messages.error(request, error.sentence())
        return redirect("attempts", case_id=case.pk)
    target = REPLY_STATES.get(notice.message_type)
    if target is None:
        messages.error(
            request,
            f"This reads as a {notice.message_type.replace('-', ' ')} message, not a reply to "
            "an appeal (more information, denied or reinstated). Check what was pasted.",
        )
        return redirect("attempts", case_id=case.pk)
    _record_reply(request, case, attempt, notice, target, role)
    return redirect("attempts", case_id=case.pk)


@transaction.atomic
def _record_reply(
    request: HttpRequest, case: Case, attempt: Attempt, notice: object, target: str, role: str
) -> None:
    data = notice.to_dict()  # type: ignore[attr-defined]
    attempt.reply_text = request.POST["reply_text"]
    attempt.reply = data
    attempt.reply_type = data["message_type"]
    attempt.save()
    requests = list(data["requests"]) or [d["text"] for d in data["documents"]]
    case.checklist = [item.lstrip("-–—•* ").strip() for item in requests]
    case.save(update_fields=["checklist", "updated"])
    move(request, case, target, role)
    audit.record(
        request.user, "attempt.reply", case=case, attempt=attempt.number, type=attempt.reply_type
    )
