"""The golden path in a real browser: Debian's Chromium driven by Playwright, headless.

log in → paste a notice → upload reports → upload evidence → draft from the interview → edit
the plan and see a finding disappear live → package and download → mark submitted → paste Amazon's "more information" reply → second attempt
with its diff. Screenshots at laptop and phone widths go to tests/web/screenshots/.
"""

from __future__ import annotations

import datetime
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.web.conftest import PASSWORD

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip
SHOTS = Path(__file__).parent / "screenshots"
DEMO = Path(__file__).parent.parent.parent / "src" / "reinstate" / "web" / "demo"
WIDTHS = {"laptop": (1366, 900), "phone": (390, 844)}

pytestmark = pytest.mark.skipif(
    not Path(CHROMIUM).exists(), reason="Chromium is not installed: run scripts/system-deps"
)


@pytest.fixture
def browser() -> Iterator[Any]:
    # Playwright's sync API runs an event loop in this thread; the test's own ORM calls are
    # synchronous and safe.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield launched
        launched.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def team(transactional_db: Any, monkeypatch: Any) -> Any:
    from django.contrib.auth.models import User
    from django.db import connections

    # The live server keeps Chromium's connections alive between requests: each request
    # closes its database connection, so that PostgreSQL can drop the test database after.
    monkeypatch.setitem(connections.settings["default"], "CONN_MAX_AGE", 0)

    from reinstate.web.demo import DEMO_SELLER
    from reinstate.web.models import Membership, Organisation, SellerAccount

    organisation = Organisation.objects.create(name="Acme Appeals")
    SellerAccount.objects.create(organisation=organisation, **DEMO_SELLER)
    alice = User.objects.create_user("alice", password=PASSWORD)
    Membership.objects.create(user=alice, organisation=organisation, role="owner")
    return alice


