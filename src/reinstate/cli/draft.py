"""`reinstate draft`: write a Plan of Action from the notice, the metrics and the answers."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any

import click

from reinstate.cli._options import format_option
from reinstate.errors import InputError

if TYPE_CHECKING:
    from reinstate.draft import Answer, Case, Draft, WriterResult
    from reinstate.kb import Question

EXIT_FINDINGS = 1


@click.group(invoke_without_command=True)
@click.option(
    "--notice",
    "notice",
    metavar="NOTICE_FILE",
    help="Amazon's notice (.txt, .eml, .html) or its JSON.",
)
@click.option(
    "--metrics",
    "metrics",
    metavar="METRICS_JSON",
    help="The JSON of `reinstate metrics --format json`.",
)
@click.option(
    "--exhibits", "exhibits", metavar="DIR", help="The folder of evidence files (Exhibit N - ...)."
)
@click.option(
    "--answers",
    "answers",
    metavar="ANSWERS_TOML",
    help="Answers to the questions; without it, ask here.",
)
@click.option(
    "--out", "out", metavar="FILE", help="Write the plan here instead of standard output."
)
@format_option("markdown", "text", what="plain text without Markdown marks")
@click.option(
    "--writer",
    type=click.Choice(["template", "openai-compatible"]),
    default="template",
    show_default=True,
    help="template: the deterministic composer; openai-compatible: an LLM rewords it, checked.",
)
@click.option(
    "--base-url", metavar="URL", help="The LLM API's base URL, e.g. http://localhost:8080/v1."
)
@click.option("--model", metavar="NAME", help="The LLM's model name.")
@click.option("--retries", default=2, show_default=True, help="LLM attempts after the first.")
@click.pass_context
def draft(
    ctx: click.Context,
    notice: str | None,
    metrics: str | None,
    exhibits: str | None,
    answers: str | None,
    out: str | None,
    output_format: str,
    writer: str,
    base_url: str | None,
    model: str | None,
    retries: int,
) -> None:
    """Draft a Plan of Action for NOTICE_FILE from the case's own facts, then review it.

    Without --answers it asks the questions that make the plan specific; `reinstate draft
    questions --notice N` prints them as a TOML file to fill in instead. The plan ends
    with the findings of `reinstate check` on it. The LLM writer's key is read from the
    REINSTATE_LLM_API_KEY environment variable.

    \b
    Example:
        reinstate draft questions --notice notice.txt > answers.toml
        reinstate draft --notice notice.txt --metrics metrics.json \\
            --answers answers.toml --out poa.md
    """
    if ctx.invoked_subcommand is not None:
        return
    if notice is None:
        raise InputError(
            "needs the notice to draft from", field="--notice", hint="Add --notice NOTICE_FILE."
        )
    if writer == "openai-compatible" and not (base_url and model):
        raise InputError("needs --base-url and --model", field="--writer openai-compatible")
    from reinstate.draft import compose, load_case, review_draft

    case = load_case(notice, metrics=metrics, exhibits=exhibits)
    case = _with_answers(case, answers)
    from reinstate.draft import markdown_to_text

    result = compose(case)
    markdown = result.markdown
    if writer == "openai-compatible":
        markdown = _llm_markdown(case, result, exhibits, base_url or "", model or "", retries)
    _emit(markdown_to_text(markdown) if output_format == "text" else markdown, out)
    review = review_draft(markdown, case, exhibits, path=out or "<draft>")
    _report(result, review, out)
    sys.exit(EXIT_FINDINGS if review.errors else 0)


def _with_answers(case: Case, answers: str | None) -> Case:
    from dataclasses import replace

    from reinstate.draft import interview_questions, load_answers

    questions = interview_questions(case.notice)
    found = load_answers(answers, questions) if answers else _ask(questions)
    return replace(case, answers=found)


def _ask(questions: tuple[Question, ...]) -> dict[str, Answer]:
    """Each question as a rich prompt; a bad answer is explained and asked again."""
    from rich.console import Console
    from rich.prompt import Prompt

    from reinstate.draft import check_answers, convert_answer

    console = Console(stderr=True, highlight=False)
    console.print(
        f"[bold]{len(questions)} questions[/bold] make the plan specific; Enter keeps the example."
    )
    found: dict[str, Any] = {}
    for question in questions:
        console.print(f"\n[bold]{question.prompt}[/bold]\n[dim]{question.help}[/dim]")
        choices = list(question.choice_keys) or None
        while True:
            value = Prompt.ask(
                question.id, console=console, choices=choices, default=_default(question)
            )
            try:
                found[question.id] = convert_answer(question, value) if value else None
                break
            except ValueError as error:
                console.print(f"[red]{question.id} {error}[/red]")
    return check_answers({k: v for k, v in found.items() if v is not None}, questions, "<prompt>")


def _default(question: Question) -> str:
    value = question.example
    return "; ".join(value) if isinstance(value, list) else str(value)


def _llm_markdown(
    case: Case, result: Draft, folder: str | None, base_url: str, model: str, retries: int
) -> str:
    from rich.console import Console

    from reinstate.draft import LLMSettings, llm_draft

    settings = LLMSettings.from_environment(base_url, model, retries)
    console = Console(stderr=True, highlight=False)
    with console.status(f"Asking {model} for a draft (at most {retries + 1} attempts)..."):
        outcome = llm_draft(case, result.markdown, result.exhibits, settings, folder=folder)
    _report_llm(console, outcome)
    return outcome.text


def _report_llm(console: Any, outcome: WriterResult) -> None:
    if outcome.accepted:
        console.print(
            f"The model's draft passed the review and the fact check (attempt {outcome.attempts})."
        )
        return
    reason = outcome.error or f"the model's draft still failed after {outcome.attempts} attempts"
    console.print(f"[yellow]Using the deterministic draft: {reason}.[/yellow]")
    for finding in outcome.findings:
        console.print(f"  {finding}")


def _emit(text: str, out: str | None) -> None:
    from reinstate.draft import write_text_atomically

    if out:
        write_text_atomically(out, text)
    else:
        click.echo(text, nl=False)


def _report(result: Draft, review: Any, out: str | None) -> None:
    from reinstate.review import render_text

    stream_err = out is None
    missing = [e for e in result.exhibits if not e.present]
    if out:
        click.echo(f"Wrote {out} ({result.words} words).")
    if missing:
        click.echo("Exhibits to gather (name each file as shown):", err=stream_err)
        for exhibit in missing:
            click.echo(f"  {exhibit.file}", err=stream_err)
    click.echo(render_text(review), nl=False, err=stream_err)
    if any(item.reason == "no --exhibits" for item in review.skipped):
        click.echo(
            "When the exhibits are gathered, check the plan again with --exhibits FOLDER.",
            err=stream_err,
        )


@draft.command()
@click.option(
    "--notice", "notice", required=True, metavar="NOTICE_FILE", help="Amazon's notice or its JSON."
)
@click.option(
    "--out", "out", metavar="FILE", help="Write the template here instead of standard output."
)
def questions(notice: str, out: str | None) -> None:
    """Print the questions for NOTICE_FILE as a TOML template to fill in.

    \b
    Example:
        reinstate draft questions --notice notice.txt > answers.toml
    """
    from reinstate.draft import answers_template, interview_questions
    from reinstate.notice import read_notice

    template = answers_template(interview_questions(read_notice(notice)))
    _emit(template, out)
