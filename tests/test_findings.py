"""One rule and finding vocabulary (`reinstate.findings`) for the reviewer and evidence."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import reinstate.evidence as evidence
import reinstate.review as review
from reinstate.cli import cli
from reinstate.errors import ConfigError
from reinstate.findings import (
    Finding,
    Region,
    Rule,
    Skipped,
    Span,
    check_params,
    is_ready,
    not_checked,
    to_sarif,
)


def test_review_and_evidence_rules_and_findings_are_the_shared_values() -> None:
    assert all(isinstance(rule, Rule) for rule in review.load_rules())
    assert all(isinstance(rule, Rule) for rule in evidence.load_rules().values())
    assert review.Finding is Finding is evidence.Finding


@pytest.mark.parametrize(
    ("severities", "ready"),
    [((), True), (("suggestion",), True), (("warning",), False), (("error", "suggestion"), False)],
)
def test_ready_means_no_error_and_no_warning(severities: tuple[str, ...], ready: bool) -> None:
    findings = [Finding("x.y", severity, "m", "w") for severity in severities]
    assert is_ready(findings) is ready


def test_nothing_is_ready_when_a_check_was_skipped() -> None:
    skipped = [Skipped("coverage of the notice", "no --notice")]
    assert is_ready([], skipped) is False
    assert is_ready([Finding("x.y", "suggestion", "m", "w")], skipped) is False
    assert not_checked(skipped) == "not checked: coverage of the notice (no --notice)"
    assert not_checked([]) == ""


def test_a_finding_is_located_by_a_span_of_text_or_a_region_of_a_page() -> None:
    text = Finding("tone.blame", "error", "m", "w", Span(3, 4, 3, 9, "blame"), "own it")
    page = Finding("quality.blurry", "error", "m", "w", Region(2, (1.0, 2.0, 3.0, 4.0)))
    assert text.to_dict()["line"] == 3
    assert text.page is None
    assert page.to_dict() == {
        "rule": "quality.blurry",
        "severity": "error",
        "message": "m",
        "page": 2,
        "region": [1.0, 2.0, 3.0, 4.0],
        "why": "w",
    }
    log = to_sarif([], [("poa.md", text), ("invoice.pdf", page)], "0")
    regions = [r["locations"][0]["physicalLocation"]["region"] for r in log["runs"][0]["results"]]
    assert regions[0]["startLine"] == 3
    assert regions[1]["properties"]["page"] == 2


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"window_days": -1}, "whole number"),
        ({"window_days": "365"}, "whole number"),
        ({"unpaid": ["(unclosed"]}, "bad pattern"),
        ({"part": "conclusion"}, "must be one of"),
        ({"anything": {"nested": [1]}}, "must be a string"),
    ],
)
def test_rule_parameters_are_checked_when_the_rules_load(params, words: str) -> None:
    with pytest.raises(ConfigError, match=words):
        check_params("invoice.x", params, "rules.toml")


def test_reinstate_rules_lists_every_review_and_evidence_rule() -> None:
    result = CliRunner().invoke(cli, ["rules", "--format", "json"])
    assert result.exit_code == 0, result.output
    ids = {row["id"]: row["checker"] for row in json.loads(result.output)}
    assert {r.id for r in review.load_rules()} <= set(ids)
    assert set(evidence.load_rules()) <= set(ids)
    assert ids["quality.blurry"] == "evidence"
    assert ids["tone.blame"] == "review"
