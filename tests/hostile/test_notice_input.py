"""Hostile notices: one sentence with exit code 2, never a traceback."""

from __future__ import annotations

from click.testing import CliRunner

from reinstate.cli import cli


def test_an_email_of_thousands_of_nested_mime_parts_is_one_sentence(tmp_path):
    depth = 3_000
    opening = "".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth)
    )
    closing = "".join(f"\n--b{i}--\n" for i in reversed(range(depth)))
    path = tmp_path / "notice.eml"
    path.write_text(
        "From: seller-performance@amazon.com\nSubject: Your account\nMIME-Version: 1.0\n"
        + opening
        + "Content-Type: text/plain\n\nYour Amazon selling account has been deactivated.\n"
        + closing
    )
    result = CliRunner().invoke(cli, ["notice", str(path)])
    assert result.exit_code == 2
    assert f"{path}: is a message nested too deeply to read" in result.output
