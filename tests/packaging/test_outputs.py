"""Each output of a clean case, read back with an independent reader: the email with the
standard library, the PDF with PyMuPDF, the Word file with python-docx."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
import re
from pathlib import Path

import pymupdf

from reinstate.packaging import EXHIBITS_DIR, Packaged, appeal_text
from reinstate.packaging._docx import docx_paragraphs

OUTPUTS = ["seller-central.txt", "plan-of-action.eml", "packet.pdf", "plan-of-action.docx"]


def test_a_clean_case_is_packaged_ready_with_every_output(packaged: Packaged) -> None:
    assert packaged.written
    assert packaged.appeal.verdict == "ready", [f.line() for f in packaged.appeal.findings]
    assert sorted(p.name for p in packaged.out.iterdir()) == sorted(
        [*OUTPUTS, "manifest.json", EXHIBITS_DIR]
    )
    assert len(list((packaged.out / EXHIBITS_DIR).iterdir())) == 5


def read_email(packaged: Packaged) -> email.message.EmailMessage:
    data = (packaged.out / "plan-of-action.eml").read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_the_email_parses_back_to_the_same_plan_and_account_details(packaged: Packaged) -> None:
    message = read_email(packaged)
    assert message["Subject"] == "Plan of Action - Harbor Lane Goods LLC"
    assert message["From"].addresses[0].addr_spec == "ops@harborlane.example"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content()
    for detail in (
        "Harbor Lane Goods LLC",
        "A2EXAMPLE7TOKEN",
        "(503) 555-0110",
        "ops@harborlane.example",
    ):
        assert detail in text
    assert appeal_text(packaged.appeal) in text.replace("\r\n", "\n")


def test_the_email_carries_every_exhibit_byte_for_byte_with_its_type(packaged: Packaged) -> None:
    attached = {
        part.get_filename(): (part.get_content_type(), part.get_content())
        for part in read_email(packaged).iter_attachments()
    }
    folder = packaged.out / EXHIBITS_DIR
    assert set(attached) == {path.name for path in folder.iterdir()}
    for name, (kind, content) in attached.items():
        assert kind == "application/pdf"
        assert content == (folder / name).read_bytes()


def test_the_plain_text_has_no_markdown_left(packaged: Packaged) -> None:
    text = (packaged.out / "seller-central.txt").read_text(encoding="utf-8")
    pasted = text.split("-" * 30 + "\n")[1]
    assert pasted == appeal_text(packaged.appeal)
    assert not re.search(r"^\s*(#|>|\*|\+)\s", pasted, re.M)
    assert not re.search(r"\*\*|__|`|\[[^\]]+\]\(", pasted)
    assert "Root cause\n" in pasted
    assert "\n- We refunded all four buyers in full on 10 and 11 October 2026.\n" in pasted
    assert max(len(line) for line in pasted.splitlines()) <= 78


def test_the_plain_text_says_where_to_paste_and_what_to_attach(packaged: Packaged) -> None:
    text = (packaged.out / "seller-central.txt").read_text(encoding="utf-8")
    assert 'click "Reactivate your account"' in text
    for path in (packaged.out / EXHIBITS_DIR).iterdir():
        assert path.name in text


def open_packet(packaged: Packaged) -> pymupdf.Document:
    return pymupdf.open(packaged.out / "packet.pdf")


def test_the_packet_has_cover_plan_index_and_every_exhibit_page(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    # cover 1, plan 1 (set a little tighter rather than spill a few lines), index 1,
    # five one-page exhibits
    assert pdf.page_count == 8
    cover = pdf[0].get_text()
    for text in (
        "Harbor Lane Goods LLC",
        "17 days (by 2026-10-18)",
        "B0C4KX7Z2M",
        "5 attached",
    ):
        assert text in cover
    assert "Verdict" not in cover  # the cover goes to Amazon; the verdict is the seller's
    assert "Root cause" in pdf[1].get_text()
    index = pdf[2].get_text()
    assert "I1: Product authenticity" in index
    assert "Exhibit 4: disposal record (p. 8)" in index
    assert "COMMERCIAL INVOICE" in pdf[3].get_text()


def test_the_packet_bookmarks_lead_to_each_part_and_exhibit(packaged: Packaged) -> None:
    toc = open_packet(packaged).get_toc()
    assert [1, "Cover", 1] in toc
    assert [2, "Root cause", 2] in toc
    assert [1, "Exhibit index", 3] in toc
    assert [2, "Exhibit 4: disposal record", 8] in toc


def test_every_page_is_numbered(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    for number, page in enumerate(pdf, start=1):
        assert f"Page {number} of {pdf.page_count}" in page.get_text()
    assert "Exhibit 2 (letter of authorization) - page 1 of 1" in pdf[5].get_text()


def test_the_exhibit_pages_carry_highlight_annotations(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    invoice = [annot.info["content"] for annot in pdf[3].annots()]
    assert {"supplier", "buyer", "ASIN", "quantity"} <= set(invoice)
    assert not list(pdf[0].annots())


def test_the_packet_embeds_its_own_fonts(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    for number in range(3):  # cover, plan, index: the pages reinstate lays out
        fonts = pdf[number].get_fonts()
        assert fonts
        assert all(font[1] != "n/a" and "DejaVu" in font[3] for font in fonts)


def test_the_packet_pages_render_with_ink_on_them(packaged: Packaged, tmp_path: Path) -> None:
    pdf = open_packet(packaged)
    for number in (0, 1, 2, 3):
        pixmap = pdf[number].get_pixmap(dpi=40, colorspace=pymupdf.csGRAY)
        pixmap.save(tmp_path / f"page-{number + 1}.png")
        dark = sum(1 for value in pixmap.samples if value < 128)
        assert dark > 200, f"page {number + 1} looks blank"


def test_the_word_copy_reopens_with_the_same_paragraphs(packaged: Packaged) -> None:
    import docx

    document = docx.Document(str(packaged.out / "plan-of-action.docx"))
    texts = [paragraph.text for paragraph in document.paragraphs]
    assert texts == [block.text for block in docx_paragraphs(packaged.appeal)]
    styles = {paragraph.text: paragraph.style.name for paragraph in document.paragraphs}
    assert styles["Root cause"] == "Heading 1"
    assert styles["We refunded all four buyers in full on 10 and 11 October 2026."] == "List Bullet"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_manifest_lists_every_output_and_exhibit_with_its_hash(packaged: Packaged) -> None:
    manifest = json.loads((packaged.out / "manifest.json").read_text(encoding="utf-8"))
    outputs = {item["name"]: item for item in manifest["outputs"]}
    assert sorted(outputs) == sorted(OUTPUTS)
    for name, item in outputs.items():
        assert item["sha256"] == sha256(packaged.out / name)
        assert item["size"] == (packaged.out / name).stat().st_size
    for exhibit in manifest["exhibits"]:
        sent = packaged.out / exhibit["file"]["name"]
        assert exhibit["file"]["sha256"] == sha256(sent)
        assert exhibit["mime_type"] == "application/pdf"
        assert exhibit["issues"] == ["I1"]
    assert manifest["forced"] is False
    assert manifest["readiness"]["verdict"] == "ready"
    assert manifest["review"]["errors"] == 0
    assert manifest["review"]["words"] > 300
