"""The case's state machine: moves as data, who may make them, every move recorded."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from reinstate.web.models import AuditEvent, Transition
from reinstate.web.states import OPEN_STATES, STATES, TRANSITIONS, allowed, next_states
from tests.web.conftest import Cast


def test_every_move_joins_two_known_states() -> None:
    for source, target in TRANSITIONS:
        assert source in STATES
        assert target in STATES


def test_every_state_but_closed_has_a_way_out_and_every_state_is_reachable() -> None:
    sources = {source for source, _ in TRANSITIONS}
    targets = {target for _, target in TRANSITIONS}
    assert set(STATES) - sources == {"closed"}
    assert set(STATES) - targets == {"new"}


@pytest.mark.parametrize(
    ("source", "target", "role", "expected"),
    [
        ("new", "drafting", "staff", True),
        ("new", "submitted", "owner", False),
        ("drafting", "ready", "owner", False),
        ("client_approval", "ready", "client", True),
        ("client_approval", "drafting", "client", True),
        ("review", "client_approval", "client", False),
        ("ready", "submitted", "client", False),
        ("closed", "drafting", "owner", False),
    ],
)
def test_moves_are_allowed_by_state_and_role(
    source: str, target: str, role: str, expected: bool
) -> None:
    assert allowed(source, target, role) is expected


def test_the_reply_moves_are_not_offered_as_plain_buttons() -> None:
    assert next_states("submitted", "owner") == []
    assert "submitted" not in next_states("ready", "owner")


def test_closed_and_reinstated_cases_are_not_open() -> None:
    assert "closed" not in OPEN_STATES
    assert "reinstated" not in OPEN_STATES


def test_a_move_is_recorded_with_who_and_when(cast: Cast) -> None:
    client = Client()
    client.force_login(cast.bob)
    client.post(reverse("change_state", args=[cast.case.pk]), {"state": "drafting"})
    cast.case.refresh_from_db()
    assert cast.case.state == "drafting"
    move = Transition.objects.get(case=cast.case)
    assert (move.source, move.target, move.by) == ("new", "drafting", cast.bob)
    event = AuditEvent.objects.get(case=cast.case, action="case.state")
    assert event.actor == cast.bob
    assert event.detail == {"source": "new", "target": "drafting"}


def test_a_move_the_machine_forbids_changes_nothing(cast: Cast) -> None:
    client = Client()
    client.force_login(cast.alice)
    client.post(reverse("change_state", args=[cast.case.pk]), {"state": "reinstated"})
    cast.case.refresh_from_db()
    assert cast.case.state == "new"
    assert not Transition.objects.filter(case=cast.case).exists()


def test_the_client_approves_a_plan_awaiting_approval(cast: Cast) -> None:
    cast.case.state = "client_approval"
    cast.case.save()
    client = Client()
    client.force_login(cast.charlie)
    client.post(reverse("change_state", args=[cast.case.pk]), {"state": "ready"})
    cast.case.refresh_from_db()
    assert cast.case.state == "ready"


def test_the_client_cannot_move_a_case_in_drafting(cast: Cast) -> None:
    cast.case.state = "drafting"
    cast.case.save()
    client = Client()
    client.force_login(cast.charlie)
    client.post(reverse("change_state", args=[cast.case.pk]), {"state": "review"})
    cast.case.refresh_from_db()
    assert cast.case.state == "drafting"
