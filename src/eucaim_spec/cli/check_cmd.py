"""``eucaim check``: options in, report out. All logic lives in eucaim_spec.validate.check."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eucaim_spec.report.formatters import ALL_FORMATS, BINARY_FORMATS

# Defaults of the input limits, stated in --help and the README; the readers that enforce them hold the
# same numbers (rdf_input, tabular_input, limits) and tests/test_hostile_input.py keeps them equal.
MAX_BYTES = "512M"
TIMEOUT = 30.0
MAX_DEPTH = 100
MAX_MEMORY = "6G"
XLSX_MAX_BYTES = "256M"
XLSX_MAX_RATIO = 100
TABLE_MEMORY = "2G"


class Size(click.ParamType):
    """A byte count: 1048576, 512K, 512M, 2G (binary units)."""

    name = "SIZE"

    def convert(self, value: object, param: click.Parameter | None, ctx: click.Context | None) -> int:
        from eucaim_spec.validate.limits import parse_size

        if isinstance(value, int):
            return value
        try:
            return parse_size(str(value))
        except ValueError as exc:
            self.fail(str(exc), param, ctx)


@click.command()
@click.argument("target", required=False)
@click.option("--tier", "tier", type=click.IntRange(1, 3), default=1, show_default=True,
              help="Tier the dataset targets; tiers are cumulative (tier 2 runs tier 1 and 2 rules).")
@click.option("--format", "fmt", type=click.Choice(ALL_FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(["violation", "warning", "info", "never"]), default="violation",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--min-severity", type=click.Choice(["violation", "warning", "info"]), default="info",
              show_default=True, help="Lowest severity listed in the text, markdown and HTML reports (counts stay).")
@click.option("-q", "--quiet", is_flag=True, help="Text report: the verdict, tier ladder and counts only.")
@click.option("--max-examples", type=click.IntRange(0, 100), default=5, show_default=True,
              help="Places and examples shown per rule in the human formats.")
@click.option("--site-url", metavar="URL",
              help="Base URL of the rules site every finding links to (<URL>/rules/<standard>/#<rule id>): a mirror "
                   "or a local build. Default: $EUCAIM_SITE_URL, else the project site.")
@click.option("--baseline", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="A previous JSON report: findings are marked new / unchanged, and the fixed ones listed.")
@click.option("--fail-on-new", is_flag=True,
              help="With --baseline: the exit code comes from new findings only (adopt on a dataset not yet clean).")
@click.option("--thresholds", "thresholds_file", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML {rule-id pattern: percent}: below that share of failing rows a violation is a warning "
                   "(adds to the tier suite's thresholds for this run).")
@click.option("--waivers", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML/JSON list of {rule_id, reason, focus} turning findings into 'waived'.")
@click.option("--quality/--no-quality", default=None,
              help="Measure the data's quality dimensions and disclosure risk as `eucaim profile` does (the report's "
                   "quality section; a warning per threshold of validators/profile.yaml crossed). Default: from "
                   "Tier 2 (validators/tiers.yaml runs profile.* there); --quality also at Tier 1.")
@click.option("--rdf-format", type=click.Choice(["turtle", "json-ld", "xml", "nt"]),
              help="RDF syntax of the catalogue record (default: detected).")
@click.option("--profile", type=click.Choice(["base", "ranges", "vocabularies", "recommended", "full"]),
              default="full", show_default=True, help="Catalogue shape profile, as the EU ITB validator's.")
@click.option("--background/--no-background", default=True, show_default=True,
              help="Use the packaged vocabularies as background knowledge for catalogue checks.")
@click.option("--shacl-backend", type=click.Choice(["compiled", "pyshacl"]), default="compiled", show_default=True,
              help="Catalogue SHACL engine: our compiled shapes, or pySHACL (the reference; slower).")
@click.option("--db", help="Check CDM tables in place in this database (postgresql://...).")
@click.option("--db-schema", default="eucaim_cdm_output", show_default=True, help="Schema holding the CDM tables.")
@click.option("--db-timeout", type=click.IntRange(1, 3600), default=10, show_default=True,
              help="Seconds to wait for the database connection (--db) before giving up (exit 3).")
@click.option("--engine", "table_engine", type=click.Choice(["duckdb", "spark"]), default="duckdb", show_default=True,
              help="Engine of the table checks: embedded DuckDB, or Apache Spark (extra 'spark', Java 17+).")
@click.option("--spark-master", help="Spark master URL for --engine spark (default local[2]; spark-submit sets it).")
@click.option("--spark-table", "spark_tables", multiple=True,
              help="A CDM table in the Spark catalog ([db.]table, repeatable), checked in place (--engine spark).")
@click.option("--table-memory", type=Size(), default=TABLE_MEMORY, show_default=True,
              help="Memory DuckDB may use for the table checks before it spills to disk.")
@click.option("--deployment", type=click.Choice(["reference_node", "on_premises"]),
              help="EUCAIM deployment of the dataset (default: the tier suite's, reference_node); on premises "
                   "no clinical part is exported.")
@click.option("--dataset-id", help="Catalogue dataset id: clinical file names must start with it (ETL rule).")
@click.option("--series-map", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV mapping source SeriesDescription to EUCAIM series names (Tier 3).")
@click.option("--workers", type=click.IntRange(1, 256), help="Parallel workers for the DICOM scan.")
@click.option("--progress/--no-progress", default=None, help="Progress bars on stderr (default: when a terminal).")
@click.option("--max-bytes", type=Size(), default=MAX_BYTES, show_default=True,
              help="Largest catalogue record, HTTP body or JSON table read (e.g. 512M, 2G).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=TIMEOUT, show_default=True,
              help="Seconds a URL may take, connection to last byte.")
@click.option("--max-depth", type=click.IntRange(min=1), default=MAX_DEPTH, show_default=True,
              help="Deepest nesting of JSON and JSON-LD accepted.")
@click.option("--max-memory", type=Size(), default=MAX_MEMORY, show_default=True,
              help="Memory ceiling of the run (heap of parsers and readers); 0 for none.")
@click.option("--xlsx-max-bytes", type=Size(), default=XLSX_MAX_BYTES, show_default=True,
              help="Largest inflated size of an XLSX workbook (all its parts).")
@click.option("--xlsx-max-ratio", type=click.IntRange(min=1), default=XLSX_MAX_RATIO, show_default=True,
              help="Highest compression ratio of an XLSX workbook (zip bombs are refused unread).")
def check(target: str | None, tier: int, fmt: str, output: Path | None, fail_on: str, min_severity: str,
          quiet: bool, max_examples: int, site_url: str | None, baseline: Path | None, fail_on_new: bool,
          thresholds_file: Path | None,
          waivers: Path | None, quality: bool | None,
          rdf_format: str | None, profile: str, background: bool, shacl_backend: str, db: str | None,
          db_schema: str, db_timeout: int, table_memory: int, deployment: str | None, dataset_id: str | None,
          series_map: Path | None, workers: int | None, progress: bool | None,
          max_bytes: int, timeout: float, max_depth: int, max_memory: int, xlsx_max_bytes: int,
          xlsx_max_ratio: int, table_engine: str = "duckdb", spark_master: str | None = None,
          spark_tables: tuple[str, ...] = ()) -> None:
    """Check TARGET (a dataset directory, catalogue record, URL, DICOM tree or table) against a tier."""
    from eucaim_spec.errors import ExitCode
    from eucaim_spec.report.formatters import CATALOGUE_FORMATS, render, render_bytes, visible
    from eucaim_spec.report.output import ReportOutput
    from eucaim_spec.validate.check import load_thresholds, load_waivers, rule_texts, run_check
    from eucaim_spec.validate.limits import out_of_memory, restore_memory_ceiling, set_memory_ceiling

    if target is None and db is None and not spark_tables:
        raise click.UsageError("give a TARGET, --db or --spark-table")
    if (spark_master or spark_tables) and table_engine != "spark":
        raise click.UsageError("--spark-master and --spark-table need --engine spark")
    if db and table_engine == "spark":
        raise click.UsageError("--db reads PostgreSQL in place; it does not combine with --engine spark")
    from eucaim_spec.validate.options import CheckOptions, InputLimits

    limits = InputLimits(max_bytes=max_bytes, timeout=timeout, max_depth=max_depth, xlsx_max_bytes=xlsx_max_bytes,
                         xlsx_max_ratio=xlsx_max_ratio)
    show_progress = sys.stderr.isatty() if progress is None else progress
    if fmt in BINARY_FORMATS and output is None:
        raise click.UsageError(f"--format {fmt} is binary: give -o FILE")
    if fail_on_new and baseline is None:
        raise click.UsageError("--fail-on-new needs --baseline")
    loaded_waivers = load_waivers(waivers)
    options = CheckOptions(
        rdf_format=rdf_format, profile=profile, background=background, shacl_backend=shacl_backend, db=db,
        db_schema=db_schema, db_timeout=db_timeout, dataset_id=dataset_id, series_map=series_map,
        dicom_workers=workers, table_engine=table_engine, spark_master=spark_master, spark_tables=spark_tables,
        table_memory=f"{table_memory // 1024**2}MB", deployment=deployment,
        thresholds=load_thresholds(thresholds_file) if thresholds_file is not None else {}, limits=limits,
        quality=quality)
    from eucaim_spec.report.baseline import compare, fails_on_new, load_baseline

    previous_findings = None if baseline is None else load_baseline(baseline)
    # The output is checked (and a temporary file reserved beside it) before any checking time is spent;
    # it is refused when it resolves to an input.
    out = None if output is None else ReportOutput(output, [p for p in (target, waivers, series_map) if p])
    previous = set_memory_ceiling(max_memory)
    try:
        try:
            report, notes = run_check(target or "", target_tier=tier,
                                      options=options,
                                      progress=show_progress, waivers=loaded_waivers, fail_on=fail_on)
        except MemoryError:
            raise out_of_memory(target or "--db", max_memory) from None
        for note in notes:
            click.echo(visible(note), err=True)
        if previous_findings is not None and baseline is not None:
            report = compare(report, previous_findings, baseline.name)
        shape = {"min_severity": min_severity, "quiet": quiet, "max_examples": max_examples, "site_url": site_url}
        rules = rule_texts() if fmt in CATALOGUE_FORMATS else None
        if fmt in BINARY_FORMATS:
            assert out is not None  # refused before the check without -o
            out.write(render_bytes(report, fmt, shape, rules))
        else:
            text = render(report, fmt, shape, rules)
            if out is not None:
                out.write(text)
            else:
                click.echo(text, nl=False)
        if out is not None or fmt != "text":
            # the terminal always ends with the verdict; stderr keeps a report piped from stdout parseable
            if out is not None:
                click.echo(f"report written to {visible(str(output))}", err=True)
            click.echo(("CONFORMS" if report.conforms else "DOES NOT CONFORM") + f" — {visible(report.verdict or '')}",
                       err=True)
    finally:
        restore_memory_ceiling(previous)
        if out is not None:
            out.discard()
    if fail_on_new:
        from eucaim_spec.report.model import FAIL_ON

        raise SystemExit(ExitCode.FINDINGS if fails_on_new(report, FAIL_ON[fail_on]) else ExitCode.CONFORMS)
    raise SystemExit(ExitCode.CONFORMS if report.conforms else ExitCode.FINDINGS)
