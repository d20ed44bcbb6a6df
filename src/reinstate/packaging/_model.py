"""The plain values packaging is made of: exhibits, gate findings, the appeal, the result."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.evidence import Account, FileReport, Mark
from reinstate.notice import Issue, Notice
from reinstate.packaging._markdown import Block
from reinstate.review import Review

MIME_TYPES = {
    "pdf": "application/pdf",
    "png": "image/png",
    "jpeg": "image/jpeg",
    "gif": "image/gif",
}


@dataclass
class Exhibit:
    """One evidence file: how the plan names it, what is sent, and why it may not be.

    `source` is the seller's file; `file` the copy that is sent (converted, highlighted),
    or None when the file is refused (`refused` says why)."""

    label: str
    title: str
    source: Path
    cited: bool
    format: str = ""
    file: Path | None = None
    pages: int = 0
    kind: str = "other"
    conversion: str | None = None
    refused: str | None = None
    issues: tuple[str, ...] = ()
    asins: tuple[str, ...] = ()
    marks: tuple[Mark, ...] = ()
    report: FileReport | None = None

    @property
    def sent(self) -> bool:
        return self.file is not None and self.refused is None

    @property
    def mime_type(self) -> str:
        return MIME_TYPES.get(self.format, "application/octet-stream")


@dataclass(frozen=True)
class GateFinding:
    """A finding that decides whether the appeal may be sent: from the reviewer, the
    evidence check or packaging itself, with where it is (`poa.md:3:5`, a file name)."""

    source: str
    severity: str
    rule: str
    message: str
    where: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "severity": self.severity,
            "rule": self.rule,
            "message": self.message,
            "where": self.where,
        }

    def line(self) -> str:
        return f"{self.where}: {self.severity} {self.rule} {self.message}"


@dataclass
class Appeal:
    """Everything the outputs are drawn from, read and checked."""

    poa_path: Path
    poa_text: str
    blocks: list[Block]
    notice: Notice
    issues: tuple[Issue, ...]
    account: Account | None
    exhibits: list[Exhibit]
    review: Review
    findings: list[GateFinding] = field(default_factory=list)
    prepared: dt.date = field(default_factory=dt.date.today)

    @property
    def errors(self) -> list[GateFinding]:
        return [finding for finding in self.findings if finding.severity == "error"]

    @property
    def warnings(self) -> list[GateFinding]:
        return [finding for finding in self.findings if finding.severity == "warning"]

    @property
    def verdict(self) -> str:
        """`ready`, `ready-with-warnings` or `not-ready` (only packaged with --force)."""
        if self.errors:
            return "not-ready"
        return "ready-with-warnings" if self.warnings else "ready"

    @property
    def account_name(self) -> str:
        account = self.account
        return (account.business_name or account.name) if account else ""

    @property
    def sent_exhibits(self) -> list[Exhibit]:
        return [exhibit for exhibit in self.exhibits if exhibit.sent]


@dataclass
class Packaged:
    """The result of `package`: what was written where, or why nothing was."""

    appeal: Appeal
    out: Path
    written: bool
    forced: bool
    outputs: dict[str, Path] = field(default_factory=dict)
    manifest: dict[str, Any] = field(default_factory=dict)
