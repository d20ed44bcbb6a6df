"""Framing the key areas of a document: burned into the page and as PDF annotations.

A frame drawn into the page content shows in every viewer and in print; a rectangle
annotation on top can be reviewed or removed in a PDF reader. Images get frames burned
into their pixels (or, written as PDF, both).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reinstate.errors import InputError
from reinstate.evidence._invoice import read_fields
from reinstate.evidence._lines import cells, union, visual_lines
from reinstate.evidence._load import image_frames, load_for_output, save_frames
from reinstate.evidence._model import Box, Document, Fields, Page
from reinstate.evidence._ocr import ocr_pages
from reinstate.evidence._patterns import fold_asin, parse_date
from reinstate.outputs import OutputSet

RED = (0.85, 0.1, 0.1)
MARGIN = 2.0  # page units around each frame


@dataclass(frozen=True)
class Mark:
    """A frame on a page (1-based), around what `label` names."""

    page: int
    box: Box
    label: str

    def to_dict(self) -> dict[str, Any]:
        return {"page": self.page, "region": [round(v, 1) for v in self.box], "label": self.label}


def _norm(text: str) -> str:
    return fold_asin(re.sub(r"[^\w@.+-]", "", text).strip(".,").lower())


NormedLine = list[tuple[str, Box]]


def normed_lines(page: Page) -> list[NormedLine]:
    """The visual lines of `page`, each word folded for matching once (`_norm`)."""
    return [[(_norm(w.text), w.box) for w in line.words] for line in visual_lines(page.words)]


def find_text(page: Page, phrase: str, lines: list[NormedLine] | None = None) -> list[Box]:
    """Boxes around each run of words on `page` that spells `phrase` (case, punctuation
    and O/0 aside). `lines`: the page's `normed_lines`, when the caller has them."""
    wanted = [_norm(part) for part in phrase.split() if _norm(part)]
    if not wanted:
        return []
    found = []
    for words in normed_lines(page) if lines is None else lines:
        for start in range(len(words) - len(wanted) + 1):
            if (
                words[start][0] == wanted[0]
                and [text for text, _ in words[start : start + len(wanted)]] == wanted
            ):
                found.append(union(box for _, box in words[start : start + len(wanted)]))
    return found


def _targets(fields: Fields, asins: list[str]) -> list[tuple[str, str]]:
    supplier, buyer = fields.supplier, fields.buyer
    named = [
        ("supplier", supplier.name),
        ("supplier phone", supplier.phone),
        ("supplier email", supplier.email),
        ("supplier website", supplier.website),
        ("buyer", buyer.name),
    ]
    named += [("identifier", ident) for item in fields.items for ident in item.identifiers[:1]]
    named += [("ASIN", asin) for asin in asins]
    return [(label, text) for label, text in named if text]


def _date_and_quantities(page: Page, fields: Fields) -> list[Mark]:
    """The first cell giving the invoice date, and the quantity on each item's row."""
    marks: list[Mark] = []
    for line in visual_lines(page.words):
        dated = [
            c
            for c in cells(line)
            if fields.invoice_date and parse_date(c.text) == fields.invoice_date
        ]
        if dated and not any(m.label == "invoice date" for m in marks):
            marks.append(Mark(page.number, dated[0].box, "invoice date"))
        texts = {_norm(w.text) for w in line.words}
        for item in fields.items:
            if item.identifiers and _norm(item.identifiers[0]) in texts:
                qty = [w for w in line.words if w.text == str(item.quantity)]
                marks += [Mark(page.number, w.box, "quantity") for w in qty[:1]]
    return marks


def find_marks(document: Document, phrases: list[str], auto: bool, asins: list[str]) -> list[Mark]:
    """The frames to draw: every phrase given, and with `auto` the key invoice details."""
    ocr_pages(document.pages)
    fields = read_fields(document) if auto else Fields()
    wanted = [("find", phrase) for phrase in phrases] + _targets(fields, asins if auto else [])
    if not auto:
        wanted += [("ASIN", asin) for asin in asins]
    marks = []
    for page in document.pages:
        lines = normed_lines(page)
        for label, text in wanted:
            marks += [Mark(page.number, box, label) for box in find_text(page, text, lines)]
        if auto:
            marks += _date_and_quantities(page, fields)
            marks += _address_marks(page, fields, marks, lines)
    return list(dict.fromkeys(marks))


def _address_marks(
    page: Page, fields: Fields, marks: list[Mark], lines: list[NormedLine]
) -> list[Mark]:
    """The supplier's address lines: its parts, found just below the supplier's name."""
    name = next((m for m in marks if m.page == page.number and m.label == "supplier"), None)
    if name is None or not fields.supplier.address:
        return []
    height = name.box[3] - name.box[1]
    boxes = [
        box
        for part in fields.supplier.address.split(", ")
        for box in find_text(page, part, lines)
        if name.box[1] < box[1] < name.box[3] + 6 * height
    ]
    return [Mark(page.number, box, "supplier address") for box in _merge_rows(boxes)]


