"""Options several commands share."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
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


EXIT_TERMINATED = 128 + 15  # the shell's code for a process ended by SIGTERM


@contextlib.contextmanager
def cleaned_up_on_sigterm() -> Iterator[None]:
    """While the block runs, SIGTERM raises SystemExit(143) instead of killing the process
    at once, so that `finally` blocks and temporary folders are cleaned up."""

    def stop(_signal: int, _frame: object) -> None:
        raise SystemExit(EXIT_TERMINATED)

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread: signals cannot be caught here
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
