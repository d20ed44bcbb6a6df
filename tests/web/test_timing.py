"""Every response says how long the server took (Server-Timing), and the live review how much
of it was the reviewer and the template; nothing else about the request."""

from __future__ import annotations

import re

from django.test import Client
from django.urls import reverse

from tests.web.conftest import Cast


def timings(header: str) -> dict[str, float]:
    return {name: float(value) for name, value in re.findall(r"(\w+);dur=([0-9.]+)", header)}


def test_a_page_reports_its_app_and_database_time_and_query_count(cast: Cast) -> None:
    client = Client()
    client.force_login(cast.alice)
    response = client.get(reverse("dashboard"))
    header = response["Server-Timing"]
    spans = timings(header)
    assert spans["app"] >= spans["db"] >= 0
    assert spans["app"] >= spans["render"]
    assert re.search(r'db;dur=[0-9.]+;desc="6 queries"', header)


def test_the_live_review_reports_the_reviewer_and_the_template(cast: Cast) -> None:
    client = Client()
    client.force_login(cast.alice)
    url = reverse("live_review", args=[cast.case.pk])
    spans = timings(client.post(url, {"text": "We shipped late. We fixed it."})["Server-Timing"])
    assert spans["review"] > 0
    assert spans["app"] >= spans["review"] + spans["render"]
    # the same text again is answered from the review cache: no reviewer time
    again = timings(client.post(url, {"text": "We shipped late. We fixed it."})["Server-Timing"])
    assert "review" not in again


def test_the_login_page_is_timed_too() -> None:
    assert Client().get(reverse("login"))["Server-Timing"].startswith("app;dur=")
