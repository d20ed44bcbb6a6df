"""Metric figures in the plan against the computed ones."""

from __future__ import annotations

import pytest

from reinstate.review import ReviewContext, review_text

METRICS = {
    "late_shipment_rate_10d": 0.0623,
    "late_shipment_rate_30d": 0.041,
    "order_defect_rate_mfn": 0.0185,
}


def mismatches(text: str) -> list[str]:
    review = review_text(text, ReviewContext(metrics=METRICS))
    return [f.excerpt for f in review.findings if f.rule == "facts.metric-mismatch"]


@pytest.mark.parametrize(
    "text",
    [
        "Our late shipment rate was 6.2%.",
        "Our late shipment rate was 6%.",
        "Our late shipment rate was 6.23 percent.",
        "Our 30-day late shipment rate was 4.1%.",
        "Our late shipment rate was 4.1% over 30 days.",
        "Our order defect rate reached 1.85%, above the 1% target.",
        "We cut our late shipment rate from 6.2% to 1.5%.",
        "Amazon expects a late shipment rate under 4%.",
    ],
)
def test_a_figure_that_rounds_from_the_computed_value_passes(text: str) -> None:
    assert mismatches(text) == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Our late shipment rate was 2%.", "2%"),
        ("Our late shipment rate was 6.5%.", "6.5%"),
        ("Our 10-day late shipment rate was 4.1%.", "4.1%"),
        ("Our ODR was 1.2% and our late shipment rate was 6.2%.", "1.2%"),
    ],
)
def test_a_figure_that_differs_is_an_error_at_the_figure(text: str, excerpt: str) -> None:
    assert mismatches(text) == [excerpt]


def test_without_metrics_no_figure_is_checked() -> None:
    review = review_text("Our late shipment rate was 2%.")
    assert "facts.metric-mismatch" not in {f.rule for f in review.findings}
