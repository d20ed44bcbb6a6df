"""packet.pdf with PyMuPDF: cover, plan, exhibit index, then every exhibit.

The packet's own pages are laid out from HTML by PyMuPDF's Story in DejaVu Sans (from
``fonts-dejavu-core``, installed by scripts/system-deps), embedded and subset. Exhibit
PDFs are inserted with their highlight annotations; images are placed on a page of their
own, their frames added as annotations. Every page is numbered, and the bookmarks (the
outline) lead to each part, each heading of the plan and each exhibit.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.errors import ReinstateError
from reinstate.evidence import Mark
from reinstate.packaging._model import Appeal, Exhibit
from reinstate.packaging._pdf_html import (
    CSS,
    TIGHT_CSS,
    cover_html,
    font_css,
    index_html,
    poa_html,
)

FONT_DIRS = (Path("/usr/share/fonts/truetype/dejavu"), Path("/usr/share/fonts/dejavu"))
FONTS = {
    "regular": "DejaVuSans.ttf",
    "bold": "DejaVuSans-Bold.ttf",
    "italic": "DejaVuSans-Oblique.ttf",
    "bold_italic": "DejaVuSans-BoldOblique.ttf",
}
LETTER = (612.0, 792.0)
A4 = (595.0, 842.0)
LETTER_MARKETPLACES = {"US", "CA", "MX"}
MARGIN = 54.0
RED = (0.85, 0.1, 0.1)
WIDOW_FILL = 0.2  # a last page of the plan filled less than this is worth saving


def font_dir() -> Path:
    """Where the DejaVu fonts are; a clear error when they are not installed."""
    for folder in FONT_DIRS:
        if all((folder / name).is_file() for name in FONTS.values()):
            return folder
    raise ReinstateError(
        "the DejaVu fonts the packet embeds are not installed",
        hint="Run scripts/system-deps (it installs fonts-dejavu-core with apt-get).",
    )


def page_size(marketplace: str | None) -> tuple[float, float]:
    return A4 if marketplace and marketplace.upper() not in LETTER_MARKETPLACES else LETTER


@dataclass
class Part:
    """A laid-out part of the packet: its PDF, its headings (level, text, page), and how
    much of its last page's height it fills (0 to 1)."""

    pdf: Any
    headings: list[tuple[int, str, int]] = field(default_factory=list)
    last_fill: float = 1.0


def layout(html: str, size: tuple[float, float], css: str = CSS) -> Part:
    """`html` laid out on pages of `size`, with where each heading landed."""
    import pymupdf

    fonts = font_dir()
    css = font_css(FONTS) + css
    story = pymupdf.Story(html=html, user_css=css, archive=pymupdf.Archive(str(fonts)))
    buffer = io.BytesIO()
    writer = pymupdf.DocumentWriter(buffer)
    mediabox = pymupdf.Rect(0, 0, *size)
    where = pymupdf.Rect(MARGIN, MARGIN, size[0] - MARGIN, size[1] - MARGIN)
    headings: list[tuple[int, str, int]] = []
    page, more, filled = 0, True, where
    while more:
        page += 1
        device = writer.begin_page(mediabox)
        more, filled = story.place(where)
        story.element_positions(_recorder(headings), {"page": page})
        story.draw(device)
        writer.end_page()
    writer.close()
    fill = (pymupdf.Rect(filled).y1 - where.y0) / where.height
    return Part(pymupdf.open("pdf", buffer.getvalue()), headings, fill)


def plan_layout(html: str, size: tuple[float, float]) -> Part:
    """The plan laid out; when its last page would hold only a few lines, laid out again a
    little tighter, and the tighter one kept if it needs a page less."""
    part = layout(html, size)
    if part.pdf.page_count > 1 and part.last_fill < WIDOW_FILL:
        tighter = layout(html, size, CSS + TIGHT_CSS)
        if tighter.pdf.page_count < part.pdf.page_count:
            return tighter
    return part


def _recorder(headings: list[tuple[int, str, int]]) -> Any:
    def record(position: Any) -> None:
        if position.heading and position.open_close & 1 and position.text:
            headings.append((position.heading, " ".join(position.text.split()), position.page))

    return record


def _exhibit_pdf(exhibit: Exhibit, size: tuple[float, float]) -> Any:
    """The exhibit as PDF pages: the file itself, or an image placed on a page of its own,
    turned to landscape for a wide image (a screenshot), scaled to fit and centred."""
    import pymupdf

    assert exhibit.file is not None
    if exhibit.format == "pdf":
        return pymupdf.open(exhibit.file)
    from PIL import Image

    with Image.open(exhibit.file) as image:
        width, height = image.size  # the marks are in the image's pixels
    short, long = sorted(size)
    size = (long, short) if width > height else (short, long)
    pdf = pymupdf.open()
    page = pdf.new_page(width=size[0], height=size[1])
    area = pymupdf.Rect(MARGIN / 2, MARGIN / 2, size[0] - MARGIN / 2, size[1] - MARGIN)
    scale = min(area.width / width, area.height / height)
    x0 = area.x0 + (area.width - width * scale) / 2
    box = pymupdf.Rect(x0, area.y0, x0 + width * scale, area.y0 + height * scale)
    page.insert_image(box, filename=str(exhibit.file))
    for mark in exhibit.marks:
        _annotate(page, mark, box.x0, box.y0, scale)
    return pdf


