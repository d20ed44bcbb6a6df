"""Dashboard, new case, the case page, its state buttons, the audit log, seller accounts."""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from typing import Any

from django.contrib import messages
from django.db import transaction
from django.db.models import Count, F, Model, OuterRef, Q, Subquery
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from reinstate.errors import ReinstateError
from reinstate.web import access, audit, timing, work
from reinstate.web.filters import countdown, slug_label, urgency
from reinstate.web.forms import NewCaseForm, SellerForm
from reinstate.web.models import (
    Attempt,
    Case,
    EvidenceFile,
    ReportFile,
    SellerAccount,
    Transition,
)
from reinstate.web.states import OPEN_STATES, STATES, allowed, next_states

PAGE_SIZE = 25  # cases a dashboard page shows; more rows cost render time (bench_web)
MAX_PAGE = 400  # 10,000 cases: deeper pages cost a longer read of each organisation's index


def dashboard(request: HttpRequest) -> HttpResponse:
    scope = access.request_scope(request)
    page = page_number(request.GET.get("page", ""))
    cases, total = nearest_deadlines(scope, PAGE_SIZE, (page - 1) * PAGE_SIZE)
    pages = max(1, min(MAX_PAGE, -(-total // PAGE_SIZE)))
    if not cases and page > 1:  # past the last page (cases were closed meanwhile)
        return redirect(f"{reverse('dashboard')}?page={pages}")
    context = {
        "cases": cases,
        "total": total,
        "page": page,
        "pages": pages,
        "first_shown": (page - 1) * PAGE_SIZE + 1,
        "last_shown": (page - 1) * PAGE_SIZE + len(cases),
        "can_create": bool(scope.team)
        and SellerAccount.objects.filter(organisation_id__in=scope.team).exists(),
    }
    with timing.span("render"):
        return render(request, "web/dashboard.html", context)


def page_number(value: str) -> int:
    """The dashboard page asked for: 1 unless `value` is a whole number from 1 to MAX_PAGE."""
    return int(value) if value.isdigit() and 1 <= int(value) <= MAX_PAGE else 1


def nearest_deadlines(
    scope: access.Scope, limit: int, offset: int = 0
) -> tuple[list[dict[str, Any]], int]:
    """The open cases from the `offset`-th nearest deadline on (none last), at most `limit`, as
    rows ready to show, and how many are open.

    One query per organisation (and one for a client's sellers), each read in deadline order
    from an index and cut at `offset + limit`, then merged: an OR of organisations and sellers
    would make the database sort every open case."""
    parts = [Q(organisation_id=o) for o in scope.team]
    if scope.client_sellers:
        parts.append(Q(seller_id__in=sorted(scope.client_sellers)))
    fields = ("id", "title", "state", "deadline", "message_type", "seller__name")
    order = (F("deadline").asc(nulls_last=True), "id")
    cut = offset + limit
    runs = [
        Case.objects.filter(part, state__in=OPEN_STATES).order_by(*order).values(*fields)[:cut]
        for part in parts
    ]
    merged = heapq.merge(*runs, key=_deadline_order)
    # A case is in one run only, unless a client is linked to a seller of their own team.
    unique = (next(same) for _pk, same in itertools.groupby(merged, key=lambda c: c["id"]))
    total = scope.cases().filter(state__in=OPEN_STATES).count() if parts else 0
    shown = itertools.islice(unique, offset, cut)
    return [dashboard_row(case) for case in shown], total


def _deadline_order(case: dict[str, Any]) -> tuple[bool, dt.date, int]:
    return (case["deadline"] is None, case["deadline"] or dt.date.min, case["id"])


def dashboard_row(case: dict[str, Any]) -> dict[str, Any]:
    """What the dashboard shows of a case, worked out here rather than by template filters
    (50 rows of filters were most of the page's time: bench_web)."""
    deadline = case["deadline"]
    days = (deadline - dt.date.today()).days if deadline else None
    return {
        "url": reverse("case", args=[case["id"]]),
        "title": case["title"],
        "kind": slug_label(case["message_type"]),
        "seller": case["seller__name"],
        "state": case["state"],
        "state_label": STATES.get(case["state"], case["state"]),
        "urgency": urgency(days),
        "countdown": countdown(days),
        "deadline": deadline,
    }


def new_case(request: HttpRequest) -> HttpResponse:
    sellers = access.sellers_for(request.user)
    if not sellers.exists() and not access.team_organisations(request.user).exists():
        raise Http404("No such page.")
    form = NewCaseForm(request.POST or None, request.FILES or None, sellers=sellers)
    if request.method == "POST" and form.is_valid():
        text, name = form.notice()
        try:
            notice = work.read_pasted(text, name, form.cleaned_data.get("received"))
        except ReinstateError as error:
            form.add_error(None, error.sentence())
        else:
            case = _create_case(request, form.cleaned_data["seller"], text, notice)
            return redirect("case", case_id=case.pk)
    return render(request, "web/new_case.html", {"form": form, "has_sellers": sellers.exists()})


@transaction.atomic
def _create_case(request: HttpRequest, seller: object, text: str, notice: object) -> Case:
    case = Case.objects.create(
        organisation_id=seller.organisation_id,  # type: ignore[attr-defined]
        seller=seller,
        title=work.case_title(notice, str(seller)),  # type: ignore[arg-type]
        notice_text=text,
        created_by=request.user,
        **work.case_fields(notice),  # type: ignore[arg-type]
    )
    audit.record(request.user, "case.created", case=case, message_type=case.message_type)
    return case


@access.case_view()
def case_page(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    context = {
        "case": case,
        "role": role,
        "tab": "overview",
        "notice": case.notice,
        "next_states": [(s, STATES[s]) for s in next_states(case.state, role)],
        "transitions": case.transitions.select_related("by").order_by("-at")[:20],
        **progress(case),
    }
    with timing.span("render"):
        return render(request, "web/case.html", context)


def progress(case: Case) -> dict[str, int]:
    """How many report files, evidence files and attempts the case has, in one query."""
    counts = (
        Case.objects.filter(pk=case.pk)
        .values(
            report_count=_count_of(ReportFile),
            evidence_count=_count_of(EvidenceFile),
            attempt_count=_count_of(Attempt),
        )
        .get()
    )
    return {name: int(value or 0) for name, value in counts.items()}


def _count_of(model: type[Model]) -> Subquery:
    """How many rows of `model` belong to the case, as a subquery of the case's row."""
    rows = model.objects.filter(case=OuterRef("pk")).order_by().values("case")  # type: ignore[attr-defined]
    return Subquery(rows.annotate(n=Count("pk")).values("n"))


@require_POST
@access.case_view()
def change_state(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    target = request.POST.get("state", "")
    if target not in next_states(case.state, role):
        messages.error(request, "That move is not allowed from here.")
    else:
        move(request, case, target, role)
    return redirect("case", case_id=case.pk)


def move(request: HttpRequest, case: Case, target: str, role: str) -> None:
    """Move `case` to `target`, recording who did it, if the state machine allows it."""
    if not allowed(case.state, target, role):
        raise Http404("No such move.")
    Transition.objects.create(case=case, source=case.state, target=target, by=request.user)
    audit.record(request.user, "case.state", case=case, source=case.state, target=target)
    case.state = target
    case.save(update_fields=["state", "updated"])


@access.case_view()
def audit_log(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    events = case.events.select_related("actor").order_by("-at", "-id")[:500]
    return render(
        request, "web/audit.html", {"case": case, "role": role, "tab": "audit", "events": events}
    )


def sellers(request: HttpRequest) -> HttpResponse:
    organisations = access.team_organisations(request.user)
    if not organisations.exists():
        raise Http404("No such page.")
    form = SellerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        seller = form.save(commit=False)
        seller.organisation = organisations.first()
        seller.save()
        audit.record(
            request.user, "seller.created", organisation=seller.organisation, seller=seller.pk
        )
        messages.success(request, f"Seller account {seller.name} added.")
        return redirect("sellers")
    context = {"form": form, "sellers": access.sellers_for(request.user).order_by("name")}
    return render(request, "web/sellers.html", context)
