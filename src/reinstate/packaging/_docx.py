"""plan-of-action.docx: the plan for sellers who edit in Word (python-docx).

Headings become Word headings, list items Word's list styles, bold and italics runs;
the exhibit list closes the document, as in the text for Seller Central.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reinstate.packaging._markdown import Block, Span
from reinstate.packaging._model import Appeal

_LIST_STYLES = {
    "bullet": ("List Bullet", "List Bullet 2", "List Bullet 3"),
    "number": ("List Number", "List Number 2", "List Number 3"),
}


def _runs(paragraph: Any, spans: tuple[Span, ...]) -> None:
    for span in spans:
        run = paragraph.add_run(span.text)
        run.bold = span.bold or None
        run.italic = span.italic or None


def _add(document: Any, block: Block) -> None:
    if block.kind == "heading":
        paragraph = document.add_heading("", level=min(block.level - 1, 9))
    elif block.kind in _LIST_STYLES:
        styles = _LIST_STYLES[block.kind]
        paragraph = document.add_paragraph(style=styles[min(block.level, len(styles) - 1)])
    elif block.kind == "quote":
        paragraph = document.add_paragraph(style="Quote")
    elif block.kind == "rule":
        return
    else:
        paragraph = document.add_paragraph()
    _runs(paragraph, block.spans)


def docx_paragraphs(appeal: Appeal) -> list[Block]:
    """The blocks the document holds: the plan, then the exhibit list."""
    blocks = [block for block in appeal.blocks if block.kind != "rule"]
    if appeal.sent_exhibits:
        blocks.append(Block("heading", (Span("Exhibits"),), 2))
        for exhibit in appeal.sent_exhibits:
            name = exhibit.file.name if exhibit.file else exhibit.source.name
            blocks.append(Block("bullet", (Span(f"{exhibit.label}: {exhibit.title} ({name})"),)))
    return blocks


def write_docx(appeal: Appeal, path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.title = "Plan of Action"
    document.core_properties.author = appeal.account_name or ""
    for block in docx_paragraphs(appeal):
        _add(document, block)
    document.save(str(path))
