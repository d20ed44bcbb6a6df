"""Charts: a weekly trend per metric with its target, a Pareto chart per defect type.

matplotlib is imported here only, with the Agg backend, when charts are asked for.
Each chart is written as PNG and SVG.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from reinstate.errors import InputError
from reinstate.metrics._causes import PARETO_SHARE
from reinstate.metrics._metric import Metric
from reinstate.metrics._report import MetricsReport
from reinstate.metrics._targets import targets
from reinstate.outputs import OutputSet

PARETO_BARS = 15


def pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt


def render_charts(report: MetricsReport, folder: str | Path) -> list[Path]:
    """Write every chart into `folder` (made if need be); returns the files written. Each is
    written to a temporary file and renamed when all are drawn (reinstate.outputs)."""
    out = chart_folder(folder)
    plt = pyplot()
    written: list[Path] = []
    with OutputSet() as outputs:
        for name, trend in report.trends.items():
            if trend:
                figure = trend_figure(plt, name, trend, report.metrics[name])
                written += save(plt, figure, out / f"trend-{name}", outputs)
        for kind, cause in report.root_causes.items():
            groups = cause["by"]["sku"]
            if cause["defects"] and groups:
                figure = pareto_figure(plt, kind, groups)
                written += save(plt, figure, out / f"pareto-{kind}", outputs)
    return written


def chart_folder(folder: str | Path) -> Path:
    """`folder`, made if need be; a sentence when it is a file or cannot be written."""
    out = Path(folder)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError("is a file, not a folder", path=str(out), field="--charts") from None
    except PermissionError:
        raise InputError(
            "cannot be made (permission denied)", path=str(out), field="--charts"
        ) from None
    except OSError as error:
        raise InputError(
            f"cannot be made ({error.strerror})", path=str(out), field="--charts"
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise InputError("cannot be written (permission denied)", path=str(out), field="--charts")
    return out


def save(plt: Any, figure: Any, stem: Path, outputs: OutputSet) -> list[Path]:
    paths = [stem.with_suffix(".png"), stem.with_suffix(".svg")]
    for path in paths:
        figure.savefig(outputs.add(path), format=path.suffix[1:], dpi=110, bbox_inches="tight")
    plt.close(figure)
    return paths


def trend_figure(plt: Any, name: str, trend: list[Any], metric: Metric) -> Any:
    figure, axes = plt.subplots(figsize=(8, 4))
    weeks = [w for w, v, _, _ in trend if v is not None]
    values = [v * 100 for _, v, _, _ in trend if v is not None]
    axes.plot(weeks, values, marker="o", color="#1f5f8b", label="weekly rate")
    if metric.target is not None:
        axes.axhline(metric.target * 100, color="#c0392b", linestyle="--", label="Amazon target")
    label = targets()[name].label if name in targets() else name
    axes.set_title(f"{label}, by week of order")
    axes.set_ylabel("%")
    axes.set_ylim(bottom=0)
    axes.legend(loc="upper left")
    figure.autofmt_xdate()
    return figure


def pareto_figure(plt: Any, kind: str, groups: list[dict[str, Any]]) -> Any:
    shown = [g for g in groups if g["defects"]][:PARETO_BARS]
    figure, axes = plt.subplots(figsize=(9, 4.5))
    keys = [g["key"] for g in shown]
    colours = ["#c0392b" if g["pareto"] else "#95a5a6" for g in shown]
    axes.bar(keys, [g["share"] * 100 for g in shown], color=colours)
    cumulative, total = [], 0.0
    for g in shown:
        total += g["share"]
        cumulative.append(min(total, 1.0) * 100)
    line = axes.twinx()
    line.plot(keys, cumulative, color="#1f5f8b", marker="o")
    line.axhline(PARETO_SHARE * 100, color="#1f5f8b", linestyle=":")
    line.set_ylim(0, 105)
    line.set_ylabel("cumulative share, %")
    axes.set_ylabel("share of defects, %")
    axes.set_title(f"Pareto of {kind.replace('_', ' ')} by SKU (red: Pareto set)")
    axes.tick_params(axis="x", rotation=45)
    return figure
