"""The table checks on Apache Spark: the sql engine's compiled checks rendered in Spark SQL (``SPARK`` dialect).

Nothing here compiles a rule: tables are registered as Spark temporary views (every column STRING, a 1-based
``_row`` first, as the DuckDB loader makes them), the member/code table is broadcast, and the sql engine's
classification and ``_run_tables`` do the rest: one aggregate query per table, then the first N example rows
per failing check. Only those aggregates and examples reach the driver, never a whole table.

Inputs: local paths, URIs Spark reads through Hadoop's file systems (``file://``, ``hdfs://``, ``s3a://`` with the
S3A connector on Spark's classpath, ...), listed and read by Spark itself, never by our local reader; or
``--spark-table`` for tables of the Spark catalog.

Optional extra ``spark`` (pyspark, a Java 17+ runtime); ``eucaim check ... --engine spark``.
"""

from __future__ import annotations

import csv
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.report.model import Finding
from eucaim_spec.validate.engine import CheckContext, LoadedTables, progress_steps
from eucaim_spec.validate.sql.dialect import MEMBERS, ROW, SPARK
from eucaim_spec.validate.sql.engine import InputTable, SqlEngine, problem_findings, tabular_files
from eucaim_spec.validate.sql.postgres import safe_url
from eucaim_spec.validate.sql.runner import Runner
from eucaim_spec.validate.sql.tabular_input import (
    CHUNK,
    CSV_SUFFIXES,
    TABULAR_SUFFIXES,
    InputProblem,
    LoadedTable,
    clean_names,
)

#: Spark reads these natively; XLSX and JSON tables are for the embedded engine (DuckDB).
SPARK_SUFFIXES = {".csv", ".parquet"}
DEFAULT_MASTER = "local[2]"
#: Schemes of Hadoop's S3 connector (hadoop-aws), which Spark's own jars do not include.
S3_SCHEMES = ("s3a", "s3", "s3n")


@dataclass(frozen=True)
class Source:
    """One table for Spark to read: ``location`` as Spark reads it (a local path or a file system URI),
    ``rel`` as findings name it, and the local file when there is one (its header is read without a job)."""

    location: str
    rel: str
    stem: str
    suffix: str
    local: Path | None = None


