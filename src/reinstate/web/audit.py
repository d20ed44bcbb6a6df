"""The audit trail: one call per change. Details are names, ids and counts, never the text of
a notice or a plan."""

from __future__ import annotations

from typing import Any

from reinstate.web.models import AuditEvent, Case, Organisation


def record(
    actor: Any,
    action: str,
    *,
    case: Case | None = None,
    organisation: Organisation | None = None,
    **detail: Any,
) -> AuditEvent:
    """Record that `actor` did `action` (e.g. "case.created") with `detail`."""
    organisation_id = case.organisation_id if case is not None else organisation.pk  # type: ignore[union-attr]
    return AuditEvent.objects.create(
        organisation_id=organisation_id,
        case=case,
        actor=actor if getattr(actor, "is_authenticated", False) else None,
        action=action,
        detail=detail,
    )
