"""A file that cannot be read: check reports it as a finding (exit 1) so the rest of a set
is still checked; highlight and redact stop with exit 2 and the same rule id in the sentence."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

from reinstate.cli import cli

LOOP = (
    b"%PDF-1.4\n1 0 obj <</Type/Catalog/Pages 2 0 R>> endobj\n"
    b"2 0 obj <</Type/Pages/Kids[2 0 R]/Count 1>> endobj\n"
    b"trailer <</Root 1 0 R>>\n%%EOF\n"
)


def _pdf_bytes(**save: object) -> bytes:
    pdf = pymupdf.open()
    pdf.new_page().insert_text((72, 72), "Invoice 1001 from Harbor Lane Goods")
    return pdf.tobytes(**save)


def _broken(tmp_path: Path, kind: str) -> tuple[Path, str]:
    path = tmp_path / f"{kind}.pdf"
    if kind == "truncated":
        data = _pdf_bytes()
        path.write_bytes(data[: int(len(data) * 0.7)])
        return path, "format.corrupt"
    if kind == "encrypted":
        path.write_bytes(
            _pdf_bytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="u", owner_pw="o")
        )
        return path, "format.encrypted"
    path.write_bytes(LOOP)
    return path, "format.corrupt"


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="reinstate")
    return result.exit_code, result.output


@pytest.mark.parametrize("kind", ["truncated", "encrypted", "page-tree-loop"])
def test_check_reports_an_unreadable_pdf_as_a_finding_and_exits_1(tmp_path, kind) -> None:
    path, rule = _broken(tmp_path, kind)
    code, output = _run("evidence", "check", str(path), "--format", "json")
    assert code == 1
    findings = json.loads(output)["files"][0]["findings"]
    assert rule in {finding["rule"] for finding in findings}


@pytest.mark.parametrize("kind", ["truncated", "encrypted", "page-tree-loop"])
@pytest.mark.parametrize("command", ["highlight", "redact"])
def test_highlight_and_redact_stop_on_an_unreadable_pdf_with_exit_2_naming_the_same_rule(
    tmp_path, kind, command
) -> None:
    path, rule = _broken(tmp_path, kind)
    out = tmp_path / "out.pdf"
    extra = ["--auto"] if command == "highlight" else ["--prices"]
    code, output = _run("evidence", command, str(path), "--out", str(out), *extra)
    assert code == 2
    assert f"({rule}, as `reinstate evidence check` reports it)" in output
    assert "Traceback" not in output
    assert output.count("\n") == 1
    assert not out.exists()


def test_an_unreadable_pdf_in_a_set_does_not_stop_the_other_files_being_checked(
    tmp_path,
) -> None:
    broken, rule = _broken(tmp_path, "truncated")
    good = tmp_path / "good.pdf"
    good.write_bytes(_pdf_bytes())
    code, output = _run("evidence", "check", str(broken), str(good), "--format", "json")
    assert code == 1
    files = {Path(item["path"]).name: item for item in json.loads(output)["files"]}
    assert rule in {finding["rule"] for finding in files["truncated.pdf"]["findings"]}
    assert "format.corrupt" not in {finding["rule"] for finding in files["good.pdf"]["findings"]}


def test_a_missing_file_is_exit_2_for_check_and_highlight_alike(tmp_path) -> None:
    missing = str(tmp_path / "nope.pdf")
    assert _run("evidence", "check", missing)[0] == 2
    assert _run("evidence", "highlight", missing, "--out", str(tmp_path / "o.pdf"))[0] == 2
