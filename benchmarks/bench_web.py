"""Web workbench latency under load: `reinstate serve` (gunicorn, SQLite) with 10,000 cases and
50,000 evidence rows, 20 concurrent clients on loopback.

Goals (issue 12): dashboard and case page p95 <= 150 ms; live review round trip p95 <= 100 ms.

    .venv/bin/python benchmarks/bench_web.py [--cases 10000] [--clients 20] [--requests 20]
                                             [--runs 3] [--pause 300]

Each client signs in first (not timed), then repeats dashboard -> case page -> live review
over one kept-alive connection, like a browser; with `--pause 300` it waits before each live
review as the editor does (it sends the text once typing has paused for 300 ms), without it
never (a stress test). Prints p50 / p95 / max per page for each run,
then the min / median / max of those over the runs, and the server's CPU time per request.
"""

from __future__ import annotations

import argparse
import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "src" / "reinstate" / "web" / "demo"
PASSWORD = "bench-password-1"
EVIDENCE_PER_CASE = 5
PAGES = ("dashboard", "case page", "live review", "static file")
GOALS = {"dashboard": 150.0, "case page": 150.0, "live review": 100.0}
# The baseline in the same run: a static file (whitenoise, through the same server and
# middleware, no template and no query), so the pages' figures can be read against what the
# machine's load alone costs a request at that moment.
STATIC = "/static/web/favicon.svg"


