"""Evidence: check, read, highlight and redact the documents an appeal relies on.

``check_files`` reads PDFs and images (OCR for scans and photos), measures their quality,
reads invoice fields and checks them against Amazon's rules (``data/rules.toml``) and the
seller's notice, orders and account. ``highlight`` frames the key areas; ``redact``
removes prices, and only what is named. Pure: no CLI, no Django.
"""

from reinstate.evidence._check import CHECKS, check_file, check_files
from reinstate.evidence._context import Account, Context, make_context, read_account, read_orders
from reinstate.evidence._highlight import Mark, highlight
from reinstate.evidence._load import EDITABLE, READABLE_IMAGES, Unreadable, image_frames, sniff
from reinstate.evidence._measure import Measures, measure
from reinstate.evidence._model import Fields, FileReport, Finding, Item, Party, Report
from reinstate.evidence._redact import (
    Manifest,
    Removal,
    parse_region,
    redact,
    redact_with_manifest,
    write_manifest,
)
from reinstate.evidence._render import to_json, to_sarif, to_text
from reinstate.evidence._rules import Rule, load_rules

__all__ = [
    "CHECKS",
    "EDITABLE",
    "READABLE_IMAGES",
    "Account",
    "Context",
    "Fields",
    "FileReport",
    "Finding",
    "Item",
    "Manifest",
    "Mark",
    "Measures",
    "Party",
    "Removal",
    "Report",
    "Rule",
    "Unreadable",
    "check_file",
    "check_files",
    "highlight",
    "image_frames",
    "load_rules",
    "make_context",
    "measure",
    "parse_region",
    "read_account",
    "read_orders",
    "redact",
    "redact_with_manifest",
    "sniff",
    "to_json",
    "to_sarif",
    "to_text",
    "write_manifest",
]
