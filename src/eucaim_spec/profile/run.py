"""Profile a dataset directory or a table: load and classify its tables as ``eucaim check`` does, measure each,
take validity, consistency and integrity from the check's own findings, and list the thresholds crossed.

Returns one JSON-ready dict (the profile); ``profile.render`` writes it in every format.
"""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path
from typing import Any

from eucaim_spec import __version__
from eucaim_spec.errors import InputError
from eucaim_spec.profile.disclosure import dicom_head_series, disclosure, head_series
from eucaim_spec.profile.measures import MAX_COLUMNS, TableProfiler
from eucaim_spec.profile.schema_facts import facts_for
from eucaim_spec.profile.settings import ProfileSettings
from eucaim_spec.report.model import Severity
from eucaim_spec.validate.check import run_check
from eucaim_spec.validate.dicom.scan import scan_tree
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.options import CheckOptions
from eucaim_spec.validate.sql.engine import SqlEngine, tabular_files
from eucaim_spec.validate.sql.postgres import safe_url
from eucaim_spec.validate.sql.slots import norm
from eucaim_spec.validate.sql.tabular_input import LoadedTable, is_tabular, load_table

DIMENSIONS = ("completeness", "uniqueness", "validity", "consistency", "accuracy", "integrity")

#: rule-id endings/parts -> the quality dimension a finding of that rule measures (D5.8's EHDS dimensions)
_DIMENSION_OF = (
    (("fk", "linkage", "images_without_clinical", "table_missing", "no_rows", "unreadable", "ragged_row",
      "separator", "not_records", "too_large", "xlsx_formula", "header", "part_unreadable", "integrity",
      "empty_file", "encoding"),
     "integrity"),
    (("unique", "duplicate"), "uniqueness"),
    (("date_order", "timepoint_order", "offset_unit", "patient_age_derivable", "units", "unit"), "consistency"),
    (("required", "search_filled", "min_count", "_or_offset", "missing"), "completeness"),
)


def dimension_of(rule_id: str) -> str:
    """The quality dimension of a check rule (validity when nothing more specific applies)."""
    parts = rule_id.split(".")
    for keys, dim in _DIMENSION_OF:
        for k in keys:
            if (k.startswith("_") and rule_id.endswith(k)) or k in parts:
                return dim
    return "validity"


def profile(target: str, settings: ProfileSettings, *, tier: int = 1, validity: bool = True,
            options: CheckOptions | None = None) -> dict[str, Any]:
    """The profile of ``target`` (dataset directory, clinical part or one table file). Validity, consistency and
    integrity come from a check run here (unless ``validity`` is off), without its own quality step."""
    options = options or CheckOptions()
    ctx = CheckContext(target_tier=tier, root=None if options.db else _root(target), options=options)
    check_summary = None
    if validity:
        _inputs(target, ctx)  # no table at all: the one-line error before the check runs
        measured: dict[str, Any] = {}

        def measure_loaded(run_ctx: CheckContext) -> None:
            measured.update(measure_in_run(target, settings, run_ctx))

        # measured on the tables the check loaded, before the run closes them: each file is read once
        report, _notes = run_check(target, target_tier=tier, options=replace(options, quality=False),
                                   after_steps=measure_loaded)
        p = measured
        dataset = attach_dimensions(report.findings or [], p["tables"])
        summary = report.summary
        check_summary = {"target_tier": tier, "conforms": report.conforms,
                         "summary": summary.model_dump() if hasattr(summary, "model_dump") else dict(summary),
                         "dataset_dimensions": dataset}
    else:
        p = measure(target, settings, ctx)
    out = {k: p[k] for k in ("tool", "target", "settings")}
    out["check"] = check_summary
    out.update({k: p[k] for k in ("unreadable", "tables", "imaging")})
    out["warnings"] = warnings(out, settings)
    return out


def _root(target: str) -> Path | None:
    path = Path(target)
    return path if path.is_dir() else None


def measure_in_run(target: str, settings: ProfileSettings, ctx: CheckContext) -> dict[str, Any]:
    """``measure`` within a check run: on the tables its clinical step loaded on DuckDB and its DICOM scan."""
    tables = ctx.tables if ctx.tables is not None and getattr(ctx.tables, "dialect", "duckdb") == "duckdb" \
        else None
    return measure("" if ctx.options.db else target, settings, ctx,
                   loaded=None if ctx.options.db else tables, scan=ctx.imaging)


