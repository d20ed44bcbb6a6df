"""From the plain text of a message to a `Notice`; German, French, Spanish and Italian
notices are also read through the glossary (`_gloss`), and what that English reading finds
that the first did not is added.

How the two readings combine (each field on its own):

- message type: the reading whose decision is surer (a phrase group of higher priority
  beats a lower one, any phrase beats the classifier's vote, a vote beats nothing); the
  notice as written wins a tie;
- violations: the kinds of the notice as written, then those only the English reading
  found; when the first named none (or only the classifier's guess), the English
  reading's; an intellectual-property kind named drops `ip-suspected`;
- deadline and requests: the notice as written, else the English reading;
- documents: the reading that names more known kinds, with the other's known kinds added.

Evidence that came from the English reading is the glossary's English.
"""

from __future__ import annotations

import datetime
from dataclasses import replace

from reinstate.notice import _classify, _dates, _documents, _ids, _links, _message
from reinstate.notice._gloss import GLOSSED, gloss
from reinstate.notice._language import detect_language
from reinstate.notice._model import DocumentRequest, Issue, Notice, Violation
from reinstate.notice._sentences import sentences
from reinstate.notice._text import Document

_GUESSED = _classify.CLASSIFIER_CONFIDENCE  # the classifier's violations go no higher


def read_document(
    document: Document,
    source: str,
    received: datetime.date | None,
    place: str | None,
    typed: tuple[str, str, int],
) -> Notice:
    """The notice in `document`, read as written and, in a glossed language, in English.

    `received`, the marketplace `place` and the message type `typed` (kind, evidence, rank:
    `_message.decide`) of the text as written are already known; the English reading shares
    the first two. The whole-message classifier has read the text as written (it is
    trained on notices in every language), so the English reading is decided by its parts."""
    language = detect_language(document.text)
    notice = _read(document, source, received, place, typed[:2], language)
    if language not in GLOSSED:
        return notice
    english = gloss(document.text, language)
    if english == document.text:
        return notice
    kind, evidence, english_rank = _message.decide(english, whole=False)
    glossed = _read(
        replace(document, text=english), source, received, place, (kind, evidence), language, False
    )
    return merged(notice, typed[2], glossed, english_rank)


def _read(
    document: Document,
    source: str,
    received: datetime.date | None,
    place: str | None,
    typed: tuple[str, str],
    language: str,
    full: bool = True,
) -> Notice:
    """The reading of `document`; with `full` False (the English reading, of which only
    type, violations, issues, deadline, documents and requests are kept) the identifiers
    but the ASINs, the links and the rights owner are not read."""
    text = document.text
    all_sentences = sentences(text)
    lines = text.split("\n")
    kind, evidence = typed
    documents = _documents.documents(all_sentences, lines)
    by_kind = _classify.violation_hits(text, kind)
    asked = [(document.kind, document.text) for document in documents]
    by_kind = _classify.asked_for_identity(by_kind, kind, asked, text)
    found = _classify.violations(by_kind, kind)
    sku_list, sku_spans = _ids.skus(text)
    asin_list = _ids.asins(text, sku_spans)
    positions = _ids.asin_positions(text, asin_list)
    return Notice(
        message_type=kind,
        violations=found,
        asins=asin_list,
        order_ids=_ids.order_ids(text) if full else (),
        skus=sku_list,
        brands=_ids.brands(text) if full else (),
        received=received,
        deadline=_dates.find_deadline([s.text for s in all_sentences], received, place),
        documents=documents,
        issues=_classify.issues(by_kind, found, positions, all_sentences),
        marketplace=place,
        policy_links=_links.policy_links(text, document.links) if full else (),
        rights_owner=_ids.rights_owner(text) if full else None,
        requests=_documents.requests(lines) if _classify.is_appeal_reply(kind) else (),
        language=language,
        source=source,
        type_evidence=evidence,
    )


def merged(notice: Notice, rank: int, english: Notice, english_rank: int) -> Notice:
    """`notice` (as written) with what its English reading found and it did not."""
    typed = english if english_rank > rank else notice
    violations, issues = _violations(notice, english, typed.message_type)
    reply = _classify.is_appeal_reply(typed.message_type)
    return replace(
        notice,
        message_type=typed.message_type,
        type_evidence=typed.type_evidence,
        violations=violations,
        issues=issues,
        deadline=notice.deadline or english.deadline,
        documents=_documents_of(notice.documents, english.documents),
        requests=(notice.requests or english.requests) if reply else (),
    )


def _named(notice: Notice) -> list[Violation]:
    """The violations a reading names for sure: not `other`, not the classifier's guess."""
    named = [v for v in notice.violations if v.kind != "other"]
    return named if any(v.confidence > _GUESSED for v in named) else []


def _some_kind(notice: Notice) -> bool:
    return any(v.kind != "other" for v in notice.violations)


def _violations(
    notice: Notice, english: Notice, message_type: str
) -> tuple[tuple[Violation, ...], tuple[Issue, ...]]:
    first, second = _named(notice), _named(english)
    if not first and not second:  # neither names one for sure: a kind beats `other`
        chosen = notice if _some_kind(notice) or not _some_kind(english) else english
        return _without_other(chosen, message_type)
    if not first:
        return english.violations, english.issues
    kinds = {v.kind for v in first}
    added = [v for v in second if v.kind not in kinds]
    found = [*notice.violations, *added]
    issues = [*notice.issues, *(i for i in english.issues if i.kind in {v.kind for v in added})]
    if _classify.SPECIFIC_IP & {v.kind for v in found}:
        found = [v for v in found if v.kind != "ip-suspected"]
        issues = [i for i in issues if i.kind != "ip-suspected"]
    numbered = tuple(replace(issue, id=f"I{n}") for n, issue in enumerate(issues, start=1))
    return tuple(found), numbered


def _without_other(
    notice: Notice, message_type: str
) -> tuple[tuple[Violation, ...], tuple[Issue, ...]]:
    """A reading's violations; `other` is not given for a reply to an appeal."""
    if _classify.is_appeal_reply(message_type):
        kept = tuple(v for v in notice.violations if v.kind != "other")
        return kept, tuple(i for i in notice.issues if i.kind != "other")
    if notice.violations:
        return notice.violations, notice.issues
    return (Violation("other", 0.3, ""),), ()


def _documents_of(
    written: tuple[DocumentRequest, ...], english: tuple[DocumentRequest, ...]
) -> tuple[DocumentRequest, ...]:
    """The kinds the English reading asks for, each in the notice's own words where the
    reading as written found it too."""
    as_written = {document.kind: document for document in written}
    return tuple(as_written.get(document.kind, document) for document in english)
