"""Reading and checking an appeal before anything is written: the gate.

The plan is reviewed (``reinstate.review``) against the notice and the exhibits folder;
each exhibit is made sendable (``_convert``) and checked (``reinstate.evidence``) as it
will be sent. Their errors, and packaging's own (a refused file), stop packaging unless
it is forced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reinstate import textio
from reinstate.errors import InputError
from reinstate.evidence import Report, check_files, make_context, read_account
from reinstate.notice import read_notice
from reinstate.packaging._convert import MB, stage
from reinstate.packaging._exhibits import assign_issues, collect, notice_issues
from reinstate.packaging._markdown import parse
from reinstate.packaging._model import Appeal, Exhibit, GateFinding
from reinstate.packaging._plain import limits
from reinstate.review import (
    ExhibitFolder,
    NoticeFacts,
    Review,
    ReviewContext,
    load_metrics,
    review_text,
)

Progress = Callable[[str], None]


def _quiet(_step: str) -> None:
    return None


def prepare(
    poa: str | Path,
    notice: str | Path,
    exhibits: str | Path | None,
    account: str | Path | None,
    work: Path,
    progress: Progress | None = None,
    metrics: str | Path | None = None,
) -> Appeal:
    """The appeal read, its exhibits staged into `work` and checked, its gate findings set.
    With `metrics` (the JSON of `reinstate metrics`), the figures the plan states are checked
    against the seller's data, as `reinstate check --metrics` does."""
    step = progress or _quiet
    step("Reading the plan and the notice")
    text = textio.read_text(poa, "plan")
    blocks = parse(text)
    if not blocks:
        raise InputError("has no text in it", path=textio.display_name(poa))
    read = read_notice(notice)
    folder = ExhibitFolder.scan(exhibits) if exhibits is not None else None
    owner = read_account(account) if account is not None else None
    figures = load_metrics(metrics) if metrics is not None else None
    step("Reviewing the plan")
    facts = NoticeFacts.from_dict(read.to_dict())
    context = ReviewContext(notice=facts, exhibits=folder, metrics=figures)
    review = review_text(text, context, path=textio.display_name(poa))
    found = collect(text, folder) if folder else []
    staged = work / "staged"
    staged.mkdir(parents=True, exist_ok=True)
    for exhibit in found:
        step(f"Preparing {exhibit.source.name}")
        stage(exhibit, staged)
    report = _check(found, notice, account, step)
    issues = notice_issues(read)
    assign_issues(found, issues, blocks)
    appeal = Appeal(Path(poa), text, blocks, read, issues, owner, found, review)
    appeal.findings = gate_findings(appeal, report, exhibits is not None)
    return appeal


def _check(
    exhibits: list[Exhibit], notice: str | Path, account: str | Path | None, step: Progress
) -> Report | None:
    """The evidence check of the files as they will be sent; format errors refuse them."""
    checked = [exhibit for exhibit in exhibits if exhibit.file is not None]
    paths = [exhibit.file for exhibit in checked if exhibit.file is not None]
    if not paths:
        return None
    report = check_files(
        paths, make_context(notice, None, account), lambda p: step(f"Checked {p.name}")
    )
    for exhibit, file_report in zip(checked, report.files, strict=True):
        exhibit.report, exhibit.kind = file_report, file_report.kind
        exhibit.pages = file_report.pages
        unsendable = [f for f in file_report.findings if f.rule.startswith("format.")]
        if unsendable and unsendable[0].severity == "error":
            exhibit.refused = unsendable[0].message
    return report


# Without --metrics, the figures the plan states are not checked: the skip is reported
# (manifest `not_checked`, the command's output) but does not hold the verdict back, since a
# plan may be packaged where `reinstate check --metrics` already ran. Any other skipped check
# does hold it back.
UNGATED_SKIPS = ("no --metrics",)


def _review_findings(review: Review) -> list[GateFinding]:
    found = [
        GateFinding("review", f.severity, f.rule, f.message, f"{review.file}:{f.line}:{f.column}")
        for f in review.findings
        if f.severity in ("error", "warning")
    ]
    for item in review.skipped:
        if item.reason not in UNGATED_SKIPS:
            message = f"{item.check} could not be checked ({item.reason})"
            where = item.reason.removeprefix("no ")
            found.append(GateFinding("review", "warning", "review.not-checked", message, where))
    return found


def _evidence_findings(exhibits: list[Exhibit], report: Report | None) -> list[GateFinding]:
    found = []
    for exhibit in exhibits:
        for f in exhibit.report.findings if exhibit.report else []:
            where = exhibit.source.name + (f", page {f.page}" if f.page else "")
            found.append(GateFinding("evidence", f.severity, f.rule, f.message, where))
    for f in report.findings if report else []:
        found.append(GateFinding("evidence", f.severity, f.rule, f.message, "exhibits"))
    return [f for f in found if f.severity in ("error", "warning")]


def _package_findings(appeal: Appeal, with_exhibits: bool) -> list[GateFinding]:
    found = []
    for exhibit in appeal.exhibits:
        name = exhibit.source.name
        if exhibit.refused and exhibit.report is None:
            message = f"the file {exhibit.refused}; it cannot be sent"
            found.append(GateFinding("package", "error", "package.exhibit-refused", message, name))
        if not exhibit.cited:
            message = "the plan does not cite this file; cite it as an exhibit or remove it"
            found.append(
                GateFinding("package", "warning", "package.exhibit-uncited", message, name)
            )
    if appeal.account is None:
        message = "no account details: the email and the cover page lack them; give --account"
        found.append(
            GateFinding("package", "warning", "package.account-missing", message, "--account")
        )
    total = sum(e.file.stat().st_size for e in appeal.sent_exhibits if e.file)
    limit = float(limits()["size"]["max_email_mb"]) * MB
    if total > limit:
        message = (
            f"the attachments come to {total / MB:.1f} MB, over the {limit / MB:.0f} MB"
            " an email carries safely; use the Seller Central form"
        )
        found.append(
            GateFinding(
                "package", "warning", "package.email-too-large", message, "plan-of-action.eml"
            )
        )
    if with_exhibits:
        for issue in appeal.issues:
            if not any(issue.id in e.issues for e in appeal.sent_exhibits):
                message = f"no exhibit serves issue {issue.id} ({issue.kind})"
                found.append(
                    GateFinding(
                        "package", "warning", "package.issue-without-exhibit", message, issue.id
                    )
                )
    return found


def gate_findings(appeal: Appeal, report: Report | None, with_exhibits: bool) -> list[GateFinding]:
    """Every error and warning of the reviewer, the evidence check and packaging."""
    return (
        _review_findings(appeal.review)
        + _evidence_findings(appeal.exhibits, report)
        + _package_findings(appeal, with_exhibits)
    )
