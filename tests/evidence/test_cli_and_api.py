"""The `reinstate evidence` commands, the public names and the docs."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

import reinstate.evidence as evidence
from reinstate.cli import cli

DOCS = Path(__file__).parents[2] / "docs" / "evidence.md"


def test_check_prints_the_public_json_shape_and_exits_1_when_not_ready(fixtures) -> None:
    files = [str(fixtures[name].path) for name in ("invoice-classic.pdf", "invoice-old.pdf")]
    args = ["evidence", "check", *files, "--notice", str(fixtures.notice), "--orders"]
    args += [str(fixtures.orders), "--account", str(fixtures.account), "--format", "json"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    data = json.loads(result.stdout)
    assert data["version"] == 1
    assert data["ready"] is False
    first = data["files"][0]
    assert set(first) == {"path", "kind", "pages", "ready", "fields", "findings"}
    assert set(first["fields"]) == {"invoice_date", "invoice_number", "supplier", "buyer", "items"}
    assert first["ready"] is True
    finding = data["files"][1]["findings"][0]
    assert set(finding) == {"rule", "severity", "message", "page", "region", "why"}
    assert finding["rule"] == "invoice.date-outside-window"


def test_check_of_a_ready_file_exits_0_with_text(fixtures) -> None:
    bill = str(fixtures["utility-bill.pdf"].path)
    args = [bill, "--notice", str(fixtures.notice), "--account", str(fixtures.account)]
    result = CliRunner().invoke(cli, ["evidence", "check", *args])
    assert result.exit_code == 0, result.output
    assert "ready (utility-bill, 1 page)" in result.stdout


def test_redact_without_prices_or_regions_is_a_clear_error(fixtures, out) -> None:
    path = str(fixtures["invoice-classic.pdf"].path)
    result = CliRunner().invoke(cli, ["evidence", "redact", path, "--out", str(out / "x.pdf")])
    assert result.exit_code == 2
    assert "nothing to redact" in result.output


def test_redact_and_highlight_commands_write_their_files(fixtures, out) -> None:
    path = str(fixtures["invoice-classic.pdf"].path)
    runner = CliRunner()
    done = runner.invoke(cli, ["evidence", "redact", path, "--out", str(out / "r.pdf"), "--prices"])
    assert done.exit_code == 0
    assert done.stdout.startswith("9 areas blacked out in ")
    as_json = [
        "evidence",
        "redact",
        path,
        "--out",
        str(out / "j.pdf"),
        "--prices",
        "--format",
        "json",
    ]
    assert json.loads(runner.invoke(cli, as_json).stdout)["removed"] == 9
    assert (out / "r.pdf.manifest.json").exists()
    marked = runner.invoke(
        cli, ["evidence", "highlight", path, "--out", str(out / "h.pdf"), "--asins", "B0C4KX7Z2M"]
    )
    assert marked.exit_code == 0
    assert "ASIN" in marked.stdout


def test_every_command_s_help_has_an_example() -> None:
    for command in ("check", "highlight", "redact"):
        result = CliRunner().invoke(cli, ["evidence", command, "--help"])
        assert "Example:" in result.output


def test_every_rule_and_command_is_documented() -> None:
    text = DOCS.read_text()
    for rule_id in evidence.load_rules():
        assert f"`{rule_id}`" in text, f"{rule_id} is not in docs/evidence.md"
    for command in ("evidence check", "evidence highlight", "evidence redact"):
        assert command in text


def test_check_gives_sarif_with_findings_located_by_page(fixtures) -> None:
    args = ["evidence", "check", str(fixtures["invoice-blurred.png"].path), "--format", "sarif"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output
    run = json.loads(result.stdout)["runs"][0]
    assert "quality.blurry" in {rule["id"] for rule in run["tool"]["driver"]["rules"]}
    located = run["results"][0]["locations"][0]["physicalLocation"]
    assert located["artifactLocation"]["uri"].endswith("invoice-blurred.png")
    assert located["region"]["properties"]["page"] == 1


def test_check_without_a_notice_says_which_checks_could_not_run_and_is_not_ready(fixtures) -> None:
    path = str(fixtures["invoice-classic.pdf"].path)
    result = CliRunner().invoke(cli, ["evidence", "check", path])
    assert result.exit_code == 1, result.output
    assert "skipped    invoice dates against the notice's window (no --notice)" in result.stdout
    assert "the set is not ready to send: the checks above could not run." in result.stdout
    data = json.loads(
        CliRunner().invoke(cli, ["evidence", "check", path, "--format", "json"]).stdout
    )
    assert data["ready"] is False
    assert len(data["skipped"]) == 4
