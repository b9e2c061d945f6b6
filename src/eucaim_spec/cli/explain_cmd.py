"""``eucaim explain RULE_ID``: a rule's meaning, severity per tier, fix, allowed codes and examples."""

from __future__ import annotations

import click

#: Longer explanations go through a pager when stdout is a terminal.
PAGER_LINES = 40


@click.command()
@click.argument("rule_id")
@click.option("--site-url",
              help="Base URL of the site the page link points at (default: $EUCAIM_SITE_URL, else the project site).")
def explain(rule_id: str, site_url: str | None) -> None:
    """Explain RULE_ID (as listed by `eucaim rules`): the same content as its page on the site."""
    import sys

    from eucaim_spec.docs import rule_text
    from eucaim_spec.docs.spec_index import catalogue

    if rule_id not in catalogue():
        import difflib

        close = difflib.get_close_matches(rule_id, list(catalogue()), n=3, cutoff=0.6)
        hint = f"; did you mean {', '.join(close)}?" if close else "; `eucaim rules` lists every rule id"
        raise click.BadParameter(f"no rule {rule_id!r}{hint}", param_hint="RULE_ID")
    text = rule_text.plain(rule_text.rule_doc(rule_id), site_url)
    if sys.stdout.isatty() and text.count("\n") > PAGER_LINES:
        click.echo_via_pager(text)
    else:
        click.echo(text, nl=False)
