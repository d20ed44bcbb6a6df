"""`reinstate serve`: the settings, the first owner, the demo case, the production server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from django.core.exceptions import ImproperlyConfigured

from reinstate.web import serve, settings
from reinstate.web.models import Case, Membership

ROOT = Path(__file__).parent.parent.parent


def test_every_setting_is_documented_in_the_web_guide() -> None:
    guide = (ROOT / "docs" / "web.md").read_text()
    for name in settings.ENVIRONMENT:
        assert f"`{name}`" in guide


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("REINSTATE_DEBUG", "maybe"),
        ("REINSTATE_MAX_UPLOAD_MB", "lots"),
        ("REINSTATE_MAX_UPLOAD_MB", "0"),
    ],
)
def test_bad_setting_values_fail_loudly(monkeypatch: Any, name: str, value: str) -> None:
    monkeypatch.setenv(name, value)
    reader = settings.env_flag if name == "REINSTATE_DEBUG" else settings.env_int
    with pytest.raises(ImproperlyConfigured, match=name):
        reader(name)


def test_the_secret_key_is_made_once_and_kept(tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.delenv("REINSTATE_SECRET_KEY", raising=False)
    first = settings.secret_key(tmp_path)
    assert len(first) > 40
    assert settings.secret_key(tmp_path) == first
    assert (tmp_path / "secret_key").stat().st_mode & 0o077 == 0


def test_the_first_owner_is_made_once_with_a_password_given_once(db: Any) -> None:
    user, password = serve.first_owner()
    assert password
    assert user.check_password(password)
    assert Membership.objects.get(user=user).role == "owner"
    again, no_password = serve.first_owner()
    assert again == user
    assert no_password is None


def test_the_demo_case_is_complete(db: Any) -> None:
    user, _password = serve.first_owner()
    serve.ensure_demo(user, lambda message: None)
    serve.ensure_demo(user, lambda message: None)  # only once
    case = Case.objects.get()
    assert case.message_type == "deactivation"
    assert case.asins == ["B0CXK7M2QD"]
    assert case.metrics
    assert case.metrics["metrics"]["late_shipment_rate_10d"]["value"] > 0
    assert case.reports.count() >= 5
    assert case.evidence.filter(ready=True).exists()
    assert case.evidence.filter(ready=False).exists()
    assert "Root cause" in case.poa_text
    assert case.days_left is not None
    assert case.days_left > 10


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_serve_runs_a_production_server_and_prints_the_login_once(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REINSTATE_DATA_DIR"}}
    command = [sys.executable, "-c", "from reinstate.cli import main; main()", "serve"]
    command += ["--port", str(port)]
    process = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        page = wait_for(f"http://127.0.0.1:{port}/login/")
        assert "Sign in" in page
        process.terminate()
        output = process.communicate(timeout=30)[0]
    finally:
        process.kill()
    assert "Sign in as owner with the password" in output
    assert (tmp_path / "reinstate.sqlite3").exists()
    second = subprocess.Popen(
        [*command, "--data-dir", str(tmp_path)], env=env, stdout=subprocess.PIPE, text=True
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/login/")
        second.terminate()
        assert "password" not in second.communicate(timeout=30)[0]
    finally:
        second.kill()


def wait_for(url: str, seconds: float = 60) -> str:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return str(response.read().decode())
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def test_the_migrations_are_in_step_with_the_models(db: Any) -> None:
    from django.core.management import call_command

    call_command("makemigrations", "web", "--check", "--dry-run", verbosity=0)


@pytest.mark.parametrize(
    ("platform", "chosen", "expected"),
    [
        ("linux", "", "gunicorn"),
        ("darwin", "", "gunicorn"),
        ("win32", "", "waitress"),
        ("linux", "waitress", "waitress"),
        ("win32", "waitress", "waitress"),
    ],
)
def test_the_server_is_gunicorn_on_unix_and_waitress_on_windows_unless_chosen(
    monkeypatch: Any, platform: str, chosen: str, expected: str
) -> None:
    monkeypatch.setenv("REINSTATE_SERVER", chosen)
    assert settings.server_name(platform) == expected


@pytest.mark.parametrize(("platform", "chosen"), [("linux", "uwsgi"), ("win32", "gunicorn")])
def test_a_server_that_cannot_run_here_fails_loudly(
    monkeypatch: Any, platform: str, chosen: str
) -> None:
    monkeypatch.setenv("REINSTATE_SERVER", chosen)
    with pytest.raises(ImproperlyConfigured, match="REINSTATE_SERVER"):
        settings.server_name(platform)


def test_serve_runs_on_waitress_when_asked_and_times_each_request(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "REINSTATE_DATA_DIR"}}
    env["REINSTATE_SERVER"] = "waitress"
    command = [sys.executable, "-c", "from reinstate.cli import main; main()", "serve"]
    process = subprocess.Popen(
        [*command, "--port", str(port), "--data-dir", str(tmp_path)],
        env=env,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    try:
        wait_for(f"http://127.0.0.1:{port}/login/")
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/login/", timeout=10) as response:
            assert response.headers["Server"] == "reinstate"  # waitress, named by ident
            assert response.headers["Server-Timing"].startswith("app;dur=")
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_the_server_keeps_sqlite_connections_between_requests(monkeypatch: Any) -> None:
    import threading

    from django.db import connections

    settings_dict = connections.settings["default"]
    if settings_dict["ENGINE"] != "django.db.backends.sqlite3":
        pytest.skip("PostgreSQL keeps its own CONN_MAX_AGE (dj-database-url)")
    monkeypatch.setitem(settings_dict, "CONN_MAX_AGE", 0)
    serve.keep_connections(connections)
    seen = []
    thread = threading.Thread(target=lambda: seen.append(connections["default"].settings_dict))
    thread.start()
    thread.join()
    assert seen[0]["CONN_MAX_AGE"] == serve.KEEP_CONNECTIONS_SECONDS


def test_what_the_server_loaded_before_forking_is_frozen_out_of_the_collectors_reach() -> None:
    import gc

    try:
        before = gc.get_freeze_count()
        loaded = [{"word": n} for n in range(1000)]  # stands for the reviewer's data
        serve.freeze_loaded_objects()
        assert gc.get_freeze_count() >= before + len(loaded)
        assert gc.get_objects(generation=0) == [] or loaded[0] not in gc.get_objects(0)
    finally:
        gc.unfreeze()
