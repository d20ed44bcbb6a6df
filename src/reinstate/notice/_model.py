"""The values a notice reads into, and their public JSON shape (version 1).

The shape is documented in docs/notice.md and is a public interface: `reinstate check
--notice` accepts it. Add fields only with a new version; never rename one.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from typing import Any

VERSION = 1


@dataclass(frozen=True)
class Violation:
    """Why Amazon acted: a violation slug, how sure, and the words that decided it."""

    kind: str
    confidence: float
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "confidence": self.confidence, "evidence": self.evidence}


@dataclass(frozen=True)
class Deadline:
    """The window to respond ("17 days", "72 hours") and the day it ends, when known."""

    text: str
    days: int | None = None
    hours: int | None = None
    due: datetime.date | None = None

    def to_dict(self) -> dict[str, Any]:
        due = self.due.isoformat() if self.due else None
        return {"text": self.text, "days": self.days, "hours": self.hours, "due": due}


@dataclass(frozen=True)
class DocumentRequest:
    """A document Amazon asks for, how recent it must be, and the sentence asking."""

    kind: str
    window_days: int | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "window_days": self.window_days, "text": self.text}


@dataclass(frozen=True)
class Issue:
    """One thing the Plan of Action must answer: a violation and its ASINs."""

    id: str
    kind: str
    asins: tuple[str, ...]
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "kind": self.kind, "asins": list(self.asins), "text": self.text}


@dataclass(frozen=True)
class RightsOwner:
    """Who complained, for intellectual-property notices."""

    name: str | None = None
    email: str | None = None
    complaint_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "email": self.email, "complaint_id": self.complaint_id}


@dataclass(frozen=True)
class Notice:
    """Everything read from one message from Amazon.

    `source` names where it came from and `type_evidence` holds the words that decided
    the message type (empty when none did and the type is a guess); neither is part of
    the JSON shape.
    """

    message_type: str
    violations: tuple[Violation, ...] = ()
    asins: tuple[str, ...] = ()
    order_ids: tuple[str, ...] = ()
    skus: tuple[str, ...] = ()
    brands: tuple[str, ...] = ()
    received: datetime.date | None = None
    deadline: Deadline | None = None
    documents: tuple[DocumentRequest, ...] = ()
    issues: tuple[Issue, ...] = ()
    marketplace: str | None = None
    policy_links: tuple[str, ...] = ()
    rights_owner: RightsOwner | None = None
    requests: tuple[str, ...] = ()
    language: str = "en"
    source: str = field(default="<text>", compare=False)
    type_evidence: str = field(default="", compare=False)

    @property
    def violation_kinds(self) -> tuple[str, ...]:
        """The violation slugs, in the order the notice gives them."""
        return tuple(violation.kind for violation in self.violations)

    def to_dict(self) -> dict[str, Any]:
        """The public JSON shape, version 1."""
        return {
            "version": VERSION,
            "message_type": self.message_type,
            "violations": [violation.to_dict() for violation in self.violations],
            "asins": list(self.asins),
            "order_ids": list(self.order_ids),
            "skus": list(self.skus),
            "brands": list(self.brands),
            "received": self.received.isoformat() if self.received else None,
            "deadline": self.deadline.to_dict() if self.deadline else None,
            "documents": [document.to_dict() for document in self.documents],
            "issues": [issue.to_dict() for issue in self.issues],
            "marketplace": self.marketplace,
            "policy_links": list(self.policy_links),
            "rights_owner": self.rights_owner.to_dict() if self.rights_owner else None,
            "requests": list(self.requests),
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<json>") -> Notice:
        """A notice from its JSON shape (version 1), every value checked: the one reader
        of notice JSON. A `FormatError` names the first bad field and what it must be."""
        from reinstate.notice._json import notice_from_dict

        return notice_from_dict(data, source)
