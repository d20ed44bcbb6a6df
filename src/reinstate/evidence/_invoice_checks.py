"""The checks of an invoice against Amazon's invoice rules and the seller's context."""

from __future__ import annotations

import datetime as dt
import re

from reinstate.evidence._buyer import buyer_match
from reinstate.evidence._lines import visual_lines
from reinstate.evidence._model import Finding
from reinstate.evidence._notice_items import listed
from reinstate.evidence._patterns import fold_asin
from reinstate.evidence._refused import refused_type
from reinstate.evidence._rules import rule
from reinstate.evidence._subject import Subject

ITEM_ROWS = 3  # an item's row and the two below it (its SKU, its units) are its line


def date_window(subject: Subject) -> list[Finding]:
    day, notice = subject.fields.invoice_date, subject.context.notice_date
    if subject.kind != "invoice":
        return []
    if day is None:
        return [rule("invoice.date-missing").finding()]
    check = rule("invoice.date-outside-window")
    key = "ungating_window_days" if subject.context.ungating else "window_days"
    window = subject.context.invoice_window_days or int(check.options[key])
    if notice and not notice - dt.timedelta(days=window) <= day <= notice:
        return [check.finding(value=day.isoformat(), limit=window, notice=notice.isoformat())]
    return []


def itemised(subject: Subject) -> list[Finding]:
    items = subject.fields.items
    if subject.kind != "invoice" or any(item.identifiers or item.asin for item in items):
        return []  # a line named only, matched to an ASIN by its title, is itemised
    return [rule("invoice.not-itemised").finding()]


def bill_date_window(subject: Subject) -> list[Finding]:
    day, notice = subject.fields.invoice_date, subject.context.notice_date
    if subject.kind != "utility-bill" or day is None or notice is None:
        return []
    check = rule("utility.date-outside-window")
    window = int(check.options.get("window_days", 90))
    if not notice - dt.timedelta(days=window) <= day <= notice:
        return [check.finding(value=day.isoformat(), limit=window, notice=notice.isoformat())]
    return []


def units_on(subject: Subject) -> dict[str, int]:
    """Units per folded ASIN on this invoice's item lines."""
    units: dict[str, int] = {}
    for item in subject.fields.items:
        for identifier in [item.asin] if item.asin else item.identifiers[:1]:
            key = fold_asin(identifier)
            units[key] = units.get(key, 0) + (item.quantity or 0)
    return units


def quantity_cover(subject: Subject) -> list[Finding]:
    if subject.kind != "invoice":
        return []
    check, shown = rule("invoice.quantity-insufficient"), listed(subject)
    unread = {fold_asin(i.asin) for i in subject.fields.items if i.asin and i.quantity is None}
    unsure = {fold_asin(i.asin) for i in subject.fields.items if i.asin and i.unsure}
    findings, own = [], units_on(subject)
    for asin, sold in sorted(subject.context.units_sold.items()):
        key = fold_asin(asin)
        covered = subject.covered.get(key, own.get(key, 0))
        if key in unread:  # unknown, not too small: said, unless the set covers it anyway
            findings += [_unread_quantity(asin, sold)] if key in shown and covered < sold else []
            continue
        beside = _units_beside(subject, key, sold) if covered < sold else None
        if key in shown and covered < sold and (key in unsure or beside):
            short = check.finding(value=asin, limit=sold, covered=covered)
            findings.append(_unsure_short(short, beside))
        elif key in shown and covered < sold:
            findings.append(check.finding(value=asin, limit=sold, covered=covered))
        elif key in shown and own.get(key, 0) < sold:
            findings.append(_short_in_set(asin, own.get(key, 0), sold, covered))
    return findings


def _unread_quantity(asin: str, sold: int) -> Finding:
    """A line of a notice ASIN whose quantity could not be read: a warning to check that
    the invoices cover its sales."""
    check = rule("invoice.quantity-insufficient")
    message = (
        f"{asin}: the quantity on its line could not be read; check by eye that the invoices"
        f" cover the {sold} units sold in the 365 days before the notice"
    )
    return Finding(check.id, "warning", message, check.why)


