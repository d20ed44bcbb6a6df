"""The deterministic composer: a Plan of Action from the case's own facts.

Each violation kind's playbook holds sentence templates; a template whose facts are
missing (an optional question left blank, an exhibit not in the folder) is left out, and
where a template has alternatives the case's facts pick one, so the same case always gives
the same text and two cases of one kind read differently.
"""

from __future__ import annotations

import hashlib
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass

from reinstate.draft._answers import Answer, notice_kinds
from reinstate.draft._case import Case
from reinstate.draft._exhibits import Exhibit, plan_exhibits
from reinstate.draft._facts import cause_sentences, long_date, metric_sentences
from reinstate.draft._render import join_words, sentence, word_count
from reinstate.kb import Playbook, Question, playbook, shared_questions
from reinstate.notice import Issue

MAX_WORDS = 485  # the reviewer warns above 500; its count differs by a few words
# Sentences (or bullets) kept per part of each issue at each level of shortening; level 0
# keeps everything, level 1 drops the optional templates ("?"), later levels cut further.
LIMITS: tuple[dict[str, int | None], ...] = tuple(
    dict(zip(("root_cause", "corrective", "preventive"), row, strict=True))
    for row in (
        (None, None, None),
        (None, None, None),
        (3, 3, 3),
        (2, 3, 2),
        (2, 2, 2),
        (2, 2, 1),
        (1, 2, 1),
        (1, 1, 1),
    )
)
OPTIONAL = "?"
# "[late_cause=service]We moved ...": a template written only when that choice was made.
CONDITION = re.compile(r"^\[([a-z_]+=[a-z_]+)\]")
HEADINGS = {
    "root_cause": "Root cause",
    "corrective": "Corrective actions taken",
    "preventive": "Preventive actions",
}
MESSAGES = {
    "deactivation": "deactivation notice",
    "listing-removal": "listing removal notice",
    "warning": "warning",
    "account-review": "account review request",
    "appeal-more-info": "request for more information on our appeal",
    "appeal-denied": "decision on our appeal",
    "reinstated": "notice",
}


@dataclass(frozen=True)
class Section:
    """One issue's share of the plan: its root cause sentences and its action bullets."""

    issue: Issue
    title: str
    root_cause: tuple[str, ...]
    corrective: tuple[str, ...]
    preventive: tuple[str, ...]


def case_issues(case: Case) -> tuple[Issue, ...]:
    """The notice's issues, or one per violation kind when the notice lists none."""
    if case.notice.issues:
        return case.notice.issues
    kinds = notice_kinds(case.notice)
    return tuple(Issue(f"I{n}", kind, case.notice.asins, "") for n, kind in enumerate(kinds, 1))


def _pick(options: tuple[str, ...], key: str) -> str:
    digest = hashlib.sha256(key.encode()).digest()
    return options[digest[0] % len(options)]


def _fields(template: str) -> list[str]:
    return [name for _, name, _, _ in string.Formatter().parse(template) if name]


def fill(template: str, values: Mapping[str, str]) -> str | None:
    """The template with its facts, or None when one of them is missing."""
    if any(name not in values for name in _fields(template)):
        return None
    return sentence(template.format_map(values))


def render_answer(question: Question, value: Answer) -> str:
    """An answer as the draft writes it: dates in words, choices as their phrase."""
    if question.kind == "choice":
        return dict(question.choices)[str(value)]
    if question.kind == "date" and not isinstance(value, str | int | float | tuple):
        return long_date(value)
    if isinstance(value, tuple):
        return join_words(list(value))
    return str(value)


def products(asins: tuple[str, ...]) -> str:
    if not asins:
        return "the listings under review"
    return ("ASIN " if len(asins) == 1 else "ASINs ") + join_words(list(asins))


def _values(case: Case, book: Playbook, issue: Issue, exhibits: list[Exhibit]) -> dict[str, str]:
    asins = issue.asins or case.notice.asins
    values = {"products": products(asins), "kind_title": book.title.lower()}
    if asins:
        values["short_products"] = "these ASINs" if len(asins) > 1 else "this ASIN"
    if asins:
        values["first_asin"] = asins[0]
    if case.notice.received:
        values["received"] = long_date(case.notice.received)
    for question in book.questions:
        if question.id in case.answers:
            values[question.id] = render_answer(question, case.answers[question.id])
            if question.kind == "choice":
                values[f"{question.id}={case.answers[question.id]}"] = "yes"
    for item in book.evidence:
        key = "cite_" + item.kind.replace("-", "_")
        match = [e for e in exhibits if e.kind == item.kind and e.title == item.title]
        if match and key not in values:
            values[key] = match[0].citation
    return values


