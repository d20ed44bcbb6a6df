"""Which file in the evidence folder answers an exhibit the plan cites."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.errors import InputError
from reinstate.review import ExhibitFolder, find_citations

FILES = [
    "Exhibit 3 - supplier invoice.pdf",
    "exhibit_1.pdf",
    "Exhibit10.png",
    "Attachment-B.png",
    "carrier_contract.pdf",
]


def answers(text: str, files: list[str] = FILES) -> list[list[str]]:
    folder = ExhibitFolder.of_names(files)
    return [folder.answer(citation) for citation in find_citations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("See Exhibit 3.", [["Exhibit 3 - supplier invoice.pdf"]]),
        ("See exhibit 1.", [["exhibit_1.pdf"]]),
        ("See Exhibit 10.", [["Exhibit10.png"]]),
        ("See Attachment B.", [["Attachment-B.png"]]),
        ("See carrier_contract.pdf.", [["carrier_contract.pdf"]]),
        ("See Exhibit 2.", [[]]),
    ],
)
def test_a_file_answers_a_label_when_its_name_begins_with_it(
    text: str, expected: list[list[str]]
) -> None:
    assert answers(text) == expected


def test_exhibit_1_is_not_answered_by_exhibit_10() -> None:
    assert answers("Exhibit 1", ["Exhibit 10 - log.pdf"]) == [[]]


def test_ranges_and_lists_of_exhibits_cite_each_one() -> None:
    labels = [c.label for c in find_citations("Exhibits 1-3 and Exhibits 5, 6 and 7")]
    assert [label[-1] for label in labels] == ["1", "2", "3", "5", "6", "7"]


def test_a_lowercase_word_after_exhibit_is_not_a_label() -> None:
    assert find_citations("The exhibit is attached and the annex is signed.") == []


def test_an_index_file_maps_labels_to_any_file_name(tmp_path: Path) -> None:
    (tmp_path / "march-invoice.pdf").write_text("x")
    (tmp_path / "index.txt").write_text(
        "# labels\nExhibit 1: march-invoice.pdf\nAnnex A = missing.pdf\n"
    )
    folder = ExhibitFolder.scan(tmp_path)
    first, second = find_citations("Exhibit 1 and Annex A")
    assert folder.answer(first) == ["march-invoice.pdf"]
    assert folder.answer(second) == []
    assert folder.files == ["march-invoice.pdf"]


def test_a_bad_index_line_is_an_error_naming_the_line(tmp_path: Path) -> None:
    (tmp_path / "index.txt").write_text("Exhibit 1: a.pdf\nthis line has no separator\n")
    with pytest.raises(InputError, match=r"index.txt, line 2: an index line must read"):
        ExhibitFolder.scan(tmp_path)
