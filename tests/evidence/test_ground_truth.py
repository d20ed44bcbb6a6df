"""On the generated fixtures every degradation is flagged and no clean document is."""

from __future__ import annotations

import pytest

from reinstate.evidence.fixtures import FixtureSet
from reinstate.evidence.fixtures._generate import DEGRADED
from reinstate.evidence.fixtures._real import MILD, PHOTOGRAPHED, SCANNED, real_invoices

# the eight supplier layouts without ASINs, their scans and photos, and mild degradations
REAL_CLEAN = [
    *(f"layout-{doc.layout}.pdf" for doc in real_invoices()),
    *(f"layout-{name}-scan.png" for name in SCANNED if name != "grid-meta"),
    "layout-grid-meta-scan.pdf",
    *(f"layout-{name}-photo.jpg" for name in PHOTOGRAPHED),
    *(f"mild-{how}.jpg" for how, _ in MILD),
]

CLEAN = [
    "invoice-classic.pdf",
    "invoice-classic-scan.png",
    "invoice-distributor.pdf",
    "invoice-distributor-scan.jpg",
    "invoice-compact.pdf",
    "invoice-compact-scan.gif",
    "invoice-wholesale.pdf",
    "invoice-wholesale-phone-scan.jpg",
    "invoice-scanned.pdf",
    "invoice-with-terms.pdf",
    "invoice-scan-shadow.png",
    "invoice-distributor-300dpi.png",
    "invoice-slightly-soft.png",
    "utility-bill.pdf",
    "product-photo.jpg",
    "invoice-ungating.pdf",
    "invoice-balance-zero.pdf",
    "seller-central-screenshot.png",
    *REAL_CLEAN,
]


def test_the_clean_list_is_every_clean_fixture(fixtures: FixtureSet) -> None:
    assert sorted(CLEAN) == sorted(f.name for f in fixtures.fixtures.values() if f.clean)


@pytest.mark.parametrize("name", CLEAN)
def test_a_clean_document_has_no_finding_and_is_ready(name, reports) -> None:
    report = reports[name]
    assert report.findings == []
    assert report.ready


DEGRADED_NAMES = [f[0] for f in DEGRADED] + [
    "product-photo-blurred.jpg",
    "invoice-photo-corner-cut.jpg",
]


@pytest.mark.parametrize("name", DEGRADED_NAMES)
def test_a_degraded_image_is_flagged_for_its_degradation(name, fixtures, reports) -> None:
    expected = fixtures[name].expect
    assert set(expected) <= reports.rules(name)
    assert not reports[name].ready


def test_every_expected_finding_of_every_fixture_is_reported(fixtures, reports) -> None:
    missed = {
        f.name: sorted(set(f.expect) - reports.rules(f.name))
        for f in fixtures.fixtures.values()
        if set(f.expect) - reports.rules(f.name)
    }
    assert missed == {}


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("invoice-classic.pdf", "invoice"),
        ("invoice-distributor-scan.jpg", "invoice"),
        ("utility-bill.pdf", "utility-bill"),
        ("product-photo.jpg", "photo"),
        ("blank-page.png", "other"),
        ("seller-central-screenshot.png", "screenshot"),
        ("utility-bill-screenshot.jpg", "utility-bill"),
    ],
)
def test_each_document_is_given_its_kind(name, kind, reports) -> None:
    assert reports[name].kind == kind


def test_a_protected_or_broken_file_is_a_finding_not_a_crash(reports) -> None:
    for name in ("invoice-encrypted.pdf", "invoice-corrupt.pdf", "invoice.docx"):
        assert reports[name].pages == 0
        assert not reports[name].ready
