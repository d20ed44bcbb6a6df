"""`reinstate serve`: set up the data directory and database, make the first owner, load the
demo case if asked, and run the WSGI app with a production server: gunicorn (worker
processes with threads) on Unix, waitress on Windows."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reinstate.errors import ConfigError


def setup(data_dir: str | Path | None = None) -> None:
    """Point Django at the settings (and the data directory), and start it."""
    if data_dir is not None:
        os.environ["REINSTATE_DATA_DIR"] = str(Path(data_dir).expanduser().resolve())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "reinstate.web.settings")
    import django

    django.setup()


def prepare(say: Callable[[str], None]) -> None:
    """System checks (errors stop the start), then migrations."""
    from django.core import checks
    from django.core.management import call_command

    problems = [m for m in checks.run_checks() if m.level >= checks.ERROR]
    if problems:
        first = problems[0]
        raise ConfigError(f"{first.msg} ({first.id})", hint=first.hint)
    say("Applying database migrations.")
    call_command("migrate", interactive=False, verbosity=0)


def first_owner() -> tuple[Any, str | None]:
    """The first owner; created (with a new password, returned once) when there is none."""
    from django.contrib.auth import get_user_model

    from reinstate.web import audit
    from reinstate.web.models import Membership, Organisation

    membership = Membership.objects.filter(role="owner").select_related("user").first()
    if membership is not None:
        return membership.user, None
    password = secrets.token_urlsafe(12)
    user = get_user_model().objects.create_user("owner", password=password)
    organisation = Organisation.objects.create(name="My agency", kind="agency")
    Membership.objects.create(user=user, organisation=organisation, role="owner")
    audit.record(user, "organisation.created", organisation=organisation)
    return user, password


def ensure_demo(user: Any, say: Callable[[str], None]) -> None:
    """Load the demo case into the owner's organisation, unless it is there already."""
    from reinstate.web.demo import DEMO_SELLER, load_demo
    from reinstate.web.models import Case, Membership

    organisation = Membership.objects.get(user=user, role="owner").organisation
    if Case.objects.filter(organisation=organisation, seller__name=DEMO_SELLER["name"]).exists():
        return
    say("Loading the demo case (reports, metrics, evidence checks): about a minute.")
    load_demo(organisation, user)


def run(host: str, port: int) -> None:
    """Serve until stopped: gunicorn (several worker processes, each with threads) on Linux and
    macOS, waitress (threads in one process) on Windows, where gunicorn does not run, or where
    REINSTATE_SERVER asks for it."""
    from django.conf import settings
    from django.db import connections

    warm_up()
    keep_connections(connections)
    connections.close_all()  # the workers are forked: none may share this process's connection
    freeze_loaded_objects()
    if settings.SERVER == "waitress":
        from waitress import serve as waitress_serve

        from reinstate.web.wsgi import application

        threads = settings.SERVER_WORKERS * settings.SERVER_THREADS
        waitress_serve(application, host=host, port=port, threads=threads, ident="reinstate")
        return
    from reinstate.web.server import Gunicorn

    Gunicorn(host, port, settings.SERVER_WORKERS, settings.SERVER_THREADS).run()


KEEP_CONNECTIONS_SECONDS = 600


def keep_connections(connections: Any) -> None:
    """Let each server thread keep its database connection between requests: opening a SQLite
    connection (Django registers its SQL functions on each) costs about 0.7 ms of CPU, a tenth
    of a page (benchmarks/bench_web.py). Tests keep opening one per request (settings)."""
    settings_dict = connections.settings["default"]
    if settings_dict["ENGINE"] == "django.db.backends.sqlite3":
        settings_dict["CONN_MAX_AGE"] = KEEP_CONNECTIONS_SECONDS


def warm_up() -> None:
    """Load the templates, the reviewer's compiled data and its models once, before the workers
    are forked, so that every worker starts with them (copy-on-write) and the first live
    review of each is as fast as the rest."""
    from django.template.loader import get_template

    from reinstate.review import ReviewContext, review_text

    for name in ("web/dashboard.html", "web/case.html", "web/plan.html", "web/_review.html"):
        get_template(name)
    review_text(WARM_UP_TEXT, ReviewContext(), path="plan")


def freeze_loaded_objects() -> None:
    """Move everything loaded so far (Django, the templates, the reviewer's word lists and
    models) out of the garbage collector's reach: they live as long as the server, yet a
    full collection walked them all, a pause of 100-140 ms in the middle of some request
    (measured on the benchmark's machine). Frozen before the workers fork, they are also
    never written to by the collector, so the workers keep sharing their pages."""
    import gc

    gc.collect()
    gc.freeze()


WARM_UP_TEXT = """# Plan of action

## Root cause
Orders shipped late because our carrier cut-off was missed on weekends.

## Corrective actions
We moved the cut-off and refunded the affected buyers.

## Preventive measures
A daily report flags orders at risk before the carrier collects them.
"""
