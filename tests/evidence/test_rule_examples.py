"""Every evidence rule carries examples; each must flag or pass as the rule says."""

from __future__ import annotations

import pytest

from reinstate.evidence import load_rules
from reinstate.evidence.fixtures import FixtureSet

RULES = list(load_rules().values())


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_has_examples_that_flag_and_pass(rule, fixtures: FixtureSet) -> None:
    assert rule.match, f"{rule.id} has no example that must flag"
    assert rule.no_match, f"{rule.id} has no example that must pass"
    assert rule.why, f"{rule.id} does not say why"
    assert rule.source, f"{rule.id} does not say where the rule comes from"
    for name in (*rule.match, *rule.no_match):
        assert name in fixtures.fixtures, f"{rule.id} names an unknown fixture {name}"


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.id)
def test_every_rule_flags_its_bad_examples_and_passes_its_good_ones(rule, reports) -> None:
    for name in rule.match:
        assert rule.id in reports.rules(name), f"{rule.id} did not flag {name}"
    for name in rule.no_match:
        assert rule.id not in reports.rules(name), f"{rule.id} flagged {name}"


def test_rule_ids_are_unique_and_dotted() -> None:
    ids = [rule.id for rule in RULES]
    assert len(ids) == len(set(ids))
    assert all(rule_id.count(".") == 1 for rule_id in ids)


def test_the_issue_s_rule_ids_all_exist() -> None:
    wanted = {
        "format.unsupported", "format.encrypted", "format.corrupt", "quality.low-resolution",
        "quality.blurry", "quality.faded", "quality.skewed", "quality.cropped", "quality.blank",
        "invoice.date-outside-window", "invoice.supplier-contact-missing",
        "invoice.buyer-mismatch", "invoice.items-unmatched", "invoice.quantity-insufficient",
        "invoice.refused-type", "tamper.editor-metadata", "tamper.modified-after-issue",
    }  # fmt: skip
    assert wanted <= set(load_rules())
