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
    assert f"{path}: is an e-mail of 3,000 multipart sections" in result.output
    assert "Traceback" not in result.output


def test_the_positions_of_100000_asins_are_found_in_one_pass():
    import time

    from reinstate.notice._ids import asin_positions

    asins = tuple(f"B0{i:08d}" for i in range(100_000))
    text = "ASINs: " + " ".join(asins) + " and again B000000007"
    started = time.process_time()
    positions = asin_positions(text, asins)
    assert time.process_time() - started < 5  # a find per ASIN took about 100 s
    assert positions["B000000000"] == text.find("B000000000")
    assert positions["B000000007"] == text.find("B000000007")
    assert positions[asins[-1]] == text.find(asins[-1])


def test_an_asin_seen_only_inside_a_longer_token_is_still_placed():
    from reinstate.notice._ids import asin_positions

    text = "see XB0ABCDEFGHY and B012345678"
    assert asin_positions(text, ("B012345678", "B0ABCDEFGH")) == {
        "B012345678": text.find("B012345678"),
        "B0ABCDEFGH": text.find("B0ABCDEFGH"),
    }
