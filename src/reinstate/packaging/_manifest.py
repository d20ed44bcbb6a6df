"""manifest.json: what was packaged, with sizes and SHA-256, the verdict, and --force.

The shape is documented in docs/packaging.md (version 1). Paths are relative to the
output folder; the seller's own files are named, never copied into the manifest.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from importlib.metadata import version
from pathlib import Path
from typing import Any

from reinstate.packaging._model import Appeal, Exhibit

VERSION = 1


def file_facts(path: Path, root: Path | None = None) -> dict[str, Any]:
    """Name (relative to `root`), size in bytes and SHA-256 of a file."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    name = path.relative_to(root).as_posix() if root else path.name
    return {"name": name, "size": path.stat().st_size, "sha256": digest.hexdigest()}


def _exhibit(exhibit: Exhibit, root: Path) -> dict[str, Any]:
    source = file_facts(exhibit.source)
    sent = file_facts(exhibit.file, root) if exhibit.sent and exhibit.file else None
    return {
        "label": exhibit.label,
        "title": exhibit.title,
        "cited": exhibit.cited,
        "source": source,
        "file": sent,
        "format": exhibit.format,
        "mime_type": exhibit.mime_type if sent else None,
        "kind": exhibit.kind,
        "pages": exhibit.pages,
        "issues": list(exhibit.issues),
        "asins": list(exhibit.asins),
        "highlights": len(exhibit.marks),
        "conversion": exhibit.conversion,
        "refused": exhibit.refused,
        "ready": exhibit.report.ready if exhibit.report else False,
    }


def _notice(appeal: Appeal) -> dict[str, Any]:
    notice = appeal.notice
    return {
        "message_type": notice.message_type,
        "violations": list(notice.violation_kinds),
        "received": notice.received.isoformat() if notice.received else None,
        "deadline": notice.deadline.to_dict() if notice.deadline else None,
        "issues": [issue.id for issue in appeal.issues],
    }


def build_manifest(appeal: Appeal, root: Path, outputs: list[Path], forced: bool) -> dict[str, Any]:
    """The manifest of a package written into `root`."""
    summary = appeal.review.to_dict()["summary"]
    return {
        "version": VERSION,
        "created": dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat(),
        "reinstate": version("reinstate"),
        "forced": forced,
        "readiness": {
            "verdict": appeal.verdict,
            "errors": len(appeal.errors),
            "warnings": len(appeal.warnings),
            "findings": [finding.to_dict() for finding in appeal.findings],
            "not_checked": [item.to_dict() for item in appeal.review.skipped],
        },
        "review": {"file": appeal.review.file, "words": appeal.review.words, **summary},
        "notice": _notice(appeal),
        "account": appeal.account_name or None,
        "outputs": [file_facts(path, root) for path in outputs],
        "exhibits": [_exhibit(exhibit, root) for exhibit in appeal.exhibits],
    }
