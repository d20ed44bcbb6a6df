"""Metrics from a case's report files: inline for small uploads, in a background thread with
progress for big ones (the page polls the Job row)."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from django.conf import settings
from django.db import close_old_connections, connection

from reinstate.errors import ReinstateError
from reinstate.metrics import compute_metrics, render_charts
from reinstate.web.models import Case, Job


def charts_dir(case: Case) -> Path:
    return Path(settings.FILES_DIR) / "charts" / str(case.pk)


def chart_names(case: Case) -> list[str]:
    folder = charts_dir(case)
    if not folder.is_dir():
        return []
    return sorted(p.name for p in folder.glob("*.png"))


def start_metrics(case: Case) -> Job:
    """Compute the case's metrics from all its report files; big sets go to a thread."""
    reports = list(case.reports.all())
    job = Job.objects.create(case=case, kind="metrics", steps=len(reports) + 2)
    paths = [report.file.path for report in reports]
    if sum(report.size for report in reports) > settings.BACKGROUND_BYTES:
        threading.Thread(target=_in_thread, args=(case.pk, job.pk, paths), daemon=True).start()
    else:
        run_metrics(case.pk, job.pk, paths)
        job.refresh_from_db()
    return job


def _in_thread(case_id: int, job_id: int, paths: list[str]) -> None:
    close_old_connections()
    try:
        run_metrics(case_id, job_id, paths)
    finally:
        connection.close()


def run_metrics(case_id: int, job_id: int, paths: list[str]) -> None:
    job = Job.objects.get(pk=job_id)
    case = Case.objects.get(pk=case_id)

    def say(message: str) -> None:
        # The core's progress messages name files by their stored path: show the name only.
        job.step = min(job.step + 1, job.steps - 1)
        job.message = message.replace(str(settings.FILES_DIR), "").split("/")[-1]
        job.save(update_fields=["step", "message"])

    try:
        report = compute_metrics(paths, progress=say)
        folder = charts_dir(case)
        shutil.rmtree(folder, ignore_errors=True)
        render_charts(report, folder)
    except ReinstateError as error:
        job.status, job.message = "failed", error.sentence()
    else:
        case.metrics = report.to_dict()
        case.save(update_fields=["metrics", "updated"])
        job.status, job.message, job.step = "done", "Metrics computed.", job.steps
    job.save()
