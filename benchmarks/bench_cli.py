"""Start-up time of `eucaim --help` (target < 0.5 s) against the peer `linkml-validate --help`, same run.

Usage: .venv/bin/python benchmarks/bench_cli.py [--runs N]
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def timed(cmd: list[str], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    ours = timed([str(BIN / "eucaim"), "--help"], args.runs)
    peer = timed([str(BIN / "linkml-validate"), "--help"], args.runs)
    print(f"eucaim --help          median {ours:.3f} s  (target < 0.5 s: {'met' if ours < 0.5 else 'NOT met'})")
    print(f"linkml-validate --help median {peer:.3f} s")
    print(f"ratio peer/ours        {peer / ours:.1f}x")


if __name__ == "__main__":
    main()
