"""A plan is never "ready" on a check that could not run: the notice's coverage, the
exhibits it cites (without --exhibits) and the figures it states (without --metrics)."""

from __future__ import annotations

from pathlib import Path

from reinstate.findings import Skipped
from reinstate.review import ExhibitFolder, NoticeFacts, ReviewConfig, ReviewContext, review_text

EXHIBITS = Skipped("the exhibits the plan cites", "no --exhibits")
FIGURES = Skipped("the figures the plan states against the seller's data", "no --metrics")
NOTICE = NoticeFacts(violations=("late_shipment",))

CITES = "We found the cause in the late shipment report (Exhibit 2).\n"
STATES = "Our 10-day late shipment rate was 6.25%, above the 4% target.\n"
NEITHER = "We found the cause in our own records and changed the carrier.\n"
TARGET_ONLY = "We will keep the late shipment rate under the 4% target.\n"


def skipped(text: str, **context: object) -> tuple[Skipped, ...]:
    return review_text(text, ReviewContext(notice=NOTICE, **context)).skipped  # type: ignore[arg-type]


def test_a_plan_citing_an_exhibit_without_the_exhibits_skips_that_check() -> None:
    assert skipped(CITES) == (EXHIBITS,)


def test_a_plan_citing_a_file_name_without_the_exhibits_skips_that_check() -> None:
    assert skipped("The carrier's invoice is attached as invoice-0917.pdf.\n") == (EXHIBITS,)


def test_a_plan_stating_a_metric_figure_without_the_metrics_skips_that_check() -> None:
    assert skipped(STATES) == (FIGURES,)


def test_a_plan_citing_and_stating_skips_both_and_is_not_ready() -> None:
    review = review_text(CITES + STATES, ReviewContext(notice=NOTICE))
    assert review.skipped == (EXHIBITS, FIGURES)
    assert not review.ready
    assert review.to_dict()["skipped"] == [item.to_dict() for item in (EXHIBITS, FIGURES)]


def test_a_plan_that_cites_nothing_and_states_no_figure_skips_nothing() -> None:
    assert skipped(NEITHER) == ()


def test_a_target_alone_is_not_a_figure_the_seller_stated() -> None:
    assert skipped(TARGET_ONLY) == ()


def test_given_the_exhibits_the_cited_exhibits_are_not_skipped(tmp_path: Path) -> None:
    (tmp_path / "Exhibit 2 - late shipment report.pdf").write_bytes(b"%PDF-1.4\n")
    assert skipped(CITES, exhibits=ExhibitFolder.scan(tmp_path)) == ()


def test_given_the_metrics_the_stated_figures_are_not_skipped() -> None:
    assert skipped(STATES, metrics={"late_shipment_rate_10d": 0.0625}) == ()


def test_a_disabled_exhibit_rule_is_not_reported_as_skipped() -> None:
    config = ReviewConfig(disable=frozenset({"evidence.missing-exhibit"}))
    assert skipped(CITES, config=config) == ()


def test_a_disabled_figure_rule_is_not_reported_as_skipped() -> None:
    config = ReviewConfig(disable=frozenset({"facts.metric-mismatch"}))
    assert skipped(STATES, config=config) == ()
