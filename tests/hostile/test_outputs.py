"""Outputs never damage a file: not an input, not a device, pipe or link, never half-written."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pymupdf
import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import InputError
from reinstate.evidence import highlight, redact_with_manifest
from reinstate.outputs import OutputSet, check_output


@pytest.fixture
def invoice(tmp_path: Path) -> Path:
    """A one-page PDF invoice with a price on it."""
    pdf = pymupdf.open()
    page = pdf.new_page()
    page.insert_text((72, 72), "Invoice 1042  Qty 12  Unit price $4.50  Total $54.00")
    path = tmp_path / "invoice.pdf"
    pdf.save(path)
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _redact(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, ["evidence", "redact", *args])
    return result.exit_code, result.output


def test_a_manifest_named_as_the_input_is_refused_and_the_input_is_kept(invoice, tmp_path):
    before = _digest(invoice)
    code, output = _redact(
        str(invoice), "--out", str(tmp_path / "r.pdf"), "--prices", "--manifest", str(invoice)
    )
    assert code == 2
    assert "would overwrite the input" in output
    assert _digest(invoice) == before
    assert not (tmp_path / "r.pdf").exists()


def test_a_manifest_named_as_the_output_is_refused(invoice, tmp_path):
    out = tmp_path / "r.pdf"
    code, output = _redact(str(invoice), "--out", str(out), "--prices", "--manifest", str(out))
    assert code == 2
    assert "named twice" in output
    assert not out.exists()


def test_an_output_that_is_a_symbolic_link_is_refused_and_its_target_kept(invoice, tmp_path):
    target = tmp_path / "precious.txt"
    target.write_text("keep me")
    link = tmp_path / "link.pdf"
    link.symlink_to(target)
    code, output = _redact(str(invoice), "--out", str(link), "--prices")
    assert code == 2
    assert "symbolic link" in output
    assert link.is_symlink()
    assert target.read_text() == "keep me"


def test_an_output_that_is_a_pipe_is_refused(invoice, tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):
        highlight(invoice, fifo, auto=True)
    assert fifo.exists()


def test_an_output_that_is_a_device_is_refused():
    with pytest.raises(InputError, match="not a regular file"):
        check_output("/dev/null")


def test_a_hard_link_to_the_input_counts_as_the_input(invoice, tmp_path):
    twin = tmp_path / "twin.pdf"
    os.link(invoice, twin)
    with pytest.raises(InputError, match="would overwrite the input"):
        highlight(invoice, twin, auto=True)


def test_an_output_in_a_missing_folder_is_one_sentence(invoice, tmp_path):
    code, output = _redact(str(invoice), "--out", str(tmp_path / "no" / "r.pdf"), "--prices")
    assert code == 2
    assert "does not exist" in output
    assert "Traceback" not in output


def test_a_failed_manifest_leaves_no_redacted_file(invoice, tmp_path):
    out = tmp_path / "r.pdf"
    with pytest.raises(InputError, match="does not exist"):
        redact_with_manifest(invoice, out, manifest_path=tmp_path / "missing" / "m.json")
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir()] == ["invoice.pdf"]


def test_redaction_writes_the_file_and_its_manifest_together(invoice, tmp_path):
    out = tmp_path / "r.pdf"
    manifest, written = redact_with_manifest(invoice, out)
    data = json.loads(written.read_text())
    assert data["result"]["sha256"] == _digest(out)
    assert data["original"]["sha256"] == _digest(invoice)
    assert manifest.removed
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "invoice.pdf",
        "r.pdf",
        "r.pdf.manifest.json",
    ]


def test_a_failure_inside_a_set_leaves_neither_output_nor_temporary_file(tmp_path):
    def write_half() -> None:
        with OutputSet() as outputs:
            outputs.add(tmp_path / "a.txt").write_text("half")
            raise RuntimeError("killed halfway")

    with pytest.raises(RuntimeError):
        write_half()
    assert list(tmp_path.iterdir()) == []


def test_an_existing_regular_output_is_replaced_whole(tmp_path):
    out = tmp_path / "a.txt"
    out.write_text("old")
    with OutputSet() as outputs:
        outputs.add(out).write_text("new")
    assert out.read_text() == "new"
    assert list(tmp_path.iterdir()) == [out]


@pytest.mark.parametrize("name", ["r.txt", "r", "r.docx"])
@pytest.mark.parametrize("command", [["redact", "--prices"], ["highlight", "--auto"]])
def test_an_output_whose_name_names_no_format_reinstate_writes_is_refused(
    invoice, tmp_path, name, command
):
    result = CliRunner().invoke(
        cli, ["evidence", command[0], str(invoice), "--out", str(tmp_path / name), command[1]]
    )
    assert result.exit_code == 2
    assert "must end in .pdf, .png" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice.pdf"]


@pytest.mark.parametrize("command", [["redact", "--prices"], ["highlight", "--auto"]])
def test_a_pdf_is_never_written_under_an_image_name(invoice, tmp_path, command):
    out = tmp_path / "r.png"
    result = CliRunner().invoke(
        cli, ["evidence", command[0], str(invoice), "--out", str(out), command[1]]
    )
    assert result.exit_code == 2
    assert "a PDF is written only as a PDF" in result.output
    assert not out.exists()


def test_a_manifest_that_is_not_json_by_name_is_refused(invoice, tmp_path):
    code, output = _redact(
        str(invoice),
        "--out",
        str(tmp_path / "r.pdf"),
        "--prices",
        "--manifest",
        str(tmp_path / "m.pdf"),
    )
    assert code == 2
    assert "the manifest is JSON" in output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["invoice.pdf"]


def test_an_upper_case_pdf_suffix_is_a_pdf(invoice, tmp_path):
    code, _output = _redact(str(invoice), "--out", str(tmp_path / "R.PDF"), "--prices")
    assert code == 0
    assert (tmp_path / "R.PDF").read_bytes().startswith(b"%PDF")
