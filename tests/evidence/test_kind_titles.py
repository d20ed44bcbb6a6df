"""A document is named by its title: a bilingual title over a table in another language is
still an invoice, and the title alone does not make a letter or a bill an invoice."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from reinstate.evidence._kind import classify
from reinstate.evidence._load import load


def pdf_of(lines: list[str], folder: Path) -> Path:
    document = pymupdf.open()
    page = document.new_page(width=595, height=842)
    for number, line in enumerate(lines):
        page.insert_text((50, 60 + 16 * number), line, fontsize=10)
    path = folder / "document.pdf"
    document.save(path)
    return path


PORTUGUESE = [
    "Tecelagem Costa Verde, Lda.",
    "Rua da Industria 214, 4835-044 Guimaraes, Portugal",
    "FATURA / INVOICE",
    "FT 2026/118    Data: 2026-03-05",
    "Cliente: Tidewater Home Goods LLC",
    "Ref.   Designacao   Qtd.   Preco EUR   Total EUR",
    "CV-AP01   Avental de cozinha   150   4,20   630,00",
]


@pytest.mark.parametrize(
    "title", ["FATURA / INVOICE", "INVOICE", "RECHNUNG", "FATTURA", "FACTURE", "FAKTURA"]
)
def test_a_title_naming_an_invoice_in_the_head_makes_an_invoice(title: str, tmp_path: Path) -> None:
    lines = [title if line == "FATURA / INVOICE" else line for line in PORTUGUESE]
    assert classify(load(pdf_of(lines, tmp_path)), pictures=False) == "invoice"


def test_a_letter_that_mentions_an_invoice_far_down_is_still_a_letter(tmp_path: Path) -> None:
    lines = [
        "Dear Seller Performance team,",
        *["We hereby authorize the seller named below to sell our products."] * 12,
        "Sincerely, Maria Costa",
        "(our invoice of March is attached)",
    ]
    assert classify(load(pdf_of(lines, tmp_path)), pictures=False) == "letter"
