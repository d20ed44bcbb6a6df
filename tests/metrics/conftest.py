"""One seeded demo seller for the whole metrics suite, and its report."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reinstate.demo import DemoData, write_demo_data
from reinstate.metrics import MetricsReport, compute_metrics


@pytest.fixture(scope="session")
def demo(tmp_path_factory: pytest.TempPathFactory) -> DemoData:
    return write_demo_data(tmp_path_factory.mktemp("demo"), orders=3000, seed=7)


@pytest.fixture(scope="session")
def report(demo: DemoData) -> MetricsReport:
    return compute_metrics(sorted(demo.paths.values()))


@pytest.fixture(scope="session")
def result(report: MetricsReport) -> dict[str, Any]:
    return report.to_dict()


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path