def shot(page: Any, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def fill_interview(page: Any, notice_text: str) -> None:
    """Answer the draft interview with the playbooks' example answers, as a person types them."""
    from reinstate.draft import example_answers, interview_questions
    from reinstate.web.work import read_pasted

    questions = interview_questions(read_pasted(notice_text))
    for qid, value in example_answers(questions).items():
        kind = next(q.kind for q in questions if q.id == qid)
        if kind == "choice":
            page.select_option(f"#id_{qid}", str(value))
        elif kind == "list":
            page.fill(f"#id_{qid}", "\n".join(value))
        elif kind == "date":
            page.fill(f"#id_{qid}", value.isoformat())
        else:
            page.fill(f"#id_{qid}", str(value))


def test_the_golden_path(live_server: Any, team: Any, browser: Any, tmp_path: Path) -> None:
    # `team` before `browser`: its database work must happen before Playwright's event loop
    # starts, or Django gives it a connection of that loop's context that is never closed.
    from playwright.sync_api import expect

    from reinstate.demo import write_demo_data
    from reinstate.web.demo import demo_exhibits

    shutil.rmtree(SHOTS, ignore_errors=True)
    page = browser.new_page(viewport=dict(zip(("width", "height"), WIDTHS["laptop"], strict=True)))
    # On a loaded machine (2 cores shared with other jobs) a page or a live review can take
    # seconds: wait up to a minute for actions and for each expectation (Playwright's own
    # default for expect() is 5 s).
    page.set_default_timeout(60_000)
    expect.set_options(timeout=60_000)
    base = live_server.url

    page.goto(f"{base}/")
    shot(page, "laptop-01-login")
    page.fill("#id_username", "alice")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    expect(page.locator("h1")).to_have_text("Open cases")
    shot(page, "laptop-02-empty-dashboard")

    page.click("text=New case")
    page.fill("#id_notice_text", (DEMO / "notice.txt").read_text())
    page.fill("#id_received", datetime.date.today().isoformat())
    shot(page, "laptop-03-new-case")
    page.click("text=Read the notice and open the case")
    expect(page.locator(".facts")).to_contain_text("Late shipment rate")
    expect(page.locator(".facts")).to_contain_text("B0CXK7M2QD")
    expect(page.locator(".casehead .due")).to_contain_text("days left")
    case_url = page.url
    shot(page, "laptop-04-case")

    demo = write_demo_data(tmp_path / "reports", orders=600, seed=5)
    page.click(".tabs >> text=Data")
    page.set_input_files("#id_files", [str(p) for p in demo.paths.values()])
    page.click("text=Upload and compute")
    expect(page.locator("table.metrics")).to_contain_text("Late shipment rate")
    expect(page.locator(".charts img").first).to_be_visible()
    shot(page, "laptop-05-data")

    page.click(".tabs >> text=Evidence")
    page.set_input_files("#id_files", [str(p) for p in demo_exhibits(tmp_path / "exhibits")])
    page.click("text=Upload and check")
    expect(page.locator("article.evidence")).to_have_count(2)
    expect(page.locator("article.evidence").nth(1)).to_contain_text("quality.blurry")
    shot(page, "laptop-06-evidence")

    page.click(".tabs >> text=Draft")
    fill_interview(page, (DEMO / "notice.txt").read_text())
    shot(page, "laptop-07-draft-interview")
    page.click("text=Write the draft")
    expect(page.locator(".flash")).to_contain_text("Drafted from your answers")
    expect(page.locator("#plan-text")).to_contain_text("late shipment rate")
    expect(page.locator("#review-summary")).to_contain_text("words")
    shot(page, "laptop-08-drafted-and-reviewed")

    plan = (DEMO / "poa.md").read_text()
    page.fill("#plan-text", plan)
    blame = page.locator('#findings [data-rule="tone.blame"]')
    expect(blame).to_have_count(1)
    expect(page.locator("table.matrix")).to_contain_text("I1")
    shot(page, "laptop-09-plan-with-finding")
    page.fill("#plan-text", plan.replace("The carrier also delayed several pickups that week.", ""))
    expect(blame).to_have_count(0)
    shot(page, "laptop-10-plan-fixed-live")
    page.click("text=Save")
    expect(page.locator(".flash")).to_contain_text("Plan saved")

    page.click(".tabs >> text=Package")
    # the progress element shows while the build request runs (htmx's indicator), else hidden
    expect(page.locator("#packaging")).to_be_hidden()
    expect(page.locator("form[hx-indicator='#packaging']")).to_have_count(1)
    page.click("text=Build the package")
    # the demo's blurred photo stops the gate (the download itself: tests/web/test_package.py)
    expect(page.locator('#gate-findings [data-rule="quality.blurry"]')).to_be_visible()
    expect(page.locator("#packaging")).to_be_hidden()
    shot(page, "laptop-11-package-refused")

    page.goto(case_url)
    for label in ("Drafting", "In review", "Ready to submit"):
        page.click(f".buttons >> text={label}")
    page.click(".tabs >> text=Attempts")
    page.click("button:has-text('Mark as submitted')")
    expect(page.locator("article.attempt")).to_contain_text("Attempt 1")
    page.fill("#id_reply_text", (DEMO / "reply.txt").read_text())
    shot(page, "laptop-12-reply")
    page.click("text=Read the reply")
    expect(page.locator("article.attempt")).to_contain_text("Appeal more info")
    expect(page.locator(".casehead .state")).to_have_text("More info requested")

    page.goto(case_url)
    page.click(".buttons >> text=Drafting")
    page.click(".tabs >> text=Plan of action")
    expect(page.locator(".callout")).to_contain_text(
        "greater detail on the root cause", ignore_case=True
    )
    added = "- From 2 November 2026 the pickup is booked for 16:00 every weekday (Exhibit 2)."
    page.fill("#plan-text", page.input_value("#plan-text") + "\n" + added + "\n")
    page.click("text=Save")
    page.click(".tabs >> text=Attempts")
    expect(page.locator("#diff .d-add")).to_contain_text("16:00 every weekday")
    shot(page, "laptop-13-second-attempt-diff")

    phone = browser.new_page(viewport=dict(zip(("width", "height"), WIDTHS["phone"], strict=True)))
    phone.context.add_cookies(page.context.cookies())
    for name, path in [
        ("dashboard", "/"),
        ("case", ""),
        ("draft", "draft/"),
        ("plan", "plan/"),
        ("package", "package/"),
        ("attempts", "attempts/"),
        ("members", "/members/"),
    ]:
        phone.goto(f"{base}{path}" if path.startswith("/") else case_url + path)
        shot(phone, f"phone-{name}")

    # A busy agency: the dashboard pages through its open cases, 25 at a time.
    from reinstate.web.models import Case

    first = Case.objects.get()
    for n in range(30):
        first.pk = None
        first.title = f"Busy seller {n}: late shipment"
        first.deadline = datetime.date.today() + datetime.timedelta(days=n + 3)
        first.save()
    # Playwright's sync API runs this test in its own context, where Django keeps a connection
    # of its own: close it, or PostgreSQL cannot drop the test database at the end.
    from django.db import connections

    connections.close_all()
    page.goto(f"{base}/?page=2")
    expect(page.locator(".pager")).to_contain_text("Cases 26–31 of 31 · page 2 of 2")
    shot(page, "laptop-14-dashboard-page-2")
    page.click("text=Nearer deadlines")
    expect(page.locator("table.cases tbody tr")).to_have_count(25)
    phone.goto(f"{base}/")
    shot(phone, "phone-dashboard-busy")
