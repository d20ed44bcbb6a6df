"""Packaging a case in the browser: the case's plan, notice, exhibits and seller account
written to a private working folder, ``reinstate.packaging.package`` run on them, and the
outcome kept on a Job row (the gate's findings when it refused, the files when it wrote).

Packages live in the data directory (``packages/<case id>``), outside every static root, and
are served only by the permission-checked download view. Nothing here logs plan text."""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings

from reinstate.errors import ReinstateError
from reinstate.packaging import Packaged, package
from reinstate.web.models import Case, Job, SellerAccount

# name -> (what it is, the MIME type it is served with)
DOWNLOADS: dict[str, tuple[str, str]] = {
    "seller-central.txt": ("Seller Central text", "text/plain; charset=utf-8"),
    "plan-of-action.eml": ("Email with attachments", "message/rfc822"),
    "packet.pdf": ("PDF packet", "application/pdf"),
    "plan-of-action.docx": (
        "Word document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    "manifest.json": ("Manifest", "application/json"),
}
PLAN_FILE = "plan.md"


def package_dir(case: Case) -> Path:
    return Path(settings.FILES_DIR) / "packages" / str(case.pk)


def plan_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def latest(case: Case) -> Job | None:
    return case.jobs.filter(kind="package").order_by("-id").first()


def is_current(job: Job | None, case: Case) -> bool:
    """Whether the package of `job` was built from the plan as it is now."""
    return job is not None and job.result.get("plan") == plan_digest(case.poa_text)


def build(case: Case) -> Job:
    """Package `case`; the Job says how it went (done, refused by the gate, or failed)."""
    job = Job.objects.create(case=case, kind="package", steps=1)
    with tempfile.TemporaryDirectory(prefix="reinstate-package-") as folder:
        inputs = Path(folder)
        try:
            result = _run(case, inputs)
        except ReinstateError as error:
            _finish(job, "failed", _hide(error.sentence(), inputs), {})
            return job
    _finish(job, *_outcome(result, inputs, case))
    return job


def _run(case: Case, inputs: Path) -> Packaged:
    poa = inputs / PLAN_FILE
    poa.write_text(case.poa_text, encoding="utf-8")
    notice = inputs / "notice.json"
    notice.write_text(json.dumps(case.notice), encoding="utf-8")
    account = inputs / "account.toml"
    account.write_text(account_toml(case.seller), encoding="utf-8")
    exhibits = inputs / "exhibits"
    copy_exhibits(case, exhibits)
    out = package_dir(case)
    out.parent.mkdir(parents=True, exist_ok=True)
    return package(poa, notice, out, exhibits=exhibits, account=account)


def _outcome(result: Packaged, inputs: Path, case: Case) -> tuple[str, str, dict[str, Any]]:
    appeal = result.appeal
    findings = [{k: _hide(str(v), inputs) for k, v in f.to_dict().items()} for f in appeal.findings]
    outcome: dict[str, Any] = {
        "plan": plan_digest(case.poa_text),
        "verdict": appeal.verdict,
        "findings": findings,
        "exhibits": [e.label for e in appeal.sent_exhibits],
    }
    if not result.written:
        errors = len(appeal.errors)
        message = f"Not packaged: {errors} error{'s' if errors != 1 else ''} to fix first."
        return "refused", message, outcome
    outcome["files"] = {name: path.stat().st_size for name, path in result.outputs.items()}
    return "done", f"Packaged ({appeal.verdict.replace('-', ' ')}).", outcome


def _finish(job: Job, status: str, message: str, result: dict[str, Any]) -> None:
    job.status = status
    job.message = message[:300]
    job.result = result
    job.step = job.steps
    job.save()


def _hide(text: str, inputs: Path) -> str:
    """A message without the private working folder's path."""
    return text.replace(f"{inputs}/", "").replace(str(inputs), "")


def copy_exhibits(case: Case, folder: Path) -> None:
    """The case's evidence files under the names the plan cites them by."""
    folder.mkdir()
    for item in case.evidence.order_by("name"):
        name = Path(item.name).name
        target = folder / name
        number = 2
        while target.exists():
            target = folder / f"{Path(name).stem} ({number}){Path(name).suffix}"
            number += 1
        try:
            shutil.copyfile(item.file.path, target)
        except (OSError, ValueError):
            continue  # a file lost from storage: the plan's citation of it is then flagged


def account_toml(seller: SellerAccount) -> str:
    """The seller account as the account TOML that packaging and evidence checks read.
    JSON strings are TOML basic strings (the same escapes)."""
    values = {
        "name": seller.name,
        "business_name": seller.business_name,
        "address": seller.address,
        "phone": seller.phone,
        "email": seller.email,
        "merchant_token": seller.merchant_token,
    }
    lines = [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    marketplaces = [m.strip() for m in seller.marketplaces.split(",") if m.strip()]
    lines.append(f"marketplaces = {json.dumps(marketplaces)}")
    return "\n".join(lines) + "\n"


def download_path(case: Case, name: str) -> Path | None:
    """The file `name` of the case's package, when it is one of the downloads and the last
    build wrote it (after a refused build, the older package is not offered)."""
    job = latest(case)
    if name not in DOWNLOADS or job is None or job.status != "done":
        return None
    path = package_dir(case) / name
    return path if path.is_file() else None
