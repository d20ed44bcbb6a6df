"""What every evidence check receives: one document, what was read from it, the context."""

from __future__ import annotations

from dataclasses import dataclass, field

from reinstate.evidence._context import Context
from reinstate.evidence._measure import Measures
from reinstate.evidence._model import Document, Fields


@dataclass
class Subject:
    """One readable file under check.

    `covered` is the units per ASIN (folded) on all the invoices of the set, so that a
    check of one invoice can tell whether the set covers the sales.
    """

    document: Document
    kind: str
    fields: Fields
    context: Context
    measures: dict[int, Measures] = field(default_factory=dict)
    covered: dict[str, int] = field(default_factory=dict)
    screenshot: bool = False  # a PNG or JPEG of a screen, not a scan or photo of paper
