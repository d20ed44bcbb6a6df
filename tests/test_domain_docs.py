"""The domain knowledge the code cites lives in the repository (docs/domain/)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]
DOMAIN = ROOT / "docs" / "domain"
CITATION = re.compile(r"\b(amazon|metrics|taxonomy)\.md §(\d+(?:\.\d+)?)")
SHIPPED = ("src", "docs", "examples", "scripts", "README.md", "pyproject.toml", "tests/corpus")


def shipped_files() -> list[Path]:
    listed = subprocess.run(
        ["git", "ls-files", "-z", *SHIPPED], cwd=ROOT, capture_output=True, check=True
    ).stdout.decode()
    return [ROOT / name for name in listed.split("\0") if name]


def text_of(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, FileNotFoundError, IsADirectoryError):
        return ""


def test_no_shipped_file_cites_the_shared_domain_folder_outside_the_repository() -> None:
    citing = [str(p.relative_to(ROOT)) for p in shipped_files() if "shared/domain" in text_of(p)]
    assert not citing, f"cite docs/domain/ instead: {citing}"


def sections(name: str) -> set[str]:
    heads = re.findall(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", (DOMAIN / f"{name}.md").read_text(), re.M)
    return set(heads)


@pytest.mark.parametrize("name", ["amazon", "metrics", "taxonomy"])
def test_the_domain_file_is_in_the_repository(name: str) -> None:
    assert (DOMAIN / f"{name}.md").read_text().startswith("# ")


def test_every_section_cited_exists_in_docs_domain() -> None:
    missing = set()
    for path in shipped_files():
        for name, number in CITATION.findall(text_of(path)):
            if number not in sections(name):
                missing.add(f"{path.relative_to(ROOT)}: {name}.md §{number}")
    assert not missing, sorted(missing)
