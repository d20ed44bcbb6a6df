"""Reading Amazon's message for the seller: what was done, why, to which ASINs and orders,
what to send and by when.

    >>> notice = parse_notice("We have deactivated your Amazon selling account ...")
    >>> notice.message_type
    'deactivation'

`read_notice` reads a file (`.txt`, `.eml`, `.html`, or `-` for standard input);
`Notice.to_dict()` gives the public JSON shape documented in docs/notice.md,
`Notice.from_dict` reads it back (checked), `render_text` gives the text for people. The rules
are data: `reinstate/notice/data/*.toml`; `notice_rules()` lists them (`PhraseRule`, on the
shared shape `reinstate.findings.RuleShape`).
"""

from reinstate.notice._data import PhraseRule
from reinstate.notice._data import all_rules as notice_rules
from reinstate.notice._language import language_name
from reinstate.notice._model import (
    VERSION,
    Deadline,
    DocumentRequest,
    Issue,
    Notice,
    RightsOwner,
    Violation,
)
from reinstate.notice._parse import parse_notice, read_notice
from reinstate.notice._render import render_lines, render_text

__all__ = [
    "VERSION",
    "Deadline",
    "DocumentRequest",
    "Issue",
    "Notice",
    "PhraseRule",
    "RightsOwner",
    "Violation",
    "language_name",
    "notice_rules",
    "parse_notice",
    "read_notice",
    "render_lines",
    "render_text",
]
