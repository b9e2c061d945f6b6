"""``eucaim template KIND -o FILE.xlsx``: write one of the packaged clinical mapping templates."""

from __future__ import annotations

from pathlib import Path

import click

#: Template kinds (the generated workbooks are listed in validate/template/reference.py, whose check reads them
#: too); a literal here so that `eucaim --help` imports nothing of ours.
TEMPLATES = ("cdm", "minimum", "negative")


@click.command()
@click.argument("kind", type=click.Choice(TEMPLATES), default="cdm")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Where to write the workbook (.xlsx).")
@click.option("--force", is_flag=True, help="Overwrite OUTPUT if it exists.")
def template(kind: str, output: Path, force: bool) -> None:
    """Write the mapping template KIND: cdm (positive and diagnostic cases, CDM entities), minimum (the Tier-1
    minimum clinical data of positive cases) or negative (screening and control groups)."""
    import shutil

    from eucaim_spec.errors import SpecError
    from eucaim_spec.validate.template.reference import template_path

    source = template_path(kind)
    if not source.is_file():
        raise SpecError(str(source), "packaged template missing; run `eucaim generate`")
    if output.exists() and not force:
        raise click.UsageError(f"{output} exists; pass --force to overwrite it")
    if output.suffix.lower() != ".xlsx":
        raise click.UsageError(f"{output}: the template is an Excel workbook; name the file *.xlsx")
    output.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, output)
    click.echo(f"wrote the {kind} mapping template to {output}; `eucaim check {output}` checks it once filled",
               err=True)
