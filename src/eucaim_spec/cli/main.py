"""The ``eucaim`` command. Subcommands are imported only when run, so ``eucaim --help`` stays fast."""

from __future__ import annotations

import importlib
import sys
from typing import Any

import click

from eucaim_spec import __version__

#: command name -> (module, attribute, one-line help shown by --help without importing the module)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "check": ("eucaim_spec.cli.check_cmd", "check", "Check a dataset, catalogue record or table against a tier."),
    "rules": ("eucaim_spec.cli.rules_cmd", "rules", "List every rule: id, title, standard, tier, severity."),
    "generate": ("eucaim_spec.cli.generate_cmd", "generate", "Regenerate models and artifacts from schemas/."),
    "lint": ("eucaim_spec.cli.lint_cmd", "lint", "Lint the LinkML schemas and validate shapes against SHACL-SHACL."),
    "extract-tags": ("eucaim_spec.cli.extract_tags_cmd", "extract_tags",
                     "Extract DICOM tags per series and the imaging-clinical correspondence CSV."),
    "docs": ("eucaim_spec.cli.docs_cmd", "docs", "Build the documentation site of the standards (mkdocs)."),
    "explain": ("eucaim_spec.cli.explain_cmd", "explain", "Explain a rule: meaning, severity per tier, fix, codes."),
    "template": ("eucaim_spec.cli.template_cmd", "template", "Write a clinical mapping template (XLSX)."),
    "diff": ("eucaim_spec.cli.diff_cmd", "diff", "Classify changes between two versions of the standards."),
    "release-check": ("eucaim_spec.cli.release_check_cmd", "release_check",
                      "Gate a release: lint, drift, examples, rule coverage, version rule, changelog."),
    "migrate": ("eucaim_spec.cli.migrate_cmd", "migrate",
                "Write the SQL moving a loaded CDM database to a new version."),
    "search": ("eucaim_spec.cli.search_cmd", "search",
               "Evaluate a federated-search query as EUCAIM's search (Focus) would on the data."),
    "check-node": ("eucaim_spec.cli.check_node_cmd", "check_node",
                   "Lint a local node's deployment: Beam proxy, Focus, FEM client mounts, DMT datasets."),
    "serve-mediator": ("eucaim_spec.cli.serve_mediator_cmd", "serve_mediator",
                       "Serve a local reference mediator answering the federated search's API mode."),
    "profile": ("eucaim_spec.cli.profile_cmd", "profile",
                "Profile data quality (six dimensions), outliers and disclosure risk (k-anonymity) of tables."),
    "serve": ("eucaim_spec.cli.serve_cmd", "serve", "Serve the checker as a web page and a REST API (extra 'serve')."),
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMANDS:
            return None
        module, attr, _ = COMMANDS[cmd_name]
        try:
            command: click.Command = getattr(importlib.import_module(module), attr)
            return command
        except ImportError:  # a command whose module has not landed yet is simply absent
            return None

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in sorted(COMMANDS)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="eucaim")
@click.option("--debug", is_flag=True, help="Show tracebacks of unexpected errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Check EUCAIM datasets and catalogue records against the tier they target, and maintain the standards.

    Exit codes: 0 conforms, 1 findings at or above --fail-on, 2 usage error, 3 input unreadable or
    malformed, 4 spec or configuration error.
    """
    ctx.obj = {"debug": debug}


def main(argv: list[str] | None = None) -> Any:
    """Console entry point: known errors become one line and their exit code; tracebacks only with --debug."""
    from eucaim_spec.errors import EucaimError, ExitCode

    args = sys.argv[1:] if argv is None else argv
    debug = "--debug" in args
    try:
        return cli.main(args=args, prog_name="eucaim", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(ExitCode.USAGE)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(ExitCode.USAGE)
    except EucaimError as exc:
        if debug:
            raise
        click.echo(f"error: {exc.one_line()}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:
        if debug:
            raise
        click.echo(f"internal error: {type(exc).__name__}: {' '.join(str(exc).split())} (rerun with --debug)",
                   err=True)
        sys.exit(ExitCode.SPEC)
