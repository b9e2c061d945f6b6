"""eucaim migrate on the tests' PostgreSQL server (and DuckDB): load the old DDL with rows, apply the migration,
compare the catalogue with the new DDL loaded fresh (tables, columns, types, nullability, constraints) and check
that every row survived. Real history: the CDM's later additions (cdm-output-later-additions.csv, 4 tables and
12 columns) are a compatible minor change."""

from __future__ import annotations

import copy
import csv
import json
import re
import shutil
from pathlib import Path

import pytest
import yaml

from tests.conftest import REFERENCE, REPO, run_cli

ROWS = 3


def load_cdm() -> dict:
    return yaml.safe_load((REPO / "schemas" / "cdm" / "cdm.yaml").read_text(encoding="utf-8"))


def later_additions() -> set[tuple[str, str]]:
    """(table, column) added after 7a69a4b, from the reference CSV; rows 'present at 7a69a4b' left out."""
    with open(REFERENCE / "eucaim-cdm" / "cdm-output-later-additions.csv", newline="", encoding="utf-8") as fh:
        return {(r["table"], r["column"]) for r in csv.DictReader(fh) if "present at 7a69a4b" not in r["evidence"]}


def without_later_additions(schema: dict) -> tuple[dict, set[str], int]:
    """The CDM as the ETL output schema at 7a69a4b: the tables and columns attested only by later export views
    removed. Returns the schema, the tables removed and the number of columns removed from the other tables."""
    old = copy.deepcopy(schema)
    rows = later_additions()
    dropped_tables = set()
    for cname, cls in list(old["classes"].items()):
        ann = cls.get("annotations") or {}
        if ann.get("attested_only_by"):
            assert ann["sql_table"] in {t for t, _ in rows}, ann["sql_table"]
            old["classes"].pop(cname)
            dropped_tables.add(ann["sql_table"])
    dropped_cols = 0
    for cls in old["classes"].values():
        table = (cls.get("annotations") or {}).get("sql_table")
        for col in list(cls.get("attributes") or {}):
            if (table, col) in rows:
                cls["attributes"].pop(col)
                dropped_cols += 1
    return old, dropped_tables, dropped_cols


