"""SHACL backends behind one interface: pySHACL (the reference) and a compiled engine over pyoxigraph.

``ShaclBackend.validate(data, shapes)`` returns plain ``Result`` records; the engine maps them to
findings. The compiled backend turns the common SHACL Core constraints (cardinalities, class, datatype,
node kind, sh:in, pattern, ranges, lengths, hasValue, sh:or of those) and SPARQL-based constraints
into SPARQL queries that pyoxigraph answers in Rust, one query per constraint returning only the
offending nodes. Shapes using anything else are handed to pySHACL, so no constraint is silently
skipped. A differential test (tests/test_shacl_backends.py) keeps the two in agreement.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from eucaim_spec.errors import SpecError

if TYPE_CHECKING:
    import pyoxigraph
    import rdflib

    from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals

SH = "http://www.w3.org/ns/shacl#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class"
XSD = "http://www.w3.org/2001/XMLSchema#"
EUCAIM_NS = "https://w3id.org/eucaim-spec/ns#"


@dataclass(slots=True, unsafe_hash=True)
class Result:
    """One SHACL validation result, terms as strings (IRI, ``_:id`` or an N-Triples literal).

    Hashable by value; not frozen because a frozen dataclass's ``__init__`` costs twice as much, and a
    catalogue of 10,000 records yields half a million results. Treat it as immutable.
    """

    focus: str
    path: str | None
    source_shape: str
    component: str
    severity: str  # local name: Violation, Warning, Info
    value: str | None = None
    #: The sh:sparql node for SPARQL-based constraints (its own rule id may live there).
    source_constraint: str | None = None
    message: str | None = field(default=None, compare=False)

    def sort_key(self) -> tuple[str, ...]:
        return (
            self.focus,
            self.path or "",
            self.source_shape,
            self.component,
            self.value or "",
            self.source_constraint or "",
        )


class DataGraph:
    """The data to validate: a pyoxigraph store, and an rdflib graph only when a backend needs it.

    The rdflib graph is parsed from the original ``sources`` when given: the pyoxigraph store
    canonicalises literals ("01"^^xsd:integer is stored as "1") and folds the derived integer types
    (xsd:nonNegativeInteger, xsd:int, ...) into xsd:integer, which pySHACL must not see.
    """

    def __init__(
        self,
        store: pyoxigraph.Store,
        sources: list[Any] | None = None,
        background: list[Any] | None = None,
        literals: IntegerLiterals | None = None,
    ) -> None:
        self.store = store
        self.sources = sources or []
        self.background = background or []
        #: Integer literals as written (when the store was filled by ``parse_into(..., literals)``): lets
        #: the compiled backend check derived integer datatypes itself.
        self.literals = literals
        self._rdflib: rdflib.Graph | None = None

    def rdflib_subset(self, predicates: set[str]) -> rdflib.Graph:
        """The exact-literal graph restricted to ``predicates`` (and rdf:type); full graph without sources."""
        if not self.sources or self._rdflib is not None:
            return self.rdflib()
        from eucaim_spec.validate.shacl.rdf_input import parse_rdflib_subset

        return parse_rdflib_subset(self.sources, predicates, extra=self.background)

    def rdflib(self) -> rdflib.Graph:
        if self._rdflib is None:
            from eucaim_spec.validate.shacl.rdf_input import to_rdflib

            if self.sources:
                from eucaim_spec.validate.shacl.rdf_input import parse_rdflib

                self._rdflib = parse_rdflib(self.sources, extra=self.background)
            else:
                self._rdflib = to_rdflib(self.store)
        return self._rdflib


class ShapesGraph:
    """Parsed shapes (rdflib, they are small) with the name of each file for error messages."""

    def __init__(self, graph: rdflib.Graph, files: Iterable[str] = ()) -> None:
        self.graph = graph
        self.files = tuple(files)

    @classmethod
    def from_texts(cls, texts: Iterable[tuple[str, str]]) -> ShapesGraph:
        """Shapes from (name, Turtle text) pairs."""
        from rdflib import Graph

        g = Graph()
        names = []
        for name, text in texts:
            try:
                g.parse(data=text, format="turtle", publicID=f"file:///{name}")
            except Exception as exc:
                raise SpecError(name, f"shapes do not parse: {' '.join(str(exc).split())}") from None
            names.append(name)
        return cls(g, names)


class ShaclBackend(Protocol):
    name: str

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        """Every validation result, sorted."""
        ...


# --------------------------------------------------------------------------------------------------
# pySHACL


def _rdflib_str(t: Any) -> str:
    from rdflib import BNode, Literal

    if isinstance(t, BNode):
        return f"_:{t}"
    if isinstance(t, Literal):
        return _nt_literal(str(t), t.language, str(t.datatype) if t.datatype else None)
    return str(t)


def _nt_literal(lex: str, lang: str | None, datatype: str | None) -> str:
    esc = lex.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{esc}"@{lang.lower()}'
    if datatype and datatype != XSD + "string":
        return f'"{esc}"^^<{datatype}>'
    return f'"{esc}"'


class PyShaclBackend:
    """The reference engine: pySHACL without inference, SHACL-SPARQL enabled."""

    name = "pyshacl"

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        return self.validate_rdflib(data.rdflib(), shapes.graph)

    def validate_rdflib(self, data_graph: rdflib.Graph, shapes_graph: rdflib.Graph) -> list[Result]:
        import pyshacl
        from rdflib import RDF, URIRef
        from rdflib.namespace import SH as SHNS

        try:
            _conforms, report, _text = pyshacl.validate(
                data_graph,
                shacl_graph=shapes_graph,
                inference="none",
                allow_warnings=True,
                allow_infos=True,
                abort_on_first=False,
                meta_shacl=False,
                advanced=True,
            )
        except Exception as exc:
            # pySHACL refuses malformed shapes (e.g. a property shape without sh:path).
            raise SpecError("shapes", f"pySHACL: {' '.join(str(exc).split())}") from None
        out = []
        for r in report.subjects(RDF.type, SHNS.ValidationResult):
            focus = report.value(r, SHNS.focusNode)
            path = report.value(r, SHNS.resultPath)
            sev = report.value(r, SHNS.resultSeverity)
            comp = report.value(r, SHNS.sourceConstraintComponent)
            src = report.value(r, SHNS.sourceShape)
            val = report.value(r, SHNS.value)
            sc = report.value(r, SHNS.sourceConstraint)
            msg = report.value(r, SHNS.resultMessage)
            is_sparql = comp == URIRef(SH + "SPARQLConstraintComponent")
            out.append(
                Result(
                    focus=_rdflib_str(focus),
                    path=_rdflib_str(path)
                    if path is not None and isinstance(path, URIRef)
                    else (None if path is None else "complex"),
                    source_shape=_rdflib_str(src),
                    component=str(comp),
                    severity=str(sev).rsplit("#", 1)[-1],
                    value=None if (val is None or _is_count(str(comp))) else _rdflib_str(val),
                    source_constraint=_rdflib_str(sc) if (sc is not None and is_sparql) else None,
                    message=str(msg) if msg is not None else None,
                )
            )
        return sorted(set(out), key=Result.sort_key)


def _is_count(component: str) -> bool:
    return component.rsplit("#", 1)[-1] in (
        "MinCountConstraintComponent",
        "MaxCountConstraintComponent",
        "HasValueConstraintComponent",
    )


# --------------------------------------------------------------------------------------------------
# Compiled: SHACL Core subset + SHACL-SPARQL as pyoxigraph queries

#: Properties of a shape that do not constrain anything.
_NON_VALIDATING = {
    SH + p
    for p in (
        "path",
        "severity",
        "message",
        "name",
        "description",
        "order",
        "group",
        "defaultValue",
        "targetClass",
        "targetNode",
        "targetSubjectsOf",
        "targetObjectsOf",
        "property",
        "deactivated",
        "flags",
        "prefixes",
        "declare",
    )
}
_SIMPLE = {
    "minCount",
    "maxCount",
    "class",
    "datatype",
    "nodeKind",
    "in",
    "pattern",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "minLength",
    "maxLength",
    "hasValue",
    "or",
    "sparql",
}
#: Value ranges of the derived integer types (XSD 1.1 Part 2, 3.4.14-3.4.25). The pyoxigraph store (0.5)
#: folds them all into xsd:integer; sh:datatype of one of them is checked against the literals as written
#: (a "folded" job) when the parse recorded them, else the shape goes to pySHACL, which reads the files.
_INTEGER_RANGES: dict[str, tuple[int | None, int | None]] = {
    XSD + "nonNegativeInteger": (0, None),
    XSD + "positiveInteger": (1, None),
    XSD + "nonPositiveInteger": (None, 0),
    XSD + "negativeInteger": (None, -1),
    XSD + "long": (-(2**63), 2**63 - 1),
    XSD + "int": (-(2**31), 2**31 - 1),
    XSD + "short": (-(2**15), 2**15 - 1),
    XSD + "byte": (-(2**7), 2**7 - 1),
    XSD + "unsignedLong": (0, 2**64 - 1),
    XSD + "unsignedInt": (0, 2**32 - 1),
    XSD + "unsignedShort": (0, 2**16 - 1),
    XSD + "unsignedByte": (0, 2**8 - 1),
}
_FOLDED = frozenset(_INTEGER_RANGES)
#: XSD datatypes whose lexical form a SPARQL cast checks (SHACL: ill-formed literals fail sh:datatype).
_CASTABLE = {XSD + t for t in ("integer", "decimal", "double", "float", "boolean", "date", "dateTime", "int", "long")}


def _ox_str(t: Any) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return t.value
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return _nt_literal(t.value, t.language, t.datatype.value if t.datatype else None)


def _sparql_term(t: Any) -> str:
    from rdflib import BNode, Literal, URIRef

    if isinstance(t, URIRef):
        return f"<{t}>"
    if isinstance(t, Literal):
        return _nt_literal(str(t), t.language, str(t.datatype) if t.datatype else None)
    if isinstance(t, BNode):
        raise _Unsupported("blank node as a constraint value")
    raise _Unsupported(f"term {t!r}")


class _Unsupported(Exception):
    pass


@dataclass
class _Job:
    """One SPARQL query and how to read its rows into results."""

    query: str
    shape: str
    path: str | None
    component: str
    severity: str
    kind: str  # "focus" (row: this) / "value" (row: this, v) / "sparql" (row: this [, path])
    message: str | None
    source_constraint: str | None = None
    #: For "sparql_each": the target query; ``query`` then holds $this, substituted per focus node.
    target_query: str | None = None
    #: (node shape, property shapes) to hand to pySHACL if the job cannot run here.
    fallback: tuple[Any, list[Any]] | None = None
    #: For "folded" jobs (row: this, v): the derived integer datatype and the property it is checked on.
    datatype: str | None = None
    #: For "count" jobs: the target group and ("min" | "max", bound) on the property ``path``.
    target: str | None = None
    bound: tuple[str, int] | None = None


class CompiledBackend:
    """SHACL over pyoxigraph: supported shapes become SPARQL; the rest run in pySHACL."""

    name = "compiled"

    def __init__(self, fallback: ShaclBackend | None = None, threads: int | None = None) -> None:
        self.fallback = fallback or PyShaclBackend()
        #: Node/property shapes handed to the fallback in the last run (for reporting and tests).
        self.fallback_shapes: list[str] = []
        self._data: DataGraph | None = None
        #: Threads that evaluate independent constraints (pyoxigraph releases the GIL while it evaluates).
        self.threads = max(1, min(4, os.cpu_count() or 1)) if threads is None else max(1, threads)
        #: Progress handle (``eucaim_spec.validate.engine.Steps``): advanced once per compiled constraint.
        self.steps: Any = None

    # -- planning ---------------------------------------------------------------------------------

    def plan(self, shapes: ShapesGraph, data: DataGraph) -> tuple[list[_Job], list[tuple[Any, list[Any]]]]:
        """SPARQL jobs for supported shapes and (node shape, property shapes) pairs left to pySHACL."""
        from rdflib import RDF, URIRef

        g = shapes.graph
        sh = lambda n: URIRef(SH + n)  # noqa: E731
        self._data = data
        jobs: list[_Job] = []
        fallback: list[tuple[Any, list[Any]]] = []
        shape_nodes: set[Any] = set()
        for pred in ("targetClass", "targetNode", "targetSubjectsOf", "targetObjectsOf"):
            shape_nodes.update(g.subjects(sh(pred), None))
        for s in g.subjects(RDF.type, URIRef(RDFS_CLASS)):
            if (s, RDF.type, sh("NodeShape")) in g:
                shape_nodes.add(s)
        for shape in sorted(shape_nodes, key=str):
            if _true(g.value(shape, sh("deactivated"))):
                continue
            target = self._target(g, shape, data)
            if target is None:
                continue
            props = [p for p in g.objects(shape, sh("property")) if not _true(g.value(p, sh("deactivated")))]
            own: list[Any] = []
            try:
                if g.value(shape, sh("path")) is not None:
                    jobs += self._constraints(g, shape, target, shape_is_property=True)
                else:
                    jobs += self._constraints(g, shape, target, shape_is_property=False)
            except _Unsupported:
                own = [None]
            unsupported = []
            for p in sorted(props, key=str):
                try:
                    jobs += self._constraints(g, p, target, shape_is_property=True, parent=shape)
                except _Unsupported:
                    unsupported.append(p)
            if own or unsupported:
                fallback.append((shape, unsupported if not own else props))
        return jobs, fallback

    def _target(self, g: Any, shape: Any, data: DataGraph) -> str | None:
        """A SPARQL group binding ?this to every focus node of ``shape`` (None if it has no target)."""
        from rdflib import RDF, URIRef

        parts = []
        for c in sorted(g.objects(shape, URIRef(SH + "targetClass")), key=str):
            parts.append(self._instances_of(str(c), data, "?this"))
        if (shape, RDF.type, URIRef(RDFS_CLASS)) in g:
            parts.append(self._instances_of(str(shape), data, "?this"))
        nodes = sorted(g.objects(shape, URIRef(SH + "targetNode")), key=str)
        if nodes:
            parts.append("{ VALUES ?this { " + " ".join(_sparql_term(n) for n in nodes) + " } }")
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

    def _subclasses(self, cls: str, data: DataGraph) -> list[str]:
        cache = getattr(data, "_subclass_cache", None)
        if cache is None:
            cache = {}
            data._subclass_cache = cache  # type: ignore[attr-defined]
        if cls not in cache:
            rows: Any = data.store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS_SUBCLASS}>+ <{cls}> }}")
            cache[cls] = sorted({cls} | {_ox_str(r[0]) for r in rows if not _ox_str(r[0]).startswith("_:")})
        return cache[cls]

    def _data_classes(self, cls: str) -> list[str] | None:
        """``cls`` and its subclasses in the data being planned; None when a blank node is among them."""
        data = self._data
        if data is None:
            return None
        rows: Any = data.store.query(f"ASK {{ ?c <{RDFS_SUBCLASS}>+ <{cls}> FILTER isBlank(?c) }}")
        return None if bool(rows) else self._subclasses(cls, data)

    def _instances_of(self, cls: str, data: DataGraph, var: str) -> str:
        classes = self._subclasses(cls, data)
        if len(classes) == 1:
            return f"{{ {var} <{RDF_TYPE}> <{cls}> }}"
        return "{ " + f"{var} <{RDF_TYPE}> ?_tc . VALUES ?_tc {{ " + " ".join(f"<{c}>" for c in classes) + " } }"

    def _constraints(
        self, g: Any, shape: Any, target: str, *, shape_is_property: bool, parent: Any = None
    ) -> list[_Job]:
        from rdflib import URIRef

        sh = lambda n: URIRef(SH + n)  # noqa: E731
        preds = {str(p) for p in g.predicates(shape, None)}
        for p in preds:
            if p.startswith(SH) and p not in _NON_VALIDATING and p[len(SH) :] not in _SIMPLE:
                raise _Unsupported(p)
        if shape_is_property:
            path_node = g.value(shape, sh("path"))
            path_sparql = self._path(g, path_node)
            path_str = str(path_node) if isinstance(path_node, URIRef) else "complex"
        else:
            path_sparql, path_str = None, None
        severity = str(g.value(shape, sh("severity")) or SH + "Violation").rsplit("#", 1)[-1]
        msg_node = g.value(shape, sh("message"))
        message = str(msg_node) if msg_node is not None else None
        shape_id = _rdflib_str(shape)
        jobs: list[_Job] = []

        def job(component: str, kind: str, query: str, source_constraint: str | None = None) -> None:
            jobs.append(
                _Job(
                    query=query,
                    shape=shape_id,
                    path=path_str,
                    component=SH + component,
                    severity=severity,
                    kind=kind,
                    message=message,
                    source_constraint=source_constraint,
                )
            )

        # value nodes: ?v
        values = f"?this {path_sparql} ?v ." if path_sparql else "BIND(?this AS ?v)"
        min_count = g.value(shape, sh("minCount"))
        max_count = g.value(shape, sh("maxCount"))
        if isinstance(g.value(shape, sh("path")), URIRef):
            # Counts on a plain property are answered from one read of the property's triples, shared by
            # every count job on it (see ``_run_counts``): the SPARQL form below costs a query each.
            for comp, kind, bound in (("MinCount", "min", min_count), ("MaxCount", "max", max_count)):
                if bound is not None and (kind == "max" or int(bound) > 0):
                    job(f"{comp}ConstraintComponent", "count", "")
                    jobs[-1].target, jobs[-1].bound = target, (kind, int(bound))
            min_count = max_count = None
        if min_count is not None and path_sparql:
            n = int(min_count)
            if n == 1:
                job(
                    "MinCountConstraintComponent",
                    "focus",
                    f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path_sparql} ?v }} }}",
                )
            elif n > 1:
                job(
                    "MinCountConstraintComponent",
                    "focus",
                    f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path_sparql} ?v }} }} "
                    f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {n})",
                )
        if max_count is not None and path_sparql:
            job(
                "MaxCountConstraintComponent",
                "focus",
                f"SELECT ?this WHERE {{ {target} ?this {path_sparql} ?v }} "
                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(max_count)})",
            )
        has_value = g.value(shape, sh("hasValue"))
        if has_value is not None:
            hv = _sparql_term(has_value)
            if path_sparql:
                job(
                    "HasValueConstraintComponent",
                    "focus",
                    f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path_sparql} {hv} }} }}",
                )
            else:
                job(
                    "HasValueConstraintComponent",
                    "focus",
                    f"SELECT DISTINCT ?this WHERE {{ {target} FILTER (!sameTerm(?this, {hv})) }}",
                )
        folded = [str(d) for d in g.objects(shape, sh("datatype")) if str(d) in _FOLDED]
        if folded:
            # The store lost the written datatype: read the values, check them against the literals as
            # written (IntegerLiterals). Only for a plain property path, where (focus, property) keys them.
            literals_known = self._data is not None and self._data.literals is not None
            if not (literals_known and isinstance(g.value(shape, sh("path")), URIRef)):
                raise _Unsupported(f"sh:datatype {folded[0]}: the pyoxigraph store folds it into xsd:integer")
            for d in folded:
                job("DatatypeConstraintComponent", "folded", f"SELECT ?this ?v WHERE {{ {target} {values} }}")
                jobs[-1].datatype = d
        for comp, cond in self._value_conditions(g, shape, skip_folded=bool(folded)):
            if path_sparql and _simple_target(target):
                # Values first, the target as a filter: a property absent from the data costs nothing
                # (the target-first join probes every focus node). Only for a plain target pattern, which
                # EXISTS evaluates with ?this bound exactly as the join would.
                query = f"SELECT DISTINCT ?this ?v WHERE {{ {values} FILTER ({cond}) FILTER EXISTS {target} }}"
            else:
                query = f"SELECT DISTINCT ?this ?v WHERE {{ {target} {values} FILTER ({cond}) }}"
            job(comp, "value", query)
        for sq in g.objects(shape, sh("sparql")):
            if _true(g.value(sq, sh("deactivated"))):
                continue
            query, each = self._sparql_constraint(g, sq, target, path_sparql)
            job(
                "SPARQLConstraintComponent",
                "sparql_each" if each else "sparql",
                query,
                source_constraint=_rdflib_str(sq),
            )
            if each:
                jobs[-1].target_query = f"SELECT DISTINCT ?this WHERE {{ {target} }}"
            jobs[-1].fallback = (parent, [shape]) if parent is not None else (shape, [])
            # The severity is the shape's (SHACL 2.1.5); an sh:severity inside sh:sparql is ignored, as
            # pySHACL does. The constraint's own sh:message is used.
            m = g.value(sq, sh("message"))
            if m is not None:
                jobs[-1].message = str(m)
        return jobs

    def _value_conditions(self, g: Any, shape: Any, skip_folded: bool = False) -> list[tuple[str, str]]:
        """(component, SPARQL condition true when ?v violates it) for each value-type constraint."""
        from rdflib import URIRef

        sh = lambda n: URIRef(SH + n)  # noqa: E731
        out = []
        for comp, ok in self._ok_conditions(g, shape, skip_folded):
            out.append((comp, f"!COALESCE({ok}, false)"))
        or_list = g.value(shape, sh("or"))
        if or_list is not None:
            from rdflib.collection import Collection

            alternatives = []
            for i, member in enumerate(Collection(g, or_list)):
                preds = {str(p) for p in g.predicates(member, None)} - {RDF_TYPE}
                if SH + "path" in preds:
                    alternatives.append(self._count_alternative(g, member, preds, f"?_or{i}"))
                    continue
                if any(
                    p[len(SH) :] in ("minCount", "maxCount", "hasValue", "sparql", "or") or not p.startswith(SH)
                    for p in preds
                ):
                    raise _Unsupported("sh:or member beyond value constraints")
                conds = [ok for _c, ok in self._ok_conditions(g, member)]
                if len(conds) != len(preds - {SH + "flags"}):
                    raise _Unsupported("sh:or member")
                alternatives.append("(" + " && ".join(f"COALESCE({c}, false)" for c in conds) + ")")
            out.append(("OrConstraintComponent", "!(" + " || ".join(alternatives) + ")"))
        return out

    def _count_alternative(self, g: Any, member: Any, preds: set[str], var: str) -> str:
        """An sh:or member that is a property shape with only sh:minCount 0/1 / sh:maxCount 0/1: a condition
        on the value node ?v (e.g. ``[ sh:path vcard:hasEmail ; sh:minCount 1 ]``)."""
        from rdflib import URIRef

        if preds - {SH + "path", SH + "minCount", SH + "maxCount", SH + "name", SH + "description"}:
            raise _Unsupported("sh:or member: a property shape beyond counts")
        path = self._path(g, g.value(member, URIRef(SH + "path")))
        conds = ["true"]
        min_count = g.value(member, URIRef(SH + "minCount"))
        max_count = g.value(member, URIRef(SH + "maxCount"))
        if min_count is not None and int(min_count) > 0:
            if int(min_count) != 1:
                raise _Unsupported("sh:or member: sh:minCount above 1")
            conds.append(f"EXISTS {{ ?v {path} {var} }}")
        if max_count is not None:
            if int(max_count) == 0:
                conds.append(f"NOT EXISTS {{ ?v {path} {var} }}")
            elif int(max_count) == 1:
                conds.append(f"NOT EXISTS {{ ?v {path} {var} . ?v {path} {var}b FILTER (!sameTerm({var}, {var}b)) }}")
            else:
                raise _Unsupported("sh:or member: sh:maxCount above 1")
        return "(" + " && ".join(conds) + ")"

    def _ok_conditions(self, g: Any, shape: Any, skip_folded: bool = False) -> Iterator[tuple[str, str]]:
        from rdflib import URIRef
        from rdflib.collection import Collection

        sh = lambda n: URIRef(SH + n)  # noqa: E731
        for cls in g.objects(shape, sh("class")):
            # Each value must be an instance of the class or of a subclass (in the data graph). With the
            # subclasses known (no blank-node class below it), a type lookup: ~20x faster than the path.
            classes = self._data_classes(str(cls))
            if classes is None:
                cond = f"EXISTS {{ ?v <{RDF_TYPE}>/<{RDFS_SUBCLASS}>* <{cls}> }}"
            elif len(classes) == 1:
                cond = f"EXISTS {{ ?v <{RDF_TYPE}> <{cls}> }}"
            else:
                cond = f"EXISTS {{ ?v <{RDF_TYPE}> ?_vt FILTER (?_vt IN ({', '.join(f'<{c}>' for c in classes)})) }}"
            yield ("ClassConstraintComponent", cond)
        for dt in g.objects(shape, sh("datatype")):
            d = str(dt)
            if d in _FOLDED and skip_folded:
                continue  # checked by a "folded" job
            if d in _FOLDED:
                raise _Unsupported(f"sh:datatype {d}: the pyoxigraph store folds it into xsd:integer")
            if d == "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString":
                cond = '(isLiteral(?v) && lang(?v) != "")'
            else:
                cond = f"(isLiteral(?v) && sameTerm(datatype(?v), <{d}>))"
                if d in _CASTABLE:
                    # An ill-formed lexical form (e.g. "abc"^^xsd:integer) does not conform: the cast fails.
                    cond = f"({cond} && <{d}>(str(?v)) = <{d}>(str(?v)))"
            yield ("DatatypeConstraintComponent", cond)
        for nk in g.objects(shape, sh("nodeKind")):
            yield (
                "NodeKindConstraintComponent",
                {
                    "IRI": "isIRI(?v)",
                    "Literal": "isLiteral(?v)",
                    "BlankNode": "isBlank(?v)",
                    "BlankNodeOrIRI": "(isBlank(?v) || isIRI(?v))",
                    "BlankNodeOrLiteral": "(isBlank(?v) || isLiteral(?v))",
                    "IRIOrLiteral": "(isIRI(?v) || isLiteral(?v))",
                }[str(nk).rsplit("#", 1)[-1]],
            )
        for lst in g.objects(shape, sh("in")):
            members = [_sparql_term(m) for m in Collection(g, lst)]
            if not members:
                yield ("InConstraintComponent", "false")
            elif all(m.startswith("<") for m in members):
                yield ("InConstraintComponent", f"?v IN ({', '.join(members)})")
            else:
                yield (
                    "InConstraintComponent",
                    "(" + " || ".join(f"sameTerm(?v, {m})" for m in members) + ")",
                )
        for pat in g.objects(shape, sh("pattern")):
            flags = g.value(shape, sh("flags"))
            fl = f', "{flags}"' if flags is not None else ""
            yield ("PatternConstraintComponent", f"(!isBlank(?v) && REGEX(STR(?v), {_sparql_term(pat)}{fl}))")
        for name, op in (
            ("minInclusive", ">="),
            ("maxInclusive", "<="),
            ("minExclusive", ">"),
            ("maxExclusive", "<"),
        ):
            for bound in g.objects(shape, sh(name)):
                comp = name[0].upper() + name[1:] + "ConstraintComponent"
                yield (comp, f"(isLiteral(?v) && ?v {op} {_sparql_term(bound)})")
        for name, op in (("minLength", ">="), ("maxLength", "<=")):
            for bound in g.objects(shape, sh(name)):
                comp = name[0].upper() + name[1:] + "ConstraintComponent"
                yield (comp, f"(!isBlank(?v) && STRLEN(STR(?v)) {op} {int(bound)})")

    def _path(self, g: Any, node: Any) -> str:
        from rdflib import BNode, URIRef
        from rdflib.collection import Collection

        sh = lambda n: URIRef(SH + n)  # noqa: E731
        if isinstance(node, URIRef):
            return f"<{node}>"
        if not isinstance(node, BNode):
            raise _Unsupported("path")
        if g.value(node, URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#first")) is not None:
            return "(" + "/".join(self._path(g, m) for m in Collection(g, node)) + ")"
        alt = g.value(node, sh("alternativePath"))
        if alt is not None:
            return "(" + "|".join(self._path(g, m) for m in Collection(g, alt)) + ")"
        for pred, op in (
            ("inversePath", "^"),
            ("zeroOrMorePath", "*"),
            ("oneOrMorePath", "+"),
            ("zeroOrOnePath", "?"),
        ):
            inner = g.value(node, sh(pred))
            if inner is not None:
                return f"^({self._path(g, inner)})" if op == "^" else f"({self._path(g, inner)}){op}"
        raise _Unsupported("path")

    def _sparql_constraint(self, g: Any, sq: Any, target: str, path_sparql: str | None) -> tuple[str, bool]:
        """The query, and True when it must run once per focus node with $this substituted."""
        from rdflib import URIRef

        sh = lambda n: URIRef(SH + n)  # noqa: E731
        select = g.value(sq, sh("select"))
        if select is None:
            raise _Unsupported("sh:sparql without sh:select")
        prefixes = []
        for pnode in g.objects(sq, sh("prefixes")):
            for decl in g.objects(pnode, sh("declare")):
                prefixes.append(f"PREFIX {g.value(decl, sh('prefix'))}: <{g.value(decl, sh('namespace'))}>")
        text = str(select)
        if "$currentShape" in text or "$shapesGraph" in text:
            raise _Unsupported("$currentShape / $shapesGraph")
        if path_sparql:
            text = text.replace("$PATH", path_sparql)
        text = text.replace("$this", "?this")
        m = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE) or re.search(r"\{", text)
        if m is None or len(re.findall(r"\bSELECT\b", text, re.IGNORECASE)) != 1:
            raise _Unsupported("nested SELECT in sh:sparql")
        header = "\n".join(sorted(set(prefixes)))
        body = text[m.end() :]
        nested = [b for b in re.finditer(r"\{", body) if not re.search(r"EXISTS\s*$", body[: b.start()], re.IGNORECASE)]
        if nested:
            # $this inside a nested group (UNION, OPTIONAL, { }) is pre-bound there too (SHACL-SPARQL
            # substitution), which a join with the target would not do: substitute per focus node.
            return header + "\n" + str(select).replace("$PATH", path_sparql or "$PATH"), True
        # Only EXISTS groups below the top: binding ?this by the target pattern first is equivalent.
        text = text[: m.end()] + f" {target} " + text[m.end() :]
        return header + "\n" + text, False

    # -- running ----------------------------------------------------------------------------------

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        import pyoxigraph as ox

        jobs, fallback = self.plan(shapes, data)
        store = data.store
        steps = self.steps
        counts = [j for j in jobs if j.kind == "count"]
        if steps is not None:
            steps.grow(len(jobs) - len(counts) + 1 + bool(fallback))
        # pyoxigraph evaluates a query without the GIL: independent constraints run on a few threads
        # (1.7x on 2 cores); results are sorted at the end, so the order of completion does not matter.
        pool = ThreadPoolExecutor(self.threads) if self.threads > 1 else None
        run_map: Any = pool.map if pool is not None else map
        try:
            out: list[Result] = self._run_counts(store, counts, run_map)
            if steps is not None:
                steps(f"{len(counts)} cardinality constraints")
            independent = [j for j in jobs if j.kind in ("value", "focus", "sparql", "folded")]

            def run(j: _Job) -> list[Result]:
                if j.kind == "folded":
                    return self._run_folded(store, j, data.literals)
                return self._run(store, j, j.query)

            for j, results in zip(independent, run_map(run, independent), strict=True):
                out += results
                if steps is not None:
                    steps(f"{j.component.rsplit('#', 1)[-1][:-19]} on {j.path or 'node'}")
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        for j in (j for j in jobs if j.kind == "sparql_each"):
            # $this inside nested groups: one query per focus node, with the IRI written in.
            if steps is not None:
                steps(f"{j.component.rsplit('#', 1)[-1][:-19]} on {j.path or 'node'}")
            foci = [r[0] for r in store.query(j.target_query or "")]  # type: ignore[union-attr]
            if any(not isinstance(f, ox.NamedNode) for f in foci) and j.fallback is not None:
                fallback.append(j.fallback)  # a blank node cannot be written into the query
                continue
            m = re.search(r"\bWHERE\b", j.query, re.IGNORECASE) or re.search(r"\{", j.query)
            cut = m.start() if m else 0
            for f in foci:
                iri = f"<{f.value}>"
                head = j.query[:cut].replace("$this", f"({iri} AS ?this)")
                out += self._run(store, j, head + j.query[cut:].replace("$this", iri), focus=f)
        self.fallback_shapes = [_rdflib_str(s) for s, _p in fallback]
        if fallback:
            sub = _subgraph(shapes.graph, fallback)
            out += self.fallback.validate_rdflib(_fallback_data(data, sub), sub)  # type: ignore[attr-defined]
            if steps is not None:
                steps(f"{len(fallback)} shape(s) in pySHACL")
        return sorted(set(out), key=Result.sort_key)

    def _run_counts(self, store: Any, jobs: list[_Job], run_map: Any = map) -> list[Result]:
        """sh:minCount / sh:maxCount on plain properties, from per-property sets shared by every count job
        on that property (distinct objects, as COUNT(DISTINCT) sees them) and each target's focus nodes
        read once: a few queries instead of one per constraint (run through ``run_map``)."""

        def having_key(j: _Job) -> tuple[str, str]:
            # min n: the subjects with at least n values (the others violate); max n: those with more.
            assert j.path is not None and j.bound is not None
            kind, n = j.bound
            return (j.path, f">= {n}" if kind == "min" else f"> {n}")

        queries: dict[Any, str] = {}
        for j in jobs:
            assert j.target is not None and j.bound is not None and j.path is not None
            queries.setdefault(j.target, f"SELECT ?this WHERE {{ {j.target} }}")
            key = having_key(j)
            if key[1] == ">= 1":
                queries.setdefault(key, f"SELECT DISTINCT ?s WHERE {{ ?s <{j.path}> ?o }}")
            else:
                queries.setdefault(
                    key, f"SELECT ?s WHERE {{ ?s <{j.path}> ?o }} GROUP BY ?s HAVING (COUNT(DISTINCT ?o) {key[1]})"
                )
        keys = list(queries)
        read = dict(zip(keys, run_map(lambda k: [r[0] for r in store.query(queries[k])], keys), strict=True))
        foci = {k: list(dict.fromkeys(v)) for k, v in read.items() if isinstance(k, str)}
        having = {k: set(v) for k, v in read.items() if isinstance(k, tuple)}
        out: list[Result] = []
        for j in jobs:
            assert j.target is not None and j.bound is not None and j.path is not None
            kind = j.bound[0]
            subjects = having[having_key(j)]
            if kind == "min":
                bad = [f for f in foci[j.target] if f not in subjects]
            else:
                bad = [f for f in foci[j.target] if f in subjects]
            path, shape, component, severity, message = j.path, j.shape, j.component, j.severity, j.message
            out += [Result(focus, path, shape, component, severity, None, None, message) for focus in map(_ox_str, bad)]
        return out

    def _run_folded(self, store: Any, j: _Job, literals: IntegerLiterals | None) -> list[Result]:
        """sh:datatype of a derived integer type: each value as written must have it, well formed.

        The store holds "5"^^xsd:integer for "5"^^xsd:nonNegativeInteger and "+5"^^xsd:integer alike (one
        triple for both), so a stored integer stands for every recorded literal of that focus and property
        with its value; each of them is checked.
        """
        import pyoxigraph as ox

        assert literals is not None and j.datatype is not None and j.path is not None
        datatype, prop, out = j.datatype, j.path, []
        integer = XSD + "integer"
        for row in store.query(j.query):
            focus, v = row[0], row[1]
            written = [v]
            if isinstance(v, ox.Literal) and v.datatype.value == integer:
                value = int(v.value)
                same = [o for o in literals.originals(focus, prop) if _integer_value(o.value) == value]
                written = same or written
            for o in written:
                if not _well_typed_integer(o, datatype):
                    out.append(
                        Result(
                            focus=_ox_str(focus),
                            path=prop,
                            source_shape=j.shape,
                            component=j.component,
                            severity=j.severity,
                            value=_ox_str(o),
                            message=j.message,
                        )
                    )
        return out

    def _run(self, store: Any, j: _Job, query: str, focus: Any = None) -> list[Result]:
        out = []
        try:
            rows: Any = store.query(query)
        except (SyntaxError, ValueError, OSError) as exc:
            raise SpecError("shapes", f"{j.shape}: compiled query failed: {exc}") from None
        names = [v.value for v in rows.variables]
        for row in rows:
            row_focus = _ox_str(focus) if focus is not None else _ox_str(row[0])
            value = None
            path = j.path
            if j.kind == "value":
                value = _ox_str(row[1])
            elif j.kind in ("sparql", "sparql_each"):
                # SHACL-SPARQL: sh:value is ?value when bound, else the focus node; ?path overrides.
                if "path" in names and row["path"] is not None:
                    path = _ox_str(row["path"])
                bound = "value" in names and row["value"] is not None
                value = _ox_str(row["value"]) if bound else row_focus
            out.append(
                Result(
                    focus=row_focus,
                    path=path,
                    source_shape=j.shape,
                    component=j.component,
                    severity=j.severity,
                    value=value,
                    source_constraint=j.source_constraint,
                    message=j.message,
                )
            )
        return out


_INTEGER_LEXICAL = re.compile(r"[+-]?[0-9]+")


def _simple_target(target: str) -> bool:
    """True for a target group that is one plain triple pattern (``{ ?this a <C> }``), no subquery."""
    return "SELECT" not in target and "UNION" not in target and "VALUES" not in target


def _integer_value(lexical: str) -> int | None:
    return int(lexical) if _INTEGER_LEXICAL.fullmatch(lexical) else None


def _well_typed_integer(term: Any, datatype: str) -> bool:
    """True when ``term`` is a literal of ``datatype`` (a derived integer type) whose lexical form is valid."""
    import pyoxigraph as ox

    if not isinstance(term, ox.Literal) or term.datatype is None or term.datatype.value != datatype:
        return False
    value = _integer_value(term.value)
    if value is None:
        return False
    low, high = _INTEGER_RANGES[datatype]
    return (low is None or value >= low) and (high is None or value <= high)


def _true(node: Any) -> bool:
    return node is not None and str(node).lower() == "true"


def _subgraph(g: Any, fallback: list[tuple[Any, list[Any]]]) -> Any:
    """The shapes graph restricted to the given node shapes and property shapes (with their CBDs)."""
    from rdflib import BNode, Graph, URIRef

    out = Graph()
    keep_prop = URIRef(SH + "property")

    def cbd(node: Any, skip_props: bool) -> None:
        for p, o in g.predicate_objects(node):
            if skip_props and p == keep_prop:
                continue
            out.add((node, p, o))
            if isinstance(o, BNode):
                cbd(o, False)

    for shape, props in fallback:
        cbd(shape, True)
        for p in props:
            out.add((shape, keep_prop, p))
            cbd(p, False)
    # Prefix declarations used by SPARQL constraints live outside the shapes.
    for s, p, o in g.triples((None, URIRef(SH + "declare"), None)):
        out.add((s, p, o))
        cbd(o, False)
    return out


def _fallback_data(data: DataGraph, shapes: Any) -> Any:
    """The data the fallback shapes can see: every IRI the shapes mention is kept as a predicate.

    Shapes with SPARQL may read any triple, so they get the whole graph.
    """
    from rdflib import URIRef

    if (None, URIRef(SH + "sparql"), None) in shapes or (None, URIRef(SH + "select"), None) in shapes:
        return data.rdflib()
    iris = {str(o) for o in shapes.objects() if isinstance(o, URIRef)}
    iris |= {str(p) for p in shapes.predicates()}
    return data.rdflib_subset(iris)
