"""The deprecation registry of the standards: schema elements marked ``deprecated`` and registry entries.

Sources (deprecations are data, style.md 23):
- a schema element with ``deprecated:``; ``annotations: {deprecated_in, removed_in}`` give the standard versions,
  ``deprecated_element_has_exact_replacement`` the replacement;
- schemas/vocab/deprecations.yaml entries whose ``kind`` is ``class``, ``slot``, ``enum`` or ``value`` and that
  name the ``standard`` (the code/iri/property entries there are checked at check time by the engines).
release-check fails when a standard reaches an element's ``removed_in`` while it is still there, and when an
element disappears that the old side did not deprecate.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eucaim_spec.release.classify import parse_version
from eucaim_spec.release.model import SideModel

SCHEMA_KINDS = ("class", "slot", "enum", "value")


@dataclass
class Deprecation:
    standard: str
    key: str  # element key, e.g. "slot Patient.sex"
    deprecated_in: str | None
    removed_in: str | None
    replacement: str | None
    note: str


def registry(side: SideModel, schemas_dir: Path | None = None) -> list[Deprecation]:
    """Every deprecation known on ``side``: element annotations plus registry entries of schema kinds."""
    out: list[Deprecation] = []
    for std in side.standards.values():
        for el in std.elements.values():
            if el.kind in SCHEMA_KINDS and el.fields.get("deprecated") is not None:
                if el.kind == "value" and el.fields.get("replaced_by"):
                    continue  # hyper-ontology codes: deprecations.yaml kind code, warned at check time
                out.append(Deprecation(std.name, el.key, _s(el.fields.get("annotations.deprecated_in")),
                                       _s(el.fields.get("annotations.removed_in")), el.replacement,
                                       str(el.fields.get("deprecated"))))
    path = schemas_dir / "vocab" / "deprecations.yaml" if schemas_dir else None
    if path is not None and path.is_file():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for e in data.get("entries") or []:
            if e.get("kind") in SCHEMA_KINDS and e.get("standard"):
                out.append(Deprecation(str(e["standard"]), f"{e['kind']} {e['name']}", _s(e.get("deprecated_in")),
                                       _s(e.get("removed_in")), _s(e.get("replacement")), str(e.get("note") or "")))
    return out


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def deprecation_warnings(side: SideModel, schemas_dir: Path | None = None) -> list[str]:
    """One line per deprecated element still present: what, since when, until when, and its replacement."""
    lines = []
    for d in registry(side, schemas_dir):
        until = f", removed in {d.removed_in}" if d.removed_in else ""
        since = f" since {d.deprecated_in}" if d.deprecated_in else ""
        repl = f"; use {d.replacement}" if d.replacement else ""
        lines.append(f"{d.standard}: {d.key} is deprecated{since}{until}{repl}")
    return sorted(lines)


def gate_problems(old: SideModel, new: SideModel, schemas_dir: Path | None = None,
                  old_schemas_dir: Path | None = None) -> list[str]:
    """Problems that fail a release: removal version reached but element present; removal without deprecation."""
    problems = []
    for d in registry(new, schemas_dir):
        std = new.standards.get(d.standard)
        if std is None or not d.removed_in:
            continue
        cur, due = parse_version(std.version), parse_version(d.removed_in)
        if cur and due and cur >= due and d.key in std.elements:
            problems.append(f"{d.standard}: {d.key} was to be removed in {d.removed_in} and is still there "
                            f"(version {std.version})")
    deprecated_before = {(d.standard, d.key) for d in registry(old, old_schemas_dir)}
    for name, ostd in old.standards.items():
        nstd = new.standards.get(name)
        if nstd is None or ostd.source == "validators":
            continue
        removed_parents: set[str] = set()
        for key, el in sorted(ostd.elements.items()):
            if el.kind not in SCHEMA_KINDS or key in nstd.elements:
                continue
            if el.kind == "value" and el.fields.get("replaced_by"):
                continue  # code lists follow the hyper-ontology release, deprecated in schemas/vocab
            parent = el.name.rsplit(".", 1)[0]
            if el.kind in ("slot", "value") and parent in removed_parents:
                continue
            if el.kind in ("class", "enum"):
                removed_parents.add(el.name)
            if (name, key) not in deprecated_before and not _renamed_in(nstd, el):
                problems.append(f"{name}: {key} was removed without being deprecated first "
                                f"(mark it deprecated, with removed_in, in a release before)")
    return problems


def _renamed_in(std: Any, el: Any) -> bool:
    """A removal that is a declared rename (alias on the new element) needs no deprecation period."""
    parent = el.name.rsplit(".", 1)[0] if "." in el.name else None
    short = el.name.rsplit(".", 1)[-1]
    for other in std.elements.values():
        if other.kind == el.kind and short in other.aliases and (
                parent is None or other.name.rsplit(".", 1)[0] == parent):
            return True
    return False