def _part(book: Playbook, part: str, values: Mapping[str, str], key: str, level: int) -> list[str]:
    """A part's sentences; after the first full list of ASINs, later ones say "these ASINs"."""
    values = dict(values)
    written = []
    for index, entry in enumerate(book.draft[part]):
        options = (entry,) if isinstance(entry, str) else entry
        template = _pick(options, f"{key}|{part}|{index}")
        if template.startswith(OPTIONAL):
            if level > 0:
                continue
            template = template[1:]
        condition = CONDITION.match(template)
        if condition:
            if condition.group(1) not in values:
                continue  # written only for one answer of a choice question
            template = template[condition.end() :]
        text = fill(template, values)
        if text:
            written.append(text)
            if "{products}" in template and "short_products" in values:
                values["products"] = values["short_products"]
    return written[: LIMITS[level][part]]


def issue_section(case: Case, issue: Issue, exhibits: list[Exhibit], level: int = 0) -> Section:
    """The sentences answering one issue of the notice."""
    book = playbook(issue.kind)
    values = _values(case, book, issue, exhibits)
    key = "|".join([issue.kind, *sorted(values.values())])
    facts = metric_sentences(book, case.metrics) + cause_sentences(book, case.metrics)
    return Section(
        issue=issue,
        title=book.title,
        root_cause=tuple(
            facts[: LIMITS[level]["root_cause"]] + _part(book, "root_cause", values, key, level)
        ),
        corrective=tuple(_part(book, "corrective", values, key, level)),
        preventive=tuple(
            ([*_part(book, "preventive", values, key, level), _standing(book, values)])[
                : LIMITS[level]["preventive"]
            ]
        ),
    )


def _standing(book: Playbook, values: Mapping[str, str]) -> str:
    """How the playbook's standing process is watched, by the seller's owner where given."""
    action = book.preventive_actions[0]
    owner = values.get("owner_role", action.owner)
    return sentence(
        f"The {owner} records each of these checks in a dated log "
        f"and measures the result through the {action.monitoring}"
    )


CLOSING = (
    "All corrective actions above were complete by {fixed_on}.",
    "The preventive checks have run since {checks_from}, and the {owner_role} answers for them.",
)


def _closing(case: Case) -> str:
    questions = {q.id: q for q in shared_questions().values()}
    values = {k: render_answer(questions[k], v) for k, v in case.answers.items() if k in questions}
    return " ".join(text for template in CLOSING if (text := fill(template, values)))


def _opening(case: Case, sections: list[Section]) -> str:
    notice = case.notice
    what = MESSAGES.get(notice.message_type, "notice")
    when = f" of {long_date(notice.received)}" if notice.received else ""
    titles = join_words([s.title.lower() for s in sections])
    asins = list(dict.fromkeys([*notice.asins, *(a for s in sections for a in s.issue.asins)]))
    covered = f" It covers {products(tuple(asins))}." if asins else ""
    return (
        f"This plan of action answers Amazon's {what}{when}, which concerns the {titles}.{covered}"
    )


def _markdown(case: Case, sections: list[Section], exhibits: list[Exhibit]) -> str:
    titles = ", ".join(dict.fromkeys(s.title for s in sections))
    lines = [f"# Plan of Action: {titles}", "", _opening(case, sections), ""]
    lines += [f"## {HEADINGS['root_cause']}", ""]
    for section in sections:
        label = (
            f"**{section.title}, {products(section.issue.asins)}.** " if len(sections) > 1 else ""
        )
        lines += [label + " ".join(section.root_cause), ""]
    for part in ("corrective", "preventive"):
        lines += [f"## {HEADINGS[part]}", ""]
        lines += [f"- {item}" for section in sections for item in getattr(section, part)]
        lines.append("")
    if closing := _closing(case):
        lines += [closing, ""]
    if exhibits:
        lines += ["## Exhibits", "", _exhibits_intro(exhibits, sections), ""]
        lines += [f"- {e.citation}: {e.title}." for e in exhibits]
        lines.append("")
    return "\n".join(lines)


def _exhibits_intro(exhibits: list[Exhibit], sections: list[Section]) -> str:
    """How many exhibits, and which ones answer the notice's own requests."""
    count = f"{len(exhibits)} exhibits" if len(exhibits) > 1 else "one exhibit"
    playbook_kinds = {(e.kind, e.title) for s in sections for e in playbook(s.issue.kind).evidence}
    requested = [
        e for e in exhibits if (e.kind, e.title) not in playbook_kinds and e.kind != "other"
    ]
    if not requested:
        return f"We attach {count}."
    asked = join_words([f"{e.title} ({e.citation})" for e in requested])
    return f"We attach {count}. As the notice asks, they include {asked}."


def compose_markdown(case: Case) -> tuple[str, list[Exhibit]]:
    """The plan in Markdown and its exhibit list, shortened to MAX_WORDS where it can be."""
    issues = case_issues(case)
    exhibits = plan_exhibits(tuple(i.kind for i in issues), case.notice, case.exhibit_files)
    text = ""
    for level in range(len(LIMITS)):
        sections = [issue_section(case, issue, exhibits, level) for issue in issues]
        text = _markdown(case, sections, exhibits)
        if word_count(text) <= MAX_WORDS:
            break
    return text, exhibits