def _inputs(target: str, ctx: CheckContext) -> tuple[list[Path], Path | None]:
    """The table files and the DICOM tree of ``target`` (none with --db); InputError when there is neither."""
    db = ctx.options.db
    path = Path(target)
    if not db and not path.exists():
        raise InputError(target, "no such file or directory")
    # a file that is no table (a catalogue record, a DICOM file) has no table to profile
    files = [] if db or (path.is_file() and not is_tabular(path)) else tabular_files(path)
    dicom_root = None if db else _dicom_part(path)
    if not db and not files and dicom_root is None:
        raise InputError(target, "no CSV, Parquet, XLSX or JSON table and no DICOM file found")
    return files, dicom_root


def measure(target: str, settings: ProfileSettings, ctx: CheckContext, loaded: Any = None,
            scan: Any = None) -> dict[str, Any]:
    """The measures of every table of ``target`` and the head series of its DICOM tree, without the check's
    findings (``attach_dimensions`` adds them). ``loaded``: the tables the check's clinical step loaded on
    DuckDB (``LoadedTables``), measured on its connection instead of loading the files again; ``scan``: the
    check's DICOM scan (``ImagingScan``), read instead of scanning the tree again."""
    import duckdb

    options = ctx.options
    db = options.db
    path = Path(target)
    files, dicom_root = _inputs(target, ctx)
    own = loaded is None
    tmp = Path(tempfile.mkdtemp(prefix="eucaim-profile-")) if own else None
    con = duckdb.connect(":memory:") if own else loaded.con
    made: list[str] = []
    s = settings
    try:
        if tmp is not None:
            con.execute(f"SET temp_directory = '{tmp.as_posix()}'").fetchall()
        tables_in: list[tuple[Any, str]] = _load_postgres(con, str(db), ctx.options) if db else []
        problems: list[dict[str, Any]] = []
        tables_in += _load_files(con, files, ctx, None if own else loaded, made, problems)
        if not tables_in and dicom_root is None:
            first = problems[0] if problems else {"problem": "unreadable"}
            raise InputError(str(first.get("file") or target), f"no readable table ({first['problem']})")
        # classified as the check does, its notes left out (the check's own step wrote them)
        kinds = SqlEngine().table_kinds(tables_in, replace(ctx, notes=[])) if tables_in else []
        tables = []
        for i, ((lt, rel), (kind, name)) in enumerate(zip(tables_in, kinds, strict=True)):
            tables.append(_profile_table(con, lt, rel, kind, name, s, f"p{i}" if own else f"profile_q{i}"))
            if not own:
                made += [f"profile_q{i}_{part}" for part in ("num", "rank", "vals", "qi")]
        imaging = None
        if dicom_root is not None:
            tags = scan.table if scan is not None else scan_tree(dicom_root, workers=ctx.options.dicom_workers)
            imaging = {"path": ctx.rel(dicom_root), "head_series": dicom_head_series(con, tags, s)}
    finally:
        if own:
            con.close()
        else:
            for relation in made:  # the check's connection stays open until the run ends: leave nothing behind
                kinds_of = con.execute("SELECT table_type FROM information_schema.tables WHERE table_name = ?",
                                       [relation]).fetchall()
                for (kind_of,) in kinds_of:
                    what = "VIEW" if kind_of == "VIEW" else "TABLE"
                    con.execute(f'DROP {what} IF EXISTS "{relation}"').fetchall()
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return {
        "tool": {"name": "eucaim-spec", "version": __version__},
        "target": safe_url(str(db)) if db else path.name if path.is_dir() else ctx.rel(path),
        "settings": {"min_cell_size": s.min_cell_size, "missing_threshold": s.missing_threshold,
                     "k_anonymity": s.k_anonymity, "max_age": s.max_age, "iqr_factor": s.iqr_factor,
                     "robust_z": s.robust_z, "correlation_min": s.correlation_min, "lexical_min": s.lexical_min},
        "unreadable": problems,
        "tables": tables,
        "imaging": imaging,
    }


