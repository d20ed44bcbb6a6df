"""Reading a user's text files: a path or `-` for standard input, with clear errors."""

from __future__ import annotations

import sys
from pathlib import Path

from reinstate.errors import InputError

STDIN = "-"
# Tried in order; cp1252 catches text saved by Windows editors and Seller Central.
TEXT_ENCODINGS = ("utf-8-sig", "cp1252")


def read_bytes(path: str | Path) -> bytes:
    """The bytes of `path`, or of standard input when `path` is `-`."""
    if str(path) == STDIN:
        return sys.stdin.buffer.read()
    file = Path(path)
    if file.is_dir():
        raise InputError("is a folder, not a file", path=str(path))
    try:
        return file.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=str(path)) from None


def decode_text(data: bytes, path: str | Path) -> str:
    """Decode `data` as UTF-8 (with or without BOM), else cp1252; name the bad byte."""
    if b"\x00" in data[:4096]:
        raise InputError(
            "looks like a binary file, not text", path=str(path), hint="Give a .txt or .md file."
        )
    first_error: UnicodeDecodeError | None = None
    for encoding in TEXT_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError as error:
            first_error = first_error or error
    assert first_error is not None
    offset = first_error.start
    line = data.count(b"\n", 0, offset) + 1
    raise InputError(
        f"byte {offset} (0x{data[offset]:02x}) is not valid text in UTF-8 or Windows-1252",
        path=str(path),
        line=line,
    )


def read_text(path: str | Path) -> str:
    """The text of `path` (or standard input for `-`), newlines normalised to `\\n`."""
    text = decode_text(read_bytes(path), path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def display_name(path: str | Path) -> str:
    """How a file is named in findings: `<stdin>` for standard input."""
    return "<stdin>" if str(path) == STDIN else str(path)
