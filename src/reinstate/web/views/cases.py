"""Dashboard, new case, the case page, its state buttons, the audit log, seller accounts."""

from __future__ import annotations

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from reinstate.errors import ReinstateError
from reinstate.web import access, audit, work
from reinstate.web.forms import NewCaseForm, SellerForm
from reinstate.web.models import Case, Transition
from reinstate.web.states import OPEN_STATES, STATES, allowed, next_states

DASHBOARD_LIMIT = 50  # the nearest deadlines; more rows cost render time (bench_web)


def dashboard(request: HttpRequest) -> HttpResponse:
    cases = (
        access.cases_for(request.user)
        .filter(state__in=OPEN_STATES)
        .select_related("seller")
        .only("id", "title", "state", "deadline", "message_type", "seller__name", "updated")
        .order_by("deadline", "id")
    )
    total = cases.count()
    context = {
        "cases": cases[:DASHBOARD_LIMIT],
        "total": total,
        "can_create": access.sellers_for(request.user).exists(),
    }
    return render(request, "web/dashboard.html", context)


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
        "evidence_count": case.evidence.count(),
        "report_count": case.reports.count(),
    }
    return render(request, "web/case.html", context)


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
