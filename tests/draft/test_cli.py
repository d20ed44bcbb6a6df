"""`reinstate draft` and `reinstate draft questions` from the command line."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reinstate.cli import cli
from tests.draft.llm_server import chat_server, faithful, inventor

ROOT = Path(__file__).parents[2]
EXAMPLE = ROOT / "examples" / "late-shipment"
NOTICE = str(EXAMPLE / "notice.json")
METRICS = str(EXAMPLE / "metrics.json")


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def answers_file(tmp_path: Path) -> Path:
    code, out, _ = run("draft", "questions", "--notice", NOTICE)
    assert code == 0
    path = tmp_path / "answers.toml"
    path.write_text(out)
    return path


def test_questions_prints_a_toml_template_with_every_question() -> None:
    code, out, _ = run("draft", "questions", "--notice", NOTICE)
    assert code == 0
    assert 'late_cause = "pickup"' in out
    assert "owner_role = " in out
    assert "# choices: pickup, weekend, stock, handling" in out


def test_draft_writes_the_plan_and_prints_the_reviewers_findings(tmp_path: Path) -> None:
    out_file = tmp_path / "poa.md"
    code, out, _ = run(
        "draft", "--notice", NOTICE, "--metrics", METRICS,
        "--answers", str(answers_file(tmp_path)), "--out", str(out_file),
    )  # fmt: skip
    assert code == 0
    assert out_file.read_text().startswith("# Plan of Action: Late shipment rate")
    assert f"Wrote {out_file}" in out
    assert "0 errors, 0 warnings" in out
    assert "Exhibit 1 - late shipment report" in out


def test_draft_without_answers_asks_each_question() -> None:
    from reinstate.draft import interview_questions
    from reinstate.notice import read_notice

    questions = interview_questions(read_notice(NOTICE))
    assert [q.id for q in questions][:2] == ["owner_role", "fixed_on"]
    # a bad date is explained and asked again; Enter keeps each remaining example
    answers = ["warehouse lead", "not a date", "2026-10-25"] + [""] * (len(questions) - 2)
    code, out, err = run(
        "draft", "--notice", NOTICE, "--format", "text", stdin="\n".join(answers) + "\n"
    )
    assert code == 0, err
    assert "warehouse lead" in out
    assert "25 October 2026" in out
    assert "must be a date" in err
    assert "## Root cause" not in out
    assert "Root cause" in out


def test_a_bad_answers_file_exits_with_2_and_names_the_field(tmp_path: Path) -> None:
    path = answers_file(tmp_path)
    path.write_text(path.read_text().replace("fixed_on = 2026-10-24", 'fixed_on = "soon"'))
    code, _, err = run("draft", "--notice", NOTICE, "--answers", str(path))
    assert code == 2
    assert 'field "fixed_on": must be a date' in err
    assert "Traceback" not in err


def test_draft_without_a_notice_exits_with_2() -> None:
    code, _, err = run("draft")
    assert code == 2
    assert "--notice" in err


def test_the_llm_writer_is_used_when_its_draft_passes(tmp_path: Path) -> None:
    with chat_server(faithful) as api:
        code, out, err = run(
            "draft", "--notice", NOTICE, "--metrics", METRICS, "--answers", str(answers_file(tmp_path)),
            "--writer", "openai-compatible", "--base-url", api.url, "--model", "local",
        )  # fmt: skip
    assert code == 0
    assert "responds to" in out
    assert "passed the review and the fact check" in err


def test_the_llm_writer_that_invents_is_reported_and_the_template_draft_used(
    tmp_path: Path,
) -> None:
    with chat_server(inventor) as api:
        code, out, err = run(
            "draft", "--notice", NOTICE, "--answers", str(answers_file(tmp_path)),
            "--writer", "openai-compatible", "--base-url", api.url, "--model", "local", "--retries", "1",
        )  # fmt: skip
    assert code == 0
    assert "B0FAKE0001" not in out
    assert "Using the deterministic draft" in err
    assert "B0FAKE0001" in err


def test_the_llm_writer_needs_a_base_url_and_a_model() -> None:
    code, _, err = run("draft", "--notice", NOTICE, "--writer", "openai-compatible")
    assert code == 2
    assert "--base-url" in err
