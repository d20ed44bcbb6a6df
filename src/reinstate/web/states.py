"""The life of a case, as data: its states, the moves between them and who may make each.

    new → drafting → review → client approval → ready → submitted
        → more info requested / denied / reinstated → closed

A reply from Amazon moves a submitted case by its message type (``REPLY_STATES``).
"""

from __future__ import annotations

STATES: dict[str, str] = {
    "new": "New",
    "drafting": "Drafting",
    "review": "In review",
    "client_approval": "Client approval",
    "ready": "Ready to submit",
    "submitted": "Submitted",
    "more_info": "More info requested",
    "denied": "Denied",
    "reinstated": "Reinstated",
    "closed": "Closed",
}

# (from, to) -> roles allowed to make the move. Clients approve or send back; nothing else.
TEAM = frozenset({"owner", "staff"})
TRANSITIONS: dict[tuple[str, str], frozenset[str]] = {
    ("new", "drafting"): TEAM,
    ("drafting", "review"): TEAM,
    ("review", "drafting"): TEAM,
    ("review", "client_approval"): TEAM,
    ("review", "ready"): TEAM,
    ("client_approval", "ready"): TEAM | {"client"},
    ("client_approval", "drafting"): TEAM | {"client"},
    ("ready", "drafting"): TEAM,
    ("ready", "submitted"): TEAM,
    ("submitted", "more_info"): TEAM,
    ("submitted", "denied"): TEAM,
    ("submitted", "reinstated"): TEAM,
    ("more_info", "drafting"): TEAM,
    ("denied", "drafting"): TEAM,
    ("denied", "closed"): TEAM,
    ("reinstated", "closed"): TEAM,
}
# Moves made by their own forms, not by the plain state buttons.
FORM_ONLY = frozenset({"submitted", "more_info", "denied", "reinstated"})
OPEN_STATES = tuple(state for state in STATES if state not in {"closed", "reinstated"})
# The notice intake's message types of Amazon's replies to an appeal, and where they lead.
REPLY_STATES = {
    "appeal-more-info": "more_info",
    "appeal-denied": "denied",
    "reinstated": "reinstated",
}


def allowed(current: str, target: str, role: str) -> bool:
    """Whether a member of `role` may move a case from `current` to `target`."""
    return role in TRANSITIONS.get((current, target), frozenset())


def next_states(current: str, role: str) -> list[str]:
    """The states a member of `role` may move the case to with the state buttons."""
    return [
        target
        for (source, target), roles in TRANSITIONS.items()
        if source == current and role in roles and target not in FORM_ONLY
    ]
