"""Options several commands share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import click


def format_option(*formats: str, what: str = "") -> Callable[[Any], Any]:
    """`--format` with `formats` (the first is the default), passed as `output_format`."""
    machine = " or ".join(formats[1:])
    help_text = f"{formats[0]} for people, {machine} for programs" + (f" ({what})" if what else "")
    return click.option(
        "--format",
        "output_format",
        type=click.Choice(list(formats)),
        default=formats[0],
        show_default=True,
        help=help_text + ".",
    )
