"""``eucaim release-check``: the CI gate of a release of the standards."""

from __future__ import annotations

from pathlib import Path

import click

STEP_NAMES = ("lint", "generate", "examples", "rule-coverage", "diff", "deprecations", "changelog")


@click.command("release-check")
@click.option("--against", metavar="REF", help="Compare with this git ref (default: the last release tag).")
@click.option("--skip", "skip", multiple=True, type=click.Choice(STEP_NAMES), help="Leave out a step (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "junit"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), help="Write here, not stdout.")
@click.option("--junit", "junit", type=click.Path(dir_okay=False, path_type=Path),
              help="Also write a JUnit report here (CI test-report upload).")
def release_check(against: str | None, skip: tuple[str, ...], fmt: str, output: Path | None,
                  junit: Path | None) -> None:
    """Lint, generate --check, examples, rule coverage, the version rule against the last release, deprecations
    and changelog entries. Exit 1 when a step fails; skipped steps are listed with their reason."""
    from eucaim_spec.errors import ExitCode
    from eucaim_spec.paths import repo_root, spec_root
    from eucaim_spec.release.gate import RENDERERS, run_gate
    from eucaim_spec.release.load import git_repo_root

    root = spec_root()
    checkout = root if (root / "tests" / "data").is_dir() else repo_root()
    result = run_gate(root, checkout, git_repo_root(root), against, set(skip),
                      progress=lambda s: click.echo(f"release-check: {s} ...", err=True))
    text = RENDERERS[fmt](result)
    if junit:
        junit.parent.mkdir(parents=True, exist_ok=True)
        junit.write_text(RENDERERS["junit"](result), encoding="utf-8")
    if output:
        output.write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
    for s in result.steps:
        if s.status == "fail":
            click.echo(f"release-check: {s.name} failed: {s.messages[0] if s.messages else ''}", err=True)
    raise SystemExit(ExitCode.CONFORMS if result.ok else ExitCode.FINDINGS)
