"""`eucaim diff` between two tags of a synthetic 5,000-element schema (issue 12 bar: under 5 s).

Builds a throw-away git repository holding schemas/big/big.yaml (classes x slots plus enumerations with their
codes), tags v1, applies an edit of every kind the classifier knows, tags v2, then times the real command
`eucaim diff v1 v2` end to end (git archive of both refs included). No peer tool diffs LinkML + SHACL + suites
together, so the figure is printed against the target.

Usage: .venv/bin/python benchmarks/bench_diff.py [--elements 5000]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

BIN = Path(sys.executable).parent


def synthetic_schema(elements: int) -> dict[str, Any]:
    """A schema with about ``elements`` classes, slots, enums and codes (a quarter of them codes)."""
    n_classes = max(1, elements // 60)
    slots_per_class = 44
    n_enums = max(1, elements // 300)
    codes_per_enum = max(1, -(-(elements - n_classes * (slots_per_class + 1) - n_enums) // n_enums))
    enums = {f"Enum{e}": {"description": f"Enumeration {e}.",
                          "permissible_values": {f"C{e}_{v}": {"description": f"code {v}"}
                                                 for v in range(codes_per_enum)}} for e in range(n_enums)}
    classes = {}
    for c in range(n_classes):
        attrs: dict[str, Any] = {f"id_{c}": {"identifier": True, "required": True, "description": "key"}}
        for s in range(slots_per_class - 1):
            slot: dict[str, Any] = {"description": f"slot {s}", "annotations": {"sql_type": "VARCHAR(100)"}}
            if s % 5 == 0:
                slot["range"] = f"Enum{(c + s) % n_enums}"
            elif s % 5 == 1:
                slot.update({"range": "integer", "minimum_value": 0, "maximum_value": 1000})
            elif s % 5 == 2:
                slot["pattern"] = "^[A-Z0-9]{1,20}$"
            attrs[f"s{c}_{s}"] = slot
        classes[f"Class{c}"] = {"description": f"Class {c}.", "annotations": {"sql_table": f"t{c}"},
                                "attributes": attrs}
    return {"id": "https://w3id.org/eucaim-spec/big", "name": "big", "version": "1.0.0", "default_prefix": "big",
            "default_range": "string", "prefixes": {"linkml": "https://w3id.org/linkml/",
                                                    "big": "https://w3id.org/eucaim-spec/big/"},
            "imports": ["linkml:types"], "classes": classes, "enums": enums}


def count_elements(schema: dict[str, Any]) -> int:
    return (len(schema["classes"]) + sum(len(c["attributes"]) for c in schema["classes"].values())
            + len(schema["enums"]) + sum(len(e["permissible_values"]) for e in schema["enums"].values()))


def edit(schema: dict[str, Any]) -> None:
    """One edit per kind on the big schema: removals, additions, narrowing, loosening, documentation."""
    schema["version"] = "2.0.0"
    schema["classes"].pop("Class0")
    c1 = schema["classes"]["Class1"]["attributes"]
    c1["s1_2"]["pattern"] = "^[A-Z]{1,20}$"
    c1["s1_1"]["maximum_value"] = 2000
    c1["s1_3"]["required"] = True
    c1["s1_4"]["description"] = "reworded"
    c1["new_slot"] = {"description": "added"}
    schema["enums"]["Enum0"]["permissible_values"].pop("C0_0")
    schema["enums"]["Enum0"]["permissible_values"]["C0_new"] = {"description": "added"}


def make_repo(root: Path, elements: int) -> int:
    schema = synthetic_schema(elements)
    (root / "schemas" / "big").mkdir(parents=True)
    target = root / "schemas" / "big" / "big.yaml"

    def git(*args: str) -> None:
        subprocess.run(["git", "-C", str(root), *args], check=True, capture_output=True)

    git("init", "-q")
    target.write_text(yaml.safe_dump(schema, sort_keys=False), encoding="utf-8")
    git("add", "-A")
    git("-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-m", "v1")
    git("tag", "v1")
    edit(schema)
    target.write_text(yaml.safe_dump(schema, sort_keys=False), encoding="utf-8")
    git("-c", "user.name=bench", "-c", "user.email=bench@example.org", "commit", "-q", "-am", "v2")
    git("tag", "v2")
    return count_elements(synthetic_schema(elements))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--elements", type=int, default=5000)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        n = make_repo(Path(tmp), args.elements)
        t = time.perf_counter()
        res = subprocess.run([str(BIN / "eucaim"), "diff", "v1", "v2", "--format", "json"], cwd=tmp,
                             capture_output=True, text=True, check=False)
        elapsed = time.perf_counter() - t
    print(f"eucaim diff v1 v2, {n} elements: {elapsed:.2f} s end to end (target < 5 s), exit {res.returncode}")


if __name__ == "__main__":
    main()
