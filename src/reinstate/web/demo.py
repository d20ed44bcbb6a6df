"""The demo case of `reinstate serve --demo`: a synthetic late-shipment deactivation with the
seller's report files (reinstate.demo), evidence (reinstate.evidence.fixtures) and a draft plan
with deliberate mistakes (examples/late-shipment/poa.md). Everything is generated and seeded."""

from __future__ import annotations

import datetime as dt
import tempfile
from importlib.resources import files
from pathlib import Path
from typing import Any

from django.core.files import File
from django.db import transaction

from reinstate.demo import write_demo_data
from reinstate.web import audit, jobs, work
from reinstate.web.models import Case, EvidenceFile, Organisation, ReportFile, SellerAccount

DEMO_SELLER = {
    "name": "Harbor Lane Goods",
    "business_name": "Harbor Lane Goods LLC",
    "address": "418 Pine Street, Suite 5\nPortland, OR 97205",
    "phone": "(503) 555-0110",
    "email": "ops@harborlane.example",
    "marketplaces": "US",
}
DEMO_ORDERS = 3000
DEMO_ASIN = "B0CXK7M2QD"  # the ASIN of demo/notice.txt


def demo_text(name: str) -> str:
    return files("reinstate.web").joinpath("demo", name).read_text(encoding="utf-8")


def load_demo(organisation: Organisation, user: Any) -> Case:
    """Create the demo case in `organisation`, as `user`; returns it."""
    seller, _ = SellerAccount.objects.get_or_create(
        organisation=organisation, name=DEMO_SELLER["name"], defaults=DEMO_SELLER
    )
    notice = work.read_pasted(demo_text("notice.txt"), received=dt.date.today())
    with transaction.atomic():
        case = Case.objects.create(
            organisation=organisation,
            seller=seller,
            title=work.case_title(notice, seller.name),
            notice_text=demo_text("notice.txt"),
            state="drafting",
            poa_text=demo_text("poa.md"),
            created_by=user,
            **work.case_fields(notice),
        )
        audit.record(user, "case.created", case=case, message_type=case.message_type, demo=True)
    with tempfile.TemporaryDirectory(prefix="reinstate-demo-") as folder:
        _add_reports(case, user, Path(folder) / "reports")
        _add_evidence(case, user, Path(folder) / "evidence")
    return case


def _add_reports(case: Case, user: Any, folder: Path) -> None:
    demo = write_demo_data(folder, orders=DEMO_ORDERS, seed=7)
    for path in demo.paths.values():
        _store(ReportFile(case=case, uploaded_by=user), path, f"reports/{case.pk}/{path.name}")
    job = jobs.start_metrics(case)
    audit.record(user, "reports.uploaded", case=case, files=len(demo.paths), job=job.status)


def _add_evidence(case: Case, user: Any, folder: Path) -> None:
    for path in demo_exhibits(folder):
        item = EvidenceFile.objects.create(case=case, name=path.name, size=0, uploaded_by=user)
        _store(item, path, f"evidence/{case.pk}/{item.pk}/{path.name}")
        work.check_evidence(case, item)
        audit.record(user, "evidence.uploaded", case=case, file=item.pk, ready=item.ready)


def _store(item: ReportFile | EvidenceFile, path: Path, name: str) -> None:
    item.name = path.name
    item.size = path.stat().st_size
    with path.open("rb") as handle:
        item.file.save(name, File(handle), save=False)
    if isinstance(item, ReportFile):
        item.kind = work.report_kind(item.file.path)
    item.save()


def demo_exhibits(folder: Path) -> list[Path]:
    """Exhibit 1 (a clean supplier invoice PDF for the notice's ASIN) and Exhibit 2 (a blurred
    photo, which the evidence check must refuse); the plan also cites Exhibits 3 and 4."""
    import dataclasses

    import numpy as np
    from PIL import Image, ImageFilter

    from reinstate.evidence.fixtures import CLEAN_INVOICES, draw_invoice, render_scan

    folder.mkdir(parents=True, exist_ok=True)
    invoice = folder / "Exhibit 1 - supplier invoice.pdf"
    template = CLEAN_INVOICES[0]
    trellis = dataclasses.replace(
        template.lines[0], description="Garden Trellis 6ft", asin=DEMO_ASIN, quantity=180
    )
    pdf = draw_invoice(dataclasses.replace(template, lines=(trellis, *template.lines[1:])))
    pdf.save(invoice)
    pixels = render_scan(pdf, np.random.default_rng(7))
    pdf.close()
    photo = folder / "Exhibit 2 - parcel pickup agreement.png"
    Image.fromarray(pixels).filter(ImageFilter.GaussianBlur(4)).save(photo)
    return [invoice, photo]