def _unsure_short(finding: Finding, beside: int | None = None) -> Finding:
    """A shortfall shown by a quantity OCR was unsure of, or read beside a larger count
    of units on its own line: a warning to check by eye."""
    why = "OCR was unsure of the quantity it read"
    if beside:
        why = f"the line also shows {beside}, which may be its units counted in cases"
    message = f"{finding.message} ({why}: check it)"
    return Finding(finding.rule, "warning", message, finding.why)


def _units_beside(subject: Subject, key: str, sold: int) -> int | None:
    """A count on an item's line (or the two below it) that is a multiple of the quantity
    read and covers the units sold: the quantity read was cases or packs ("8" cases beside
    "= 48 units", "3" beside "24/cs … 72")."""
    for item in subject.fields.items:
        if not item.asin or fold_asin(item.asin) != key or not item.quantity:
            continue
        for count in _counts(_item_rows(subject, item.identifiers or [item.description])):
            if count >= sold and count > item.quantity and count % item.quantity == 0:
                return count
    return None


# a whole number standing alone: not a price ("54.00"), a code ("TT2"), a size ("7.9")
_COUNT = re.compile(r"(?<![\w.,$€£/-])\d{1,6}(?![\w/-]|[.,]\d)")


def _counts(rows: list[str]) -> list[int]:
    return [int(n) for row in rows for n in _COUNT.findall(row)]


def _item_rows(subject: Subject, keys: list[str]) -> list[str]:
    """The visual rows that carry one of `keys` (an item's codes), and the two below."""
    rows = [line.text for page in subject.document.pages for line in visual_lines(page.words)]
    found = [n for n, row in enumerate(rows) if any(k and k in row for k in keys)]
    return [row for n in found for row in rows[n : n + ITEM_ROWS]]


def _short_in_set(asin: str, own: int, sold: int, covered: int) -> Finding:
    """This invoice alone shows fewer units than were sold, the set's others make up the
    rest: said (a reviewer reads each invoice), as a suggestion that does not block."""
    check = rule("invoice.quantity-insufficient")
    message = (
        f"{asin}: this invoice alone shows {own} of the {sold} units sold in the 365 days"
        f" before the notice; the set's invoices cover {covered} together, so send them all"
    )
    return Finding(check.id, "suggestion", message, check.why)


def counts_for_cover(subject: Subject) -> bool:
    """Whether an invoice's units count towards the set's cover: not a refused type, not
    outside the window, not to another buyer (its units prove no purchase of the seller's)."""
    checks = (refused_type, date_window, buyer_match)
    return subject.kind == "invoice" and not any(
        f.severity == "error" for check in checks for f in check(subject)
    )


def units_minimum(subject: Subject) -> list[Finding]:
    """For category approval: the invoices of the set show at least the minimum of units
    in total (of the notice's ASINs when it names some, else of every item line)."""
    if subject.kind != "invoice" or not subject.context.ungating:
        return []
    check = rule("invoice.units-below-minimum")
    units = subject.covered or units_on(subject)
    wanted = {fold_asin(asin) for asin in subject.context.asins}
    total = sum(n for key, n in units.items() if not wanted or key in wanted)
    minimum = int(check.options["minimum_units"])
    return [check.finding(value=total, limit=minimum)] if total < minimum else []


def not_completed(subject: Subject) -> list[Finding]:
    """The invoice says it is unpaid (and nothing was paid) or not shipped yet."""
    if subject.kind != "invoice":
        return []
    check = rule("invoice.not-completed")
    text = " ".join(subject.document.text().lower().split())
    for kind in ("unshipped", "unpaid"):
        match = _first_match(check.options[kind], text)
        if match and not (kind == "unpaid" and _first_match(check.options["paid"], text)):
            return [check.finding(value=match)]
    return []


def _first_match(patterns: list[str], text: str) -> str | None:
    for pattern in patterns:
        found = re.search(pattern, text)
        if found:
            return found.group().strip()
    return None
