"""``eucaim check-node NODE_DIR``: lint a local EUCAIM node's deployment files (rules: validators/node.yaml)."""

from __future__ import annotations

from pathlib import Path

import click


@click.command("check-node")
@click.argument("node_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def check_node(node_dir: Path, fmt: str) -> None:
    """Lint NODE_DIR: Beam proxy and Focus settings (BROKER_URL, PROXY_ID, APP_FOCUS_KEY = API_KEY,
    BEAM_PROXY_URL, BEAM_APP_ID_LONG, ENDPOINT_URL), key material and CSR, docker-compose images and ports, the
    FEM client's $DATA_PATH (read-only) and $SANDBOX_PATH (writable), datasets of the DMT configuration.

    Secrets are never printed. Exit codes: 0 no violation, 1 violations, 2 usage, 4 suite error.
    """
    import json
    import sys

    from eucaim_spec.report.model import Severity
    from eucaim_spec.validate.search.node_lint import lint_node

    findings = lint_node(node_dir)
    if fmt == "json":
        click.echo(json.dumps([f.model_dump(mode="json", exclude_none=True) for f in findings], indent=2,
                              sort_keys=True))
    else:
        for f in findings:
            loc = f.location
            where = f" at {loc.file}" if loc is not None and loc.file else ""
            click.echo(f"{f.severity.upper():9} {f.rule_id}{where}: {f.message}")
            if f.hint:
                click.echo(f"          fix: {f.hint}")
        counts = {s: sum(1 for f in findings if f.severity == s) for s in Severity}
        click.echo(f"{counts[Severity.violation]} violation(s), {counts[Severity.warning]} warning(s), "
                   f"{counts[Severity.info]} info")
    sys.exit(1 if any(f.severity == Severity.violation for f in findings) else 0)
