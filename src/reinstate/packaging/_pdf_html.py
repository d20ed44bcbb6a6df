"""The packet's own pages as HTML for PyMuPDF's Story: the cover, the plan, the index.

Every text is escaped; the CSS uses only what MuPDF's layout engine supports.
"""

from __future__ import annotations

from html import escape

from reinstate.kb import violation_kinds
from reinstate.notice import Issue
from reinstate.packaging._exhibits import index_rows
from reinstate.packaging._markdown import Block, Span
from reinstate.packaging._model import Appeal, Exhibit

CSS = """
* { font-family: sans-serif; }
body { font-size: 10.5pt; line-height: 1.35; color: #1a1a1a; }
h1 { font-size: 19pt; margin: 0 0 6pt 0; color: #16325c; }
h2 { font-size: 13.5pt; margin: 14pt 0 4pt 0; color: #16325c; }
h3, h4, h5, h6 { font-size: 11.5pt; margin: 10pt 0 3pt 0; }
p { margin: 0 0 6pt 0; text-align: left; }
ul, ol { margin: 0 0 6pt 0; padding-left: 16pt; }
li { margin: 0 0 3pt 0; }
blockquote { margin: 0 0 6pt 14pt; color: #444; }
table { border-collapse: collapse; width: 100%; margin: 2pt 0 8pt 0; }
th { text-align: left; background-color: #e8edf4; font-size: 9.5pt; }
td { font-size: 9.5pt; vertical-align: top; }
th, td { border: 0.6pt solid #9aa7b8; padding: 3pt 4pt; }
.small { font-size: 9pt; color: #555; }
.pair { margin: 0 0 3pt 0; }
.verdict { font-weight: bold; }
.said { margin: 0 0 8pt 12pt; color: #444; font-style: italic; }
.warn { color: #a01010; font-weight: bold; }
"""
# the plan set a little tighter, tried when a few lines of it would spill onto a page
TIGHT_CSS = """
body { font-size: 10pt; line-height: 1.28; }
h2 { margin: 11pt 0 3pt 0; }
p { margin: 0 0 5pt 0; }
"""


def font_css(families: dict[str, str]) -> str:
    """@font-face rules for the font files (in the Story's archive) by weight and style."""
    rules = []
    for (weight, style), name in _faces(families).items():
        rules.append(
            f"@font-face {{ font-family: sans-serif; src: url({name}); "
            f"font-weight: {weight}; font-style: {style}; }}"
        )
    return "\n".join(rules)


def _faces(families: dict[str, str]) -> dict[tuple[str, str], str]:
    return {
        ("normal", "normal"): families["regular"],
        ("bold", "normal"): families["bold"],
        ("normal", "italic"): families["italic"],
        ("bold", "italic"): families["bold_italic"],
    }


def spans_html(spans: tuple[Span, ...]) -> str:
    parts = []
    for span in spans:
        text = escape(span.text).replace("\n", "<br/>")
        text = f"<i>{text}</i>" if span.italic else text
        parts.append(f"<b>{text}</b>" if span.bold else text)
    return "".join(parts)


def blocks_html(blocks: list[Block]) -> str:
    """The plan's blocks as HTML; list items of one run form one list, nested by depth."""
    out: list[str] = []
    open_lists: list[str] = []
    for block in blocks:
        tag = {"bullet": "ul", "number": "ol"}.get(block.kind)
        depth = block.level + 1 if tag else 0
        while len(open_lists) > depth or (
            open_lists and tag and len(open_lists) == depth and open_lists[-1] != tag
        ):
            out.append(f"</{open_lists.pop()}>")
        while tag and len(open_lists) < depth:
            open_lists.append(tag)
            start = f' start="{block.marker[:-1]}"' if tag == "ol" and block.marker else ""
            out.append(f"<{tag}{start}>")
        out.append(_block_html(block))
    out += [f"</{tag}>" for tag in reversed(open_lists)]
    return "\n".join(out)


def _block_html(block: Block) -> str:
    text = spans_html(block.spans)
    if block.kind == "heading":
        level = min(block.level, 6)
        return f"<h{level}>{text}</h{level}>"
    if block.kind in ("bullet", "number"):
        return f"<li>{text}</li>"
    if block.kind == "quote":
        return f"<blockquote>{text}</blockquote>"
    if block.kind == "rule":
        return ""
    return f"<p>{text}</p>"


def _title(kind: str) -> str:
    known = violation_kinds().get(kind)
    return known.title if known else kind


def _rows(pairs: list[tuple[str, str]]) -> str:
    """Label and value pairs, one line each (MuPDF sizes two-column tables poorly)."""
    return "".join(f'<p class="pair"><b>{escape(k)}:</b> {v}</p>' for k, v in pairs if v)


