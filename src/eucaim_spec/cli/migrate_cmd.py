"""``eucaim migrate OLD NEW``: SQL moving a loaded CDM database from version OLD to version NEW."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--dialect", type=click.Choice(["postgresql", "duckdb"]), default="postgresql", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--repo", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Git repository resolving refs (default: the one holding the current directory).")
def migrate(old: str, new: str, dialect: str, output: Path | None, repo: Path | None) -> None:
    """OLD and NEW are git refs, checkout roots or schemas-like folders holding cdm/cdm.yaml. The SQL renames what
    the schema declares renamed, replaces codes that have a declared replacement, and keeps every row."""
    from eucaim_spec.paths import repo_root
    from eucaim_spec.release.load import git_repo_root, open_side
    from eucaim_spec.release.migrate import migration_sql

    repo = repo or git_repo_root(Path.cwd()) or repo_root()
    with open_side(old, repo) as old_root, open_side(new, repo) as new_root:
        sql = migration_sql(old_root, new_root, dialect)
    if output:
        output.write_text(sql, encoding="utf-8")
    else:
        click.echo(sql, nl=False)
