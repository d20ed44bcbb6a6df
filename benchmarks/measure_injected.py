"""Inject defects into strong plans and count how many the reviewer catches.

    .venv/bin/python benchmarks/measure_injected.py [FOLDER ...] [--landed PYTHON]

Each strong plan of the folders (default: tests/corpus/plans-by-voice/plans) gets one defect
at a time, placed where a writer would put it: a blame sentence after the first sentence of
the root cause, a promise after the first corrective step, a vague line in the preventive
part, a typo in a common word, an ASIN of the notice removed, a minimising sentence after the
first sentence of the root cause, the root cause taken out (its heading and sentences) with a
sentence restating the notice in its place, and a run-on sentence made of the root cause's
sentences joined by ", and" and ", because". A defect is caught when its
rule is among the findings of the changed plan and was not among the plan's own. This checks
that the exemptions made for strong plans (a paragraph that owns the cause, controls, pending
dated steps) do not hide real defects.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tomllib
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

BLAME = [
    "The carrier lost a lot of these parcels and never scanned them at pickup.",
    "Most of these buyers simply ordered the wrong size and then blamed us for it.",
    "Amazon's warehouse mixed our returned units in with the new stock.",
    "Our supplier changed the packaging without telling anyone.",
    "A competitor has been filing these complaints to push us off the listing.",
    "The new packer ignored the checklist we gave him.",
]
PROMISES = [
    "We will refund every affected buyer.",
    "We are going to remove the remaining units from our stock.",
]
VAGUE = ["We will be more careful from now on.", "We will monitor things closely going forward."]
EXCUSES = [
    "This was only 14 orders out of more than 2,000, a very small number for a seller of our size.",
    "Most of our buyers are happy, and the metric makes the problem look bigger than it is.",
]
RESTATEMENT = "Our account was deactivated because of the issue described in the notice."
TYPOS = {
    "received": "recieved",
    "separate": "seperate",
    "shipment": "shippment",
    "immediately": "immediatly",
    "warehouse": "warehose",
    "listing": "lisitng",
    "invoices": "invocies",
    "checked": "cheked",
    "because": "becuase",
}


def injections(text: str, meta: dict[str, Any]) -> list[tuple[str, str]]:
    """(rule, changed text) for each defect that fits the plan."""
    from reinstate.review._checks._common import parts_of
    from reinstate.review._document import Document

    parts = parts_of(Document(text))
    found: list[tuple[str, str]] = []

    def after_first(part: str, sentence: str) -> str | None:
        body = [s for s in parts[part].sentences if not s.is_heading]
        if not body:
            return None
        end = body[0].end
        return text[:end] + " " + sentence + text[end:]

    for sentence in BLAME:
        changed = after_first("root_cause", sentence)
        if changed:
            found.append(("tone.blame", changed))
    for sentence in PROMISES:
        changed = after_first("corrective", sentence)
        if changed:
            found.append(("tense.corrective-future", changed))
    for sentence in VAGUE:
        changed = after_first("preventive", sentence)
        if changed:
            found.append(("specificity.vague", changed))
    for word, typo in TYPOS.items():
        match = re.search(rf"\b{word}\b", text)
        if match:
            found.append(
                ("spelling.unknown-word", text[: match.start()] + typo + text[match.end() :])
            )
    for asin in meta.get("notice", {}).get("asins", []):
        found.append(("coverage.asin-missing", text.replace(asin, "the item")))
    for sentence in EXCUSES:
        changed = after_first("root_cause", sentence)
        if changed:
            found.append(("tone.excuse", changed))
    without = _without_root_cause(text, parts)
    if without:
        found.append(("structure.missing-root-cause", without))
    run_on = _run_on(text, parts)
    if run_on:
        found.append(("grammar.long-sentence", run_on))
    return found


def _without_root_cause(text: str, parts: Any) -> str | None:
    """The plan with its root-cause part (and the heading before it) replaced by a sentence
    that restates the notice: the cause is then only guessable from the steps."""
    from reinstate.review._document import Document

    body = parts["root_cause"].sentences
    if parts["root_cause"].detected_by != "heading" or not body:
        return None
    before = [s for s in Document(text).sentences if s.end <= body[0].start]
    if not before:
        return None
    return text[: before[-1].start] + RESTATEMENT + "\n" + text[body[-1].end :]


def _run_on(text: str, parts: Any) -> str | None:
    """The root cause's first four sentences of one paragraph joined into one run-on
    sentence with ", and", ", because" and ", so" (each clause stays short)."""
    body = [s for s in parts["root_cause"].sentences if not s.is_heading]
    block = [s for s in body if s.block == body[0].block][:4] if body else []
    if len(block) < 4 or sum(s.words for s in block) <= 45:
        return None
    joins = [", and ", ", because ", ", so "]
    pieces = [block[0].text.rstrip(".")]
    for join, sentence in zip(joins, block[1:], strict=False):
        clause = sentence.text.rstrip(".")
        pieces.append(join + (clause[0].lower() + clause[1:] if clause[:2] != "I " else clause))
    joined = "".join(pieces) + "."
    return text[: block[0].start] + joined + text[block[-1].end :]


def worker(folders: list[Path]) -> dict[str, Any]:
    from measure_heldout import context_of

    from reinstate.review import review_text

    caught: Counter[str] = Counter()
    total: Counter[str] = Counter()
    for folder in folders:
        for case in sorted(folder.glob("*.md")):
            meta_path = case.with_suffix(".toml")
            if not meta_path.exists():
                continue
            meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("quality") != "strong":
                continue
            text = case.read_text(encoding="utf-8")
            context = context_of(meta)
            own = {f.rule for f in review_text(text, context).findings}
            for rule, changed in injections(text, meta):
                if rule in own:
                    continue
                total[rule] += 1
                caught[rule] += rule in {f.rule for f in review_text(changed, context).findings}
    return {"caught": dict(caught), "total": dict(total)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="*", type=Path)
    parser.add_argument("--landed", help="python of a venv with the landed code")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folders = args.folders or [ROOT / "tests" / "corpus" / "plans-by-voice" / "plans"]
    if args.worker:
        print(json.dumps(worker(folders)))
        return
    runs = {"this branch": sys.executable} | ({"landed": args.landed} if args.landed else {})
    results = {}
    for name, python in runs.items():
        command = [python, __file__, *map(str, folders), "--worker"]
        results[name] = json.loads(
            subprocess.run(command, capture_output=True, text=True, check=True).stdout
        )
    names = list(results)
    print("| Injected defect | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    rules = sorted(set().union(*(r["total"] for r in results.values())))
    for rule in [*rules, "all"]:
        cells = []
        for name in names:
            total = results[name]["total"]
            caught = results[name]["caught"]
            t = sum(total.values()) if rule == "all" else total.get(rule, 0)
            c = sum(caught.values()) if rule == "all" else caught.get(rule, 0)
            cells.append(f"{c}/{t}")
        print(f"| `{rule}` | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
