"""A seeded mutation fuzz of every reader: exit code 0, 1 or 2, and never a traceback.

Each reader gets well-formed seeds (from the examples, the notice corpus and the demo
seller) mutated by a seeded random choice of byte-level damage: flipped, inserted and
deleted bytes, cut files, doubled chunks, hostile tokens (NaN, 9999-12-31, deep nesting,
huge numbers, NUL, lone surrogates' bytes, stray quotes). Each reader runs until its count
or its time cap, whichever comes first, so CI time stays bounded. REINSTATE_FUZZ_SCALE=N
multiplies both (a longer run by hand: N=10 gives 2,500 inputs per reader).
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.demo import write_demo_data

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "late-shipment"
NOTICES = ROOT / "tests" / "corpus" / "notices"
SEED = 15
SCALE = int(os.environ.get("REINSTATE_FUZZ_SCALE", "1"))

TOKENS = (
    b"NaN",
    b"Infinity",
    b"-1",
    b"1e400",
    b"9" * 5_000,
    b"9999-12-31",
    b"0001-01-01",
    b"\x00",
    b"\xff\xfe",
    b"\xed\xa0\x80",
    b"\x92",
    b'"',
    b"'",
    b"\t" * 40,
    b"\r",
    b"\r\n" * 50,
    b"\n" * 500,
    b"[" * 300,
    b"{" * 300,
    b"<" * 50,
    b"=?utf-8?b?" + b"A" * 100 + b"?=",
    b"--boundary\n" * 30,
    b"B0" + b"A" * 8,
    b"Exhibit 99999999999999",
    b"within 99999999999 days",
)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """`data` with one to three random kinds of damage."""
    for _ in range(rng.randint(1, 3)):
        data = rng.choice(MUTATIONS)(data, rng)
    return data


def _flip(data: bytes, rng: random.Random) -> bytes:
    if not data:
        return bytes([rng.randrange(256)])
    at = rng.randrange(len(data))
    return data[:at] + bytes([rng.randrange(256)]) + data[at + 1 :]


def _insert(data: bytes, rng: random.Random) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + rng.choice(TOKENS) + data[at:]


def _delete(data: bytes, rng: random.Random) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + data[at + rng.randint(1, 200) :]


def _cut(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randint(0, len(data))]


def _double(data: bytes, rng: random.Random) -> bytes:
    start = rng.randint(0, len(data))
    chunk = data[start : start + rng.randint(1, 400)]
    return data[:start] + chunk * rng.randint(2, 20) + data[start:]


def _noise(data: bytes, rng: random.Random) -> bytes:
    at = rng.randint(0, len(data))
    return data[:at] + rng.randbytes(rng.randint(1, 64)) + data[at:]


MUTATIONS: tuple[Callable[[bytes, random.Random], bytes], ...] = (
    _flip,
    _insert,
    _delete,
    _cut,
    _double,
    _noise,
)


def fuzz(
    tmp_path: Path,
    seeds: list[Path],
    args: Callable[[Path], list[str]],
    *,
    count: int,
    seconds: float,
) -> int:
    """Run `reinstate ARGS` on mutated copies of `seeds`; fail on a traceback or a code
    other than 0, 1, 2. Returns how many inputs ran."""
    count, seconds = count * SCALE, seconds * SCALE
    rng = random.Random(SEED)
    originals = [(seed.suffix, seed.read_bytes()) for seed in seeds]
    runner = CliRunner()
    started, ran = time.monotonic(), 0
    while ran < count and time.monotonic() - started < seconds:
        suffix, data = rng.choice(originals)
        path = tmp_path / f"input-{ran}{suffix}"
        path.write_bytes(mutate(data, rng))
        result = runner.invoke(cli, args(path))
        assert result.exit_code in (0, 1, 2), (
            f"input {ran} ({path.name}) exited {result.exit_code}: {result.exception!r}"
        )
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            f"input {ran} ({path.name}) raised {result.exception!r}"
        )
        assert "Traceback" not in result.output
        path.unlink()
        ran += 1
    return ran


def test_the_plan_reader_survives_mutated_plans(tmp_path):
    ran = fuzz(tmp_path, [EXAMPLE / "poa.md"], lambda p: ["check", str(p)], count=250, seconds=8)
    assert ran >= 25


def test_the_notice_reader_survives_mutated_notices(tmp_path):
    seeds = sorted(NOTICES.glob("0[1-9]-*.*"))
    ran = fuzz(tmp_path, seeds, lambda p: ["notice", str(p)], count=250, seconds=8)
    assert ran >= 25


def test_the_plan_check_survives_mutated_notice_and_metrics_json(tmp_path):
    def args(path: Path) -> list[str]:
        option = "--notice" if "notice" in path.read_text("latin-1")[:4000] else "--metrics"
        return ["check", str(EXAMPLE / "poa.md"), option, str(path)]

    seeds = [EXAMPLE / "notice.json", EXAMPLE / "metrics.json"]
    ran = fuzz(tmp_path, seeds, args, count=250, seconds=8)
    assert ran >= 25


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-demo")
    write_demo_data(folder, orders=60, seed=3)
    return folder


def test_the_metrics_readers_survive_mutated_reports(tmp_path, demo):
    seeds = [
        demo / "all-orders.txt",
        demo / "account-health.json",
        demo / "fba-returns.txt",
        demo / "defects-late-shipment.csv",
    ]
    ran = fuzz(tmp_path, seeds, lambda p: ["metrics", str(p)], count=250, seconds=10)
    assert ran >= 25
