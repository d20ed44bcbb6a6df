"""Removing an exhibit: the team takes it off the case with its stored file and preview; the
audit log says so; nobody else can."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.test import Client
from django.urls import reverse

from reinstate.web import work
from reinstate.web.models import AuditEvent, EvidenceFile
from tests.web.conftest import Cast


def exhibit(case: Any) -> EvidenceFile:
    item = EvidenceFile.objects.create(case=case, name="Exhibit 3 - invoice.txt", size=5)
    item.file.save(f"evidence/{case.pk}/{item.pk}/invoice.txt", ContentFile(b"12345"))
    item.preview.save(f"previews/{case.pk}/{item.pk}.png", ContentFile(b"\x89PNG"))
    return item


def as_user(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_the_team_removes_an_exhibit_with_its_file_and_preview(cast: Cast) -> None:
    item = exhibit(cast.case)
    stored = [
        Path(settings.FILES_DIR) / item.file.name,
        Path(settings.FILES_DIR) / item.preview.name,
    ]
    assert all(path.exists() for path in stored)
    assert "Exhibit 3 - invoice.txt" in work.review_context(cast.case).exhibits.files
    client = as_user(cast.bob)
    response = client.post(reverse("remove_evidence", args=[cast.case.pk, item.pk]))
    assert response.status_code == 302
    assert not EvidenceFile.objects.filter(pk=item.pk).exists()
    assert not any(path.exists() for path in stored)
    assert "Exhibit 3 - invoice.txt" not in work.review_context(cast.case).exhibits.files
    entry = AuditEvent.objects.filter(action="evidence.removed").get()
    assert entry.case_id == cast.case.pk
    page = client.get(reverse("evidence", args=[cast.case.pk])).content.decode()
    assert "Exhibit removed." in page
    assert "Exhibit 3 - invoice.txt" not in page
    file_url = reverse("evidence_file", args=[cast.case.pk, item.pk])
    assert client.get(file_url).status_code == 404


def test_a_client_an_outsider_and_a_get_cannot_remove_an_exhibit(cast: Cast) -> None:
    item = exhibit(cast.case)
    url = reverse("remove_evidence", args=[cast.case.pk, item.pk])
    assert as_user(cast.charlie).post(url).status_code == 404
    assert as_user(cast.dave).post(url).status_code == 404
    assert as_user(cast.alice).get(url).status_code == 405
    assert EvidenceFile.objects.filter(pk=item.pk).exists()
    assert (Path(settings.FILES_DIR) / item.file.name).exists()


def test_an_exhibit_of_another_case_cannot_be_removed_through_this_one(cast: Cast) -> None:
    other = exhibit(cast.south_case)
    url = reverse("remove_evidence", args=[cast.case.pk, other.pk])
    assert as_user(cast.alice).post(url).status_code == 404
    assert EvidenceFile.objects.filter(pk=other.pk).exists()
