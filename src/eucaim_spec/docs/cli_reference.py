"""The command group the CLI reference page documents (mkdocs-click imports ``cli`` from here).

``eucaim`` loads its subcommands lazily and leaves out one whose module is not importable; mkdocs-click
cannot document such a gap, so this group holds the commands that load, and ``missing`` names the others.
"""

from __future__ import annotations

import click

from eucaim_spec.cli.main import cli as _lazy_cli


def _loaded() -> tuple[click.Group, list[str]]:
    ctx = click.Context(_lazy_cli, info_name="eucaim")
    group = click.Group(name="eucaim", help=_lazy_cli.help, params=list(_lazy_cli.params),
                        context_settings=_lazy_cli.context_settings)
    missing = []
    for name in _lazy_cli.list_commands(ctx):
        cmd = _lazy_cli.get_command(ctx, name)
        if cmd is None:
            missing.append(name)
        else:
            group.add_command(cmd, name)
    return group, missing


cli, missing = _loaded()
