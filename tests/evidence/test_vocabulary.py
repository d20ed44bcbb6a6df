"""Invoice words as data: every label walks its examples; addresses compare by parts;
invoice lines find their ASIN through the catalogue, each saying how."""

from __future__ import annotations

import pytest

from reinstate.evidence._address import same_address
from reinstate.evidence._match import match_items
from reinstate.evidence._model import Item
from reinstate.evidence._vocabulary import vocabulary
from reinstate.kb import load_data
from reinstate.metrics import CatalogueItem

LABELS = list(vocabulary().labels.values())
ADDRESSES = load_data("reinstate.evidence", "address.toml")


@pytest.mark.parametrize("label", LABELS, ids=lambda label: label.name)
def test_every_label_matches_its_examples_and_not_its_counter_examples(label) -> None:
    assert label.match, f"{label.name} has no example to match"
    assert label.no_match, f"{label.name} has no example not to match"
    assert [m for m in label.match if not label.at_start(m)] == []
    assert [m for m in label.no_match if label.at_start(m)] == []


@pytest.mark.parametrize(("printed", "registered"), ADDRESSES["match"])
def test_an_abbreviated_address_is_the_same_address(printed, registered) -> None:
    assert same_address(printed, registered)


@pytest.mark.parametrize(("printed", "registered"), ADDRESSES["no_match"])
def test_a_different_address_is_not_the_same(printed, registered) -> None:
    assert not same_address(printed, registered)


CATALOGUE = (
    CatalogueItem("HL-BB-300", "B0C4KX7Z2M", "Bamboo Cutting Board Set - 3 Piece", 10, None, None),
    CatalogueItem("850012345675", "B0D1PQ8R5T", "Silicone Spatula 3-Pack", 5, None, None),
    CatalogueItem("HL-SKL", "B0B7TW3N9L", "Cast Iron Skillet 10 Inch Pre-Seasoned", 3, None, None),
)


@pytest.mark.parametrize(
    ("item", "asin", "how"),
    [
        (Item("Board", ["B0C4KX7Z2M"], 5), "B0C4KX7Z2M", "asin"),
        (Item("Spatulas", ["0850012345675"], 5), "B0D1PQ8R5T", "upc"),
        (Item("Board set", ["BB-300"], 5), "B0C4KX7Z2M", "model"),
        (Item("Pre-seasoned cast iron skillet, 10 in", ["CI-9"], 5), "B0B7TW3N9L", "title"),
        (Item("Stainless steel whisk", ["WH-200"], 5), None, None),
        (Item("Wooden spoon", ["BB-3000"], 5), None, None),
        (Item("Board set", ["BB300"], 5), "B0C4KX7Z2M", "model"),
    ],
)
def test_an_invoice_line_finds_its_asin_through_the_catalogue_and_says_how(item, asin, how) -> None:
    match_items([item], CATALOGUE)
    assert (item.asin, item.matched_by) == (asin, how)


def test_amazon_is_never_the_suppliers_website(reports) -> None:
    supplier = reports["layout-fba-ship-to.pdf"].fields.supplier
    assert supplier.website == "https://meridianimport.example"


def test_sold_to_beside_the_letterhead_does_not_join_the_suppliers_name(reports) -> None:
    fields = reports["layout-two-column.pdf"].fields
    assert fields.supplier.name == "Summit Housewares Corp."
    assert fields.buyer.name == "Harbor Lane Goods LLC"


def test_a_value_below_its_label_is_read(reports) -> None:
    assert reports["layout-label-above.pdf"].fields.invoice_number == "BRC-7731"


def test_lines_without_asins_are_matched_through_the_catalogue(reports) -> None:
    items = reports["layout-two-column.pdf"].fields.items
    assert [(i.asin, i.matched_by) for i in items] == [
        ("B0C4KX7Z2M", "model"),
        ("B0D1PQ8R5T", "upc"),
    ]


def test_fields_are_read_right_on_the_supplier_layouts_above_the_goal(fixtures, reports) -> None:
    from reinstate.evidence.fixtures import score_fields
    from reinstate.evidence.fixtures._score import score_matches

    scores, hits, lines = [], 0, 0
    for fixture in fixtures.fixtures.values():
        if fixture.name.startswith(("layout-", "mild-")) and fixture.truth:
            read = reports[fixture.name].fields.to_dict()
            scores += score_fields(read, fixture.truth).values()
            matched, total = score_matches(read, fixture.truth)
            hits, lines = hits + matched, lines + total
    assert sum(scores) / len(scores) >= 0.9
    assert hits / lines >= 0.9