def side(root: Path, schema: dict) -> Path:
    (root / "schemas" / "cdm").mkdir(parents=True)
    shutil.copy(REPO / "schemas" / "cdm" / "enums.yaml", root / "schemas" / "cdm" / "enums.yaml")
    shutil.copytree(REPO / "schemas" / "vocab", root / "schemas" / "vocab")
    (root / "schemas" / "cdm" / "cdm.yaml").write_text(yaml.safe_dump(schema, sort_keys=False, allow_unicode=True),
                                                       encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def history(tmp_path_factory) -> tuple[Path, Path, set[str], int]:
    schema = load_cdm()
    old, new_tables, n_cols = without_later_additions(schema)
    base = tmp_path_factory.mktemp("cdm")
    return side(base / "old", old), side(base / "new", schema), new_tables, n_cols


def test_later_additions_are_a_compatible_minor_change(history):
    old, new, new_tables, n_cols = history
    rows = later_additions()
    assert len(new_tables) == 4 and len(rows) == 12
    assert n_cols == sum(1 for t, _ in rows if t not in new_tables)  # the rest are columns of the new tables
    code, out, _ = run_cli(["diff", str(old), str(new), "--standard", "cdm", "--format", "json"])
    data = json.loads(out)
    assert {c["cls"] for c in data["changes"]} == {"compatible"}
    kinds = [c["kind"] for c in data["changes"]]
    assert kinds.count("class.added") == 4 and kinds.count("slot.added") == n_cols
    assert len(kinds) == 4 + n_cols
    verdict = data["standards"][0]
    assert (verdict["change_class"], verdict["required"], code) == ("compatible", "minor", 1)  # not bumped
    bumped = yaml.safe_load((new / "schemas" / "cdm" / "cdm.yaml").read_text())
    bumped["version"] = "0.2.0"
    (new / "schemas" / "cdm" / "cdm.yaml").write_text(yaml.safe_dump(bumped, sort_keys=False, allow_unicode=True))
    try:
        code, out, _ = run_cli(["diff", str(old), str(new), "--standard", "cdm"])
        assert code == 0, out
    finally:
        bumped["version"] = load_cdm()["version"]
        (new / "schemas" / "cdm" / "cdm.yaml").write_text(yaml.safe_dump(bumped, sort_keys=False,
                                                                          allow_unicode=True))


# --- PostgreSQL ---------------------------------------------------------------------------------------------
def ddl_sql(root: Path, dialect: str) -> tuple[str, list]:
    from eucaim_spec.generate.ddl import render
    from eucaim_spec.release.load import SideRoot
    from eucaim_spec.release.migrate import side_tables

    tables, _ = side_tables(SideRoot("t", root / "schemas", None, None), dialect)
    return render(tables, dialect, "-- test"), tables


def value_for(table, col, i: int) -> object:
    """A value that satisfies the column's type and CHECK constraints (first enum code, UID-like for patterns)."""
    for check in col.checks:
        m = re.search(r" IN \('((?:[^']|'')*)'", check)
        if m:
            return m.group(1).replace("''", "'")
        if "~" in check or "regexp_full_match" in check:
            return f"1.2.{i}"
    t = col.sql_type.upper()
    if t.startswith(("INT", "BIGINT", "SMALLINT")):
        return i
    if t.startswith(("DECIMAL", "NUMERIC", "DOUBLE", "REAL", "FLOAT")):
        return float(i)
    if t.startswith("BOOL"):
        return True
    if t.startswith("DATE"):
        return f"2020-01-0{i}"
    if t.startswith("TIMESTAMP"):
        return f"2020-01-0{i} 10:00:00"
    m = re.search(r"\((\d+)\)", t)
    width = int(m.group(1)) if m else 40
    return f"{table.name[:3]}{col.name[-4:]}{i}"[-width:]


def rows_for(tables) -> dict[str, list[dict]]:
    """ROWS rows per table, parents first; foreign keys point at the parent's row with the same index."""
    data: dict[str, list[dict]] = {}
    for t in tables:
        rows = []
        for i in range(1, ROWS + 1):
            row = {}
            for c in t.columns:
                if c.references and c.references[0] in data:
                    row[c.name] = data[c.references[0]][i - 1][c.references[1]]
                elif c.references:
                    row[c.name] = None
                else:
                    row[c.name] = value_for(t, c, i)
            rows.append(row)
        data[t.name] = rows
    return data


def insert(conn, tables, data, schema="eucaim_cdm_output") -> None:
    with conn.cursor() as cur:
        for t in tables:
            for row in data[t.name]:
                cols = list(row)
                cur.execute(f"INSERT INTO {schema}.{t.name} ({', '.join(cols)}) VALUES "
                            f"({', '.join(['%s'] * len(cols))})", [row[c] for c in cols])


def catalogue(conn) -> dict:
    """Tables, columns (type, length, precision, nullability) and constraint definitions of eucaim_cdm_output."""
    with conn.cursor() as cur:
        cur.execute("""SELECT table_name, column_name, data_type, character_maximum_length, numeric_precision,
                              numeric_scale, is_nullable, column_default
                       FROM information_schema.columns WHERE table_schema = 'eucaim_cdm_output'""")
        columns = sorted(tuple(str(v) for v in r) for r in cur.fetchall())
        cur.execute("""SELECT rel.relname, con.contype, pg_get_constraintdef(con.oid)
                       FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid
                       JOIN pg_namespace n ON n.oid = rel.relnamespace WHERE n.nspname = 'eucaim_cdm_output'""")
        constraints = sorted(tuple(str(v) for v in r) for r in cur.fetchall())
    return {"columns": columns, "constraints": constraints}


def fresh_db(pg_url: str, name: str) -> str:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name}")
        conn.execute(f"CREATE DATABASE {name}")
    return pg_url.replace("/postgres?", f"/{name}?")


