"""The one error hierarchy of reinstate.

Every error that bad input can cause is a ``ReinstateError``. Each says what was wrong,
where (file, line, column or field) and, where it helps, what to do. The CLI prints the
sentence and exits with code 2; it never shows a traceback for these.

    ReinstateError
    ├── InputError          a file or value given by the user is unreadable or invalid
    │   └── FormatError     the file was read but its content is not of the expected shape
    └── ConfigError         a configuration file or setting is invalid
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class ReinstateError(Exception):
    """Base of every error reinstate raises on purpose."""

    message: str
    path: str | None = None
    line: int | None = None
    column: int | None = None
    field: str | None = None
    hint: str | None = None

    def __post_init__(self) -> None:
        super().__init__(self.message)

    def __str__(self) -> str:
        return self.sentence()

    def location(self) -> str:
        """Where the problem is, as `file, line 3, column 5, field "x"`."""
        parts = []
        if self.path:
            parts.append(self.path)
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.column is not None:
            parts.append(f"column {self.column}")
        if self.field:
            parts.append(f'field "{self.field}"')
        return ", ".join(parts)

    def sentence(self) -> str:
        """The whole message, ready to show a person."""
        where = self.location()
        text = f"{where}: {self.message}" if where else self.message
        if not text.endswith((".", "?", "!")):
            text += "."
        if self.hint:
            text += f" {self.hint}"
        return text


class InputError(ReinstateError):
    """A file or value given by the user cannot be read or is invalid."""


class FormatError(InputError):
    """A file was read but its content is not of the expected shape."""


class ConfigError(ReinstateError):
    """A configuration file or setting is invalid."""
