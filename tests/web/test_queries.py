"""Pages cost a fixed number of queries, however many cases there are, and the dashboard's
per-organisation reading keeps the nearest deadlines first (benchmarks/bench_web.py times
them under load)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.test import Client
from django.urls import reverse

from reinstate.web import work
from reinstate.web.models import Case, Membership, Organisation, SellerAccount
from tests.web.conftest import Cast, make_case

# session, user, memberships: every signed-in page starts with these
PER_REQUEST = 3


def as_user(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def many_cases(cast: Cast, count: int) -> None:
    for n in range(count):
        make_case(cast.north, cast.alice, deadline=dt.date(2030, 1, 1) + dt.timedelta(days=n))


def test_the_dashboard_costs_the_same_queries_with_few_or_many_cases(
    cast: Cast, django_assert_num_queries: Any
) -> None:
    client = as_user(cast.alice)
    # one organisation's cases, their count, whether there is a seller to open a case for
    with django_assert_num_queries(PER_REQUEST + 3):
        client.get(reverse("dashboard"))
    many_cases(cast, 60)  # Acme now has 62 open cases
    with django_assert_num_queries(PER_REQUEST + 3):
        page = client.get(reverse("dashboard")).content.decode()
    assert "Cases 1–25 of 62 · page 1 of 3" in page


def test_the_dashboard_pages_through_open_cases_25_at_a_time_in_deadline_order(
    cast: Cast, django_assert_num_queries: Any
) -> None:
    Case.objects.update(deadline=None)  # the cast's own two cases: undated, so last
    many_cases(cast, 60)  # deadlines from 2030-01-01, a day apart
    client = as_user(cast.alice)
    with django_assert_num_queries(PER_REQUEST + 3):
        second = client.get(reverse("dashboard"), {"page": "2"}).content.decode()
    assert "Cases 26–50 of 62 · page 2 of 3" in second
    dates = [f"{(dt.date(2030, 1, 1) + dt.timedelta(days=n)):%-d %b %Y}" for n in range(60)]
    assert dates[24] not in second
    assert second.index(dates[25]) < second.index(dates[49])
    assert dates[50] not in second
    last = client.get(reverse("dashboard"), {"page": "3"}).content.decode()
    assert "Cases 51–62 of 62 · page 3 of 3" in last
    assert 'rel="next"' not in last
    for odd in ("0", "-1", "x", "99999"):
        assert "page 1 of 3" in client.get(reverse("dashboard"), {"page": odd}).content.decode()
    assert client.get(reverse("dashboard"), {"page": "9"})["Location"] == "/?page=3"


def test_a_clients_dashboard_reads_their_sellers_cases_in_one_query(
    cast: Cast, django_assert_num_queries: Any
) -> None:
    client = as_user(cast.charlie)
    with django_assert_num_queries(PER_REQUEST + 2):
        page = client.get(reverse("dashboard")).content.decode()
    assert "Northwind" in page


def test_the_case_page_costs_a_fixed_number_of_queries(
    cast: Cast, django_assert_num_queries: Any
) -> None:
    client = as_user(cast.alice)
    # the case, its counts of reports, evidence and attempts, the history
    with django_assert_num_queries(PER_REQUEST + 3):
        assert client.get(reverse("case", args=[cast.case.pk])).status_code == 200


def test_the_live_review_reuses_the_cases_review_context_while_typing(
    cast: Cast, django_assert_num_queries: Any
) -> None:
    client = as_user(cast.alice)
    url = reverse("live_review", args=[cast.case.pk])
    client.post(url, {"text": "We will ship faster."})
    # the case and its exhibit names; the notice and metrics come from the process's cache
    with django_assert_num_queries(PER_REQUEST + 2):
        assert client.post(url, {"text": "We will ship faster today."}).status_code == 200


def test_the_review_context_is_made_anew_when_the_case_changes(cast: Cast) -> None:
    first = work.review_context(cast.case)
    assert work.review_context(cast.case) is first
    cast.case.save()  # moves `updated`, as saving metrics does
    assert work.review_context(cast.case) is not first
    cast.case.evidence.create(name="Exhibit 9 - photo.png", size=1)
    assert work.review_context(cast.case).exhibits.files == ["Exhibit 9 - photo.png"]


def test_the_dashboard_merges_organisations_nearest_deadline_first(cast: Cast) -> None:
    other = Organisation.objects.create(name="Second Agency")
    Membership.objects.create(user=cast.alice, organisation=other, role="staff")
    seller = SellerAccount.objects.create(organisation=other, name="Eastwind")
    soon = dt.date.today() + dt.timedelta(days=2)
    for title, owner, deadline in [
        ("Eastwind soon", seller, soon),
        ("Eastwind undated", seller, None),
        ("North later", cast.north, soon + dt.timedelta(days=1)),
    ]:
        case = make_case(owner, cast.alice, deadline=deadline)
        case.title = title
        case.save()
    page = as_user(cast.alice).get(reverse("dashboard")).content.decode()
    assert page.index("Eastwind soon") < page.index("North later") < page.index("Eastwind undated")


def test_the_case_page_counts_the_cases_own_reports_evidence_and_attempts(cast: Cast) -> None:
    from reinstate.web.models import Attempt, PoaVersion, ReportFile
    from reinstate.web.views.cases import progress

    for n in range(3):
        cast.case.evidence.create(name=f"Exhibit {n}.pdf", size=1)
    ReportFile.objects.create(case=cast.case, name="orders.txt", size=1)
    cast.south_case.evidence.create(name="Other case.pdf", size=1)
    version = PoaVersion.objects.create(case=cast.case, number=1, text="x")
    Attempt.objects.create(case=cast.case, number=1, version=version)
    assert progress(cast.case) == {"report_count": 1, "evidence_count": 3, "attempt_count": 1}
    assert progress(cast.south_case) == {"report_count": 0, "evidence_count": 1, "attempt_count": 0}
    page = as_user(cast.alice).get(reverse("case", args=[cast.case.pk])).content.decode()
    assert "3 files" in page
