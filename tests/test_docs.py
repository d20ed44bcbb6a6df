"""The docs keep up with the code: every command, rule and setting is documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.cli import COMMANDS
from reinstate.review import SETTINGS
from reinstate.review.docs import rules_markdown

ROOT = Path(__file__).parent.parent
DOCS = "\n".join(path.read_text() for path in sorted((ROOT / "docs").glob("*.md")))


def test_the_rules_reference_is_generated_from_the_current_rules() -> None:
    assert (ROOT / "docs" / "rules.md").read_text() == rules_markdown(), "run scripts/gen-docs"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_is_documented(command: str) -> None:
    assert f"reinstate {command}" in DOCS + (ROOT / "README.md").read_text()


@pytest.mark.parametrize("setting", [s.name for s in SETTINGS])
def test_every_review_setting_is_documented_in_the_review_guide(setting: str) -> None:
    assert setting in (ROOT / "docs" / "review.md").read_text()


def test_the_readme_has_exactly_two_set_up_commands_and_ci_runs_the_second() -> None:
    readme = (ROOT / "README.md").read_text()
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert len(commands) == 2
    assert commands[1] in (ROOT / ".ci" / "run").read_text().replace("exec ", "")
