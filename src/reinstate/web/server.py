"""gunicorn, started from `reinstate serve` rather than its own command line: worker processes
(forked after the app and the reviewer's data are loaded) with threads in each.

A request mostly runs Python (templates, the reviewer), so one process serialises them behind
its interpreter lock; several processes use every core (benchmarks/bench_web.py)."""

from __future__ import annotations

from typing import Any

from gunicorn.app.base import BaseApplication


class Gunicorn(BaseApplication):  # type: ignore[misc]
    def __init__(self, host: str, port: int, workers: int, threads: int) -> None:
        self.options: dict[str, Any] = {
            "bind": f"{host}:{port}",
            "workers": workers,
            "threads": threads,
            "worker_class": "gthread",
            "preload_app": True,
            # evidence checks (OCR of a scanned file) run in the upload request
            "timeout": 300,
            "keepalive": 5,
            "proc_name": "reinstate",
            # no access log: URLs are harmless, but a log of who opened what is not ours to keep
            "accesslog": None,
            "errorlog": "-",
            "loglevel": "warning",
        }
        super().__init__()

    def load_config(self) -> None:
        for name, value in self.options.items():
            self.cfg.set(name, value)

    def load(self) -> Any:
        from reinstate.web.wsgi import application

        return application
