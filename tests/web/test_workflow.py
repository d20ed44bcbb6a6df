"""The golden path on the server side: a notice pasted, reports and evidence uploaded, the plan
reviewed live, an attempt submitted, Amazon's reply read, the second attempt diffed."""

from __future__ import annotations

import html
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from reinstate.web.models import Attempt, AuditEvent, Case, EvidenceFile
from tests.web.conftest import NOTICES, Cast

DEMO = Path(__file__).parent.parent.parent / "src" / "reinstate" / "web" / "demo"


def team(cast: Cast) -> Client:
    client = Client()
    client.force_login(cast.bob)
    return client


def upload(path: Path, name: str | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name or path.name, path.read_bytes())


def test_a_pasted_notice_opens_a_case_with_what_it_says(cast: Cast) -> None:
    text = (NOTICES / "01-deactivation-inauthentic.txt").read_text()
    response = team(cast).post(
        reverse("new_case"),
        {"seller": cast.north.pk, "notice_text": text, "received": "2026-11-03"},
    )
    case = Case.objects.latest("id")
    assert response.status_code == 302
    assert response["Location"] == f"/cases/{case.pk}/"
    assert case.message_type == "deactivation"
    assert case.violations == ["inauthentic"]
    assert case.asins == ["B07QWERTY1", "B08ZXCVBN2"]
    assert str(case.deadline) == "2027-02-01"
    page = team(cast).get(response["Location"]).content.decode()
    assert "B07QWERTY1" in page
    assert "Inauthentic" in page
    assert "Invoice" in page


def test_an_uploaded_eml_notice_is_read_as_an_email(cast: Cast) -> None:
    notice = upload(NOTICES / "03-deactivation-code-of-conduct.eml")
    team(cast).post(reverse("new_case"), {"seller": cast.north.pk, "notice_file": notice})
    assert Case.objects.latest("id").message_type == "deactivation"


def test_an_empty_notice_is_refused_with_a_sentence(cast: Cast) -> None:
    response = team(cast).post(reverse("new_case"), {"seller": cast.north.pk, "notice_text": " "})
    assert "Paste Amazon's message or upload it." in html.unescape(response.content.decode())


def test_report_uploads_compute_metrics_and_root_causes(cast: Cast, tmp_path: Path) -> None:
    from reinstate.demo import write_demo_data

    demo = write_demo_data(tmp_path, orders=400, seed=3)
    files = [upload(p) for p in demo.paths.values()]
    team(cast).post(reverse("reports", args=[cast.case.pk]), {"files": files})
    cast.case.refresh_from_db()
    assert cast.case.metrics["metrics"]["late_shipment_rate_10d"]["value"] is not None
    kinds = set(cast.case.reports.values_list("kind", flat=True))
    assert "all_orders" in kinds
    page = team(cast).get(reverse("reports", args=[cast.case.pk])).content.decode()
    assert "Late shipment" in page
    assert "Root causes" in page
    assert "/charts/" in page


def test_a_report_that_is_not_one_says_so(cast: Cast) -> None:
    junk = SimpleUploadedFile("orders.txt", b"hello\nworld\n")
    response = team(cast).post(
        reverse("reports", args=[cast.case.pk]), {"files": [junk]}, follow=True
    )
    assert cast.case.jobs.get().status == "failed"
    assert "orders.txt" in response.content.decode()


@pytest.mark.parametrize(
    ("name", "size", "message"),
    [
        ("invoice.exe", 10, "files of type .exe are not accepted"),
        ("invoice.pdf", 2 * 1024 * 1024, "the limit is 1.0"),
    ],
)
def test_uploads_are_limited_by_type_and_size(
    cast: Cast, settings: Any, name: str, size: int, message: str
) -> None:
    settings.MAX_UPLOAD_BYTES = 1024 * 1024
    item = SimpleUploadedFile(name, b"x" * size)
    response = team(cast).post(reverse("evidence", args=[cast.case.pk]), {"files": [item]})
    assert message in response.content.decode()
    assert not EvidenceFile.objects.exists()


def test_evidence_uploads_are_checked_and_previewed(cast: Cast, invoice_pdf: Path) -> None:
    team(cast).post(reverse("evidence", args=[cast.case.pk]), {"files": [upload(invoice_pdf)]})
    item = EvidenceFile.objects.get()
    assert item.kind == "invoice"
    assert item.invoice_fields["invoice_number"] == "NKS-20417"
    assert item.preview
    preview = team(cast).get(reverse("evidence_preview", args=[cast.case.pk, item.pk]))
    assert preview["Content-Type"] == "image/png"
    assert b"".join(preview.streaming_content).startswith(b"\x89PNG")
    preview.close()
    settings_files = Path(item.file.path)
    assert "static" not in settings_files.parts