def _load_files(con: Any, files: list[Path], ctx: CheckContext, loaded: Any, made: list[str],
                problems: list[dict[str, Any]]) -> list[tuple[Any, str]]:
    """(table, rel) of each file: the check's loaded table when ``loaded`` holds it, else loaded here (its relation
    added to ``made``); unreadable and too wide ones go to ``problems``."""
    out = []
    for i, f in enumerate(files):
        rel = ctx.rel(f)
        lt = None if loaded is None else loaded.tables.get(str(f.resolve()))
        if lt is None:
            relation = f"p{i}" if loaded is None else f"profile_p{i}"
            made.append(relation)
            lt = load_table(con, f, relation, rel, ctx.options.limits)
            if not lt.ok and f.suffix.lower() == ".json":
                lt = _load_features_json(con, f, relation, rel) or lt
        if not lt.ok:
            problems += [{"file": p.file, "line": p.line, "problem": p.rule} for p in lt.problems]
            continue
        if len(lt.columns) > MAX_COLUMNS:
            problems.append({"file": rel, "line": None, "problem": f"too_wide: {len(lt.columns)} columns, "
                             f"more than the {MAX_COLUMNS} profiled"})
            continue
        out.append((lt, rel))
    return out


def catalogue_dataset_iri(target: str) -> str | None:
    """The IRI of the one dcat:Dataset of a dataset directory's catalogue record (metadata/), else None: the DQV
    measurements are then computed on the dataset the catalogue describes."""
    meta = Path(target) / "metadata"
    if not meta.is_dir():
        return None
    from rdflib import Graph, URIRef
    from rdflib.namespace import DCAT, RDF

    formats = {".ttl": "turtle", ".jsonld": "json-ld", ".rdf": "xml"}
    found: set[str] = set()
    for f in sorted(meta.iterdir()):
        if f.suffix.lower() in formats:
            g = Graph()
            try:
                g.parse(f, format=formats[f.suffix.lower()])
            except Exception:  # an unreadable record is `eucaim check`'s to report: no IRI from it
                continue
            found |= {str(s) for s in g.subjects(RDF.type, DCAT.Dataset) if isinstance(s, URIRef)}
    return found.pop() if len(found) == 1 else None


def _load_postgres(con: Any, url: str, options: CheckOptions) -> list[tuple[Any, str]]:
    """Every table of the CDM schema of a PostgreSQL database copied into DuckDB (``COPY ... TO STDOUT`` in CSV,
    held in memory, rows in the order ``eucaim check --db`` numbers them); (table, rel) pairs as files give."""
    import io

    import psycopg
    from psycopg import sql

    schema = options.db_schema
    # bounded: an unreachable host ends the run (exit 3) instead of hanging it; a timeout in the URL wins
    timeout = options.db_timeout
    extra: dict[str, Any] = {} if "connect_timeout" in url else {"connect_timeout": timeout}
    try:
        conn = psycopg.connect(url, autocommit=True, **extra)
    except psycopg.Error as exc:
        raise InputError(safe_url(url), f"cannot connect: {type(exc).__name__}") from None
    out = []
    with conn:
        names = [str(r[0]) for r in conn.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = %s AND table_type = 'BASE TABLE' "
            "ORDER BY table_name", (schema,)).fetchall()]
        if not names:
            raise InputError(safe_url(url), f"schema {schema!r} holds no tables")
        for i, name in enumerate(names):
            buf = io.BytesIO()
            query = sql.SQL("COPY (SELECT * FROM {}.{} ORDER BY ctid) TO STDOUT (FORMAT csv, HEADER)").format(
                sql.Identifier(schema), sql.Identifier(name))
            with conn.cursor().copy(query) as cp:
                for block in cp:  # blocks of CSV bytes, not rows
                    buf.write(block)
            rel = f"pg{i}"
            src = _csv_as_text(buf.getvalue())
            con.register(rel + "_src", src)
            con.execute(f'CREATE TABLE "{rel}" AS SELECT row_number() OVER () AS _row, * FROM "{rel}_src"').fetchall()
            con.unregister(rel + "_src")
            cols = [str(c[0]) for c in con.execute(f'DESCRIBE "{rel}"').fetchall()][1:]
            rows = int(con.execute(f'SELECT count(*) FROM "{rel}"').fetchall()[0][0])
            out.append((LoadedTable(Path(name), rel, cols, rows, []), f"{schema}.{name}"))
    return out


def _csv_as_text(data: bytes) -> Any:
    """A CSV (header first) as a pyarrow table with every column text, as every loader gives tables."""
    import csv
    import io

    import pyarrow as pa
    from pyarrow import csv as pacsv

    header = next(csv.reader(io.StringIO(data.split(b"\n", 1)[0].decode("utf-8"))), [])
    return pacsv.read_csv(io.BytesIO(data), convert_options=pacsv.ConvertOptions(
        column_types={h: pa.string() for h in header}, strings_can_be_null=True))


