"""The compiled shapes plan: what a set of shape files compiles to, saved so a check need not parse shapes.

``ShapeIndex`` is the rule metadata of the shapes (rule id, message, hint, severity, tier per shape node,
resolved up the shape tree). ``PlannedShapes`` adds the compiled backend's SPARQL jobs, planned on a
known data graph (an empty one, with and without the background facts): the planner's only questions to
the data are the subclasses of a few classes, so a plan holds for any data that answers them the same way
(``PlannedShapes.jobs_for`` asks them again). ``eucaim generate`` writes the plan of every profile to
``artifacts/plan/shacl.json`` (``render_plans``); a check loads it (``planned_shapes``) when the shape
files' digests match, and otherwise parses and plans the shapes as before.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec.namespaces import EUCAIM_HINT, EUCAIM_RULE_ID, EUCAIM_TIER, SH
from eucaim_spec.paths import ARTIFACTS_DIR
from eucaim_spec.report.model import Severity
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.jobs import Job, NeedsShapes
from eucaim_spec.validate.shacl.plan import Planner, blank_subclass_in, subclasses_in
from eucaim_spec.validate.shacl.results import Result
from eucaim_spec.validate.shacl.shapes import ShapesGraph
from eucaim_spec.validate.shacl.terms import rdflib_str

#: The packaged plan of the profiles of validators/dcat_ap.yaml.
ARTIFACT = ARTIFACTS_DIR / "plan" / "shacl.json"
#: Bumped whenever the artifact's layout or the planner's output changes (an old artifact is then ignored).
VERSION = 1

SEVERITY_NAMES = {"Violation": Severity.violation, "Warning": Severity.warning, "Info": Severity.info}


class ShapeIndex:
    """Rule metadata of every shape: rule id, message, hint, severity, tier, resolved up the shape tree."""

    def __init__(self, shapes: ShapesGraph | None = None) -> None:
        self.rule_of: dict[str, str] = {}
        self.rules: dict[str, Rule] = {}
        self.parents: dict[str, list[str]] = defaultdict(list)
        if shapes is not None:
            self._read(shapes)

    def _read(self, shapes: ShapesGraph) -> None:
        from rdflib import URIRef  # deferred: rdflib is a heavy import chain

        g = shapes.graph
        for parent, child in g.subject_objects(URIRef(SH + "property")):
            self.parents[rdflib_str(child)].append(rdflib_str(parent))
        for parent, child in g.subject_objects(URIRef(SH + "sparql")):
            self.parents[rdflib_str(child)].append(rdflib_str(parent))
        for node, rid in sorted(g.subject_objects(URIRef(EUCAIM_RULE_ID)), key=lambda t: (str(t[0]), str(t[1]))):
            key = rdflib_str(node)
            self.rule_of[key] = str(rid)
            if str(rid) in self.rules:
                continue
            sev = g.value(node, URIRef(SH + "severity"))
            if sev is None:
                # An sh:sparql node carrying the rule id: the severity is its shape's.
                for shape in g.subjects(URIRef(SH + "sparql"), node):
                    sev = g.value(shape, URIRef(SH + "severity")) or sev
            msg = g.value(node, URIRef(SH + "message")) or g.value(node, URIRef(SH + "name")) or str(rid)
            hint = g.value(node, URIRef(EUCAIM_HINT))
            tier = g.value(node, URIRef(EUCAIM_TIER))
            self.rules[str(rid)] = Rule(
                id=str(rid),
                title=" ".join(str(msg).split()),
                standard="dcat_ap",
                tier=int(str(tier)) if tier is not None else 1,
                severity=SEVERITY_NAMES[str(sev or SH + "Violation").rsplit("#", 1)[-1]],
                engine="shacl",
                hint=" ".join(str(hint).split()) if hint is not None else "",
            )

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_of": self.rule_of,
            "parents": {k: v for k, v in self.parents.items()},
            "rules": [r.to_dict() for r in self.rules.values()],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ShapeIndex:
        index = cls()
        index.rule_of = dict(data["rule_of"])
        index.parents.update({k: list(v) for k, v in data["parents"].items()})
        index.rules = {r["id"]: Rule.from_dict(r) for r in data["rules"]}
        return index

    def rule_for(self, r: Result) -> str | None:
        for start in (r.source_constraint, r.source_shape):
            if start is None:
                continue
            todo, seen = [start], set()
            while todo:
                node = todo.pop(0)
                if node in self.rule_of:
                    return self.rule_of[node]
                seen.add(node)
                todo += [p for p in self.parents.get(node, ()) if p not in seen]
        return None


# -- the planner's questions to the data ----------------------------------------------------------------


class RecordingPlanner(Planner):
    """A planner that records every answer the data gave it (the subclasses of a class, a blank subclass)."""

    def __init__(self, shapes: ShapesGraph, data: DataGraph) -> None:
        super().__init__(shapes, data)
        self.answers: dict[str, Any] = {}

    def subclasses(self, cls: str) -> list[str]:
        out = super().subclasses(cls)
        self.answers["sub " + cls] = out
        return out

    def data_classes(self, cls: str) -> list[str] | None:
        blank = blank_subclass_in(self.data, cls)
        self.answers["blank " + cls] = blank
        return None if blank else self.subclasses(cls)


def answer(data: DataGraph, question: str) -> Any:
    """The data's answer to a recorded planner question (``sub <class>`` or ``blank <class>``)."""
    kind, cls = question.split(" ", 1)
    return subclasses_in(data, cls) if kind == "sub" else blank_subclass_in(data, cls)


