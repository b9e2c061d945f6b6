"""Evaluate a search as Focus' SQL mode would: one set-based statement over the ingestion tables.

The statement is our own construction from the facts in shared/reference/eucaim-search/focus-sql-vs-etl.md
(samply/focus @ 2fc7515, src/eucaim_sql.rs): patients of each dataset filtered by the patient criteria
(sex, diagnosis); per patient, the image studies reached through imagingprocedure and filtered by the image
criteria (body part) summed into studies_count; a dataset with no matching patient yields no collection.
It runs in place on PostgreSQL (search_path = the ingestion schema) or on DuckDB over CSV files named like the
ingestion tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.validate.engine import LoadedTables
from eucaim_spec.validate.options import InputLimits
from eucaim_spec.validate.search.model import SearchKey, SearchModel
from eucaim_spec.validate.search.query import Criterion, Query
from eucaim_spec.validate.sql.dialect import DUCKDB, SPARK, Dialect
from eucaim_spec.validate.sql.postgres import safe_url
from eucaim_spec.validate.sql.tabular_input import is_tabular, load_table


@dataclass
class Source:
    """Tables the search can read: ``columns`` maps each table (lower case) to its columns (lower case)."""

    label: str
    columns: dict[str, list[str]]
    run: Callable[[str], list[tuple[Any, ...]]]
    close: Callable[[], None] = lambda: None
    #: where a table came from, for messages (file name or schema.table)
    places: dict[str, str] = field(default_factory=dict)
    #: the readiness statements' spelling (``SearchEngine._values``): identifiers and the text type; DuckDB and
    #: PostgreSQL share the default, Spark SQL quotes with backticks
    dialect: Dialect = DUCKDB
    #: the relation each table is read from, where it is not the table's own name (Spark's temporary views)
    relations: dict[str, str] = field(default_factory=dict)

    def has(self, table: str, column: str | None = None) -> bool:
        cols = self.columns.get(table)
        return cols is not None and (column is None or column in cols)

    def relation(self, table: str) -> str:
        """``table`` as the statements name it after FROM."""
        return self.relations.get(table) or self.dialect.ident(table)


@dataclass
class Evaluation:
    collections: list[dict[str, Any]] = field(default_factory=list)
    #: why the node would answer the search as failed (Focus' refusal, or what the database lacks)
    failures: list[str] = field(default_factory=list)
    noops: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    #: criteria whose SQL code can never equal a stored code (Focus maps the value to an empty string)
    empty_codes: list[str] = field(default_factory=list)
    sql: str | None = None

    @property
    def failed(self) -> bool:
        return bool(self.failures)

    def result(self, provider: str) -> dict[str, Any]:
        """Focus' result for SQL mode (search-keys.yaml ``result_format.sql_mode``)."""
        total = {
            "subjects_count": sum(c["subjects_count"] for c in self.collections),
            "studies_count": sum(c["studies_count"] for c in self.collections),
        }
        return {"provider": provider, "provider_icon": "", "collections": self.collections, "total": total}


def _lit(code: str) -> str:
    return "'" + code.replace("'", "''") + "'"


def required_columns(model: SearchModel, criteria: list[Criterion]) -> list[tuple[str, str, str | None]]:
    """(table, column, key label or None) the statement reads: the joins and result columns, then each key's."""
    out: list[tuple[str, str, str | None]] = []
    for table, cols in model.sql_tables.items():
        out += [(table, c, None) for c in cols]
        if not cols:
            out.append((table, "", None))
    for c in criteria:
        t = c.key.sql
        if t.noop:
            continue
        out.append((t.table, t.column, c.key.label))
        for extra in (t.patient_column, t.study_column):
            if extra:
                out.append((t.table, extra, c.key.label))
    return out


def criterion_sql(key: SearchKey, code: str) -> str:
    t = key.sql
    if t.noop:
        return "TRUE"
    if key.level == "patient" and t.patient_column is None:
        return f"cancerpatient.{t.column} = {_lit(code)}"
    if key.level == "patient":
        return (f"EXISTS (SELECT 1 FROM {t.table} WHERE {t.table}.{t.patient_column} = cancerpatient.identifier "
                f"AND {t.table}.{t.column} = {_lit(code)})")
    return (f"EXISTS (SELECT 1 FROM {t.table} WHERE {t.table}.{t.column} = {_lit(code)} "
            f"AND {t.table}.{t.study_column} = imagestudy.id)")


