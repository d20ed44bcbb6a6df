"""The `reinstate` command line: a thin shell over the library.

Each command lives in its own module and is imported only when it runs, so that
`reinstate check` starts fast. Built-in commands are registered in ``COMMANDS``, one
explicit list: to add a command, write ``reinstate/cli/<name>.py`` with a click command
and add a line here.
"""

from __future__ import annotations

import importlib
import sys

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

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except ReinstateError as error:
            click.echo(f"Error: {error.sentence()}", err=True)
            sys.exit(EXIT_BAD_INPUT)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reinstate")
def cli() -> None:
    """reinstate: get suspended Amazon sellers back to selling.

    Review a Plan of Action, read Amazon's notice, compute account metrics and check
    evidence, offline. Run `reinstate COMMAND --help` for each command.
    """


def main() -> None:
    """Entry point of the `reinstate` script."""
    cli()
