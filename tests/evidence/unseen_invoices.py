"""A seeded set of invoices in layouts the reader was never tuned on, with ground truth.

    .venv/bin/python -m tests.evidence.unseen_invoices OUT_DIR [--seed 11]
    scripts/measure-heldout-invoices OUT_DIR

Writes, in the shape ``scripts/measure-heldout-invoices`` reads: every layout of
``unseen_layouts`` as a PDF, some as scans (PNG, image-only PDF) and phone photos, mild
degradations that must pass, a 10 % contrast scan, a truncated PDF and invoices that break
one rule each; ``truth.json`` (fields and the rules each file must trigger),
``notice.json``, ``orders.txt`` and ``account.toml``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
from pathlib import Path
from typing import Any

from reinstate.evidence import Context, FileReport, check_files, make_context
from reinstate.evidence.fixtures import score_fields
from reinstate.evidence.fixtures._degrade import DEGRADATIONS
from reinstate.evidence.fixtures._files import render_scan, save_image, save_scanned_pdf
from tests.evidence import unseen_cast as cast
from tests.evidence.unseen_layouts import LAYOUTS, UDoc, ULine
from tests.evidence.unseen_layouts2 import LAYOUTS2
from tests.evidence.unseen_layouts3 import LAYOUTS3, SUPPLIER3, quantity3
from tests.evidence.unseen_layouts4 import LAYOUTS4, SUPPLIER4, quantity4
from tests.evidence.unseen_layouts6 import LAYOUTS6, SUPPLIER6, quantity6
from tests.evidence.unseen_layouts7 import LAYOUTS7, SUPPLIER7, quantity7

# each batch written after the one before it was fixed, and measured before its own fixes
BATCHES = {1: LAYOUTS, 2: LAYOUTS2, 3: LAYOUTS3, 4: LAYOUTS4, 6: LAYOUTS6, 7: LAYOUTS7}
ALL_LAYOUTS = LAYOUTS | LAYOUTS2 | LAYOUTS3 | LAYOUTS4 | LAYOUTS6 | LAYOUTS7
SUPPLIERS_OF = {3: SUPPLIER3, 4: SUPPLIER4, 6: SUPPLIER6, 7: SUPPLIER7}  # abroad, by layout
QUANTITIES = {3: quantity3, 4: quantity4, 6: quantity6, 7: quantity7}


def draw(doc: UDoc) -> Any:
    import pymupdf

    pdf = pymupdf.open()
    page = pdf.new_page(width=226 if doc.layout == "thermal" else 612, height=792)
    ALL_LAYOUTS[doc.layout][0](page, doc)
    return pdf


MILD = (("blur", 1.0), ("rotate", 1.2), ("jpeg", 40), ("lighting", 0.3), ("fade", 0.5))


def _lines(rng: random.Random, layout: str = "", batch: int = 1) -> tuple[ULine, ...]:
    """Two to four products, at least one of the notice's, each more than was sold."""
    products = list(cast.PRODUCTS)
    rng.shuffle(products)
    chosen = products[: rng.randint(2, 4)]
    if not any(p.asin in cast.NOTICE_ASINS for p in chosen):
        chosen[0] = cast.PRODUCTS[rng.randrange(3)]
    if batch < 3:
        units = [rng.randrange(80, 400, 10) for _ in chosen]
    else:
        units = [QUANTITIES[batch](layout, rng) for _ in chosen]
    return tuple(
        ULine(p, n, round(rng.uniform(3, 25), 2)) for p, n in zip(chosen, units, strict=True)
    )


def make_docs(rng: random.Random, batch: int = 1) -> list[UDoc]:
    docs = []
    for n, (layout, (_, prints, day_format)) in enumerate(BATCHES[batch].items()):
        supplier = cast.SUPPLIERS[n % len(cast.SUPPLIERS)]
        supplier = SUPPLIERS_OF.get(batch, {}).get(layout, supplier)
        prefix = "".join(word[0] for word in supplier.name.split()[:2]).upper()
        docs.append(
            UDoc(
                layout=layout,
                number=f"{prefix}-{rng.randint(10000, 99999)}",
                date=cast.NOTICE_RECEIVED - dt.timedelta(days=rng.randint(20, 300)),
                supplier=supplier,
                buyer=cast.SELLER_PRINTED[n % len(cast.SELLER_PRINTED)],
                lines=_lines(rng, layout, batch),
                date_format=day_format,
                prints=prints,
            )
        )
    return docs


