"""Spark benchmark (issue 17): the CDM table checks on Spark local[2] vs DuckDB on the same CSV files.

Run: .venv/bin/python benchmarks/bench_spark.py [--rows N] [--master local[2]]
     (--rows 10000000 and --rows 50000000 are the issue's sizes, 443 MB and 2.2 GB of CSV; on a shared machine
     run them under `nice -n 10`; the default is small enough for a laptop; figures in the README, "Scaling out")
Each engine runs in a fresh process; reported: rows/s of the check (Spark also with its start-up), peak
resident memory of the driver (for Spark the Python driver plus its JVM), and whether the findings agree.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))


def _hwm_kb(pid: int | str) -> int:
    """Peak resident set (VmHWM) of a process in KiB, 0 when unknown."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    kids: dict[int, list[int]] = {}
    for p in Path("/proc").iterdir():
        if p.name.isdigit():
            try:
                ppid = int((p / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, []).append(int(p.name))
    out, todo = [], [pid]
    while todo:
        for k in kids.get(todo.pop(), []):
            out.append(k)
            todo.append(k)
    return out


def _run(engine: str, data: Path, master: str) -> dict:
    """In this (child) process: check ``data`` with one engine; timings, memory and a digest of findings.
    The engine is imported here, not at the top: its import is part of the start-up time measured."""
    from eucaim_spec.validate.engine import CheckContext

    t0 = time.perf_counter()
    if engine == "spark":
        from eucaim_spec.validate.sql.spark import SparkEngine

        eng = SparkEngine(master=master)
        eng.spark()
    else:
        from eucaim_spec.validate.sql.engine import SqlEngine

        eng = SqlEngine()
    eng.rules()
    t1 = time.perf_counter()
    fs = eng.check(data, CheckContext(target_tier=3, root=data))
    t2 = time.perf_counter()
    mem = _hwm_kb("self") + sum(_hwm_kb(p) for p in _descendants(os.getpid()))
    digest = sorted((f.rule_id, f.count, tuple(f.examples)) for f in fs)
    return {"startup": t1 - t0, "check": t2 - t1, "peak_mb": mem / 1024, "findings": digest}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=900_000, help="total CDM rows (patient, image_study, image_series)")
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--child", nargs=2, metavar=("ENGINE", "DIR"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_run(args.child[0], Path(args.child[1]), args.master)))
        return
    from bench_tabular import gen_cdm

    with tempfile.TemporaryDirectory(prefix="eucaim-bench-spark-") as tmp:
        d = Path(tmp) / "clinical"
        t = time.perf_counter()
        rows = gen_cdm(d, max(args.rows // 9, 1))
        size = sum(f.stat().st_size for f in d.iterdir()) / 1e6
        print(f"generated {rows:,} CDM rows ({size:,.0f} MB of CSV) in {time.perf_counter() - t:.1f}s")
        res = {}
        for engine in ("duckdb", "spark"):
            out = subprocess.run(
                [sys.executable, __file__, "--master", args.master, "--child", engine, str(d)],
                capture_output=True, text=True, check=True,
            ).stdout.strip().splitlines()[-1]
            r = json.loads(out)
            res[engine] = r
            print(
                f"{engine:>6}: check {r['check']:.1f}s = {rows / r['check']:,.0f} rows/s "
                f"(start-up {r['startup']:.1f}s; with it {rows / (r['check'] + r['startup']):,.0f} rows/s), "
                f"peak driver memory {r['peak_mb']:,.0f} MB, {len(r['findings'])} findings"
            )
        same = res["duckdb"]["findings"] == res["spark"]["findings"]
        print(f"identical findings: {same}")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
