"""The dicom engine: scan an imaging tree's headers into a tag table and check it in DuckDB."""

from __future__ import annotations

import os
from collections import Counter
from pathlib import Path

from eucaim_spec.errors import InputError
from eucaim_spec.report.model import Finding
from eucaim_spec.validate.dicom.header import HEAD_SIZE, has_preamble, is_nifti, looks_like_dicom
from eucaim_spec.validate.dicom.rules import load_rules, run_checks
from eucaim_spec.validate.dicom.scan import scan_tree
from eucaim_spec.validate.engine import CheckContext, ImagingScan
from eucaim_spec.validate.rules import Rule

#: How many files ``detect`` opens before it gives up on a folder.
DETECT_MAX_FILES = 2000


def is_dicom_file(path: Path) -> bool:
    """True when ``path`` is a DICOM file (DICM preamble, or a DICOM element at offset 0) or NIfTI."""
    if is_nifti(path.name):
        return True
    try:
        with path.open("rb") as fh:
            head = fh.read(HEAD_SIZE)
    except OSError:
        return False
    return has_preamble(head) or looks_like_dicom(head)


class DicomEngine:
    """Engine ``dicom``: DICOM (and NIfTI) trees of any depth; headers only, in parallel."""

    name = "dicom"

    def rules(self) -> list[Rule]:
        return list(load_rules())

    def detect(self, path: Path) -> bool:
        path = Path(path)
        if path.is_file():
            return is_dicom_file(path)
        if not path.is_dir():
            return False
        seen = 0
        for dirpath, _dirs, files in os.walk(path):
            for name in sorted(files):
                if is_dicom_file(Path(dirpath) / name):
                    return True
                seen += 1
                if seen >= DETECT_MAX_FILES:
                    return False
        return False

    def check(self, path: Path, ctx: CheckContext) -> list[Finding]:
        path = Path(path)
        workers = ctx.options.dicom_workers or os.cpu_count() or 1
        table = scan_tree(path, workers=int(workers), progress=ctx.progress)
        counts = Counter(table.column("status").to_pylist())
        if not (counts.keys() - {"not_dicom", "sidecar", "symlink_loop"}):
            raise InputError(ctx.rel(path), "no DICOM or NIfTI file found")
        # the hand-over to the clinical step (the sql engine's linkage rules), which the plan runs after this one
        ctx.imaging = ImagingScan(table=table, root=path)
        where = ctx.rel(path if path.is_dir() else path.parent) if ctx.root is not None else "."
        prefix = "" if where in ("", ".") else where.rstrip("/") + "/"
        summary = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
        label = prefix.rstrip("/") or "imaging"
        ctx.notes.append(f"{label}: DICOM header scan of {table.num_rows} entries ({summary})")
        return run_checks(table, ctx, prefix=prefix)
