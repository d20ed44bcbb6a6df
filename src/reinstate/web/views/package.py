"""Packaging in the browser: build the appeal's files from the case (team only), see the
gate's findings when it refuses, download each file (permission-checked, never static)."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from reinstate.web import access, audit, packages
from reinstate.web.models import Case


def package_context(case: Case, role: str) -> dict[str, object]:
    job = packages.latest(case)
    text = ""
    if job is not None and job.status == "done":
        path = packages.download_path(case, "seller-central.txt")
        text = path.read_text(encoding="utf-8") if path else ""
    return {
        "case": case,
        "role": role,
        "tab": "package",
        "job": job,
        "current": packages.is_current(job, case),
        "seller_central": text,
        "downloads": [
            (name, label, (job.result.get("files") or {}).get(name))
            for name, (label, _mime) in packages.DOWNLOADS.items()
        ]
        if job is not None and job.status == "done"
        else [],
    }


@access.case_view()
def package_page(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    return render(request, "web/package.html", package_context(case, role))


@require_POST
@access.case_view(team_only=True)
def build_package(request: HttpRequest, case: Case, role: str) -> HttpResponse:
    """Build the package now; htmx swaps in the outcome, a plain form post is redirected."""
    if not case.poa_text.strip():
        job = None
    else:
        job = packages.build(case)
        audit.record(
            request.user,
            "package.built",
            case=case,
            status=job.status,
            errors=sum(1 for f in job.result.get("findings", []) if f["severity"] == "error"),
        )
    if request.headers.get("HX-Request"):
        context = package_context(case, role) | {"no_plan": job is None}
        return render(request, "web/_package_result.html", context)
    return redirect("package", case_id=case.pk)


@access.case_view()
def package_file(request: HttpRequest, case: Case, role: str, name: str) -> HttpResponse:
    path = packages.download_path(case, name)
    if path is None:
        raise Http404("No such file.")
    _label, mime = packages.DOWNLOADS[name]
    audit.record(request.user, "package.downloaded", case=case, file=name)
    response = FileResponse(path.open("rb"), as_attachment=True, filename=name)
    response["Content-Type"] = mime
    return response
