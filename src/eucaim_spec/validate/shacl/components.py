"""SHACL constraint components compiled to SPARQL, one compiler per component (as pySHACL has one class each).

``shape_jobs`` turns one node or property shape into ``Job``s: cardinalities, sh:hasValue, derived integer
datatypes ("folded"), the value-type components (``ValueConditions``: sh:class, sh:datatype, sh:nodeKind,
sh:in, sh:pattern, ranges, lengths, sh:or of those) and SHACL-SPARQL constraints. Each compiler raises
``Unsupported`` for what it does not translate; the planner then hands the shape to pySHACL.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from eucaim_spec.namespaces import RDF_FIRST, RDF_LANG_STRING, RDF_TYPE, RDFS_SUBCLASS_OF, SH, XSD
from eucaim_spec.validate.shacl.jobs import Job, Unsupported, sparql_term
from eucaim_spec.validate.shacl.rdf_input import DERIVED_INTEGER_RANGES
from eucaim_spec.validate.shacl.shapes import is_true
from eucaim_spec.validate.shacl.terms import rdflib_str

#: Properties of a shape that do not constrain anything.
NON_VALIDATING = {
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
#: The constraint parameters the compiler translates (local names in sh:).
SUPPORTED = {
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
#: The derived integer types. The pyoxigraph store (0.5) folds them all into xsd:integer; sh:datatype of one
#: of them is checked against the literals as written (a "folded" job) when the parse recorded them, else the
#: shape goes to pySHACL, which reads the files.
FOLDED = frozenset(DERIVED_INTEGER_RANGES)
#: XSD datatypes whose lexical form a SPARQL cast checks (SHACL: ill-formed literals fail sh:datatype).
CASTABLE = {XSD + t for t in ("integer", "decimal", "double", "float", "boolean", "date", "dateTime", "int", "long")}
_NODE_KINDS = {
    "IRI": "isIRI(?v)",
    "Literal": "isLiteral(?v)",
    "BlankNode": "isBlank(?v)",
    "BlankNodeOrIRI": "(isBlank(?v) || isIRI(?v))",
    "BlankNodeOrLiteral": "(isBlank(?v) || isLiteral(?v))",
    "IRIOrLiteral": "(isIRI(?v) || isLiteral(?v))",
}
_RANGES = (("minInclusive", ">="), ("maxInclusive", "<="), ("minExclusive", ">"), ("maxExclusive", "<"))
_LENGTHS = (("minLength", ">="), ("maxLength", "<="))
_PATH_OPERATORS = (("inversePath", "^"), ("zeroOrMorePath", "*"), ("oneOrMorePath", "+"), ("zeroOrOnePath", "?"))

#: A class IRI -> it and its subclasses in the data (None when a blank node is among them).
ClassLookup = Callable[[str], list[str] | None]


def _sh(name: str) -> Any:
    from rdflib import URIRef  # deferred: rdflib is a heavy import chain

    return URIRef(SH + name)


def _component(parameter: str) -> str:
    """``minInclusive`` -> ``MinInclusiveConstraintComponent``."""
    return parameter[0].upper() + parameter[1:] + "ConstraintComponent"


def simple_target(target: str) -> bool:
    """True for a target group that is one plain triple pattern (``{ ?this a <C> }``), no subquery."""
    return "SELECT" not in target and "UNION" not in target and "VALUES" not in target


def compile_path(g: Any, node: Any) -> str:
    """The SPARQL property path of the SHACL path ``node``."""
    from rdflib import BNode, URIRef  # deferred: rdflib is a heavy import chain
    from rdflib.collection import Collection

    if isinstance(node, URIRef):
        return f"<{node}>"
    if not isinstance(node, BNode):
        raise Unsupported("path")
    if g.value(node, URIRef(RDF_FIRST)) is not None:
        return "(" + "/".join(compile_path(g, m) for m in Collection(g, node)) + ")"
    alt = g.value(node, _sh("alternativePath"))
    if alt is not None:
        return "(" + "|".join(compile_path(g, m) for m in Collection(g, alt)) + ")"
    for pred, op in _PATH_OPERATORS:
        inner = g.value(node, _sh(pred))
        if inner is not None:
            return f"^({compile_path(g, inner)})" if op == "^" else f"({compile_path(g, inner)}){op}"
    raise Unsupported("path")


# --------------------------------------------------------------------------------------------------
# value-type components: a condition on the value node ?v


class ValueConditions:
    """The value-type components of a shape as SPARQL conditions on the value node ``?v``."""

    def __init__(self, g: Any, classes: ClassLookup) -> None:
        self.g = g
        self.classes = classes

    def violations(self, shape: Any, skip_folded: bool = False) -> list[tuple[str, str]]:
        """(component, SPARQL condition true when ?v violates it) for each value-type constraint."""
        out = [(comp, f"!COALESCE({ok}, false)") for comp, ok in self.ok(shape, skip_folded)]
        or_list = self.g.value(shape, _sh("or"))
        if or_list is not None:
            out.append(("OrConstraintComponent", self.or_violation(or_list)))
        return out

    def ok(self, shape: Any, skip_folded: bool = False) -> Iterator[tuple[str, str]]:
        """(component, SPARQL condition true when ?v conforms; unbound when it cannot be evaluated)."""
        yield from self.class_ok(shape)
        yield from self.datatype_ok(shape, skip_folded)
        yield from self.node_kind_ok(shape)
        yield from self.in_ok(shape)
        yield from self.pattern_ok(shape)
        yield from self.range_ok(shape)
        yield from self.length_ok(shape)

    def class_ok(self, shape: Any) -> Iterator[tuple[str, str]]:
        for cls in self.g.objects(shape, _sh("class")):
            # Each value must be an instance of the class or of a subclass (in the data graph). With the
            # subclasses known (no blank-node class below it), a type lookup: ~20x faster than the path.
            classes = self.classes(str(cls))
            if classes is None:
                cond = f"EXISTS {{ ?v <{RDF_TYPE}>/<{RDFS_SUBCLASS_OF}>* <{cls}> }}"
            elif len(classes) == 1:
                cond = f"EXISTS {{ ?v <{RDF_TYPE}> <{cls}> }}"
            else:
                cond = f"EXISTS {{ ?v <{RDF_TYPE}> ?_vt FILTER (?_vt IN ({', '.join(f'<{c}>' for c in classes)})) }}"
            yield ("ClassConstraintComponent", cond)

    def datatype_ok(self, shape: Any, skip_folded: bool) -> Iterator[tuple[str, str]]:
        for dt in self.g.objects(shape, _sh("datatype")):
            d = str(dt)
            if d in FOLDED and skip_folded:
                continue  # checked by a "folded" job
            if d in FOLDED:
                raise Unsupported(f"sh:datatype {d}: the pyoxigraph store folds it into xsd:integer")
            if d == RDF_LANG_STRING:
                cond = '(isLiteral(?v) && lang(?v) != "")'
            else:
                cond = f"(isLiteral(?v) && sameTerm(datatype(?v), <{d}>))"
                if d in CASTABLE:
                    # An ill-formed lexical form (e.g. "abc"^^xsd:integer) does not conform: the cast fails.
                    cond = f"({cond} && <{d}>(str(?v)) = <{d}>(str(?v)))"
            yield ("DatatypeConstraintComponent", cond)

    def node_kind_ok(self, shape: Any) -> Iterator[tuple[str, str]]:
        for nk in self.g.objects(shape, _sh("nodeKind")):
            yield ("NodeKindConstraintComponent", _NODE_KINDS[str(nk).rsplit("#", 1)[-1]])

    def in_ok(self, shape: Any) -> Iterator[tuple[str, str]]:
        from rdflib.collection import Collection  # deferred: rdflib is a heavy import chain

        for lst in self.g.objects(shape, _sh("in")):
            members = [sparql_term(m) for m in Collection(self.g, lst)]
            if not members:
                yield ("InConstraintComponent", "false")
            elif all(m.startswith("<") for m in members):
                yield ("InConstraintComponent", f"?v IN ({', '.join(members)})")
            else:
                yield (
                    "InConstraintComponent",
                    "(" + " || ".join(f"sameTerm(?v, {m})" for m in members) + ")",
                )

    def pattern_ok(self, shape: Any) -> Iterator[tuple[str, str]]:
        for pat in self.g.objects(shape, _sh("pattern")):
            flags = self.g.value(shape, _sh("flags"))
            fl = f', "{flags}"' if flags is not None else ""
            yield ("PatternConstraintComponent", f"(!isBlank(?v) && REGEX(STR(?v), {sparql_term(pat)}{fl}))")

    def range_ok(self, shape: Any) -> Iterator[tuple[str, str]]:
        for name, op in _RANGES:
            for bound in self.g.objects(shape, _sh(name)):
                yield (_component(name), f"(isLiteral(?v) && ?v {op} {sparql_term(bound)})")

    def length_ok(self, shape: Any) -> Iterator[tuple[str, str]]:
        for name, op in _LENGTHS:
            for bound in self.g.objects(shape, _sh(name)):
                yield (_component(name), f"(!isBlank(?v) && STRLEN(STR(?v)) {op} {int(bound)})")

    def or_violation(self, or_list: Any) -> str:
        """sh:or of value-type members (or count-only property shapes): true when no member holds."""
        from rdflib.collection import Collection  # deferred: rdflib is a heavy import chain

        g = self.g
        alternatives = []
        for i, member in enumerate(Collection(g, or_list)):
            preds = {str(p) for p in g.predicates(member, None)} - {RDF_TYPE}
            if SH + "path" in preds:
                alternatives.append(self.count_alternative(member, preds, f"?_or{i}"))
                continue
            if any(
                p[len(SH) :] in ("minCount", "maxCount", "hasValue", "sparql", "or") or not p.startswith(SH)
                for p in preds
            ):
                raise Unsupported("sh:or member beyond value constraints")
            conds = [ok for _c, ok in self.ok(member)]
            if len(conds) != len(preds - {SH + "flags"}):
                raise Unsupported("sh:or member")
            alternatives.append("(" + " && ".join(f"COALESCE({c}, false)" for c in conds) + ")")
        return "!(" + " || ".join(alternatives) + ")"

    def count_alternative(self, member: Any, preds: set[str], var: str) -> str:
        """An sh:or member that is a property shape with only sh:minCount 0/1 / sh:maxCount 0/1: a condition
        on the value node ?v (e.g. ``[ sh:path vcard:hasEmail ; sh:minCount 1 ]``)."""
        g = self.g
        if preds - {SH + "path", SH + "minCount", SH + "maxCount", SH + "name", SH + "description"}:
            raise Unsupported("sh:or member: a property shape beyond counts")
        path = compile_path(g, g.value(member, _sh("path")))
        conds = ["true"]
        min_count = g.value(member, _sh("minCount"))
        max_count = g.value(member, _sh("maxCount"))
        if min_count is not None and int(min_count) > 0:
            if int(min_count) != 1:
                raise Unsupported("sh:or member: sh:minCount above 1")
            conds.append(f"EXISTS {{ ?v {path} {var} }}")
        if max_count is not None:
            if int(max_count) == 0:
                conds.append(f"NOT EXISTS {{ ?v {path} {var} }}")
            elif int(max_count) == 1:
                conds.append(f"NOT EXISTS {{ ?v {path} {var} . ?v {path} {var}b FILTER (!sameTerm({var}, {var}b)) }}")
            else:
                raise Unsupported("sh:or member: sh:maxCount above 1")
        return "(" + " && ".join(conds) + ")"


# --------------------------------------------------------------------------------------------------
# one shape -> jobs


@dataclass
class ShapeJobs:
    """The shape being compiled, what each of its jobs shares, and the jobs made so far."""

    g: Any
    shape: Any
    target: str
    parent: Any
    #: The SPARQL path of a property shape (None for a node shape) and the path as results show it.
    path_sparql: str | None
    path_str: str | None
    #: True when sh:path is a plain IRI (one property: counts and folded datatypes key on it).
    plain_path: bool
    severity: str
    message: str | None
    shape_id: str
    jobs: list[Job] = field(default_factory=list)

    def param(self, name: str) -> Any:
        """The (first) value of the parameter sh:``name`` of the shape."""
        return self.g.value(self.shape, _sh(name))

    def params(self, name: str) -> Iterator[Any]:
        return self.g.objects(self.shape, _sh(name))

    @property
    def values(self) -> str:
        """A SPARQL pattern binding the value nodes ``?v`` of ``?this``."""
        return f"?this {self.path_sparql} ?v ." if self.path_sparql else "BIND(?this AS ?v)"

    def job(self, component: str, kind: str, query: str, source_constraint: str | None = None) -> Job:
        j = Job(
            query=query,
            shape=self.shape_id,
            path=self.path_str,
            component=SH + component,
            severity=self.severity,
            kind=kind,
            message=self.message,
            source_constraint=source_constraint,
        )
        self.jobs.append(j)
        return j


def shape_jobs(
    g: Any,
    shape: Any,
    target: str,
    *,
    shape_is_property: bool,
    parent: Any = None,
    classes: ClassLookup,
    literals_known: bool,
) -> list[Job]:
    """Every job of ``shape`` on the focus nodes ``target`` binds; ``Unsupported`` if any part is not compiled.

    ``classes`` looks up a class and its subclasses in the data; ``literals_known`` says integer literals
    were recorded as written (derived integer datatypes can then be checked here).
    """
    from rdflib import URIRef  # deferred: rdflib is a heavy import chain

    for p in {str(p) for p in g.predicates(shape, None)}:
        if p.startswith(SH) and p not in NON_VALIDATING and p[len(SH) :] not in SUPPORTED:
            raise Unsupported(p)
    path_node = g.value(shape, _sh("path"))
    if shape_is_property:
        path_sparql: str | None = compile_path(g, path_node)
        path_str: str | None = str(path_node) if isinstance(path_node, URIRef) else "complex"
    else:
        path_sparql, path_str = None, None
    msg_node = g.value(shape, _sh("message"))
    s = ShapeJobs(
        g=g,
        shape=shape,
        target=target,
        parent=parent,
        path_sparql=path_sparql,
        path_str=path_str,
        plain_path=isinstance(path_node, URIRef),
        severity=str(g.value(shape, _sh("severity")) or SH + "Violation").rsplit("#", 1)[-1],
        message=str(msg_node) if msg_node is not None else None,
        shape_id=rdflib_str(shape),
    )
    count_jobs(s)
    has_value_jobs(s)
    folded = folded_datatype_jobs(s, literals_known)
    value_jobs(s, ValueConditions(g, classes), skip_folded=bool(folded))
    sparql_jobs(s)
    return s.jobs


def count_jobs(s: ShapeJobs) -> None:
    """sh:minCount / sh:maxCount."""
    min_count, max_count = s.param("minCount"), s.param("maxCount")
    if s.plain_path:
        # Counts on a plain property are answered from one read of the property's triples, shared by
        # every count job on it (see ``CompiledBackend.run_counts``): the SPARQL form below costs a query each.
        for comp, kind, bound in (("MinCount", "min", min_count), ("MaxCount", "max", max_count)):
            if bound is not None and (kind == "max" or int(bound) > 0):
                j = s.job(f"{comp}ConstraintComponent", "count", "")
                j.target, j.bound = s.target, (kind, int(bound))
        return
    target, path = s.target, s.path_sparql
    if not path:
        return
    if min_count is not None:
        n = int(min_count)
        if n == 1:
            s.job(
                "MinCountConstraintComponent",
                "focus",
                f"SELECT DISTINCT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?v }} }}",
            )
        elif n > 1:
            s.job(
                "MinCountConstraintComponent",
                "focus",
                f"SELECT ?this WHERE {{ {target} OPTIONAL {{ ?this {path} ?v }} }} "
                f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {n})",
            )
    if max_count is not None:
        s.job(
            "MaxCountConstraintComponent",
            "focus",
            f"SELECT ?this WHERE {{ {target} ?this {path} ?v }} "
            f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {int(max_count)})",
        )


def has_value_jobs(s: ShapeJobs) -> None:
    """sh:hasValue."""
    has_value = s.param("hasValue")
    if has_value is None:
        return
    hv = sparql_term(has_value)
    if s.path_sparql:
        s.job(
            "HasValueConstraintComponent",
            "focus",
            f"SELECT DISTINCT ?this WHERE {{ {s.target} FILTER NOT EXISTS {{ ?this {s.path_sparql} {hv} }} }}",
        )
    else:
        s.job(
            "HasValueConstraintComponent",
            "focus",
            f"SELECT DISTINCT ?this WHERE {{ {s.target} FILTER (!sameTerm(?this, {hv})) }}",
        )


def folded_datatype_jobs(s: ShapeJobs, literals_known: bool) -> list[str]:
    """sh:datatype of a derived integer type; returns those datatypes (the other components skip them)."""
    folded = [str(d) for d in s.params("datatype") if str(d) in FOLDED]
    if folded:
        # The store lost the written datatype: read the values, check them against the literals as
        # written (IntegerLiterals). Only for a plain property path, where (focus, property) keys them.
        if not (literals_known and s.plain_path):
            raise Unsupported(f"sh:datatype {folded[0]}: the pyoxigraph store folds it into xsd:integer")
        for d in folded:
            s.job("DatatypeConstraintComponent", "folded", f"SELECT ?this ?v WHERE {{ {s.target} {s.values} }}")
            s.jobs[-1].datatype = d
    return folded


def value_jobs(s: ShapeJobs, conditions: ValueConditions, skip_folded: bool) -> None:
    """The value-type components: one query per constraint returning the offending (focus, value) pairs."""
    for comp, cond in conditions.violations(s.shape, skip_folded=skip_folded):
        if s.path_sparql and simple_target(s.target):
            # Values first, the target as a filter: a property absent from the data costs nothing
            # (the target-first join probes every focus node). Only for a plain target pattern, which
            # EXISTS evaluates with ?this bound exactly as the join would.
            query = f"SELECT DISTINCT ?this ?v WHERE {{ {s.values} FILTER ({cond}) FILTER EXISTS {s.target} }}"
            j = s.job(comp, "value", query)
            if s.plain_path:
                j.target, j.condition = s.target, cond  # groupable with the property's other value jobs
        else:
            query = f"SELECT DISTINCT ?this ?v WHERE {{ {s.target} {s.values} FILTER ({cond}) }}"
            s.job(comp, "value", query)


def sparql_jobs(s: ShapeJobs) -> None:
    """SHACL-SPARQL constraints (sh:sparql with sh:select)."""
    for sq in s.params("sparql"):
        if is_true(s.g.value(sq, _sh("deactivated"))):
            continue
        query, each = sparql_constraint(s.g, sq, s.target, s.path_sparql)
        j = s.job(
            "SPARQLConstraintComponent",
            "sparql_each" if each else "sparql",
            query,
            source_constraint=rdflib_str(sq),
        )
        if each:
            j.target_query = f"SELECT DISTINCT ?this WHERE {{ {s.target} }}"
        j.fallback = (s.parent, [s.shape]) if s.parent is not None else (s.shape, [])
        # The severity is the shape's (SHACL 2.1.5); an sh:severity inside sh:sparql is ignored, as
        # pySHACL does. The constraint's own sh:message is used.
        m = s.g.value(sq, _sh("message"))
        if m is not None:
            j.message = str(m)


def sparql_constraint(g: Any, sq: Any, target: str, path_sparql: str | None) -> tuple[str, bool]:
    """The query, and True when it must run once per focus node with $this substituted."""
    select = g.value(sq, _sh("select"))
    if select is None:
        raise Unsupported("sh:sparql without sh:select")
    prefixes = []
    for pnode in g.objects(sq, _sh("prefixes")):
        for decl in g.objects(pnode, _sh("declare")):
            prefixes.append(f"PREFIX {g.value(decl, _sh('prefix'))}: <{g.value(decl, _sh('namespace'))}>")
    text = str(select)
    if "$currentShape" in text or "$shapesGraph" in text:
        raise Unsupported("$currentShape / $shapesGraph")
    if path_sparql:
        text = text.replace("$PATH", path_sparql)
    text = text.replace("$this", "?this")
    m = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE) or re.search(r"\{", text)
    if m is None or len(re.findall(r"\bSELECT\b", text, re.IGNORECASE)) != 1:
        raise Unsupported("nested SELECT in sh:sparql")
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
