"""`evidence check --orders` reads every all-orders file `reinstate metrics` reads: gzip,
comma-separated, any encoding, through the one reader (``reinstate.metrics.read_catalogue``)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reinstate.cli import cli
from reinstate.evidence import make_context


def _tab(text: str) -> str:
    return text


def _comma(text: str) -> str:
    return text.replace("\t", ",")


# name: (the words added to every product name, how the text is laid out, its bytes)
VARIANTS = {
    "tab.txt.gz": ("", _tab, lambda text: gzip.compress(text.encode())),
    "comma.csv": ("", _comma, str.encode),
    "comma.csv.gz": ("", _comma, lambda text: gzip.compress(text.encode())),
    "cp1252.txt": (" crème brûlée", _tab, lambda text: text.encode("cp1252")),
    # ⚠ with "、" (0x81 0x41, not a cp1252 byte): a Shift-JIS text made only of bytes cp1252
    # also decodes is read as cp1252 by metrics and evidence alike (metrics/_source.py)
    "shift_jis.txt": (" 日本向け、新品", _tab, lambda text: text.encode("shift_jis")),
}


def _full_report(fixtures, words: str) -> str:
    """The fixture orders with the fulfilment column `metrics` needs, product names + words."""
    head, *rows = fixtures.orders.read_text().splitlines()
    lines = [head + "\tfulfillment-channel"]
    for row in rows:
        cells = row.split("\t")
        cells[5] += words
        lines.append("\t".join([*cells, "Merchant"]))
    return "\n".join(lines) + "\n"


def _variant(fixtures, folder: Path, name: str) -> tuple[Path, Path]:
    """The variant file and the same report as plain UTF-8 with tabs."""
    words, layout, encode = VARIANTS[name]
    text = _full_report(fixtures, words)
    path, plain = folder / f"orders-{name}", folder / f"plain-{name}.txt"
    path.write_bytes(encode(layout(text)))
    plain.write_text(text, encoding="utf-8")
    return path, plain


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), prog_name="reinstate")
    return result.exit_code, result.output


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_orders_file_metrics_reads_gives_evidence_the_same_units_and_products(
    fixtures, out, name
) -> None:
    path, reference = _variant(fixtures, out, name)
    code, output = _run("metrics", str(path), "--format", "json")
    assert code == 0, output
    plain = make_context(fixtures.notice, [reference])
    other = make_context(fixtures.notice, [path])
    assert other.units_sold == plain.units_sold != {}
    assert other.products == plain.products != ()
    assert other.catalogue == plain.catalogue


@pytest.mark.parametrize("name", ["tab.txt.gz", "comma.csv"])
def test_evidence_check_gives_the_same_report_with_a_gzip_or_comma_separated_orders_file(
    fixtures, out, name
) -> None:
    invoice = str(fixtures["invoice-classic.pdf"].path)
    base = ["evidence", "check", invoice, "--notice", str(fixtures.notice), "--format", "json"]
    path, reference = _variant(fixtures, out, name)
    code, plain = _run(*base, "--orders", str(reference))
    other_code, other = _run(*base, "--orders", str(path))
    assert other_code == code
    assert json.loads(other) == json.loads(plain)
