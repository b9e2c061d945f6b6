"""``eucaim check``: options in, report out. All logic lives in eucaim_spec.validate.check."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from eucaim_spec.report.formatters import FORMATS

# Defaults of the input limits, stated in --help and the README; the readers that enforce them hold the
# same numbers (rdf_input, tabular_input, limits) and tests/test_hostile_input.py keeps them equal.
MAX_BYTES = "512M"
TIMEOUT = 30.0
MAX_DEPTH = 100
MAX_MEMORY = "6G"
XLSX_MAX_BYTES = "256M"
XLSX_MAX_RATIO = 100


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
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(["violation", "warning", "info", "never"]), default="violation",
              show_default=True, help="Lowest severity that makes the exit code 1.")
@click.option("--waivers", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="YAML/JSON list of {rule_id, reason, focus} turning findings into 'waived'.")
@click.option("--rdf-format", type=click.Choice(["turtle", "json-ld", "xml", "nt"]),
              help="RDF syntax of the catalogue record (default: detected).")
@click.option("--profile", type=click.Choice(["base", "ranges", "vocabularies", "recommended", "full"]),
              default="full", show_default=True, help="Catalogue shape profile, as the EU ITB validator's.")
@click.option("--background/--no-background", default=True, show_default=True,
              help="Use the packaged vocabularies as background knowledge for catalogue checks.")
@click.option("--db", help="Check CDM tables in place in this database (postgresql://...).")
@click.option("--db-schema", default="eucaim_cdm_output", show_default=True, help="Schema holding the CDM tables.")
@click.option("--db-timeout", type=click.IntRange(1, 3600), default=10, show_default=True,
              help="Seconds to wait for the database connection (--db) before giving up (exit 3).")
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
def check(target: str | None, tier: int, fmt: str, output: Path | None, fail_on: str, waivers: Path | None,
          rdf_format: str | None, profile: str, background: bool, db: str | None, db_schema: str, db_timeout: int,
          dataset_id: str | None, series_map: Path | None, workers: int | None, progress: bool | None,
          max_bytes: int, timeout: float, max_depth: int, max_memory: int, xlsx_max_bytes: int,
          xlsx_max_ratio: int) -> None:
    """Check TARGET (a dataset directory, catalogue record, URL, DICOM tree or table) against a tier."""
    from eucaim_spec.errors import ExitCode
    from eucaim_spec.report.formatters import render, visible
    from eucaim_spec.report.output import ReportOutput
    from eucaim_spec.validate.check import load_waivers, run_check
    from eucaim_spec.validate.limits import out_of_memory, restore_memory_ceiling, set_memory_ceiling

    if target is None and db is None:
        raise click.UsageError("give a TARGET or --db")
    options = {"rdf_format": rdf_format, "profile": profile, "background": background, "db": db,
               "db_schema": db_schema, "db_timeout": db_timeout, "dataset_id": dataset_id, "series_map": series_map,
               "dicom_workers": workers}
    show_progress = sys.stderr.isatty() if progress is None else progress
    limits: dict[str, Any] = {"max_bytes": max_bytes, "timeout": timeout, "max_depth": max_depth,
                              "xlsx_max_bytes": xlsx_max_bytes, "xlsx_max_ratio": xlsx_max_ratio}
    loaded_waivers = load_waivers(waivers)
    # The output is checked (and a temporary file reserved beside it) before any checking time is spent;
    # it is refused when it resolves to an input.
    out = None if output is None else ReportOutput(output, [p for p in (target, waivers, series_map) if p])
    previous = set_memory_ceiling(max_memory)
    try:
        try:
            report, notes = run_check(target or "", target_tier=tier,
                                      options={k: v for k, v in {**options, **limits}.items() if v is not None},
                                      progress=show_progress, waivers=loaded_waivers, fail_on=fail_on)
        except MemoryError:
            raise out_of_memory(target or "--db", max_memory) from None
        for note in notes:
            click.echo(visible(note), err=True)
        text = render(report, fmt)
        if out is not None:
            out.write(text)
        else:
            click.echo(text, nl=False)
    finally:
        restore_memory_ceiling(previous)
        if out is not None:
            out.discard()
    raise SystemExit(ExitCode.CONFORMS if report.conforms else ExitCode.FINDINGS)