def cover_html(appeal: Appeal) -> str:
    """Cover page: the account, the notice in brief, its issues, the deadline, the exhibits.

    The cover goes to Amazon: the verdict and --force are for the seller, and are in the
    manifest and seller-central.txt, not here."""
    notice, account = appeal.notice, appeal.account
    who = [
        ("Account", escape(appeal.account_name or "not given")),
        ("Contact", escape(account.name if account and account.business_name else "")),
        ("Merchant token", escape(account.merchant_token if account else "")),
        ("Phone", escape(account.phone if account else "")),
        ("Email", escape(account.email if account else "")),
    ]
    deadline = notice.deadline
    due = ""
    if deadline:
        due = escape(deadline.text) + (f" (by {deadline.due.isoformat()})" if deadline.due else "")
    what = [
        ("Notice", escape(notice.message_type.replace("-", " "))),
        ("Received", notice.received.isoformat() if notice.received else "not stated"),
        ("Marketplace", escape(notice.marketplace or "")),
        (
            "Violations",
            escape("; ".join(_title(k) for k in notice.violation_kinds) or "none named"),
        ),
        ("ASINs", escape(", ".join(notice.asins))),
        ("Deadline", due or "not stated in the notice"),
    ]
    issues = "".join(_issue_row(issue) for issue in appeal.issues)
    return (
        f"<h1>Plan of Action</h1><p class='small'>Appeal packet prepared on "
        f"{appeal.prepared.isoformat()} with reinstate.</p>"
        f"<h2>Account</h2>{_rows(who)}<h2>Notice</h2>{_rows(what)}"
        f"<h2>Issues</h2>{issues}"
        f"<h2>Exhibits</h2>{_rows(_counts(appeal))}"
    )


def _issue_row(issue: Issue) -> str:
    """An issue: its id, violation and ASINs on one line, Amazon's words below (a block,
    not a table row: MuPDF gives a table's long column all the width)."""
    asins = ", ".join(issue.asins)
    label = "ASIN" if len(issue.asins) == 1 else "ASINs"
    head = f"<b>{escape(issue.id)}: {escape(_title(issue.kind))}</b>"
    head += f" ({label} {escape(asins)})" if asins else ""
    words = f'<p class="said">{escape(issue.text)}</p>' if issue.text else ""
    return f'<p class="pair">{head}</p>{words}'


def _counts(appeal: Appeal) -> list[tuple[str, str]]:
    sent = len(appeal.sent_exhibits)
    refused = len([e for e in appeal.exhibits if e.refused])
    return [
        ("Exhibits", f"{sent} attached" + (f", {refused} refused" if refused else "")),
    ]


def poa_html(appeal: Appeal) -> str:
    return blocks_html(appeal.blocks)


def _pages(start: int, count: int) -> str:
    return f"p. {start}" if count == 1 else f"pp. {start}-{start + count - 1}"


def index_html(appeal: Appeal, starts: dict[str, int]) -> str:
    """The exhibit index: each issue's exhibits with their packet pages, then all files."""

    def line(exhibit: Exhibit) -> str:
        where = _pages(starts[str(exhibit.source)], exhibit.pages)
        return f"{escape(exhibit.label)}: {escape(exhibit.title)} ({where})"

    rows = []
    for issue, exhibits in index_rows(appeal.exhibits, appeal.issues):
        name = f"{issue.id}: {_title(issue.kind)}" if issue else "The plan as a whole"
        listed = "<br/>".join(line(e) for e in exhibits) or '<span class="warn">no exhibit</span>'
        rows.append(f"<tr><td>{escape(name)}</td><td>{listed}</td></tr>")
    files = "".join(_file_row(e, starts) for e in appeal.exhibits)
    return (
        "<h1>Exhibit index</h1><h2>By issue</h2><table><tr><th>Issue</th><th>Exhibits</th></tr>"
        + "".join(rows)
        + "</table><h2>Files</h2><table><tr><th>Exhibit</th><th>File</th><th>Kind</th>"
        + "<th>Pages</th><th>Note</th></tr>"
        + files
        + "</table>"
    )


def _file_row(exhibit: Exhibit, starts: dict[str, int]) -> str:
    name = exhibit.file.name if exhibit.file else exhibit.source.name
    key = str(exhibit.source)
    pages = _pages(starts[key], exhibit.pages) if key in starts else "-"
    note = exhibit.refused and f'<span class="warn">not sent: {escape(exhibit.refused)}</span>'
    note = note or escape(exhibit.conversion or "")
    cells = [escape(exhibit.label), escape(name), escape(exhibit.kind), pages, note]
    return "<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>"
