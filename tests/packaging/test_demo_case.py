"""The demo case of examples/demo-case, packaged as a seller would, and every output read
back with an independent reader: the email with the standard library, the PDF with
PyMuPDF (text, pages, bookmarks, annotations, fonts, and its pages rendered), the Word
copy with python-docx, the manifest's sizes and hashes recomputed."""

from __future__ import annotations

import email
import email.policy
import hashlib
import json
import re
from email.message import EmailMessage
from pathlib import Path

import pymupdf
import pytest

from reinstate.demo.appeal_case import EXHIBITS, AppealExhibits, write_appeal_exhibits
from reinstate.notice import read_notice
from reinstate.packaging import EXHIBITS_DIR, Packaged, appeal_text, package
from reinstate.review import ExhibitFolder, NoticeFacts, ReviewContext, review_text

CASE = Path(__file__).parents[2] / "examples" / "demo-case"
POA, NOTICE, ACCOUNT = CASE / "poa.md", CASE / "notice.txt", CASE / "account.toml"
HEALTH = CASE / "account-health.json"  # the seller's Account Health report: 31 of 496 late
# text as a reader copies it: ligatures such as "fi" given back as two letters
TEXT = pymupdf.TEXTFLAGS_TEXT & ~pymupdf.TEXT_PRESERVE_LIGATURES


@pytest.fixture(scope="module")
def exhibits(tmp_path_factory: pytest.TempPathFactory) -> AppealExhibits:
    return write_appeal_exhibits(tmp_path_factory.mktemp("demo-case") / "exhibits")


