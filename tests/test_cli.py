"""The `reinstate` command line: exit codes, formats, standard input and bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli

EXAMPLE = Path(__file__).parent.parent / "examples" / "late-shipment"
CLEAN = Path(__file__).parent / "corpus" / "poa" / "19-late-shipment-made-to-order.md"


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def example_args() -> list[str]:
    return [
        str(EXAMPLE / "poa.md"),
        "--notice", str(EXAMPLE / "notice.json"),
        "--metrics", str(EXAMPLE / "metrics.json"),
        "--exhibits", str(EXAMPLE / "exhibits"),
    ]  # fmt: skip


def test_a_plan_with_errors_exits_with_1_and_prints_compiler_style_lines() -> None:
    code, out, _ = run("check", *example_args())
    assert code == 1
    assert f"{EXAMPLE / 'poa.md'}:7:171: error facts.metric-mismatch" in out
    assert "tone.blame" in out
    assert "evidence.missing-exhibit" in out


def test_a_plan_without_errors_exits_with_0() -> None:
    code, out, _ = run("check", str(CLEAN), "--config", str(CLEAN.parent / "no-length.toml"))
    assert code == 0, out


def test_standard_input_is_read_with_a_dash() -> None:
    code, out, _ = run("check", "-", "--format", "json", stdin="We will try to ship faster.")
    assert code == 1
    assert json.loads(out)["file"] == "<stdin>"


def test_json_output_has_the_documented_top_level_keys() -> None:
    _, out, _ = run("check", *example_args(), "--format", "json")
    data = json.loads(out)
    assert set(data) == {"version", "file", "words", "sections", "findings", "skipped", "summary"}
    assert data["summary"]["errors"] == 3


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["check", "missing.md"], "missing.md: no such file"),
        (["check", str(CLEAN), "--notice", "nope.json"], "nope.json: no such file"),
        (["check", str(CLEAN), "--exhibits", "nowhere"], "nowhere: is not a folder of exhibits"),
        (["check", str(CLEAN), "--config", "nope.toml"], "nope.toml: no such config file"),
    ],
)
def test_a_missing_input_exits_with_2_and_a_sentence_naming_it(args: list[str], words: str) -> None:
    code, out, err = run(*args)
    assert code == 2
    assert words in err
    assert "Traceback" not in err + out


def test_notice_json_with_an_unknown_violation_names_the_field(tmp_path: Path) -> None:
    notice = tmp_path / "notice.json"
    notice.write_text('{"version": 1, "violations": [{"kind": "late-shipping"}]}')
    code, _, err = run("check", str(CLEAN), "--notice", str(notice))
    assert code == 2
    assert "field \"violations[0].kind\": is 'late-shipping', not one of" in err


def test_broken_metrics_json_names_the_line_and_column(tmp_path: Path) -> None:
    metrics = tmp_path / "metrics.json"
    metrics.write_text('{"metrics": {\n  "late_shipment_rate_10d": }\n}')
    code, _, err = run("check", str(CLEAN), "--metrics", str(metrics))
    assert code == 2
    assert "metrics.json, line 2, column 29: is not valid JSON" in err


def test_a_binary_file_is_refused_with_a_sentence(tmp_path: Path) -> None:
    binary = tmp_path / "poa.pdf"
    binary.write_bytes(b"%PDF-1.7\x00\x01\x02")
    code, _, err = run("check", str(binary))
    assert code == 2
    assert "looks like a binary file, not text" in err


def test_an_unknown_rule_in_the_config_is_an_error(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('[review]\ndisable = ["tone.nonsense"]\n')
    code, _, err = run("check", str(CLEAN), "--config", str(config))
    assert code == 2
    assert "unknown rule ids tone.nonsense" in err


def test_rules_lists_every_rule_with_its_source() -> None:
    code, out, _ = run("rules", "--format", "json")
    rows = json.loads(out)
    assert code == 0
    assert {"tone.blame", "facts.metric-mismatch"} <= {row["id"] for row in rows}
    assert all(row["source"] for row in rows)


def test_a_raw_notice_is_read_by_notice_intake() -> None:
    notice = Path(__file__).parent / "corpus" / "notices" / "01-deactivation-inauthentic.txt"
    plan = "Root cause: our supplier invoices for B07QWERTY1 were missing (Exhibit 1)."
    code, out, _ = run("check", "-", "--notice", str(notice), "--format", "json", stdin=plan)
    findings = json.loads(out)["findings"]
    missing = [f["message"] for f in findings if f["rule"] == "coverage.asin-missing"]
    assert code == 1
    assert missing == ["The notice lists ASIN B08ZXCVBN2, and the plan never mentions it."]


def test_a_plan_saved_in_windows_1252_with_crlf_is_read(tmp_path: Path) -> None:
    plan = tmp_path / "poa.txt"
    plan.write_bytes(
        "Root cause: our packer’s error on 2 May.\r\nWe refunded 14 buyers.".encode("cp1252")
    )
    code, out, _ = run("check", str(plan), "--format", "json")
    data = json.loads(out)
    assert code == 1
    assert data["sections"]["root_cause"]["line"] == 1
    assert data["words"] == 12
