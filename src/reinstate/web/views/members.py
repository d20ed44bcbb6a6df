"""Members, for owners: add people (a new account's password is shown once), change their
role, link clients to the seller accounts whose cases they may see, remove them. Every
change is audited; an organisation always keeps an owner."""

from __future__ import annotations

import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from reinstate.web import access, audit
from reinstate.web.forms import MemberAddForm, MemberChangeForm
from reinstate.web.models import Membership, Organisation


def owned(request: HttpRequest) -> list[Organisation]:
    """The organisations the signed-in user owns; none is a 404, as if the page did not exist."""
    organisations = list(access.owned_organisations(request.user).order_by("name"))
    if not organisations:
        raise Http404("No such page.")
    return organisations


def members(request: HttpRequest) -> HttpResponse:
    organisations = owned(request)
    chosen = _chosen(request, organisations)
    form = MemberAddForm(request.POST or None, organisation=chosen)
    if request.method == "POST" and form.is_valid():
        _add(request, chosen, form)
        return redirect(f"{request.path}?organisation={chosen.pk}")
    rows = (
        chosen.members.select_related("user")
        .prefetch_related("seller_accounts")
        .order_by("user__username")
    )
    context = {
        "organisations": organisations,
        "chosen": chosen,
        "rows": [(m, MemberChangeForm(instance=m, prefix=f"m{m.pk}")) for m in rows],
        "form": form,
    }
    return render(request, "web/members.html", context)


def _chosen(request: HttpRequest, organisations: list[Organisation]) -> Organisation:
    wanted = request.POST.get("organisation") or request.GET.get("organisation")
    for organisation in organisations:
        if str(organisation.pk) == wanted:
            return organisation
    if wanted:
        raise Http404("No such organisation.")
    return organisations[0]


@transaction.atomic
def _add(request: HttpRequest, organisation: Organisation, form: MemberAddForm) -> None:
    username = form.cleaned_data["username"]
    user = get_user_model().objects.filter(username=username).first()
    password = None
    if user is None:
        password = secrets.token_urlsafe(12)
        user = get_user_model().objects.create_user(username, password=password)
    membership = Membership.objects.create(
        user=user, organisation=organisation, role=form.cleaned_data["role"]
    )
    membership.seller_accounts.set(form.cleaned_data["sellers"])
    audit.record(
        request.user,
        "member.added",
        organisation=organisation,
        member=username,
        role=membership.role,
        sellers=len(form.cleaned_data["sellers"]),
        new_account=password is not None,
    )
    if password is not None:
        messages.success(
            request,
            f"Added {username} as {membership.get_role_display().lower()}. Their password is "
            f"{password} (shown this once: give it to them; they change it under Password).",
        )
    else:
        messages.success(request, f"Added {username} as {membership.get_role_display().lower()}.")


def _membership(request: HttpRequest, membership_id: int) -> Membership:
    """A membership of an organisation the user owns, or 404."""
    organisations = owned(request)
    return get_object_or_404(
        Membership.objects.select_related("user", "organisation"),
        pk=membership_id,
        organisation__in=organisations,
    )


def _back(membership: Membership) -> HttpResponse:
    return redirect(f"/members/?organisation={membership.organisation_id}")


@require_POST
def change_member(request: HttpRequest, membership_id: int) -> HttpResponse:
    membership = _membership(request, membership_id)
    before = membership.role
    form = MemberChangeForm(request.POST, instance=membership, prefix=f"m{membership.pk}")
    if not form.is_valid():
        messages.error(request, " ".join(e for errors in form.errors.values() for e in errors))
        return _back(membership)
    if before == "owner" and form.cleaned_data["role"] != "owner" and _last_owner(membership):
        messages.error(request, "An organisation needs an owner: make someone else owner first.")
        return _back(membership)
    with transaction.atomic():
        form.save()
        audit.record(
            request.user,
            "member.changed",
            organisation=membership.organisation,
            member=membership.user.get_username(),
            role=membership.role,
            was=before,
            sellers=membership.seller_accounts.count(),
        )
    messages.success(request, f"{membership.user.get_username()} updated.")
    return _back(membership)


@require_POST
def remove_member(request: HttpRequest, membership_id: int) -> HttpResponse:
    membership = _membership(request, membership_id)
    if membership.role == "owner" and _last_owner(membership):
        messages.error(request, "An organisation needs an owner: make someone else owner first.")
        return _back(membership)
    with transaction.atomic():
        membership.delete()
        audit.record(
            request.user,
            "member.removed",
            organisation=membership.organisation,
            member=membership.user.get_username(),
            role=membership.role,
        )
    messages.success(request, f"{membership.user.get_username()} removed.")
    return _back(membership)


def _last_owner(membership: Membership) -> bool:
    owners = Membership.objects.filter(organisation=membership.organisation_id, role="owner")
    return not owners.exclude(pk=membership.pk).exists()


def nav(request: HttpRequest) -> dict[str, Any]:
    """Template context: whether to show the Members link (the memberships are read once per
    request, and only when a page asks)."""
    from django.utils.functional import SimpleLazyObject

    return {"is_owner": SimpleLazyObject(lambda: bool(access.request_scope(request).owned))}
