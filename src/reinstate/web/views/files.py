"""Report files and metrics; evidence files, their findings and previews. Stored files are
served only here, after the case permission check, never from a static folder."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.contrib import messages
from django.db import transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from reinstate.web import access, audit, jobs, work
from reinstate.web.forms import EvidenceForm, ReportsForm
from reinstate.web.models import Case, EvidenceFile, Job, ReportFile


@access.case_view()
def reports(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    form = ReportsForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if role not in access.TEAM_ROLES:
            raise Http404("No such page.")
        if form.is_valid():
            job = _store_reports(request, case, form.cleaned_data["files"])
            if job.status == "failed":
                messages.error(request, job.message)
            return redirect("reports", case_id=case.pk)
    context = {
        "case": case,
        "role": role,
        "tab": "reports",
        "form": form,
        "files": case.reports.order_by("name"),
        "job": case.jobs.filter(kind="metrics").order_by("-id").first(),
        "metrics": case.metrics,
        "charts": jobs.chart_names(case),
    }
    return render(request, "web/reports.html", context)


def _store_reports(request: HttpRequest, case: Case, uploads: list[object]) -> Job:
    with transaction.atomic():
        for upload in uploads:
            item = ReportFile(
                case=case, name=upload.name, size=upload.size, uploaded_by=request.user
            )  # type: ignore[attr-defined]
            item.file.save(f"reports/{case.pk}/{Path(upload.name).name}", upload, save=False)  # type: ignore[attr-defined]
            item.kind = work.report_kind(item.file.path)
            item.save()
        audit.record(request.user, "reports.uploaded", case=case, files=len(uploads))
    return jobs.start_metrics(case)


@access.case_view()
def job_status(request: HttpRequest, case: Case, role: str, job_id: int) -> HttpResponse:
    job = get_object_or_404(Job, pk=job_id, case=case)
    response = render(request, "web/_job.html", {"case": case, "job": job})
    if job.status != "running":
        response["HX-Refresh"] = "true"  # reload the page to show the new metrics
    return response


@access.case_view()
def chart(request: HttpRequest, case: Case, role: str, name: str) -> HttpResponse:
    if name not in jobs.chart_names(case):
        raise Http404("No such chart.")
    return FileResponse(open(jobs.charts_dir(case) / name, "rb"), content_type="image/png")


@access.case_view()
def evidence(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    form = EvidenceForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if role not in access.TEAM_ROLES:
            raise Http404("No such page.")
        if form.is_valid():
            _store_evidence(request, case, form.cleaned_data["files"])
            return redirect("evidence", case_id=case.pk)
    context = {
        "case": case,
        "role": role,
        "tab": "evidence",
        "form": form,
        "files": case.evidence.order_by("name"),
        "issues": case.issues(),
    }
    return render(request, "web/evidence.html", context)


def _store_evidence(request: HttpRequest, case: Case, uploads: list[object]) -> None:
    for upload in uploads:
        item = EvidenceFile.objects.create(
            case=case,
            name=Path(upload.name).name,
            size=upload.size,
            uploaded_by=request.user,  # type: ignore[attr-defined]
        )
        item.file.save(f"evidence/{case.pk}/{item.pk}/{item.name}", upload, save=True)  # type: ignore[arg-type]
        work.check_evidence(case, item)
        audit.record(request.user, "evidence.uploaded", case=case, file=item.pk, ready=item.ready)


@require_POST
@access.case_view(team_only=True)
def link_issues(request: HttpRequest, case: Case, role: str, item_id: int) -> HttpResponse:
    item = get_object_or_404(EvidenceFile, pk=item_id, case=case)
    known = {issue["id"] for issue in case.issues()}
    item.issue_ids = [i for i in request.POST.getlist("issues") if i in known]
    item.save(update_fields=["issue_ids"])
    audit.record(request.user, "evidence.linked", case=case, file=item.pk, issues=item.issue_ids)
    return redirect("evidence", case_id=case.pk)


@require_POST
@access.case_view(team_only=True)
def remove_evidence(request: HttpRequest, case: Case, role: str, item_id: int) -> HttpResponse:
    """Take an exhibit off the case: its row, its stored file and its preview (audited by name
    of the action and file id only). The plan's review sees the exhibit list without it."""
    item = get_object_or_404(EvidenceFile, pk=item_id, case=case)
    stored = [field for field in (item.file, item.preview) if field]
    with transaction.atomic():
        item.delete()
        audit.record(request.user, "evidence.removed", case=case, file=item_id)
    for field in stored:
        field.storage.delete(field.name)
    messages.success(request, "Exhibit removed.")
    return redirect("evidence", case_id=case.pk)


@access.case_view()
def evidence_file(request: HttpRequest, case: Case, role: str, item_id: int) -> HttpResponse:
    item = get_object_or_404(EvidenceFile, pk=item_id, case=case)
    return FileResponse(item.file.open("rb"), as_attachment=True, filename=item.name)


@access.case_view()
def evidence_preview(request: HttpRequest, case: Case, role: str, item_id: int) -> HttpResponse:
    item = get_object_or_404(EvidenceFile, pk=item_id, case=case)
    if not item.preview:
        raise Http404("No preview.")
    path = Path(settings.FILES_DIR) / item.preview.name
    return FileResponse(open(path, "rb"), content_type="image/png")
