"""Who may see what: every view reaches a case through ``cases_for(user)``, so a case of
another organisation, or of another client, is a 404 and never data."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from reinstate.web.models import Case, Membership, Organisation, SellerAccount

TEAM_ROLES = ("owner", "staff")


def cases_for(user: Any) -> QuerySet[Case]:
    """The cases `user` may see: all of their organisations' as owner or staff, and those of
    their own seller accounts as a client."""
    if not user.is_authenticated:
        return Case.objects.none()
    team = Membership.objects.filter(user=user, role__in=TEAM_ROLES).values("organisation")
    client = Membership.objects.filter(user=user, role="client").values("seller_accounts")
    return Case.objects.filter(Q(organisation__in=team) | Q(seller__in=client))


def sellers_for(user: Any) -> QuerySet[SellerAccount]:
    """The seller accounts `user` may open cases for (owner or staff only)."""
    team = Membership.objects.filter(user=user, role__in=TEAM_ROLES).values("organisation")
    return SellerAccount.objects.filter(organisation__in=team).select_related("organisation")


def team_organisations(user: Any) -> QuerySet[Organisation]:
    team = Membership.objects.filter(user=user, role__in=TEAM_ROLES).values("organisation")
    return Organisation.objects.filter(pk__in=team)


def role_in(user: Any, case: Case) -> str:
    """The user's role on a case they can see ("owner", "staff" or "client")."""
    membership = Membership.objects.filter(user=user, organisation_id=case.organisation_id).first()
    if membership is None:
        raise Http404("No such case.")
    return membership.role


View = Callable[..., HttpResponse]


def case_view(*, team_only: bool = False) -> Callable[[View], View]:
    """Load the case named by the URL for the signed-in user, or answer 404.

    The view gets the case and the user's role. `team_only` views (editing the plan,
    uploading, submitting) are 404 for clients too, as if the page did not exist.
    """

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, case_id: int, *args: Any, **kwargs: Any) -> HttpResponse:
            case = get_object_or_404(cases_for(request.user).select_related("seller"), pk=case_id)
            role = role_in(request.user, case)
            if team_only and role not in TEAM_ROLES:
                raise Http404("No such page.")
            return view(request, case, role, *args, **kwargs)

        return wrapper

    return decorate
