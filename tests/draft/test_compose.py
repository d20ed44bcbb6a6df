"""The composer: deterministic, every issue answered, figures exact, exhibits cited."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

from reinstate.draft import Case, compose, load_case, review_draft
from reinstate.draft._facts import percent
from reinstate.findings import Skipped
from reinstate.notice import read_notice
from tests.draft.helpers import make_case, make_notice

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "late-shipment"


def test_the_same_case_gives_the_same_text(demo_metrics: dict[str, Any]) -> None:
    assert compose(make_case("late-shipment-rate", 4, demo_metrics)) == compose(
        make_case("late-shipment-rate", 4, demo_metrics)
    )


def test_the_figures_are_those_of_the_metrics_json(demo_metrics: dict[str, Any]) -> None:
    markdown = compose(make_case("late-shipment-rate", 4, demo_metrics)).markdown
    late = demo_metrics["metrics"]["late_shipment_rate_10d"]
    assert f"10-day late shipment rate was {percent(late['value'])}" in markdown
    assert f"{late['numerator']} of {late['denominator']} seller-fulfilled orders" in markdown
    top = demo_metrics["root_causes"]["late_shipment"]["by"]["sku"][0]["key"]
    assert f"SKU {top}" in markdown


def test_a_wrong_figure_in_the_metrics_would_be_caught_by_the_reviewer(
    demo_metrics: dict[str, Any],
) -> None:
    case = make_case("late-shipment-rate", 4, demo_metrics)
    markdown = compose(case).markdown.replace(
        percent(demo_metrics["metrics"]["late_shipment_rate_10d"]["value"]), "3.5%", 1
    )
    assert "facts.metric-mismatch" in {f.rule for f in review_draft(markdown, case).findings}


def test_markdown_and_plain_text_carry_the_same_words() -> None:
    result = compose(make_case("inauthentic", 2))
    assert "## Root cause" in result.markdown
    assert "##" not in result.text
    assert "Root cause\n" in result.text
    assert "**" not in result.text


def test_each_issue_of_a_notice_gets_its_own_root_cause_paragraph() -> None:
    notice = make_notice(("ip-copyright", "listing-policy"), 3)
    case = replace(make_case("ip-copyright", 3), notice=notice)
    from reinstate.draft import example_answers, interview_questions

    case = replace(case, answers=example_answers(interview_questions(notice), 3))
    markdown = compose(case).markdown
    root = markdown.split("## Root cause")[1].split("##")[0]
    assert "**Copyright complaint," in root
    assert "**Listing policy violation," in root
    for issue in notice.issues:
        assert all(asin in root for asin in issue.asins)


def test_without_a_folder_the_exhibits_are_a_list_to_gather_with_their_file_names() -> None:
    result = compose(make_case("inauthentic", 2))
    assert [e.citation for e in result.exhibits] == ["Exhibit 1", "Exhibit 2"]
    assert all(not e.present and e.file.startswith(e.citation + " - ") for e in result.exhibits)
    for exhibit in result.exhibits:
        assert f"({exhibit.citation})" in result.markdown


def test_a_folder_of_exhibits_is_cited_by_the_reviewers_convention(tmp_path: Path) -> None:
    folder = tmp_path / "evidence"
    folder.mkdir()
    for name in (
        "Exhibit 1 - late shipment report.tsv",
        "Exhibit 2 - shipping template.png",
        "pickup-agreement.pdf",
    ):
        (folder / name).write_text("x")
    case = load_case(EXAMPLE / "notice.json", metrics=EXAMPLE / "metrics.json", exhibits=folder)
    from reinstate.draft import example_answers, interview_questions

    case = replace(case, answers=example_answers(interview_questions(case.notice)))
    result = compose(case)
    assert {e.file for e in result.exhibits} == {p.name for p in folder.iterdir()}
    review = review_draft(result.markdown, case, folder)
    evidence = [f.rule for f in review.findings if f.rule.startswith("evidence.")]
    assert evidence == []
    assert "pickup-agreement.pdf" in result.markdown


def test_the_example_case_drafts_clean_and_waits_only_for_its_exhibits() -> None:
    case = load_case(EXAMPLE / "notice.json", metrics=EXAMPLE / "metrics.json")
    from reinstate.draft import example_answers, interview_questions

    case = replace(case, answers=example_answers(interview_questions(case.notice)))
    review = review_draft(compose(case).markdown, case)
    assert [f.message for f in review.findings if f.severity in ("error", "warning")] == []
    assert review.skipped == (Skipped("the exhibits the plan cites", "no --exhibits"),)
    assert not review.ready  # the exhibits it cites are not gathered yet


def test_a_raw_notice_text_is_read_by_notice_intake() -> None:
    case = load_case(ROOT / "tests/corpus/notices/13-listing-removal-ip-trademark.txt")
    assert case.notice == read_notice(
        ROOT / "tests/corpus/notices/13-listing-removal-ip-trademark.txt"
    )
    from reinstate.draft import example_answers, interview_questions

    case = Case(case.notice, example_answers(interview_questions(case.notice)))
    review = review_draft(compose(case).markdown, case)
    assert review.errors == 0


def test_the_metrics_json_is_read_from_the_file_reinstate_metrics_writes(
    demo_metrics_file: Path,
) -> None:
    case = load_case(EXAMPLE / "notice.json", metrics=demo_metrics_file)
    assert case.metrics == json.loads(demo_metrics_file.read_text())
