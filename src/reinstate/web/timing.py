"""The `Server-Timing` header: how long the app took over a request (`app`), of that how long
it waited on the database (`db`, with the query count), and the spans views mark (`review`:
the reviewer; `render`: the template), so a browser's network panel and
benchmarks/bench_web.py can tell where a request's time went, and the server's own time from
the time a request queued.

Timings only: no URL, text or user is recorded anywhere."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse

_current = threading.local()


class QueryTimer:
    """A database execute wrapper that adds up the time and count of the queries it sees."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.count = 0

    def __call__(self, execute: Callable[..., Any], *args: Any) -> Any:
        start = time.perf_counter()
        try:
            return execute(*args)
        finally:
            self.seconds += time.perf_counter() - start
            self.count += 1


@contextlib.contextmanager
def span(name: str) -> Iterator[None]:
    """Time the block as `name` in the current request's Server-Timing (nothing outside one)."""
    spans: dict[str, float] | None = getattr(_current, "spans", None)
    start = time.perf_counter()
    try:
        yield
    finally:
        if spans is not None:
            spans[name] = spans.get(name, 0.0) + time.perf_counter() - start


def server_timing(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[..., Any]:
    def middleware(request: HttpRequest) -> HttpResponse:
        start = time.perf_counter()
        timer = QueryTimer()
        _current.spans = spans = {}
        try:
            with connection.execute_wrapper(timer):
                response = get_response(request)
        finally:
            _current.spans = None
        app = (time.perf_counter() - start) * 1000
        parts = [
            f"app;dur={app:.1f}",
            f'db;dur={timer.seconds * 1000:.1f};desc="{timer.count} queries"',
            *(f"{name};dur={seconds * 1000:.1f}" for name, seconds in spans.items()),
        ]
        response["Server-Timing"] = ", ".join(parts)
        return response

    return middleware
