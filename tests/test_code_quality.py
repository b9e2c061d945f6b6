"""ruff and mypy are configured in pyproject.toml and must be clean (generated models excluded there)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO

BIN = Path(sys.executable).parent


def test_ruff_clean():
    # the same command as `make lint`: the paths are pyproject.toml's (everything but the generated models)
    res = subprocess.run([str(BIN / "ruff"), "check"], cwd=REPO,
                         capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stdout[-3000:]


def test_mypy_clean():
    res = subprocess.run([str(BIN / "mypy")], cwd=REPO, capture_output=True, text=True, check=False)
    assert res.returncode == 0, res.stdout[-3000:]
