"""Speed of `reinstate package` on a 50-page packet.

Run: .venv/bin/python benchmarks/bench_package.py [--runs 5] [--pages 50]

Target (issue 11): a 50-page packet in ≤ 5 s. The case is a strong plan of the POA
corpus with multi-page invoice PDFs drawn by the evidence fixtures, so that cover, plan,
index and exhibits come to the number of pages asked for. Prints min/median/max of wall
and CPU time (this process and its children, e.g. Tesseract) for the whole run, cold (an
empty page cache, as the first time a seller packages these files) and warm (the page
cache of reinstate.evidence filled, as when packaging again after a fix), and for its
parts: the gate (review and evidence check, warm), the highlighting of the exhibits, and
the packet alone; the load average before and after.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from reinstate.packaging import package, prepare  # noqa: E402
from reinstate.packaging._package import _frame as frame_exhibits  # noqa: E402
from reinstate.packaging._pdf import write_packet  # noqa: E402
from tests.packaging.helpers import make_case  # noqa: E402

OWN_PAGES = 3  # cover, the plan (one page), the index


def add_pages(exhibits: Path, pages: int) -> None:
    """Pad Exhibit 1 with multi-page invoice files until the exhibits have `pages`."""
    import pymupdf

    from reinstate.evidence.fixtures import CLEAN_INVOICES, draw_invoice

    have = sum(pymupdf.open(path).page_count for path in exhibits.glob("*.pdf"))
    number = 0
    while have < pages:
        pdf = pymupdf.open()
        for _ in range(min(5, pages - have)):
            pdf.insert_pdf(draw_invoice(CLEAN_INVOICES[number % 2]))
        pdf.save(exhibits / f"Exhibit 1 - invoices part {number + 1}.pdf")
        have += pdf.page_count
        number += 1


def build(folder: Path, pages: int) -> dict[str, Path]:
    """A case whose packet has `pages` pages."""
    case = make_case(folder)
    add_pages(case["exhibits"], max(0, pages - OWN_PAGES))
    return case


def timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds (this process and its children) of `work`."""
    before = _cpu()
    start = time.perf_counter()
    work()
    return time.perf_counter() - start, _cpu() - before


def _cpu() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def run_once(case: dict[str, Path], out: Path) -> int:
    """One whole packaging run; the packet's page count."""
    result = package(case["poa"], case["notice"], out, case["exhibits"], case["account"])
    if not result.written:
        raise SystemExit("\n".join(finding.line() for finding in result.appeal.errors))
    import pymupdf

    return int(pymupdf.open(out / "packet.pdf").page_count)


def cold(case: dict[str, Path], out: Path, caches: Path) -> int:
    """A whole run with an empty page cache of its own."""
    os.environ["REINSTATE_CACHE_DIR"] = str(caches / uuid.uuid4().hex)
    try:
        return run_once(case, out)
    finally:
        os.environ["REINSTATE_CACHE_DIR"] = str(caches / "warm")


def framing_only(case: dict[str, Path], work: Path) -> Callable[[], object]:
    """The exhibits highlighted again, from an appeal already read and checked."""
    appeal = prepare(case["poa"], case["notice"], case["exhibits"], case["account"], work)
    sources = {id(e): e.file for e in appeal.sent_exhibits}

    def frame() -> None:
        target = work / uuid.uuid4().hex
        for exhibit in appeal.sent_exhibits:
            exhibit.file = sources[id(exhibit)]
        frame_exhibits(appeal, target, lambda _step: None)

    return frame


def packet_only(case: dict[str, Path], work: Path) -> Callable[[], object]:
    """The packet laid out again from an appeal already read and checked."""
    appeal = prepare(case["poa"], case["notice"], case["exhibits"], case["account"], work)
    return lambda: write_packet(appeal, work / "packet.pdf")


def report(name: str, figures: list[tuple[float, float]]) -> None:
    walls, cpus = [w for w, _ in figures], [c for _, c in figures]
    print(
        f"  {name:<28} wall min {min(walls):.2f} / median {statistics.median(walls):.2f} / "
        f"max {max(walls):.2f} s;  CPU min {min(cpus):.2f} / median "
        f"{statistics.median(cpus):.2f} / max {max(cpus):.2f} s"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--pages", type=int, default=50)
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["REINSTATE_CACHE_DIR"] = str(folder / "caches" / "warm")
        case = build(folder / "case", options.pages)
        pages = run_once(case, folder / "warm-up")
        print(f"packet: {pages} pages; {options.runs} runs; load average before "
              f"{' '.join(f'{v:.2f}' for v in os.getloadavg())}")  # fmt: skip
        first = [timed(lambda: cold(case, folder / "out", folder / "caches"))
                 for _ in range(options.runs)]  # fmt: skip
        again = [timed(lambda: run_once(case, folder / "out")) for _ in range(options.runs)]
        gate = [
            timed(lambda n=n: prepare(
                case["poa"], case["notice"], case["exhibits"], case["account"], folder / f"g{n}"
            ))
            for n in range(options.runs)
        ]  # fmt: skip
        framing = framing_only(case, folder / "frame")
        frames = [timed(framing) for _ in range(options.runs)]
        layout = packet_only(case, folder / "packet")
        packet = [timed(layout) for _ in range(options.runs)]
    report("whole run, cold (≤ 5 s)", first)
    report("whole run, warm", again)
    report("gate: review + evidence", gate)
    report("highlighting the exhibits", frames)
    report("packet.pdf alone", packet)
    print(f"load average after {' '.join(f'{v:.2f}' for v in os.getloadavg())} (2 cores)")


if __name__ == "__main__":
    main()
