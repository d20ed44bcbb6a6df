"""Fixtures for the evidence tests: the generated documents, checked once per session."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from reinstate.evidence import Context, FileReport, check_file, make_context
from reinstate.evidence.fixtures import FixtureSet, generate


@pytest.fixture(scope="session")
def tesseract() -> None:
    """OCR tests need Tesseract: fail (never skip) with the way to install it."""
    if shutil.which("tesseract") is None:
        pytest.fail("Tesseract is not installed: run scripts/system-deps to install it.")


@pytest.fixture(scope="session")
def fixtures(tmp_path_factory: pytest.TempPathFactory) -> FixtureSet:
    return generate(tmp_path_factory.mktemp("evidence"))


@pytest.fixture(scope="session")
def context(fixtures: FixtureSet) -> Context:
    return make_context(fixtures.notice, [fixtures.orders], fixtures.account)


@pytest.fixture(scope="session")
def ungating(fixtures: FixtureSet) -> Context:
    """Category approval: the notice asks for invoices of the last 180 days."""
    return make_context(fixtures.ungating_notice, None, fixtures.account)


class Reports:
    """Each fixture checked on its own, once, on first use, with the context of its
    purpose (a policy appeal, or category approval)."""

    def __init__(self, fixtures: FixtureSet, contexts: dict[str, Context]) -> None:
        self.fixtures, self.contexts = fixtures, contexts
        self.cache: dict[str, FileReport] = {}

    def __getitem__(self, name: str) -> FileReport:
        if name not in self.cache:
            fixture = self.fixtures[name]
            self.cache[name] = check_file(fixture.path, self.contexts[fixture.purpose])
        return self.cache[name]

    def rules(self, name: str) -> set[str]:
        return {finding.rule for finding in self[name].findings}


@pytest.fixture(scope="session")
def reports(fixtures: FixtureSet, context: Context, ungating: Context, tesseract: None) -> Reports:
    return Reports(fixtures, {"appeal": context, "ungating": ungating})


@pytest.fixture
def out(tmp_path: Path) -> Path:
    return tmp_path
