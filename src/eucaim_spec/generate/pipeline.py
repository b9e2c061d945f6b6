"""Run the generation recipes of generators/recipes.yaml: all in memory, then write (or compare) at once.

A recipe that fails stops the run before anything is written, so a bad schema never leaves a half-updated
set of committed artifacts behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from eucaim_spec.errors import SpecError
from eucaim_spec.generate import dcat_shacl, ddl, json_catalogues, linkml_generators, mapping_template, table_schema
from eucaim_spec.generate.context import REGENERATE_COMMAND, GenContext, Outputs
from eucaim_spec.paths import PACKAGE_DIR, generators_dir, spec_root

__all__ = ["REGENERATE_COMMAND", "REGISTRY", "Drift", "build_all", "compare", "load_recipes", "produced_dirs",
           "write"]

Generator = Callable[[GenContext], "bytes | Outputs"]

#: recipe ``generator`` name -> generator function.
REGISTRY: dict[str, Generator] = {
    "vocabulary": json_catalogues.gen_vocabulary,
    "sql_rules": json_catalogues.gen_sql_rules,
    "sql_plan": json_catalogues.gen_sql_plan,
    "pydantic": linkml_generators.gen_pydantic,
    "jsonschema": linkml_generators.gen_jsonschema,
    "shacl": linkml_generators.gen_shacl,
    "ddl": ddl.gen_ddl,
    "tableschema": table_schema.gen_table_schemas,
    "mapping_template": mapping_template.gen_mapping_template,
    "dcat_shacl": dcat_shacl.gen_dcat_shapes,
}


def load_recipes() -> list[dict[str, Any]]:
    path = generators_dir() / "recipes.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise SpecError(str(path), f"not valid YAML: {exc}") from exc
    recipes = data.get("artifacts") if isinstance(data, dict) else None
    if not isinstance(recipes, list):
        raise SpecError(str(path), "expected a mapping with an 'artifacts' list")
    return recipes


def build_all(only: set[str] | None = None) -> dict[Path, bytes]:
    """Run every recipe (or those whose source is in ``only``); return absolute output path -> content."""
    out: dict[Path, bytes] = {}
    views: dict[str, Any] = {}
    for recipe in load_recipes():
        if only and recipe["source"] not in only:
            continue
        gen = REGISTRY.get(recipe["generator"])
        if gen is None:
            raise SpecError("generators/recipes.yaml", f"unknown generator {recipe['generator']!r}")
        ctx = GenContext(recipe, views)
        result = gen(ctx)
        target = PACKAGE_DIR / recipe["output"]
        if isinstance(result, dict):
            for name, content in result.items():
                out[target / name] = content
        else:
            out[target] = result
    return out


def produced_dirs() -> list[Path]:
    """The folders the recipes fill: files no recipe produces there are stale."""
    return [PACKAGE_DIR / r["output"] for r in load_recipes() if str(r["output"]).endswith("/")]


def _stale(outputs: dict[Path, bytes], only: set[str] | None) -> list[Path]:
    """Files of the generated folders that no recipe produced; with ``only``, of the folders of those recipes
    alone (the others were not generated, so their files are not stale)."""
    ran = None if not only else {PACKAGE_DIR / r["output"] for r in load_recipes() if r["source"] in only}
    return [f for folder in produced_dirs() if folder.is_dir() and (ran is None or folder in ran)
            for f in sorted(folder.rglob("*")) if f.is_file() and f not in outputs]


@dataclass
class Drift:
    changed: list[str]
    missing: list[str]
    stale: list[str]

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.stale)


def compare(outputs: dict[Path, bytes], only: set[str] | None = None) -> Drift:
    """Compare generated content with the files on disk (RDF as graphs when bytes differ); ``only`` as
    ``build_all``'s."""
    drift = Drift([], [], [])
    for path, content in sorted(outputs.items()):
        rel = path.relative_to(spec_root()).as_posix() if path.is_relative_to(spec_root()) else str(path)
        if not path.is_file():
            drift.missing.append(rel)
        elif path.read_bytes() != content and not _same_rdf(path, content):
            drift.changed.append(rel)
    drift.stale += [f.relative_to(PACKAGE_DIR).as_posix() for f in _stale(outputs, only)]
    return drift


def _same_rdf(path: Path, content: bytes) -> bool:
    """Same graph: canonical serialisations compared (pyoxigraph canonicalises blank nodes in well under a second;
    rdflib's graph isomorphism took minutes on the large generated shapes, issue 12)."""
    if path.suffix != ".ttl":
        return False
    try:
        return _canonical_rdf(path.read_bytes()) == _canonical_rdf(content)
    except Exception:  # an unparsable committed file is drift
        return False


def _canonical_rdf(data: bytes) -> list[str]:
    import pyoxigraph as ox  # deferred: only a drifted .ttl needs it

    dataset = ox.Dataset(ox.parse(data, format=ox.RdfFormat.TURTLE))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)  # same version on both sides of one comparison
    return sorted(str(q) for q in dataset)


def write(outputs: dict[Path, bytes], only: set[str] | None = None) -> list[Path]:
    """Write changed files and delete stale ones in generated folders (``only`` as ``build_all``'s); return
    what changed."""
    written = []
    for path, content in sorted(outputs.items()):
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(content)
        tmp.replace(path)
        written.append(path)
    for f in _stale(outputs, only):
        f.unlink()
        written.append(f)
    return written
