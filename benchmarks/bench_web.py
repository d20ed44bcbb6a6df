"""Web workbench latency under load: `reinstate serve` (waitress, SQLite) with 10,000 cases and
50,000 evidence rows, 20 concurrent clients on loopback.

Goals (issue 12): dashboard and case page p95 <= 150 ms; live review round trip p95 <= 100 ms.

    .venv/bin/python benchmarks/bench_web.py [--cases 10000] [--clients 20] [--requests 20]

Prints min / median / p95 / max per page, the server's CPU time and the wall time.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).parent.parent
DEMO = ROOT / "src" / "reinstate" / "web" / "demo"
PASSWORD = "bench-password-1"
EVIDENCE_PER_CASE = 5


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


def start_server(data_dir: Path, port: int) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", "from reinstate.cli import main; main()", "serve"]
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    return subprocess.Popen(
        [*command, "--port", str(port), "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )


class Session:
    """A signed-in browser of its own: cookies and the CSRF token."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(self.jar))
        page = self.get("/login/")
        self.token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
        self.post("/login/", {"username": "owner", "password": PASSWORD})
        self.token = next(c.value for c in self.jar if c.name == "csrftoken") or ""

    def get(self, path: str) -> str:
        with self.opener.open(self.base + path, timeout=30) as response:
            return str(response.read().decode())

    def post(self, path: str, data: dict[str, str]) -> str:
        body = urllib.parse.urlencode({**data, "csrfmiddlewaretoken": self.token}).encode()
        request = urllib.request.Request(
            self.base + path,
            data=body,
            headers={"Referer": self.base + path, "X-CSRFToken": self.token},
        )
        with self.opener.open(request, timeout=30) as response:
            return str(response.read().decode())


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


def timed(action: Callable[..., object], *args: object) -> float:
    start = time.perf_counter()
    action(*args)
    return (time.perf_counter() - start) * 1000


def load(base: str, case_id: int, clients: int, requests: int) -> dict[str, list[float]]:
    """Each client signs in, then repeats: dashboard, case page, one live review."""
    plan = (DEMO / "poa.md").read_text()
    sessions = [Session(base) for _ in range(clients)]
    figures: dict[str, list[float]] = {"dashboard": [], "case page": [], "live review": []}

    def client(session: Session) -> None:
        review = f"/cases/{case_id}/plan/review/"
        for n in range(requests):
            figures["dashboard"].append(timed(session.get, "/"))
            figures["case page"].append(timed(session.get, f"/cases/{case_id}/"))
            typed = {"text": plan + f"\nTyped {n}."}
            figures["live review"].append(timed(session.post, review, typed))

    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(client, sessions))
    return figures


def report(figures: dict[str, list[float]], goals: dict[str, float]) -> None:
    for name, values in figures.items():
        values.sort()
        p95 = values[max(0, int(len(values) * 0.95) - 1)]
        verdict = "meets" if p95 <= goals[name] else "MISSES"
        print(
            f"{name:12} n={len(values):4}  min {values[0]:7.1f} ms  median "
            f"{statistics.median(values):7.1f} ms  p95 {p95:7.1f} ms  max {values[-1]:7.1f} ms  "
            f"({verdict} the {goals[name]:.0f} ms goal)"
        )


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="reinstate-bench-web-") as folder:
        data_dir = Path(folder)
        started = time.perf_counter()
        case_id = populate(data_dir, args.cases)
        print(
            f"{args.cases} cases, {args.cases * EVIDENCE_PER_CASE} evidence rows in "
            f"{time.perf_counter() - started:.1f} s"
        )
        port = free_port()
        server = start_server(data_dir, port)
        try:
            wait_for(f"http://127.0.0.1:{port}/login/")
            cpu_before, wall = cpu_seconds(server.pid), time.perf_counter()
            figures = load(f"http://127.0.0.1:{port}", case_id, args.clients, args.requests)
            wall = time.perf_counter() - wall
            cpu = cpu_seconds(server.pid) - cpu_before
        finally:
            server.terminate()
            server.wait(timeout=30)
    print(f"{args.clients} concurrent clients, {args.requests} rounds each:")
    report(figures, {"dashboard": 150, "case page": 150, "live review": 100})
    print(f"server CPU {cpu:.1f} s over {wall:.1f} s wall ({os.cpu_count()} cores)")


if __name__ == "__main__":
    main()
