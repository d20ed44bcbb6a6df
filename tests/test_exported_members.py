"""Each package's `__all__` is sorted (as ruff sorts it) and lists exactly its public names (like httpx)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from types import ModuleType

import pytest

import reinstate

PACKAGES = ["reinstate"] + [
    f"reinstate.{info.name}"
    for info in pkgutil.iter_modules(reinstate.__path__)
    if info.ispkg and info.name not in {"cli", "web"}
]


def isort_key(name: str) -> tuple[int, str]:
    """Ruff's RUF022 order: CONSTANTS, then Classes, then functions, each alphabetical."""
    if name.isupper() or (name.upper() == name and "_" in name):
        return (0, name)
    return (1, name) if name[:1].isupper() else (2, name)


def public_names(module: ModuleType) -> set[str]:
    """Functions, classes and constants the package defines or re-exports from reinstate."""
    names = set()
    for name, value in vars(module).items():
        if name.startswith("_") or inspect.ismodule(value) or name == "annotations":
            continue
        origin = getattr(value, "__module__", module.__name__)
        if origin and origin.startswith("reinstate"):
            names.add(name)
    return names


@pytest.mark.parametrize("name", PACKAGES)
def test_all_is_sorted_and_names_exactly_the_public_members(name: str) -> None:
    module = importlib.import_module(name)
    exported = list(getattr(module, "__all__", []))
    assert exported, f"{name} has no __all__"
    assert exported == sorted(exported, key=isort_key), f"{name}.__all__ is not sorted"
    missing = [n for n in exported if not hasattr(module, n)]
    assert not missing, f"{name}.__all__ names what it lacks: {missing}"
    assert public_names(module) <= set(exported), f"{name} exports more than __all__ says"
