"""The POA corpus (tests/corpus/poa): strong plans come out clean, weak plans show the
defects they were written with. Every text is synthetic."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from reinstate.review import Review, review_text
from tests.review.helpers import context_from

CORPUS = Path(__file__).parent.parent / "corpus" / "poa"
CASES = sorted(CORPUS.glob("*.md"))
CASES = [case for case in CASES if case.name != "README.md"]


def expectations(case: Path) -> dict[str, Any]:
    return tomllib.loads(case.with_suffix(".toml").read_text(encoding="utf-8"))


def reviewed(case: Path) -> Review:
    meta = expectations(case)
    return review_text(case.read_text(encoding="utf-8"), context_from(meta), path=case.name)


def describe(review: Review) -> str:
    return "\n".join(f"{f.line}:{f.column} {f.rule} {f.message}" for f in review.findings)


def cases_of(quality: str) -> list[Path]:
    return [case for case in CASES if expectations(case)["quality"] == quality]


@pytest.mark.parametrize("case", cases_of("strong"), ids=lambda case: case.stem)
def test_a_strong_plan_has_no_errors_and_no_unintended_warnings(case: Path) -> None:
    review = reviewed(case)
    allowed = set(expectations(case).get("allow", []))
    unexpected = [
        f for f in review.findings if f.severity in ("error", "warning") and f.rule not in allowed
    ]
    assert not unexpected, describe(review)


@pytest.mark.parametrize("case", cases_of("weak"), ids=lambda case: case.stem)
def test_a_weak_plan_shows_every_defect_it_was_written_with(case: Path) -> None:
    review = reviewed(case)
    expected = set(expectations(case)["expect"])
    assert expected, f"{case.name} lists no expected rules"
    missing = expected - {finding.rule for finding in review.findings}
    assert not missing, f"missing {sorted(missing)}; found:\n{describe(review)}"


def test_the_corpus_has_at_least_30_plans_and_covers_every_violation_kind() -> None:
    from reinstate.kb import violation_kinds

    assert len(CASES) >= 30
    covered = {expectations(case)["violation"] for case in CASES}
    assert set(violation_kinds()) - {"other"} <= covered


def test_the_weak_plans_cover_every_rule_id() -> None:
    from reinstate.review import load_rules

    expected = {rule for case in cases_of("weak") for rule in expectations(case)["expect"]}
    assert {rule.id for rule in load_rules()} <= expected
