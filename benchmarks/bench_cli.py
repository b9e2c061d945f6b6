"""Start-up times against their targets and the peer `linkml-validate --help`, same run.

`eucaim --help` (target < 0.5 s), `eucaim check` of one catalogue record (target < 0.5 s, issue 15) and of the
shipped example dataset examples/tier1-dataset (target < 2 s), each the median of --runs fresh processes.

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
REPO = Path(__file__).resolve().parent.parent
ONE_RECORD = REPO / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl"
EXAMPLE = REPO / "examples" / "tier1-dataset"


def timed(cmd: list[str], runs: int) -> float:
    """Median wall time of ``runs`` runs (exit 1, findings reported, is a normal end)."""
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        proc = subprocess.run(cmd, check=False, capture_output=True)
        times.append(time.perf_counter() - t)
        if proc.returncode not in (0, 1):
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return statistics.median(times)


def line(label: str, seconds: float, target: float) -> str:
    return f"{label:<40} median {seconds:.3f} s  (target < {target:g} s: {'met' if seconds < target else 'NOT met'})"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    eucaim = str(BIN / "eucaim")
    ours = timed([eucaim, "--help"], args.runs)
    peer = timed([str(BIN / "linkml-validate"), "--help"], args.runs)
    print(line("eucaim --help", ours, 0.5))
    print(f"{'linkml-validate --help':<40} median {peer:.3f} s")
    print(f"{'ratio peer/ours':<40} {peer / ours:.1f}x")
    record = timed([eucaim, "check", str(ONE_RECORD), "--format", "json"], args.runs)
    print(line("eucaim check <one record> --format json", record, 0.5))
    example = timed([eucaim, "check", str(EXAMPLE), "--format", "json"], args.runs)
    print(line("eucaim check examples/tier1-dataset", example, 2.0))


if __name__ == "__main__":
    main()
