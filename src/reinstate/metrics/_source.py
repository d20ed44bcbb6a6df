"""Opening a report file before DuckDB reads it: gzip, encoding, BOM, line endings.

A file is sniffed from its first bytes: gzip or not, JSON or delimited text, the
delimiter, the header and the first row. UTF-8 files (with or without BOM, LF or CRLF,
gzipped or not) go to DuckDB as they are; DuckDB checks the UTF-8 of every column it
reads, and if it finds a bad byte the file is transcoded. (A bad byte in a column that is
not read, e.g. `product-name`, changes no number and is left alone; the file then counts
as UTF-8.) Other encodings are transcoded
to a temporary UTF-8 file in chunks, so memory does not grow with the file.
"""

from __future__ import annotations

import codecs
import gzip
import re
import tempfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import BinaryIO, cast

from reinstate.errors import FormatError, InputError

# Tried in this order (docs/domain/metrics.md "Files"). A head that both Windows-1252 and
# Shift_JIS decode is read as Shift_JIS when that reading looks Japanese (kana among its
# characters beyond ASCII, see _looks_japanese): Japanese text of hiragana alone, such as
# "ありがとう", has no byte Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
ENCODINGS = ("utf-8", "cp1252", "shift_jis")
# Share of the characters beyond ASCII that must be kana for a Shift_JIS reading to win
# over Windows-1252. Japanese prose and product titles are a third or more kana; Western
# text misread as Shift_JIS gives kanji and half-width forms, almost never kana. ⚠ Chosen
# from those two facts, not measured on real Japanese report files.
KANA_SHARE = 0.25
_KANA = re.compile(r"[\u3040-\u30ff]")
_BEYOND_ASCII = re.compile(r"[^\x00-\x7f]")
ENCODING_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "shift_jis": "Shift_JIS"}
GZIP_MAGIC = b"\x1f\x8b"
BOM = b"\xef\xbb\xbf"
HEAD_BYTES = 1 << 16
CHUNK_BYTES = 1 << 20


@dataclass(frozen=True)
class Source:
    """A report file as sniffed: how to read it and what its first lines say."""

    path: Path
    gzipped: bool
    encoding: str
    is_json: bool
    delimiter: str
    header: tuple[str, ...]
    first_row: tuple[str, ...]
    # The UTF-8 copy DuckDB reads when the original is not UTF-8; None for the original.
    text_path: Path | None = None

    @property
    def name(self) -> str:
        return str(self.path)

    @property
    def readable_path(self) -> Path:
        return self.text_path or self.path

    @property
    def readable_gzipped(self) -> bool:
        return self.gzipped and self.text_path is None


def open_binary(path: Path, gzipped: bool) -> BinaryIO:
    """The file's bytes, decompressed when it is gzip."""
    try:
        return cast(BinaryIO, gzip.open(path, "rb") if gzipped else path.open("rb"))
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=str(path)) from None


def read_head(path: Path) -> tuple[bytes, bool]:
    """The first bytes of the (decompressed) file, and whether it is gzip."""
    if path.is_dir():
        raise InputError("is a folder, not a report file", path=str(path))
    if not path.exists():
        raise InputError("no such file", path=str(path))
    if not path.is_file():  # a device or pipe may never end
        raise InputError("is not a regular file (a device or pipe)", path=str(path))
    with path.open("rb") as raw:
        gzipped = raw.read(2) == GZIP_MAGIC
    try:
        with open_binary(path, gzipped) as stream:
            return stream.read(HEAD_BYTES), gzipped
    except (OSError, EOFError, zlib.error):
        raise FormatError("looks like gzip but cannot be decompressed", path=str(path)) from None


def decode_head(head: bytes, path: Path) -> tuple[str, str]:
    """The head as text and the encoding that reads it (a cut last char is fine): the first
    of ENCODINGS that decodes it, except that Japanese text reads as Shift_JIS."""
    try:
        return codecs.getincrementaldecoder("utf-8-sig")().decode(head), "utf-8"
    except UnicodeDecodeError:
        readings = dict(_readings(head))
    if "shift_jis" in readings and _looks_japanese(readings["shift_jis"]):
        return readings["shift_jis"], "shift_jis"
    for encoding in ENCODINGS:
        if encoding in readings:
            return readings[encoding], encoding
    raise undecodable(head, path, 0)


def _readings(head: bytes) -> Iterator[tuple[str, str]]:
    """(encoding, text) for each of ENCODINGS but UTF-8 that decodes `head`."""
    for encoding in ENCODINGS[1:]:
        try:
            yield encoding, codecs.getincrementaldecoder(encoding)().decode(head)
        except UnicodeDecodeError:
            continue


def _looks_japanese(text: str) -> bool:
    """Whether kana make up KANA_SHARE or more of the characters beyond ASCII."""
    beyond = len(_BEYOND_ASCII.findall(text))
    return beyond > 0 and len(_KANA.findall(text)) >= KANA_SHARE * beyond


