"""benchmarks/bench_web.py still runs end to end (tiny sizes; its figures are not asserted)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent.parent


def test_the_web_benchmark_fills_a_database_serves_it_and_reports_every_page() -> None:
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REINSTATE_DATA_DIR"}}
    tiny = ["--cases", "12", "--clients", "2", "--requests", "2", "--runs", "2"]
    tiny += ["--layouts", "1x1,1x2"]
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_web.py"), *tiny],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "12 cases, 60 evidence rows" in result.stdout
    for page in ("dashboard", "case page", "live review", "static file"):
        assert result.stdout.count(f"run 2  {page:12} n=   4") == 2  # each layout's
        assert result.stdout.count(f"{page:12} p50") == 2
    assert "gunicorn 1 workers x 1 threads" in result.stdout
    assert "gunicorn 1 workers x 2 threads" in result.stdout
    assert "(server's own: p50" in result.stdout
