"""The spelling rule's wider vocabulary (issue 9): real names and terms pass, typos do not.

The sets in tests/corpus/spelling were written for this (misspellings as sellers make them,
real brands, software, chemicals, places, people and units, each in a sentence); their
figures are in docs/review.md."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from reinstate.review import review_text
from tests.review.helpers import context_from

sys.path.insert(0, str(Path(__file__).parent.parent.parent / "benchmarks"))

import measure_spelling

# Figures reached on the sets (docs/review.md): floors and ceilings that must hold.
TYPOS_CAUGHT = 172  # of 180; the rest are real words ("costumers", "calender") or near-misses
NAMES_FLAGGED = 4  # of 365: two brands one slip from a word, a French word, and its verb


def flagged(text: str, **context: object) -> list[str]:
    review = review_text(text, context_from(context))
    # the message quotes the word: "'recieved' is not a known word."
    return [f.message.split("'")[1] for f in review.findings if f.rule == "spelling.unknown-word"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The spray bottle was shown next to a bottle of neem oil.",
        "We removed every listing that mentioned permethrin.",
        "Ashwagandha capsules are no longer part of our range.",
        "Our supplier is in Dongguan and ships from Ningbo.",
        "Kombucha kits carry no health claims now.",
    ],
)
def test_words_of_the_wider_english_list_are_known(sentence: str) -> None:
    assert flagged(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "typo"),
    [
        ("The error occured because our template was out of date.", "occured"),
        ("We commited to a new process.", "commited"),
        ("From the begining of June every order is scanned.", "begining"),
        ("We recieved the returned units on 4 March.", "recieved"),
    ],
)
def test_a_common_misspelling_is_flagged_even_when_it_looks_like_an_inflection(
    sentence: str, typo: str
) -> None:
    assert flagged(sentence) == [typo]


@pytest.mark.parametrize(
    ("sentence", "typo"),
    [
        ("The warehose team scans each parcel.", "warehose"),
        ("We understand the violaton and its cause.", "violaton"),
        ("The packageing is now double-walled.", "packageing"),
        ("We checked all listsings.", "listsings"),
    ],
)
def test_one_slip_from_a_common_word_is_a_typo_not_a_compound_or_derivation(
    sentence: str, typo: str
) -> None:
    assert flagged(sentence) == [typo]


@pytest.mark.parametrize(
    "sentence",
    [
        "Amazon removed the listings because they made pesticidal claims.",
        "The stock arrives palletised on two pallets.",
        "A webhook sends each order to the packing screen.",
        "Each unit goes in a polybag with a warning.",
        "The e-mail and the set-up of the new scanner were done on Monday.",
    ],
)
def test_derived_and_compound_words_of_known_words_pass(sentence: str) -> None:
    assert flagged(sentence) == []


def test_a_name_the_plan_uses_mid_sentence_is_known_in_lower_case_too() -> None:
    text = (
        "Our listing used the registered mark of Vortexa Audio. "
        'The search terms contained "vortexa original", which we removed.'
    )
    assert flagged(text) == []


def test_a_capitalised_word_mid_sentence_one_slip_from_a_common_word_is_flagged() -> None:
    assert flagged("The corrected invoices are in Exhbit 3.") == ["Exhbit"]
    assert flagged("The corrected invoices are in Exhibit 3 from Vortexa.") == []


def test_the_words_of_the_exhibits_file_names_are_known() -> None:
    text = "The units carry the kelvo seal of the maker."  # one edit from "kelp"
    assert flagged(text) == ["kelvo"]
    assert flagged(text, exhibits=["Exhibit 1 - Kelvo seal certificate.pdf"]) == []


def test_the_sets_of_typos_and_names_keep_their_figures() -> None:
    result = measure_spelling.measure()
    assert len(result["caught"]) + len(result["missed"]) == 180
    assert len(result["caught"]) >= TYPOS_CAUGHT
    assert len(result["false"]) <= NAMES_FLAGGED


def test_a_common_word_of_another_language_is_known() -> None:
    assert flagged("The factura from the supplier is attached.") == []
    assert flagged("The fattura is in Exhibit 2.") == []


def test_a_lower_case_word_no_edit_from_any_word_is_a_term_not_a_typo() -> None:
    assert flagged("The fapiao is the official Chinese invoice.") == []


def test_the_words_of_the_notice_are_known() -> None:
    text = "We removed the kelvo logo from the images."
    notice = {"violations": [{"kind": "ip-trademark", "evidence": "a complaint from Kelvo Ltd"}]}
    assert flagged(text) == ["kelvo"]
    assert flagged(text, notice=notice) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "We shared an office with a relative's business, Ege Home Textiles.",  # codespell: edge
        "Our leggings are Alo Yoga stock from the brand's distributor.",  # codespell: also
        "The owner, Mrs. Juli Hoffmann, checks the user list each month.",  # codespell: july
    ],
)
def test_a_name_of_several_words_is_known_though_it_has_a_misspellings_shape(
    sentence: str,
) -> None:
    assert flagged(sentence) == []


def test_a_misspelling_on_its_own_is_still_flagged_where_it_is_capitalised() -> None:
    assert flagged("The parcel reached the Ege of town.") == ["Ege"]
    assert flagged("We sent the units to Ege.") == ["Ege"]


def test_a_brand_written_twice_or_in_capitals_is_neither_a_repeat_nor_shouting() -> None:
    review = review_text('We removed "Joseph Joseph style" and "IKEA compatible" from the titles.')
    rules = {f.rule for f in review.findings}
    assert "grammar.repeated-word" not in rules
    assert "tone.emotive" not in rules
    assert "grammar.repeated-word" in {
        f.rule for f in review_text("We sent the the units.").findings
    }
    assert "tone.emotive" in {f.rule for f in review_text("We NEVER sold a fake unit.").findings}


def test_the_words_of_the_sellers_product_names_are_known(tmp_path: Path) -> None:
    from reinstate.review import ReviewContext, catalogue_words, review_file

    text = "We removed the kelvo lamps from sale."  # one edit from "kelp"
    assert flagged(text) == ["kelvo"]
    context = ReviewContext(catalogue=catalogue_words(["Kelvo Oak Lamp 40 cm"]))
    assert [f for f in review_text(text, context).findings if f.rule.startswith("spelling")] == []
    orders = tmp_path / "all-orders.txt"
    orders.write_text(
        "amazon-order-id\tpurchase-date\torder-status\tproduct-name\tsku\tasin\tquantity\n"
        "111-0000001-0000001\t2025-09-24T12:02:50+00:00\tShipped\tKelvo Oak Lamp\tL-1\t"
        "B0AAAAAAA1\t2\n",
        encoding="utf-8",
    )
    plan = tmp_path / "plan.md"
    plan.write_text(text, encoding="utf-8")
    review = review_file(plan, orders=(orders,))
    assert "spelling.unknown-word" not in {f.rule for f in review.findings}
