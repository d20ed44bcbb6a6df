"""Packaging in the browser: the files built from the case's plan, notice, exhibits and seller
account; the gate's refusal as a list of findings; downloads only for the case's people."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from django.core.files import File
from django.core.signals import request_finished
from django.db import close_old_connections
from django.test import Client
from django.urls import reverse

from reinstate.web import packages
from reinstate.web.models import AuditEvent, Case, EvidenceFile
from tests.packaging import helpers
from tests.web.conftest import Cast


def as_user(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def fetch(client: Client, url: str) -> tuple[int, bytes]:
    """A download's status and body, the file closed; a download is an attachment."""
    response = client.get(url)
    if response.status_code == 200:
        assert response["Content-Disposition"].startswith("attachment")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    # closing a response signals the request's end, which would close the test's database
    request_finished.disconnect(close_old_connections)
    try:
        response.close()
    finally:
        request_finished.connect(close_old_connections)
    return response.status_code, body


@pytest.fixture
def appeal(cast: Cast, tmp_path: Path, settings: Any) -> Case:
    """Northwind's case made the packaging tests' strong authenticity appeal (its packages
    in a folder of its own: case ids repeat from test to test)."""
    settings.FILES_DIR = tmp_path / "files"
    files = helpers.make_case(tmp_path / "appeal")
    seller = cast.north
    seller.business_name = "Harbor Lane Goods LLC"
    seller.address = "418 Pine Street, Suite 5, Portland, OR 97205"
    seller.phone = "(503) 555-0110"
    seller.email = "ops@harborlane.example"
    seller.merchant_token = "A2EXAMPLE7TOKEN"
    seller.marketplaces = "US"
    seller.save()
    case = cast.case
    case.notice = helpers.notice()
    case.asins = list(case.notice["asins"])
    case.poa_text = files["poa"].read_text(encoding="utf-8")
    case.save()
    for path in sorted(files["exhibits"].iterdir()):
        item = EvidenceFile(case=case, name=path.name, size=path.stat().st_size)
        with path.open("rb") as handle:
            item.file.save(f"evidence/{case.pk}/{path.name}", File(handle), save=True)
    return case


def test_the_team_builds_the_package_and_downloads_every_file(cast: Cast, appeal: Case) -> None:
    client = as_user(cast.bob)
    response = client.post(reverse("build_package", args=[appeal.pk]))
    assert response.status_code == 302
    job = packages.latest(appeal)
    assert job is not None
    assert job.status == "done", job.result.get("findings")
    page = client.get(reverse("package", args=[appeal.pk])).content.decode()
    assert 'id="seller-central"' in page

    assert 'data-copy="seller-central"' in page
    for name in packages.DOWNLOADS:
        assert reverse("package_file", args=[appeal.pk, name]) in page
        status, body = fetch(client, reverse("package_file", args=[appeal.pk, name]))
        assert status == 200
        assert len(body) > 100
    _status, eml = fetch(client, reverse("package_file", args=[appeal.pk, "plan-of-action.eml"]))
    assert b"Harbor Lane Goods LLC" in eml
    assert b"A2EXAMPLE7TOKEN" in eml
    _status, pdf = fetch(client, reverse("package_file", args=[appeal.pk, "packet.pdf"]))
    assert pdf.startswith(b"%PDF")
    built = AuditEvent.objects.get(case=appeal, action="package.built")
    assert built.detail == {"status": "done", "errors": 0}


def test_the_client_downloads_their_cases_package_but_cannot_build_it(
    cast: Cast, appeal: Case
) -> None:
    as_user(cast.alice).post(reverse("build_package", args=[appeal.pk]))
    charlie = as_user(cast.charlie)
    assert charlie.post(reverse("build_package", args=[appeal.pk])).status_code == 404
    page = charlie.get(reverse("package", args=[appeal.pk])).content.decode()
    assert "Build again" not in page
    url = reverse("package_file", args=[appeal.pk, "packet.pdf"])
    assert fetch(charlie, url)[0] == 200
    assert fetch(as_user(cast.dave), url)[0] == 404


def test_the_gate_refuses_a_weak_plan_and_lists_its_findings(cast: Cast, appeal: Case) -> None:
    appeal.poa_text = helpers.plan(helpers.WEAK)
    appeal.save()
    client = as_user(cast.alice)
    response = client.post(reverse("build_package", args=[appeal.pk]), HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert response.status_code == 200
    assert "the gate found errors" in page
    assert 'id="gate-findings"' in page
    job = packages.latest(appeal)
    assert job is not None
    assert job.status == "refused"
    errors = [f for f in job.result["findings"] if f["severity"] == "error"]
    assert errors
    assert all(f["message"] in html.unescape(page) for f in errors[:3])
    assert not (packages.package_dir(appeal) / "packet.pdf").exists()
    assert packages.download_path(appeal, "packet.pdf") is None
    assert "reinstate-package-" not in page  # the private working folder is never shown


def test_a_package_built_from_an_older_plan_says_so(cast: Cast, appeal: Case) -> None:
    client = as_user(cast.alice)
    client.post(reverse("build_package", args=[appeal.pk]))
    appeal.poa_text += "\nOne more line."
    appeal.save()
    page = client.get(reverse("package", args=[appeal.pk])).content.decode()
    assert "the plan has changed since" in page


def test_only_the_packages_own_files_are_served(cast: Cast, appeal: Case) -> None:
    client = as_user(cast.alice)
    client.post(reverse("build_package", args=[appeal.pk]))
    for name in ("exhibits", "..", "secret_key", "plan.md"):
        assert fetch(client, reverse("package_file", args=[appeal.pk, name]))[0] == 404


def test_the_account_toml_escapes_quotes_and_new_lines(cast: Cast) -> None:
    import tomllib

    cast.north.name = 'Nor"th\\wind'
    cast.north.address = "1 Road\nTown"
    cast.north.marketplaces = "US, CA"
    data = tomllib.loads(packages.account_toml(cast.north))
    assert data["name"] == 'Nor"th\\wind'
    assert data["address"] == "1 Road\nTown"
    assert data["marketplaces"] == ["US", "CA"]
