"""The calls from the web layer into the core: notice intake, metrics, evidence, review.

Each takes model instances and plain values and returns plain values; views stay about HTTP.
"""

from __future__ import annotations

import collections
import datetime as dt
import functools
import hashlib
import tempfile
import threading
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
from reinstate.web import timing
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
    """What the plan of `case` is checked against: its notice, metrics and exhibits."""
    return _review_context(*_context_key(case))


def _context_key(case: Case) -> tuple[int, dt.datetime, tuple[str, ...]]:
    """What a review of the case's plan depends on besides the text: the case's last change (a
    new notice reading or metrics move `updated`) and its exhibit names."""
    names = tuple(case.evidence.order_by("name").values_list("name", flat=True))
    return case.pk, case.updated, names


@functools.lru_cache(maxsize=256)
def _review_context(case_id: int, updated: dt.datetime, names: tuple[str, ...]) -> ReviewContext:
    """Kept per process for the live review (typing sends a review every few hundred ms); an
    edit anywhere in the case makes a new key, so a new context."""
    case = Case.objects.only("notice", "metrics").get(pk=case_id)
    facts = NoticeFacts.from_dict(case.notice, "notice") if case.notice else None
    metrics = metrics_from_dict(case.metrics, "metrics") if case.metrics else None
    exhibits = ExhibitFolder.of_names(list(names))
    return ReviewContext(notice=facts, metrics=metrics, exhibits=exhibits)


PlanReview = tuple[Review, tuple[dict[str, Any], ...]]


class ReviewCache:
    """The last `size` reviews, keyed by the case's context key and a digest of the plan text:
    the live review re-sends text that did not change (a key that moves the caret, the plan
    page opened again), and the same text against the same notice, metrics and exhibits
    always gets the same review. Shared by the threads of a process."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.entries: collections.OrderedDict[tuple[Any, ...], PlanReview] = (
            collections.OrderedDict()
        )
        self.lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, key: tuple[Any, ...]) -> PlanReview | None:
        with self.lock:
            found = self.entries.get(key)
            if found is None:
                self.misses += 1
                return None
            self.entries.move_to_end(key)
            self.hits += 1
            return found

    def put(self, key: tuple[Any, ...], value: PlanReview) -> None:
        with self.lock:
            self.entries[key] = value
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


REVIEWS = ReviewCache(512)


def review_plan(case: Case, text: str) -> PlanReview:
    """The review of `text` as the plan of `case`, and its coverage matrix rows."""
    context_key = _context_key(case)
    key = (*context_key, hashlib.sha256(text.encode()).digest())
    cached = REVIEWS.get(key)
    if cached is not None:
        return cached
    context = _review_context(*context_key)
    with timing.span("review"):
        review = review_text(text, context, path="plan")
        rows = coverage_matrix(text, case.issues(), context.exhibits)
    result = (review, tuple(row.to_dict() for row in rows))
    REVIEWS.put(key, result)
    return result


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
