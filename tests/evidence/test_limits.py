"""Hostile documents are refused before any work, or reported, never a traceback: huge
pages, too many pages or frames, too many pixels, thin strips, page trees that loop,
absurd page counts and PDF library messages that are not UTF-8. Every file is generated
here, small: a huge page is a tiny PDF with a big MediaBox, a huge image a PNG header."""

from __future__ import annotations

import io
import json
import os
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import numpy as np
import pytest

from reinstate.errors import InputError
from reinstate.evidence import check_file, check_files
from reinstate.evidence._load import load
from reinstate.evidence._measure import measure


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF of `objects` (object 1 the catalog) with a correct xref table and trailer."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.writelines(b"%010d 00000 n \n" % offset for offset in offsets)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1))
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def pages_pdf(boxes: list[tuple[int, int]], count: int | None = None, kids: bytes = b"") -> bytes:
    """A PDF of empty pages of `boxes` (points); `count` and `kids` may lie."""
    first = 3
    refs = b" ".join(b"%d 0 R" % (first + i) for i in range(len(boxes)))
    tree = b"<< /Type /Pages /Kids [%s%s] /Count %d >>" % (kids, refs, count or len(boxes))
    pages = [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] >>" % box for box in boxes]
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", tree, *pages])


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares `width` x `height` pixels and holds none: Pillow reads its size
    without decoding it, as reinstate's limits must."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IEND", b"")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def run_check(path: Path, *more: str) -> subprocess.CompletedProcess[str]:
    code = "from reinstate.cli import main; main()"
    args = [sys.executable, "-c", code, "evidence", "check", str(path), *more]
    env = {**os.environ, "LC_ALL": "C.UTF-8", "PYTHONIOENCODING": "utf-8:strict"}
    return subprocess.run(args, capture_output=True, text=True, check=False, env=env)


def test_a_page_of_200_by_200_inches_is_refused_with_exit_2_naming_the_file(tmp_path) -> None:
    path = write(tmp_path, "huge.pdf", pages_pdf([(14400, 14400)]))
    done = run_check(path)
    assert done.returncode == 2
    assert "huge.pdf: page 1 is 30,000 x 30,000 pixels" in done.stderr + done.stdout
    assert "Traceback" not in done.stderr


def test_a_pdf_of_more_pages_than_the_limit_is_refused_before_any_page_is_drawn(
    tmp_path,
) -> None:
    path = write(tmp_path, "many.pdf", pages_pdf([(612, 792)] * 101))
    with pytest.raises(InputError, match="has 101 pages; reinstate reads at most 100"):
        load(path)


def test_pages_that_together_have_too_many_pixels_are_refused(tmp_path) -> None:
    path = write(tmp_path, "posters.pdf", pages_pdf([(3300, 3300)] * 7))
    with pytest.raises(InputError, match=r"pixels in its 7 pages; reinstate reads at most"):
        load(path)


def test_an_image_of_too_many_pixels_is_refused_from_its_header(tmp_path) -> None:
    path = write(tmp_path, "big.png", png_header(12_000, 12_000))
    with pytest.raises(InputError, match="the image is 12,000 x 12,000 pixels"):
        load(path)


def test_an_image_beyond_pillows_bomb_guard_is_refused_not_a_traceback(tmp_path) -> None:
    path = write(tmp_path, "bomb.png", png_header(20_000, 20_000))
    with pytest.raises(InputError, match="too many pixels"):
        load(path)


def test_a_one_by_five_million_strip_is_refused(tmp_path) -> None:
    path = write(tmp_path, "strip.png", png_header(1, 5_000_000))
    with pytest.raises(InputError, match="a strip more than 40 times longer than wide"):
        load(path)


def test_a_tiff_of_more_frames_than_the_limit_is_refused(tmp_path) -> None:
    from PIL import Image

    frames = [Image.new("L", (40, 40), 255) for _ in range(101)]
    path = tmp_path / "frames.tiff"
    frames[0].save(path, save_all=True, append_images=frames[1:])
    with pytest.raises(InputError, match="has more than 100 frames"):
        load(path)


def test_a_set_is_refused_before_any_file_is_read_when_one_is_over_a_limit(
    tmp_path, monkeypatch
) -> None:
    from reinstate.evidence import _check

    small = write(tmp_path, "small.pdf", pages_pdf([(612, 792)]))
    huge = write(tmp_path, "huge.pdf", pages_pdf([(14400, 14400)]))
    read: list[Path] = []
    monkeypatch.setattr(_check, "read", lambda path, context: read.append(path))
    with pytest.raises(InputError, match=r"huge\.pdf"):
        check_files([small, huge])
    assert read == []


def test_a_pdf_whose_page_tree_loops_is_corrupt(tmp_path) -> None:
    path = write(tmp_path, "loop.pdf", pages_pdf([(612, 792)], count=2, kids=b"2 0 R "))
    report = check_file(path)
    assert [f.rule for f in report.findings] == ["format.corrupt"]
    assert "cycle in page tree" in report.findings[0].message


def test_a_pdf_with_an_absurd_page_count_is_corrupt(tmp_path) -> None:
    path = write(tmp_path, "absurd.pdf", pages_pdf([(612, 792)], count=2_000_000_000))
    assert [f.rule for f in check_file(path).findings] == ["format.corrupt"]


def test_pdf_library_messages_that_are_not_utf8_become_a_finding_in_clean_json(
    tmp_path,
) -> None:
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>"
    content = b"<< /Length 5 /Filter /Fl\xe9\xffate >>\nstream\nabcde\nendstream"
    tree = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
    path = write(tmp_path, "names.pdf", raw_pdf([b"<< /Pages 2 0 R >>", tree, page, content]))
    done = run_check(path, "--format", "json")
    findings = json.loads(done.stdout)["files"][0]["findings"]
    repaired = [f["message"] for f in findings if f["rule"] == "format.repaired"]
    assert repaired
    assert "unknown filter name (Fl\ufffd\ufffdate)" in repaired[0]
    assert "Traceback" not in done.stderr


def test_pages_are_drawn_when_read_and_not_kept(tmp_path) -> None:
    from reinstate.evidence._pages import read_pages

    path = write(tmp_path, "three.pdf", pages_pdf([(612, 792)] * 3))
    document = load(path)
    read_pages(document.pages)
    assert [page.pixels for page in document.pages] == [None, None, None]
    assert [page.size for page in document.pages] == [(1650, 1275)] * 3


@pytest.mark.parametrize("shape", [(1, 1), (1, 30), (3, 3), (2, 80), (80, 2), (30, 1000)])
@pytest.mark.parametrize("fill", [0, 128, 255])
def test_a_tiny_or_thin_image_is_measured_without_warnings(shape, fill) -> None:
    assert measure(np.full(shape, fill, np.uint8)).width == shape[1]
