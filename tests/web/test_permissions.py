"""Every URL, for every member of the cast: the outsider and the wrong client get 404 and never
data; clients see their own cases but cannot change them; anonymous visitors are sent to log in.

A new URL without a row in ``URLS`` fails ``test_every_url_has_a_permission_row``.
"""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import get_resolver, reverse

from reinstate.web.models import Attempt, EvidenceFile, Job, PoaVersion
from tests.web.conftest import Cast

# name -> (method, who may use it: "team" = owner and staff, "all" = also the case's client)
URLS: dict[str, tuple[str, str]] = {
    "case": ("get", "all"),
    "change_state": ("post", "all"),
    "audit": ("get", "all"),
    "reports": ("get", "all"),
    "job": ("get", "all"),
    "chart": ("get", "all"),
    "evidence": ("get", "all"),
    "evidence_file": ("get", "all"),
    "evidence_preview": ("get", "all"),
    "evidence_issues": ("post", "team"),
    "remove_evidence": ("post", "team"),
    "draft": ("get", "team"),
    "plan": ("get", "all"),
    "live_review": ("post", "team"),
    "package": ("get", "all"),
    "build_package": ("post", "team"),
    "package_file": ("get", "all"),
    "attempts": ("get", "all"),
    "submit": ("post", "team"),
    "reply": ("post", "team"),
}
# Pages not about one case: who may open them.
GLOBAL_URLS = {
    "dashboard": "everyone signed in",
    "login": "anyone",
    "logout": "anyone",
    "password": "everyone signed in",
    "sellers": "team",
    "new_case": "team",
    "members": "owners (tests/web/test_members.py)",
    "change_member": "owners (tests/web/test_members.py)",
    "remove_member": "owners (tests/web/test_members.py)",
}
SECRET = "Harbour crane manifest 7731"  # planted in the case: must never reach an outsider


def test_every_url_has_a_permission_row() -> None:
    names = {p.name for p in get_resolver().url_patterns}
    assert names == set(URLS) | set(GLOBAL_URLS)


def furnish(case: Any, user: Any) -> dict[str, dict[str, Any]]:
    """Give the case one of everything a URL can name; returns each URL's extra arguments."""
    from django.core.files.base import ContentFile

    from reinstate.web import jobs, packages

    case.notice_text += f"\n{SECRET}\n"
    case.poa_text = SECRET
    case.save()
    item = EvidenceFile.objects.create(case=case, name=f"{SECRET}.txt", size=6)
    item.file.save(f"evidence/{case.pk}/{item.pk}/x.txt", ContentFile(SECRET.encode()))
    item.preview.save(
        f"previews/{case.pk}/{item.pk}.png", ContentFile(b"\x89PNG" + SECRET.encode())
    )
    job = Job.objects.create(case=case, kind="metrics", message=SECRET)
    folder = jobs.charts_dir(case)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "trend-x.png").write_bytes(b"\x89PNG" + SECRET.encode())
    version = PoaVersion.objects.create(case=case, number=1, text=SECRET)
    Attempt.objects.create(case=case, number=1, version=version)
    built = packages.package_dir(case)
    built.mkdir(parents=True, exist_ok=True)
    (built / "seller-central.txt").write_text(SECRET)
    (built / "manifest.json").write_text("{}")  # as `reinstate package` leaves it
    Job.objects.create(case=case, kind="package", status="done", result={"plan": "x"})
    return {
        "package_file": {"name": "seller-central.txt"},
        "job": {"job_id": job.pk},
        "chart": {"name": "trend-x.png"},
        "evidence_file": {"item_id": item.pk},
        "evidence_preview": {"item_id": item.pk},
        "evidence_issues": {"item_id": item.pk},
        "remove_evidence": {"item_id": item.pk},
        "reply": {"number": 1},
    }


def call(client: Client, name: str, case: Any, extra: dict[str, dict[str, Any]]) -> Any:
    method, _who = URLS[name]
    url = reverse(name, kwargs={"case_id": case.pk, **extra.get(name, {})})
    data = {"state": "review", "text": "x", "reply_text": "x", "issues": ["I1"]}
    response = client.post(url, data) if method == "post" else client.get(url)
    if response.streaming:
        response.data = b"".join(response.streaming_content)
        response.close()
    else:
        response.data = bytes(response.content)
    return response


def body(response: Any) -> bytes:
    return bytes(response.data)


