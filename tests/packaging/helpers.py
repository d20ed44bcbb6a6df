"""A synthetic appeal to package: a strong plan of the POA corpus, its notice, the
seller's account and exhibits drawn by the evidence fixtures. Nothing real."""

from __future__ import annotations

import json
from pathlib import Path

from reinstate.evidence.fixtures import (
    CLEAN_INVOICES,
    NOTICE_ASINS,
    NOTICE_RECEIVED,
    draw_invoice,
    render_scan,
)

CORPUS = Path(__file__).parent.parent / "corpus" / "poa"
STRONG = CORPUS / "01-inauthentic-supplier-invoices.md"
WEAK = CORPUS / "23-blame-carrier-and-amazon.md"
# the corpus plan's ASINs, replaced by those the fixture invoices show
CORPUS_ASINS = ("B08QZT4K7M", "B09HRW2N5P")

ACCOUNT = """name = "Maria Lopez"
business_name = "Harbor Lane Goods LLC"
address = "418 Pine Street, Suite 5, Portland, OR 97205"
phone = "(503) 555-0110"
email = "ops@harborlane.example"
merchant_token = "A2EXAMPLE7TOKEN"
marketplaces = ["US"]
"""

LETTERS = {
    2: "letter of authorization",
    3: "supplier checklist",
    4: "disposal record",
}


def notice() -> dict[str, object]:
    """The notice of the case, in the JSON shape of `reinstate notice` (version 1)."""
    asins = list(NOTICE_ASINS)
    return {
        "version": 1,
        "message_type": "deactivation",
        "violations": [{"kind": "inauthentic", "confidence": 0.95, "evidence": "authenticity"}],
        "asins": asins,
        "received": NOTICE_RECEIVED.isoformat(),
        "deadline": {"text": "17 days", "days": 17, "hours": None, "due": "2026-10-18"},
        "documents": [
            {"kind": "invoice", "window_days": 365, "text": "Invoices dated within 365 days"},
            {"kind": "letter-of-authorization", "window_days": None, "text": "An authorization"},
        ],
        "issues": [
            {
                "id": "I1",
                "kind": "inauthentic",
                "asins": asins,
                "text": "We received customer complaints about the authenticity of items you sold.",
            }
        ],
        "marketplace": "US",
    }


def plan(source: Path = STRONG) -> str:
    text = source.read_text(encoding="utf-8")
    for old, new in zip(CORPUS_ASINS, NOTICE_ASINS, strict=True):
        text = text.replace(old, new)
    return text


def letter(path: Path, title: str) -> None:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page()
    lines = [
        title.title(),
        "Harbor Lane Goods LLC, 418 Pine Street, Suite 5, Portland, OR 97205",
        f"This document records the {title} for {' and '.join(NOTICE_ASINS)}.",
        "Signed on 14 October 2026 by Maria Lopez, owner.",
    ]
    for number, line in enumerate(lines):
        page.insert_text((72, 90 + 22 * number), line, fontsize=12 if number else 16)
    pdf.save(path)


def make_case(folder: Path, source: Path = STRONG) -> dict[str, Path]:
    """Write the case into `folder`: poa.md, notice.json, account.toml, exhibits/."""
    exhibits = folder / "exhibits"
    exhibits.mkdir(parents=True)
    for doc in CLEAN_INVOICES[:2]:
        draw_invoice(doc).save(exhibits / f"Exhibit 1 - invoice {doc.number}.pdf")
    for number, title in LETTERS.items():
        letter(exhibits / f"Exhibit {number} - {title}.pdf", title)
    (folder / "poa.md").write_text(plan(source), encoding="utf-8")
    (folder / "notice.json").write_text(json.dumps(notice(), indent=2), encoding="utf-8")
    (folder / "account.toml").write_text(ACCOUNT, encoding="utf-8")
    return {
        "poa": folder / "poa.md",
        "notice": folder / "notice.json",
        "account": folder / "account.toml",
        "exhibits": exhibits,
    }


def scan_image(path: Path, invoice: int = 0) -> None:
    """A scan of a fixture invoice saved as an image (its format from the suffix)."""
    import numpy as np
    from PIL import Image

    pixels = render_scan(draw_invoice(CLEAN_INVOICES[invoice]), np.random.default_rng(7))
    Image.fromarray(pixels).save(path)


def args(case: dict[str, Path], out: Path) -> list[str]:
    return [
        "package",
        "--poa", str(case["poa"]),
        "--notice", str(case["notice"]),
        "--exhibits", str(case["exhibits"]),
        "--account", str(case["account"]),
        "--out", str(out),
    ]  # fmt: skip
