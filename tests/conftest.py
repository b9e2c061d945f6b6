"""Shared fixtures: paths to the repository, the reference oracles and a CLI runner."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
#: Reference facts and official oracles, beside the checkout (never shipped): ../shared/reference
REFERENCE = REPO.parent / "shared" / "reference"


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def reference() -> Path:
    assert REFERENCE.is_dir(), f"reference oracles expected at {REFERENCE}"
    return REFERENCE


@pytest.fixture(scope="module")
def sparse(tmp_path_factory) -> Path:
    """The shipped Tier-1 example with a record holding the mandatory properties only: Tier 1 met, with the
    recommended-property warnings that grouping, filtering and counting tests need (the example has none)."""
    import shutil

    ds = tmp_path_factory.mktemp("sparse") / "ds"
    shutil.copytree(REPO / "examples" / "tier1-dataset", ds)
    minimal = REPO / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl"
    shutil.copyfile(minimal, ds / "metadata" / "dataset.ttl")
    return ds


@pytest.fixture
def cli_runner():
    from click.testing import CliRunner

    return CliRunner()


def run_cli(args: list[str]):
    """Run ``eucaim`` in-process through its real entry point; return (exit code, stdout, stderr)."""
    import contextlib
    import io

    from eucaim_spec.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    code = 0
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exc:
            code = int(exc.code or 0)
    if os.environ.get("EUCAIM_GOLDEN_DIR"):
        from tests.golden import record

        record(args, code, out.getvalue(), err.getvalue())
    return code, out.getvalue(), err.getvalue()


from tests.pg_server import pg_url  # noqa: E402,F401  - session fixture: a throw-away PostgreSQL cluster


@pytest.fixture
def postgres_conn(pg_url):  # noqa: F811
    """A psycopg connection to the test cluster (transaction rolled back by the test)."""
    import psycopg

    with psycopg.connect(pg_url) as conn:
        yield conn
