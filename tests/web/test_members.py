"""Member management, for owners only: add (a new account's password shown once), change role,
link a client to seller accounts, remove; every change audited; the organisation always keeps
an owner. Staff, clients and other organisations' owners get 404 and never a name."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from reinstate.web.models import AuditEvent, Membership
from tests.web.conftest import Cast


def as_user(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def membership(cast: Cast, user: Any) -> Membership:
    return Membership.objects.get(user=user, organisation=cast.acme)


def change(client: Client, m: Membership, role: str, sellers: list[int] = ()) -> Any:  # type: ignore[assignment]
    data = {f"m{m.pk}-role": role, f"m{m.pk}-sellers": list(sellers)}
    return client.post(reverse("change_member", args=[m.pk]), data, follow=True)


def test_the_owner_sees_the_members_and_their_roles(cast: Cast) -> None:
    page = as_user(cast.alice).get(reverse("members")).content.decode()
    for name in ("alice", "bob", "charlie"):
        assert f'id="member-{name}"' in page
    assert "dave" not in page
    assert 'href="/members/"' in page  # the owner's menu shows Members


@pytest.mark.parametrize("who", ["bob", "charlie"])
def test_staff_and_clients_have_no_members_page_or_link(cast: Cast, who: str) -> None:
    client = as_user(getattr(cast, who))
    assert client.get(reverse("members")).status_code == 404
    assert 'href="/members/"' not in client.get(reverse("dashboard")).content.decode()


@pytest.mark.parametrize("who", ["bob", "charlie", "dave"])
@pytest.mark.parametrize("url", ["change_member", "remove_member"])
def test_only_the_organisations_owner_can_change_or_remove_a_member(
    cast: Cast, who: str, url: str
) -> None:
    target = membership(cast, cast.bob if who != "bob" else cast.charlie)
    response = as_user(getattr(cast, who)).post(
        reverse(url, args=[target.pk]), {f"m{target.pk}-role": "owner"}
    )
    assert response.status_code == 404
    target.refresh_from_db()
    assert target.role in {"staff", "client"}
    assert not AuditEvent.objects.filter(action__startswith="member.").exists()


def test_another_organisations_owner_sees_only_their_own_members(cast: Cast) -> None:
    page = as_user(cast.dave).get(reverse("members")).content.decode()
    assert 'id="member-dave"' in page
    for name in ("alice", "bob", "charlie"):
        assert name not in page
    response = as_user(cast.dave).get(reverse("members"), {"organisation": cast.acme.pk})
    assert response.status_code == 404


def test_adding_a_new_person_makes_an_account_and_shows_its_password_once(cast: Cast) -> None:
    client = as_user(cast.alice)
    response = client.post(
        reverse("members"),
        {"organisation": cast.acme.pk, "username": "erin", "role": "staff"},
        follow=True,
    )
    page = response.content.decode()
    assert 'id="member-erin"' in page
    password = page.split("Their password is ")[1].split(" ")[0]
    erin = User.objects.get(username="erin")
    assert erin.check_password(password)
    assert membership(cast, erin).role == "staff"
    event = AuditEvent.objects.get(action="member.added")
    assert event.detail == {
        "member": "erin", "role": "staff", "sellers": 0, "new_account": True
    }  # fmt: skip
    assert password not in str(event.detail)
    assert password not in client.get(reverse("members")).content.decode()


def test_adding_an_existing_account_as_a_client_links_it_to_its_sellers(cast: Cast) -> None:
    client = as_user(cast.alice)
    client.post(
        reverse("members"),
        {"organisation": cast.acme.pk, "username": "dave", "role": "client",
         "sellers": [cast.south.pk]},
    )  # fmt: skip
    added = membership(cast, cast.dave)
    assert added.role == "client"
    assert list(added.seller_accounts.all()) == [cast.south]
    page = as_user(cast.dave).get(reverse("dashboard")).content.decode()
    assert "Southwind" in page
    assert "Northwind" not in page


def test_a_client_must_be_linked_to_a_seller_account(cast: Cast) -> None:
    response = as_user(cast.alice).post(
        reverse("members"), {"organisation": cast.acme.pk, "username": "erin", "role": "client"}
    )
    assert "A client sees only the cases of the seller accounts ticked" in response.content.decode()
    assert not User.objects.filter(username="erin").exists()


def test_a_member_cannot_be_added_twice(cast: Cast) -> None:
    response = as_user(cast.alice).post(
        reverse("members"), {"organisation": cast.acme.pk, "username": "bob", "role": "client"}
    )
    assert "bob is a member already" in response.content.decode()
    assert membership(cast, cast.bob).role == "staff"


def test_changing_a_role_and_sellers_takes_effect_at_once_and_is_audited(cast: Cast) -> None:
    client = as_user(cast.alice)
    charlie = membership(cast, cast.charlie)
    change(client, charlie, "client", [cast.south.pk])
    page = as_user(cast.charlie).get(reverse("dashboard")).content.decode()
    assert "Southwind" in page
    assert "Northwind" not in page
    assert as_user(cast.charlie).get(reverse("case", args=[cast.case.pk])).status_code == 404
    change(client, charlie, "staff")
    assert as_user(cast.charlie).get(reverse("case", args=[cast.case.pk])).status_code == 200
    actions = list(
        AuditEvent.objects.filter(action="member.changed").values_list("detail", flat=True)
    )
    assert actions[-1] == {"member": "charlie", "role": "staff", "was": "client", "sellers": 0}


def test_removing_a_member_takes_their_access_and_is_audited(cast: Cast) -> None:
    client = as_user(cast.alice)
    response = client.post(reverse("remove_member", args=[membership(cast, cast.bob).pk]))
    assert response.status_code == 302
    assert not Membership.objects.filter(user=cast.bob).exists()
    assert User.objects.filter(username="bob").exists()  # the account stays; the access goes
    assert as_user(cast.bob).get(reverse("case", args=[cast.case.pk])).status_code == 404
    event = AuditEvent.objects.get(action="member.removed")
    assert event.actor == cast.alice
    assert event.detail == {"member": "bob", "role": "staff"}


def test_the_last_owner_can_be_neither_demoted_nor_removed(cast: Cast) -> None:
    client = as_user(cast.alice)
    alice = membership(cast, cast.alice)
    page = change(client, alice, "staff").content.decode()
    assert "An organisation needs an owner" in page
    client.post(reverse("remove_member", args=[alice.pk]))
    alice.refresh_from_db()
    assert alice.role == "owner"
    change(client, membership(cast, cast.bob), "owner")
    client.post(reverse("remove_member", args=[alice.pk]))
    assert not Membership.objects.filter(pk=alice.pk).exists()


def test_a_client_cannot_be_linked_to_another_organisations_seller(cast: Cast) -> None:
    far = cast.dave_case.seller
    change(as_user(cast.alice), membership(cast, cast.charlie), "client", [far.pk])
    assert list(membership(cast, cast.charlie).seller_accounts.all()) == [cast.north]
