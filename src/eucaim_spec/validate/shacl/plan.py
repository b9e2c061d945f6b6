"""The compiled backend's plan: which shapes become SPARQL jobs and which are left to pySHACL.

A ``Planner`` walks the shapes graph: it finds each shape's focus nodes (targets, expanded with the
subclasses the data states), compiles the shape and its property shapes (``components.shape_jobs``), and
collects what does not compile as (node shape, property shapes) pairs for the fallback.
"""

from __future__ import annotations

from typing import Any

from eucaim_spec.namespaces import RDF_TYPE, RDFS_CLASS, RDFS_SUBCLASS_OF, SH
from eucaim_spec.validate.shacl.components import shape_jobs
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.jobs import Job, Unsupported, sparql_term
from eucaim_spec.validate.shacl.shapes import ShapesGraph, is_true
from eucaim_spec.validate.shacl.terms import ox_str

_TARGETS = ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf")


class Planner:
    """Plans the shapes of ``shapes`` on ``data`` (whose class hierarchy shapes the target queries)."""

    def __init__(self, shapes: ShapesGraph, data: DataGraph) -> None:
        self.g = shapes.graph
        self.data = data

    def plan(self) -> tuple[list[Job], list[tuple[Any, list[Any]]]]:
        """SPARQL jobs for supported shapes and (node shape, property shapes) pairs left to pySHACL."""
        from rdflib import URIRef  # deferred: rdflib is a heavy import chain

        g = self.g
        jobs: list[Job] = []
        fallback: list[tuple[Any, list[Any]]] = []
        deactivated, path = URIRef(SH + "deactivated"), URIRef(SH + "path")
        for shape in self.shape_nodes():
            if is_true(g.value(shape, deactivated)):
                continue
            target = self.target(shape)
            if target is None:
                continue
            props = [p for p in g.objects(shape, URIRef(SH + "property")) if not is_true(g.value(p, deactivated))]
            own: list[Any] = []
            try:
                jobs += self.shape_jobs(shape, target, shape_is_property=g.value(shape, path) is not None)
            except Unsupported:
                own = [None]
            unsupported = []
            for p in sorted(props, key=str):
                try:
                    jobs += self.shape_jobs(p, target, shape_is_property=True, parent=shape)
                except Unsupported:
                    unsupported.append(p)
            if own or unsupported:
                fallback.append((shape, unsupported if not own else props))
        return jobs, fallback

    def shape_nodes(self) -> list[Any]:
        """The shapes with a target (and the implicit class targets), sorted."""
        from rdflib import URIRef  # deferred: rdflib is a heavy import chain

        g = self.g
        nodes: set[Any] = set()
        for pred in _TARGETS:
            nodes.update(g.subjects(URIRef(SH + pred), None))
        for s in g.subjects(URIRef(RDF_TYPE), URIRef(RDFS_CLASS)):
            if (s, URIRef(RDF_TYPE), URIRef(SH + "NodeShape")) in g:
                nodes.add(s)
        return sorted(nodes, key=str)

    def shape_jobs(self, shape: Any, target: str, *, shape_is_property: bool, parent: Any = None) -> list[Job]:
        return shape_jobs(
            self.g,
            shape,
            target,
            shape_is_property=shape_is_property,
            parent=parent,
            classes=self.data_classes,
            literals_known=self.data.literals is not None,
        )

    def target(self, shape: Any) -> str | None:
        """A SPARQL group binding ?this to every focus node of ``shape`` (None if it has no target)."""
        from rdflib import URIRef  # deferred: rdflib is a heavy import chain

        g = self.g
        parts = []
        for c in sorted(g.objects(shape, URIRef(SH + "targetClass")), key=str):
            parts.append(self.instances_of(str(c), "?this"))
        if (shape, URIRef(RDF_TYPE), URIRef(RDFS_CLASS)) in g:
            parts.append(self.instances_of(str(shape), "?this"))
        nodes = sorted(g.objects(shape, URIRef(SH + "targetNode")), key=str)
        if nodes:
            parts.append("{ VALUES ?this { " + " ".join(sparql_term(n) for n in nodes) + " } }")
        for p in sorted(g.objects(shape, URIRef(SH + "targetSubjectsOf")), key=str):
            parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?this <{p}> ?_o }} }}")
        for p in sorted(g.objects(shape, URIRef(SH + "targetObjectsOf")), key=str):
            parts.append(f"{{ SELECT DISTINCT ?this WHERE {{ ?_s <{p}> ?this }} }}")
        if not parts:
            return None
        if len(parts) == 1 and "?_tc" not in parts[0]:
            # One class without subclasses: a plain pattern, no DISTINCT to materialise per query.
            return parts[0]
        return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(parts) + " } }"

    def subclasses(self, cls: str) -> list[str]:
        """``cls`` and its IRI subclasses in the data (cached on the data graph)."""
        return subclasses_in(self.data, cls)

    def data_classes(self, cls: str) -> list[str] | None:
        """``cls`` and its subclasses in the data being planned; None when a blank node is among them."""
        return None if blank_subclass_in(self.data, cls) else self.subclasses(cls)

    def instances_of(self, cls: str, var: str) -> str:
        """A SPARQL group binding ``var`` to the instances of ``cls`` and of its subclasses."""
        classes = self.subclasses(cls)
        if len(classes) == 1:
            return f"{{ {var} <{RDF_TYPE}> <{cls}> }}"
        return "{ " + f"{var} <{RDF_TYPE}> ?_tc . VALUES ?_tc {{ " + " ".join(f"<{c}>" for c in classes) + " } }"


def subclasses_in(data: DataGraph, cls: str) -> list[str]:
    """``cls`` and its IRI subclasses in ``data`` (cached on the data graph)."""
    cache = data.subclass_cache
    if cls not in cache:
        rows: Any = data.store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS_SUBCLASS_OF}>+ <{cls}> }}")
        cache[cls] = sorted({cls} | {ox_str(r[0]) for r in rows if not ox_str(r[0]).startswith("_:")})
    return cache[cls]


def blank_subclass_in(data: DataGraph, cls: str) -> bool:
    """True when a blank node is a subclass of ``cls`` in ``data``."""
    rows: Any = data.store.query(f"ASK {{ ?c <{RDFS_SUBCLASS_OF}>+ <{cls}> FILTER isBlank(?c) }}")
    return bool(rows)