def undecodable(data: bytes, path: Path, base: int) -> FormatError:
    """The error for bytes no encoding reads, naming the first bad byte in UTF-8."""
    try:
        data.decode("utf-8")
        offset = len(data)
    except UnicodeDecodeError as error:
        offset = error.start
    line = data.count(b"\n", 0, offset) + 1
    column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
    names = ", ".join(ENCODING_NAMES[e] for e in ENCODINGS)
    byte = f" (0x{data[offset]:02x})" if offset < len(data) else ""
    return FormatError(
        f"byte {base + offset}{byte} cannot be decoded as any of {names}",
        path=str(path),
        line=line if base == 0 else None,
        column=column if base == 0 else None,
        hint="Save the file as UTF-8 and try again.",
    )


def split_line(line: str, delimiter: str) -> tuple[str, ...]:
    """The fields of one line, outer double quotes removed for comma files."""
    fields = line.rstrip("\r\n").split(delimiter)
    if delimiter == ",":
        fields = [f.strip().strip('"') for f in fields]
    return tuple(fields)


def sniff(path: str | Path) -> Source:
    """Look at the start of `path`: compression, encoding, JSON or text, header."""
    file = Path(path)
    head, gzipped = read_head(file)
    if not head.strip():
        raise FormatError("is empty", path=str(file), hint="Download the report again.")
    check_no_nul(head, file)
    text, encoding = decode_head(head, file)
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        return Source(file, gzipped, encoding, True, "", (), ())
    lines = [line for line in stripped.splitlines() if line.strip()]
    delimiter = "\t" if "\t" in lines[0] else ","
    header = split_line(lines[0], delimiter)
    check_unique(header, file)
    first = split_line(lines[1], delimiter) if len(lines) > 1 else ()
    return Source(file, gzipped, encoding, False, delimiter, header, first)


def check_no_nul(head: bytes, path: Path) -> None:
    """A NUL byte in the first 64 KB: a binary file or a damaged report. (⚠ Only the head is
    looked at: scanning every byte of a multi-GB report would double its reading time.)"""
    at = head.find(b"\x00")
    if at < 0:
        return
    line_start = head.rfind(b"\n", 0, at) + 1
    raise FormatError(
        "holds a NUL byte (0x00): it is a binary file or a damaged report",
        path=str(path),
        line=head.count(b"\n", 0, at) + 1,
        column=at - line_start + 1,
        hint="Download the report again.",
    )


def check_unique(header: tuple[str, ...], path: Path) -> None:
    """Two columns of one name: which one holds the value cannot be told."""
    seen: set[str] = set()
    for index, name in enumerate(header):
        key = name.strip().lower()
        if key and key in seen:
            raise FormatError(
                f'names the column "{name.strip()}" twice',
                path=str(path),
                line=1,
                column=index + 1,
                hint="Download the report again; Amazon's reports name each column once.",
            )
        seen.add(key)


def chunks(source: Source) -> Iterator[bytes]:
    """The decompressed bytes of the file, a chunk at a time."""
    with open_binary(source.path, source.gzipped) as stream:
        while chunk := stream.read(CHUNK_BYTES):
            yield chunk


def transcode(source: Source, folder: Path) -> Source:
    """A copy of `source` as UTF-8 in `folder`, trying the encoding its head was read in,
    then each other encoding, over the whole file."""
    target = Path(tempfile.mkstemp(suffix=".txt", dir=folder)[1])
    order = (source.encoding, *(e for e in ENCODINGS if e != source.encoding))
    for encoding in order:
        if write_utf8(source, encoding, target):
            return replace(source, encoding=encoding, text_path=target)
    raise first_bad_byte(source)


def write_utf8(source: Source, encoding: str, target: Path) -> bool:
    """Decode the whole file with `encoding` into `target`; False at the first bad byte."""
    decoder = codecs.getincrementaldecoder("utf-8-sig" if encoding == "utf-8" else encoding)()
    with target.open("w", encoding="utf-8", newline="") as out:
        try:
            for chunk in chunks(source):
                out.write(decoder.decode(chunk))
            out.write(decoder.decode(b"", final=True))
        except UnicodeDecodeError:
            return False
    return True


def first_bad_byte(source: Source) -> FormatError:
    """The error naming the first byte that is not UTF-8, with its line and column."""
    line, base, tail = 1, 0, b""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for chunk in chunks(source):
        pending = len(decoder.getstate()[0])
        try:
            decoder.decode(chunk)
        except UnicodeDecodeError as error:
            return located_error(source, chunk, error.start - pending, line, base, tail)
        line += chunk.count(b"\n")
        base += len(chunk)
        tail = chunk[chunk.rfind(b"\n") + 1 :]
    return undecodable(b"", source.path, base)


def located_error(
    source: Source, chunk: bytes, at: int, line: int, base: int, tail: bytes
) -> FormatError:
    """The undecodable-byte error for byte `at` of `chunk` (chunk starts at `base`)."""
    at = max(at, 0)
    line += chunk.count(b"\n", 0, at)
    start = chunk.rfind(b"\n", 0, at)
    column = at - start if start >= 0 else len(tail) + at + 1
    names = ", ".join(ENCODING_NAMES[e] for e in ENCODINGS)
    return FormatError(
        f"byte {base + at} (0x{chunk[at]:02x}) cannot be decoded as any of {names}",
        path=str(source.path),
        line=line,
        column=column,
        hint="Save the file as UTF-8 and try again.",
    )
