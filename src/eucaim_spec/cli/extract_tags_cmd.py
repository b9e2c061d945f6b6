"""``eucaim extract-tags IMAGING_DIR -o OUT/``: the click command.

The logic is in ``eucaim_spec.validate.dicom.extract_tags``.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from eucaim_spec.errors import EucaimError


@click.command("extract-tags")
@click.argument("imaging_dir", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Folder to write series/*.json, series_tags.csv and imaging_studies_episodes.csv into.",
)
@click.option(
    "--tags",
    default=None,
    metavar="LIST",
    help="Comma-separated DICOM keywords for series_tags.csv (default: the minimum imaging attributes).",
)
@click.option(
    "--workers", type=click.IntRange(min=1), default=None, help="Header-reading processes (default: CPUs)."
)
@click.option(
    "--progress/--no-progress", default=None, help="Progress bar on stderr (default: when a terminal)."
)
@click.option(
    "--include-free-text",
    is_flag=True,
    help="Also write free-text descriptors (StudyDescription, SeriesDescription, ...), which you must "
    "review for identifying text before sharing.",
)
def extract_tags(
    imaging_dir: Path,
    out_dir: Path,
    tags: str | None,
    workers: int | None,
    progress: bool | None,
    include_free_text: bool,
) -> None:
    """Write per-series DICOM JSON, a CSV of selected tags and the imaging-clinical correspondence CSV."""
    # deferred: keeps `eucaim --help` fast (the scan, DuckDB glue and the de-identification profile)
    from eucaim_spec.validate.dicom.extract_tags import extract_tags as run_extract

    keywords = [t.strip() for t in tags.split(",") if t.strip()] if tags else None
    show = sys.stderr.isatty() if progress is None else progress
    try:
        result = run_extract(
            imaging_dir, out_dir, tags=keywords, workers=workers, progress=show, include_free_text=include_free_text
        )
    except ValueError as exc:
        raise click.UsageError(str(exc)) from None
    except EucaimError as exc:
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(int(exc.exit_code))
    click.echo(
        f"{result.series} series from {result.files} DICOM files, {result.studies} studies "
        f"written to {out_dir}"
        + (f"; {result.skipped} files skipped (see `eucaim check`)" if result.skipped else ""),
        err=True,
    )
    if result.withheld_patient_ids:
        click.echo(
            f"PatientID left empty for {result.withheld_patient_ids} series/studies: their files do not declare "
            "de-identification (PatientIdentityRemoved YES), so the value may not be the pseudonym EUCAIM requires",
            err=True,
        )
    if include_free_text:
        click.echo(
            "reminder: the free-text descriptors (StudyDescription, SeriesDescription, ...) were written as "
            "found; review them for names, dates or other identifying text before sharing the output",
            err=True,
        )
