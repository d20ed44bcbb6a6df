"""The web tests' cast, like healthchecks' Alice, Bob and Charlie.

Acme Appeals (an agency) has two client sellers, Northwind and Southwind:
    alice   owner of Acme
    bob     staff of Acme
    charlie client of Acme, linked to Northwind only (Southwind's cases are not his)
Elsewhere Ltd (another agency) has its own seller and case:
    dave    owner of Elsewhere: an outsider to everything of Acme

The database is SQLite, or PostgreSQL when DATABASE_URL is set (scripts/test does both).
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reinstate.web.settings")
os.environ["REINSTATE_DATA_DIR"] = tempfile.mkdtemp(prefix="reinstate-web-test-")

import django
import pytest

django.setup()

ROOT = Path(__file__).parent.parent.parent
NOTICES = ROOT / "tests" / "corpus" / "notices"
PASSWORD = "correct horse battery staple"


@dataclass
class Cast:
    alice: Any
    bob: Any
    charlie: Any
    dave: Any
    acme: Any
    north: Any
    south: Any
    case: Any  # Northwind's case: charlie's
    south_case: Any  # Southwind's case: not charlie's
    dave_case: Any


def make_case(
    seller: Any, user: Any, notice: str = "05-deactivation-odr.txt", **fields: Any
) -> Any:
    from reinstate.web import work
    from reinstate.web.models import Case

    text = (NOTICES / notice).read_text()
    parsed = work.read_pasted(text)
    return Case.objects.create(
        organisation=seller.organisation,
        seller=seller,
        title=work.case_title(parsed, seller.name),
        notice_text=text,
        created_by=user,
        **{**work.case_fields(parsed), **fields},
    )


@pytest.fixture(autouse=True)
def fast_passwords(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def cast(db: Any) -> Cast:
    from django.contrib.auth.models import User

    from reinstate.web.models import Membership, Organisation, SellerAccount

    def user(name: str) -> Any:
        return User.objects.create_user(name, password=PASSWORD)

    acme = Organisation.objects.create(name="Acme Appeals", kind="agency")
    elsewhere = Organisation.objects.create(name="Elsewhere Ltd", kind="agency")
    north = SellerAccount.objects.create(organisation=acme, name="Northwind")
    south = SellerAccount.objects.create(organisation=acme, name="Southwind")
    far = SellerAccount.objects.create(organisation=elsewhere, name="Faraway")
    alice, bob, charlie, dave = (user(n) for n in ("alice", "bob", "charlie", "dave"))
    Membership.objects.create(user=alice, organisation=acme, role="owner")
    Membership.objects.create(user=bob, organisation=acme, role="staff")
    Membership.objects.create(user=charlie, organisation=acme, role="client").seller_accounts.add(
        north
    )
    Membership.objects.create(user=dave, organisation=elsewhere, role="owner")
    return Cast(
        alice=alice,
        bob=bob,
        charlie=charlie,
        dave=dave,
        acme=acme,
        north=north,
        south=south,
        case=make_case(north, alice, poa_text="We will try to ship faster."),
        south_case=make_case(south, alice),
        dave_case=make_case(far, dave),
    )


@pytest.fixture
def invoice_pdf(tmp_path: Path) -> Path:
    """A clean supplier invoice with a text layer (checked without OCR: fast)."""
    from reinstate.evidence.fixtures import CLEAN_INVOICES, draw_invoice

    path = tmp_path / "Exhibit 1 - invoice.pdf"
    pdf = draw_invoice(CLEAN_INVOICES[0])
    pdf.save(path)
    pdf.close()
    return path
