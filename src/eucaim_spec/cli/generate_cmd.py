"""``eucaim generate``: write (or with --check, compare) every generated model and artifact."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from eucaim_spec.errors import ExitCode

if TYPE_CHECKING:
    from eucaim_spec.generate.pipeline import Drift


@click.command()
@click.option("--check", "check_only", is_flag=True, help="Compare instead of writing; exit 1 on drift.")
@click.option("--only", multiple=True, help="Only recipes of this source (cdm, minimum, dcat_ap, fair, report, vocab).")
def generate(check_only: bool, only: tuple[str, ...]) -> None:
    """Regenerate src/eucaim_spec/models and src/eucaim_spec/artifacts from schemas/ and shapes/."""
    from eucaim_spec.generate import pipeline  # deferred: pulls in the LinkML generators (`generate --help` stays fast)

    sources = set(only) or None
    outputs = pipeline.build_all(sources)
    if check_only:
        drift = pipeline.compare(outputs, sources)
        if drift:
            _echo_drift(drift)
            click.echo(f"generated files differ from schemas/; run `{pipeline.REGENERATE_COMMAND}` (or "
                       "`make generate`) and commit the result", err=True)
            raise SystemExit(ExitCode.FINDINGS)
        click.echo(f"{len(outputs)} generated files match their sources")
        return
    written = pipeline.write(outputs, sources)
    click.echo(f"{len(outputs)} generated files, {len(written)} written")


def _echo_drift(drift: Drift) -> None:
    """One line per drifted file, each changed one followed by its indented summary of the difference."""
    for kind, paths in (("changed", drift.changed), ("missing", drift.missing), ("stale", drift.stale)):
        for p in paths:
            click.echo(f"drift: {kind}: {p}", err=True)
            for line in drift.details.get(p, []):
                click.echo(f"    {line}", err=True)
