"""Hostile and broken notices (issue 15): linear time, bounded nesting, dates at the end of
the calendar, and a seeded fuzz of about 2,000 inputs that must never end in a traceback.

Every input is generated here; no large file is committed.
"""

from __future__ import annotations

import datetime
import random
import time

import pytest

from reinstate.errors import ReinstateError
from reinstate.notice import Notice, parse_notice, read_notice
from reinstate.notice._text import MAX_MULTIPARTS
from tests.notice._paths import corpus_notices

NOTICE = "We have deactivated your selling account. You have 17 days to send a plan of action.\n"


def _asins(count: int, seed: int = 15) -> list[str]:
    rng = random.Random(seed)
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return ["B0" + "".join(rng.choice(alphabet) for _ in range(8)) for _ in range(count)]


def _cpu_seconds(text: str) -> float:
    start = time.process_time()
    parse_notice(text)
    return time.process_time() - start


def test_a_notice_with_many_asins_takes_time_in_proportion_to_its_length() -> None:
    parse_notice(NOTICE)  # load the data files and the model first
    small, large = (NOTICE + "ASINs: " + ", ".join(_asins(n)) for n in (4_000, 32_000))
    ratio = min(_cpu_seconds(large) for _ in range(2)) / min(_cpu_seconds(small) for _ in range(2))
    assert ratio < 20, f"8 times the ASINs took {ratio:.1f} times the CPU time (quadratic?)"


def test_every_one_of_many_asins_is_found_and_placed_under_the_violation() -> None:
    asins = list(dict.fromkeys(_asins(5_000)))
    notice = parse_notice(
        "We have deactivated your selling account for counterfeit items.\n" + " ".join(asins)
    )
    assert list(notice.asins) == asins
    assert notice.issues[0].asins == tuple(asins)


def _nested_multipart(depth: int) -> str:
    opening = "".join(
        f"Content-Type: multipart/mixed; boundary=b{i}\n\n--b{i}\n" for i in range(depth)
    )
    closing = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    return f"MIME-Version: 1.0\n{opening}Content-Type: text/plain\n\n{NOTICE}{closing}"


def test_an_email_of_3000_nested_parts_is_one_sentence_and_quick(tmp_path) -> None:
    path = tmp_path / "nested.eml"
    path.write_text(_nested_multipart(3_000))
    start = time.perf_counter()
    with pytest.raises(ReinstateError) as error:
        read_notice(path)
    assert time.perf_counter() - start < 5
    assert str(path) in error.value.sentence()
    assert "multipart" in error.value.sentence()


def test_an_email_of_a_few_nested_parts_is_read() -> None:
    notice = parse_notice(_nested_multipart(MAX_MULTIPARTS // 2), content_type="eml")
    assert notice.message_type == "deactivation"


def test_forwarded_messages_nested_thousands_deep_are_one_sentence() -> None:
    nested = "".join("Content-Type: message/rfc822\n\n" for _ in range(3_000))
    with pytest.raises(ReinstateError, match="nested"):
        parse_notice(
            f"MIME-Version: 1.0\n{nested}Content-Type: text/plain\n\n{NOTICE}", content_type="eml"
        )


@pytest.mark.parametrize("day", [datetime.date(9999, 12, 31), datetime.date(9999, 12, 20)])
def test_a_received_day_at_the_end_of_the_calendar_never_overflows(day) -> None:
    try:
        notice = parse_notice(NOTICE, received=day)
    except ReinstateError:
        return  # refused with a sentence: as good
    assert notice.deadline is not None
    assert notice.deadline.due is None


def test_an_email_dated_9999_never_overflows(tmp_path) -> None:
    path = tmp_path / "late.eml"
    path.write_text(
        "From: seller-performance@amazon.com\nDate: Fri, 31 Dec 9999 23:59:59 +0000\n"
        f"Subject: Your account\n\n{NOTICE}"
    )
    try:
        notice = read_notice(path)
    except ReinstateError as error:
        sentence = error.sentence()
    else:
        sentence = "9999 read"
    assert "9999" in sentence
    if sentence == "9999 read":
        assert notice.deadline is not None
        assert notice.deadline.due is None


# ─────────────────────────── the seeded fuzz ───────────────────────────

FUZZ_SEED = 1515
FUZZ_CASES = 2_000
FUZZ_SECONDS = 240  # the cap on the whole run, on two shared cores
_JUNK = [
    "\x00", "\ufeff", "\u202e", "\r", "\n\n\n", "<", ">", "&", "]]>", "<!--", "<script>",
    "<div><div><div>", "=?utf-8?b?", "=\n", "=C3=", "--b0--", "Content-Type: multipart/mixed;"
    " boundary=x\n\n--x\n", "Content-Transfer-Encoding: base64\n\n", "Date: 31/12/9999\n",
    "Sent: 0000-00-00\n", "within 99999999999999999999 days", "within 0 hours", "B0", "ASIN:",
    "SKU: ", "|", "> > > ", "[quote]", "\u0000" * 50, "é" * 30, "9" * 5000, "B0ZZZZZZZZ" * 50,
    "On Mon, 1 Jan 0001 at 00:00, Amazon wrote:\n", "999-9999999-9999999 ",
]  # fmt: skip


def _mutated(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 6)):
        at = rng.randint(0, len(text))
        choice = rng.random()
        if choice < 0.35:
            text = text[:at] + rng.choice(_JUNK) + text[at:]
        elif choice < 0.55:
            text = text[:at] + text[at + rng.randint(1, 200) :]
        elif choice < 0.7:
            text = text[:at]  # truncated
        elif choice < 0.85:
            piece = text[at : at + rng.randint(1, 80)]
            text = text[:at] + piece * rng.randint(2, 40) + text[at:]
        else:
            text = text[:at] + chr(rng.randint(1, 0x2FFFF)) + text[at:]
    return text


def test_two_thousand_mutated_notices_give_a_notice_or_one_sentence_never_a_traceback(
    tmp_path,
) -> None:
    rng = random.Random(FUZZ_SEED)
    sources = [(path.suffix, path.read_text("utf-8")) for path in corpus_notices()]
    kinds = {".txt": "text", ".eml": "eml", ".html": "html"}
    start, refused = time.perf_counter(), 0
    for case in range(FUZZ_CASES):
        suffix, text = rng.choice(sources)
        text = _mutated(rng, text)
        try:
            if case % 4 == 0:  # through the file reader: bytes, sniffing, decoding
                path = tmp_path / f"case{suffix}"
                path.write_bytes(text.encode("utf-8", "surrogatepass"))
                result = read_notice(path)
            else:
                result = parse_notice(text, content_type=kinds.get(suffix, "text"))
        except ReinstateError as error:
            refused += 1
            sentence = error.sentence()
            assert sentence.strip(), f"case {case}: an empty sentence"
            continue
        assert isinstance(result, Notice)
        result.to_dict()
        assert time.perf_counter() - start < FUZZ_SECONDS, f"over {FUZZ_SECONDS} s at case {case}"
    assert refused < FUZZ_CASES // 2, "most mutations still leave a readable notice"


def test_the_one_pass_over_many_asins_places_them_as_a_search_would() -> None:
    from reinstate.notice._ids import FEW_ASINS, asin_positions

    asins = tuple(dict.fromkeys(_asins(FEW_ASINS * 3)))
    text = "SKU: X" + asins[5] + " and 0316769487 then " + " ".join(asins) + " 0316769487"
    wanted = (*asins, "0316769487", "B0NOTTHERE")
    assert asin_positions(text, wanted) == {asin: text.find(asin) for asin in wanted}
