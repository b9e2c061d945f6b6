"""Where the authored sources and generated artifacts live, in a checkout and in an installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
ARTIFACTS_DIR = PACKAGE_DIR / "artifacts"
MODELS_DIR = PACKAGE_DIR / "models"


@cache
def spec_root() -> Path:
    """Return the folder holding schemas/, shapes/, generators/ and validators/.

    ``EUCAIM_SPEC_ROOT`` overrides; in a wheel they are bundled as ``eucaim_spec/_spec``; in a checkout
    (editable install) they are the repository's top-level folders.
    """
    override = os.environ.get("EUCAIM_SPEC_ROOT")
    if override:  # maintainers (and tests) point generation at another copy of the sources
        return Path(override).resolve()
    bundled = PACKAGE_DIR / "_spec"
    if (bundled / "schemas").is_dir():
        return bundled
    return PACKAGE_DIR.parent.parent


def schemas_dir() -> Path:
    return spec_root() / "schemas"


def shapes_dir() -> Path:
    return spec_root() / "shapes"


def generators_dir() -> Path:
    return spec_root() / "generators"


def validators_dir() -> Path:
    return spec_root() / "validators"


def repo_root() -> Path | None:
    """The checkout root when running from source (it has pyproject.toml), else None."""
    root = PACKAGE_DIR.parent.parent
    return root if (root / "pyproject.toml").is_file() else None
