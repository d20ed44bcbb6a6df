"""Reading a user's text files: a path or `-` for standard input, with clear errors."""

from __future__ import annotations

import os
import re
import stat
import sys
from functools import cache
from pathlib import Path
from typing import Any

from reinstate.errors import InputError

STDIN = "-"


@cache
def limit(kind: str) -> int:
    """The most bytes reinstate reads from one input of `kind` (`text` or `document`);
    see kb/data/limits.toml."""
    from reinstate.kb import load_data

    return int(load_data("reinstate.kb", "limits.toml")[kind]["max_bytes"])


def read_bytes(path: str | Path, kind: str = "document") -> bytes:
    """The bytes of `path`, or of standard input when `path` is `-`: regular files only
    (never a device or pipe, which may never end), at most `limit(kind)` bytes."""
    most = limit(kind)
    if str(path) == STDIN:
        return _capped(sys.stdin.buffer.read(most + 1), most, path)
    file = Path(path)
    if file.is_dir():
        raise InputError("is a folder, not a file", path=str(path))
    try:
        info = os.stat(file)
        if not stat.S_ISREG(info.st_mode):
            raise InputError("is not a regular file (a device or pipe)", path=str(path))
        if info.st_size > most:
            raise _too_big(path, most)
        with file.open("rb") as handle:
            return _capped(handle.read(most + 1), most, path)
    except FileNotFoundError:
        raise InputError("no such file", path=str(path)) from None
    except PermissionError:
        raise InputError("cannot be read (permission denied)", path=str(path)) from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror})", path=str(path)) from None


def _capped(data: bytes, most: int, path: str | Path) -> bytes:
    if len(data) > most:
        raise _too_big(path, most)
    return data


def _too_big(path: str | Path, most: int) -> InputError:
    return InputError(
        f"is larger than {most:,} bytes, the most reinstate reads from such a file",
        path=str(path),
    )


# A UTF-8 sequence of two or more bytes: text that holds one is UTF-8, so a byte that is not
# valid UTF-8 beside it is damage, not Windows-1252.
_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")


def decode_text(data: bytes, path: str | Path) -> str:
    """Decode `data` as UTF-8 (with or without BOM), else Windows-1252 when nothing in it is
    UTF-8; a file that mixes both has a damaged byte, named by line and column."""
    if b"\x00" in data[:4096]:
        raise InputError(
            "looks like a binary file, not text", path=str(path), hint="Give a .txt or .md file."
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if _UTF8_SEQUENCE.search(data):
            raise _bad_byte(data, error.start, path, "UTF-8") from None
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _bad_byte(data, error.start, path, "UTF-8 or Windows-1252") from None


def _bad_byte(data: bytes, offset: int, path: str | Path, encodings: str) -> InputError:
    line_start = data.rfind(b"\n", 0, offset) + 1
    column = len(data[line_start:offset].decode("utf-8", errors="replace")) + 1
    return InputError(
        f"byte 0x{data[offset]:02x} is not valid text in {encodings}",
        path=str(path),
        line=data.count(b"\n", 0, offset) + 1,
        column=column,
        hint="Save the file as UTF-8 and try again.",
    )


def read_text(path: str | Path) -> str:
    """The text of `path` (or standard input for `-`), newlines normalised to `\\n`."""
    text = decode_text(read_bytes(path, "text"), path)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def display_name(path: str | Path) -> str:
    """How a file is named in findings: `<stdin>` for standard input."""
    return "<stdin>" if str(path) == STDIN else str(path)


def read_json(path: str | Path) -> Any:
    """The JSON value in `path`; invalid JSON is a FormatError naming line and column."""
    import json

    from reinstate.errors import FormatError

    try:
        return json.loads(read_text(path))
    except json.JSONDecodeError as error:
        raise FormatError(
            f"is not valid JSON ({error.msg})",
            path=display_name(path),
            line=error.lineno,
            column=error.colno,
        ) from None
    except RecursionError:
        raise FormatError("is JSON nested too deeply to read", path=display_name(path)) from None
    except ValueError:  # an integer of more than 4,300 digits (sys.get_int_max_str_digits)
        raise FormatError(
            "holds a number too long to read (over 4,300 digits)", path=display_name(path)
        ) from None