def _merge_rows(boxes: list[Box]) -> list[Box]:
    """Boxes on the same line merged into one (the parts of an address line)."""
    rows: list[list[Box]] = []
    for box in sorted(boxes, key=lambda b: (b[1], b[0])):
        middle = (box[1] + box[3]) / 2
        if rows and rows[-1][-1][1] <= middle <= rows[-1][-1][3]:
            rows[-1].append(box)
        else:
            rows.append([box])
    return [union(row) for row in rows]


def _grow(box: Box) -> Box:
    return (box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN)


@contextmanager
def _no_annot_timing_loop() -> Iterator[None]:
    """PyMuPDF 1.28 runs a 30,000-step Python loop whose result it discards
    (``Annot.update_timing_test``) at the start of every ``Annot.update``: 1-2 ms each,
    most of the time of framing an invoice of a hundred marks. Skipped while framing;
    nothing else in ``update`` changes."""
    import pymupdf

    hook = vars(pymupdf.Annot).get("update_timing_test")  # the staticmethod itself
    if hook is None:
        yield
        return
    pymupdf.Annot.update_timing_test = staticmethod(lambda: 0)
    try:
        yield
    finally:
        pymupdf.Annot.update_timing_test = hook


def _frame_pdf(pdf: Any, marks: list[Mark]) -> None:
    """Each mark drawn into its page (one drawing per page) and added as an annotation."""
    with _no_annot_timing_loop():
        _draw_frames(pdf, marks)


def _draw_frames(pdf: Any, marks: list[Mark]) -> None:
    import pymupdf

    for number in sorted({mark.page for mark in marks}):
        page = pdf[number - 1]
        shape = page.new_shape()
        for mark in (m for m in marks if m.page == number):
            rect = pymupdf.Rect(_grow(mark.box))
            shape.draw_rect(rect)
            annot = page.add_rect_annot(rect)
            annot.set_colors(stroke=RED)
            annot.set_border(width=1.5)
            annot.set_info(content=mark.label, title="reinstate")
            annot.update()
        shape.finish(color=RED, width=1.5)
        shape.commit()


def _burn(image: Any, marks: list[Mark], scale: float) -> Any:
    """`image` (a Pillow image) with the frames of `marks` burned into its pixels."""
    from PIL import ImageDraw

    draw = ImageDraw.Draw(image)
    width = max(2, round(1.5 / scale))
    for mark in marks:
        box = tuple(v / scale for v in _grow(mark.box))
        draw.rectangle(box, outline=(217, 26, 26), width=width)
    return image


def highlight(
    path: str | Path,
    out: str | Path,
    phrases: list[str] | None = None,
    auto: bool = False,
    asins: list[str] | None = None,
) -> list[Mark]:
    """Write `out`: `path` with frames around the phrases (and key details with `auto`)."""
    path, out = Path(path), Path(out)
    with OutputSet(inputs=[path]) as outputs:
        temp = outputs.add(out)
        document = load_for_output(path, out)
        marks = find_marks(document, list(phrases or []), auto, list(asins or []))
        _write(document, marks, out, temp)
    return marks


def _write(document: Document, marks: list[Mark], out: Path, temp: Path) -> None:
    """Write the framed copy to `temp`; `out` (the name the user gave) decides the format."""
    import pymupdf

    if document.format == "pdf":
        if out.suffix.lower() != ".pdf":
            raise InputError("a PDF can only be highlighted into a PDF", path=str(out))
        pdf = pymupdf.open(stream=document.raw, filetype="pdf")
        _frame_pdf(pdf, marks)
        pdf.save(temp, garbage=1, deflate=True)
        return
    images = image_frames(document.raw, document.format)
    frames = [
        _burn(image, [m for m in marks if m.page == page.number], page.scale)
        for image, page in zip(images, document.pages, strict=True)
    ]
    if out.suffix.lower() != ".pdf":
        save_frames(frames, temp)
        return
    _images_to_pdf(frames, marks, temp)


def _images_to_pdf(frames: list[Any], marks: list[Mark], out: Path) -> None:
    """One PDF page per image, with the frames burned in and added as annotations."""
    import io

    import pymupdf

    pdf = pymupdf.open()
    for frame in frames:
        page = pdf.new_page(width=frame.width, height=frame.height)
        buffer = io.BytesIO()
        frame.save(buffer, format="PNG")
        page.insert_image(page.rect, stream=buffer.getvalue())
    _frame_pdf(pdf, marks)
    pdf.save(out, deflate=True)