def test_exhibits_are_linked_to_the_notices_issues(cast: Cast, invoice_pdf: Path) -> None:
    team(cast).post(reverse("evidence", args=[cast.case.pk]), {"files": [upload(invoice_pdf)]})
    item = EvidenceFile.objects.get()
    url = reverse("evidence_issues", args=[cast.case.pk, item.pk])
    team(cast).post(url, {"issues": ["I1", "I99"]})
    item.refresh_from_db()
    assert item.issue_ids == ["I1"]


def test_the_live_review_shows_findings_and_the_coverage_matrix(cast: Cast) -> None:
    plan = (DEMO / "poa.md").read_text()
    url = reverse("live_review", args=[cast.case.pk])
    before = team(cast).post(url, {"text": plan}).content.decode()
    assert "tone.blame" in before
    assert 'class="matrix"' in before
    fixed = plan.replace("The carrier also delayed several pickups that week.", "")
    after = team(cast).post(url, {"text": fixed}).content.decode()
    assert "tone.blame" not in after


def test_the_live_review_names_the_figures_it_could_not_check_without_reports(
    cast: Cast,
) -> None:
    plan = "Our 10-day late shipment rate was 6.25%, above the 4% target.\n"
    url = reverse("live_review", args=[cast.case.pk])
    page = team(cast).post(url, {"text": plan}).content.decode()
    assert 'id="review-skipped"' in page
    assert "Not checked: the figures the plan states against the seller's data." in html.unescape(
        page
    )


def test_user_text_is_escaped_everywhere(cast: Cast) -> None:
    cast.case.poa_text = "<script>alert(1)</script>"
    cast.case.save()
    page = team(cast).get(reverse("plan", args=[cast.case.pk])).content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_posts_without_a_csrf_token_are_refused(cast: Cast) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(cast.bob)
    response = client.post(reverse("plan", args=[cast.case.pk]), {"text": "changed"})
    assert response.status_code == 403


def submit_case(client: Client, case: Case, text: str) -> None:
    client.post(reverse("plan", args=[case.pk]), {"text": text})
    for state in ("drafting", "review", "ready"):
        client.post(reverse("change_state", args=[case.pk]), {"state": state})
    client.post(reverse("submit", args=[case.pk]))


def test_attempts_freeze_the_plan_read_the_reply_and_diff_the_next(cast: Cast) -> None:
    client, case = team(cast), cast.case
    submit_case(client, case, "Root cause: we shipped late.\nWe hired a packer.")
    case.refresh_from_db()
    first = Attempt.objects.get(case=case)
    assert case.state == "submitted"
    assert first.version.text.startswith("Root cause")
    reply = (DEMO / "reply.txt").read_text()
    client.post(reverse("reply", args=[case.pk, 1]), {"reply_text": reply})
    case.refresh_from_db()
    first.refresh_from_db()
    assert first.reply_type == "appeal-more-info"
    assert case.state == "more_info"
    assert any("root cause" in item for item in case.checklist)
    client.post(reverse("change_state", args=[case.pk]), {"state": "drafting"})
    plan_page = client.get(reverse("plan", args=[case.pk])).content.decode()
    assert "Amazon asked for more" in plan_page
    client.post(
        reverse("plan", args=[case.pk]),
        {"text": "Root cause: we shipped late.\nWe hired two packers."},
    )
    page = client.get(reverse("attempts", args=[case.pk])).content.decode()
    assert 'class="d-add"><span class="mark">+</span>We hired two packers.' in page
    assert 'class="d-del"><span class="mark">−</span>We hired a packer.' in page


def test_a_reply_that_is_not_a_reply_moves_nothing(cast: Cast) -> None:
    client, case = team(cast), cast.case
    submit_case(client, case, "Plan")
    notice = (NOTICES / "05-deactivation-odr.txt").read_text()
    client.post(reverse("reply", args=[case.pk, 1]), {"reply_text": notice})
    case.refresh_from_db()
    assert case.state == "submitted"


def test_submitting_is_refused_unless_the_case_is_ready(cast: Cast) -> None:
    team(cast).post(reverse("submit", args=[cast.case.pk]))
    assert not Attempt.objects.exists()


def test_the_audit_log_records_changes_without_their_text(cast: Cast) -> None:
    client = team(cast)
    client.post(reverse("plan", args=[cast.case.pk]), {"text": "Our secret root cause"})
    event = AuditEvent.objects.get(action="plan.saved")
    assert event.actor == cast.bob
    assert "secret" not in str(event.detail)
    page = client.get(reverse("audit", args=[cast.case.pk])).content.decode()
    assert "plan.saved" in page
