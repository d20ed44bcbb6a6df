"""The layers hold: the core imports no CLI, click, rich or Django, and no package imports
another package's private module (reinstate.X._y from outside reinstate.X)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parents[1] / "src" / "reinstate"
CORE = ["notice", "metrics", "review", "draft", "evidence", "packaging", "kb", "demo"]
SHELL_ONLY = ("click", "rich", "django", "reinstate.cli", "reinstate.web")


def imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every import in the file, relative imports made absolute."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.append((node.lineno, node.module))
            found += [(node.lineno, f"{node.module}.{alias.name}") for alias in node.names]
    return found


def owner(path: Path) -> str:
    """The package a file belongs to: `review` for reinstate/review/_x.py, "" at top level."""
    parts = path.relative_to(SRC).parts
    return parts[0] if len(parts) > 1 else ""


def core_files() -> list[Path]:
    return [p for name in CORE for p in sorted((SRC / name).rglob("*.py")) if (SRC / name).is_dir()]


@pytest.mark.parametrize("path", core_files(), ids=lambda p: str(p.relative_to(SRC)))
def test_the_core_imports_no_cli_click_rich_or_django(path: Path) -> None:
    bad = [
        f"line {line}: {module}"
        for line, module in imports(path)
        if any(module == s or module.startswith(s + ".") for s in SHELL_ONLY)
    ]
    assert not bad, bad


def all_files() -> list[Path]:
    return sorted(SRC.rglob("*.py"))


@pytest.mark.parametrize("path", all_files(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_package_imports_another_package_s_private_module(path: Path) -> None:
    mine = owner(path)
    bad = []
    for line, module in imports(path):
        parts = module.split(".")
        if parts[0] != "reinstate" or len(parts) < 3:
            continue
        private = any(part.startswith("_") for part in parts[2:])
        if private and parts[1] != mine:
            bad.append(f"line {line}: {module}")
    assert not bad, bad


def test_the_layer_check_finds_a_private_import(tmp_path: Path) -> None:
    sample = tmp_path / "x.py"
    sample.write_text("from reinstate.notice._language import is_classified\nimport click\n")
    assert (1, "reinstate.notice._language") in imports(sample)
    assert (2, "click") in imports(sample)
