"""Who may see what: every view reaches a case through ``cases_for(user)``, so a case of
another organisation, or of another client, is a 404 and never data.

A user's memberships are read once per request (``scope_of``: one query) and the case queries
are then plain ``IN`` lists the database answers from its indexes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q, QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from reinstate.web.models import Case, Membership, Organisation, SellerAccount

TEAM_ROLES = ("owner", "staff")


@dataclass(frozen=True)
class Scope:
    """A user's memberships: their role per organisation, and as a client, their sellers."""

    roles: dict[int, str]
    client_sellers: frozenset[int]

    @property
    def team(self) -> list[int]:
        """The organisations where the user is owner or staff."""
        return sorted(o for o, role in self.roles.items() if role in TEAM_ROLES)

    @property
    def owned(self) -> list[int]:
        return sorted(o for o, role in self.roles.items() if role == "owner")

    def cases(self) -> QuerySet[Case]:
        parts = []
        if self.team:
            parts.append(Q(organisation_id__in=self.team))
        if self.client_sellers:
            parts.append(Q(seller_id__in=sorted(self.client_sellers)))
        if not parts:
            return Case.objects.none()
        return Case.objects.filter(functools.reduce(lambda a, b: a | b, parts))

    def role_on(self, case: Case) -> str:
        """The user's role on a case they can see ("owner", "staff" or "client")."""
        role = self.roles.get(case.organisation_id)
        if role is None:
            raise Http404("No such case.")
        return role


NOBODY = Scope(roles={}, client_sellers=frozenset())


def scope_of(user: Any) -> Scope:
    """The memberships of `user`, read with one query (memberships joined to client sellers)."""
    if not user.is_authenticated:
        return NOBODY
    rows = Membership.objects.filter(user=user).values_list(
        "organisation_id", "role", "seller_accounts"
    )
    roles: dict[int, str] = {}
    sellers: set[int] = set()
    for organisation, role, seller in rows:
        roles[organisation] = role
        if role == "client" and seller is not None:
            sellers.add(seller)
    return Scope(roles=roles, client_sellers=frozenset(sellers))


def request_scope(request: HttpRequest) -> Scope:
    """The signed-in user's scope, read once per request."""
    cached = getattr(request, "_reinstate_scope", None)
    if cached is None:
        cached = scope_of(request.user)
        request._reinstate_scope = cached  # type: ignore[attr-defined]
    return cached


def cases_for(user: Any) -> QuerySet[Case]:
    """The cases `user` may see: all of their organisations' as owner or staff, and those of
    their own seller accounts as a client."""
    return scope_of(user).cases()


def sellers_for(user: Any) -> QuerySet[SellerAccount]:
    """The seller accounts `user` may open cases for (owner or staff only)."""
    team = scope_of(user).team
    return SellerAccount.objects.filter(organisation_id__in=team).select_related("organisation")


def team_organisations(user: Any) -> QuerySet[Organisation]:
    return Organisation.objects.filter(pk__in=scope_of(user).team)


def owned_organisations(user: Any) -> QuerySet[Organisation]:
    return Organisation.objects.filter(pk__in=scope_of(user).owned)


def role_in(user: Any, case: Case) -> str:
    """The user's role on a case they can see ("owner", "staff" or "client")."""
    return scope_of(user).role_on(case)


View = Callable[..., HttpResponse]


def case_view(*, team_only: bool = False) -> Callable[[View], View]:
    """Load the case named by the URL for the signed-in user, or answer 404.

    The view gets the case and the user's role. `team_only` views (editing the plan,
    uploading, submitting) are 404 for clients too, as if the page did not exist.
    """

    def decorate(view: View) -> View:
        @functools.wraps(view)
        def wrapper(request: HttpRequest, case_id: int, *args: Any, **kwargs: Any) -> HttpResponse:
            scope = request_scope(request)
            # The metrics (large JSON) load on first use only: most pages do not show them.
            cases = scope.cases().select_related("seller").defer("metrics")
            case = get_object_or_404(cases, pk=case_id)
            role = scope.role_on(case)
            if team_only and role not in TEAM_ROLES:
                raise Http404("No such page.")
            return view(request, case, role, *args, **kwargs)

        return wrapper

    return decorate
