"""The LLM writer against a local server speaking the OpenAI chat API: never trusted,
invented facts rejected, findings sent back, the deterministic draft the fallback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from reinstate.draft import LLMSettings, compose, fact_check, llm_draft
from tests.draft.helpers import make_case
from tests.draft.llm_server import chat_server, faithful, fixer, inventor


def _run(reply: Any, retries: int = 2, **server: Any) -> tuple[Any, Any, Any]:
    case = make_case("late-shipment-rate", 4)
    reference = compose(case)
    with chat_server(reply, **server) as api:
        settings = LLMSettings(api.url, "test-model", retries=retries)
        outcome = llm_draft(case, reference.markdown, reference.exhibits, settings)
    return outcome, reference, api


def test_a_faithful_model_is_used_after_the_review_and_the_fact_check() -> None:
    outcome, reference, api = _run(faithful)
    assert outcome.accepted
    assert outcome.attempts == 1
    assert outcome.text != reference.markdown
    assert "responds to" in outcome.text
    assert api.requests[0]["path"] == "/v1/chat/completions"
    assert api.requests[0]["body"]["model"] == "test-model"


def test_a_model_that_invents_facts_is_rejected_and_the_deterministic_draft_used() -> None:
    outcome, reference, api = _run(inventor, retries=2)
    assert not outcome.accepted
    assert outcome.text == reference.markdown
    assert len(api.requests) == 3
    found = " ".join(outcome.findings)
    for invented in ("B0FAKE0001", "9999", "2031-03-03", "Exhibit 9"):
        assert invented in found


def test_the_findings_go_back_to_the_model_which_fixes_its_draft_on_retry() -> None:
    outcome, _, api = _run(fixer)
    assert outcome.accepted
    assert outcome.attempts == 2
    feedback = api.requests[1]["body"]["messages"][-1]["content"]
    assert "B0FAKE0001" in feedback
    assert "Exhibit 9" in feedback


def test_a_server_error_falls_back_to_the_deterministic_draft_with_the_reason() -> None:
    outcome, reference, _ = _run(faithful, status=500)
    assert not outcome.accepted
    assert outcome.text == reference.markdown
    assert outcome.error is not None
    assert "could not be used" in outcome.error


def test_the_api_key_comes_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINSTATE_LLM_API_KEY", "sk-test-123")
    case = make_case("inauthentic", 4)
    reference = compose(case)
    with chat_server(faithful) as api:
        settings = LLMSettings.from_environment(api.url, "m")
        llm_draft(case, reference.markdown, reference.exhibits, settings)
    assert api.requests[0]["headers"]["Authorization"] == "Bearer sk-test-123"


@pytest.mark.parametrize("kind", ["inauthentic", "late-shipment-rate", "verification", "other"])
def test_the_deterministic_draft_passes_its_own_fact_check(
    kind: str, demo_metrics: dict[str, Any]
) -> None:
    case = make_case(kind, 9, demo_metrics)
    result = compose(case)
    assert fact_check(result.markdown, case, result.exhibits, result.markdown) == []


def test_the_fact_check_names_each_invented_fact() -> None:
    case = make_case("inauthentic", 9)
    result = compose(case)
    text = (
        result.markdown
        + "\nWe sold 777 units on 2 February 2030 under order 111-2223334-4445556 (Exhibit 7).\n"
    )
    found = {(f.kind, f.value) for f in fact_check(text, case, result.exhibits, result.markdown)}
    assert found == {
        ("number", "777"),
        ("date", "2030-02-02"),
        ("order-id", "111-2223334-4445556"),
        ("exhibit", "Exhibit 7"),
    }


def test_a_less_precise_figure_agrees_with_the_fact_it_rounds_from(
    demo_metrics: dict[str, Any],
) -> None:
    case = make_case("late-shipment-rate", 9, demo_metrics)
    result = compose(case)
    value = demo_metrics["metrics"]["late_shipment_rate_10d"]["value"] * 100
    text = f"Our late shipment rate was {value:.1f}%."
    assert fact_check(text, case, result.exhibits, result.markdown) == []


def test_the_server_helper_is_a_real_http_server(tmp_path: Path) -> None:
    import json
    import urllib.request

    with chat_server(lambda messages: "hello") as api:
        request = urllib.request.Request(
            api.url + "/chat/completions",
            data=json.dumps(
                {"model": "m", "messages": [{"role": "user", "content": "hi"}]}
            ).encode(),
            headers={"Content-Type": "application/json"},
        )
        with urllib.request.urlopen(request, timeout=5) as response:
            assert json.loads(response.read())["choices"][0]["message"]["content"] == "hello"
