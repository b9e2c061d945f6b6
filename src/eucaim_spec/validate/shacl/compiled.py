"""The compiled backend: SHACL Core and SHACL-SPARQL as SPARQL queries that pyoxigraph answers in Rust.

The common SHACL Core constraints (cardinalities, class, datatype, node kind, sh:in, pattern, ranges,
lengths, hasValue, sh:or of those) and SPARQL-based constraints become one query per constraint returning
only the offending nodes (``plan.Planner``, ``components``). Shapes using anything else are handed to the
pySHACL backend, so no constraint is silently skipped. A differential test (tests/test_shacl_backends.py)
keeps the two in agreement.
"""

from __future__ import annotations

import os
import re
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.namespaces import SH, XSD_INTEGER
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.jobs import Job, NeedsShapes
from eucaim_spec.validate.shacl.plan import Planner
from eucaim_spec.validate.shacl.pyshacl_backend import PyShaclBackend
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals, integer_value, well_typed_integer
from eucaim_spec.validate.shacl.results import FocusBatch, Result, ShaclBackend
from eucaim_spec.validate.shacl.shapes import ShapesGraph, subgraph
from eucaim_spec.validate.shacl.terms import ox_str, rdflib_str


class CompiledBackend:
    """SHACL over pyoxigraph: supported shapes become SPARQL; the rest run in pySHACL."""

    name = "compiled"

    def __init__(self, fallback: ShaclBackend | None = None, threads: int | None = None) -> None:
        self.fallback = fallback or PyShaclBackend()
        #: Node/property shapes handed to the fallback in the last run (for reporting and tests).
        self.fallback_shapes: list[str] = []
        #: Threads that evaluate independent constraints (pyoxigraph releases the GIL while it evaluates).
        self.threads = max(1, min(4, os.cpu_count() or 1)) if threads is None else max(1, threads)
        #: Progress handle (``eucaim_spec.validate.engine.Steps``): advanced once per compiled constraint.
        self.steps: Any = None

    def plan(self, shapes: ShapesGraph, data: DataGraph) -> tuple[list[Job], list[tuple[Any, list[Any]]]]:
        """SPARQL jobs for supported shapes and (node shape, property shapes) pairs left to pySHACL."""
        return Planner(shapes, data).plan()

    # -- running ----------------------------------------------------------------------------------

    def validate(self, data: DataGraph, shapes: ShapesGraph) -> list[Result]:
        jobs, fallback = self.plan(shapes, data)
        return self.run_jobs(data, jobs, fallback, shapes)

    def run_jobs(
        self,
        data: DataGraph,
        jobs: list[Job],
        fallback: list[tuple[Any, list[Any]]] | None = None,
        shapes: ShapesGraph | None = None,
        batches: list[FocusBatch] | None = None,
    ) -> list[Result]:
        """Every result of the planned ``jobs`` and of the ``fallback`` shapes (pySHACL on ``shapes``), sorted.

        Without ``shapes`` (jobs loaded from the compiled shapes plan) a job that must fall back raises
        ``NeedsShapes``. With ``batches``, the results of cardinality constraints are appended there as one
        ``FocusBatch`` per constraint instead of being returned (unless pySHACL runs too: its results may
        repeat theirs, so every result is then returned and de-duplicated).
        """
        fallback = list(fallback or [])
        steps = self.steps
        counts = [j for j in jobs if j.kind == "count"]
        if steps is not None:
            steps.grow(len(jobs) - len(counts) + 1 + bool(fallback))
        mine: list[FocusBatch] | None = [] if batches is not None else None
        out, unrun = self.run_pooled(data, jobs, counts, mine)
        for j in unrun:
            assert j.fallback is not None
            if shapes is None:
                raise NeedsShapes(j.shape)
            fallback.append(j.fallback)  # a blank node cannot be written into the query
        self.fallback_shapes = [rdflib_str(s) for s, _p in fallback]
        if mine and batches is not None:
            if fallback:
                out += [r for b in mine for r in b.results()]
            else:
                batches += mine
        if fallback:
            if shapes is None:
                raise NeedsShapes(self.fallback_shapes[0])
            sub = subgraph(shapes.graph, fallback)
            out += self.fallback.validate_rdflib(fallback_data(data, sub), sub)  # type: ignore[attr-defined]
            if steps is not None:
                steps(f"{len(fallback)} shape(s) in pySHACL")
        return sorted(set(out), key=Result.sort_key)

    def run_pooled(
        self, data: DataGraph, jobs: list[Job], counts: list[Job], batches: list[FocusBatch] | None = None
    ) -> tuple[list[Result], list[Job]]:
        """The count jobs (into ``batches`` when given), then every other job, on a few threads. Returns the
        results and the "sparql_each" jobs that could not run here (a blank focus node: pySHACL runs them)."""
        store, steps = data.store, self.steps
        # pyoxigraph evaluates a query without the GIL: independent constraints run on a few threads
        # (1.7x on 2 cores); results are sorted at the end, so the order of completion does not matter.
        pool = ThreadPoolExecutor(self.threads) if self.threads > 1 else None
        run_map: Any = pool.map if pool is not None else map
        unrun: list[Job] = []
        try:
            out: list[Result] = self.run_counts(store, counts, run_map, batches)
            if steps is not None:
                steps(f"{len(counts)} cardinality constraints")
            units = work_units(jobs)

            def run(unit: list[Job]) -> list[Result] | None:
                j = unit[0]
                if len(unit) > 1:
                    return self.run_value_group(store, unit)
                if j.kind == "sparql_each":
                    return self.run_each(store, j)
                if j.kind == "folded":
                    return self.run_folded(store, j, data.literals)
                return self.run(store, j, j.query)

            for unit, results in zip(units, run_map(run, units), strict=True):
                if results is None:
                    unrun += unit
                else:
                    out += results
                if steps is not None:
                    for j in unit:
                        steps(j.label())
        finally:
            if pool is not None:
                pool.shutdown(wait=True, cancel_futures=True)
        return out, unrun

    def run_value_group(self, store: Any, group: list[Job]) -> list[Result]:
        """The "value" jobs on one plain property (``work_units``) from one scan of its values: a row is a
        value violating at least one of the jobs' conditions, with which ones it violates and which of their
        target groups its focus node is in (evaluated for those rows only). Each job gets the rows its own
        query would return: the distinct (focus, value) pairs violating its condition, focus in its target."""
        conditions = list(dict.fromkeys(j.condition for j in group))
        targets = list(dict.fromkeys(j.target for j in group))
        columns = [f"({c} AS ?c{i})" for i, c in enumerate(conditions)]
        columns += [f"(EXISTS {t} AS ?t{i})" for i, t in enumerate(targets)]
        # An error in a condition leaves its column unbound (not a violation), as the job's own FILTER drops it.
        query = (
            f"SELECT DISTINCT ?this ?v {' '.join(columns)} WHERE {{ ?this <{group[0].path}> ?v . "
            f"FILTER ({' || '.join(f'({c})' for c in conditions)}) }}"
        )
        checks = [(j, f"c{conditions.index(j.condition)}", f"t{targets.index(j.target)}") for j in group]
        out = []
        for row in self.query(store, group[0], query):
            focus = value = None
            for j, cond, target in checks:
                if _true(row[cond]) and _true(row[target]):
                    if focus is None:
                        focus, value = ox_str(row[0]), ox_str(row[1])
                    out.append(Result(focus, j.path, j.shape, j.component, j.severity, value, j.source_constraint,
                                      j.message))
        return out

    def run_each(self, store: Any, j: Job) -> list[Result] | None:
        """A "sparql_each" job ($this inside nested groups): one query per focus node, with the IRI written
        in. None when a focus node is a blank node (and the job has a fallback): pySHACL must run it."""
        import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

        foci = [r[0] for r in store.query(j.target_query or "")]
        if any(not isinstance(f, ox.NamedNode) for f in foci) and j.fallback is not None:
            return None
        m = re.search(r"\bWHERE\b", j.query, re.IGNORECASE) or re.search(r"\{", j.query)
        cut = m.start() if m else 0
        out: list[Result] = []
        for f in foci:
            iri = f"<{f.value}>"
            head = j.query[:cut].replace("$this", f"({iri} AS ?this)")
            out += self.run(store, j, head + j.query[cut:].replace("$this", iri), focus=f)
        return out

    def run_counts(
        self, store: Any, jobs: list[Job], run_map: Any = map, batches: list[FocusBatch] | None = None
    ) -> list[Result]:
        """sh:minCount / sh:maxCount on plain properties, from per-property sets shared by every count job
        on that property (distinct objects, as COUNT(DISTINCT) sees them) and each target's focus nodes
        read once: a few queries instead of one per constraint (run through ``run_map``). With ``batches``
        each violated constraint is appended there as one batch and nothing is returned."""

        def having_key(j: Job) -> tuple[str, str]:
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
        # each target's focus nodes with their result strings, converted once for all its constraints
        foci = {k: [(f, ox_str(f)) for f in dict.fromkeys(v)] for k, v in read.items() if isinstance(k, str)}
        having = {k: set(v) for k, v in read.items() if isinstance(k, tuple)}
        out: list[Result] = []
        for j in jobs:
            assert j.target is not None and j.bound is not None and j.path is not None
            subjects, pairs = having[having_key(j)], foci[j.target]
            # a property no node has (most optional ones): every focus node lacks it, none has too many
            if j.bound[0] == "min":
                bad = [s for f, s in pairs if f not in subjects] if subjects else [s for _f, s in pairs]
            else:
                bad = [s for f, s in pairs if f in subjects] if subjects else []
            if not bad:
                continue
            batch = FocusBatch(Result("", j.path, j.shape, j.component, j.severity, None, None, j.message), bad)
            if batches is not None:
                batches.append(batch)
            else:
                out += batch.results()
        return out

    def run_folded(self, store: Any, j: Job, literals: IntegerLiterals | None) -> list[Result]:
        """sh:datatype of a derived integer type: each value as written must have it, well formed.

        The store holds "5"^^xsd:integer for "5"^^xsd:nonNegativeInteger and "+5"^^xsd:integer alike (one
        triple for both), so a stored integer stands for every recorded literal of that focus and property
        with its value; each of them is checked.
        """
        import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

        assert literals is not None and j.datatype is not None and j.path is not None
        datatype, prop, out = j.datatype, j.path, []
        for row in store.query(j.query):
            focus, v = row[0], row[1]
            written = [v]
            if isinstance(v, ox.Literal) and v.datatype.value == XSD_INTEGER:
                value = int(v.value)
                same = [o for o in literals.originals(focus, prop) if integer_value(o.value) == value]
                written = same or written
            for o in written:
                if not well_typed_integer(o, datatype):
                    out.append(
                        Result(
                            focus=ox_str(focus),
                            path=prop,
                            source_shape=j.shape,
                            component=j.component,
                            severity=j.severity,
                            value=ox_str(o),
                            message=j.message,
                        )
                    )
        return out

    @staticmethod
    def query(store: Any, j: Job, query: str) -> Any:
        """The solutions of ``query``, run for job ``j`` (a query the store refuses is a spec error)."""
        try:
            return store.query(query)
        except (SyntaxError, ValueError, OSError) as exc:
            raise SpecError("shapes", f"{j.shape}: compiled query failed: {exc}") from None

    def run(self, store: Any, j: Job, query: str, focus: Any = None) -> list[Result]:
        """The results of ``query`` (the job's query, or its per-focus form), read as the job's kind says."""
        out = []
        rows = self.query(store, j, query)
        names = [v.value for v in rows.variables]
        for row in rows:
            row_focus = ox_str(focus) if focus is not None else ox_str(row[0])
            value = None
            path = j.path
            if j.kind == "value":
                value = ox_str(row[1])
            elif j.kind in ("sparql", "sparql_each"):
                # SHACL-SPARQL: sh:value is ?value when bound, else the focus node; ?path overrides.
                if "path" in names and row["path"] is not None:
                    path = ox_str(row["path"])
                bound = "value" in names and row["value"] is not None
                value = ox_str(row["value"]) if bound else row_focus
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


