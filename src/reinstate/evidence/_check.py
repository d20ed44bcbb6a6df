"""Checking evidence files: read each one, run every check on it, judge the set.

Every check has one shape, ``check(subject) -> list[Finding]``, and the built-in ones are
registered in ``CHECKS``, one explicit list. To add one, copy a sibling in
``_invoice_checks.py``, add its rule to ``data/rules.toml`` with examples, and list it here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from reinstate.evidence import _invoice_checks as inv
from reinstate.evidence._buyer import buyer_match, holder_match
from reinstate.evidence._contact import supplier_contact
from reinstate.evidence._context import Context
from reinstate.evidence._invoice import read_fields
from reinstate.evidence._kind import classify
from reinstate.evidence._load import ACCEPTED, Unreadable, inspect, load
from reinstate.evidence._match import match_items
from reinstate.evidence._model import Fields, FileReport, Finding, Report
from reinstate.evidence._notice_items import items_match, lines_in_doubt, listed
from reinstate.evidence._pages import read_pages
from reinstate.evidence._patterns import fold_asin
from reinstate.evidence._pdf import pdf_notes
from reinstate.evidence._quality import check_quality
from reinstate.evidence._refused import refused_type
from reinstate.evidence._rules import rule
from reinstate.evidence._screen import is_screenshot
from reinstate.evidence._subject import Subject
from reinstate.evidence._tamper import tamper_hints
from reinstate.findings import Skipped

Check = Callable[[Subject], list[Finding]]
TEXT_KINDS = ("invoice", "utility-bill")


def format_accepted(subject: Subject) -> list[Finding]:
    if subject.document.format in ACCEPTED:
        return []
    return [rule("format.not-accepted").finding(value=subject.document.format)]


def quality(subject: Subject) -> list[Finding]:
    pages, shot = subject.document.pages, subject.screenshot
    return [f for p in pages for f in check_quality(p, subject.measures.get(p.number), shot)]


def text_readable(subject: Subject) -> list[Finding]:
    if subject.kind != "other" or len(subject.document.text().split()) >= 5:
        return []
    return [rule("text.unreadable").finding()]


def utility_screenshot(subject: Subject) -> list[Finding]:
    if subject.kind != "utility-bill" or not subject.screenshot:
        return []
    return [rule("utility.screenshot").finding()]


def tamper(subject: Subject) -> list[Finding]:
    return tamper_hints(subject.document, subject.fields)


def repaired(subject: Subject) -> list[Finding]:
    """What the PDF library had to repair to read the file, in its own words."""
    notes = subject.document.notes
    return [rule("format.repaired").finding(value="; ".join(notes))] if notes else []


CHECKS: tuple[Check, ...] = (
    format_accepted,
    repaired,
    quality,
    text_readable,
    refused_type,
    inv.date_window,
    inv.itemised,
    inv.not_completed,
    supplier_contact,
    buyer_match,
    items_match,
    inv.quantity_cover,
    inv.units_minimum,
    inv.bill_date_window,
    holder_match,
    utility_screenshot,
    tamper,
)


def read(path: Path, context: Context) -> Subject | FileReport:
    """The file read as a subject (pages measured, OCR done, fields read), or a report
    with the format finding that stops it from being read."""
    try:
        document = load(path)
        measures = read_pages(document.pages)
        document.notes = pdf_notes(document)
    except Unreadable as error:
        return FileReport(str(path), findings=[rule(error.rule).finding(value=error.message)])
    pictures = any(m.skew is None and m.contrast >= 25 for m in measures.values())
    kind = classify(document, pictures)
    screenshot = is_screenshot(document, measures)
    if screenshot and kind not in TEXT_KINDS:  # a shot of a bill or invoice keeps its kind
        kind = "screenshot"
    account = context.account
    seller = tuple(n for n in (account.business_name, account.name) if n) if account else ()
    fields = read_fields(document, context.asins, seller) if kind in TEXT_KINDS else Fields()
    match_items(fields.items, context.catalogue)
    return Subject(document, kind, fields, context, measures, screenshot=screenshot)


# the findings that rest on reading a field: on a page that fails a quality check, the
# reading is not sure, and they are warnings to check by eye (the quality error blocks)
READ_FROM_PAGE = (
    "invoice.buyer-mismatch",
    "invoice.supplier-contact-missing",
    "invoice.items-unmatched",
    "invoice.quantity-insufficient",
    "invoice.date-outside-window",
)


def _unsure_on_poor_pages(findings: list[Finding]) -> list[Finding]:
    """Errors read from a document whose pages fail a quality check, made warnings."""
    if not any(f.rule.startswith("quality.") and f.severity == "error" for f in findings):
        return findings
    note = " (read from a page that fails a quality check: check it by eye)"
    return [
        Finding(f.rule, "warning", f.message + note, f.why, f.location)
        if f.rule in READ_FROM_PAGE and f.severity == "error"
        else f
        for f in findings
    ]


def judge(subject: Subject) -> FileReport:
    """The report of one read file: every check's findings."""
    findings = [finding for check in CHECKS for finding in check(subject)]
    findings = _unsure_on_poor_pages(findings)
    pages = len(subject.document.pages)
    return FileReport(str(subject.document.path), subject.kind, pages, subject.fields, findings)