@pytest.fixture(scope="module")
def metrics(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The JSON of `reinstate metrics` on the demo seller's Account Health report, as
    scripts/demo-case writes it."""
    from click.testing import CliRunner

    from reinstate.cli import cli

    result = CliRunner().invoke(cli, ["metrics", str(HEALTH), "--format", "json"])
    assert result.exit_code == 0, result.output
    path = tmp_path_factory.mktemp("demo-metrics") / "metrics.json"
    path.write_text(result.stdout, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def packaged(
    exhibits: AppealExhibits, metrics: Path, tmp_path_factory: pytest.TempPathFactory
) -> Packaged:
    out = tmp_path_factory.mktemp("demo-appeal") / "appeal"
    return package(POA, NOTICE, out, exhibits.folder, ACCOUNT, metrics=metrics)


def plan_lines() -> list[str]:
    """The plan's lines with their Markdown markers taken off, by a reader of its own."""
    lines = []
    for line in POA.read_text(encoding="utf-8").splitlines():
        line = re.sub(r"^(#+|-|\d+\.)\s+", "", line.strip())
        if line:
            lines.append(line)
    return lines


def flat(text: str) -> str:
    """Words one space apart; a line broken after a hyphen ("seller-" / "fulfilled") joined."""
    return " ".join(re.sub(r"-\n", "-", text).split())


def test_the_demo_plan_reviews_clean_against_its_notice_and_exhibits(
    exhibits: AppealExhibits,
) -> None:
    notice = NoticeFacts.from_dict(read_notice(NOTICE).to_dict())
    context = ReviewContext(notice=notice, exhibits=ExhibitFolder.scan(exhibits.folder))
    review = review_text(POA.read_text(encoding="utf-8"), context, path=str(POA))
    assert [f.line for f in review.findings] == []
    assert 380 <= review.words <= 460
    assert notice.asins == ("B0CXK7M2QD",)  # the notice the coverage rules had to answer


def test_the_exhibits_show_the_figures_the_plan_states(exhibits: AppealExhibits) -> None:
    plan = flat(POA.read_text(encoding="utf-8"))
    assert (exhibits.late, exhibits.orders) == (31, 496)
    assert f"{exhibits.late} of our {exhibits.orders} seller-fulfilled orders" in plan
    assert f"{exhibits.late / exhibits.orders:.2%}" in plan
    assert "6.25%" in NOTICE.read_text(encoding="utf-8")
    assert exhibits.late_by_cause == {"freight": 24, "weekend": 7}
    assert "24 late orders were for SKU GT-2201" in plan
    assert "7 late orders were placed on Saturdays" in plan
    assert f"all {exhibits.upgraded} orders that were still open" in plan
    assert f"we have shipped {exhibits.shipped_since} seller-fulfilled orders" in plan
    assert [path.name for path in exhibits.paths] == list(EXHIBITS)


def test_the_same_seed_writes_the_same_exhibits(exhibits: AppealExhibits, tmp_path: Path) -> None:
    again = write_appeal_exhibits(tmp_path / "again")
    for first, second in zip(exhibits.paths, again.paths, strict=True):
        assert first.read_bytes() == second.read_bytes(), first.name


def test_the_demo_case_packages_ready_with_no_finding(packaged: Packaged) -> None:
    assert packaged.written
    assert packaged.appeal.findings == []
    assert packaged.appeal.verdict == "ready"
    names = sorted(path.name for path in packaged.out.iterdir())
    assert names == sorted(
        [
            "seller-central.txt",
            "plan-of-action.eml",
            "packet.pdf",
            "plan-of-action.docx",
            "manifest.json",
            EXHIBITS_DIR,
        ]
    )


def package_command(exhibits: AppealExhibits, out: Path, *more: str) -> list[str]:
    return ["package", "--poa", str(POA), "--notice", str(NOTICE), "--exhibits",
            str(exhibits.folder), "--account", str(ACCOUNT), "--out", str(out), *more]  # fmt: skip


def test_with_the_metrics_the_command_checks_every_figure_and_says_ready(
    exhibits: AppealExhibits, metrics: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from reinstate.cli import cli

    result = CliRunner().invoke(
        cli, package_command(exhibits, tmp_path / "a", "--metrics", str(metrics))
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1] == "Verdict: ready"
    assert "Not checked" not in result.output


def test_a_figure_the_data_contradicts_stops_the_package(
    exhibits: AppealExhibits, metrics: Path, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from reinstate.cli import cli

    wrong = tmp_path / "poa.md"
    wrong.write_text(POA.read_text(encoding="utf-8").replace("6.25%", "5.9%"), encoding="utf-8")
    arguments = package_command(exhibits, tmp_path / "a", "--metrics", str(metrics))
    arguments[arguments.index(str(POA))] = str(wrong)
    result = CliRunner().invoke(cli, arguments)
    assert result.exit_code == 1
    assert "facts.metric-mismatch" in result.output
    assert "6.25%" in result.output
    assert not (tmp_path / "a").exists()


def test_without_the_metrics_the_command_says_the_figures_were_not_checked(
    exhibits: AppealExhibits, tmp_path: Path
) -> None:
    from click.testing import CliRunner

    from reinstate.cli import cli

    result = CliRunner().invoke(cli, package_command(exhibits, tmp_path / "a"))
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[-3:] == [
        "Verdict: ready",
        "Not checked: the figures the plan states against the seller's data (no --metrics).",
        "Check the figures: give --metrics (the JSON of `reinstate metrics`).",
    ]


def read_email(packaged: Packaged) -> EmailMessage:
    data = (packaged.out / "plan-of-action.eml").read_bytes()
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def test_the_email_parses_back_to_the_same_plan(packaged: Packaged) -> None:
    message = read_email(packaged)
    assert message["Subject"] == "Plan of Action - Harbor Lane Goods LLC"
    assert message["From"].addresses[0].addr_spec == "ops@harborlane.example"
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    for detail in ("Account name: Harbor Lane Goods LLC", "Merchant token: A3HLGDEMO7TOKEN",
                   "Phone: (503) 555-0110", "Email: ops@harborlane.example"):  # fmt: skip
        assert detail in text
    for line in plan_lines():
        assert flat(line) in flat(text), line
    assert "Kind regards,\nOperations Manager\n" in text
    assert appeal_text(packaged.appeal) in text


def test_the_email_carries_every_exhibit_byte_for_byte_with_its_type(packaged: Packaged) -> None:
    attached = {
        part.get_filename(): (part.get_content_type(), part.get_content())
        for part in read_email(packaged).iter_attachments()
    }
    assert sorted(attached) == sorted(EXHIBITS)
    for name, (kind, content) in attached.items():
        assert kind == ("image/png" if name.endswith(".png") else "application/pdf")
        assert content == (packaged.out / EXHIBITS_DIR / name).read_bytes()


def open_packet(packaged: Packaged) -> pymupdf.Document:
    return pymupdf.open(packaged.out / "packet.pdf")


def test_the_packet_has_its_pages_in_order(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    # cover, plan, index, then the exhibits: 2 + 1 + 1 + 1 + 1 pages
    assert pdf.page_count == 9
    cover = pdf[0].get_text(flags=TEXT)
    for text in ("Account: Harbor Lane Goods LLC", "Contact: Dana Whitfield",
                 "Merchant token: A3HLGDEMO7TOKEN", "Received: 2026-10-22",
                 "Deadline: 17 days (by 2026-11-08)", "Late shipment rate", "B0CXK7M2QD",
                 "Exhibits: 5 attached", "I1: Late shipment rate (ASIN B0CXK7M2QD)"):  # fmt: skip
        assert text in cover, text
    assert "We have deactivated your Amazon selling account because your Late" in flat(cover)
    plan = pdf[1].get_text(flags=TEXT)
    for line in plan_lines():
        assert flat(line) in flat(plan), line
    assert "Kind regards,\nOperations Manager\n" in plan
    index = flat(pdf[2].get_text(flags=TEXT))
    for entry in ("Exhibit 1: late shipment report (pp. 4-5)",
                  "Exhibit 4: shipping settings (p. 8)",
                  "Exhibit 5: carrier invoice CPX-1022-0917 (p. 9)"):  # fmt: skip
        assert entry in index
    assert "Late shipment report" in pdf[3].get_text()
    assert "Scheduled Daily Pickup Agreement" in pdf[5].get_text()
    assert "INVOICE" in pdf[8].get_text()


def test_every_page_is_numbered_and_every_exhibit_page_labelled(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    for number, page in enumerate(pdf, start=1):
        assert f"Page {number} of 9" in page.get_text()
    assert "Exhibit 1 (late shipment report) - page 2 of 2" in pdf[4].get_text()
    assert "Exhibit 4 (shipping settings) - page 1 of 1" in pdf[7].get_text()


def test_the_bookmarks_lead_to_each_part_heading_and_exhibit(packaged: Packaged) -> None:
    assert open_packet(packaged).get_toc() == [
        [1, "Cover", 1],
        [1, "Plan of Action", 2],
        [2, "Root cause", 2],
        [2, "Corrective actions taken", 2],
        [2, "Preventive actions", 2],
        [1, "Exhibit index", 3],
        [1, "Exhibits", 4],
        [2, "Exhibit 1: late shipment report", 4],
        [2, "Exhibit 2: parcel pickup agreement", 6],
        [2, "Exhibit 3: daily dispatch log", 7],
        [2, "Exhibit 4: shipping settings", 8],
        [2, "Exhibit 5: carrier invoice CPX-1022-0917", 9],
    ]


def test_the_asin_of_the_notice_and_the_invoice_fields_are_highlighted(
    packaged: Packaged,
) -> None:
    pdf = open_packet(packaged)
    report = [(page, annot) for page in (pdf[3], pdf[4]) for annot in page.annots()]
    assert len(report) == 24  # one frame per order of the notice's ASIN
    for page, annot in report:
        assert annot.info["content"] == "ASIN"
        assert "B0CXK7M2QD" in page.get_textbox(annot.rect)
    invoice = {annot.info["content"] for annot in pdf[8].annots()}
    assert {"supplier", "supplier phone", "supplier website", "buyer", "ASIN"} <= invoice
    for number in (0, 1, 2):
        assert not list(pdf[number].annots())


def test_the_packet_embeds_the_fonts_of_its_own_pages(packaged: Packaged) -> None:
    pdf = open_packet(packaged)
    for page in list(pdf)[:3]:  # cover, plan, index: the pages reinstate lays out
        fonts = page.get_fonts()
        assert fonts
        for font in fonts:
            assert font[1] == "ttf"  # embedded TrueType, not a base-14 name
            assert "+DejaVu Sans" in font[3]  # subset


def test_the_screenshot_is_on_a_landscape_page_of_its_own(packaged: Packaged) -> None:
    page = open_packet(packaged)[7]
    assert page.rect.width > page.rect.height
    [image] = page.get_image_info()
    x0, y0, x1, y1 = image["bbox"]
    assert abs(x0 - (page.rect.width - x1)) < 1
    assert (x1 - x0) / (y1 - y0) == pytest.approx(2560 / 1440, rel=0.01)


def test_the_pages_render_with_nothing_over_the_footer(packaged: Packaged, tmp_path: Path) -> None:
    pdf = open_packet(packaged)
    for number, page in enumerate(pdf, start=1):
        pixmap = page.get_pixmap(dpi=50, colorspace=pymupdf.csGRAY)
        pixmap.save(tmp_path / f"page-{number}.png")
        dark = sum(1 for value in pixmap.samples if value < 128)
        assert dark > 300, f"page {number} looks blank"
        footer = page.rect.height - 24
        for block in page.get_text("blocks"):
            assert block[3] <= footer or block[1] >= footer, (number, block[4])


def test_the_word_copy_holds_the_same_paragraphs(packaged: Packaged) -> None:
    import docx

    document = docx.Document(str(packaged.out / "plan-of-action.docx"))
    paragraphs = [(p.text, p.style.name) for p in document.paragraphs]
    texts = [flat(text) for text, _ in paragraphs]
    for line in plan_lines()[:-2]:  # the sign-off is one paragraph of two lines
        assert flat(line) in texts, line
    assert ("Kind regards,\nOperations Manager", "Normal") in paragraphs
    styles = [style for _, style in paragraphs]
    assert styles.count("Heading 1") == 4  # three sections and the exhibit list
    assert styles.count("List Number") == 2
    assert styles.count("List Bullet") == 8 + 5  # the plan's bullets and the exhibits
    assert ("Exhibit 4: shipping settings (Exhibit 4 - shipping settings.png)", "List Bullet") in (
        paragraphs
    )


def test_the_seller_central_text_has_no_markdown_left(packaged: Packaged) -> None:
    text = (packaged.out / "seller-central.txt").read_text(encoding="utf-8")
    pasted = text.split("-" * 30 + "\n")[1]
    assert pasted == appeal_text(packaged.appeal)
    assert not re.search(r"^\s*(#|>|\*|\+)\s|\*\*|__|`|\[[^\]]+\]\(", pasted, re.M)
    assert max(len(line) for line in text.splitlines()) <= 78
    for line in plan_lines():
        assert flat(line) in flat(pasted), line
    assert 'click "Reactivate your account"' in text
    for name in EXHIBITS:
        assert name in text


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_the_manifest_sizes_and_hashes_match_the_files(
    packaged: Packaged, exhibits: AppealExhibits
) -> None:
    manifest = json.loads((packaged.out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["readiness"] == {
        "verdict": "ready",
        "errors": 0,
        "warnings": 0,
        "findings": [],
        "not_checked": [],  # the figures were checked against the account-health report
    }
    assert manifest["forced"] is False
    assert manifest["review"]["errors"] == 0
    assert manifest["account"] == "Harbor Lane Goods LLC"
    for item in manifest["outputs"]:
        path = packaged.out / item["name"]
        assert (item["size"], item["sha256"]) == (path.stat().st_size, sha256(path))
    assert len(manifest["outputs"]) == 4
    sources = {path.name: path for path in exhibits.paths}
    kinds = []
    for item in manifest["exhibits"]:
        sent = packaged.out / item["file"]["name"]
        assert (item["file"]["size"], item["file"]["sha256"]) == (sent.stat().st_size, sha256(sent))
        source = sources[item["source"]["name"]]
        assert item["source"]["sha256"] == sha256(source)
        assert item["ready"] is True
        assert item["issues"] == ["I1"]
        kinds.append((item["label"], item["kind"], item["mime_type"]))
    assert kinds == [
        ("Exhibit 1", "other", "application/pdf"),
        ("Exhibit 2", "other", "application/pdf"),
        ("Exhibit 3", "other", "application/pdf"),
        ("Exhibit 4", "screenshot", "image/png"),
        ("Exhibit 5", "invoice", "application/pdf"),
    ]
