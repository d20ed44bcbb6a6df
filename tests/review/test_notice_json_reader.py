"""Review reads notice JSON through `Notice.from_dict`: it accepts and refuses exactly what
`reinstate.notice` does, with the same sentence, for hand-picked and seeded mutated notices."""

from __future__ import annotations

import copy
import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.errors import FormatError
from reinstate.notice import Notice
from reinstate.review import NoticeFacts, load_notice

EXAMPLES = Path(__file__).parents[2] / "examples" / "late-shipment"
ODD_VALUES: tuple[Any, ...] = ("B0C4KX7Z2M", -5, 1.5, 0, True, None, "", [], {}, ["B0"], "17")


def _example() -> dict[str, Any]:
    data: dict[str, Any] = json.loads((EXAMPLES / "notice.json").read_text())
    return data


def _outcome(read: Any, data: Any) -> tuple[str, Any]:
    """("ok", the ASINs read) or ("error", the error's sentence)."""
    try:
        facts = read(data)
    except FormatError as error:
        return "error", error.sentence()
    return "ok", facts.asins


def _both(data: Any) -> tuple[tuple[str, Any], tuple[str, Any]]:
    review = _outcome(lambda d: NoticeFacts.from_dict(d, source="n.json"), data)
    notice = _outcome(lambda d: Notice.from_dict(d, source="n.json"), data)
    return review, notice


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"version": 1, "asins": "B0C4KX7Z2M"}, "asins"),
        ({"version": 1, "documents": [{"kind": "invoice", "window_days": -5}]}, "window_days"),
        ({"version": 1, "documents": [{"kind": "invoice", "window_days": 1.5}]}, "window_days"),
        ({"version": 1, "asins": ["B0"]}, "asins[0]"),
        ({"asins": ["B0C4KX7Z2M"]}, "version"),
    ],
)
def test_review_refuses_the_notice_json_the_notice_reader_refuses_with_the_same_sentence(
    data: dict[str, Any], field: str
) -> None:
    review, notice = _both(data)
    assert review == notice
    assert review[0] == "error"
    assert field in review[1]


def _mutate(data: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    """`data` with one value, at any depth, replaced by an odd one."""
    data = copy.deepcopy(data)
    node: Any = data
    while True:
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return data
        key = rng.choice(keys)
        child = node[key]
        if isinstance(child, dict | list) and child and rng.random() < 0.6:
            node = child
            continue
        node[key] = rng.choice(ODD_VALUES)
        return data


def test_review_and_the_notice_reader_agree_on_every_mutated_notice() -> None:
    rng = random.Random(15)
    outcomes = set()
    for _ in range(400):
        data = _mutate(_example(), rng)
        review, notice = _both(data)
        assert review == notice, json.dumps(data)[:200]
        outcomes.add(review[0])
    assert outcomes == {"ok", "error"}  # the mutations reach both sides


def test_a_notice_file_with_asins_as_a_string_stops_review_with_exit_2(tmp_path: Path) -> None:
    data = _example() | {"asins": "B0C4KX7Z2M"}
    path = tmp_path / "notice.json"
    path.write_text(json.dumps(data))
    with pytest.raises(FormatError, match="asins"):
        load_notice(path)
    poa = str(EXAMPLES / "poa.md")
    result = CliRunner().invoke(cli, ["check", poa, "--notice", str(path)], prog_name="reinstate")
    assert result.exit_code == 2
    assert "asins" in result.output
    assert "Traceback" not in result.output