def build_sql(criteria: list[Criterion]) -> str:
    patient = [criterion_sql(c.key, c.sql_code or "") for c in criteria if c.key.level == "patient"]
    image = [criterion_sql(c.key, c.sql_code or "") for c in criteria if c.key.level != "patient"]
    image_where = "".join(f" AND {s}" for s in image)
    patient_where = "".join(f" AND {s}" for s in patient)
    return (
        "SELECT dataset.identifier, dataset.title, dataset.description, COUNT(*) AS subjects_count, "
        "COALESCE(SUM((SELECT COUNT(*) FROM imagingprocedure JOIN imagestudy "
        "ON imagestudy.imagingprocedureidentifier = imagingprocedure.procedureidentifier "
        f"WHERE imagingprocedure.patientidentifier = cancerpatient.identifier{image_where})), 0) AS studies_count "
        "FROM dataset JOIN cancerpatient ON cancerpatient.datasetidentifier = dataset.identifier "
        f"WHERE TRUE{patient_where} "
        "GROUP BY dataset.identifier, dataset.title, dataset.description ORDER BY dataset.identifier"
    )


def evaluate(query: Query, source: Source, model: SearchModel) -> Evaluation:
    """Run ``query`` on ``source`` as Focus' SQL mode would; failures say why the node would answer failed."""
    ev = Evaluation(dropped=[f"{k} = {v}: {why}" for k, v, why in query.dropped])
    if query.error:
        ev.failures.append(f"Focus refuses the query tree: {query.error}")
        return ev
    for c in query.criteria:
        if c.key.sql.noop:
            ev.noops.append(f"{c.key.label} = {c.value.label}: accepted but not filtered on in SQL mode")
        elif not c.sql_code:
            ev.empty_codes.append(f"{c.key.label} = {c.value.label}: Focus sends an empty code, nothing matches")
    missing: dict[str, list[str]] = {}
    for table, column, label in required_columns(model, query.criteria):
        if not source.has(table):
            missing.setdefault(f"table {table} absent", []).append(label or "every search")
        elif column and not source.has(table, column):
            missing.setdefault(f"column {table}.{column} absent", []).append(label or "every search")
    for what, labels in missing.items():
        ev.failures.append(f"{what} (needed by {', '.join(sorted(set(labels)))}); Focus reports "
                           "'Failed to execute query'")
    if ev.failures:
        return ev
    ev.sql = build_sql(query.criteria)
    try:
        rows = source.run(ev.sql)
    except _DatabaseError as exc:
        ev.failures.append(str(exc))
        return ev
    for ident, title, description, subjects, studies in rows:
        ev.collections.append({
            "id": ident, "name": title, "description": description,
            "subjects_count": int(subjects), "studies_count": int(studies or 0),
            # always zero / empty in Focus' SQL mode (search-keys.yaml result_format)
            "age_range": {"min": 0, "max": 0}, "body_parts": [], "gender": [], "modalities": [],
        })
    return ev


class _DatabaseError(Exception):
    """A statement the database refused; the message carries no stored value."""


# ------------------------------------------------------------------------------------------- sources

def _safe_db_message(text: str) -> str:
    """A database error on one line without the stored values it may quote (invalid input syntax ...)."""
    first = " ".join(text.split("\n", maxsplit=1)[0].split())
    return re.sub(r'(invalid input syntax for type \w+):.*', r"\1", first)


