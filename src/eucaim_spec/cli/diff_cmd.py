"""``eucaim diff OLD NEW``: classify every change between two versions of the standards; apply the version rule."""

from __future__ import annotations

from pathlib import Path

import click


@click.command()
@click.argument("old")
@click.argument("new")
@click.option("--standard", "standards", multiple=True, help="Only this standard (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True,
              help="markdown prints a changelog entry per changed standard.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--repo", type=click.Path(file_okay=False, exists=True, path_type=Path),
              help="Git repository resolving refs (default: the one holding the current directory).")
def diff(old: str, new: str, standards: tuple[str, ...], fmt: str, output: Path | None, repo: Path | None) -> None:
    """Compare OLD and NEW: each a git ref, a checkout root (schemas/, shapes/, validators/) or a folder laid
    out like schemas/. Exit 1 when a standard's version: does not match its changes (breaking: major bump,
    compatible: at least minor)."""
    from eucaim_spec.errors import ExitCode
    from eucaim_spec.paths import repo_root
    from eucaim_spec.release.diff import RENDERERS, run_diff
    from eucaim_spec.release.load import git_repo_root

    result = run_diff(old, new, repo or git_repo_root(Path.cwd()) or repo_root(), standards or None)
    text = RENDERERS[fmt](result)
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    for v in result.verdicts:
        if not v.ok:
            click.echo(f"version rule: {v.standard}: {v.reason}", err=True)
    raise SystemExit(ExitCode.CONFORMS if result.ok else ExitCode.FINDINGS)
