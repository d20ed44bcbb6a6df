"""Measure the reviewer on a held-out set, with the landed code and with this branch in one run.

The set (written by someone who never saw the rules) has ``tone/sentences.tsv`` (a label
among blame/threat/emotive/neutral and a sentence on each line) and ``plans/*.md`` with a
``*.toml`` beside each, in the format of ``tests/corpus/poa`` (strong plans: no errors or
warnings but those in `allow`; weak plans: every rule in `expect`).

    .venv/bin/python benchmarks/measure_heldout.py DIR --landed /path/to/landed/.venv/bin/python

Each interpreter reviews the set in a child process (``--worker``), so each uses its own
``reinstate``; the figures are printed as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

TONE = ("blame", "threat", "emotive")
LABELS = (*TONE, "neutral")


def read_sentences(path: Path) -> list[tuple[str, str]]:
    """(label, sentence) pairs of a TSV whose columns may be in any order (a header line,
    or any line without a known label, is skipped)."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = [f.strip() for f in line.split("\t")]
        labels = [f.lower() for f in fields if f.lower() in LABELS]
        others = [f for f in fields if f.lower() not in LABELS]
        if labels and others:
            pairs.append((labels[0], max(others, key=len)))
    return pairs


def context_of(meta: dict[str, Any]) -> Any:
    from reinstate.review import ExhibitFolder, NoticeFacts, ReviewConfig, ReviewContext

    notice, exhibits = meta.get("notice"), meta.get("exhibits")
    return ReviewContext(
        config=ReviewConfig().with_values(meta.get("config", {})),
        notice=NoticeFacts.from_dict(dict(notice, version=1)) if notice is not None else None,
        metrics=dict(meta["metrics"]) if "metrics" in meta else None,
        exhibits=ExhibitFolder.of_names(list(exhibits)) if exhibits is not None else None,
    )


def worker(folder: Path) -> dict[str, Any]:
    """The raw figures of the reinstate this interpreter imports."""
    from reinstate.review import review_text

    tone: dict[str, Any] = {label: {"total": 0, "caught": 0} for label in LABELS}
    neutral_alarms: Counter[str] = Counter()
    misses: list[str] = []
    sentences = folder / "tone" / "sentences.tsv"
    for label, sentence in read_sentences(sentences) if sentences.exists() else []:
        found = {f.rule for f in review_text(sentence).findings}
        flagged = {rule for rule in (f"tone.{t}" for t in TONE) if rule in found}
        tone[label]["total"] += 1
        if label == "neutral":
            neutral_alarms.update(flagged)
            tone[label]["caught"] += not flagged
        else:
            tone[label]["caught"] += f"tone.{label}" in flagged
            if f"tone.{label}" not in flagged:
                misses.append(f"{label}: {sentence}")
    plans = _plans(folder / "plans")
    return {"tone": tone, "neutral_alarms": dict(neutral_alarms), "plans": plans, "misses": misses}


def _plans(folder: Path) -> dict[str, Any]:
    from reinstate.review import review_text

    strong: dict[str, Any] = {"plans": 0, "errors": 0, "warnings": 0, "rules": Counter()}
    weak: dict[str, Any] = {"plans": 0, "expected": 0, "caught": 0, "missed": []}
    for case in sorted(folder.glob("*.md")):
        meta_path = case.with_suffix(".toml")
        if not meta_path.exists():
            continue
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
        review = review_text(case.read_text(encoding="utf-8"), context_of(meta), path=case.name)
        if meta.get("quality") == "strong":
            allowed = set(meta.get("allow", []))
            strong["plans"] += 1
            for f in review.findings:
                if f.severity in ("error", "warning") and f.rule not in allowed:
                    strong[f"{f.severity}s"] += 1
                    strong["rules"][f.rule] += 1
        else:
            expected = set(meta.get("expect", []))
            found = {f.rule for f in review.findings}
            weak["plans"] += 1
            weak["expected"] += len(expected)
            weak["caught"] += len(expected & found)
            weak["missed"] += [f"{case.name}: {rule}" for rule in sorted(expected - found)]
    strong["rules"] = dict(strong["rules"])
    return {"strong": strong, "weak": weak}


def run(python: str, folder: Path) -> dict[str, Any]:
    out = subprocess.run(
        [python, __file__, str(folder), "--worker"], capture_output=True, text=True, check=True
    )
    result: dict[str, Any] = json.loads(out.stdout)
    return result


def table(results: dict[str, dict[str, Any]]) -> list[str]:
    names = list(results)
    lines = ["| Figure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]

    def row(title: str, cell: Any) -> None:
        lines.append(f"| {title} | " + " | ".join(cell(results[n]) for n in names) + " |")

    for label in TONE:
        row(f"`tone.{label}` caught", lambda r, k=label: _share(r["tone"][k]))
    row("neutral sentences with no tone finding", lambda r: _share(r["tone"]["neutral"]))
    for label in TONE:
        row(
            f"false `tone.{label}` on neutral sentences",
            lambda r, k=label: str(r["neutral_alarms"].get(f"tone.{k}", 0)),
        )
    row("injected defects caught (weak plans)", lambda r: _share(r["plans"]["weak"], "expected"))
    row(
        "false errors / warnings on strong plans",
        lambda r: (
            f"{r['plans']['strong']['errors']} / {r['plans']['strong']['warnings']}"
            f" (of {r['plans']['strong']['plans']} plans)"
        ),
    )
    row(
        "rules of those false findings",
        lambda r: (
            ", ".join(f"{k} {v}" for k, v in sorted(r["plans"]["strong"]["rules"].items()))
            or "none"
        ),
    )
    return lines


def _share(figures: dict[str, Any], total: str = "total") -> str:
    caught, count = figures["caught"], figures[total]
    return f"{caught}/{count} ({100 * caught / max(count, 1):.0f} %)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--landed", help="python of a venv with the landed code")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--misses", action="store_true", help="list what this branch missed")
    args = parser.parse_args()
    if args.worker:
        print(json.dumps(worker(args.folder)))
        return
    results = {}
    if args.landed:
        results["landed"] = run(args.landed, args.folder)
    results["this branch"] = run(sys.executable, args.folder)
    print("\n".join(table(results)))
    if args.misses:
        branch = results["this branch"]
        print("\nMissed on this branch:")
        for line in branch["misses"] + branch["plans"]["weak"]["missed"]:
            print(f"- {line}")


if __name__ == "__main__":
    main()
