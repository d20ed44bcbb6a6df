"""Speed, accuracy and calibration of `reinstate evidence check` on generated fixtures.

Run: .venv/bin/python benchmarks/bench_evidence.py [--calibrate] [--ocr-only] [--runs 5]

Targets (issues 14, 9): quality checks ≤ 0.2 s per image; a 20-page scanned PDF checked
with OCR in ≤ 20 s on a 2-core machine, worst of five runs, with an empty page cache
(cold), and at once when checked again (cached): min / median / max, wall and CPU.
Prints the field accuracy per layout, and with --calibrate the quality measures of a
clean scan degraded step by step (the table in docs/evidence.md that the limits in
data/rules.toml were chosen from).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import numpy as np

from reinstate.evidence import check_file, make_context, measure
from reinstate.evidence._load import load
from reinstate.evidence.fixtures import (
    CLEAN_INVOICES,
    FixtureSet,
    draw_invoice,
    generate,
    score_fields,
)
from reinstate.evidence.fixtures._degrade import DEGRADATIONS
from reinstate.evidence.fixtures._files import render_scan, save_scanned_pdf
from reinstate.evidence.fixtures._score import score_matches

IMAGE_SUFFIXES = {".png", ".jpg", ".gif", ".tiff"}
SWEEPS = {
    "blur": ("blur", [0.0, 0.7, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0]),
    "fade": ("contrast", [1.0, 0.6, 0.45, 0.35, 0.25, 0.16]),
    "rotate": ("skew", [0.0, 0.8, 1.5, 2.0, 3.0, 5.0, 7.0]),
    "perspective": ("skew", [0.0, 0.02, 0.04, 0.07, 0.1]),
    "downscale": ("text_height", [1.0, 0.8, 0.6, 0.5, 0.4, 0.33]),
    "darken": ("paper", [1.0, 0.6, 0.45, 0.35, 0.2]),
    "crop": ("edge_ink", [0.0, 0.05, 0.1, 0.2]),
}


def per_image(folder: Path) -> None:
    images = sorted(p for p in folder.iterdir() if p.suffix in IMAGE_SUFFIXES)
    quality, full = [], []
    for path in images:
        pixels = load(path).pages[0].image()
        start = time.perf_counter()
        measure(pixels)
        quality.append(time.perf_counter() - start)
        start = time.perf_counter()
        check_file(path)
        full.append(time.perf_counter() - start)
    print(f"images: {len(images)}")
    mean, worst = statistics.mean(quality), max(quality)
    print(f"  quality checks per image: mean {mean:.3f} s, max {worst:.3f} s (target ≤ 0.2 s)")
    mean, worst = statistics.mean(full), max(full)
    print(f"  full check with OCR per image: mean {mean:.2f} s, max {worst:.2f} s")


def make_scanned_pdf(folder: Path, pages: int = 20) -> Path:
    """A scanned PDF of `pages` pages (the three clean invoices in turn, 150 dpi)."""
    rng = np.random.default_rng(3)
    scans = [render_scan(draw_invoice(CLEAN_INVOICES[i % 3]), rng) for i in range(pages)]
    path = folder / f"scanned-{pages}.pdf"
    save_scanned_pdf(scans, path)
    return path


def timed_check(path: Path, cache: Path | None) -> tuple[float, float, int]:
    """(wall, CPU, item lines) of one check of `path`: CPU counts this process and the
    Tesseract processes it waited for. `cache`: the page-cache folder, or `None` for off."""
    os.environ["REINSTATE_OCR_CACHE"] = "1" if cache else "0"
    if cache:
        os.environ["REINSTATE_CACHE_DIR"] = str(cache)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    start, cpu = time.perf_counter(), time.process_time()
    report = check_file(path)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    spent = after.ru_utime + after.ru_stime - children.ru_utime - children.ru_stime
    return time.perf_counter() - start, time.process_time() - cpu + spent, len(report.fields.items)


def _spread(values: list[float]) -> str:
    low, mid, high = min(values), statistics.median(values), max(values)
    return f"{low:.1f} / {mid:.1f} / {high:.1f}"


def scanned_pdf(folder: Path, runs: int = 5, pages: int = 20) -> None:
    """The 20-page scan checked `runs` times with an empty page cache (cold), then
    `runs` times with the pages cached: min / median / max of wall and CPU seconds."""
    path = make_scanned_pdf(folder, pages)
    print(f"{pages}-page scanned PDF with OCR, {runs} runs each, min / median / max")
    print(f"  ({os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start)")
    cache = folder / "page-cache"
    for label, fresh in (("cold (empty cache)", True), ("cached (checked again)", False)):
        walls, cpus = [], []
        for _ in range(runs):
            if fresh:
                shutil.rmtree(cache, ignore_errors=True)
            wall, cpu, lines = timed_check(path, cache)
            walls.append(wall)
            cpus.append(cpu)
        print(f"  {label:24s} wall {_spread(walls)} s, CPU {_spread(cpus)} s; {lines} lines")
    print(f"  target: worst cold wall ≤ 20 s; load average now {os.getloadavg()[0]:.1f}")


def _group(name: str, suffix: str) -> str:
    if name.startswith(("layout-", "mild-")):
        return (
            "supplier layouts, no ASINs (PDF)"
            if suffix == ".pdf" and "scan" not in name
            else ("supplier layouts, no ASINs (scan / photo)")
        )
    return "text layer" if suffix == ".pdf" and "scanned" not in name else "scan / photo (OCR)"


def accuracy(fixtures: FixtureSet, with_notice: bool) -> None:
    """Field accuracy per clean invoice and per group; `with_notice`: checked with the
    notice, orders (the catalogue: lines matched to ASINs) and account, as `check` is."""
    context = make_context(fixtures.notice, [fixtures.orders], fixtures.account)
    groups: dict[str, list[bool]] = {}
    matched: list[int] = [0, 0]
    print(f"field accuracy {'with' if with_notice else 'without'} notice, orders and account:")
    print(f"  {'file':36s} fields  ASINs  wrong")
    for fixture in fixtures.fixtures.values():
        if fixture.truth is None or not fixture.clean:
            continue
        report = check_file(fixture.path, context if with_notice else None)
        read = report.fields.to_dict()
        scores = score_fields(read, fixture.truth)
        hits, lines = score_matches(read, fixture.truth)
        matched[0] += hits
        matched[1] += lines
        groups.setdefault(_group(fixture.name, fixture.path.suffix), []).extend(scores.values())
        wrong = ", ".join(name for name, ok in scores.items() if not ok)
        right = f"{sum(scores.values())}/{len(scores)}"
        print(f"  {fixture.name:36s} {right:7s} {hits}/{lines}    {wrong}")
    for group, scores in groups.items():
        share = sum(scores) / len(scores)
        print(f"  {group}: {sum(scores)}/{len(scores)} = {share:.1%}")
    print(f"  invoice lines matched to their ASIN: {matched[0]}/{matched[1]}")


def calibrate() -> None:
    rng = np.random.default_rng(11)
    scan = render_scan(draw_invoice(CLEAN_INVOICES[0]), rng)
    for how, (name, amounts) in SWEEPS.items():
        values = []
        for i, amount in enumerate(amounts):  # the first amount of each sweep is "clean"
            image = DEGRADATIONS[how](scan, amount, rng) if i else scan
            gray = image if image.ndim == 2 else image.mean(axis=2).astype(np.uint8)
            value = getattr(measure(gray), name)
            values.append(f"{amount:g}→{'n/a' if value is None else f'{value:.3g}'}")
        print(f"  {how:11s} ({name}): " + ", ".join(values))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calibrate", action="store_true")
    parser.add_argument("--ocr-only", action="store_true", help="only the 20-page scan")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        if args.ocr_only:
            scanned_pdf(root, args.runs)
            return
        fixtures = generate(root / "fx")
        accuracy(fixtures, with_notice=False)
        accuracy(fixtures, with_notice=True)
        per_image(root / "fx")
        scanned_pdf(root, args.runs)
    if args.calibrate:
        print("calibration (amount → measure):")
        calibrate()


if __name__ == "__main__":
    main()
