"""Reading a plan's Markdown into blocks, and writing it back as plain text with nothing
of Markdown left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from reinstate.packaging import parse, plain_text

CORPUS = sorted((Path(__file__).parent.parent / "corpus" / "poa").glob("*.md"))

# What Markdown leaves in plain text when it is not converted
MARKDOWN_LEFT = re.compile(
    r"^\s{0,3}#{1,6}\s|^\s*[*+]\s|^\s*>|\*\*|__|`|\[[^\]]*\]\([^)]*\)|^\s*\|.*\|\s*$|^\s*[-=]{3,}\s*$",
    re.M,
)


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.stem)
def test_no_plan_of_the_corpus_keeps_markdown_in_its_plain_text(path: Path) -> None:
    text = plain_text(parse(path.read_text(encoding="utf-8")))
    assert not MARKDOWN_LEFT.search(text), MARKDOWN_LEFT.search(text)
    assert all(len(line) <= 78 or " " not in line.strip() for line in text.splitlines())


def test_the_check_for_markdown_left_finds_it() -> None:
    for leftover in ("# Root cause", "**we**", "* item", "> quoted", "[a](b)", "| a | b |", "---"):
        assert MARKDOWN_LEFT.search(leftover), leftover


@pytest.mark.parametrize(
    ("markdown", "plain"),
    [
        ("# Plan of Action\n\n## Root cause\n\nText.", "Plan of Action\n\nRoot cause\n\nText.\n"),
        ("Root cause\n==========\nText.", "Root cause\n\nText.\n"),
        ("* one\n* two\n  + nested", "- one\n- two\n  - nested\n"),
        ("1. first\n2) second", "1. first\n2. second\n"),
        ("We **refunded** _every_ buyer.", "We refunded every buyer.\n"),
        ("See [the policy](https://example.com/p).", "See the policy (https://example.com/p).\n"),
        ("Use `SKU-1` and <b>bold</b>.", "Use SKU-1 and bold.\n"),
        ("5 * 3 * 2 and snake_case_name", "5 * 3 * 2 and snake_case_name\n"),
        ("> Amazon wrote this.", "    Amazon wrote this.\n"),
        ("| Order | Refund |\n|---|---|\n| 111 | $5 |", "Order; Refund\n\n111; $5\n"),
        ("Escaped \\*stars\\*.", "Escaped *stars*.\n"),
        ("Kind regards,\nOperations Manager", "Kind regards,\nOperations Manager\n"),
        (
            "We shipped every order still open on 22 October  \nthe same day.",
            "We shipped every order still open on 22 October\nthe same day.\n",
        ),
        (
            "We shipped every order still open on 22 October\\\nthe same day.",
            "We shipped every order still open on 22 October\nthe same day.\n",
        ),
        (
            "A line of prose longer than forty characters\nruns on.",
            "A line of prose longer than forty characters runs on.\n",
        ),
    ],
)
def test_markdown_becomes_plain_text(markdown: str, plain: str) -> None:
    assert plain_text(parse(markdown)) == plain


def test_emphasis_is_kept_as_spans_for_the_pdf_and_word_copies() -> None:
    [block] = parse("We **refunded** _every_ buyer.")
    assert [(s.text, s.bold, s.italic) for s in block.spans] == [
        ("We ", False, False),
        ("refunded", True, False),
        (" ", False, False),
        ("every", False, True),
        (" buyer.", False, False),
    ]


def test_long_bullets_wrap_under_their_text_and_keep_exhibit_labels_whole() -> None:
    text = "- " + "We checked the stock " * 5 + "as Exhibit 12 shows."
    lines = plain_text(parse(text), width=40).splitlines()
    assert lines[0].startswith("- ")
    assert all(line.startswith("  ") for line in lines[1:])
    assert any("Exhibit 12" in line for line in lines)
