"""The exhibits of an appeal: which files the plan cites, in what order, for which issue.

A file's label is the citation it answers ("Exhibit 1", read by the reviewer's
``find_citations``); files the plan does not cite keep their own name and are reported.
An exhibit serves the notice's issues whose ASINs it shows (on the invoice, in its name,
or in the plan's paragraph that cites it); with one issue, every exhibit serves it.
"""

from __future__ import annotations

import re
from pathlib import Path

from reinstate.notice import Issue, Notice
from reinstate.packaging._markdown import Block
from reinstate.packaging._model import Exhibit
from reinstate.review import ExhibitFolder, find_citations

_ASIN = re.compile(r"\b(B0[0-9A-Z]{8}|\d{9}[0-9X])\b")


def notice_issues(notice: Notice) -> tuple[Issue, ...]:
    """The notice's issues, or one per violation when it lists none."""
    if notice.issues:
        return notice.issues
    kinds = notice.violation_kinds or ("other",)
    return tuple(
        Issue(f"I{number}", kind, notice.asins, "") for number, kind in enumerate(kinds, start=1)
    )


def _label_text(tokens: tuple[str, ...]) -> str:
    keyword, *rest = tokens
    return " ".join([keyword.capitalize(), *(part.upper() for part in rest)])


def _sort_key(label: str) -> tuple[str, int, str]:
    keyword, _, rest = label.partition(" ")
    number = int(rest) if rest.isdigit() else 10_000
    return (keyword, number, rest)


def _title(name: str, label: str) -> str:
    """What a file is, from its name without the label: 'Exhibit 1 - invoices.pdf'."""
    stem = Path(name).stem
    words = re.split(r"[\s_]+", stem)
    skip = (
        len(label.split())
        if _folded(" ".join(words[: len(label.split())])) == _folded(label)
        else 0
    )
    rest = " ".join(words[skip:]).strip(" -–—:._")
    return rest or stem


def _folded(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.lower())


def collect(poa_text: str, folder: ExhibitFolder) -> list[Exhibit]:
    """Every file of the folder as an exhibit: cited ones by label, then the others."""
    labels: dict[str, str] = {}
    for citation in find_citations(poa_text):
        label = _label_text(citation.label) if citation.label else None
        for name in folder.answer(citation):
            labels.setdefault(name, label or Path(name).stem)
    cited = sorted(labels, key=lambda name: (_sort_key(labels[name]), name))
    exhibits = [
        Exhibit(labels[name], _title(name, labels[name]), folder.path / name, cited=True)
        for name in cited
    ]
    for name in folder.files:
        if name not in labels:
            exhibits.append(Exhibit(Path(name).stem, Path(name).stem, folder.path / name, False))
    return exhibits


def _paragraph_asins(blocks: list[Block], label: str) -> set[str]:
    """ASINs named in the plan's blocks that cite `label`."""
    found: set[str] = set()
    cited = re.compile(r"\b" + r"\s+".join(map(re.escape, label.split())) + r"\b", re.I)
    for block in blocks:
        if cited.search(block.text):
            found |= set(_ASIN.findall(block.text))
    return found


def assign_issues(exhibits: list[Exhibit], issues: tuple[Issue, ...], blocks: list[Block]) -> None:
    """Set each exhibit's `asins` and the `issues` it serves."""
    for exhibit in exhibits:
        shown = set(_ASIN.findall(exhibit.source.name.upper()))
        if exhibit.report is not None:
            shown |= {
                ident.upper()
                for item in exhibit.report.fields.items
                for ident in item.identifiers
                if _ASIN.fullmatch(ident.upper())
            }
        if exhibit.cited:
            shown |= _paragraph_asins(blocks, exhibit.label)
        exhibit.asins = tuple(sorted(shown))
        matching = [issue.id for issue in issues if set(issue.asins) & shown]
        if not matching and len(issues) == 1:
            matching = [issues[0].id]
        exhibit.issues = tuple(matching)


def index_rows(
    exhibits: list[Exhibit], issues: tuple[Issue, ...]
) -> list[tuple[Issue | None, list[Exhibit]]]:
    """For each issue the exhibits serving it; last, those serving no single issue."""
    sent = [exhibit for exhibit in exhibits if exhibit.sent]
    rows: list[tuple[Issue | None, list[Exhibit]]] = [
        (issue, [e for e in sent if issue.id in e.issues]) for issue in issues
    ]
    general = [exhibit for exhibit in sent if not exhibit.issues]
    if general:
        rows.append((None, general))
    return rows
