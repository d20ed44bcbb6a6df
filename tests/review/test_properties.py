"""Properties that hold for any text: the reviewer never crashes, and every finding
points inside the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.review import ReviewContext, review_text
from tests.review.helpers import context_from

PIECES = st.sampled_from(
    [
        "## Root cause\n", "**Corrective actions:**", "- ", "1. ", "> ", "\n\n", "\n", " ",
        "Exhibit 3", "Exhibits 1-4", "see invoice_2024.pdf", "late shipment rate was 4.1%",
        "B07XKQ2M4R", "113-1234567-1234567", "We will refund", "The customer lied!", "| a | b |",
        "|---|---|", "`code`", "[link](http://x.y)", "<!-- note -->", "e.g.", "Mr. Smith", "é", "’",
    ]
)  # fmt: skip
TEXTS = st.lists(st.one_of(PIECES, st.text(max_size=20)), max_size=40).map("".join)
CONTEXT = context_from(
    {
        "notice": {
            "violations": ["late-shipment-rate"],
            "asins": ["B07XKQ2M4R"],
            "documents": ["invoice"],
        },
        "metrics": {"late_shipment_rate_10d": 0.062},
        "exhibits": ["Exhibit 1 - invoice.pdf"],
    }
)


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_is_reviewed_without_crashing_and_findings_point_inside_it(text: str) -> None:
    for context in (ReviewContext(), CONTEXT):
        review = review_text(text, context)
        lines = text.split("\n")
        for finding in review.findings:
            assert 1 <= finding.line <= finding.end_line <= len(lines)
            assert 1 <= finding.column <= len(lines[finding.line - 1]) + 1
            assert finding.message
            assert finding.why
