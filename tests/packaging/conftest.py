"""One packaged case per session: every output test reads the same files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reinstate.packaging import Packaged, package
from tests.packaging.helpers import make_case


@pytest.fixture(scope="session")
def case(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_case(tmp_path_factory.mktemp("case"))


@pytest.fixture(scope="session")
def packaged(case: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> Packaged:
    out = tmp_path_factory.mktemp("packaged") / "appeal"
    return package(case["poa"], case["notice"], out, case["exhibits"], case["account"])