def migrate_and_compare(pg_url: str, old: Path, new: Path, tag: str) -> tuple[dict, object]:
    """Load old DDL + rows, migrate, compare with the new DDL; return the rows inserted and a connection factory."""
    import psycopg

    old_sql, old_tables = ddl_sql(old, "postgresql")
    new_sql, _ = ddl_sql(new, "postgresql")
    code, migration, err = run_cli(["migrate", str(old), str(new), "--dialect", "postgresql"])
    assert code == 0, err
    data = rows_for(old_tables)
    url_m, url_n = fresh_db(pg_url, f"m_{tag}"), fresh_db(pg_url, f"n_{tag}")
    with psycopg.connect(url_m) as conn:
        conn.execute(old_sql)
        insert(conn, old_tables, data)
        conn.commit()
        conn.execute(migration)
        conn.commit()
        migrated = catalogue(conn)
    with psycopg.connect(url_n) as conn:
        conn.execute(new_sql)
        conn.commit()
        expected = catalogue(conn)
    assert migrated["columns"] == expected["columns"]
    assert migrated["constraints"] == expected["constraints"]
    return data, lambda: psycopg.connect(url_m)


@pytest.mark.postgres
def test_postgresql_migration_of_the_later_additions(pg_url, history):
    old, new, _, _ = history
    data, connect = migrate_and_compare(pg_url, old, new, "later")
    with connect() as conn:
        for table, rows in data.items():
            n = conn.execute(f"SELECT count(*) FROM eucaim_cdm_output.{table}").fetchone()[0]
            assert n == len(rows), table


def renamed_schema(schema: dict) -> dict:
    """A new version with a declared column rename, a declared table rename, a type widened, a column dropped
    and a nullable column added."""
    new = copy.deepcopy(schema)
    patient = new["classes"]["Patient"]["attributes"]
    sex = patient.pop("patient_birth_sex")
    patient["birth_sex"] = {**sex, "aliases": ["patient_birth_sex"]}
    comorb = new["classes"].pop("Comorbidities")
    comorb["aliases"] = ["Comorbidities"]
    comorb["annotations"] = {**comorb["annotations"], "sql_table": "comorbidity"}
    new["classes"]["Comorbidity"] = comorb
    ds = new["classes"]["Dataset"]["attributes"]
    ds["dataset_title"]["annotations"]["sql_type"] = "VARCHAR(300)"
    ds.pop("dataset_description")
    ds["dataset_licence"] = {"description": "Licence of the dataset.", "annotations": {"sql_type": "VARCHAR(100)"}}
    return new


