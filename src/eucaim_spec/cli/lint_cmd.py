"""``eucaim lint``: strict LinkML lint of every schema, SHACL-SHACL validation of every shapes file."""

from __future__ import annotations

import click


@click.command()
@click.option("--warnings/--no-warnings", default=True, help="Print lint warnings too.")
def lint(warnings: bool) -> None:
    """Exit 1 when a schema has a lint error or a shapes file is not well-formed SHACL."""
    from eucaim_spec.errors import ExitCode
    from eucaim_spec.lint import lint_schemas, lint_shapes

    errors = 0
    for problem in lint_schemas():
        if problem.level == "error" or warnings:
            click.echo(str(problem))
        errors += problem.level == "error"
    for problem in lint_shapes():
        click.echo(str(problem))
        errors += 1
    click.echo(f"{errors} error(s)", err=True)
    raise SystemExit(ExitCode.FINDINGS if errors else ExitCode.CONFORMS)
