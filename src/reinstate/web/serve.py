"""`reinstate serve`: set up the data directory and database, make the first owner, load the
demo case if asked, and run the WSGI app with waitress (a production server)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from reinstate.errors import ConfigError

THREADS = 8


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
    from waitress import serve as waitress_serve

    from reinstate.web.wsgi import application

    waitress_serve(application, host=host, port=port, threads=THREADS, ident="reinstate")
