"""Compile the DICOM header scan's C walk (``src/eucaim_spec/validate/dicom/_walk.c``, issue 15).

A hatchling build hook: ``pip install .``, a wheel and the editable install of ``make setup`` all compile it
with the compiler and headers of the Python that builds (``sysconfig``; a fresh machine has gcc and the
Python headers). A wheel gets the module as a file of its own; an editable install gets it next to its
source (``src/.../_walk*.so``, ignored by git). A failed compilation fails the install: the scan would
otherwise run its pure-Python reader, several times slower, without anyone noticing (``make test`` also
asserts the module is there).

Run as a script (``python hatch_build.py [--cflags FLAGS]``) it compiles the module in place, e.g. with
``--cflags "-fsanitize=address,undefined -g"`` for a development build.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path
from typing import Any

try:
    from hatchling.builders.hooks.plugin.interface import BuildHookInterface
except ImportError:  # run as a script: hatchling is a build requirement, not installed in the venv
    BuildHookInterface = object  # type: ignore[assignment,misc]

SOURCE = Path("src/eucaim_spec/validate/dicom/_walk.c")
#: Warnings on, optimised; extra flags from ``EUCAIM_WALK_CFLAGS`` or ``--cflags``.
CFLAGS = ["-O2", "-fPIC", "-shared", "-Wall", "-Wextra", "-std=c11", "-D_GNU_SOURCE"]


def module_name() -> str:
    return "_walk" + (sysconfig.get_config_var("EXT_SUFFIX") or ".so")


def compile_walk(root: Path, out_dir: Path, extra: list[str] | None = None) -> Path:
    """Compile ``_walk.c`` into ``out_dir``; return the module's path."""
    cc = shlex.split(os.environ.get("CC") or sysconfig.get_config_var("CC") or "cc")
    flags = [*CFLAGS, *shlex.split(os.environ.get("EUCAIM_WALK_CFLAGS", "")), *(extra or [])]
    target = out_dir / module_name()
    include = sysconfig.get_paths()["include"]
    cmd = [*cc, *flags, f"-I{include}", str(root / SOURCE), "-o", str(target)]
    try:
        subprocess.run(cmd, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(
            f"could not compile {SOURCE} ({exc}): the install needs a C compiler and the Python headers "
            f"({include}); on Debian: apt-get install gcc python3-dev"
        ) from None
    return target


class WalkBuildHook(BuildHookInterface):  # type: ignore[misc]
    """hatchling's custom build hook (``[tool.hatch.build.targets.wheel.hooks.custom]``)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        if version == "editable":  # the editable install imports from src/: the module goes next to its source
            compile_walk(root, root / SOURCE.parent)
            return
        self._tmp = tempfile.mkdtemp(prefix="eucaim-walk-")
        built = compile_walk(root, Path(self._tmp))
        build_data["force_include"][str(built)] = f"eucaim_spec/validate/dicom/{module_name()}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if getattr(self, "_tmp", None):
            shutil.rmtree(self._tmp, ignore_errors=True)


if __name__ == "__main__":
    args = sys.argv[1:]
    extra = shlex.split(args[1]) if args[:1] == ["--cflags"] and len(args) > 1 else []
    here = Path(__file__).resolve().parent
    print(compile_walk(here, here / SOURCE.parent, extra))
