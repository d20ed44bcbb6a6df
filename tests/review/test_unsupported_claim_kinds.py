"""A document the plan proves once needs no second citation (held-out round 5's strong plan
04 got `evidence.unsupported-claim` on "Declaration of Conformity" and "test reports" that its
exhibits list holds under other names)."""

from __future__ import annotations

from reinstate.review import ExhibitFolder, ReviewContext, review_text

ROOT = (
    "Root cause\n\n"
    "In May we uploaded the certificate of conformity for the older kettle model to the "
    "listing.\n\n"
)


def _claims(text: str, files: list[str] | None = None) -> list[str]:
    ctx = ReviewContext(exhibits=ExhibitFolder.of_names(files) if files is not None else None)
    findings = review_text(text, ctx).findings
    return [f.location.excerpt for f in findings if f.rule == "evidence.unsupported-claim"]


def test_a_document_named_in_the_evidence_folder_needs_no_second_citation() -> None:
    files = ["Exhibit 1 - certificate of conformity KT-9.pdf"]
    assert _claims(ROOT + "Actions\n\nThe new file is Exhibit 1.\n", files) == []


def test_a_document_cited_elsewhere_in_the_plan_needs_no_second_citation() -> None:
    text = ROOT + "Actions\n\nWe issued a new certificate of conformity for KT-9 (Exhibit 1).\n"
    assert _claims(text) == []


def test_a_document_the_plan_never_proves_is_still_an_unsupported_claim() -> None:
    files = ["Exhibit 1 - label photos KT-9.pdf"]
    text = ROOT + "Actions\n\nThe new label photos are Exhibit 1.\n"
    assert _claims(text, files) == ["certificate of conformity"]
