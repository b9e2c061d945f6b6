"""Schema and shape linting behind ``eucaim lint`` (and the tests that gate releases)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from eucaim_spec.paths import PACKAGE_DIR, shapes_dir, spec_root, validators_dir
from eucaim_spec.schemaview import STANDARDS, schema_path


@dataclass(frozen=True)
class Problem:
    file: str
    level: str
    rule: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: {self.level}: [{self.rule}] {' '.join(self.message.split())}"


def _rel(p: Path) -> str:
    try:
        return p.resolve().relative_to(spec_root().resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def lint_schemas(standards: tuple[str, ...] = STANDARDS) -> Iterator[Problem]:
    from linkml.linter.linter import Linter

    config = yaml.safe_load((validators_dir() / "linkml-lint.yaml").read_text(encoding="utf-8"))
    linter = Linter(config)
    for std in standards:
        path = schema_path(std)
        if not path.is_file():
            yield Problem(_rel(path), "error", "missing", "schema file not found")
            continue
        for p in linter.lint(str(path)):
            level = str(getattr(p.level, "code", p.level)).lower()
            yield Problem(_rel(path), "error" if "error" in level else "warning", str(p.rule_name),
                          str(p.message))


def shape_files() -> list[Path]:
    """Authored shapes and the generated SHACL artifacts."""
    files = sorted(shapes_dir().rglob("*.ttl")) if shapes_dir().is_dir() else []
    gen = PACKAGE_DIR / "artifacts" / "shacl"
    return files + (sorted(gen.rglob("*.ttl")) if gen.is_dir() else [])


def lint_shapes(files: list[Path] | None = None) -> Iterator[Problem]:
    """Validate each shapes graph against SHACL-SHACL (the W3C shapes for shapes)."""
    from pyshacl.entrypoints import meta_validate
    from rdflib import Graph

    for path in files if files is not None else shape_files():
        try:
            g = Graph().parse(path, format="turtle")
        except Exception as exc:  # rdflib raises several parser exception types
            yield Problem(_rel(path), "error", "turtle", f"not parsable: {exc}")
            continue
        conforms, _, text = meta_validate(g)
        if not conforms:
            first = next((ln for ln in str(text).splitlines() if "Message:" in ln), str(text)[:200])
            yield Problem(_rel(path), "error", "shacl-shacl", first.strip())
