"""The shacl engine: catalogue records (RDF files, metadata/ folders, URLs) against the EUCAIM DCAT-AP shapes.

Flow: read and parse every input into one pyoxigraph store; graph-level checks in SPARQL (no
dcat:Dataset, namespace drift); optional background facts; the profile's shapes through a
``ShaclBackend``; one finding per rule with a count and the first focus nodes (dataset IRIs) as examples.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from operator import methodcaller
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.namespaces import (
    DCAT_DATASET,
    DCT_IDENTIFIER,
    EUCAIM_INTEROPERABILITY_LEVEL,
    EUCAIM_RULE_ID,
)
from eucaim_spec.report.model import Finding, Location, Severity
from eucaim_spec.validate.engine import CatalogueDataset, CheckContext, Steps, progress_steps
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.shacl.compiled import CompiledBackend
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.profiles import (
    ProfileConfig,
    background_quads,
    load_config,
    load_shapes,
    require_files,
)
from eucaim_spec.validate.shacl.pyshacl_backend import PyShaclBackend
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals, is_rdf_file, is_url, parse_into, read_source, url_of
from eucaim_spec.validate.shacl.results import FocusBatch, Result, ShaclBackend
from eucaim_spec.validate.shacl.shapes_plan import (
    SEVERITY_NAMES,
    PlannedShapes,
    ShapeIndex,
    planned_shapes,
    with_planned,
)
from eucaim_spec.validate.shacl.terms import ox_str, sparql_starts_with_any

_SEVERITY = SEVERITY_NAMES

NO_DATASET = Rule(
    id="dcat_ap.graph.no_dataset",
    title="The RDF graph contains no dcat:Dataset",
    standard="dcat_ap",
    tier=1,
    severity=Severity.violation,
    engine="shacl",
    hint=f"Describe the dataset as a node typed dcat:Dataset ({DCAT_DATASET}); a file "
    "with only a catalogue, shapes or an ontology is not a catalogue record.",
)
NAMESPACE_DRIFT = Rule(
    id="dcat_ap.namespace_drift",
    title="An IRI is written in a non-canonical namespace",
    standard="dcat_ap",
    tier=1,
    severity=Severity.warning,
    engine="shacl",
    hint="Rewrite the IRI in the canonical namespace named in the message; shapes do not see properties "
    "under other namespaces, so their values are otherwise ignored.",
)
UNMAPPED = Rule(
    id="dcat_ap.unmapped_shape",
    title="A shape without eucaimns:ruleId reported a result",
    standard="dcat_ap",
    tier=1,
    severity=Severity.violation,
    engine="shacl",
    hint=f"Annotate the shape with <{EUCAIM_RULE_ID}> (a spec defect, not a data one).",
)
PY_RULES = (NO_DATASET, NAMESPACE_DRIFT, UNMAPPED)


def _stable(node: str) -> str:
    """A focus node as reports show it: blank node ids are random per parse, so they are not shown."""
    return "[blank node]" if node.startswith("_:") else node


def backend_named(name: str | None) -> ShaclBackend:
    """``compiled`` (default: pyoxigraph, falling back to pySHACL per unsupported shape) or ``pyshacl``."""
    if name in (None, "", "compiled"):
        return CompiledBackend()
    if name == "pyshacl":
        return PyShaclBackend()
    raise InputError("--shacl-backend", f"unknown SHACL backend {name!r}; use compiled or pyshacl")


class ShaclEngine:
    """Engine "shacl": catalogue metadata in RDF, or a URL serving it (e.g. a FAIR Data Point)."""

    name = "shacl"

    def __init__(self, config: ProfileConfig | None = None, backend: ShaclBackend | None = None) -> None:
        self._config = config
        self._backend = backend
        self.sources: list[Any] = []
        self.literals: IntegerLiterals | None = None

    @property
    def config(self) -> ProfileConfig:
        if self._config is None:
            self._config = load_config()
        return self._config

    def rules(self) -> list[Rule]:
        cfg = self.config
        files = cfg.profile_files("full")
        for _iri, extra in cfg.access_levels.values():
            files += [cfg.resolve(f) for f in extra if cfg.resolve(f) not in files]
        require_files(cfg, files)
        planned = planned_shapes(files)
        index = planned.index if planned is not None else ShapeIndex(load_shapes(cfg, files))
        out = {r.id: r for r in PY_RULES}
        out.update(index.rules)
        return sorted(out.values(), key=lambda r: r.id)

    def detect(self, path: Path) -> bool:
        if is_url(path):
            return True
        if path.is_file():
            return is_rdf_file(path)
        if path.is_dir():
            return bool(self._files(path))
        return False

    def _files(self, path: Path) -> list[Path]:
        root = path / "metadata" if (path / "metadata").is_dir() else path
        return sorted(
            p
            for p in root.rglob("*")
            if is_rdf_file(p) and not any(part.startswith(".") for part in p.relative_to(root).parts)
        )

    # -- checking ---------------------------------------------------------------------------------

    def load(self, path: Path, ctx: CheckContext, step: Steps | None = None) -> tuple[Any, list[str]]:
        """The parsed store of every input under ``path`` and the names of the inputs.

        ``self.sources`` keeps the raw inputs for backends that re-parse them (pySHACL); ``self.literals``
        the integer literals as written (derived integer datatypes are checked against them).
        """
        import pyoxigraph as ox  # deferred: pyoxigraph is needed only once data is read

        store = ox.Store()
        self.literals = IntegerLiterals()
        if is_url(path):
            sources = [url_of(path)]
            src = read_source(sources[0], ctx.options)
            parse_into(store, src, self.literals)
            self.sources = [src]
            if step is not None:
                step(f"read {src.name}")
            return store, [src.name]  # the URL as messages show it (password masked)
        files = [path] if path.is_file() else self._files(path)
        if not files:
            raise InputError(ctx.rel(path), "no RDF file (.ttl, .jsonld, .rdf, .nt) to check")
        names = []
        self.sources = []
        if step is not None:
            step.grow(len(files) - 1)
        for f in files:
            name = ctx.rel(f)
            src = read_source(f, ctx.options, name=name)
            parse_into(store, src, self.literals)
            self.sources.append(src)
            names.append(name)
            if step is not None:
                step(f"read {name}")
        return store, names

    def check(self, path: Path, ctx: CheckContext) -> list[Finding]:
        with progress_steps(ctx, "metadata", 2) as step:
            return self._check(path, ctx, step)

    def _check(self, path: Path, ctx: CheckContext, step: Steps) -> list[Finding]:
        cfg = self.config
        profile = str(ctx.options.profile or cfg.default_profile)
        files = cfg.profile_files(profile)
        require_files(cfg, files)
        planned = planned_shapes(files)
        index = planned.index if planned is not None else ShapeIndex(load_shapes(cfg, files))
        step("shapes loaded")
        store, names = self.load(path, ctx, step)
        file_label = names[0] if len(names) == 1 else None

        findings: list[Finding] = []
        # The drift scan and the background's namespace scan read every triple; pyoxigraph answers queries
        # without the GIL, so they run beside the dataset queries (the store is filled only afterwards).
        with ThreadPoolExecutor(2) as pool:
            drift = pool.submit(self._drift, store, ctx, file_label)
            extra = pool.submit(background_quads, cfg, store) if ctx.options.background else None
            levels = self._levels(store)
            ctx.facts.catalogue = self._dataset_facts(store, file_label)
            drift_findings = drift.result()
            background = extra.result() if extra is not None else []
        if not levels and "dcat_ap.graph.no_dataset" not in index.rules:
            findings.append(
                NO_DATASET.finding(
                    target_tier=ctx.target_tier,
                    message=NO_DATASET.title + f" ({len(store)} triples read)",
                    location=Location(file=file_label),
                )
            )
        findings += drift_findings
        counts: dict[str, int] = defaultdict(int)
        for lvl in levels.values():
            counts[lvl or "none"] += 1
        ctx.notes.append(
            f"metadata: {len(levels)} dataset(s) in {len(names)} input(s)"
            + (" (" + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")" if counts else "")
            + f", profile {profile}"
            + (", with background" if ctx.options.background else "")
        )
        store.bulk_extend(background)

        backend = self._backend or backend_named(ctx.options.shacl_backend)
        if hasattr(backend, "steps"):
            backend.steps = step  # the compiled backend advances the bar per constraint
        data = DataGraph(store, self.sources, background, self.literals)
        results, batches, index = self._validate(backend, data, files, planned, index)
        more, more_batches = self._access_level_results(backend, data, levels)
        findings += self._findings(results + more, batches + more_batches, index, ctx, file_label)
        return findings

    @staticmethod
    def _dataset_facts(store: Any, file_label: str | None) -> list[CatalogueDataset]:
        """Identifier and interoperability level of each dcat:Dataset, for the cross-part rules."""
        rows = store.query(
            f"SELECT ?d ?p ?v WHERE {{ ?d a <{DCAT_DATASET}> . VALUES ?p {{ <{DCT_IDENTIFIER}> "
            f"<{EUCAIM_INTEROPERABILITY_LEVEL}> }} ?d ?p ?v }}"
        )
        ids: dict[str, set[str]] = defaultdict(set)
        lvls: dict[str, set[str]] = defaultdict(set)
        nodes: set[str] = set()
        for row in rows:
            d, p = ox_str(row[0]), ox_str(row[1])
            v = str(getattr(row[2], "value", row[2]))  # the lexical form of a literal, the IRI of a node
            nodes.add(d)
            if p == DCT_IDENTIFIER:
                ids[d].add(v)
            else:
                lvls[d].add(v.rsplit("#", 1)[-1].rsplit("/", 1)[-1].rsplit(":", 1)[-1])
        for row in store.query(f"SELECT ?d WHERE {{ ?d a <{DCAT_DATASET}> }}"):
            nodes.add(ox_str(row[0]))
        return [
            CatalogueDataset(n, file_label, tuple(sorted(ids[n])), tuple(sorted(lvls[n]))) for n in sorted(nodes)
        ]

    def _levels(self, store: Any) -> dict[str, str | None]:
        """Each dataset IRI mapped to its access level name (None when absent or unknown)."""
        cfg = self.config
        by_iri = {iri: name for name, (iri, _f) in cfg.access_levels.items()}
        rows = store.query(
            f"SELECT ?d ?a WHERE {{ ?d a <{DCAT_DATASET}> OPTIONAL {{ ?d <{cfg.access_property}> ?a }} }}"
        )
        out: dict[str, str | None] = {}
        for row in rows:
            d = ox_str(row[0])
            level = by_iri.get(ox_str(row[1])) if row[1] is not None else None
            if d not in out or out[d] is None:
                out[d] = level
        return out

    def _access_level_results(
        self, backend: ShaclBackend, data: Any, levels: dict[str, str | None]
    ) -> tuple[list[Result], list[FocusBatch]]:
        cfg = self.config
        out: list[Result] = []
        out_batches: list[FocusBatch] = []
        for name, (_iri, files) in sorted(cfg.access_levels.items()):
            mine = {d for d, lvl in levels.items() if lvl == name}
            if not files or not mine:
                continue
            others = {d for d, lvl in levels.items() if lvl != name}
            paths = [cfg.resolve(f) for f in files]
            require_files(cfg, paths)
            results, batches, _index = self._validate(backend, data, paths, planned_shapes(paths))
            out += [r for r in results if r.focus not in others]
            for b in batches:
                foci = [f for f in b.foci if f not in others]
                if foci:
                    out_batches.append(FocusBatch(b.template, foci))
        return out, out_batches

    def _validate(
        self,
        backend: ShaclBackend,
        data: DataGraph,
        files: list[Path],
        planned: PlannedShapes | None,
        index: ShapeIndex | None = None,
    ) -> tuple[list[Result], list[FocusBatch], ShapeIndex]:
        """The results of the shapes of ``files`` (cardinality ones batched when the compiled shapes plan
        runs) and the index that maps them to rules: from the compiled shapes plan when one fits the data and
        the backend is the compiled one, else from the parsed shapes (whose blank node labels differ from the
        plan's, so their own index is returned)."""
        if isinstance(backend, CompiledBackend) and planned is not None:
            batches: list[FocusBatch] = []
            results = with_planned(planned, data, lambda jobs: backend.run_jobs(data, jobs, batches=batches))
            if results is not None:
                return results, batches, planned.index
        shapes = load_shapes(self.config, files)
        if index is None or planned is not None:
            index = ShapeIndex(shapes)
        return list(backend.validate(data, shapes)), [], index

    def _drift(self, store: Any, ctx: CheckContext, file_label: str | None) -> list[Finding]:
        pairs = [(alias, canon) for canon, aliases in self.config.drift for alias in aliases]
        if not pairs:
            return []

        starts = sparql_starts_with_any(a for a, _c in pairs)
        rows = store.query(
            f"SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER (REGEX(STR(?p), {starts}) || "
            f"(isIRI(?o) && REGEX(STR(?o), {starts}))) }}"
        )
        hits: dict[tuple[str, str], list[str]] = defaultdict(list)  # (alias iri, kind) -> subjects
        for row in rows:
            s, p, o = (ox_str(t) for t in row)
            for iri, kind in ((p, "property"), (o, "value")):
                if any(iri.startswith(a) for a, _c in pairs):
                    hits[(iri, kind)].append(s)
        out = []
        for (iri, kind), subjects in sorted(hits.items()):
            alias, canon = next((a, c) for a, c in pairs if iri.startswith(a))
            canonical = canon + iri[len(alias) :]
            focus = sorted(set(subjects))
            out.append(
                NAMESPACE_DRIFT.finding(
                    target_tier=ctx.target_tier,
                    count=len(subjects),
                    message=f"The {kind} <{iri}> is in a non-canonical namespace: use <{canonical}>",
                    location=Location(file=file_label, node=focus[0], path=iri if kind == "property" else None),
                    examples=focus[: ctx.max_examples],
                )
            )
        return out

    def _findings(
        self,
        results: list[Result],
        batches: list[FocusBatch],
        index: ShapeIndex,
        ctx: CheckContext,
        file_label: str | None,
    ) -> list[Finding]:
        grouped: dict[str, list[Result]] = defaultdict(list)
        batched: dict[str, list[FocusBatch]] = defaultdict(list)
        rule_of: dict[tuple[str | None, str], str] = {}  # (constraint, shape) -> rule id: a few hundred keys

        def rule_id_of(r: Result) -> str:
            key = (r.source_constraint, r.source_shape)
            rid = rule_of.get(key)
            if rid is None:
                rid = rule_of[key] = index.rule_for(r) or UNMAPPED.id
            return rid

        for r in results:
            grouped[rule_id_of(r)].append(r)
        for b in batches:
            batched[rule_id_of(b.template)].append(b)
        out = []
        for rule_id in sorted(grouped.keys() | batched.keys()):
            rule = index.rules.get(rule_id) or UNMAPPED
            rs, bs = grouped.get(rule_id, []), batched.get(rule_id, [])
            shown = {_stable(r.focus) for r in rs}
            firsts = list(rs)
            for b in bs:
                # a batch's results differ only in their focus, so the result of its first focus stands for it
                if b.blank():
                    shown.update(map(_stable, b.foci))
                    firsts.append(b.result(min(b.foci, key=lambda f: (_stable(f), f))))
                else:
                    shown.update(b.foci)
                    firsts.append(b.result(min(b.foci)))
            # Blank nodes sort differently once shown as "[blank node]"; without them sort_key alone decides.
            if any(r.focus.startswith("_:") for r in firsts):
                first = min(firsts, key=lambda r: (_stable(r.focus), r.sort_key()))
            else:
                first = min(firsts, key=methodcaller("sort_key"))
            focus = heapq.nsmallest(ctx.max_examples, shown)
            message = f"{UNMAPPED.title}: {first.source_shape}" if rule is UNMAPPED else rule.title
            sev = _SEVERITY.get(first.severity, rule.severity)
            f = rule.finding(
                target_tier=ctx.target_tier,
                count=len(rs) + sum(len(b.foci) for b in bs),
                message=message,
                location=Location(
                    file=file_label,
                    node=_stable(first.focus),
                    path=first.path if first.path not in (None, "complex") else None,
                ),
                examples=focus[: ctx.max_examples],
            )
            if sev != rule.severity:  # the shape's own sh:severity (several shapes share a rule id)
                f.severity = sev
            out.append(f)
        return out