def job_to_dict(j: Job) -> dict[str, Any]:
    d = {f.name: getattr(j, f.name) for f in dataclasses.fields(j)}
    if d["fallback"] is not None:
        d["fallback"] = True  # rdflib shape nodes: a plan loaded from the artifact cannot hand them to pySHACL
    return d


def job_from_dict(d: dict[str, Any]) -> Job:
    j = Job(**{k: v for k, v in d.items() if k != "fallback"})
    if j.bound is not None:
        j.bound = (str(j.bound[0]), int(j.bound[1]))
    if d.get("fallback"):
        j.fallback = (None, [])  # marks "needs the shapes graph" (see ``NeedsShapes``)
    return j


@dataclass
class PlanVariant:
    """The jobs planned on data that answered ``answers`` (question -> answer)."""

    literals_known: bool
    answers: dict[str, Any]
    jobs: list[dict[str, Any]]


@dataclass
class PlannedShapes:
    """The plan of one set of shape files: their digests, rule index and the jobs of each planned variant."""

    files: list[list[str]]
    index: ShapeIndex
    variants: list[PlanVariant]

    def jobs_for(self, data: DataGraph) -> list[Job] | None:
        """The jobs for ``data`` when a variant was planned on data answering alike; else None."""
        known = data.literals is not None
        for v in self.variants:
            if v.literals_known == known and all(answer(data, q) == a for q, a in v.answers.items()):
                return [job_from_dict(d) for d in v.jobs]
        return None


def file_digests(files: Iterable[Path]) -> list[list[str]]:
    """[name, sha256 of the text] per shape file, as the plan is keyed (names as the shapes graph uses)."""
    return [[f.name, hashlib.sha256(f.read_text(encoding="utf-8").encode()).hexdigest()] for f in files]


def plan_shapes(shapes: ShapesGraph, files: list[Path], stores: Iterable[DataGraph]) -> PlannedShapes:
    """The plan of ``shapes`` (read from ``files``) on each data graph of ``stores``; variants whose shapes
    do not all compile are left out (such data is planned at check time)."""
    shapes = canonical(shapes)
    variants: list[PlanVariant] = []
    for data in stores:
        planner = RecordingPlanner(shapes, data)
        jobs, fallback = planner.plan()
        if fallback:
            continue
        answers = dict(sorted(planner.answers.items()))
        if any(v.answers == answers and v.literals_known == (data.literals is not None) for v in variants):
            continue
        variants.append(PlanVariant(data.literals is not None, answers, [job_to_dict(j) for j in jobs]))
    return PlannedShapes(file_digests(files), ShapeIndex(shapes), variants)