def spark_session(master: str | None = None) -> Any:
    """The process' SparkSession (created on first use; an active one, e.g. under spark-submit, is reused)."""
    try:
        from pyspark.sql import SparkSession  # deferred: optional extra spark
    except ImportError as exc:
        raise SpecError("eucaim", "--engine spark needs pyspark and Java 17+: pip install 'eucaim-spec[spark]'") \
            from exc
    active = SparkSession.getActiveSession()
    if active is not None:
        return active
    builder = SparkSession.builder.appName("eucaim-check")
    if not master and not _submitted():
        master = DEFAULT_MASTER
    if master:
        builder = builder.master(master)
    if master and master.startswith("local"):
        # on one machine the default 200 shuffle partitions are 200 tasks per join or GROUP BY of a check;
        # a cluster keeps its own setting
        builder = builder.config("spark.sql.shuffle.partitions", "4")
    spark = (
        builder.config("spark.ui.enabled", "false")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    # progress and findings go through our own output; Spark's INFO/WARN lines would bury them
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def _submitted() -> bool:
    """True under spark-submit, which sets the master itself: its launcher hands the Python driver an open JVM
    gateway (PYSPARK_GATEWAY_PORT) instead of letting pyspark start one."""
    return "PYSPARK_GATEWAY_PORT" in os.environ


class SparkEngine(SqlEngine):
    """The sql engine's checks executed by Spark SQL; same rules, same findings as on DuckDB."""

    def __init__(self, master: str | None = None, session: Any = None, **kw: Any) -> None:
        super().__init__(**kw)
        self.master = master
        self._session = session
        self._n = 0

    def spark(self, ctx: CheckContext | None = None) -> Any:
        if self._session is None:
            master = self.master or (ctx.options.spark_master if ctx is not None else None)
            self._session = spark_session(master)
        return self._session

    #: the orchestrator hands this engine URIs (file://, hdfs://, s3a://...) as they were given
    reads_uris = True

    def check(self, path: Path | str, ctx: CheckContext) -> list[Finding]:
        spark = self.spark(ctx)

        def execute(sql: str) -> list[tuple[Any, ...]]:
            # SQL built by the compiler from the schema, never from data; results are aggregates or top-N rows
            return [tuple(r) for r in spark.sql(sql).collect()]

        runner = Runner(SPARK, execute)
        if isinstance(path, str):
            # a URI: listed through Spark's (Hadoop's) file system and read by Spark where it is
            sources = uri_sources(spark, path)
            where = safe_url(path)
        else:
            names = ctx.options.spark_tables
            if names and not path.is_file():
                return self._check_metastore(list(names), ctx, runner)
            sources = [Source(str(f), ctx.rel(f), f.stem, f.suffix.lower(), f) for f in tabular_files(path)]
            where = ctx.rel(path)
        if not sources:
            raise InputError(where, "no CSV or Parquet table found")
        findings: list[Finding] = []
        tables: list[InputTable] = []
        held: list[Any] = []
        try:
            with progress_steps(ctx, "sql", len(sources) + 1) as step:
                for src in sources:
                    step(f"reading {src.rel}")
                    lt = self._load(spark, src, held)
                    findings.extend(problem_findings(lt.problems, ctx))
                    tables.append(InputTable(lt, src.rel, src.stem))
                readable = [t for t in tables if t.loaded.ok]
                if not readable:
                    first = tables[0].loaded.problems[0]
                    raise InputError(tables[0].rel, first.message)
                self._bind(readable, ctx, findings)
                self._load_members_spark(spark)
                step("checking")
                findings.extend(self._run_tables(readable, ctx, runner, None))
            # the clinical tables of a folder (not imaging/ tag tables) for the search step, named as messages
            # name them; one table given alone has none (as the local reader's search step finds no folder)
            if not (len(sources) == 1 and sources[0].rel == where):
                self._hand_over(spark, ctx, {t.rel.rsplit("/", 1)[-1]: t.loaded for t in readable
                                             if not t.rel.startswith("imaging/")}, held)
        finally:
            _release(spark, held)
        return findings

    def _hand_over(self, spark: Any, ctx: CheckContext, tables: dict[str, LoadedTable], held: list[Any]) -> None:
        """Keep the loaded views to the end of the run for the search step (``LoadedTables``), when the run
        asks for it; ``held`` is emptied, the orchestrator releases them."""
        if not ctx.keep_tables or ctx.tables is not None or not tables:
            return
        kept = list(held)
        held.clear()
        ctx.tables = LoadedTables(spark, tables, lambda: _release(spark, kept), dialect="spark")

    # ------------------------------------------------------------------------------------- loading
    def _view(self) -> str:
        self._n += 1
        return f"eucaim_t{self._n}"

    def _load(self, spark: Any, src: Source, held: list[Any]) -> LoadedTable:
        """``src`` as a temporary view of STRING columns with ``_row``; a problem instead when unreadable."""
        suffix, rel, path = src.suffix, src.rel, src.local or Path(src.rel)
        view = self._view()
        if suffix not in SPARK_SUFFIXES:
            what = "a tab- or text-separated table" if suffix in CSV_SUFFIXES else f"a {suffix} table"
            return LoadedTable(
                path, view, [], 0,
                [InputProblem("unreadable", rel, f"{what}: --engine spark reads CSV and Parquet; "
                              "convert it or check it without --engine spark")],
                ok=False,
            )
        try:
            reader = spark.read
            if suffix == ".csv":
                # every column STRING, as the DuckDB loader reads it; quotes doubled inside quoted fields; read
                # whole (multiLine: one task per file) only when a quoted field holds a line break, else split
                reader = reader.options(header="true", inferSchema="false", quote='"', escape='"',
                                        mode="PERMISSIVE", multiLine=str(_spans_lines(spark, src)).lower())
                header = _local_header(src.local) if src.local is not None else None
                if header is not None:
                    # a local file's header is read here: Spark would run a job to find it
                    from pyspark.sql.types import StringType, StructField, StructType  # deferred: optional extra spark

                    reader = reader.schema(StructType([StructField(f"c{i}", StringType()) for i in range(len(header))]))
                df = reader.csv(src.location)
            else:
                df = reader.parquet(src.location)
                header = None
            # names cleaned as the DuckDB loader does (blank -> column_N, a repeated name -> name_2); columns are
            # renamed by position first, since a repeated name cannot be selected by name
            names, _issue = clean_names([c.strip() for c in (header or df.columns)])
            from pyspark.sql import functions as F  # deferred: optional extra spark

            df = df.toDF(*[f"_eucaim_c{i}" for i in range(len(df.columns))])
            df = df.select(*[F.col(f"_eucaim_c{i}").cast("string").alias(n) for i, n in enumerate(names)])
            df, n = _with_row_numbers(df, held)
            df.createOrReplaceTempView(view)
            held.append(view)
        except Exception as exc:  # pyspark raises its own error classes; each means this file is unreadable
            # the error class only: Spark's message may quote the offending line, i.e. data
            m = re.search(r"\[([A-Z][A-Z0-9_.]+)\]", str(exc))
            reason = m.group(1) if m else type(exc).__name__
            return LoadedTable(path, view, [], 0, [InputProblem("unreadable", rel, f"Spark cannot read it: {reason}")],
                               ok=False)
        problems = []
        if n == 0:
            problems.append(InputProblem("no_rows", rel, "the file has a header but no data rows", line=2))
        return LoadedTable(path, view, names, n, problems)

    def _bind(self, tables: list[InputTable], ctx: CheckContext, findings: list[Finding]) -> None:
        """Classify as the sql engine does, then point each binding at its Spark view (backtick-quoted)."""
        self._classify(tables, ctx, findings)
        for t in tables:
            if t.binding is not None:
                t.binding.relation = SPARK.ident(t.loaded.relation)

    def _load_members_spark(self, spark: Any) -> None:
        """The enum members and hyper-ontology closures as a broadcast view: small, joined by every code check."""
        from pyspark.sql import functions as F  # deferred: optional extra spark
        from pyspark.sql.types import BooleanType, StringType, StructField, StructType  # deferred: optional extra spark

        schema = StructType(
            [
                StructField("enum_id", StringType()),
                StructField("key", StringType()),
                StructField("is_alias", BooleanType()),
                StructField("replaced_by", StringType()),
            ]
        )
        rows = [(m.enum, m.key, bool(m.is_alias), m.replaced_by) for m in self._members()]
        df = spark.createDataFrame(rows, schema).cache()
        # the hint stays in the view's plan: every LEFT JOIN on it is a broadcast hash join, never a shuffle
        F.broadcast(df).createOrReplaceTempView(MEMBERS)

    def _check_metastore(self, names: list[str], ctx: CheckContext, runner: Runner) -> list[Finding]:
        """CDM tables already in the metastore (``--spark-table [db.]table``), read in place."""
        spark = self.spark(ctx)
        held: list[Any] = []
        try:
            return self._catalog_findings(spark, names, ctx, runner, held)
        finally:
            _release(spark, held)

    def _catalog_findings(self, spark: Any, names: list[str], ctx: CheckContext, runner: Runner,
                          held: list[Any]) -> list[Finding]:
        cdm = self._cdm_classes()
        tables: list[InputTable] = []
        findings: list[Finding] = []
        for name in names:
            short = name.rsplit(".", 1)[-1].lower()
            if not spark.catalog.tableExists(name):
                raise InputError(name, "no such table in the Spark catalog")
            df = spark.table(name)
            from pyspark.sql import functions as F  # deferred: optional extra spark

            cols = list(df.columns)
            df = df.select(*[F.col(f"`{c}`").cast("string").alias(c) for c in cols])
            view = self._view()
            _with_row_numbers(df, held)[0].createOrReplaceTempView(view)
            held.append(view)
            lt = LoadedTable(Path(short), view, cols, 0, [])
            t = InputTable(lt, name, short)
            tables.append(t)
        self._bind(tables, ctx, findings)
        unknown = [t.rel for t in tables if t.kind != "cdm" or t.cdm_table not in cdm]
        ctx.notes.append(f"sql: Spark catalog: {len(tables) - len(unknown)} CDM table(s)")
        self._load_members_spark(spark)
        with progress_steps(ctx, "sql", 1) as step:
            step("checking")
            findings.extend(self._run_tables(tables, ctx, runner, None))
        self._hand_over(spark, ctx, {t.rel: t.loaded for t in tables}, held)
        return findings


def _local_header(path: Path) -> list[str] | None:
    """The header fields of a local UTF-8 CSV file, or None (not local, or not readable that way)."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            return next(csv.reader(fh), None)
    except (OSError, UnicodeDecodeError):
        return None


def _spans_lines(spark: Any, src: Source) -> bool:
    """Whether a quoted field of the CSV ``src`` holds a line break. Then Spark must read the file whole
    (``multiLine``: one task per file, every later step of that table on one core); else in splits, in parallel.
    A quote inside a quoted field is doubled, so a line of a well-formed file holds an even number of quotes
    unless a quoted line break cuts it. A local file is scanned here (no job), a URI by a Spark job."""
    if src.local is not None:
        try:
            return _local_spans_lines(src.local)
        except OSError:
            pass  # Spark reports the file unreadable
    from pyspark.sql import functions as F  # deferred: optional extra spark

    quotes = F.length("value") - F.length(F.regexp_replace("value", '"', ""))
    return bool(spark.read.text(src.location).where(quotes % 2 == 1).limit(1).count())


def _local_spans_lines(path: Path) -> bool:
    """``_spans_lines`` of a local file, in 1 MiB blocks (a block without a quote is not split into lines); a
    carriage return ends a line as for Hadoop's line reader."""
    odd = False  # an odd number of quotes so far on the current line
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            if b'"' not in chunk:
                if odd and (b"\n" in chunk or b"\r" in chunk):
                    return True
                continue
            *ended, last = chunk.replace(b"\r", b"\n").split(b"\n")
            for line in ended:
                if odd != (line.count(b'"') % 2 == 1):
                    return True
                odd = False
            odd ^= last.count(b'"') % 2 == 1
    return odd


def _release(spark: Any, held: list[Any]) -> None:
    """Drop the views and unpersist the cached tables of one check (``held``: view names and DataFrames)."""
    for h in held:
        if isinstance(h, str):
            spark.catalog.dropTempView(h)
        else:
            h.unpersist()
    held.clear()


def _with_row_numbers(df: Any, held: list[Any]) -> tuple[Any, int]:
    """``df`` with ``_row`` first (the 1-based position of each row in file order, computed on the executors),
    and its row count.

    Partition p's rows get ``base[p] + offset``, with base the row count of the partitions before it; only
    the per-partition counts (one number per partition) reach the driver. A global row_number() window
    would pull the whole table into one task."""
    from pyspark.sql import functions as F  # deferred: optional extra spark

    mask = (1 << 33) - 1  # monotonically_increasing_id = partition id << 33 | offset within the partition
    tagged = df.withColumn("_eucaim_id", F.monotonically_increasing_id()).persist()
    held.append(tagged)
    counts = (
        tagged.groupBy(F.shiftright(F.col("_eucaim_id"), 33).alias("p")).count().orderBy("p").collect()
    )
    base, acc = {}, 0
    for p, n in counts:
        base[int(p)] = acc
        acc += int(n)
    part = F.shiftright(F.col("_eucaim_id"), 33)
    offset: Any = F.lit(0)
    if base:
        case = None
        for p, b in base.items():
            case = F.when(part == p, F.lit(b)) if case is None else case.when(part == p, F.lit(b))
        offset = case.otherwise(F.lit(0))  # type: ignore[union-attr]
    row = (offset + (F.col("_eucaim_id").bitwiseAND(F.lit(mask))) + F.lit(1)).cast("bigint")
    return tagged.select(row.alias(ROW), *[F.col(f"`{c}`") for c in df.columns]), acc


def uri_sources(spark: Any, uri: str) -> list[Source]:
    """The tables at ``uri`` (a file, a part folder or a dataset folder with clinical/ and imaging/), listed
    through the Hadoop file system Spark reads it with, so that a path on HDFS or an object store is never
    touched by our local reader. A folder named ``*.parquet`` or ``*.csv`` (as Spark writes a table) is one
    table. Names only cross to the driver, never data."""
    shown = safe_url(uri)
    jvm = spark.sparkContext._jvm
    try:
        root = jvm.org.apache.hadoop.fs.Path(uri)
        fs = root.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration())
        status = fs.getFileStatus(root)
        if not status.isDirectory():
            # one table is named as given, as a local file is (credentials masked)
            name = str(root.getName())
            return [Source(str(status.getPath().toString()), shown, Path(name).stem, Path(name).suffix.lower())]
        folders = [("", status)]
        for sub in ("clinical", "imaging"):
            child = jvm.org.apache.hadoop.fs.Path(root, sub)
            if fs.exists(child) and fs.getFileStatus(child).isDirectory():
                folders.append((f"{sub}/", fs.getFileStatus(child)))
        out = []
        for prefix, folder in folders:
            for st in sorted(fs.listStatus(folder.getPath()), key=lambda st: str(st.getPath().getName())):
                name = str(st.getPath().getName())
                suffix = Path(name).suffix.lower()
                if name.startswith((".", "_")) or (prefix == "imaging/" and suffix == ".json"):
                    continue  # hidden and marker files (_SUCCESS); DICOM JSON is the dicom engine's
                if (suffix in SPARK_SUFFIXES) if st.isDirectory() else (suffix in TABULAR_SUFFIXES):
                    out.append(Source(str(st.getPath().toString()), prefix + name, Path(name).stem, suffix))
        return out
    except Exception as exc:  # py4j's Py4JJavaError wraps the JVM's exception; each means "cannot list it"
        raise InputError(shown, _listing_reason(spark, uri, exc)) from None


def _listing_reason(spark: Any, uri: str, exc: Exception) -> str:
    """Why Spark cannot list ``uri``, on one line (the JVM exception's class, never its message's data)."""
    java = getattr(exc, "java_exception", None)
    text = str(java.toString()) if java is not None else str(exc)
    scheme = uri.split("://", 1)[0].lower()
    if "FileNotFoundException" in text:
        return "no such file or directory"
    if "UnsupportedFileSystemException" in text or "ClassNotFoundException" in text:
        if scheme in S3_SCHEMES:
            version = str(spark.sparkContext._jvm.org.apache.hadoop.util.VersionInfo.getVersion())
            return (f"this Spark has no {scheme}:// file system: add the Hadoop S3A connector (spark-submit "
                    f"--packages org.apache.hadoop:hadoop-aws:{version}) and give an s3a:// URI")
        return f"this Spark has no file system for {scheme}:// URIs"
    name = text.split(":", 1)[0].strip().rsplit(".", 1)[-1] or type(exc).__name__
    return f"Spark cannot list it: {name}"
