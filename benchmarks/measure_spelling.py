"""Measure the spelling rule on misspellings and on real names and terms, each in a sentence.

    .venv/bin/python benchmarks/measure_spelling.py [--list]

`tests/corpus/spelling/typos.tsv` holds misspellings as sellers make them and
`names.tsv` real names and terms (brands, software, chemicals, places, people, foreign words,
units); each line is the word, a tab and the sentence it sits in. A misspelling is caught when
`spelling.unknown-word` flags that word; a name is wrongly flagged when the rule flags anything
in its sentence. Each sentence is reviewed alone, with no config, notice or exhibits.
"""

from __future__ import annotations

import argparse
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus" / "spelling"


def read_pairs(path: Path) -> list[tuple[str, str]]:
    """(word, sentence) of each line that is not a comment."""
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            word, sentence = line.split("\t", 1)
            pairs.append((word, sentence))
    return pairs


def flagged(sentence: str) -> list[str]:
    """The words `spelling.unknown-word` flags in `sentence`, lower case."""
    from reinstate.review import review_text

    review = review_text(sentence)
    # the message quotes the word: "'recieved' is not a known word."
    return [
        f.message.split("'")[1].lower()
        for f in review.findings
        if f.rule == "spelling.unknown-word"
    ]


def measure(folder: Path = CORPUS) -> dict[str, list[str]]:
    """The misspellings caught and missed, and the names wrongly flagged."""
    caught, missed, false = [], [], []
    for word, sentence in read_pairs(folder / "typos.tsv"):
        (caught if word.lower() in flagged(sentence) else missed).append(word)
    for word, sentence in read_pairs(folder / "names.tsv"):
        words = flagged(sentence)
        if words:
            false.append(f"{word}: {', '.join(words)}")
    return {"caught": caught, "missed": missed, "false": false}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="list misses and false flags")
    args = parser.parse_args()
    result = measure()
    typos = len(result["caught"]) + len(result["missed"])
    names = len(read_pairs(CORPUS / "names.tsv"))
    print(f"misspellings caught: {len(result['caught'])}/{typos}")
    print(f"names and terms wrongly flagged: {len(result['false'])}/{names}")
    if args.list:
        print("missed:", ", ".join(result["missed"]))
        print("false:\n  " + "\n  ".join(result["false"]))


if __name__ == "__main__":
    main()
