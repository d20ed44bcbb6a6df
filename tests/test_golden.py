"""`scripts/regen-golden` regenerates the golden files; with --check it finds none stale."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_every_golden_file_is_what_regen_golden_would_write() -> None:
    env = dict(os.environ, PYTHON=sys.executable)
    result = subprocess.run(
        [str(ROOT / "scripts" / "regen-golden"), "--check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert " 0 stale." in result.stdout
