"""The exhibit list: the evidence a case calls for, numbered as the reviewer reads it.

A plan cites ``Exhibit N``; a file in the evidence folder answers it when its name begins
with the label (``Exhibit 2 - supplier invoices.pdf``), or when the plan cites the file's
full name (docs/review.md, Exhibits). Without a folder the list is a plan of the files to
gather, each with the name that will answer its citation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reinstate.kb import Evidence, document_kinds, playbook
from reinstate.notice import Notice

_LABELLED = re.compile(r"^exhibit[\s_-]*(\d{1,3}[a-z]?)(?![0-9])", re.I)
_WORDS = re.compile(r"[a-z]+")
SKIPPED_REQUESTS = {"plan-of-action", "other"}


@dataclass(frozen=True)
class Exhibit:
    """One exhibit: how the plan cites it, what it shows, and its file.

    `present` is false for an exhibit still to gather (no evidence folder was given)."""

    citation: str
    kind: str
    title: str
    file: str
    present: bool

    def to_dict(self) -> dict[str, object]:
        return {
            "citation": self.citation,
            "kind": self.kind,
            "title": self.title,
            "file": self.file,
            "present": self.present,
        }


def evidence_slots(kinds: tuple[str, ...], notice: Notice) -> list[Evidence]:
    """What the case needs: each playbook's evidence, then documents the notice asks for."""
    slots: list[Evidence] = []
    for kind in kinds:
        for item in playbook(kind).evidence:
            if item not in slots:
                slots.append(item)
    titles = document_kinds()
    for request in notice.documents:
        if request.kind in SKIPPED_REQUESTS or any(s.kind == request.kind for s in slots):
            continue
        window = f" dated within the last {request.window_days} days" if request.window_days else ""
        slots.append(Evidence(request.kind, titles[request.kind].title.lower() + window))
    return slots


def _short(title: str) -> str:
    """The head of an exhibit title, for a file name: "late shipment report with ..." ->
    "late shipment report"."""
    head = re.split(r",| (?:with|showing|from|beside|for|dated) ", title)[0]
    return " ".join(head.split()[:7])


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.lower()))


def _match(slot: Evidence, names: list[str]) -> str | None:
    """The file whose name shares the most words with the slot's kind and title."""
    cues = set()
    for phrase in document_kinds()[slot.kind].mentioned_by:
        cues |= _words(phrase)
    cues |= _words(slot.title) - {"the", "of", "and", "for", "with", "from", "a", "our"}
    scored = [(len(cues & _words(name)), name) for name in names]
    best = max(scored, default=(0, ""), key=lambda pair: pair[0])
    return best[1] if best[0] else None


def plan_exhibits(kinds: tuple[str, ...], notice: Notice, files: tuple[str, ...]) -> list[Exhibit]:
    """The exhibit list: from the files of the evidence folder, or planned when none."""
    slots = evidence_slots(kinds, notice)
    if not files:
        return [
            Exhibit(f"Exhibit {n}", s.kind, s.title, f"Exhibit {n} - {_short(s.title)}.pdf", False)
            for n, s in enumerate(slots, 1)
        ]
    return _from_files(slots, list(files))


def _from_files(slots: list[Evidence], files: list[str]) -> list[Exhibit]:
    remaining = list(files)
    exhibits: list[Exhibit] = []
    for slot in slots:
        name = _match(slot, remaining)
        if name is not None:
            remaining.remove(name)
            exhibits.append(_exhibit_for(name, slot.kind, slot.title))
    for name in remaining:
        exhibits.append(_exhibit_for(name, "other", _title_of(name)))
    return sorted(
        exhibits, key=lambda e: (not e.citation.startswith("Exhibit"), _number(e), e.file)
    )


def _exhibit_for(name: str, kind: str, title: str) -> Exhibit:
    labelled = _LABELLED.match(name)
    citation = f"Exhibit {labelled.group(1)}" if labelled else name
    return Exhibit(citation, kind, title, name, True)


def _number(exhibit: Exhibit) -> int:
    digits = re.findall(r"\d+", exhibit.citation)
    return int(digits[0]) if digits and exhibit.citation.startswith("Exhibit") else 0


def _title_of(name: str) -> str:
    stem = name.rsplit(".", 1)[0]
    stem = _LABELLED.sub("", stem).strip(" -_")
    return " ".join(re.split(r"[\s_-]+", stem)) or name
