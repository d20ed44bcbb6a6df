"""The report as text for people: metrics, root causes, themes, what-if."""

from __future__ import annotations

from typing import Any

from reinstate.metrics._metric import Metric
from reinstate.metrics._report import MetricsReport
from reinstate.metrics._targets import targets

TOP_GROUPS = 3


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value * 100:.2f} %"


def metric_line(name: str, entry: Metric) -> str:
    label = targets()[name].label if name in targets() else name
    counts = (
        f"{entry.numerator:g}/{entry.denominator:g}"
        if entry.numerator is not None and entry.denominator is not None
        else ""
    )
    target = ""
    if entry.target is not None:
        sign = "<" if entry.target_condition == "LESS_THAN" else ">"
        target = f"target {sign} {percent(entry.target)}"
    days = (entry.window or {}).get("days")
    shown = "no target" if entry.target is None and entry.status == "good" else None
    flags = [shown or entry.status, entry.source]
    flags += ["approximate"] if entry.approximate else []
    parts = [f"  {label:<40} {percent(entry.value):>9}", f"{counts:>13}", f"{target:<17}"]
    parts.append(f"{days or '?':>3} d  " + ", ".join(flags))
    return "  ".join(parts)


def render_text(report: MetricsReport) -> str:
    """The whole report as plain text."""
    lines = [f"As of {report.as_of or '(no orders)'}", "", "Files"]
    for f in report.files:
        extra = f", {f.unmatched} unmatched" if f.unmatched else ""
        lines.append(f"  {f.path}: {f.kind}, {f.rows} rows, {f.encoding}{extra}")
    lines += account_lines(report.account_health)
    lines += ["", "Metrics"] + [metric_line(n, m) for n, m in report.metrics.items()]
    lines += cause_lines(report.root_causes)
    lines += what_if_lines(report.what_if, targeted_metrics(report))
    return "\n".join(lines) + "\n"


def account_lines(account: dict[str, Any]) -> list[str]:
    lines: list[str] = []
    for market in account.get("marketplaces", []):
        ahr = market["account_health_rating"]
        lines += ["", f"Amazon's account health, marketplace {market['marketplace_id']}"]
        lines.append(f"  Account health rating: {ahr['status']} (score {ahr['score'] or '—'})")
        lines += [metric_line(n, m) for n, m in market["metrics"].items() if n in targets()]
    return lines


def cause_lines(causes: dict[str, dict[str, Any]]) -> list[str]:
    lines: list[str] = []
    for kind, cause in causes.items():
        if not cause["defects"]:
            continue
        lines += [
            "",
            f"Root causes of {kind.replace('_', ' ')}: {cause['defects']} of "
            f"{cause['orders']} orders ({percent(cause['rate'])}) in 90 days",
        ]
        for dim, groups in cause["by"].items():
            top = [g for g in groups if g["pareto"]][:TOP_GROUPS] or groups[:1]
            text = "; ".join(
                f"{g['key']} {g['defects']}/{g['orders']} share {percent(g['share'])}"
                f" lift {g['lift'] or 0:.1f}×"
                for g in top
            )
            lines.append(f"  by {dim:<19} {text}")
        for theme in cause.get("themes", [])[:TOP_GROUPS]:
            example = f' e.g. "{theme["examples"][0]}"' if theme["examples"] else ""
            lines.append(f"  theme {theme['theme']}: {theme['count']}{example}")
    return lines


def targeted_metrics(report: MetricsReport) -> list[tuple[str, Metric]]:
    """Every metric that has a target, recomputed or Amazon's, with its name."""
    found = [(n, m) for n, m in report.metrics.items() if m.target is not None]
    for market in report.account_health.get("marketplaces", []):
        found += [(n, m) for n, m in market["metrics"].items() if m.target is not None]
    return found


def verdict(targeted: list[tuple[str, Metric]]) -> str:
    """What can be said of the targets when no metric misses one: never that every metric
    meets its target when some, or all, have no data to judge."""
    judged = {n for n, m in targeted if m.status != "no-data"}
    empty = sorted({n for n, _ in targeted} - judged)
    if not judged:
        return (
            "No metric with a target has data to judge (check --as-of and the files given);"
            " nothing is said about targets."
        )
    if empty:
        names = ", ".join(targets()[n].label if n in targets() else n for n in empty)
        return f"Every metric with a target and data meets it; these have no data: {names}."
    return "Every metric with a target meets it."


def what_if_lines(
    figures: dict[str, dict[str, Any]], targeted: list[tuple[str, Metric]]
) -> list[str]:
    lines: list[str] = ["", "What if" if figures else verdict(targeted)]
    for name, f in figures.items():
        label = targets()[name].label if name in targets() else name
        more = f["more_defect_free_orders"]
        lines.append(
            f"  {label}: {f['fewer_defects']} fewer defects, or {more} more defect-free "
            f"orders in the same {(f['window'] or {}).get('days', '?')} days, reach the target"
        )
    return lines
