"""The generated CDM DDL against the reference ETL output schema, loaded into real DuckDB and PostgreSQL."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eucaim_spec.generate import ddl
from eucaim_spec.paths import ARTIFACTS_DIR
from eucaim_spec.schemaview import annotation, load_expanded

# Reference: EUCAIM/etl-toolset @ 7a69a4b Database/3_init_eucaim_cdm_output.sql (derived CSV) and the
# later additions attested by the 7a export views (commit 6325497).
OUTPUT_COLUMNS = "eucaim-cdm/cdm-output-columns.csv"
LATER_ADDITIONS = "eucaim-cdm/cdm-output-later-additions.csv"


def reference_columns(reference: Path) -> dict[tuple[str, str], dict[str, str]]:
    with open(reference / OUTPUT_COLUMNS, newline="") as fh:
        return {(r["table"], r["column"].lower()): r for r in csv.DictReader(fh)}


def later_columns(reference: Path) -> set[tuple[str, str]]:
    with open(reference / LATER_ADDITIONS, newline="") as fh:
        return {(r["table"], r["column"].lower()) for r in csv.DictReader(fh)}


def schema_columns() -> dict[tuple[str, str], object]:
    sv = load_expanded("cdm")
    out = {}
    for t in ddl.tables_of(sv, "postgresql"):
        for slot in sv.class_induced_slots(t.class_name):
            out[(t.name, str(slot.name).lower())] = slot
    return out


def test_schema_encodes_every_reference_column(reference):
    ref = reference_columns(reference)
    assert len(ref) == 205
    ours = schema_columns()
    missing = sorted(set(ref) - set(ours))
    assert missing == [], f"reference columns not in schemas/cdm: {missing}"
    assert later_columns(reference) - set(ours) == set()


def test_every_extra_column_is_justified_in_the_schema(reference):
    ref = reference_columns(reference)
    extras = {k: s for k, s in schema_columns().items() if k not in ref}
    unjustified = sorted(k for k, s in extras.items() if not annotation(s, "attested_only_by"))
    assert unjustified == []


def _pg_type(data_type: str, length, precision, scale) -> str:
    if data_type == "character varying":
        return f"VARCHAR({length})"
    if data_type == "numeric":
        return f"DECIMAL({precision},{scale})"
    return {"integer": "INTEGER", "date": "DATE", "boolean": "BOOLEAN"}.get(data_type, data_type.upper())


@pytest.mark.postgres
def test_postgresql_ddl_has_every_reference_table_and_column(reference, postgres_conn):
    sql = (ARTIFACTS_DIR / "sql" / "cdm.postgresql.sql").read_text()
    with postgres_conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS eucaim_cdm_output CASCADE")
        cur.execute(sql)
        cur.execute("""SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision,
                              numeric_scale, is_nullable
                         FROM information_schema.columns WHERE table_schema = 'eucaim_cdm_output'""")
        loaded = {(r[0], r[1]): r for r in cur.fetchall()}
        cur.execute("""SELECT tc.table_name, kcu.column_name, ccu.table_name, ccu.column_name
                         FROM information_schema.table_constraints tc
                         JOIN information_schema.key_column_usage kcu USING (constraint_schema, constraint_name)
                         JOIN information_schema.constraint_column_usage ccu USING (constraint_schema, constraint_name)
                        WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'eucaim_cdm_output'""")
        fks = {(r[0], r[1]): f"eucaim_cdm_output.{r[2]}({r[3]})" for r in cur.fetchall()}
        cur.execute("SELECT count(*) FROM information_schema.check_constraints WHERE constraint_schema = "
                    "'eucaim_cdm_output' AND constraint_name LIKE 'ck_%'")
        n_checks = cur.fetchone()[0]
        cur.execute("""SELECT count(*) FROM pg_description d JOIN pg_class c ON c.oid = d.objoid
                        JOIN pg_namespace n ON n.oid = c.relnamespace
                       WHERE n.nspname = 'eucaim_cdm_output' AND d.objsubid > 0""")
        n_comments = cur.fetchone()[0]
    postgres_conn.rollback()
    ref = reference_columns(reference)
    assert sorted(set(ref) - set(loaded)) == []
    assert sorted({t for t, _ in ref} - {t for t, _ in loaded}) == []
    wrong_type = sorted(k for k, r in ref.items()
                        if _pg_type(*loaded[k][2:6]) != r["sql_type"].replace(" ", ""))
    assert wrong_type == []
    wrong_null = sorted(k for k, r in ref.items() if (loaded[k][6] == "NO") != (r["nullable"] == "NO"))
    assert wrong_null == []
    wrong_fk = sorted(k for k, r in ref.items() if r["references"] and fks.get(k) != r["references"].lower())
    assert wrong_fk == []
    assert n_checks > 0
    assert n_comments >= 205


def test_duckdb_ddl_loads_and_enforces_a_check_constraint():
    import duckdb

    con = duckdb.connect()
    con.execute((ARTIFACTS_DIR / "sql" / "cdm.duckdb.sql").read_text())
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'eucaim_cdm_output'").fetchall()}
    assert {"patient", "image_study", "image_series", "cancer_condition"} <= tables
    con.execute("INSERT INTO eucaim_cdm_output.dataset (dataset_id) VALUES ('ds1')")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO eucaim_cdm_output.patient (patient_id, dataset_id, patient_birth_sex) "
                    "VALUES ('p1', 'ds1', 'NOT-A-CODE')")
    with pytest.raises(duckdb.ConstraintException):
        con.execute("INSERT INTO eucaim_cdm_output.patient (patient_id, dataset_id) VALUES ('p2', 'nope')")
