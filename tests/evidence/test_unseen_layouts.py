"""Invoices in layouts the reader was not built on (``unseen_invoices``): read by position,
their lines matched through the catalogue, clean ones never flagged, defects caught. The
PDFs (text layer) are checked here; scans and photos by scripts/measure-heldout-invoices."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from reinstate.evidence import Context
from reinstate.evidence._lines import visual_lines
from reinstate.evidence._model import Word
from reinstate.evidence._parties import address
from reinstate.evidence.fixtures import score_fields
from tests.evidence import unseen_invoices as unseen


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("unseen")
    truth: dict = {}
    for batch, seed in ((1, 11), (2, 23)):
        for doc in unseen.make_docs(random.Random(seed), batch):
            unseen.draw(doc).save(folder / f"{doc.layout}.pdf")
            truth[f"{doc.layout}.pdf"] = {"fields": doc.truth()}
        if batch == 1:
            unseen._defects(folder, unseen.make_docs(random.Random(seed), batch), truth)
    unseen._context(folder)
    (folder / "truth.json").write_text(__import__("json").dumps(truth))
    return folder


@pytest.fixture(scope="module")
def context(folder: Path) -> Context:
    return unseen.context_of(folder)


@pytest.fixture(scope="module")
def reports(folder: Path, context: Context) -> dict:
    return unseen.check_each(folder, context)


def test_fields_of_twelve_unseen_layouts_are_read_right_at_least_95_percent(
    folder, reports
) -> None:
    scores = [
        ok
        for name, record in unseen.truth_of(folder).items()
        if not name.startswith("defect-")
        for ok in score_fields(reports[name].fields.to_dict(), record["fields"]).values()
    ]
    assert sum(scores) >= 0.95 * len(scores), f"{sum(scores)}/{len(scores)}"


def test_every_line_of_the_unseen_layouts_is_matched_to_its_asin(folder, reports) -> None:
    for name, record in unseen.truth_of(folder).items():
        got = [item.asin for item in reports[name].fields.items]
        assert got == [item["asin"] for item in record["fields"]["items"]], name


def test_no_clean_unseen_invoice_has_an_error_or_a_warning(folder, reports) -> None:
    for name, report in reports.items():
        if not name.startswith("defect-"):
            assert report.findings == [], (name, [f.rule for f in report.findings])


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("defect-old.pdf", "invoice.date-outside-window"),
        ("defect-other-buyer.pdf", "invoice.buyer-mismatch"),
        ("defect-proforma.pdf", "invoice.refused-type"),
    ],
)
def test_each_defect_in_an_unseen_layout_is_caught(reports, name, rule) -> None:
    assert rule in {f.rule for f in reports[name].findings}


def test_a_letter_s_address_window_names_the_buyer_without_a_label(reports) -> None:
    buyer = reports["european.pdf"].fields.buyer
    assert buyer.name == "CEDAR POINT OUTFITTERS LLC"
    assert buyer.address == "2750 W MARIGOLD AVE STE 210, BOISE, ID 83702"


def test_two_addresses_side_by_side_never_run_into_one() -> None:
    lines = ["2301 Wharf Boulevard", "Sacramento, CA 95814", "Boise, ID 83702"]
    assert address(lines) == "2301 Wharf Boulevard, Sacramento, CA 95814"


def test_a_sender_line_with_separators_gives_its_address_without_the_name() -> None:
    line = "Tall Pines Wholesale Inc. - 19 Tamarack Road, Unit B - Bend, OR 97701"
    assert (
        address([line], "Tall Pines Wholesale Inc.") == "19 Tamarack Road, Unit B, Bend, OR 97701"
    )


def test_contacts_on_an_address_line_are_left_out_of_the_address() -> None:
    line = "4410 Industrial Parkway, Ogden, UT 84401   Tel: (801) 555-0133   www.ridgeline.example"
    assert address([line]) == "4410 Industrial Parkway, Ogden, UT 84401"


def _word(text: str, x: float, y: float) -> Word:
    return Word(text, (x, y, x + 8 * len(text), y + 12))


def test_a_heading_row_of_a_scan_turned_a_degree_stays_one_line() -> None:
    slope = 0.02  # 1.15 degrees: 15 points of rise across 750
    words = [_word("Item", 100, 100 - slope * 100), _word("Quantity", 850, 100 - slope * 850)]
    for row in range(3):  # item rows whose descriptions bridge the page
        y = 130 + 30 * row
        words += [_word(f"W{row}{i}", 100 + 90 * i, y - slope * (100 + 90 * i)) for i in range(9)]
    lines = visual_lines(words)
    assert [w.text for w in lines[0].words] == ["Item", "Quantity"]
    assert len(lines) == 4


def test_an_invoice_in_italian_reads_slashed_dates_day_first() -> None:
    from reinstate.evidence._invoice import _date_country, _invoice_date

    text = "FATTURA N. 2026/0187\nDATA 05/03/2026"
    assert _date_country(text) == "IT"
    assert str(_invoice_date(["DATA 05/03/2026"], text, _date_country(text))) == "2026-03-05"


def test_the_company_name_is_the_line_with_its_legal_form_not_the_logo_word() -> None:
    from reinstate.evidence._parties import _legal_name

    lines = [
        "NORDHAUS",
        "Haushaltswaren seit 1968",
        "Nordhaus Haushaltswaren GmbH · Industriestraße 14",
    ]
    assert _legal_name(lines) == "Nordhaus Haushaltswaren GmbH"


def test_a_full_state_name_before_a_zip_is_its_usps_abbreviation() -> None:
    from reinstate.evidence._address import same_address

    registered = "3418 Lakeview Terrace Drive, Suite 5, Madison, WI 53704"
    assert same_address("3418 Lakeview Terrace Dr., Ste. 5, Madison, Wisconsin 53704", registered)
    assert not same_address("3418 Lakeview Terrace Dr., Ste. 5, Madison, Iowa 53704", registered)


def test_a_model_number_matches_a_sku_with_a_pack_suffix_but_not_a_longer_number() -> None:
    from reinstate.evidence._match import _inside

    class P:
        sku, product_name = "GP-UCL12-3PK", "Glowpath Under Cabinet Light"

    assert _inside("GP-UCL12-3", P())
    assert not _inside("GP-UCL12", type("Q", (), {"sku": "GP-UCL123", "product_name": ""})())


def test_equally_close_titles_are_told_apart_by_the_words_only_one_of_them_has() -> None:
    from reinstate.evidence._match import _variant

    class P:
        def __init__(self, asin: str, name: str) -> None:
            self.asin, self.product_name, self.sku = asin, name, ""

    gray = P("B09ZMT4QH2", "Cotton Waffle Weave Kitchen Towels, 16 x 28 inch, Set of 4, Gray")
    navy = P("B09ZMT6LC8", "Cotton Waffle Weave Kitchen Towels, 16 x 28 inch, Set of 4, Navy")
    assert _variant("Waffle Weave Kitchen Towel 16x28, 4/pk, Gray", [gray, navy]) == gray.asin
    assert _variant("Waffle Weave Kitchen Towel 16x28, 4/pk", [gray, navy]) is None
