"""The SQL engine (DuckDB) as a matrix engine: one example record becomes a one-row table and is checked."""

from __future__ import annotations

import csv
import tempfile
from functools import cache
from pathlib import Path

from eucaim_spec.schemaview import annotation, load_expanded
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.sql.engine import SqlEngine

#: Cross-table rules need the other tables; a one-row example cannot be judged on them.
#: rules about a table or dataset as a whole, not about one record
CROSS_TABLE = {"fk", "unique", "table_missing", "search_filled"}


@cache
def _engine():
    return SqlEngine()


def file_name(standard: str, cls: str) -> str | None:
    """The file a record of ``cls`` is written to: its CDM table, or the minimum clinical table (None: not a table)."""
    sv = load_expanded(standard)
    c = sv.get_class(cls)
    if standard == "cdm":
        return f"{annotation(c, 'sql_table')}.csv"
    # the minimum clinical table: the record classes the schema declares as its rows (annotation
    # table_first_column on their ancestor), as the engine decides it; the file puts that column first
    rows = any(annotation(sv.get_class(a), "table_first_column") for a in sv.class_ancestors(cls, reflexive=False))
    return "minimum_clinical.csv" if rows else None


def run_sql(standard: str, cls: str, data: dict) -> set[tuple[str, str]] | None:
    """Hits (slot, constraint) of generated per-column rules, or None when SQL does not check this class."""
    name = file_name(standard, cls)
    if name is None or any(isinstance(v, (list, dict)) for v in data.values()):
        return None  # not a table of this engine, or a value a table cell cannot hold
    sv = load_expanded(standard)
    columns = [str(s.name) for s in sv.class_induced_slots(cls)]
    if "PatientID" in columns:  # the minimum clinical table is recognised by its first column
        columns.remove("PatientID")
        columns.insert(0, "PatientID")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(columns)
            w.writerow(["" if data.get(c) is None else str(data[c]).lower() if isinstance(data.get(c), bool)
                        else str(data[c]) for c in columns])
        ctx = CheckContext(target_tier=3, root=Path(tmp))
        findings = _engine().check(path, ctx)
    table = name[:-4]
    hits = set()
    for f in findings:
        parts = f.rule_id.split(".")
        # a value constraint lowered to a warning by an ETL/spec decision (annotation etl_divergence, its message
        # names the ETL side) still catches the value: it is graded, not ignored
        graded = str(f.severity) == "warning" and "the EUCAIM ETL writes" in f.message
        if len(parts) != 4 or parts[3] in CROSS_TABLE or (str(f.severity) != "violation" and not graded):
            continue
        if standard == "cdm" and parts[1] != table:
            continue
        hits.add((parts[2], "enum" if parts[3] == "code" else parts[3]))
    return hits