def _replace(doc: UDoc, **changes: Any) -> UDoc:
    from dataclasses import replace

    return replace(doc, **changes)


def generate(folder: Path, seed: int = 11, batch: int = 1) -> dict[str, dict[str, Any]]:
    """Write the set into `folder`; returns the truth records by file name."""
    import numpy as np

    rng, noise = random.Random(seed), np.random.default_rng(seed)
    folder.mkdir(parents=True, exist_ok=True)
    truth: dict[str, dict[str, Any]] = {}
    docs = make_docs(rng, batch)
    for n, doc in enumerate(docs):
        pdf = draw(doc)
        pdf.save(folder / f"{doc.layout}.pdf")
        record = {"layout": doc.layout, "fields": doc.truth()}
        truth[f"{doc.layout}.pdf"] = record
        if len(pdf) > 1:  # a scan of every page
            pages = [render_scan(pdf[i : i + 1], noise, dpi=200) for i in range(len(pdf))]
            save_scanned_pdf(pages, folder / f"{doc.layout}-scan.pdf", 200)
            truth[f"{doc.layout}-scan.pdf"] = record
        elif n % 3 == 0:
            save_image(render_scan(pdf, noise, dpi=200), folder / f"{doc.layout}-scan.png")
            truth[f"{doc.layout}-scan.png"] = record
        elif n % 3 == 1:
            save_scanned_pdf(
                [render_scan(pdf, noise, dpi=200)], folder / f"{doc.layout}-scan.pdf", 200
            )
            truth[f"{doc.layout}-scan.pdf"] = record
        if n in (2, 5) or (batch == 2 and n == 0) or (batch == 3 and n == 9):
            photo = DEGRADATIONS["phone"](render_scan(pdf, noise, dpi=200), 0.03, noise)
            save_image(photo, folder / f"{doc.layout}-photo.jpg")
            truth[f"{doc.layout}-photo.jpg"] = record
            if batch >= 7:  # a phone photo turned a little, as held by hand
                page = DEGRADATIONS["rotate"](render_scan(pdf, noise, dpi=200), 2.0, noise)
                turned = DEGRADATIONS["phone"](page, 0.03, noise)
                save_image(turned, folder / f"{doc.layout}-photo-turned.jpg")
                truth[f"{doc.layout}-photo-turned.jpg"] = record
    base = docs[1]
    scan = render_scan(draw(base), noise, dpi=200)
    for how, amount in MILD:
        save_image(DEGRADATIONS[how](scan, amount, noise), folder / f"mild-{how}.jpg")
        truth[f"mild-{how}.jpg"] = {"layout": base.layout, "fields": base.truth()}
    save_image(DEGRADATIONS["fade"](scan, 0.10, noise), folder / "faded.png")
    truth["faded.png"] = {"expect": ["quality.faded"]}
    whole = (folder / f"{docs[0].layout}.pdf").read_bytes()
    (folder / "truncated.pdf").write_bytes(whole[: int(len(whole) * 0.6)])
    truth["truncated.pdf"] = {"expect": ["format.corrupt"]}
    _defects(folder, docs, truth)
    if batch >= 3:
        _degraded_defects(folder, docs, noise, truth)
    _context(folder)
    (folder / "truth.json").write_text(json.dumps(truth, indent=1))
    return truth


def _defects(folder: Path, docs: list[UDoc], truth: dict[str, dict[str, Any]]) -> None:
    """Invoices that break one rule each: too old, another buyer, a pro-forma."""
    cases = (
        (
            "old",
            docs[3 % len(docs)],
            {"date": cast.NOTICE_RECEIVED - dt.timedelta(days=430)},
            "invoice.date-outside-window",
        ),
        ("other-buyer", docs[4 % len(docs)], {"buyer": cast.STRANGER}, "invoice.buyer-mismatch"),
        ("proforma", docs[6 % len(docs)], {"title": "PRO FORMA INVOICE"}, "invoice.refused-type"),
    )
    for name, doc, changes, rule in cases:
        bad = _replace(doc, **changes)
        draw(bad).save(folder / f"defect-{name}.pdf")
        truth[f"defect-{name}.pdf"] = {
            "layout": bad.layout,
            "fields": bad.truth(),
            "expect": [rule],
        }


