"""``eucaim rules``: the rule catalogue."""

from __future__ import annotations

import click


@click.command()
@click.option("--standard", help="Only rules of this standard (cdm, minimum, dcat_ap, dicom, ...).")
@click.option("--tier", type=click.IntRange(1, 3), help="Only rules that apply at this tier.")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "markdown"]), default="text", show_default=True)
def rules(standard: str | None, tier: int | None, fmt: str) -> None:
    """List every rule with id, title, standard, tier, severity and engine."""
    import json

    from eucaim_spec.validate.catalogue import rule_json, select_rules

    selected = select_rules(standard, tier)
    if fmt == "json":
        click.echo(json.dumps([rule_json(r) for r in selected], indent=2))
    elif fmt == "markdown":
        click.echo("| id | tier | severity | engine | title |\n|---|---|---|---|---|")
        for r in selected:
            click.echo(f"| `{r.id}` | {r.tier} | {r.severity.value} | {r.engine} | {r.title} |")
    else:
        for r in selected:
            click.echo(f"{r.id}\t{r.tier}\t{r.severity.value}\t{r.engine}\t{r.title}")
    click.echo(f"{len(selected)} rules", err=True)
