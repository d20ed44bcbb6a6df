"""The calls from the web layer into the core: notice intake, metrics, evidence, review.

Each takes model instances and plain values and returns plain values; views stay about HTTP.
"""

from __future__ import annotations

import datetime as dt
import functools
import tempfile
from pathlib import Path
from typing import Any

from django.conf import settings

from reinstate.errors import ReinstateError
from reinstate.evidence import Account, Context, check_file, highlight
from reinstate.metrics import recognise_file
from reinstate.notice import Notice, read_notice
from reinstate.review import (
    ExhibitFolder,
    NoticeFacts,
    Review,
    ReviewContext,
    coverage_matrix,
    metrics_from_dict,
    review_text,
)
from reinstate.web.models import Case, EvidenceFile

PREVIEW_DPI = 80


def read_pasted(text: str, name: str = "notice.txt", received: dt.date | None = None) -> Notice:
    """Amazon's message, pasted or uploaded, read by notice intake (through a temporary file,
    so that .eml and .html uploads are read as such).

    `received` wins over a date in the message; a message with neither counts from today,
    the day it was pasted (the deadline runs from when the seller got it)."""
    suffix = Path(name).suffix.lower() if Path(name).suffix else ".txt"
    with tempfile.TemporaryDirectory(prefix="reinstate-notice-") as folder:
        path = Path(folder) / f"notice{suffix}"
        path.write_text(text, encoding="utf-8")
        notice = read_notice(path, received=received)
        if notice.received is None:
            notice = read_notice(path, received=dt.date.today())
    return notice


def case_fields(notice: Notice) -> dict[str, Any]:
    """The case's columns from a notice."""
    data = notice.to_dict()
    return {
        "notice": data,
        "message_type": notice.message_type,
        "violations": list(notice.violation_kinds),
        "asins": list(notice.asins),
        "deadline": notice.deadline.due if notice.deadline else None,
    }


def case_title(notice: Notice, seller: str) -> str:
    kinds = ", ".join(k.replace("-", " ") for k in notice.violation_kinds[:2]) or "notice"
    return f"{seller}: {notice.message_type.replace('-', ' ')} ({kinds})"


def review_context(case: Case) -> ReviewContext:
    """What the plan of `case` is checked against: its notice, metrics and exhibits.

    Kept per process for the live review (typing sends a review every few hundred ms): the key
    is the case's last change (a new notice reading or metrics move `updated`) and its exhibit
    names, so an edit anywhere makes a new context."""
    names = tuple(case.evidence.order_by("name").values_list("name", flat=True))
    return _review_context(case.pk, case.updated, names)


@functools.lru_cache(maxsize=256)
def _review_context(case_id: int, updated: dt.datetime, names: tuple[str, ...]) -> ReviewContext:
    case = Case.objects.only("notice", "metrics").get(pk=case_id)
    facts = NoticeFacts.from_dict(case.notice, "notice") if case.notice else None
    metrics = metrics_from_dict(case.metrics, "metrics") if case.metrics else None
    exhibits = ExhibitFolder.of_names(list(names))
    return ReviewContext(notice=facts, metrics=metrics, exhibits=exhibits)


def review_plan(case: Case, text: str) -> tuple[Review, list[dict[str, Any]]]:
    """The review of `text` as the plan of `case`, and its coverage matrix rows."""
    context = review_context(case)
    review = review_text(text, context, path="plan")
    rows = coverage_matrix(text, case.issues(), context.exhibits)
    return review, [row.to_dict() for row in rows]


def evidence_context(case: Case) -> Context:
    seller = case.seller
    received = case.notice.get("received")
    account = Account(
        name=seller.name,
        business_name=seller.business_name,
        address=seller.address,
        phone=seller.phone,
        email=seller.email,
        merchant_token=seller.merchant_token,
        marketplaces=tuple(m.strip() for m in seller.marketplaces.split(",") if m.strip()),
    )
    return Context(
        notice_date=dt.date.fromisoformat(received) if received else None,
        asins=tuple(case.asins),
        account=account,
    )


def check_evidence(case: Case, item: EvidenceFile) -> None:
    """Check one stored file and make its highlighted preview; saves `item`."""
    path = Path(item.file.path)
    report = check_file(path, evidence_context(case)).to_dict()
    item.kind = report["kind"]
    item.pages = report["pages"]
    item.ready = report["ready"]
    item.findings = report["findings"]
    item.invoice_fields = report["fields"]
    item.preview = make_preview(case, path, item.pk) or ""
    item.save()


def make_preview(case: Case, path: Path, item_id: int) -> str | None:
    """A PNG of the first page with the key details framed, or None when unreadable."""
    import pymupdf

    relative = f"previews/{case.pk}/{item_id}.png"
    target = Path(settings.FILES_DIR) / relative
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="reinstate-preview-") as folder:
        framed = Path(folder) / "framed.pdf"
        try:
            highlight(path, framed, auto=True, asins=list(case.asins))
        except ReinstateError:
            return None
        with pymupdf.open(framed) as pdf:
            pdf[0].get_pixmap(dpi=PREVIEW_DPI).save(target)
    return relative


def report_kind(path: str) -> str:
    """The kind of report file (all_orders, returns, ...), or "unknown"."""
    try:
        return recognise_file(path)
    except ReinstateError:
        return "unknown"
