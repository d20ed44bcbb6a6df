"""The benchmarks still run: their inputs build, and one pass of the work succeeds.
(Figures are printed by the benchmarks themselves, never asserted in tests.)"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))

import bench_metrics
import bench_notice
import bench_package
import bench_review


def test_the_review_benchmark_builds_500_word_plans_and_reviews_them() -> None:
    plans = bench_review.five_hundred_word_plans()
    assert len(plans) >= 30
    assert all(len(text.split()) >= 480 for text, _ in plans)
    text, meta = plans[0]
    bench_review.reinstate_review(text, meta)


def test_the_metrics_benchmark_times_its_count_and_floor_on_a_small_seller(tmp_path) -> None:
    files = bench_metrics.generate(tmp_path, 2_000)
    seconds, rows = bench_metrics.bare_count(files)
    assert rows > 2_000
    assert seconds > 0
    parse_s, orders_s = bench_metrics.floor(files)
    assert parse_s > 0
    assert orders_s > 0


def test_the_notice_benchmark_parses_its_corpus_and_times_cpu_and_wall() -> None:
    notices = bench_notice.load_corpus()
    assert len(notices) >= 60
    count, cpu, wall = bench_notice.run(notices[:3], 0.0)
    assert count == 3
    assert cpu >= 0
    assert wall > 0


def test_the_notice_benchmark_times_one_notice_of_many_asins() -> None:
    text = bench_notice.many_asins(1_000)
    assert len(text.split("ASINs: ")[1].split(", ")) == 1_000
    cpu, wall = bench_notice.time_once(text)
    assert cpu >= 0
    assert wall > 0


def test_the_package_benchmark_builds_a_packet_of_the_pages_asked_for(tmp_path) -> None:
    case = bench_package.build(tmp_path / "case", 12)
    assert bench_package.run_once(case, tmp_path / "out") == 12
    wall, cpu = bench_package.timed(bench_package.packet_only(case, tmp_path / "work"))
    assert wall > 0
    assert cpu > 0


def test_the_evidence_benchmark_checks_a_scanned_pdf_cold_and_cached(tmp_path, monkeypatch) -> None:
    import bench_evidence

    monkeypatch.setenv("REINSTATE_OCR_CACHE", "1")  # the bench sets both; restored after
    monkeypatch.setenv("REINSTATE_CACHE_DIR", str(tmp_path / "elsewhere"))
    path = bench_evidence.make_scanned_pdf(tmp_path, pages=2)
    cold = bench_evidence.timed_check(path, tmp_path / "cache")
    cached = bench_evidence.timed_check(path, tmp_path / "cache")
    assert cold[2] == cached[2] > 0
    assert list((tmp_path / "cache" / "pages").glob("*/*.json"))
    assert cold[1] > 0


def test_the_review_benchmark_times_the_whole_cold_start_in_cpu_and_wall() -> None:
    (cpu, wall), (bare_cpu, bare_wall) = bench_review.cold_start(1)
    assert len(cpu) == len(wall) == 1
    assert cpu[0] > bare_cpu[0] > 0
    assert wall[0] > 0
    assert bare_wall[0] > 0