def _annotate(page: Any, mark: Mark, x: float, y: float, scale: float) -> None:
    import pymupdf

    x0, y0, x1, y1 = mark.box
    rect = pymupdf.Rect(
        x + x0 * scale - 2, y + y0 * scale - 2, x + x1 * scale + 2, y + y1 * scale + 2
    )
    annot = page.add_rect_annot(rect)
    annot.set_colors(stroke=RED)
    annot.set_border(width=1.5)
    annot.set_info(content=mark.label, title="reinstate")
    annot.update()


def _starts(first: int, exhibits: list[Exhibit]) -> dict[str, int]:
    starts, page = {}, first
    for exhibit in exhibits:
        starts[str(exhibit.source)] = page
        page += exhibit.pages
    return starts


def build_packet(appeal: Appeal) -> Any:
    """The packet as an open PyMuPDF document."""
    import pymupdf

    size = page_size(appeal.notice.marketplace)
    cover = layout(cover_html(appeal), size)
    poa = plan_layout(poa_html(appeal), size)
    exhibits = [(e, _exhibit_pdf(e, size)) for e in appeal.sent_exhibits]
    for exhibit, pdf in exhibits:
        exhibit.pages = pdf.page_count
    before = cover.pdf.page_count + poa.pdf.page_count
    index = layout(index_html(appeal, _starts(before + 2, appeal.sent_exhibits)), size)
    if index.pdf.page_count != 1:
        first = before + index.pdf.page_count + 1
        index = layout(index_html(appeal, _starts(first, appeal.sent_exhibits)), size)
    packet = pymupdf.open()
    toc: list[list[Any]] = []
    for title, part in (("Cover", cover), ("Plan of Action", poa), ("Exhibit index", index)):
        offset = packet.page_count
        toc.append([1, title, offset + 1])
        toc += _poa_entries(appeal, part.headings, offset) if part is poa else []
        packet.insert_pdf(part.pdf)
    packet = _merged_fonts(packet)
    if exhibits:
        toc.append([1, "Exhibits", packet.page_count + 1])
    spans = []
    for exhibit, pdf in exhibits:
        toc.append([2, f"{exhibit.label}: {exhibit.title}", packet.page_count + 1])
        spans.append((exhibit, packet.page_count, pdf.page_count))
        packet.insert_pdf(pdf, annots=True)
    packet.set_toc(_levels(toc))
    _number_pages(packet, spans, appeal.account_name)
    packet.set_metadata(_metadata(appeal))
    return packet


def _merged_fonts(own: Any) -> Any:
    """The packet's own pages with the fonts that each part embedded once kept once
    (identical objects merged while the document is small)."""
    import pymupdf

    return pymupdf.open("pdf", own.tobytes(garbage=3))


def _poa_entries(
    appeal: Appeal, headings: list[tuple[int, str, int]], offset: int
) -> list[list[Any]]:
    """Bookmarks for the plan's headings below its title; their words from the plan
    (the layout's own heading text loses the spaces where lines wrap)."""
    texts = [block.text for block in appeal.blocks if block.kind == "heading"]
    entries = []
    for (level, laid_out, page), text in zip(headings, texts + [""] * len(headings), strict=False):
        if level > 1:
            entries.append([level, " ".join((text or laid_out).split()), offset + page])
    return entries


def _levels(toc: list[list[Any]]) -> list[list[Any]]:
    """A table of contents whose levels never jump by more than one."""
    result: list[list[Any]] = []
    for level, title, page in toc:
        top = result[-1][0] + 1 if result else 1
        result.append([min(level, top), title, page])
    return result


def _number_pages(packet: Any, spans: list[tuple[Exhibit, int, int]], account: str) -> None:
    """'Page n of N' on every page, and the exhibit's own page on exhibit pages."""
    import pymupdf

    font = str(font_dir() / FONTS["regular"])
    measure = pymupdf.Font(fontfile=font)
    total = packet.page_count
    labels = {start + i: (e, i + 1, count) for e, start, count in spans for i in range(count)}
    for number, page in enumerate(packet, start=1):
        exhibit = labels.get(number - 1)
        left = f"Plan of Action packet{' - ' + account if account else ''}"
        if exhibit:
            left = f"{exhibit[0].label} ({exhibit[0].title}) - page {exhibit[1]} of {exhibit[2]}"
        right = f"Page {number} of {total}"
        rect = page.rect
        right_x = rect.width - 24.0 - measure.text_length(right, fontsize=7.5)
        for text, x in ((left, 24.0), (right, right_x)):
            point = pymupdf.Point(x, rect.height - 12) * page.derotation_matrix
            page.insert_text(
                point, text, fontsize=7.5, fontname="dejavu", fontfile=font,
                color=(0.3, 0.3, 0.3), rotate=page.rotation,
            )  # fmt: skip


def _metadata(appeal: Appeal) -> dict[str, str]:
    return {
        "title": f"Plan of Action{' - ' + appeal.account_name if appeal.account_name else ''}",
        "author": appeal.account_name,
        "subject": "Appeal packet: plan of action and supporting documents",
        "creator": "reinstate",
        "producer": "reinstate (PyMuPDF)",
    }


def write_packet(appeal: Appeal, path: Path) -> int:
    """Write packet.pdf; its page count."""
    packet = build_packet(appeal)
    packet.subset_fonts()
    pages = int(packet.page_count)
    # garbage=3 (merging duplicate objects) took 0.5 s of a 50-page packet and saved
    # nothing once the fonts are subset; object streams make the file a quarter smaller
    packet.save(path, garbage=1, deflate=True, use_objstms=1)
    return pages
