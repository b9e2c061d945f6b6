"""``eucaim docs build``: the standards as a mkdocs-material site, generated from the sources."""

from __future__ import annotations

from pathlib import Path

import click


@click.group()
def docs() -> None:
    """Build the documentation site of the standards."""


@docs.command("build")
@click.option("-o", "--output", "output", type=click.Path(file_okay=False, path_type=Path),
              default=Path("build/site"), show_default=True,
              help="Folder to write the site to (its contents are replaced).")
@click.option("--site-url", help="Base URL the site is published at (default: site_url of mkdocs.yml).")
@click.option("--keep-sources", type=click.Path(file_okay=False, path_type=Path),
              help="Also keep the generated Markdown (site/ plus generated pages) in this folder.")
def build(output: Path, site_url: str | None, keep_sources: Path | None) -> None:
    """Generate every page from schemas/, validators/, the vocabulary and the rule catalogue; mkdocs --strict."""
    from eucaim_spec.docs.site_build import build_site

    result = build_site(output, site_url=site_url, keep_sources=keep_sources)
    from eucaim_spec.docs.cli_reference import missing

    if missing:  # a lazily registered command whose module does not import is left out of the CLI page
        click.echo(f"note: not in the CLI reference (module not importable): {', '.join(missing)}", err=True)
    click.echo(f"{result.pages} pages built into {result.out_dir} in {result.seconds:.1f} s", err=True)
