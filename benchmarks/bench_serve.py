"""Bounded load test of `eucaim serve` on loopback: N record checks, C at once (default 200 and 8).

Starts the real command, warms it up with one check, takes the server's resident memory as the baseline,
fires the checks from C client threads (half the failing example record, half the valid one), then reports
throughput, p50/p95/max latency, failed requests (any status other than 200, or a verdict other than the
CLI's for that record) and the server's memory after the run against the baseline. Exits 1 when a request
failed or memory did not come back within the tolerance.

Usage: .venv/bin/python benchmarks/bench_serve.py [--requests 200] [--concurrency 8] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RECORDS = [(REPO / "tests/data/dcat_ap/invalid/Dataset-missing-description.ttl", False),
           (REPO / "tests/data/dcat_ap/valid/Dataset-minimal.ttl", True)]


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


def main() -> int:
    import httpx2 as httpx

    ap = argparse.ArgumentParser()
    ap.add_argument("--requests", type=int, default=200)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--workers", type=int, default=2, help="the service's --workers (checks at once)")
    ap.add_argument("--tolerance-mb", type=float, default=64.0,
                    help="how far above the warmed-up baseline the server's memory may stay")
    args = ap.parse_args()

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    uploads = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    env = {**os.environ, "TMPDIR": str(uploads)}  # the service makes its upload folders here
    server = subprocess.Popen([str(Path(sys.executable).parent / "eucaim"), "serve", "--port", str(port),
                               "--workers", str(args.workers), "--queue", str(args.concurrency)],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2):
                    break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("eucaim serve did not start") from None
                time.sleep(0.2)
        bodies = [(p.name, p.read_bytes(), conforms) for p, conforms in RECORDS]
        with httpx.Client(timeout=300) as c:
            for name, body, _ in bodies:  # warm-up: imports, shapes, vocabularies
                c.post(base + "/check", files={"file": (name, body)}).raise_for_status()
        baseline = rss_mb(server.pid)

        latencies: list[float] = []
        failures: list[str] = []
        lock = threading.Lock()
        todo = iter(range(args.requests))

        def client() -> None:
            with httpx.Client(timeout=300) as c:
                while True:
                    with lock:
                        i = next(todo, None)
                    if i is None:
                        return
                    name, body, conforms = bodies[i % 2]
                    t = time.perf_counter()
                    try:
                        r = c.post(base + "/check", files={"file": (name, body)})
                        ok = r.status_code == 200 and r.json()["conforms"] is conforms
                        why = f"request {i}: HTTP {r.status_code}"
                    except httpx.HTTPError as exc:
                        ok, why = False, f"request {i}: {type(exc).__name__}"
                    with lock:
                        latencies.append(time.perf_counter() - t)
                        if not ok:
                            failures.append(why)

        peak = [baseline]

        def watch() -> None:
            while any(t.is_alive() for t in threads):
                peak[0] = max(peak[0], rss_mb(server.pid))
                time.sleep(0.2)

        start = time.perf_counter()
        threads = [threading.Thread(target=client) for _ in range(args.concurrency)]
        for t in threads:
            t.start()
        watcher = threading.Thread(target=watch)
        watcher.start()
        for t in threads:
            t.join()
        watcher.join()
        elapsed = time.perf_counter() - start
        time.sleep(2)  # let the last responses' buffers go
        after = rss_mb(server.pid)
        with urllib.request.urlopen(base + "/health") as r:
            health = json.load(r)
        left = list(uploads.iterdir())

        lat = sorted(latencies)
        p95 = lat[max(0, int(round(0.95 * len(lat))) - 1)]
        print(f"eucaim serve --workers {args.workers}: {args.requests} record checks, {args.concurrency} concurrent")
        print(f"  throughput   {args.requests / elapsed:.2f} checks/s ({elapsed:.1f} s)")
        print(f"  latency      p50 {statistics.median(lat):.2f} s  p95 {p95:.2f} s  max {lat[-1]:.2f} s")
        print(f"  failed       {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
        print(f"  memory (RSS) baseline {baseline:.0f} MB, peak {peak[0]:.0f} MB, after {after:.0f} MB "
              f"(tolerance +{args.tolerance_mb:.0f} MB)")
        print(f"  after run    busy {health['busy']}, waiting {health['waiting']}, upload folders left {len(left)}")
        back = after <= baseline + args.tolerance_mb
        return 0 if not failures and back and not left and len(lat) == args.requests else 1
    finally:
        server.terminate()
        server.wait(10)


if __name__ == "__main__":
    sys.exit(main())
