"""The packaged EUCAIM hyper-ontology: codes, labels, subclass closure, legacy codes and IRI aliases.

Built by ``eucaim generate`` from schemas/vocab/ into artifacts/vocab/hyperontology.json; loaded offline.
"""

from __future__ import annotations

import csv
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import yaml

from eucaim_spec.namespaces import EUCAIM_ONTOLOGY
from eucaim_spec.paths import ARTIFACTS_DIR

CANONICAL_BASE = EUCAIM_ONTOLOGY
#: Other spellings of the same IRIs seen in EUCAIM material (spec tables, Lens); accepted with a warning.
IRI_ALIASES = (
    "https://hyperontology.eucaim.cancerimage.eu/#",
    "http://cancerimage.eu/ontology/EUCAIM#",
    "EUCAIM_Hyper-Ontology_V1.0.",
)
CODE_RE = re.compile(r"^(CLIN|COM|BP|IMG|SPEC|GEN|COR)\d+$")
ARTIFACT = ARTIFACTS_DIR / "vocab" / "hyperontology.json"
VERSION = "etl-toolset-7a69a4b"


@dataclass
class Concept:
    code: str
    label: str
    release: str
    #: (parent code, evidence) pairs; evidence is "ontology" for published 'Is a' relations.
    parents: list[tuple[str, str]] = field(default_factory=list)
    replaced_by: str | None = None
    #: Where EUCAIM's own components disagree about the replacement (deprecations.yaml ``disagreement``):
    #: shown with the replacement so that the advice names both sides instead of pushing one.
    disagreement: str | None = None


class HyperOntology:
    """Codes with their parents; ``is_a`` answers subclass-closure questions with the evidence used."""

    def __init__(self, concepts: dict[str, Concept], version: str) -> None:
        self.concepts = concepts
        self.version = version
        self._children: dict[str, list[tuple[str, str]]] = {}
        for c in concepts.values():
            for parent, evidence in c.parents:
                self._children.setdefault(parent, []).append((c.code, evidence))

    def __contains__(self, code: object) -> bool:
        return code in self.concepts

    def __len__(self) -> int:
        return len(self.concepts)

    def label(self, code: str) -> str | None:
        c = self.concepts.get(code)
        return c.label if c else None

    @cache  # noqa: B019 - one ontology per process; the cache is the closure table
    def descendants(self, root: str, include_self: bool = False) -> dict[str, str]:
        """Every code below ``root`` mapped to the weakest evidence on its path ("ontology" if all published)."""
        out: dict[str, str] = {root: "ontology"} if include_self else {}
        stack = [(root, "ontology")]
        seen = {root}
        while stack:
            node, ev = stack.pop()
            for child, edge_ev in self._children.get(node, ()):
                path_ev = ev if edge_ev == "ontology" else edge_ev
                if child not in out or (out[child] != "ontology" and path_ev == "ontology"):
                    out[child] = path_ev
                if child not in seen:
                    seen.add(child)
                    stack.append((child, path_ev))
        return out

    def is_a(self, code: str, root: str) -> str | None:
        """Evidence that ``code`` is ``root`` or below it, or None when it is not."""
        if code == root:
            return "ontology"
        return self.descendants(root).get(code)

    @staticmethod
    def code_of(value: str) -> tuple[str | None, str | None]:
        """Split a code or IRI into (code, alias prefix used or None for canonical/bare code)."""
        v = value.strip()
        if v.startswith(CANONICAL_BASE):
            return v[len(CANONICAL_BASE):], None
        for alias in IRI_ALIASES:
            if v.startswith(alias):
                return v[len(alias):], alias
        if v.startswith("EUCAIM:"):
            return v[len("EUCAIM:"):], None
        return (v, None) if CODE_RE.match(v) else (None, None)


def read_sources(vocab_dir: Path) -> dict:
    """Merge the authored vocabulary sources into the artifact's JSON structure (sorted, byte-stable)."""
    concepts: dict[str, dict] = {}
    with open(vocab_dir / "hyperontology.tsv", newline="", encoding="utf-8") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        for r in csv.DictReader(lines, delimiter="\t"):
            parents = [[p, "ontology"] for p in r["parents"].split("|") if p]
            concepts[r["code"]] = {"label": r["label"], "release": r["release"], "parents": parents}
    with open(vocab_dir / "curated-edges.tsv", newline="", encoding="utf-8") as fh:
        lines = (ln for ln in fh if not ln.startswith("#"))
        for r in csv.DictReader(lines, delimiter="\t"):
            child, parent = r["child"], r["parent"]
            for code in (child, parent):
                if code not in concepts:
                    raise ValueError(f"curated-edges.tsv: unknown code {code}")
            if [parent, "ontology"] not in concepts[child]["parents"]:
                concepts[child]["parents"].append([parent, r["evidence"]])
    dep = yaml.safe_load((vocab_dir / "deprecations.yaml").read_text(encoding="utf-8")) or {}
    for e in dep.get("entries") or []:
        if e.get("kind") == "code":
            if e["name"] not in concepts:
                raise ValueError(f"deprecations.yaml: unknown code {e['name']}")
            concepts[e["name"]]["replaced_by"] = e["replacement"]
            if e.get("disagreement"):
                concepts[e["name"]]["disagreement"] = " ".join(str(e["disagreement"]).split())
    for c in concepts.values():
        c["parents"].sort()
    return {"version": VERSION, "base_iri": CANONICAL_BASE, "concepts": dict(sorted(concepts.items()))}


def from_data(data: dict) -> HyperOntology:
    concepts = {
        code: Concept(
            code=code,
            label=c["label"],
            release=c["release"],
            parents=[(p, e) for p, e in c["parents"]],
            replaced_by=c.get("replaced_by"),
            disagreement=c.get("disagreement"),
        )
        for code, c in data["concepts"].items()
    }
    return HyperOntology(concepts, data["version"])


@cache
def packaged_data() -> dict:
    """The generated artifact as plain data (``version``, ``base_iri``, ``concepts``): what a check that needs
    only the version or the subclass edges reads, without building the ontology's objects."""
    data: dict = json.loads(ARTIFACT.read_text(encoding="utf-8"))
    return data


@cache
def load() -> HyperOntology:
    """The packaged ontology (from the generated artifact)."""
    return from_data(packaged_data())