def csv_source(directory: Path, model: SearchModel, options: InputLimits | None = None,
               tables: set[str] | None = None, loaded: LoadedTables | None = None) -> Source:
    """DuckDB views named like the ingestion tables over the CSV (or Parquet, XLSX, JSON) files of ``directory``
    whose names match them case-insensitively (``CancerPatient.csv``); column names folded to lower case as
    PostgreSQL folds the ETL's unquoted names.

    ``loaded``: the tables this run's clinical step already loaded (same loader, same rows); the views are made
    on its connection over those tables, and only files it does not hold are loaded here."""
    import duckdb  # deferred: a heavy native module, only for CSV sources

    con = loaded.con if loaded is not None else duckdb.connect()
    views: list[str] = []
    columns: dict[str, list[str]] = {}
    places: dict[str, str] = {}
    wanted = tables or set(model.sql_tables) | {k.sql.table for k in model.keys}
    for path in sorted(p for p in directory.iterdir() if is_tabular(p)):
        name = path.stem.lower()
        if name not in wanted or name in columns:
            continue
        lt = loaded.tables.get(str(path.resolve())) if loaded is not None else None
        if lt is None:
            lt = load_table(con, path, f"_raw_{name}", path.name, options)
        if not lt.ok:
            p = lt.problems[0]
            raise InputError(str(path), p.message, f"line {p.line}" if p.line else None)
        cols: dict[str, str] = {}
        for c in lt.columns:
            cols.setdefault(c.lower(), c)  # first of two names differing only in case wins, as a view must
        sel = ", ".join(f'"{orig.replace(chr(34), chr(34) * 2)}" AS "{low}"' for low, orig in cols.items())
        con.execute(f'CREATE OR REPLACE VIEW "{name}" AS SELECT {sel} FROM "{lt.relation}"')
        views.append(name)
        columns[name] = list(cols)
        places[name] = path.name

    def run(sql: str) -> list[tuple[Any, ...]]:
        try:
            return list(con.execute(sql).fetchall())
        except duckdb.Error as exc:
            raise _DatabaseError(f"the statement failed: {_safe_db_message(str(exc))}") from None

    def close() -> None:
        if loaded is None:
            con.close()
            return
        for v in views:  # the connection is the clinical step's: leave it as it was
            con.execute(f'DROP VIEW IF EXISTS "{v}"')

    return Source(directory.as_posix(), columns, run, close, places)


def spark_source(loaded: LoadedTables, wanted: set[str], label: str) -> Source:
    """The tables the Spark table step loaded, read by Spark SQL where they are (``SparkEngine`` hands its views
    over, keyed by how messages name each table: file name or metastore name): those whose name (the file's
    stem, the metastore table's) is in ``wanted``; column names folded to lower case as ``csv_source`` folds
    them. Only aggregates reach the driver."""
    spark = loaded.con
    columns: dict[str, list[str]] = {}
    places: dict[str, str] = {}
    relations: dict[str, str] = {}
    for where, lt in loaded.tables.items():
        name = lt.path.stem.lower()
        if name not in wanted or name in columns:
            continue
        cols: dict[str, str] = {}
        for c in lt.columns:
            cols.setdefault(c.lower(), c)
        sel = ", ".join(f"{SPARK.ident(orig)} AS {SPARK.ident(low)}" for low, orig in cols.items())
        relations[name] = f"(SELECT {sel} FROM {SPARK.ident(lt.relation)})"
        columns[name] = list(cols)
        places[name] = where

    def run(sql: str) -> list[tuple[Any, ...]]:
        # statements built from the search model and the loaded columns, never from data; results are aggregates
        return [tuple(r) for r in spark.sql(sql).collect()]

    return Source(label, columns, run, places=places, dialect=SPARK, relations=relations)


def postgres_source(url: str, schema: str, timeout: int = 10) -> Source:
    """The tables of ``schema`` on PostgreSQL, read in place (read-only transaction; search_path = ``schema``,
    the way a Focus deployment resolves its unqualified table names)."""
    import psycopg

    extra: dict[str, Any] = {} if "connect_timeout" in url else {"connect_timeout": timeout}
    try:
        conn = psycopg.connect(url, autocommit=True, **extra)
    except psycopg.Error as exc:
        raise InputError(safe_url(url), f"cannot connect: {safe_url(' '.join(str(exc).split()))}") from None
    cur = conn.cursor()
    cur.execute("SET default_transaction_read_only = on")
    cur.execute("SELECT set_config('search_path', %s, false)", (psycopg.sql.Identifier(schema).as_string(conn),))
    cur.execute("SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s "
                "ORDER BY table_name, ordinal_position", (schema,))
    columns: dict[str, list[str]] = {}
    for table, column in cur.fetchall():
        columns.setdefault(str(table), []).append(str(column))
    if not columns:
        conn.close()
        raise InputError(safe_url(url), f"schema {schema!r} holds no tables")

    def run(sql: str) -> list[tuple[Any, ...]]:
        try:
            cur.execute(sql.encode())  # built from the search model's codes, never from data
            return list(cur.fetchall())
        except psycopg.Error as exc:
            raise _DatabaseError(f"the database refused the statement: {_safe_db_message(str(exc))}") from None

    return Source(f"{safe_url(url)} schema {schema}", columns, run, conn.close,
                  {t: f"{schema}.{t}" for t in columns})