def _dicom_part(path: Path) -> Path | None:
    """The DICOM tree to scan: a dataset's imaging/ (or the target itself) holding a file that is not a table."""
    root = path / "imaging" if (path / "imaging").is_dir() else path
    if not root.is_dir():
        return None
    return root if any(f.is_file() and not is_tabular(f) for f in root.rglob("*")) else None


def _load_features_json(con: Any, path: Path, name: str, rel: str) -> Any:
    """TDC's JSON layout ({"features": [...], "data": [[...], ...]}) as a table; None when it is not that."""
    import json

    import pyarrow as pa

    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not (isinstance(doc, dict) and isinstance(doc.get("features"), list) and isinstance(doc.get("data"), list)):
        return None
    feats = [str(f) for f in doc["features"]]
    rows = doc["data"]
    if not all(isinstance(r, list) and len(r) == len(feats) for r in rows):
        return None

    def text(v: Any) -> str | None:
        if v is None:
            return None
        return ("true" if v else "false") if isinstance(v, bool) else str(v)

    cols = list(zip(*rows, strict=True)) if rows else [() for _ in feats]
    arrays = {"_row": pa.array(range(1, len(rows) + 1), pa.int64())}
    arrays.update({f: pa.array([text(v) for v in col], pa.string()) for f, col in zip(feats, cols, strict=True)})
    con.register(name + "_arrow", pa.table(arrays))
    con.execute(f'CREATE TABLE "{name}" AS SELECT * FROM "{name}_arrow"').fetchall()
    con.unregister(name + "_arrow")
    return LoadedTable(path, name, feats, len(rows), [])


def _id_column(kind: str, columns: list[str]) -> str | None:
    by = {norm(c): c for c in columns}
    if kind == "imaging_tags":
        return by.get("seriesinstanceuid")
    if kind in ("cdm", "minimum", "declared") and columns:
        return columns[0]  # PatientID first (minimum), the table's own id first (CDM, as the ETL writes it)
    return None


def _profile_table(con: Any, lt: Any, rel: str, kind: str, name: str | None, s: ProfileSettings,
                   tag: str) -> dict[str, Any]:
    facts = facts_for(kind, lt.columns) if kind != "unknown" else {}
    idc = _id_column(kind, lt.columns)
    tp = TableProfiler(con, lt.relation, lt.columns, s, facts, idc, tag)
    by = {norm(c): c for c in lt.columns}
    pop = by.get("population") if kind == "minimum" else None
    cols = tp.columns_pass(pop)
    table: dict[str, Any] = {
        "file": rel, "kind": kind, "table": name, "rows": tp.rows, "columns": cols,
        "completeness": {
            "filled_share": None if not tp.rows or not cols else round(
                sum(c["filled"] for c in cols) / (tp.rows * len(cols)), 6),
            "columns_over_threshold": [c["column"] for c in cols if c["over_missing_threshold"]],
            "by_population": tp.by_population,
        },
        "uniqueness": tp.uniqueness(cols) if tp.rows else {},
        "distributions": tp.distributions(cols) if tp.rows else [],
    }
    table["correlations"] = tp.correlations()
    table["lexical_pairs"] = tp.lexical_pairs()
    table["frequencies"] = tp.frequencies(cols) if tp.rows else []
    table["disclosure"] = disclosure(con, lt.relation, tp.rows, facts, s, lt.columns, tag)
    table["head_series"] = head_series(con, lt.relation, lt.columns, s) if kind == "imaging_tags" else None
    return table