def populate(data_dir: Path, cases: int) -> int:
    """Fill a new database with `cases` cases of one agency; returns one case's id."""
    os.environ["REINSTATE_DATA_DIR"] = str(data_dir)
    from reinstate.web import serve

    serve.setup(data_dir)
    serve.prepare(lambda message: None)
    from django.contrib.auth.models import User

    from reinstate.web import work
    from reinstate.web.models import Case, EvidenceFile, Membership, Organisation, SellerAccount

    organisation = Organisation.objects.create(name="Bench Agency")
    user = User.objects.create_user("owner", password=PASSWORD)
    Membership.objects.create(user=user, organisation=organisation, role="owner")
    seller = SellerAccount.objects.create(organisation=organisation, name="Bench Seller")
    text = (DEMO / "notice.txt").read_text()
    fields = work.case_fields(work.read_pasted(text))
    rows = [
        Case(
            organisation=organisation,
            seller=seller,
            title=f"Bench case {n}",
            notice_text=text,
            poa_text=(DEMO / "poa.md").read_text(),
            **fields,
        )
        for n in range(cases)
    ]
    Case.objects.bulk_create(rows, batch_size=1000)
    ids = list(Case.objects.values_list("id", flat=True))
    evidence = [
        EvidenceFile(case_id=i, name=f"Exhibit {k} - file.pdf", size=1, file=f"x/{i}/{k}.pdf")
        for i in ids
        for k in range(1, EVIDENCE_PER_CASE + 1)
    ]
    EvidenceFile.objects.bulk_create(evidence, batch_size=5000)
    return ids[len(ids) // 2]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(
    data_dir: Path, port: int, layout: dict[str, str] | None = None
) -> subprocess.Popen[str]:
    """`reinstate serve` on the benchmark's database (REINSTATE_WORKERS and REINSTATE_THREADS
    from the environment, as for any deployment, or from `layout`)."""
    command = [sys.executable, "-c", "from reinstate.cli import main; main()", "serve"]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env.update(layout or {})
    return subprocess.Popen(
        [*command, "--port", str(port), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


class Session:
    """A signed-in browser of its own: one kept-alive connection, its cookies, its CSRF token."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}
        self.timing: dict[str, float] = {}  # the server's times for the last request (ms)
        page = self.get("/login/")
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        self.post("/login/", {"username": "owner", "password": PASSWORD})
        if "sessionid" not in self.cookies:
            raise RuntimeError("The benchmark user could not sign in.")
        self.token = self.cookies["csrftoken"]

    def request(self, method: str, path: str, body: bytes | None = None) -> str:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
            headers["X-CSRFToken"] = self.token
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionError):
            # the server closed the idle kept-alive connection: open a new one, as browsers do
            self.connection.close()
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        text = response.read().decode()
        header = response.headers.get("Server-Timing") or ""
        self.timing = {k: float(v) for k, v in re.findall(r"(\w+);dur=([0-9.]+)", header)}
        for header in response.headers.get_all("Set-Cookie") or []:
            name, value = header.split(";", 1)[0].split("=", 1)
            self.cookies[name.strip()] = value.strip()
        if response.status >= 400:
            raise RuntimeError(f"{method} {path} answered {response.status}")
        return text

    def get(self, path: str) -> str:
        return self.request("GET", path)

    def post(self, path: str, data: dict[str, str]) -> str:
        form = {**data, "csrfmiddlewaretoken": getattr(self, "token", "")}
        return self.request("POST", path, urllib.parse.urlencode(form).encode())


def wait_for(url: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=5).close()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.3)


def load(
    sessions: list[Session], case_id: int, requests: int, label: str, pause: float = 0.0
) -> tuple[dict[str, list[float]], dict[str, list[dict[str, float]]]]:
    """Every session at once repeats `requests` times: dashboard, case page, one live review and
    the static baseline; returns each page's round-trip times and the server's own times
    (Server-Timing), in milliseconds.

    Each client types its own text every round, so no review is answered from the review cache
    (a browser re-sends unchanged text far less often than that). With `pause` (seconds) a
    client waits that long before each live review, as the editor does: it sends the text
    once typing has paused for 300 ms. Without it, clients never pause (a stress test)."""
    plan = (DEMO / "poa.md").read_text()
    figures: dict[str, list[float]] = {page: [] for page in PAGES}
    app: dict[str, list[dict[str, float]]] = {page: [] for page in PAGES}

    def timed(session: Session, page: str, action: object, *args: object) -> None:
        start = time.perf_counter()
        action(*args)  # type: ignore[operator]
        figures[page].append((time.perf_counter() - start) * 1000)
        app[page].append(session.timing)

    def client(numbered: tuple[int, Session]) -> None:
        number, session = numbered
        for n in range(requests):
            timed(session, "dashboard", session.get, "/")
            timed(session, "case page", session.get, f"/cases/{case_id}/")
            typed = {"text": plan + f"\nTyped by client {number} in round {n} of {label}."}
            if pause:
                time.sleep(pause)
            timed(session, "live review", session.post, f"/cases/{case_id}/plan/review/", typed)
            timed(session, "static file", session.get, STATIC)

    with ThreadPoolExecutor(len(sessions)) as pool:
        list(pool.map(client, enumerate(sessions)))
    return figures, app


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(len(ordered) * share) - 1)]


def summary(values: list[float]) -> dict[str, float]:
    return {"p50": statistics.median(values), "p95": percentile(values, 0.95), "max": max(values)}


SPANS = ("app", "db", "review", "render")


def report_run(
    number: int, figures: dict[str, list[float]], app: dict[str, list[dict[str, float]]]
) -> None:
    """Each page's round trip, then the server's own time (Server-Timing): p50/p95 of the
    whole app, and the medians of its database, review and template parts."""
    for page in PAGES:
        s = summary(figures[page])
        own = summary([t.get("app", float("nan")) for t in app[page]])
        parts = " ".join(
            f"{name} {statistics.median(t.get(name, 0.0) for t in app[page]):5.1f}"
            for name in SPANS[1:]
        )
        print(
            f"run {number}  {page:12} n={len(figures[page]):4}  p50 {s['p50']:6.1f} ms  "
            f"p95 {s['p95']:6.1f} ms  max {s['max']:6.1f} ms   "
            f"(server's own: p50 {own['p50']:5.1f}  p95 {own['p95']:5.1f}; medians {parts} ms)"
        )


def report_runs(runs: list[dict[str, list[float]]]) -> None:
    print(f"over {len(runs)} run(s), min / median / max of each run's figure:")
    for page in PAGES:
        cells = []
        for key in ("p50", "p95", "max"):
            values = [summary(run[page])[key] for run in runs]
            cells.append(
                f"{key} {min(values):6.1f} / {statistics.median(values):6.1f} / "
                f"{max(values):6.1f} ms"
            )
        p95 = statistics.median(summary(run[page])["p95"] for run in runs)
        if page in GOALS:
            verdict = "meets" if p95 <= GOALS[page] else "MISSES"
            note = f"({verdict} the {GOALS[page]:.0f} ms p95 goal)"
        else:
            note = "(baseline)"
        print(f"{page:12} {'   '.join(cells)}   {note}")


def cpu_seconds(pid: int) -> float:
    """CPU time of the server: its own process and its worker processes."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if stat.parent.name == str(pid) or fields[1] == str(pid):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=20, help="rounds per client and run")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--pause",
        type=float,
        default=0.0,
        help="milliseconds each client waits before each live review, as the editor waits "
        "for typing to pause (300); default 0: clients never pause, a stress test",
    )
    parser.add_argument(
        "--layouts",
        default="",
        help="server layouts to compare in the same run, as WORKERSxTHREADS,... (e.g. 2x4,4x1); "
        "their runs take turns, so each meets the same machine load; default: the "
        "environment's REINSTATE_WORKERS and REINSTATE_THREADS",
    )
    return parser.parse_args(argv)


def layouts_of(text: str) -> list[dict[str, str]]:
    """`2x4,4x1` as the environments of those layouts; none: the environment as it is."""
    if not text:
        return [{}]
    layouts = []
    for item in text.split(","):
        workers, _x, threads = item.strip().partition("x")
        layouts.append({"REINSTATE_WORKERS": workers, "REINSTATE_THREADS": threads or "1"})
    return layouts


def layout_name(layout: dict[str, str]) -> str:
    workers = layout.get("REINSTATE_WORKERS") or os.environ.get("REINSTATE_WORKERS")
    threads = layout.get("REINSTATE_THREADS") or os.environ.get("REINSTATE_THREADS") or "4"
    server = os.environ.get("REINSTATE_SERVER") or "gunicorn"
    return f"{server} {workers or os.cpu_count()} workers x {threads} threads"


def measured_run(
    data_dir: Path, layout: dict[str, str], args: argparse.Namespace, case_id: int, number: int
) -> dict[str, list[float]]:
    """Start the server in `layout`, sign the clients in and warm each worker up with one
    untimed round, time `args.requests` rounds, report them, stop the server."""
    port = free_port()
    server = start_server(data_dir, port, layout)
    try:
        wait_for(f"http://127.0.0.1:{port}/login/")
        sessions = [Session(port) for _ in range(args.clients)]
        load(sessions, case_id, 1, f"warm-up {number}", args.pause / 1000)
        cpu, wall = cpu_seconds(server.pid), time.perf_counter()
        client_cpu = time.process_time()
        load_before = os.getloadavg()[0]
        figures, app = load(sessions, case_id, args.requests, f"run {number}", args.pause / 1000)
        wall, cpu = time.perf_counter() - wall, cpu_seconds(server.pid) - cpu
        client_cpu = time.process_time() - client_cpu
    finally:
        server.terminate()
        server.wait(timeout=30)
    print(f"run {number}  {layout_name(layout)}")
    report_run(number, figures, app)
    count = sum(len(times) for times in figures.values())
    print(
        f"run {number}  server CPU {cpu:.1f} s over {wall:.1f} s wall "
        f"({cpu / count * 1000:.1f} ms a request; the clients' "
        f"{client_cpu / count * 1000:.1f} ms; {os.cpu_count()} cores, "
        f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after)"
    )
    return figures


def main(argv: list[str] | None = None) -> None:
    args = arguments(argv)
    # stopped from outside: leave through the `finally` that stops the server
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("bench_web stopped"))
    layouts = layouts_of(args.layouts)
    runs: dict[str, list[dict[str, list[float]]]] = {layout_name(x): [] for x in layouts}
    with tempfile.TemporaryDirectory(prefix="reinstate-bench-web-") as folder:
        data_dir = Path(folder)
        started = time.perf_counter()
        case_id = populate(data_dir, args.cases)
        print(
            f"{args.cases} cases, {args.cases * EVIDENCE_PER_CASE} evidence rows in "
            f"{time.perf_counter() - started:.1f} s"
        )
        for number in range(1, args.runs + 1):
            for layout in layouts:
                figures = measured_run(data_dir, layout, args, case_id, number)
                runs[layout_name(layout)].append(figures)
    cadence = f", a {args.pause:.0f} ms pause before each live review" if args.pause else ""
    print(f"{args.clients} concurrent clients, {args.requests} rounds each per run{cadence}:")
    for name, measured in runs.items():
        print(name)
        report_runs(measured)


if __name__ == "__main__":
    main()
