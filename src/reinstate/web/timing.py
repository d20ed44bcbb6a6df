"""The `Server-Timing` header: how long the app took over a request (`app`), and of that how
long it waited on the database (`db`, with the query count), so a browser's network panel and
benchmarks/bench_web.py can tell the server's own time from the time a request queued.

Timings only: no URL, text or user is recorded anywhere."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from django.db import connection
from django.http import HttpRequest, HttpResponse


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


def server_timing(get_response: Callable[[HttpRequest], HttpResponse]) -> Callable[..., Any]:
    def middleware(request: HttpRequest) -> HttpResponse:
        start = time.perf_counter()
        timer = QueryTimer()
        with connection.execute_wrapper(timer):
            response = get_response(request)
        app = (time.perf_counter() - start) * 1000
        response["Server-Timing"] = (
            f'app;dur={app:.1f}, db;dur={timer.seconds * 1000:.1f};desc="{timer.count} queries"'
        )
        return response

    return middleware