def _coverage(subjects: list[Subject]) -> dict[str, int]:
    total: dict[str, int] = {}
    for subject in subjects:
        if inv.counts_for_cover(subject):
            for asin, units in inv.units_on(subject).items():
                total[asin] = total.get(asin, 0) + units
    return total


def _set_findings(subjects: list[Subject], context: Context) -> list[Finding]:
    """Notice ASINs that no invoice of the set shows at all."""
    invoices = [s for s in subjects if s.kind == "invoice"]
    if not invoices:
        return []
    shown = set().union(*(listed(s) for s in invoices))
    missing = [asin for asin in context.asins if fold_asin(asin) not in shown]
    if not missing:
        return []
    check = rule("invoice.items-unmatched")
    message = f"no invoice shows {', '.join(missing)}"
    if any(lines_in_doubt(s) for s in invoices):  # a line not read or not matched surely
        message += "; some item lines could not be read or matched surely: check them by eye"
        return [Finding(check.id, "warning", message, check.why)]
    return [Finding(check.id, check.severity, message, check.why)]


# the checks that need a file given on the command line: (document kind, what is missing,
# the check that cannot run without it); ungating needs no sales figures
NEEDS = (
    ("invoice", "notice", "invoice dates against the notice's window"),
    ("invoice", "notice", "the notice's ASINs on the invoices"),
    ("invoice", "orders", "invoice quantities against units sold"),
    ("invoice", "account", "the buyer against the seller's account"),
    ("utility-bill", "notice", "the bill's date against the notice"),
    ("utility-bill", "account", "the bill's holder against the seller's account"),
)


def skipped_checks(kinds: Iterable[str], context: Context) -> list[Skipped]:
    """The checks that could not run on documents of `kinds` for want of a notice, an
    orders report or an account: the verdict cannot be "ready" on them."""
    given = {
        "notice": context.notice_date is not None,
        "orders": bool(context.catalogue or context.units_sold) or context.ungating,
        "account": context.account is not None,
    }
    present = set(kinds)
    return [
        Skipped(what, f"no --{need}")
        for kind, need, what in NEEDS
        if kind in present and not given[need]
    ]


def check_files(
    paths: Iterable[str | Path],
    context: Context | None = None,
    progress: Callable[[Path], None] | None = None,
) -> Report:
    """Check every file, each on its own and as a set (invoice coverage of the notice)."""
    context = context or Context()
    files = [Path(path) for path in paths]
    for path in files:  # refuse a file over a limit before any work (InputError)
        inspect(path)
    read_files: list[Subject | FileReport] = []
    for path in files:
        read_files.append(read(path, context))
        if progress:
            progress(path)
    subjects = [item for item in read_files if isinstance(item, Subject)]
    covered = _coverage(subjects)
    for subject in subjects:
        subject.covered = covered
    reports = [judge(item) if isinstance(item, Subject) else item for item in read_files]
    skipped = skipped_checks((subject.kind for subject in subjects), context)
    return Report(reports, _set_findings(subjects, context), skipped)


def check_file(path: str | Path, context: Context | None = None) -> FileReport:
    """Check one file on its own."""
    return check_files([path], context).files[0]
