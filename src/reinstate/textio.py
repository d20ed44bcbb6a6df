"""Reading a user's text files: a path or `-` for standard input, with clear errors."""

from __future__ import annotations

import logging
import math
import os
import re
import stat
import sys
from functools import cache
from pathlib import Path
from typing import Any

from reinstate.errors import InputError

STDIN = "-"
# Notes for the person running reinstate (on standard error when nothing else is set up).
LOG = logging.getLogger("reinstate")


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
        first = error.start
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise _bad_byte(data, error.start, path, "UTF-8 or Windows-1252") from None
    where = _bad_byte(data, first, path, "UTF-8")
    LOG.warning(
        "%s: read as Windows-1252, not UTF-8: byte 0x%02x at line %s, column %s is not UTF-8"
        " and nothing in the file is; save it as UTF-8 to be sure of every character.",
        display_name(path),
        data[first],
        where.line,
        where.column,
    )
    return text


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


# JSON nested deeper than this is no report, notice or settings file reinstate reads (the
# account-health report nests 5 levels, a notice's JSON 4); deeper input would exhaust
# Python's recursion limit.
JSON_MAX_DEPTH = 64


def parse_json(text: str, source: str, invalid: str = "is not valid JSON") -> Any:
    """The JSON value of `text`, strictly: NaN and Infinity (which JSON does not have),
    nesting deeper than JSON_MAX_DEPTH and integers too long for Python are a FormatError
    naming `source`, line and column, never a traceback."""
    import json

    from reinstate.errors import FormatError

    _check_depth(text, source)
    try:
        return json.loads(
            text.lstrip("\ufeff"), parse_constant=_refuse_constant, parse_float=_finite
        )
    except json.JSONDecodeError as error:
        raise FormatError(
            f"{invalid} ({error.msg})",
            path=source,
            line=error.lineno,
            column=error.colno,
        ) from None
    except _ConstantError as error:
        raise FormatError(
            f"holds {error.args[0]}, which JSON does not allow as a number", path=source
        ) from None
    except ValueError as error:  # an integer of more than sys.get_int_max_str_digits()
        raise FormatError(
            f"holds a number too long to read ({str(error).split(':')[0]})", path=source
        ) from None
    except RecursionError:
        raise FormatError("is JSON nested too deeply", path=source) from None


class _ConstantError(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise _ConstantError(name)


def _finite(literal: str) -> float:
    value = float(literal)
    if math.isinf(value):
        raise _ConstantError(f"{literal[:20]} (too large for a number)")
    return value


_JSON_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]')


def _check_depth(text: str, source: str) -> None:
    """Refuse nesting deeper than JSON_MAX_DEPTH, found in one linear pass (strings skipped)."""
    from reinstate.errors import FormatError

    depth = 0
    for token in _JSON_TOKENS.finditer(text):
        mark = token.group()
        if mark in "[{":
            depth += 1
            if depth > JSON_MAX_DEPTH:
                offset = token.start()
                raise FormatError(
                    f"is JSON nested more than {JSON_MAX_DEPTH} levels deep",
                    path=source,
                    line=text.count("\n", 0, offset) + 1,
                    column=offset - (text.rfind("\n", 0, offset) + 1) + 1,
                )
        elif mark in "]}":
            depth -= 1


def read_json(path: str | Path) -> Any:
    """The JSON value in `path`, read by `parse_json`."""
    return parse_json(read_text(path), display_name(path))


def expect_object(value: Any, source: str, field: str | None = None) -> dict[str, Any]:
    """`value` when it is a JSON object, else a FormatError naming `field`."""
    from reinstate.errors import FormatError

    if not isinstance(value, dict):
        raise FormatError(
            f"must be a JSON object, not {json_kind(value)}", path=source, field=field
        )
    return value


def json_kind(value: Any) -> str:
    """What a JSON value is, in words: `a list`, `a string`, `null`..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true or false"
    kinds = {dict: "an object", list: "a list", str: "a string", int: "a number", float: "a number"}
    return kinds.get(type(value), type(value).__name__)