def as_user(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("name", sorted(URLS))
def test_the_outsider_gets_404_and_no_data(cast: Cast, name: str) -> None:
    extra = furnish(cast.case, cast.alice)
    response = call(as_user(cast.dave), name, cast.case, extra)
    assert response.status_code == 404
    assert SECRET.encode() not in body(response)


@pytest.mark.parametrize("name", sorted(URLS))
def test_the_wrong_client_gets_404_and_no_data(cast: Cast, name: str) -> None:
    extra = furnish(cast.south_case, cast.alice)
    response = call(as_user(cast.charlie), name, cast.south_case, extra)
    assert response.status_code == 404
    assert SECRET.encode() not in body(response)


@pytest.mark.parametrize("name", sorted(URLS))
def test_anonymous_visitors_are_sent_to_log_in(cast: Cast, name: str) -> None:
    extra = furnish(cast.case, cast.alice)
    response = call(Client(), name, cast.case, extra)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


@pytest.mark.parametrize("name", sorted(n for n, (_m, who) in URLS.items() if who == "team"))
def test_the_client_cannot_use_team_only_urls_on_their_own_case(cast: Cast, name: str) -> None:
    extra = furnish(cast.case, cast.alice)
    assert call(as_user(cast.charlie), name, cast.case, extra).status_code == 404


PAGES = [
    (member, name)
    for name, (method, who) in sorted(URLS.items())
    if method == "get"
    for member in (["alice", "bob", "charlie"] if who == "all" else ["alice", "bob"])
]


@pytest.mark.parametrize(("member", "name"), PAGES)
def test_members_can_open_every_page_of_their_case(cast: Cast, member: str, name: str) -> None:
    extra = furnish(cast.case, cast.alice)
    response = call(as_user(getattr(cast, member)), name, cast.case, extra)
    assert response.status_code == 200


@pytest.mark.parametrize("member", ["alice", "bob"])
@pytest.mark.parametrize("name", sorted(n for n, (m, who) in URLS.items() if m == "post"))
def test_the_team_can_post_to_every_form_of_a_case(cast: Cast, member: str, name: str) -> None:
    extra = furnish(cast.case, cast.alice)
    response = call(as_user(getattr(cast, member)), name, cast.case, extra)
    assert response.status_code in {200, 302}


def test_the_dashboard_lists_only_the_cases_a_member_may_see(cast: Cast) -> None:
    titles = {
        who: as_user(getattr(cast, who)).get(reverse("dashboard")).content.decode()
        for who in ("alice", "charlie", "dave")
    }
    assert "Northwind" in titles["alice"]
    assert "Southwind" in titles["alice"]
    assert "Northwind" in titles["charlie"]
    assert "Southwind" not in titles["charlie"]
    assert "Northwind" not in titles["dave"]
    assert "Faraway" in titles["dave"]


@pytest.mark.parametrize("name", ["sellers", "new_case"])
def test_clients_and_outsiders_cannot_reach_team_pages_of_another_organisation(
    cast: Cast, name: str
) -> None:
    assert as_user(cast.charlie).get(reverse(name)).status_code == 404
    page = as_user(cast.dave).get(reverse(name)).content.decode()
    assert "Northwind" not in page
    assert "Southwind" not in page


def test_a_new_case_cannot_be_opened_for_another_organisations_seller(cast: Cast) -> None:
    response = as_user(cast.dave).post(
        reverse("new_case"), {"seller": cast.north.pk, "notice_text": "We have deactivated"}
    )
    assert response.status_code == 200
    assert cast.north.cases.count() == 1


@pytest.mark.parametrize("name", sorted(n for n, (m, _who) in URLS.items() if m == "post"))
def test_every_case_form_refuses_a_post_without_its_csrf_token(cast: Cast, name: str) -> None:
    extra = furnish(cast.case, cast.alice)
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.alice)
    assert call(client, name, cast.case, extra).status_code == 403


@pytest.mark.parametrize(
    ("name", "args"),
    [("members", []), ("change_member", ["bob"]), ("remove_member", ["bob"]), ("sellers", [])],
)
def test_the_owners_forms_refuse_a_post_without_its_csrf_token(
    cast: Cast, name: str, args: list[str]
) -> None:
    from reinstate.web.models import Membership

    ids = [Membership.objects.get(user=getattr(cast, who)).pk for who in args]
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.alice)
    response = client.post(reverse(name, args=ids), {"username": "erin", "role": "staff"})
    assert response.status_code == 403
    assert Membership.objects.filter(user=cast.bob).exists()
