"""`reinstate serve`: the web workbench."""

from __future__ import annotations

import signal
from pathlib import Path

import click


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option("--demo", is_flag=True, help="Load a complete demo case to try the workbench on.")
@click.option(
    "--data-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Folder of the database and uploads (default: $REINSTATE_DATA_DIR, else "
    "~/.local/share/reinstate).",
)
def serve(host: str, port: int, demo: bool, data_dir: Path | None) -> None:
    """Start the web workbench: cases, evidence, live plan review, submissions.

    Runs a production WSGI server (waitress) on SQLite in the data directory, applies the
    database migrations, creates the first owner account and prints its password once.
    Settings come from environment variables (docs/web.md).

    Example: reinstate serve --demo
    """
    from reinstate.web import serve as web

    say = lambda message: click.echo(message, err=True)  # noqa: E731
    web.setup(data_dir)
    web.prepare(say)
    user, password = web.first_owner()
    if demo:
        web.ensure_demo(user, say)
    address = f"http://{host}:{port}/"
    click.echo(f"reinstate is running at {address}")
    if password is not None:
        click.echo(f"Sign in as {user.get_username()} with the password {password}")
        click.echo("(shown this once: change it after signing in, under Password)")
    click.echo("Press Ctrl+C to stop.")
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the server's own handling, not the CLI's
    web.run(host, port)