# real-world degradations of a clean invoice, each of which must be caught
DEGRADED = (
    ("faded", "fade", 0.10, "quality.faded"),
    ("blur-strong", "blur", 3.5, "quality.blurry"),
    ("skew-12", "rotate", 12.0, "quality.skewed"),
    ("skew-9", "rotate", -9.0, "quality.skewed"),
    ("dark", "darken", 0.3, "quality.dark"),
)


def _degraded_defects(
    folder: Path, docs: list[UDoc], noise: Any, truth: dict[str, dict[str, Any]]
) -> None:
    """Degraded copies that must be caught, a set that runs short of units, a PDF cut at
    55 %."""
    scan = render_scan(draw(docs[2 % len(docs)]), noise, dpi=200)
    for name, how, amount, rule in DEGRADED:
        save_image(DEGRADATIONS[how](scan, amount, noise), folder / f"bad-{name}.jpg")
        truth[f"bad-{name}.jpg"] = {"expect": [rule]}
    photo = DEGRADATIONS["phone"](scan, 0.03, noise)
    save_image(DEGRADATIONS["crop"](photo, 0.3, noise), folder / "bad-cropped-photo.jpg")
    truth["bad-cropped-photo.jpg"] = {"expect": ["quality.cropped"]}
    save_image(render_scan(draw(docs[4 % len(docs)]), noise, dpi=60), folder / "bad-60dpi.png")
    truth["bad-60dpi.png"] = {"expect": ["quality.low-resolution"]}
    whole = (folder / f"{docs[5 % len(docs)].layout}.pdf").read_bytes()
    (folder / "bad-truncated-55.pdf").write_bytes(whole[: int(len(whole) * 0.55)])
    truth["bad-truncated-55.pdf"] = {"expect": ["format.corrupt"]}
    few = _replace(docs[7 % len(docs)], lines=(ULine(cast.PRODUCTS[0], 12, 5.5),))
    draw(few).save(folder / "defect-too-few.pdf")
    truth["defect-too-few.pdf"] = {
        "layout": few.layout,
        "fields": few.truth(),
        "expect": ["invoice.quantity-insufficient"],
    }


def _context(folder: Path) -> None:
    notice = {
        "version": 1,
        "received": cast.NOTICE_RECEIVED.isoformat(),
        "asins": list(cast.NOTICE_ASINS),
    }
    (folder / "notice.json").write_text(json.dumps(notice))
    (folder / "orders.txt").write_text(cast.orders_report())
    (folder / "account.toml").write_text(cast.account_toml())


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--batch", type=int, choices=sorted(BATCHES), default=1)
    args = parser.parse_args()
    print(f"{len(generate(args.folder, args.seed, args.batch))} files in {args.folder}")


def context_of(folder: Path) -> Context:
    """The check's context from the notice, orders and account `_context` wrote in `folder`."""
    return make_context(folder / "notice.json", [folder / "orders.txt"], folder / "account.toml")


def check_each(folder: Path, context: Context) -> dict[str, FileReport]:
    """Each PDF of `folder` checked on its own, by file name."""
    paths = sorted(folder.glob("*.pdf"))
    return {Path(f.path).name: f for p in paths for f in check_files([p], context).files}


def truth_of(folder: Path) -> dict[str, Any]:
    """The ground truth written beside the documents (truth.json)."""
    truth: dict[str, Any] = json.loads((folder / "truth.json").read_text())
    return truth


def batch_docs(seed: int, batch: int) -> dict[str, UDoc]:
    """The documents of a batch of unseen layouts, by layout."""
    return {doc.layout: doc for doc in make_docs(random.Random(seed), batch)}


def batch_reports(folder: Path, docs: dict[str, UDoc]) -> dict[str, FileReport]:
    """Each document of a batch drawn as a text PDF in `folder` and checked with the
    batch's context, by layout."""
    for doc in docs.values():
        draw(doc).save(folder / f"{doc.layout}.pdf")
    _context(folder)
    checked = check_each(folder, context_of(folder))
    return {Path(name).stem: report for name, report in checked.items()}


def field_scores(reports: dict[str, FileReport], docs: dict[str, UDoc]) -> list[bool]:
    """Whether each field of each document was read as its truth says."""
    return [
        ok
        for layout, doc in docs.items()
        for ok in score_fields(
            reports[layout].fields.to_dict(), json.loads(json.dumps(doc.truth()))
        ).values()
    ]
