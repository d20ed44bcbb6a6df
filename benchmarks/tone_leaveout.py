"""How the tone layer does on a held-out set it was NOT trained on: leave-the-set-out.

Trains the tone classifier on every labelled sentence except those that are the set's own
sentences or near copies of them (half or more of their words shared), then reviews the set
with that model in place of the shipped one and prints what ``measure_heldout.py`` prints
for it. The phrase patterns of the tone rules stay as they are (some were written after
round 2 was seen), so this measures the classifier's part honestly and the patterns' part
optimistically.

    .venv/bin/python benchmarks/tone_leaveout.py tests/corpus/heldout-r2 [--strict] [--misses]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import measure_heldout

from reinstate.review._tone_model import tokens
from reinstate.review._tone_train import Example, examples, train

NEAR = 0.5
# Groups of sentences written after round 2's first run by the kinds it missed (their
# wording is close to the set's even where no sentence is copied): --strict leaves them out
# too, for a figure closer to a first run on unseen text.
AFTER_R2 = frozenset(
    {
        "blame/software",
        "blame/passed-on",
        "threat/escalation",
        "threat/audience",
        "emotive/jobs",
        "blame/contrast",
        "neutral/owned-contrast",
        "threat/counsel-advised",
        "neutral/conditional-commitments",
        "neutral/courtesy",
        "neutral/please",
        "neutral/procedures",
        "neutral/i-am-neutral",
        "neutral/asking-amazon",
        "neutral/offers",
        "neutral/account-review",
        "t-neutral-conditional",
    }
)


# Groups written after round 3's first run by the kinds it missed: --strict leaves them out
# too when the set is round 3.
AFTER_R3 = frozenset(
    {
        "blame/others-did-it",
        "blame/counterfactual",
        "blame/motives",
        "blame/policy-unclear",
        "blame/foreign",
        "blame/buyer-story",
        "blame/partners-did-it-2",
        "emotive/metaphors",
        "emotive/years-of-work",
        "emotive/unfairness-felt",
        "emotive/sleep-and-worry",
        "emotive/faith",
        "emotive/losing-home",
        "emotive/small-and-new",
        "emotive/hard-times",
        "emotive/foreign",
        "emotive/metaphors-2",
        "neutral/concede-right",
        "neutral/controls-present",
        "neutral/header-lines",
        "neutral/plain-intros-2",
        "neutral/foreign-neutral",
        "neutral/complaint-counts",
        "neutral/done-as-required",
        "neutral/concede-right-2",
        "neutral/controls-with-fault-words",
        "neutral/documents-of-the-owner",
        "threat/authorities-2",
        "threat/publish-2",
        "threat/not-over",
        "threat/hypothetical-press",
        "threat/foreign",
        "threat/authorities-3",
    }
)


# Groups written after round 4's first run by the kinds it missed (data/tone/*-stance.txt,
# threat-pressure.txt, emotive-rhetoric.txt): --strict leaves them out too when the set is
# round 4, for the figure of the features alone.


def _after_r4(group: str) -> bool:
    return group.split("/", 1)[-1].startswith(("s-", "p-", "r-"))


def _words(text: str) -> frozenset[str]:
    return frozenset(tokens(text))


def left_out(data: list[Example], sentences: list[str]) -> list[Example]:
    """`data` without the examples that share half or more of their words with a sentence
    of the held-out set (Jaccard similarity of word sets)."""
    held = [_words(s) for s in sentences]

    def near(words: frozenset[str]) -> bool:
        return any(len(words & h) >= NEAR * len(words | h) for h in held if words & h)

    return [e for e in data if not near(_words(e.text))]


def measure(folder: Path, strict: bool = False) -> dict[str, Any]:
    import reinstate.review._checks._tone as tone_checks

    pairs = measure_heldout.read_sentences(folder / "tone" / "sentences.tsv")
    data = examples()
    kept = left_out(data, [s for _, s in pairs])
    if strict:
        after = AFTER_R2 | (AFTER_R3 if "heldout-r3" in str(folder) else frozenset())
        kept = [e for e in kept if e.group.split(" (")[0] not in after]
        if "heldout-r4" in str(folder):
            kept = [e for e in kept if not _after_r4(e.group)]
    print(f"training on {len(kept)} of {len(data)} sentences ({len(data) - len(kept)} left out)")
    model = train(kept).model()
    tone_checks.tone_model = lambda: model  # type: ignore[assignment]
    return measure_heldout.worker(folder)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--misses", action="store_true", help="list the misses")
    parser.add_argument(
        "--strict",
        action="store_true",
        help="leave out AFTER_R2 (and for round 3 AFTER_R3, for round 4 the groups after it) too",
    )
    args = parser.parse_args()
    result = measure(args.folder, args.strict)
    print("\n".join(measure_heldout.table({"left out": result})))
    if args.misses:
        print("\nMissed:")
        for line in result["misses"] + result["plans"]["weak"]["missed"]:
            print(f"- {line}")


if __name__ == "__main__":
    sys.exit(main())
