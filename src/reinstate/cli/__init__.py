"""The `reinstate` command line: a thin shell over the library.

Each command lives in its own module and is imported only when it runs, so that
`reinstate check` starts fast. Built-in commands are registered in ``COMMANDS``, one
explicit list: to add a command, write ``reinstate/cli/<name>.py`` with a click command
and add a line here.
"""

from __future__ import annotations

import importlib
import logging
import sys
from collections.abc import Sequence
from typing import Any

import click

from reinstate.errors import ReinstateError

# name -> "module:attribute" of a click command, loaded on first use
COMMANDS: dict[str, str] = {
    "check": "reinstate.cli.check:check",
    "evidence": "reinstate.cli.evidence:evidence",
    "metrics": "reinstate.cli.metrics:metrics",
    "demo-data": "reinstate.cli.demo_data:demo_data",
    "draft": "reinstate.cli.draft:draft",
    "notice": "reinstate.cli.notice:notice",
    "package": "reinstate.cli.package:package",
    "rules": "reinstate.cli.rules:rules",
    "serve": "reinstate.cli.serve:serve",
}

EXIT_BAD_INPUT = 2


class LazyGroup(click.Group):
    """A group whose commands are imported only when they are run or listed in help."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """Click's own errors (a bad option, a missing argument, a wrong value) as one
        sentence with exit code 2, like every other bad input; no usage block."""
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            return super().main(args, prog_name, complete_var, False, **extra)
        except click.exceptions.NoArgsIsHelpError as error:
            error.show()  # the help, as a group given no command shows it
            sys.exit(EXIT_BAD_INPUT)
        except click.UsageError as error:
            click.echo(f"Error: {usage_sentence(error)}", err=True)
            sys.exit(EXIT_BAD_INPUT)
        except click.ClickException as error:
            error.show()
            sys.exit(error.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ReinstateError as error:
            click.echo(f"Error: {error.sentence()}", err=True)
            sys.exit(EXIT_BAD_INPUT)


def usage_sentence(error: click.UsageError) -> str:
    """`reinstate check: no such option '--nope'. Run reinstate check --help for help.`"""
    message = " ".join(error.format_message().split())
    command = error.ctx.command_path if error.ctx else "reinstate"
    message = message[0].lower() + message[1:] if message[:1].isupper() else message
    if not message.endswith((".", "?", "!")):
        message += "."
    return f"{command}: {message} Run `{command} --help` for help."


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reinstate")
def cli() -> None:
    """reinstate: get suspended Amazon sellers back to selling.

    Review a Plan of Action, read Amazon's notice, compute account metrics and check
    evidence, offline. Run `reinstate COMMAND --help` for each command.
    """
    notes = logging.getLogger("reinstate")
    if not any(isinstance(h, NoteHandler) for h in notes.handlers):
        notes.addHandler(NoteHandler())


class NoteHandler(logging.Handler):
    """The library's notes (e.g. a plan read as Windows-1252) as `Note: ...` on stderr."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)

    def emit(self, record: logging.LogRecord) -> None:
        click.echo(f"Note: {record.getMessage()}", err=True)


def main() -> None:
    """Entry point of the `reinstate` script."""
    cli()
