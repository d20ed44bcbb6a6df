"""Showing a check report: text for people, JSON (version 1) for programs."""

from __future__ import annotations

import json

from reinstate.evidence._model import FileReport, Finding, Report
from reinstate.findings import is_ready
from reinstate.findings import to_sarif as sarif_log


def to_sarif(report: Report) -> str:
    """A SARIF 2.1.0 log: each file's findings located by file and page, the set's by
    the first file; the driver lists every evidence rule."""
    from reinstate import __version__
    from reinstate.evidence._rules import load_rules

    results = [(file.path, f) for file in report.files for f in file.findings]
    first = report.files[0].path if report.files else "."
    results += [(first, f) for f in report.findings]
    log = sarif_log(tuple(load_rules().values()), results, __version__)
    return json.dumps(log, indent=2, ensure_ascii=False)


def to_json(report: Report) -> str:
    return json.dumps(report.to_dict(), indent=2, ensure_ascii=False)


def _finding_line(finding: Finding) -> str:
    where = f" (page {finding.page})" if finding.page else ""
    return f"  {finding.severity:<10} {finding.rule}{where}: {finding.message}"


def _file_text(report: FileReport) -> list[str]:
    verdict = "ready" if report.ready else "NOT READY"
    pages = f"{report.pages} page{'s' * (report.pages != 1)}" if report.pages else "unreadable"
    lines = [f"{report.path}: {verdict} ({report.kind}, {pages})"]
    fields = report.fields
    if fields.invoice_date or fields.supplier.name:
        date = fields.invoice_date.isoformat() if fields.invoice_date else "no date"
        lines.append(
            f"  invoice {fields.invoice_number or '?'} of {date} from {fields.supplier.name or '?'}"
        )
    lines += [_finding_line(finding) for finding in report.findings]
    return lines


def to_text(report: Report) -> str:
    """One block per file, then the findings about the set and the overall verdict."""
    lines = [line for file in report.files for line in _file_text(file)]
    lines += [_finding_line(finding) for finding in report.findings]
    if report.skipped:
        lines.append(f"Checks that could not run ({len(report.skipped)}):")
        lines += [f"  skipped    {what}" for what in report.skipped]
    ready = sum(file.ready for file in report.files)
    verdict = "ready to send" if report.ready else "not ready to send"
    passed = is_ready(report.findings) and ready == len(report.files)
    if report.skipped and passed:
        verdict = "not ready to send: the checks above could not run"
    lines.append(f"{ready} of {len(report.files)} files ready; the set is {verdict}.")
    return "\n".join(lines)
