"""Category approval (ungating): invoices of the last 180 days, at least 10 units in total,
the seller's name and address, and no receipts, order confirmations or pro-formas."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import InputError
from reinstate.evidence import Context, check_file, check_files, make_context
from reinstate.evidence._refused import with_article
from reinstate.evidence.fixtures import CLEAN_INVOICES, NOTICE_RECEIVED, draw_invoice
from reinstate.evidence.fixtures import _cast as cast

UNITS = "invoice.units-below-minimum"


def _invoice(folder: Path, name: str, **changes) -> Path:
    """A classic invoice of two months before the notice, with `changes`."""
    doc = replace(
        CLEAN_INVOICES[0],
        number="NKS-21999",
        date=NOTICE_RECEIVED - dt.timedelta(days=60),
        **changes,
    )
    draw_invoice(doc).save(folder / name)
    return folder / name


def _rules(report) -> set[str]:
    return {finding.rule for file in report.files for finding in file.findings}


def test_a_notice_asking_for_180_days_of_invoices_is_for_category_approval(fixtures) -> None:
    context = make_context(fixtures.ungating_notice)
    assert context.purpose == "ungating"
    assert context.invoice_window_days == 180
    assert make_context(fixtures.notice).purpose == "appeal"


def test_an_unknown_purpose_is_refused(fixtures) -> None:
    with pytest.raises(InputError, match="unknown purpose"):
        make_context(fixtures.notice, purpose="restock")


def test_category_approval_allows_180_days_and_an_appeal_still_365(fixtures, context) -> None:
    old = fixtures["invoice-ungating-old.pdf"].path  # 240 days before the notice
    ungating = replace(context, purpose="ungating", units_sold={})
    findings = check_file(old, ungating).findings
    assert [f.rule for f in findings] == ["invoice.date-outside-window"]
    assert "outside the 180 days" in findings[0].message
    assert "invoice.date-outside-window" not in {f.rule for f in check_file(old, context).findings}


def test_the_units_of_several_invoices_are_combined(fixtures, ungating, out) -> None:
    few = fixtures["invoice-ungating-few-units.pdf"].path  # 6 units
    alone = check_file(few, ungating).findings
    assert [(f.rule, f.message) for f in alone] == [
        (UNITS, "the invoices show 6 units in total; category approval needs at least 10")
    ]
    other = _invoice(out, "six-more.pdf", lines=(cast.line(cast.BOARD, 6, 8.5),))
    report = check_files([few, other], ungating)
    assert UNITS not in _rules(report)
    assert report.ready


def test_only_units_of_the_notice_asins_count_when_it_names_some(ungating, out) -> None:
    lines = (cast.line(cast.SKILLET, 40, 14.9), cast.line(cast.BOARD, 5, 8.5))
    path = _invoice(out, "skillets.pdf", lines=lines)
    assert UNITS in {f.rule for f in check_file(path, ungating).findings}
    without_asins = Context(purpose="ungating")
    assert UNITS not in {f.rule for f in check_file(path, without_asins).findings}


def test_the_minimum_of_units_is_not_asked_of_a_policy_appeal(fixtures, context) -> None:
    few = fixtures["invoice-ungating-few-units.pdf"].path
    assert UNITS not in {f.rule for f in check_file(few, context).findings}


@pytest.mark.parametrize(
    ("title", "label"),
    [
        ("RECEIPT", "retail receipt"),
        ("ORDER CONFIRMATION", "order confirmation"),
        ("Order Summary", "order confirmation"),
        ("PACKING SLIP", "packing slip"),
        ("BILL OF LADING", "bill of lading"),
        ("PRO FORMA INVOICE", "pro-forma invoice"),
        ("SALES QUOTE", "quote"),
        ("SALES ORDER", "sales order"),
    ],
)
def test_documents_refused_for_category_approval_are_flagged(title, label, ungating, out) -> None:
    path = _invoice(out, "refused.pdf", title=title)
    findings = [f for f in check_file(path, ungating).findings if f.rule == "invoice.refused-type"]
    assert [f.message for f in findings] == [
        f"this is {with_article(label)}, which Amazon does not accept as an invoice"
    ]


def test_the_buyer_must_match_the_account_for_category_approval(fixtures, ungating) -> None:
    report = check_file(fixtures["invoice-ungating-other-buyer.pdf"].path, ungating)
    assert [f.rule for f in report.findings] == ["invoice.buyer-mismatch"]


def test_check_purpose_ungating_applies_the_category_approval_rules(fixtures) -> None:
    path = str(fixtures["invoice-ungating-few-units.pdf"].path)
    args = ["evidence", "check", path, "--account", str(fixtures.account), "--format", "json"]
    appeal = json.loads(CliRunner().invoke(cli, args).stdout)
    assert appeal["files"][0]["findings"] == []  # no notice or orders: skipped, not passed
    assert appeal["skipped"]
    assert not appeal["ready"]
    result = CliRunner().invoke(cli, [*args, "--purpose", "ungating"])
    assert result.exit_code == 1, result.output
    findings = json.loads(result.stdout)["files"][0]["findings"]
    assert [f["rule"] for f in findings] == [UNITS]
