"""The public surface: sorted `__all__` lists that name what exists, and documented."""

from __future__ import annotations

from pathlib import Path

import pytest

import reinstate.demo
import reinstate.metrics
from reinstate.metrics import DEFECT_TYPES, DIMENSIONS, METRIC_NAMES, READERS

DOCS = Path(__file__).parents[2] / "docs" / "metrics.md"


@pytest.mark.parametrize("module", [reinstate.metrics, reinstate.demo])
def test_all_is_sorted_and_every_name_exists(module):
    # ruff's RUF022 order: CONSTANTS, then Classes, then functions, each alphabetical
    def isort_style(name: str) -> tuple[bool, bool, str]:
        return (not name.isupper(), not name[:1].isupper(), name)

    assert module.__all__ == sorted(module.__all__, key=isort_style)
    for name in module.__all__:
        assert hasattr(module, name)


def test_every_reader_has_one_shape_and_a_unique_kind():
    kinds = [r.kind for r in READERS]
    assert len(kinds) == len(set(kinds))
    assert all(callable(r.recognise) and callable(r.load) for r in READERS)


def test_the_docs_name_every_metric_dimension_defect_type_and_reader():
    text = DOCS.read_text("utf-8")
    names = [*METRIC_NAMES, "return_rate_by_sku", *DIMENSIONS, *DEFECT_TYPES]
    names += [r.kind for r in READERS] + ["reinstate metrics", "reinstate demo-data"]
    assert [n for n in names if f"`{n}" not in text] == []


def test_importing_the_core_does_not_import_matplotlib_or_click():
    import subprocess
    import sys

    code = "import sys, reinstate.metrics, reinstate.demo; print(sorted({'matplotlib', 'click', 'django'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_progress_is_reported_stage_by_stage(demo):
    from reinstate.metrics import compute_metrics

    messages: list[str] = []
    compute_metrics([demo.paths["all_orders"]], progress=messages.append)
    assert messages[0].startswith("reading ")
    assert "finding root causes" in messages