@pytest.mark.postgres
def test_postgresql_migration_renames_and_replaces_codes(pg_url, tmp_path):
    schema = load_cdm()
    old, new = side(tmp_path / "old", schema), side(tmp_path / "new", renamed_schema(schema))
    # the 2025 birth-sex codes are deprecated in favour of their 2026 twins (schemas/vocab/deprecations.yaml);
    # the new release narrows the enumeration to the 2026 codes: rows holding a 2025 code are updated
    narrowed_birth_sex(new)

    from eucaim_spec.release.load import SideRoot
    from eucaim_spec.release.migrate import describe, plan

    summary = describe(*plan(SideRoot("old", old / "schemas", None, None), SideRoot("new", new / "schemas", None,
                                                                                      None), "postgresql"))
    assert summary["renamed_tables"] == [("comorbidities", "comorbidity")]
    assert ("patient", "patient_birth_sex", "birth_sex") in summary["renamed_columns"]
    assert ("patient", "birth_sex", "COM1000180", "COM1001366") in summary["updates"]

    old_sql, old_tables = ddl_sql(old, "postgresql")
    data = rows_for(old_tables)
    first_code = data["patient"][0]["patient_birth_sex"]
    assert first_code == "COM1000177"  # the first code of the old branch: a 2025 code
    data_pat = data["patient"]
    data_pat[1]["patient_birth_sex"] = "COM1000180"
    data_pat[2]["patient_birth_sex"] = "COM1001370"
    code, migration, err = run_cli(["migrate", str(old), str(new)])
    assert code == 0, err
    assert "ALTER TABLE eucaim_cdm_output.comorbidities RENAME TO comorbidity;" in migration
    assert "ALTER TABLE eucaim_cdm_output.patient RENAME COLUMN patient_birth_sex TO birth_sex;" in migration
    assert ("UPDATE eucaim_cdm_output.patient SET birth_sex = 'COM1001366' WHERE birth_sex = 'COM1000180';"
            in migration)
    import psycopg

    url_m, url_n = fresh_db(pg_url, "m_rename"), fresh_db(pg_url, "n_rename")
    with psycopg.connect(url_m) as conn:
        conn.execute(old_sql)
        insert(conn, old_tables, data)
        conn.commit()
        conn.execute(migration)
        conn.commit()
        migrated = catalogue(conn)
        sexes = [r[0] for r in conn.execute(
            "SELECT birth_sex FROM eucaim_cdm_output.patient ORDER BY patient_id").fetchall()]
        titles = conn.execute("SELECT count(*) FROM eucaim_cdm_output.dataset WHERE dataset_title IS NOT NULL"
                              ).fetchone()[0]
        comorb = conn.execute("SELECT count(*) FROM eucaim_cdm_output.comorbidity").fetchone()[0]
    with psycopg.connect(url_n) as conn:
        conn.execute(ddl_sql(new, "postgresql")[0])
        conn.commit()
        expected = catalogue(conn)
    assert migrated == expected
    assert sexes == ["COM1001370", "COM1001366", "COM1001370"]
    assert titles == ROWS and comorb == ROWS


def narrowed_birth_sex(root: Path) -> None:
    """BirthSexEnum of the side at ``root`` limited to the 2026 codes (the 2025 ones have declared replacements)."""
    path = root / "schemas" / "cdm" / "enums.yaml"
    enums = yaml.safe_load(path.read_text())
    branch = enums["enums"]["BirthSexEnum"]
    enums["enums"]["BirthSexEnum"] = {"description": branch["description"], "permissible_values": {
        "COM1001366": {"meaning": "EUCAIM:COM1001366"}, "COM1001370": {"meaning": "EUCAIM:COM1001370"}}}
    path.write_text(yaml.safe_dump(enums, sort_keys=False))


def test_duckdb_migration_rebuilds_and_keeps_rows(tmp_path):
    """Later additions, a column rename, a code replacement, a widened type, a dropped and an added column at once."""
    import duckdb

    schema = load_cdm()
    old_schema, _, _ = without_later_additions(schema)
    old, new = side(tmp_path / "old", old_schema), side(tmp_path / "new", renamed_schema(schema))
    narrowed_birth_sex(new)
    old_sql, old_tables = ddl_sql(old, "duckdb")
    new_sql, _ = ddl_sql(new, "duckdb")
    code, migration, err = run_cli(["migrate", str(old), str(new), "--dialect", "duckdb"])
    assert code == 0, err
    data = rows_for(old_tables)
    con = duckdb.connect(str(tmp_path / "m.duckdb"))
    con.execute(old_sql)
    for t in old_tables:
        for row in data[t.name]:
            cols = list(row)
            con.execute(f"INSERT INTO eucaim_cdm_output.{t.name} ({', '.join(cols)}) VALUES "
                        f"({', '.join(['?'] * len(cols))})", [row[c] for c in cols])
    con.execute(migration)
    ref = duckdb.connect(str(tmp_path / "n.duckdb"))
    ref.execute(new_sql)
    query = ("SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
             "WHERE table_schema = 'eucaim_cdm_output' ORDER BY 1, 2")
    assert con.execute(query).fetchall() == ref.execute(query).fetchall()
    for table, rows in data.items():
        assert con.execute(f"SELECT count(*) FROM eucaim_cdm_output.{table}").fetchone()[0] == len(rows), table
    assert con.execute("SELECT DISTINCT birth_sex FROM eucaim_cdm_output.patient").fetchall() == [("COM1001370",)]
