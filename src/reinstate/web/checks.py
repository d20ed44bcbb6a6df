"""Startup problems as Django system checks, each with a stable id and a hint."""

from __future__ import annotations

import os
import shutil
from typing import Any

from django.conf import settings
from django.core.checks import Error, Warning, register


@register()
def data_dir_writable(**kwargs: Any) -> list[Error]:
    folder = settings.DATA_DIR
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        return [_unwritable(folder, error)]
    if not os.access(folder, os.W_OK):
        return [_unwritable(folder, None)]
    return []


def _unwritable(folder: Any, error: OSError | None) -> Error:
    return Error(
        f"The data directory {folder} cannot be written" + (f" ({error})." if error else "."),
        hint="Set REINSTATE_DATA_DIR to a folder this user may write, or pass --data-dir.",
        id="reinstate.E001",
    )


@register(deploy=True)
def debug_off(**kwargs: Any) -> list[Warning]:
    if settings.DEBUG:
        return [
            Warning(
                "REINSTATE_DEBUG is on: error pages show settings and code.",
                hint="Unset REINSTATE_DEBUG outside development.",
                id="reinstate.W001",
            )
        ]
    return []


@register()
def tesseract_installed(**kwargs: Any) -> list[Warning]:
    if shutil.which("tesseract") is None:
        return [
            Warning(
                "Tesseract OCR is not installed: scanned evidence cannot be read.",
                hint="Run scripts/system-deps (apt-get install tesseract-ocr tesseract-ocr-eng).",
                id="reinstate.W002",
            )
        ]
    return []