def work_units(jobs: list[Job]) -> list[list[Job]]:
    """Every job but the count ones as units of work: the "value" jobs with a condition on one plain property
    together (one scan of its values serves them all), every other job alone."""
    groups: dict[str | None, list[Job]] = {}
    units: list[list[Job]] = []
    for j in jobs:
        if j.kind == "count":
            continue
        if j.kind == "value" and j.condition is not None and j.target is not None:
            if j.path not in groups:
                groups[j.path] = []
                units.append(groups[j.path])
            groups[j.path].append(j)
        else:
            units.append([j])
    return units


def _true(term: Any) -> bool:
    """True for the boolean literal true (a condition column of ``CompiledBackend.run_value_group``)."""
    return term is not None and term.value == "true"


def fallback_data(data: DataGraph, shapes: Any) -> Any:
    """The data the fallback shapes can see: every IRI the shapes mention is kept as a predicate.

    Shapes with SPARQL may read any triple, so they get the whole graph.
    """
    from rdflib import URIRef  # deferred: rdflib is a heavy import chain

    if (None, URIRef(SH + "sparql"), None) in shapes or (None, URIRef(SH + "select"), None) in shapes:
        return data.rdflib()
    iris = {str(o) for o in shapes.objects() if isinstance(o, URIRef)}
    iris |= {str(p) for p in shapes.predicates()}
    return data.rdflib_subset(iris)
