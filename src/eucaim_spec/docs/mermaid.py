"""Mermaid bundled into the site, so that the entity diagram renders offline.

mkdocs-material loads mermaid from a CDN unless the page already defines it; the site build adds the pinned
mermaid release's ``dist/mermaid.min.js`` to ``extra_javascript``. It comes from the npm registry (``npm pack``,
the tarball checked against the integrity the registry published for this version) once per checkout into
``build/vendor/``; ``EUCAIM_MERMAID_JS`` points at a copy instead (a machine without npm or registry).
"""

from __future__ import annotations

import base64
import hashlib
import os
import shutil
import subprocess
import tarfile
import tempfile
from pathlib import Path

from eucaim_spec.errors import SpecError

#: The pinned release (mkdocs-material 9.x speaks mermaid 11) and the npm registry's dist.integrity of its
#: tarball (`npm view mermaid@VERSION dist.integrity`).
MERMAID_VERSION = "11.12.2"
MERMAID_INTEGRITY = "sha512-n34QPDPEKmaeCG4WDMGy0OT6PSyxKCfy2pJgShP+Qow2KLrvWjclwbc3yXfSIf4BanqWEhQEpngWwNp/XhZt6w=="
MERMAID_ENV = "EUCAIM_MERMAID_JS"
#: Where the site puts it (relative to the docs dir) and the tarball member it is taken from.
SITE_PATH = "js/mermaid.min.js"
_MEMBER = "package/dist/mermaid.min.js"


def mermaid_js(root: Path) -> Path:
    """The mermaid bundle for the site: ``$EUCAIM_MERMAID_JS``, else build/vendor/ (fetched when missing)."""
    given = os.environ.get(MERMAID_ENV)
    if given:
        path = Path(given)
        if not path.is_file():
            raise SpecError(given, f"{MERMAID_ENV} names no file (it should be a mermaid.min.js of mermaid 11)")
        return path
    target = root / "build" / "vendor" / f"mermaid-{MERMAID_VERSION}.min.js"
    if not target.is_file():
        _fetch(target)
    return target


def _fetch(target: Path) -> None:
    npm = shutil.which("npm")
    where = f"mermaid@{MERMAID_VERSION}"
    if npm is None:
        raise SpecError(where, f"the site bundles mermaid from the npm registry and npm is not installed: run "
                               f"`make system-deps`, or set {MERMAID_ENV} to a mermaid.min.js")
    with tempfile.TemporaryDirectory(prefix="eucaim-mermaid-") as tmp:
        try:
            res = subprocess.run([npm, "pack", where, "--silent", "--pack-destination", tmp], capture_output=True,
                                 text=True, timeout=300, check=False)
        except subprocess.TimeoutExpired:
            raise SpecError(where, "npm pack did not finish in 300 s") from None
        tarballs = list(Path(tmp).glob("*.tgz"))
        if res.returncode != 0 or len(tarballs) != 1:
            last = (res.stderr.strip().splitlines() or ["no tarball written"])[-1]
            raise SpecError(where, f"npm pack failed (exit {res.returncode}): {last[:200]}")
        data = tarballs[0].read_bytes()
        got = "sha512-" + base64.b64encode(hashlib.sha512(data).digest()).decode()
        if got != MERMAID_INTEGRITY:
            raise SpecError(where, "the tarball's sha512 is not the pinned integrity (MERMAID_INTEGRITY in "
                                   "src/eucaim_spec/docs/mermaid.py); refusing it")
        with tarfile.open(tarballs[0], "r:gz") as tar:
            member = tar.extractfile(_MEMBER)
            if member is None:
                raise SpecError(where, f"the tarball has no {_MEMBER}")
            js = member.read()
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_suffix(".part")
    part.write_bytes(js)
    part.replace(target)
