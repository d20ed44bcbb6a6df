"""The optional LLM writer: rewording through an OpenAI-compatible chat API, never trusted.

The model gets the case's facts and the deterministic draft, and returns a plan. Its plan
goes through the reviewer and the fact check (every ASIN, order ID, exhibit, date and
number must come from the case); the findings go back to the model for at most
`retries` more attempts. A plan that still fails is not used: the deterministic draft is,
and the findings of the model's last attempt are reported.

The API is the standard ``POST {base_url}/chat/completions`` (llama.cpp, Ollama, vLLM and
hosted services speak it); the key, when one is needed, comes from an environment variable.
"""

from __future__ import annotations

import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reinstate.draft._case import Case
from reinstate.draft._check import review_draft
from reinstate.draft._exhibits import Exhibit
from reinstate.draft._factcheck import fact_check

API_KEY_VARIABLE = "REINSTATE_LLM_API_KEY"
DEFAULT_RETRIES = 2
TIMEOUT_SECONDS = 120.0

SYSTEM_PROMPT = """You reword Amazon Plans of Action. Rules:
- Use only the facts given: never add a number, date, ASIN, order ID or exhibit that is not in them.
- Keep three Markdown sections headed exactly: ## Root cause, ## Corrective actions taken,
  ## Preventive actions; keep the ## Exhibits list as given.
- Corrective actions are done: past tense. Preventive actions name who does what, how often,
  from which date.
- State every figure exactly as given; cite exhibits only by the labels given.
- Plain, factual language; no apology paragraphs, no blame, no emotion; 300 to 500 words.
Return only the plan in Markdown."""


@dataclass(frozen=True)
class LLMSettings:
    """Where the model is and how hard to try."""

    base_url: str
    model: str
    api_key: str | None = None
    retries: int = DEFAULT_RETRIES
    timeout: float = TIMEOUT_SECONDS

    @classmethod
    def from_environment(
        cls, base_url: str, model: str, retries: int = DEFAULT_RETRIES
    ) -> LLMSettings:
        return cls(base_url, model, os.environ.get(API_KEY_VARIABLE) or None, retries)


@dataclass(frozen=True)
class WriterResult:
    """What the LLM writer produced: the text used, whether it is the model's, and why not."""

    text: str
    accepted: bool
    attempts: int
    findings: tuple[str, ...] = ()
    error: str | None = None
    transcript: tuple[dict[str, str], ...] = field(default=(), repr=False)


def chat(settings: LLMSettings, messages: list[dict[str, str]]) -> str:
    """One chat completion; the reply's text. Raises OSError or ValueError on failure."""
    body = json.dumps({"model": settings.model, "messages": messages, "temperature": 0}).encode()
    request = urllib.request.Request(
        settings.base_url.rstrip("/") + "/chat/completions",
        data=body,
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    if settings.api_key:
        request.add_header("Authorization", f"Bearer {settings.api_key}")
    with urllib.request.urlopen(request, timeout=settings.timeout) as response:
        data: Any = json.loads(response.read().decode("utf-8"))
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise ValueError("the reply has no choices[0].message.content") from None
    if not isinstance(content, str) or not content.strip():
        raise ValueError("the reply's content is empty")
    return _strip_fence(content)


def _strip_fence(text: str) -> str:
    lines = text.strip().splitlines()
    if lines and lines[0].startswith("```") and lines[-1].startswith("```"):
        lines = lines[1:-1]
    return "\n".join(lines).strip() + "\n"


def facts_prompt(case: Case, reference: str, exhibits: tuple[Exhibit, ...]) -> str:
    """The user message: the case's facts and the deterministic draft to reword."""
    facts = {
        "notice": {
            "message_type": case.notice.message_type,
            "issues": [issue.to_dict() for issue in case.notice.issues],
            "asins": list(case.notice.asins),
            "order_ids": list(case.notice.order_ids),
        },
        "answers": {key: str(value) for key, value in case.answers.items()},
        "exhibits": [e.to_dict() for e in exhibits],
    }
    return (
        "Case facts (JSON):\n" + json.dumps(facts, indent=1) + "\n\n"
        "Draft written from these facts; reword it for clarity, keeping every fact:\n\n" + reference
    )


def check_candidate(
    text: str, case: Case, exhibits: tuple[Exhibit, ...], reference: str, folder: str | Path | None
) -> list[str]:
    """Why `text` cannot be used: reviewer errors and warnings (length aside) and facts
    the case does not contain."""
    review = review_draft(text, case, folder)
    problems = [
        f"{f.rule}: {f.message}"
        for f in review.findings
        if f.severity == "error" or (f.severity == "warning" and not f.rule.startswith("length."))
    ]
    return problems + [finding.message for finding in fact_check(text, case, exhibits, reference)]


def llm_draft(
    case: Case,
    reference: str,
    exhibits: tuple[Exhibit, ...],
    settings: LLMSettings,
    *,
    folder: str | Path | None = None,
    send: Callable[[LLMSettings, list[dict[str, str]]], str] = chat,
) -> WriterResult:
    """Ask the model for a plan, check it, send the findings back; fall back to `reference`."""
    messages = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": facts_prompt(case, reference, exhibits)},
    ]
    problems: list[str] = []
    for attempt in range(1, settings.retries + 2):
        try:
            candidate = send(settings, messages)
        except (OSError, ValueError, urllib.error.URLError) as error:
            return WriterResult(
                reference, False, attempt, tuple(problems), _describe(error, settings)
            )
        problems = check_candidate(candidate, case, exhibits, reference, folder)
        if not problems:
            return WriterResult(candidate, True, attempt, (), None, tuple(messages))
        messages += [
            {"role": "assistant", "content": candidate},
            {"role": "user", "content": _feedback(problems)},
        ]
    return WriterResult(
        reference, False, settings.retries + 1, tuple(problems), None, tuple(messages)
    )


def _feedback(problems: list[str]) -> str:
    items = "\n".join(f"- {problem}" for problem in problems)
    return f"Your plan cannot be used yet. Fix these and return the whole plan:\n{items}"


def _describe(error: Exception, settings: LLMSettings) -> str:
    reason = getattr(error, "reason", None) or error
    return f"the model at {settings.base_url} could not be used ({reason})"
