"""``eucaim check``: options in, report out. All logic lives in eucaim_spec.validate.check."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eucaim_spec.report.formatters import FORMATS


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
@click.option("--dataset-id", help="Catalogue dataset id: clinical file names must start with it (ETL rule).")
@click.option("--series-map", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="CSV mapping source SeriesDescription to EUCAIM series names (Tier 3).")
@click.option("--workers", type=click.IntRange(1, 256), help="Parallel workers for the DICOM scan.")
@click.option("--progress/--no-progress", default=None, help="Progress bars on stderr (default: when a terminal).")
def check(target: str | None, tier: int, fmt: str, output: Path | None, fail_on: str, waivers: Path | None,
          rdf_format: str | None, profile: str, background: bool, db: str | None, db_schema: str,
          dataset_id: str | None, series_map: Path | None, workers: int | None, progress: bool | None) -> None:
    """Check TARGET (a dataset directory, catalogue record, URL, DICOM tree or table) against a tier."""
    from eucaim_spec.errors import ExitCode
    from eucaim_spec.report.formatters import render
    from eucaim_spec.validate.check import load_waivers, run_check

    if target is None and db is None:
        raise click.UsageError("give a TARGET or --db")
    options = {"rdf_format": rdf_format, "profile": profile, "background": background, "db": db,
               "db_schema": db_schema, "dataset_id": dataset_id, "series_map": series_map,
               "dicom_workers": workers}
    show_progress = sys.stderr.isatty() if progress is None else progress
    report, notes = run_check(target or "", target_tier=tier, options={k: v for k, v in options.items()
                                                                       if v is not None},
                              progress=show_progress, waivers=load_waivers(waivers), fail_on=fail_on)
    for note in notes:
        click.echo(note, err=True)
    text = render(report, fmt)
    if output is not None:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    raise SystemExit(ExitCode.CONFORMS if report.conforms else ExitCode.FINDINGS)
