"""Property tests: any text reads without crashing, and IDs put into text are found."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinstate.errors import InputError
from reinstate.notice import parse_notice

TEXT = st.text(max_size=400)
# Text that cannot glue itself onto an inserted ID or turn it into a SKU label's value.
PROSE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters=":#"), max_size=200
)
ASIN = st.from_regex(r"B0[0-9A-Z]{8}", fullmatch=True)
ORDER_ID = st.from_regex(r"[0-9]{3}-[0-9]{7}-[0-9]{7}", fullmatch=True)
CONTENT_TYPE = st.sampled_from(["text", "html", "eml"])


@settings(max_examples=150, deadline=None)
@given(text=TEXT, content_type=CONTENT_TYPE)
def test_random_text_never_crashes_the_reader(text: str, content_type: str) -> None:
    try:
        notice = parse_notice(text, content_type=content_type)
    except InputError as error:
        message = str(error)
    else:
        message = ""
    if message:
        assert "is empty" in message or "has no text" in message
        return
    data = notice.to_dict()
    assert data["version"] == 1
    assert 0 <= min((v["confidence"] for v in data["violations"]), default=0) <= 1


@settings(max_examples=150, deadline=None)
@given(before=PROSE, after=PROSE, asin=ASIN, order_id=ORDER_ID)
def test_ids_put_into_random_text_are_found(
    before: str, after: str, asin: str, order_id: str
) -> None:
    text = f"{before} {asin} and {order_id} {after}"
    notice = parse_notice(text)
    assert asin in notice.asins
    assert order_id in notice.order_ids


@settings(max_examples=60, deadline=None)
@given(asins=st.lists(ASIN, min_size=1, max_size=8, unique=True), lines=st.lists(PROSE, max_size=6))
def test_every_asin_of_a_list_is_found_in_order(asins: list[str], lines: list[str]) -> None:
    text = "\n".join(["We have removed your listings.", *lines, *(f"ASIN: {a}" for a in asins)])
    found = parse_notice(text).asins
    assert [asin for asin in found if asin in asins] == asins


@pytest.mark.parametrize(
    "token",
    [
        "1Z999AA10123456784",
        "TBA304598712000",
        "9780306406157",
        "XB0ABCDEFGH",
        "B0ABCDEFGH-RED",
        "B0ABCDEFG",
        "b0abcdefgh",
        "112-3456789-0123456",
        "B0ABCDEFGHI",
    ],
)
def test_look_alike_tokens_are_never_asins(token: str) -> None:
    assert parse_notice(f"Hello, see {token} below.").asins == ()
