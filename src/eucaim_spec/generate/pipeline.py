"""Run the generation recipes of generators/recipes.yaml: all in memory, then write (or compare) at once.

A recipe that fails stops the run before anything is written, so a bad schema never leaves a half-updated
set of committed artifacts behind.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import PACKAGE_DIR, generators_dir, schemas_dir, spec_root

Outputs = dict[str, bytes]
REGENERATE_COMMAND = "eucaim generate"


@dataclass
class GenContext:
    """What a generator gets: the recipe and a cache of expanded schema views."""

    recipe: dict[str, Any]
    _views: dict[str, Any] = field(default_factory=dict)

    @property
    def source(self) -> str:
        return str(self.recipe["source"])

    @property
    def source_file(self) -> str:
        return f"schemas/{self.source}/{self.source}.yaml"

    def view(self, standard: str | None = None) -> Any:
        from eucaim_spec.schemaview import load_expanded_from, schema_path

        std = standard or self.source
        if std not in self._views:
            self._views[std] = load_expanded_from(schema_path(std), _ontology())
        return self._views[std]

    def header(self, generator: str, comment: str = "#") -> str:
        """First line of every generated text file: source, generator, do not edit (no date, no version)."""
        return f"{comment} generated from {self.source_file} by {generator} ({REGENERATE_COMMAND}); do not edit\n"


_ONTO: list[Any] = []


def _ontology() -> Any:
    """The ontology built from schemas/vocab (not the packaged artifact, which may be the thing regenerated)."""
    from eucaim_spec import vocab

    if not _ONTO:
        try:
            _ONTO.append(vocab.from_data(vocab.read_sources(schemas_dir() / "vocab")))
        except (ValueError, KeyError, OSError) as exc:
            raise SpecError("schemas/vocab", str(exc)) from exc
    return _ONTO[0]


def gen_vocabulary(ctx: GenContext) -> bytes:
    from eucaim_spec import vocab

    data = vocab.read_sources(schemas_dir() / "vocab")
    # One concept per line: compact, and a diff shows exactly which codes changed.
    lines = ['{"_comment": "generated from schemas/vocab/ by vocabulary (eucaim generate); do not edit",',
             f' "version": {json.dumps(data["version"])}, "base_iri": {json.dumps(data["base_iri"])},',
             ' "concepts": {']
    items = list(data["concepts"].items())
    for i, (code, c) in enumerate(items):
        sep = "," if i < len(items) - 1 else ""
        lines.append(f"  {json.dumps(code)}: {json.dumps(c, ensure_ascii=False, separators=(',', ':'))}{sep}")
    lines.append(" }}")
    return ("\n".join(lines) + "\n").encode()


def gen_sql_rules(ctx: GenContext) -> bytes:
    """The sql engine's rule catalogue compiled from cdm and minimum (read at check time instead of compiling)."""
    from eucaim_spec.validate.sql.engine import SqlEngine

    engine = SqlEngine(schemas={"cdm": ctx.view("cdm"), "minimum": ctx.view("minimum")}, ontology=_ontology())
    rules = [r.to_dict() for r in engine.compile_rules()]
    lines = [
        '{"_comment": "generated from schemas/cdm/cdm.yaml and schemas/minimum/minimum.yaml by sql_rules '
        '(eucaim generate); do not edit",',
        ' "rules": [',
    ]
    lines += [f"  {json.dumps(r, ensure_ascii=False, sort_keys=True)}{',' if i < len(rules) - 1 else ''}"
              for i, r in enumerate(rules)]
    lines.append(" ]}")
    return ("\n".join(lines) + "\n").encode()


def _registry() -> dict[str, Callable[[GenContext], bytes | Outputs]]:
    from eucaim_spec.generate import ddl, linkml_generators, mapping_template, table_schema

    reg: dict[str, Callable[[GenContext], bytes | Outputs]] = {
        "vocabulary": gen_vocabulary,
        "sql_rules": gen_sql_rules,
        "pydantic": linkml_generators.gen_pydantic,
        "jsonschema": linkml_generators.gen_jsonschema,
        "shacl": linkml_generators.gen_shacl,
        "ddl": ddl.gen_ddl,
        "tableschema": table_schema.gen_table_schemas,
        "mapping_template": mapping_template.gen_mapping_template,


    }
    try:
        from eucaim_spec.generate import dcat_shacl

        reg["dcat_shacl"] = lambda ctx: _dcat(ctx, dcat_shacl)
    except ImportError:  # the DCAT-AP shape generator is optional until it lands
        pass
    return reg


def _dcat(ctx: GenContext, module: Any) -> Outputs:
    files = module.generate_dcat_shapes(ctx.view())
    return {name: text.encode() for name, text in sorted(files.items())}


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
    registry = _registry()
    out: dict[Path, bytes] = {}
    views: dict[str, Any] = {}
    for recipe in load_recipes():
        if only and recipe["source"] not in only:
            continue
        gen = registry.get(recipe["generator"])
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
    return [PACKAGE_DIR / r["output"] for r in load_recipes() if str(r["output"]).endswith("/")]


@dataclass
class Drift:
    changed: list[str]
    missing: list[str]
    stale: list[str]

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.stale)


def compare(outputs: dict[Path, bytes]) -> Drift:
    """Compare generated content with the files on disk (RDF as graphs when bytes differ)."""
    drift = Drift([], [], [])
    for path, content in sorted(outputs.items()):
        rel = path.relative_to(spec_root()).as_posix() if path.is_relative_to(spec_root()) else str(path)
        if not path.is_file():
            drift.missing.append(rel)
        elif path.read_bytes() != content and not _same_rdf(path, content):
            drift.changed.append(rel)
    for folder in produced_dirs():
        if folder.is_dir():
            for f in sorted(folder.rglob("*")):
                if f.is_file() and f not in outputs:
                    drift.stale.append(f.relative_to(PACKAGE_DIR).as_posix())
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
    import pyoxigraph as ox

    dataset = ox.Dataset(ox.parse(data, format=ox.RdfFormat.TURTLE))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)  # same version on both sides of one comparison
    return sorted(str(q) for q in dataset)


def write(outputs: dict[Path, bytes]) -> list[Path]:
    """Write changed files and delete stale ones in generated folders; return what changed."""
    written = []
    for path, content in sorted(outputs.items()):
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_bytes(content)
        tmp.replace(path)
        written.append(path)
    for folder in produced_dirs():
        if folder.is_dir():
            for f in sorted(folder.rglob("*")):
                if f.is_file() and f not in outputs:
                    f.unlink()
                    written.append(f)
    return written
