"""Profile benchmark (issue 19): `eucaim profile` vs the plain `eucaim check` of the same table.

1,000,000 rows x 20 columns of a synthetic minimum clinical table (target: the profile within 3x the check).
The profile with validity runs the check itself, so it also prints the profile's own share (--no-validity), and
`eucaim check --quality` (the check and the profile in one run). The commands alternate; best of N each.

Run: .venv/bin/python benchmarks/bench_profile.py [--rows N] [--runs N]
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BIN = Path(sys.executable).parent


def gen(path: Path, rows: int) -> None:
    """20 columns: the minimum table's 8 mandatory ones, 6 numeric and 6 coded extra columns (synthetic)."""
    import duckdb

    num = ", ".join(f"round(((i * {7 + k}) % 1000) / 10.0 + CASE WHEN i % 997 = 0 THEN 500 ELSE 0 END, 1) "
                    f"AS lab_{k}" for k in range(6))
    coded = ", ".join(f"'C' || ((i * {3 + k}) % {4 + k}) AS code_{k}" for k in range(6))
    duckdb.connect().execute(f"""COPY (SELECT 'X' || lpad(CAST(i AS VARCHAR), 7, '0') AS PatientID,
        'COM1001087' AS Population,
        CASE WHEN i % 2 = 0 THEN 'COM1001370' ELSE 'COM1001366' END AS Sex,
        CAST(-(i % 60) AS VARCHAR) AS radiological_detection_offset_days,
        '0' AS pathology_confirmation_offset_days,
        CAST(i % 90 AS VARCHAR) AS first_treatment_offset_days,
        CAST(20 + (i % 700) / 10.0 AS VARCHAR) AS age_at_diagnosis,
        'BP1000113' AS topography_organ, {num}, {coded}
        FROM range({rows}) t(i)) TO '{path}' (HEADER)""").fetchall()


def _children_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_once(cmd: list[str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the process and its threads): on a shared machine the CPU time is the
    steadier of the two (a busy neighbour stretches the wall time, hardly the CPU time)."""
    t, c = time.perf_counter(), _children_cpu()
    proc = subprocess.run(cmd, check=False, capture_output=True)
    took, cpu = time.perf_counter() - t, _children_cpu() - c
    if proc.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} failed ({proc.returncode}): {proc.stderr.decode()[-500:]}")
    return took, cpu


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rows", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    eucaim = str(BIN / "eucaim")
    with tempfile.TemporaryDirectory(prefix="bench-profile-") as d:
        table = Path(d) / "clinical.csv"
        gen(table, args.rows)
        cmds = {
            "check": [eucaim, "check", str(table), "--format", "json", "-o", str(Path(d) / "c.json")],
            "own": [eucaim, "profile", str(table), "--no-validity", "--format", "json", "-o", str(Path(d) / "p0.json")],
            "full": [eucaim, "profile", str(table), "--format", "json", "-o", str(Path(d) / "p.json")],
            "quality": [eucaim, "check", str(table), "--quality", "--format", "json", "-o", str(Path(d) / "q.json")],
        }
        times: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
        # alternated, one of each per round: a busy spell of the shared machine hits every command alike
        for _ in range(args.runs):
            for name, cmd in cmds.items():
                times[name].append(run_once(cmd))
    wall = {k: min(w for w, _ in v) for k, v in times.items()}
    cpu = {k: min(c for _, c in v) for k, v in times.items()}
    print(f"{args.rows} rows x 20 columns, best of {args.runs} alternated runs (wall; CPU of the process)")
    labels = {"check": "eucaim check", "own": "eucaim profile --no-validity", "full": "eucaim profile (with the check)",
              "quality": "eucaim check --quality"}
    for k, label in labels.items():
        ratio = "the reference" if k == "check" else (
            f"{wall[k] / wall['check']:.2f}x the check's wall, {cpu[k] / cpu['check']:.2f}x its CPU")
        target = ""
        if k == "full":
            target = "; target within 3x: " + ("met" if wall[k] <= 3 * wall["check"] else "NOT met") + " (wall), " + (
                "met" if cpu[k] <= 3 * cpu["check"] else "NOT met") + " (CPU)"
        print(f"{label:32s} {wall[k]:7.2f} s wall {cpu[k]:7.2f} s CPU  ({ratio}{target})")


if __name__ == "__main__":
    main()
