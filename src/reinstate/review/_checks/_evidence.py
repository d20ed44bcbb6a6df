"""Evidence checks: cited exhibits exist, files are cited, claims cite an exhibit."""

from __future__ import annotations

import re
from collections.abc import Iterator

from reinstate.review._checks._common import body_matches, parts_of
from reinstate.review._context import ReviewContext
from reinstate.review._document import Document, Sentence
from reinstate.review._exhibits import Citation, find_citations
from reinstate.review._model import Hit, Rule


def citations_of(doc: Document) -> list[Citation]:
    if "citations" not in doc.cache:
        doc.cache["citations"] = find_citations(doc.masked)
    citations: list[Citation] = doc.cache["citations"]
    return citations


def missing_exhibit(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if ctx.exhibits is None:
        return
    reported: set[object] = set()
    for citation in citations_of(doc):
        key = citation.file_name.lower() if citation.file_name else citation.label
        if key in reported or ctx.exhibits.answer(citation):
            continue
        reported.add(key)
        name = citation.file_name or " ".join(citation.label).title()
        yield Hit(citation.start, citation.end, {"citation": name})


def unused_exhibit(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    if ctx.exhibits is None:
        return
    used = {name for citation in citations_of(doc) for name in ctx.exhibits.answer(citation)}
    first = doc.text.split("\n", 1)[0]
    for name in ctx.exhibits.files:
        if name not in used:
            yield Hit(0, len(first.rstrip()), {"file": name})


def unsupported_claim(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """A claim that needs a document, with no exhibit cited in its sentence or the
    sentences next to it in the same paragraph or list item. Preventive steps are
    commitments, not claims, and are not checked."""
    cited = {citation.start for citation in citations_of(doc)}
    commitments = {s.start for s in parts_of(doc)["preventive"].sentences}
    unless = re.compile("|".join(rule.params.get("unless", [])) or "(?!)")
    reported: set[int] = set()
    hits = list(body_matches(doc, rule))
    proved = _proved_documents(doc, ctx, hits, cited)
    for hit in hits:
        sentence = doc.sentence_at(hit.start)
        if sentence is None or sentence.start in reported | commitments:
            continue  # a preventive step is a commitment, not a claim of fact
        if unless.search(doc.folded, sentence.start, sentence.end):
            continue
        if _document_kind(doc.text[hit.start : hit.end]) in proved:
            continue  # the same document is cited elsewhere or is in the evidence folder
        if not any(_cites(neighbour, cited) for neighbour in _neighbours(doc, sentence)):
            reported.add(sentence.start)
            yield hit


def _document_kind(claim: str) -> str:
    """A claim's words as one key: "Test reports" and "test report" are one kind."""
    return " ".join(re.findall(r"[a-z]+", claim.lower())).removesuffix("s")


def _proved_documents(
    doc: Document, ctx: ReviewContext, hits: list[Hit], cited: set[int]
) -> set[str]:
    """The kinds of document the plan proves somewhere: named in a sentence that cites an
    exhibit ("We issued a new Declaration of Conformity (Exhibit 2)"), or in the name of a
    file in the evidence folder ("Exhibit 1 - Intertek test reports LM-20.pdf"). A mention of
    the same kind elsewhere ("we uploaded the Declaration of Conformity for the old model")
    needs no second citation."""
    kinds = {_document_kind(doc.text[hit.start : hit.end]) for hit in hits}
    proved = {
        _document_kind(doc.text[hit.start : hit.end])
        for hit in hits
        if (sentence := doc.sentence_at(hit.start)) is not None and _cites(sentence, cited)
    }
    names = [_document_kind(name) for name in (ctx.exhibits.files if ctx.exhibits else [])]
    return proved | {kind for kind in kinds if any(kind in name for name in names)}


def _neighbours(doc: Document, sentence: Sentence) -> list[Sentence]:
    index = doc.sentences.index(sentence)
    window = doc.sentences[max(0, index - 1) : index + 2]
    return [s for s in window if s.block == sentence.block]


def _cites(sentence: Sentence, cited: set[int]) -> bool:
    return any(sentence.start <= start < sentence.end for start in cited)


def support_case(doc: Document, ctx: ReviewContext, rule: Rule) -> Iterator[Hit]:
    """References to support cases, unless the notice is about the seller's contacts (its
    `unless_violations`): then the cases are the facts of the plan."""
    unless = set(rule.params.get("unless_violations", []))
    if ctx.notice is not None and unless & set(ctx.notice.violations):
        return
    yield from body_matches(doc, rule)
