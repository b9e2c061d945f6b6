"""Run the generation recipes of generators/recipes.yaml: all in memory, then write (or compare) at once.

A recipe that fails stops the run before anything is written, so a bad schema never leaves a half-updated
set of committed artifacts behind.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import yaml

from eucaim_spec.errors import SpecError
from eucaim_spec.generate import (
    dcat_shacl,
    ddl,
    json_catalogues,
    linkml_generators,
    mapping_template,
    shacl_plan,
    table_schema,
)
from eucaim_spec.generate.context import REGENERATE_COMMAND, GenContext, Outputs
from eucaim_spec.paths import PACKAGE_DIR, generators_dir, spec_root

__all__ = ["REGENERATE_COMMAND", "REGISTRY", "Drift", "build_all", "canonical_ntriples", "compare", "difference",
           "load_recipes", "produced_dirs", "read_committed", "write"]

Generator = Callable[[GenContext], "bytes | Outputs"]

#: recipe ``generator`` name -> generator function.
REGISTRY: dict[str, Generator] = {
    "vocabulary": json_catalogues.gen_vocabulary,
    "sql_rules": json_catalogues.gen_sql_rules,
    "sql_plan": json_catalogues.gen_sql_plan,
    "rule_catalogue": json_catalogues.gen_rule_catalogue,
    "fair_plan": json_catalogues.gen_fair_plan,
    "pydantic": linkml_generators.gen_pydantic,
    "jsonschema": linkml_generators.gen_jsonschema,
    "shacl": linkml_generators.gen_shacl,
    "ddl": ddl.gen_ddl,
    "tableschema": table_schema.gen_table_schemas,
    "mapping_template": mapping_template.gen_mapping_template,
    "dcat_shacl": dcat_shacl.gen_dcat_shapes,
    "shacl_plan": shacl_plan.gen_shacl_plan,
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
        ctx = GenContext(recipe, views, out)
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


def read_committed() -> dict[Path, bytes]:
    """The committed generated files, keyed as ``build_all`` keys its result: what it returns on a clean
    checkout, read in a second instead of generated (benchmarks and tests of the comparison start from it)."""
    out: dict[Path, bytes] = {}
    for recipe in load_recipes():
        target = PACKAGE_DIR / recipe["output"]
        folder = str(recipe["output"]).endswith("/")
        files = sorted(f for f in target.rglob("*") if f.is_file()) if folder else [target]
        out.update((f, f.read_bytes()) for f in files if f.is_file())
    return out


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
    #: changed file -> a few lines saying how the committed file differs from the generated content.
    details: dict[str, list[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.stale)


def compare(outputs: dict[Path, bytes], only: set[str] | None = None) -> Drift:
    """Compare generated content with the files on disk (Turtle as graphs when bytes differ); ``only`` as
    ``build_all``'s."""
    drift = Drift([], [], [])
    for path, content in sorted(outputs.items()):
        rel = path.relative_to(spec_root()).as_posix() if path.is_relative_to(spec_root()) else str(path)
        if not path.is_file():
            drift.missing.append(rel)
        elif (committed := path.read_bytes()) != content and (summary := difference(path.suffix, committed, content)):
            drift.changed.append(rel)
            drift.details[rel] = summary
    drift.stale += [f.relative_to(PACKAGE_DIR).as_posix() for f in _stale(outputs, only)]
    return drift


#: At most this many differing lines of each side in a drift summary, each cut to LINE_WIDTH characters.
SHOWN_LINES = 3
LINE_WIDTH = 160


def difference(suffix: str, committed: bytes, generated: bytes) -> list[str]:
    """How ``committed`` differs from ``generated`` in a few lines (``- `` committed, ``+ `` generated); ``[]``
    when they mean the same, i.e. Turtle (``suffix`` ``.ttl``) whose graphs are equal."""
    if suffix == ".ttl":
        return _graph_difference(committed, generated)
    try:
        old, new = committed.decode("utf-8").splitlines(True), generated.decode("utf-8").splitlines(True)
    except UnicodeDecodeError:
        return [f"binary content differs ({len(committed):,} bytes committed, {len(generated):,} generated)"]
    return _text_difference(old, new)


def canonical_ntriples(data: bytes) -> list[str]:
    """The graph of a Turtle document as sorted N-Triples lines, blank nodes canonically relabelled.

    Two documents hold the same graph exactly when these lists are equal: a text comparison, about a second on
    the largest generated shapes, where rdflib's graph isomorphism took minutes (issues 12 and 15).
    Raises ``SyntaxError`` for a document that is not Turtle.
    """
    dataset = ox.Dataset(ox.parse(data, format=ox.RdfFormat.TURTLE))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)  # same version on both sides of one comparison
    return sorted(f"{q.subject} {q.predicate} {q.object} ." for q in dataset)


def _graph_difference(committed: bytes, generated: bytes) -> list[str]:
    graphs = []
    for side, data in (("committed file", committed), ("generated content", generated)):
        try:
            graphs.append(canonical_ntriples(data))
        except SyntaxError as exc:  # e.g. a hand-edited committed file that no longer parses: drift
            return [f"the {side} is not valid Turtle: {exc}"]
    old, new = graphs
    if old == new:
        return []
    removed, added = sorted(set(old) - set(new)), sorted(set(new) - set(old))
    triples = "triple" if len(removed) == 1 else "triples"
    head = (f"graphs differ: {len(removed):,} {triples} only in the committed file, {len(added):,} only in the "
            "generated one (canonical N-Triples; a change inside a blank node shows all its triples)")
    return [head] + [_shown("-", t) for t in removed[:SHOWN_LINES]] + [_shown("+", t) for t in added[:SHOWN_LINES]]


def _text_difference(old: list[str], new: list[str]) -> list[str]:
    """The first differing lines (``old`` and ``new`` keep their line ends): the common head and tail are
    skipped, which is linear, unlike a full diff."""
    head = 0
    while head < min(len(old), len(new)) and old[head] == new[head]:
        head += 1
    tail = 0
    while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    gone = [s.rstrip("\r\n") for s in old[head:len(old) - tail]]
    come = [s.rstrip("\r\n") for s in new[head:len(new) - tail]]
    lines = [f"first difference at line {head + 1} ({len(old):,} lines committed, {len(new):,} generated)"]
    if gone == come:
        return [*lines, "  (only the line ends differ)"]
    return lines + [_shown("-", s) for s in gone[:SHOWN_LINES]] + [_shown("+", s) for s in come[:SHOWN_LINES]]


def _shown(sign: str, line: str) -> str:
    return f"{sign} {line if len(line) <= LINE_WIDTH else line[:LINE_WIDTH] + '...'}"


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
