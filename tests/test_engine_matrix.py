"""One constraint, every engine: each example runs through pydantic, JSON Schema, SHACL and SQL (DuckDB).

Valid examples must pass every engine; an invalid example must be caught, on its slot, by every engine that
claims its constraint kind. The run writes build/engine-matrix.md (constraint kind x engine: caught/total).
"""

from __future__ import annotations

from collections import defaultdict

import pytest

from tests.conftest import REPO
from tests.engine_adapters import ENGINES, claims, write_matrix
from tests.example_files import examples

CASES = [e for std in ("cdm", "minimum") for e in examples(std)]
MATRIX: dict[str, dict[str, list[int]]] = defaultdict(dict)


def _engines():
    engines = dict(ENGINES)
    try:
        from tests.sql_adapter import run_sql
    except ImportError:
        return engines
    engines["sql"] = run_sql
    return engines


@pytest.mark.parametrize("example", CASES, ids=[e.id for e in CASES])
def test_example_through_every_engine(example):
    data = example.load()
    failures = []
    for name, run in _engines().items():
        hits = run(example.standard, example.target_class, data)
        if hits is None:
            continue  # this engine does not check records of this class
        if example.valid:
            if hits:
                failures.append(f"{name} rejects a valid example: {sorted(hits)}")
            continue
        kind = example.constraint or "rule"
        if not claims(name, example.standard, example.target_class, example.slot, kind):
            continue
        cell = MATRIX[kind].setdefault(name, [0, 0])
        cell[1] += 1
        caught = any(slot == example.slot for slot, _ in hits)
        cell[0] += caught
        if not caught:
            failures.append(f"{name} misses {example.expected_rule} (it reported {sorted(hits)})")
    write_matrix(MATRIX, REPO / "build" / "engine-matrix.md")
    assert failures == []