def canonical(shapes: ShapesGraph) -> ShapesGraph:
    """``shapes`` with blank nodes labelled from their content and place (the same labels on every run).

    A blank node's label digests its own triples (blank objects by their content, recursively) and the
    (subject, predicate) pairs that point at it, subjects first labelled; blank nodes alike in both get
    numbered in turn (they are interchangeable).
    """
    from rdflib import BNode, Graph  # deferred: rdflib is a heavy import chain

    g = shapes.graph
    content: dict[Any, str] = {}

    def digest(node: Any) -> str:
        # iterative post-order: RDF lists (sh:in of hundreds of codes) are blank-node chains deeper than
        # Python's recursion limit; a blank node met again on its own path digests as "_:cycle"
        if not isinstance(node, BNode):
            return node.n3()
        on_path: set[Any] = set()
        work: list[tuple[Any, bool]] = [(node, False)]
        while work:
            current, children_done = work.pop()
            if current in content:
                continue
            if children_done:
                on_path.discard(current)
                parts = sorted(p.n3() + " " + (content.get(o, "_:cycle") if isinstance(o, BNode) else o.n3())
                               for p, o in g.predicate_objects(current))
                content[current] = hashlib.sha256("\n".join(parts).encode()).hexdigest()
                continue
            on_path.add(current)
            work.append((current, True))
            work += [(o, False) for _p, o in g.predicate_objects(current)
                     if isinstance(o, BNode) and o not in content and o not in on_path]
        return content[node]

    blanks = sorted({t for t in g.all_nodes() if isinstance(t, BNode)}, key=digest)
    label: dict[Any, str] = {}
    used: dict[str, int] = defaultdict(int)

    def name(node: Any) -> str | None:
        if not isinstance(node, BNode):
            return node.n3()
        return label.get(node)

    todo = list(blanks)
    while todo:
        ready: list[tuple[Any, list[str]]] = []
        for b in todo:
            pointers = [(name(s), p.n3()) for s, p in g.subject_predicates(b)]
            if all(n is not None for n, _p in pointers):
                ready.append((b, sorted(f"{n} {p}" for n, p in pointers)))
        if not ready:  # a cycle of blank nodes: label them by content alone
            ready = [(b, []) for b in todo]
        for b, incoming in sorted(ready, key=lambda t: (t[1], digest(t[0]))):
            base = hashlib.sha256(("\n".join(incoming) + "|" + digest(b)).encode()).hexdigest()[:32]
            label[b] = f"b{base}n{used[base]}"
            used[base] += 1
        done = {b for b, _i in ready}
        todo = [b for b in todo if b not in done]
    out = Graph()
    relabel: dict[Any, Any] = {b: BNode(label[b]) for b in blanks}
    for s_, p_, o_ in g:
        out.add((relabel.get(s_, s_), p_, relabel.get(o_, o_)))
    return ShapesGraph(out, shapes.files)


def render_plans(plans: list[PlannedShapes], comment: str) -> bytes:
    """The artifact text: one plan per line group, stable (sorted keys) so that drift shows as a diff."""
    lines = [f'{{"_comment": {json.dumps(comment)},', f' "version": {VERSION},', ' "plans": [']
    for i, p in enumerate(plans):
        body = {
            "files": p.files,
            "index": p.index.to_dict(),
            "variants": [dataclasses.asdict(v) for v in p.variants],
        }
        sep = "," if i < len(plans) - 1 else ""
        lines.append("  " + json.dumps(body, ensure_ascii=False, sort_keys=True) + sep)
    lines.append(" ]}")
    return ("\n".join(lines) + "\n").encode()


@cache
def _load_artifact(path: Path) -> tuple[dict[str, Any], ...]:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ()
    if not isinstance(raw, dict) or raw.get("version") != VERSION:
        return ()
    return tuple(raw.get("plans") or ())


@cache
def _from_raw(index: int, path: Path) -> PlannedShapes:
    p = _load_artifact(path)[index]
    return PlannedShapes(
        files=p["files"],
        index=ShapeIndex.from_dict(p["index"]),
        variants=[PlanVariant(v["literals_known"], v["answers"], v["jobs"]) for v in p["variants"]],
    )


def planned_shapes(files: list[Path], artifact: Path = ARTIFACT) -> PlannedShapes | None:
    """The packaged plan of exactly these shape files (same names and texts), or None."""
    digests = file_digests(files)
    for i, p in enumerate(_load_artifact(artifact)):
        if p.get("files") == digests:
            return _from_raw(i, artifact)
    return None


def with_planned(
    planned: PlannedShapes | None, data: DataGraph, run: Callable[[list[Job]], list[Result]]
) -> list[Result] | None:
    """``run`` on the planned jobs for ``data``; None when there is no fitting plan or a job needs the shapes."""
    jobs = planned.jobs_for(data) if planned is not None else None
    if jobs is None:
        return None
    try:
        return run(jobs)
    except NeedsShapes:
        return None
