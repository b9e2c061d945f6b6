"""``eucaim diff``: both sides read, every change classified, the version rule applied; three renderings."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec.release.changelog import entry
from eucaim_spec.release.classify import (
    BREAKING,
    COMPATIBLE,
    DOCUMENTATION,
    Change,
    VersionVerdict,
    diff_standards,
    version_rule,
)
from eucaim_spec.release.deprecations import deprecation_warnings
from eucaim_spec.release.load import build_side, open_side
from eucaim_spec.release.model import SideModel

CLASS_TITLES = {BREAKING: "Breaking", COMPATIBLE: "Compatible", DOCUMENTATION: "Documentation"}


@dataclass
class DiffResult:
    old: SideModel
    new: SideModel
    changes: list[Change]
    verdicts: list[VersionVerdict]
    warnings: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(v.ok for v in self.verdicts)

    def counts(self, standard: str | None = None) -> dict[str, int]:
        out = {BREAKING: 0, COMPATIBLE: 0, DOCUMENTATION: 0}
        for c in self.changes:
            if standard is None or c.standard == standard:
                out[c.cls] += 1
        return out


def compare_sides(old: SideModel, new: SideModel, new_schemas: Path | None = None) -> DiffResult:
    """Classified changes, version verdicts and deprecation warnings (``new_schemas``: registry of the new side)."""
    changes = diff_standards(old.standards, new.standards)
    verdicts = version_rule(changes, old.standards, new.standards)
    return DiffResult(old, new, changes, verdicts, deprecation_warnings(new, new_schemas))


def run_diff(old_spec: str, new_spec: str, repo: Path | None, standards: tuple[str, ...] | None = None
             ) -> DiffResult:
    with open_side(old_spec, repo) as root:
        old = build_side(root, standards)
    with open_side(new_spec, repo) as root:
        new = build_side(root, standards)
        return compare_sides(old, new, root.schemas)


def render_text(result: DiffResult) -> str:
    lines = [f"eucaim diff {result.old.label} -> {result.new.label}"]
    for v in result.verdicts:
        counts = result.counts(v.standard)
        mark = "ok  " if v.ok else "FAIL"
        lines.append(f"{mark} {v.standard} {v.old_version} -> {v.new_version}: {counts[BREAKING]} breaking, "
                     f"{counts[COMPATIBLE]} compatible, {counts[DOCUMENTATION]} documentation; {v.reason}")
    for c in result.changes:
        lines.append(f"  {c.cls:<13} {c.standard}: {c.detail} [{c.kind}]")
    for w in result.warnings:
        lines.append(f"warning: {w}")
    if not result.ok:
        lines.append("version rule failed: bump the version: of each standard marked FAIL (see above)")
    return "\n".join(lines) + "\n"


def render_json(result: DiffResult) -> str:
    data: dict[str, Any] = {
        "old": result.old.label,
        "new": result.new.label,
        "ok": result.ok,
        "standards": [v.to_dict() | {"counts": result.counts(v.standard)} for v in result.verdicts],
        "changes": [c.to_dict() for c in result.changes],
        "warnings": result.warnings,
    }
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def render_markdown(result: DiffResult) -> str:
    parts = [entry(v.standard, v.new_version or "unreleased", [c for c in result.changes if c.standard == v.standard])
             for v in result.verdicts if result.counts(v.standard) != {BREAKING: 0, COMPATIBLE: 0, DOCUMENTATION: 0}]
    return "\n".join(parts) if parts else "No changes.\n"


RENDERERS = {"text": render_text, "json": render_json, "markdown": render_markdown}