def attach_dimensions(findings: list[Any], tables: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """From the findings of ``eucaim check`` on the same target, attach per table the findings per dimension and per
    column the share of filled values passing the validity rules; returns the dataset-wide counts (findings not
    placed in a table)."""
    by_file = {t["file"]: t for t in tables}
    for t in tables:
        t["dimensions"] = {d: {"findings": 0, "records": 0} for d in DIMENSIONS if d != "accuracy"}
        t["_invalid"] = {}
    dataset: dict[str, dict[str, int]] = {d: {"findings": 0, "records": 0} for d in DIMENSIONS if d != "accuracy"}
    for f in findings:
        if f.severity not in (Severity.violation, Severity.warning):
            continue
        if not f.rule_id.startswith(("minimum.", "cdm.", "dicom.")):
            continue  # catalogue (dcat_ap) findings say nothing of the quality of the data
        dim = dimension_of(f.rule_id)
        loc = f.location
        owner = None
        if loc is not None:
            # --db: findings name the table as <schema>.<table> (what the profile calls its file), no file
            owner = by_file.get(loc.file or loc.table or "")
        bucket: dict[str, int] = owner["dimensions"][dim] if owner is not None else dataset[dim]
        bucket["findings"] += 1
        bucket["records"] += int(f.count or 1)
        if owner is not None and dim == "validity" and loc is not None and loc.column:
            key = norm(loc.column)
            owner["_invalid"][key] = owner["_invalid"].get(key, 0) + int(f.count or 1)
    for t in tables:
        invalid = t.pop("_invalid")
        for c in t["columns"]:
            bad = min(invalid.get(norm(c["column"]), 0), c["filled"])
            c["valid_share"] = None if not c["filled"] else round(1 - bad / c["filled"], 6)
    return dataset


def warnings(p: dict[str, Any], s: ProfileSettings) -> list[dict[str, Any]]:
    """The thresholds of validators/profile.yaml crossed, one warning each (id, dimension, where, message)."""
    out: list[dict[str, Any]] = []

    def warn(wid: str, dim: str, file: str, message: str, column: str | None = None, records: int = 1) -> None:
        out.append({"id": wid, "dimension": dim, "file": file, "column": column, "message": message,
                    "records": max(int(records), 1)})

    for t in p["tables"]:
        f = t["file"]
        for c in t["columns"]:
            if c["over_missing_threshold"]:
                warn("profile.completeness.missing_over_threshold", "completeness", f,
                     f"{c['missing_share']:.1%} of the values are missing (threshold {s.missing_threshold:.0%})",
                     c["column"], c["missing"])
        u = t["uniqueness"]
        if u.get("duplicate_entities"):
            warn("profile.uniqueness.duplicate_entities", "uniqueness", f,
                 f"{u['duplicate_entities']} identifier(s) occur more than once ({u['rows_of_duplicate_entities']} "
                 "rows)", u.get("identifier"), u["rows_of_duplicate_entities"])
        if u.get("near_duplicate_groups"):
            warn("profile.uniqueness.near_duplicates", "uniqueness", f,
                 f"{u['rows_in_near_duplicate_groups']} rows in {u['near_duplicate_groups']} groups are equal on "
                 "every column but the identifier", None, u["rows_in_near_duplicate_groups"])
        for dim, v in (t.get("dimensions") or {}).items():
            if v["findings"]:
                warn(f"profile.{dim}.check_findings", dim, f,
                     f"{v['findings']} finding(s) of `eucaim check` ({v['records']} records)", None, v["records"])
        d = t["disclosure"]
        if d.get("quasi_identifiers") and d.get("share_below_k", 0) > s.max_share_below_k:
            warn("profile.disclosure.k_anonymity", "disclosure", f,
                 f"k = {d['k']}: {d['records_below_k']} record(s) ({d['share_below_k']:.1%}) sit in equivalence "
                 f"classes smaller than {s.k_anonymity} over {', '.join(d['quasi_identifiers'])}", None,
                 d["records_below_k"])
        for e in d.get("full_dates", []):
            warn("profile.disclosure.full_dates", "disclosure", f,
                 f"{e['records']} full date(s): generalise to the year or use relative days", e["column"], e["records"])
        for e in d.get("ages_over_max", []):
            warn("profile.disclosure.age_over_max", "disclosure", f,
                 f"{e['records']} age(s) over {s.max_age:g}: aggregate them", e["column"], e["records"])
        h = t.get("head_series")
        if h and h["series"]:
            warn("profile.disclosure.head_imaging", "disclosure", f,
                 f"{h['series']} head/brain series: review face removal (defacing) before sharing",
                 h["body_part_column"], h["series"])
    img = p.get("imaging")
    if img and img["head_series"]["series"]:
        h = img["head_series"]
        warn("profile.disclosure.head_imaging", "disclosure", img["path"],
             f"{h['series']} head/brain series ({h['files']} files): review face removal (defacing) before sharing",
             "BodyPartExamined", h["series"])
    return out
