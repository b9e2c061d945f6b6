"""``eucaim profile``: options in, profile out. All logic lives in eucaim_spec.profile."""

from __future__ import annotations

from pathlib import Path

import click

from eucaim_spec.profile.render import FORMATS


@click.command()
@click.argument("target", required=False)
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="text, json, html (charts), xlsx (TDC-style sheets) or dqv (W3C DQV measurements, Turtle).")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write the profile here.")
@click.option("--tier", type=click.IntRange(1, 3), default=1, show_default=True,
              help="Tier of the `eucaim check` whose findings give validity, consistency and integrity.")
@click.option("--suite", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Profile suite with the thresholds (default: the packaged validators/profile.yaml).")
@click.option("--min-cell-size", type=click.IntRange(min=1), help="Suppress categories below this many records.")
@click.option("-k", "--k-anonymity", type=click.IntRange(min=1), help="k of the k-anonymity report.")
@click.option("--no-validity", is_flag=True, help="Skip the `eucaim check` run (validity, consistency, integrity).")
@click.option("--dataset-iri", help="IRI the DQV measurements are computed on (default: the dcat:Dataset of the "
              "dataset's catalogue record in metadata/, else a URN naming TARGET).")
@click.option("--db", help="Profile the CDM tables of this database (postgresql://...), copied into DuckDB in memory.")
@click.option("--db-schema", default="eucaim_cdm_output", show_default=True, help="Schema holding the CDM tables.")
@click.option("--db-timeout", type=click.IntRange(1, 3600), default=10, show_default=True,
              help="Seconds to wait for the database connection (--db) before giving up (exit 3).")
@click.option("--fail-on", type=click.Choice(["warning", "never"]), default="never", show_default=True,
              help="Exit 1 when a profile threshold is crossed (warning) or never.")
def profile(target: str | None, fmt: str, output: Path | None, tier: int, suite: Path | None,
            min_cell_size: int | None, k_anonymity: int | None, no_validity: bool, dataset_iri: str | None,
            db: str | None, db_schema: str, db_timeout: int, fail_on: str) -> None:
    """Profile TARGET (a dataset directory or a table): quality dimensions, outliers and disclosure risk."""
    import sys

    from eucaim_spec.errors import ExitCode
    from eucaim_spec.profile.render import render
    from eucaim_spec.profile.run import profile as run_profile
    from eucaim_spec.profile.settings import load_settings

    if target is None and db is None:
        raise click.UsageError("give a TARGET or --db")
    if fmt == "xlsx" and output is None:
        raise click.UsageError("--format xlsx needs -o FILE")
    if output is not None and target and output.resolve() == Path(target).resolve():
        raise click.UsageError("the output would overwrite the input")
    settings = load_settings(suite, min_cell_size=min_cell_size, k_anonymity=k_anonymity)
    from eucaim_spec.validate.options import CheckOptions

    options = CheckOptions(db=db, db_schema=db_schema, db_timeout=db_timeout) if db else CheckOptions()
    p = run_profile(target or "", settings, tier=tier, validity=not no_validity, options=options)
    if fmt == "dqv" and dataset_iri is None and target:
        from eucaim_spec.profile.run import catalogue_dataset_iri

        dataset_iri = catalogue_dataset_iri(target)
    data = render(p, fmt, dataset_iri)
    if output is not None:
        output.write_bytes(data)
    else:
        sys.stdout.write(data.decode("utf-8"))
        sys.stdout.flush()
    raise SystemExit(ExitCode.FINDINGS if fail_on == "warning" and p["warnings"] else ExitCode.CONFORMS)
