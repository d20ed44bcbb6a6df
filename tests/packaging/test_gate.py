"""The gate: nothing is written while the reviewer or the evidence check finds errors,
unless --force, which the manifest records; and nothing is ever half-written."""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.packaging import package
from tests.packaging.helpers import WEAK, args, make_case


def run(*arguments: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(arguments))
    return result.exit_code, result.stdout, result.stderr


def leftovers(folder: Path) -> list[str]:
    return [path.name for path in folder.iterdir() if path.name.startswith(".")]


def test_a_clean_case_exits_with_0_and_names_what_it_wrote(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case")
    code, out, _ = run(*args(case, tmp_path / "appeal"))
    assert code == 0, out
    assert f"wrote {tmp_path / 'appeal' / 'packet.pdf'}" in out
    assert "Verdict: ready" in out


def test_a_weak_plan_is_refused_with_its_findings_and_nothing_is_written(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case", WEAK)
    code, _, err = run(*args(case, tmp_path / "appeal"))
    assert code == 1
    assert "error tone.blame" in err
    assert "Not packaged:" in err
    assert not (tmp_path / "appeal").exists()
    assert leftovers(tmp_path) == []


def test_force_packages_a_weak_plan_and_the_manifest_records_it(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case", WEAK)
    code, out, _ = run(*args(case, tmp_path / "appeal"), "--force")
    assert code == 0
    assert "Verdict: not-ready (forced)" in out
    manifest = json.loads((tmp_path / "appeal" / "manifest.json").read_text())
    assert manifest["forced"] is True
    assert manifest["readiness"]["verdict"] == "not-ready"
    assert any(f["rule"] == "tone.blame" for f in manifest["readiness"]["findings"])
    text = (tmp_path / "appeal" / "seller-central.txt").read_text()
    assert "verdict: not-ready (packaged with --force despite errors" in text
    cover = pymupdf.open(tmp_path / "appeal" / "packet.pdf")[0].get_text()
    assert "force" not in cover


def test_an_evidence_error_stops_packaging(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case")
    (case["exhibits"] / "Exhibit 5 - stock list.docx").write_bytes(_docx_bytes())
    code, _, err = run(*args(case, tmp_path / "appeal"))
    assert code == 1
    assert "Exhibit 5 - stock list.docx: error" in err
    assert not (tmp_path / "appeal").exists()


def _docx_bytes() -> bytes:
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document>Stock</document>")
    return buffer.getvalue()


def test_a_refused_exhibit_is_left_out_when_forced_and_says_why(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case")
    (case["exhibits"] / "Exhibit 5 - stock list.docx").write_bytes(_docx_bytes())
    result = package(
        case["poa"], case["notice"], tmp_path / "appeal", case["exhibits"], case["account"], True
    )
    refused = [e for e in result.appeal.exhibits if e.refused]
    assert [e.source.name for e in refused] == ["Exhibit 5 - stock list.docx"]
    assert "editable format" in (refused[0].refused or "")
    assert not (tmp_path / "appeal" / "exhibits" / "Exhibit 5 - stock list.docx").exists()
    text = (tmp_path / "appeal" / "seller-central.txt").read_text()
    assert "NOT attached: Exhibit 5 - stock list.docx" in text


def test_a_new_package_replaces_an_old_one_whole(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case")
    out = tmp_path / "appeal"
    package(case["poa"], case["notice"], out, case["exhibits"], case["account"])
    (case["exhibits"] / "Exhibit 4 - disposal record.pdf").unlink()
    package(case["poa"], case["notice"], out, case["exhibits"], case["account"], force=True)
    assert not (out / "exhibits" / "Exhibit 4 - disposal record.pdf").exists()
    assert leftovers(tmp_path) == []


def test_a_failure_while_writing_leaves_the_old_package_untouched(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = make_case(tmp_path / "case")
    out = tmp_path / "appeal"
    package(case["poa"], case["notice"], out, case["exhibits"], case["account"])
    before = {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()}

    def broken(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("reinstate.packaging._package.write_docx", broken)
    with pytest.raises(OSError, match="disk full"):
        package(case["poa"], case["notice"], out, case["exhibits"], case["account"])
    assert {path.name: path.read_bytes() for path in out.iterdir() if path.is_file()} == before
    assert leftovers(tmp_path) == []


def test_a_notice_given_as_amazons_own_text_is_read_by_notice_intake(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case")
    notice = Path(__file__).parent.parent / "corpus" / "notices" / "01-deactivation-inauthentic.txt"
    result = package(
        case["poa"], notice, tmp_path / "appeal", case["exhibits"], case["account"], True
    )
    assert result.appeal.notice.asins == ("B07QWERTY1", "B08ZXCVBN2")
    assert any(f.rule == "coverage.asin-missing" for f in result.appeal.errors)
    cover = pymupdf.open(tmp_path / "appeal" / "packet.pdf")[0].get_text()
    assert "B07QWERTY1" in cover
    assert "90 days" in cover


def test_a_plan_citing_exhibits_packaged_without_them_is_not_ready_and_says_so(
    tmp_path: Path,
) -> None:
    case = make_case(tmp_path / "case")
    arguments = args(case, tmp_path / "appeal")
    at = arguments.index("--exhibits")
    del arguments[at : at + 2]
    code, out, _ = run(*arguments)
    assert code == 0, out
    assert "--exhibits: warning review.not-checked the exhibits the plan cites" in out
    assert "Verdict: ready-with-warnings" in out
    assert "Not checked: the exhibits the plan cites (no --exhibits)." in out
    manifest = json.loads((tmp_path / "appeal" / "manifest.json").read_text())
    assert manifest["readiness"]["verdict"] == "ready-with-warnings"
    assert manifest["readiness"]["not_checked"] == [
        {"check": "the exhibits the plan cites", "reason": "no --exhibits"}
    ]
    assert "review.not-checked" in [f["rule"] for f in manifest["readiness"]["findings"]]


def test_with_its_exhibits_a_clean_case_has_nothing_left_unchecked(tmp_path: Path) -> None:
    case = make_case(tmp_path / "case")
    code, out, _ = run(*args(case, tmp_path / "appeal"))
    assert code == 0, out
    assert "Not checked" not in out
    manifest = json.loads((tmp_path / "appeal" / "manifest.json").read_text())
    assert manifest["readiness"]["not_checked"] == []
