"""Sentences end after a company's suffix (held-out round 5's strong plan 06 got
`grammar.long-sentence` on two sentences joined at "Clearbrook Water Inc. The listings ...")."""

from __future__ import annotations

import pytest

from reinstate.review._document import Document


def _sentences(text: str) -> list[str]:
    return [sentence.text for sentence in Document(text).sentences]


@pytest.mark.parametrize("suffix", ["Inc.", "Ltd.", "Co.", "Corp."])
def test_a_sentence_ends_after_a_company_suffix_when_the_next_word_opens_one(suffix: str) -> None:
    text = f"The complaint came from Harbour Lamps {suffix} The two listings were removed."
    assert _sentences(text) == [
        f"The complaint came from Harbour Lamps {suffix}",
        "The two listings were removed.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "We bought the lamps from Harbour Lamps Inc. in March 2024.",
        "Our supplier Harbour & Co. Ltd sent the invoices.",
        "Mr. Okafor checked every carton.",
    ],
)
def test_an_abbreviation_inside_a_sentence_does_not_end_it(text: str) -> None:
    assert _sentences(text) == [text]
