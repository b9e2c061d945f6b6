"""`eucaim generate --check` on drift (issue 15: in seconds, canonical comparison, not graph isomorphism).

Nothing committed is touched: the committed generated files are read as if just generated, one triple of the
large CDM shapes file (blank-node property shapes) is changed in memory, and ``pipeline.compare`` — what
`generate --check` runs after generating — is timed on the whole set, next to the comparison it replaced:
rdflib's graph isomorphism of the same two versions of that file, in a child process stopped after
``--isomorphism-timeout`` seconds. Then `eucaim generate --check` of the checkout end to end (the generation
itself included, which dominates).

Usage: .venv/bin/python benchmarks/bench_generate.py [--isomorphism-timeout 60] [--json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eucaim_spec.generate import pipeline
from eucaim_spec.paths import PACKAGE_DIR, spec_root

BIN = Path(sys.executable).parent
SHAPES = PACKAGE_DIR / "artifacts" / "shacl" / "cdm.shacl.ttl"
EDIT = (b"sh:minCount 1", b"sh:minCount 2")

#: The reference: rdflib parses both versions and compares them as graphs (isomorphism), the pre-issue-12 way.
ISOMORPHISM = """
import sys, time
from rdflib import Graph
from rdflib.compare import isomorphic
committed, drifted = open(sys.argv[1], "rb").read(), open(sys.argv[2], "rb").read()
t = time.perf_counter()
same = isomorphic(Graph().parse(data=committed, format="turtle"), Graph().parse(data=drifted, format="turtle"))
print(time.perf_counter() - t, same)
"""


def isomorphism_seconds(drifted: bytes, timeout: float, tmp: Path) -> float | None:
    """Seconds rdflib takes to tell the two versions apart, None when stopped after ``timeout``."""
    path = tmp / "drifted.ttl"
    path.write_bytes(drifted)
    try:
        res = subprocess.run([sys.executable, "-c", ISOMORPHISM, str(SHAPES), str(path)], capture_output=True,
                             text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    seconds, same = res.stdout.split()
    assert same == "False", "rdflib found the drifted graph isomorphic"
    return float(seconds)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--isomorphism-timeout", type=float, default=60.0, help="stop the rdflib reference after this")
    ap.add_argument("--json", action="store_true", help="also print one JSON line per figure")
    args = ap.parse_args()

    outputs = pipeline.read_committed()
    committed = outputs[SHAPES]
    drifted = outputs[SHAPES] = committed.replace(*EDIT, 1)
    assert drifted != committed
    t = time.perf_counter()
    drift = pipeline.compare(outputs)
    ours = time.perf_counter() - t
    assert drift.changed == [SHAPES.relative_to(spec_root()).as_posix()], drift
    with tempfile.TemporaryDirectory(prefix="bench-generate-") as tmp:
        ref = isomorphism_seconds(drifted, args.isomorphism_timeout, Path(tmp))
    label = f"generate --check drift compare, {len(outputs)} files, 1 triple changed in {SHAPES.name}"
    print(f"{label}: {ours:.2f} s ({len(drift.details[drift.changed[0]]) - 1} differing lines shown)")
    if ref is None:
        print(f"rdflib graph isomorphism of the same two versions: > {args.isomorphism_timeout:.0f} s (stopped)")
        print(f"ratio: ours is > {args.isomorphism_timeout / ours:.0f}x faster")
    else:
        print(f"rdflib graph isomorphism of the same two versions: {ref:.2f} s")
        print(f"ratio: ours is {ref / ours:.1f}x faster")

    t = time.perf_counter()
    res = subprocess.run([str(BIN / "eucaim"), "generate", "--check"], capture_output=True, text=True, check=False)
    end_to_end = time.perf_counter() - t
    print(f"eucaim generate --check end to end (generation included): {end_to_end:.1f} s, exit {res.returncode}")

    if args.json:
        print(json.dumps({"figure": "generate_drift_compare", "label": label, "ours": round(ours, 3), "unit": "s",
                          "reference": "rdflib graph isomorphism of the same two versions",
                          "reference_value": round(ref if ref is not None else args.isomorphism_timeout, 3),
                          "reference_stopped": ref is None, "target": "seconds, not minutes (issue 15)",
                          "met": ours < 10}))
        print(json.dumps({"figure": "generate_check_end_to_end", "label": "eucaim generate --check end to end "
                          "(generation included)", "ours": round(end_to_end, 2), "unit": "s",
                          "exit": res.returncode}))


if __name__ == "__main__":
    main()
