"""Mutations of catalogue records for the shacl engine's rules, derived from the packaged shapes.

Every shape carrying a rule id (``eucaimns:ruleId``) is read from the profile's shapes: its target class,
its path and its constraint (minCount, maxCount, class, datatype, in, pattern, nodeKind). A mutation takes a
valid record of ``tests/data/dcat_ap/valid`` holding a focus node of that class and breaks the constraint
there: removes the property, adds values beyond the maximum, points to a node of another class, writes a
value of another datatype, node kind, code or pattern. Rules whose shape says more than one constraint (SPARQL,
conditional shapes) take the invalid example of ``tests/data/dcat_ap/invalid`` that names them (each is a
valid record broken for that rule, the curated mutation).

Batching: each mutation is applied to its own copy of a record, every synthetic IRI renamed into the copy's
namespace (``.../cov/<n>/``); all copies go into one file checked once, and findings are attributed back to
the copies by their focus nodes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec.namespaces import DCAT, DCT, EUCAIM_ONTOLOGY, EUCAIM_RULE_ID, SH, XSD
from eucaim_spec.validate.shacl.profiles import load_config, load_shapes
from eucaim_spec.validate.shacl.terms import rdflib_str
from tests.rule_coverage.core import Batch, Mutation, findings_of, run_cli_json

REPO = Path(__file__).resolve().parents[2]
VALID = REPO / "tests" / "data" / "dcat_ap" / "valid"
INVALID = REPO / "tests" / "data" / "dcat_ap" / "invalid"
COV = "https://data.example.org/cov/"
FOCUS_HOST = "https://0.testland.eu"
#: IRIs of the synthetic records (hosts of the made-up organisations): renamed per copy by a path segment
#: after the host, so the host (which the placeholder rules look at) stays; vocabulary IRIs stay as they are
SYNTHETIC = re.compile(r"^(https?://[^/]*(?:example\.(?:org|eu|com)|testland\.eu))(/.*)?$")
RULE_LINE = re.compile(r"^#\s*rule:\s*(\S+)\s*$")


@dataclass
class ShapeRule:
    rule_id: str
    targets: list[tuple[str, str]]  # (targetClass | targetObjectsOf | targetSubjectsOf, IRI)
    path: str | None
    kind: str | None  # minCount, maxCount, class, datatype, in, pattern, nodeKind
    value: Any


def shape_rules() -> dict[str, ShapeRule]:
    """Rule id -> what its shape constrains (first constraint found), from the profile's shapes."""
    from rdflib import Literal, URIRef
    from rdflib.collection import Collection

    cfg = load_config()
    files = cfg.profile_files("full")
    for _iri, extra in cfg.access_levels.values():
        files += [cfg.resolve(f) for f in extra if cfg.resolve(f) not in files]
    g = load_shapes(cfg, files).graph
    sh = lambda n: URIRef(SH + n)  # noqa: E731
    out: dict[str, ShapeRule] = {}
    for node, rid in g.subject_objects(URIRef(EUCAIM_RULE_ID)):
        parents = list(g.subjects(sh("property"), node)) or [node]
        targets = sorted({(k, str(t)) for p in parents for k in ("targetClass", "targetObjectsOf", "targetSubjectsOf")
                          for t in g.objects(p, sh(k))})
        path = g.value(node, sh("path"))
        kind = value = None
        for k in ("minCount", "maxCount", "class", "datatype", "in", "pattern", "nodeKind", "minInclusive",
                  "maxInclusive", "minExclusive", "maxExclusive"):
            v = g.value(node, sh(k))
            if v is None:
                continue
            if k == "in":
                v = [str(x) if not isinstance(x, Literal) else x for x in Collection(g, v)]
            kind, value = k, v
            break
        alts = g.value(node, sh("or"))
        if kind is None and alts is not None:
            # sh:or of datatypes (a date, a date-time or a year): a value of none of them
            dts = [g.value(m, sh("datatype")) for m in Collection(g, alts)]
            if dts and all(d is not None for d in dts):
                kind, value = "datatypes", [str(d) for d in dts]
        if any((node, sh(x), None) in g for x in ("sparql", "and", "not", "xone", "node", "qualifiedValueShape")) or (
                alts is not None and kind != "datatypes"):
            kind = None  # more than one constraint: taken from an invalid example
        out[str(rid)] = ShapeRule(str(rid), targets, str(path) if isinstance(path, URIRef) else None, kind, value)
    return out


def _parse(path: Path) -> Any:
    from rdflib import Graph

    return Graph().parse(path)


class Triples:
    """The triples of one record copy with the few graph operations a mutation needs, on a plain ordered set:
    an rdflib Graph per copy (305 copies of about 600 triples, then their union twice) took most of the
    suite's preparation time."""

    def __init__(self, triples: Any) -> None:
        self.t: dict[tuple[Any, Any, Any], None] = dict.fromkeys(triples)

    def __iter__(self) -> Any:
        return iter(list(self.t))

    def objects(self, s: Any, p: Any) -> list[Any]:
        return [o for (s2, p2, o) in self.t if s2 == s and p2 == p]

    def predicate_objects(self, s: Any) -> list[tuple[Any, Any]]:
        return [(p, o) for (s2, p, o) in self.t if s2 == s]

    def add(self, triple: tuple[Any, Any, Any]) -> None:
        self.t[triple] = None

    def remove(self, triple: tuple[Any, Any, Any]) -> None:
        self.t.pop(triple, None)


def write_nt(path: Path, copies: Any) -> None:
    """The triples of every copy as one N-Triples file (a triple two copies share is written twice: the
    parser keeps one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for triples in copies:
            fh.writelines(" ".join(_nt_term(x) for x in t) + " .\n" for t in triples)


def _nt_term(t: Any) -> str:
    """An rdflib term in N-Triples syntax."""
    from rdflib import URIRef

    return f"<{t}>" if isinstance(t, URIRef) else rdflib_str(t)


def renamed(g: Any, tag: str, extra: dict[str, str] | None = None) -> Any:
    """A copy of ``g`` with every synthetic IRI moved to ``<host>/<tag>/<path>`` (and ``extra`` IRIs mapped);
    returns (triples, renaming function)."""
    from rdflib import URIRef

    extra = extra or {}

    def r(t: Any) -> Any:
        if isinstance(t, URIRef):
            s = str(t)
            if s in extra:
                return URIRef(extra[s])
            m = SYNTHETIC.match(s)
            if m:
                return URIRef(f"{m.group(1)}/{tag}{m.group(2) or '/'}")
        return t

    return Triples((r(s), p, r(o)) for s, p, o in g), r


def _types(g: Any, node: Any) -> set[str]:
    from rdflib import RDF

    return {str(t) for t in g.objects(node, RDF.type)}


class DcatMutator:
    def __init__(self, catalogue: dict[str, dict[str, Any]]) -> None:
        self.expected = sorted(rid for rid, r in catalogue.items() if r["engine"] == "shacl")
        self.fixtures = {p.name: _parse(p) for p in sorted(VALID.glob("*.ttl"))}
        self.shapes = shape_rules()
        self.copies: list[tuple[Triples, list[Any]]] = []  # (mutated copy, its triples before the mutation)
        self.muts: list[Mutation] = []
        self.orphans: list[Mutation] = []
        self.graph_level: list[tuple[str, Path]] = []
        self.recipes: list[str] = []
        self.n = 0
        self.noisy = self._noisy_nodes()
        # sh:in lists per path: a second value must stay a permitted code
        self.codes: dict[str, list[Any]] = {}
        for s in self.shapes.values():
            if s.kind == "in" and s.path:
                self.codes.setdefault(s.path, []).extend(s.value)

    def _noisy_nodes(self) -> set[tuple[str, str]]:
        """(fixture, node) pairs the valid records already raise findings at (warnings of missing recommended
        properties): a mutation there would be hidden among them, so foci are chosen elsewhere."""
        out: set[tuple[str, str]] = set()
        for name in self.fixtures:
            code, text, _ = run_cli_json(VALID / name, 3)
            if not text.strip():
                continue
            for f in findings_of(text)[1]:
                loc = f.get("location") or {}
                for n in [loc.get("node"), *f.get("examples", [])]:
                    if n:
                        out.add((name, str(n)))
        return out

    def focus_for(self, rule: ShapeRule, need_value: bool) -> tuple[str, Any, Any] | None:
        """The first focus of the rule's targets whose valid record raises nothing there (else any)."""
        found = [c for c in self._foci(rule, need_value)]
        clean = [c for c in found if (c[0], str(c[2])) not in self.noisy]
        return (clean or found or [None])[0]

    def _foci(self, rule: ShapeRule, need_value: bool) -> Any:
        """(fixture, graph, focus node) of a synthetic focus of the rule's class (with a value if needed)."""
        from rdflib import RDF, URIRef

        for name, g in self.fixtures.items():
            for kind, t in rule.targets:
                if kind == "targetClass":
                    nodes = set(g.subjects(RDF.type, URIRef(t)))
                elif kind == "targetObjectsOf":
                    nodes = set(g.objects(None, URIRef(t)))
                else:
                    nodes = set(g.subjects(URIRef(t), None))
                for node in sorted(nodes, key=str):
                    if not isinstance(node, URIRef):
                        continue
                    has = rule.path is not None and (node, URIRef(rule.path), None) in g
                    if need_value and not has:
                        continue
                    yield name, g, node

    def run(self) -> None:
        invalid_by_rule: dict[str, list[Path]] = {}
        for p in sorted(INVALID.glob("*.ttl")):
            first = p.read_text(encoding="utf-8").splitlines()[:1]
            m = RULE_LINE.match(first[0]) if first else None
            if m:
                invalid_by_rule.setdefault(m.group(1), []).append(p)
        for rid in self.expected:
            rule = self.shapes.get(rid)
            if rule is not None and rule.kind and rule.path and rule.targets and self._generic(rule):
                continue
            if rid in invalid_by_rule:
                self._from_invalid(rid, invalid_by_rule[rid][0])
                continue
            if rid in RECIPES:
                self.recipes.append(rid)
                continue
            why = "no shape with this rule id in the full profile" if rule is None else (
                f"shape constraint {rule.kind or 'SPARQL/logical'} on {rule.targets or 'no target class'}: "
                "no valid record has a focus node to mutate and no invalid example names the rule")
            self.orphans.append(Mutation(rid, "", note=why))

    # ------------------------------------------------------------------------------------ generic
    def _generic(self, rule: ShapeRule) -> bool:
        from rdflib import URIRef

        # a minimum is broken by removing values the focus has (a focus without them is broken already);
        # a maximum of 0 by adding one
        found = self.focus_for(rule, True) if not (rule.kind == "maxCount" and int(rule.value) == 0) else None
        if found is None and rule.kind in ("minCount", "maxCount"):
            found = self.focus_for(rule, False)
        if found is None:
            return False
        name, g, focus = found
        self.n += 1
        tag = f"cov{self.n:04d}"
        # The focus gets an IRI sorting before every other node: a finding shows its first focus nodes only,
        # and the valid records raise warnings of their own (a nested catalogue without homepage) that would
        # otherwise fill them. The host stays a made-up organisation's (not a placeholder's).
        cg, r = renamed(g, tag, {str(focus): f"{FOCUS_HOST}/{tag}/focus"})
        unmutated = list(cg)
        f = r(focus)
        p = URIRef(rule.path)
        values = list(cg.objects(f, p))
        what = ""
        tolerated: set[str] = set()
        if rule.kind == "minCount":
            for v in values:
                cg.remove((f, p, v))
            what = f"removed every {_short(rule.path)}"
        elif rule.kind == "maxCount":
            n = int(rule.value)
            extra = self._extra_values(cg, values, rule.path, n + 1 - len(values), tag)
            if extra is None:
                self.n -= 1
                return False
            for v in extra:
                cg.add((f, p, v))
            what = f"{n + 1} values of {_short(rule.path)}"
        else:
            old = values[0]
            changed = self._wrong_value(rule, cg, old, tag)
            if changed is None:
                self.n -= 1
                return False
            new, what = changed
            if new is not old:
                cg.remove((f, p, old))
                cg.add((f, p, new))
        if rule.kind != "minCount":
            # a value of the wrong kind (or one too many) meets the path's other value constraints too: the
            # shapes on the same path of the same targets, and the shapes targeting the subjects or the
            # objects of the path
            tolerated |= {s.rule_id for s in self.shapes.values() if s.rule_id != rule.rule_id and (
                (s.path == rule.path and bool(set(s.targets) & set(rule.targets)))
                or ("targetSubjectsOf", rule.path) in s.targets or ("targetObjectsOf", rule.path) in s.targets)}
        self.copies.append((cg, unmutated))
        self.muts.append(Mutation(rule.rule_id, f"{name} copy {self.n}: <{focus}> {what}", f"/{tag}/",
                                  frozenset(tolerated), rule.path if rule.kind != "minCount" else None))
        return True

    def _wrong_value(self, rule: ShapeRule, cg: Any, old: Any, tag: str) -> tuple[Any, str] | None:
        """A value breaking ``rule``'s value constraint in place of ``old`` (``old`` itself when its node is
        retyped in ``cg``) and what was done; None for a constraint kind without a mutation."""
        from rdflib import RDF, BNode, Literal, URIRef

        prefix = f"{COV}{tag}/"
        new: Any
        if rule.kind == "class" and isinstance(old, URIRef) and f"/{tag}/" in str(old):
            # the record's own node typed otherwise: its other properties (checked along the path by
            # other rules) stay as they were
            new = old
            for t in list(cg.objects(old, RDF.type)):
                cg.remove((old, RDF.type, t))
            cg.add((old, RDF.type, URIRef(COV + "SomeOtherClass")))
            what = f"the {_short(rule.path)} node typed cov:SomeOtherClass"
        elif rule.kind == "class":
            new = URIRef(prefix + "not-a-" + _short(str(rule.value)).replace(":", "-"))
            what = f"{_short(rule.path)} points to an untyped node"
        elif rule.kind == "datatypes":
            new = Literal("12", datatype=URIRef(XSD + "integer"))
            what = f"{_short(rule.path)} written as xsd:integer"
        elif rule.kind in ("minInclusive", "minExclusive", "maxInclusive", "maxExclusive"):
            bound = float(rule.value)
            x = bound - 1 if rule.kind.startswith("min") else bound + 1
            dt = old.datatype if isinstance(old, Literal) else None
            new = Literal(str(int(x)) if x.is_integer() else str(x), datatype=dt)
            what = f"{_short(rule.path)} := {new} ({rule.kind} {rule.value})"
        elif rule.kind == "datatype":
            dt = str(rule.value)
            new = Literal("12", datatype=URIRef(XSD + "integer")) if dt != XSD + "integer" else Literal(
                "twelve", datatype=URIRef(XSD + "string"))
            what = f"{_short(rule.path)} written as {new.datatype and _short(str(new.datatype))}"
        elif rule.kind == "in":
            is_iri = any(not isinstance(x, Literal) for x in rule.value)
            new = URIRef(prefix + "not-a-listed-code") if is_iri else Literal("not-a-listed-value")
            what = f"{_short(rule.path)} holds a value outside the list"
        elif rule.kind == "pattern":
            new = Literal("!! not matching")
            what = f"{_short(rule.path)} does not match {rule.value}"
        elif rule.kind == "nodeKind":
            kind = str(rule.value).rsplit("#", 1)[-1]
            if kind in ("IRI", "BlankNodeOrIRI", "BlankNode"):
                new = Literal("https://not-an-iri.example.org/x")
            elif kind in ("Literal",):
                new = URIRef(prefix + "an-iri-not-a-literal")
            else:
                new = BNode()
            what = f"{_short(rule.path)} given as the wrong node kind"
        else:
            return None
        return new, what

    def _extra_values(self, g: Any, values: list[Any], path: str, k: int, tag: str) -> list[Any] | None:
        """``k`` more values like the existing ones (a listed code where the path has a code list)."""
        from rdflib import Literal, URIRef

        if not values:
            return [Literal(f"an extra value /{tag}/{i}") for i in range(k)]
        out: list[Any] = []
        v0 = values[0]
        have = {str(v) for v in values}
        codes = [c for c in self.codes.get(path, []) if str(c) not in have]
        for i in range(k):
            if isinstance(v0, URIRef) and codes:
                if i >= len(codes):
                    return None
                out.append(URIRef(str(codes[i])) if not isinstance(codes[i], Literal) else codes[i])
            elif isinstance(v0, URIRef):
                nv = URIRef(f"{v0}-extra{i}" if f"/{tag}/" in str(v0) else f"{COV}{tag}/extra{i}")
                for p2, o2 in list(g.predicate_objects(v0)):
                    g.add((nv, p2, o2))
                out.append(nv)
            elif isinstance(v0, Literal):
                out.append(_another_literal(v0, i))
            else:
                return None
        return out

    # ---------------------------------------------------------------------------------- curated
    def _from_invalid(self, rid: str, path: Path) -> None:
        # checked alone: graph-level rules report a constant focus node, not one of the record's
        self.graph_level.append((rid, path))

    # ------------------------------------------------------------------------------------ batches
    def batches(self, work: Path) -> list[Batch]:
        out: list[Batch] = []
        # the baseline of the batch is the batch unmutated (the same copies): the valid records hold warnings,
        # and a rule's count in the baseline tells the mutation's share of the mutated count
        f = work / "dcat-mutated" / "records.nt"
        write_nt(f, (g for g, _ in self.copies))
        ub = work / "dcat-unmutated" / "records.nt"
        write_nt(ub, (u for _, u in self.copies))
        out.append(Batch("dcat_ap records", "shacl", f, self.muts, match_node, tier=3, baseline=ub))
        for rid in self.recipes:
            name, recipe = RECIPES[rid]
            g = _parse(VALID / name)
            what, path = recipe(g)
            f = work / "dcat-recipes" / f"{rid}.ttl"
            f.parent.mkdir(parents=True, exist_ok=True)
            g.serialize(f, format="turtle")
            m = Mutation(rid, f"{name}: {what}", None, tolerate_path=path)
            out.append(Batch(f"dcat_ap recipe {rid}", "shacl", f, [m], lambda f, m: True, tier=3))
        for rid, path in self.graph_level:
            m = Mutation(rid, f"invalid/{path.name} (the curated example, checked alone)", None)
            out.append(Batch(f"dcat_ap {path.name}", "shacl", path, [m], lambda f, m: True, tier=3))
        return out


def match_node(f: dict[str, Any], m: Mutation) -> bool:
    """A finding is the mutation's when a focus node it names lies in the mutation's copy."""
    loc = f.get("location") or {}
    nodes = [str(loc.get("node") or ""), *[str(e) for e in f.get("examples", [])]]
    return any(m.place in n for n in nodes)


def _short(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def _another_literal(v: Any, i: int) -> Any:
    from rdflib import Literal

    dt = str(v.datatype or "")
    text = str(v)
    if dt.endswith(("#date",)):
        return Literal(f"20{10 + i:02d}-01-01", datatype=v.datatype)
    if dt.endswith(("#dateTime",)):
        return Literal(f"20{10 + i:02d}-01-01T00:00:00Z", datatype=v.datatype)
    if dt.endswith(("#gYear",)):
        return Literal(f"20{10 + i:02d}", datatype=v.datatype)
    if dt.endswith(("integer", "Integer", "#decimal", "#double", "#float", "#long", "#int")):
        try:
            return Literal(str(int(float(text)) + i + 1), datatype=v.datatype)
        except ValueError:
            return Literal(str(i + 1), datatype=v.datatype)
    if dt.endswith("#duration"):
        return Literal(f"P{i + 2}D", datatype=v.datatype)
    if dt.endswith("#hexBinary"):
        return Literal(f"{i + 10:04X}", datatype=v.datatype)
    if dt.endswith("#boolean"):
        return Literal("false" if text == "true" else "true", datatype=v.datatype)
    if v.language:
        return Literal(f"{text} ({i + 2})", lang=v.language)
    return Literal(f"{text} ({i + 2})", datatype=v.datatype) if v.datatype else Literal(f"{text} ({i + 2})")


def dcat_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    mut = DcatMutator(catalogue)
    mut.run()
    return mut.batches(work), mut.orphans


# ------------------------------------------------------------------------------------------- recipes
# Rules whose shape is SPARQL or a logical combination say no single constraint to invert; where no invalid
# example names them, the mutation is written here: which record, which node, what changes. Each is checked
# alone (a graph-level rule reports a constant focus node).
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
HEALTH = "http://healthdataportal.eu/ns/health#"


def _replace(g: Any, s: Any, p: str, new: str) -> None:
    """Every value of ``p`` on ``s`` replaced by ``new``, which takes over the old value's types."""
    from rdflib import RDF, URIRef

    olds = list(g.objects(s, URIRef(p)))
    for o in olds:
        g.remove((s, URIRef(p), o))
        for t in g.objects(o, RDF.type):
            g.add((URIRef(new), RDF.type, t))
    g.add((s, URIRef(p), URIRef(new)))


def _first(g: Any, p: str) -> Any:
    from rdflib import URIRef

    return sorted(g.objects(None, URIRef(p)), key=str)[0]


def _dataset(g: Any) -> Any:
    from rdflib import RDF, URIRef

    return sorted(g.subjects(RDF.type, URIRef(DCAT + "Dataset")), key=str)[-1]


def _r_legislation(g: Any) -> tuple[str, str]:
    _replace(g, _dataset(g), "http://data.europa.eu/r5r/applicableLegislation", "http://data.europa.eu/eli/reg/2016/679/oj")
    return "the dataset's applicable legislation is the GDPR only", "http://data.europa.eu/r5r/applicableLegislation"


def _r_role(g: Any) -> tuple[str, str]:
    _replace(g, _first(g, PROV + "qualifiedAttribution"), DCAT + "hadRole", "https://data.example.org/eucaim/some-role")
    return "the qualified attribution's role is not an ISO 19115 role code", DCAT + "hadRole"


def _r_creator(g: Any) -> tuple[str, str]:
    from rdflib import URIRef

    c = _first(g, DCT + "creator")
    for p in (FOAF + "homepage", FOAF + "mbox"):
        g.remove((c, URIRef(p), None))
    return "the creator has neither homepage nor mbox", FOAF + "homepage"


def _r_publisher(g: Any) -> tuple[str, str]:
    from rdflib import Literal, URIRef

    pub = _first(g, DCT + "publisher")
    g.remove((pub, URIRef(FOAF + "name"), None))
    g.add((pub, URIRef(FOAF + "name"), Literal("EUCAIM consortium", lang="en")))
    return "the publisher is named EUCAIM but keeps its own contact point", FOAF + "name"


def _r_frequency(g: Any) -> tuple[str, str]:
    _replace(g, _dataset(g), DCT + "accrualPeriodicity", "https://data.example.org/eucaim/every-now-and-then")
    return "the dataset's frequency is not an EU frequency IRI", DCT + "accrualPeriodicity"


def _r_theme(g: Any) -> tuple[str, str]:
    _replace(g, _dataset(g), HEALTH + "healthTheme",
             "https://hdeu-dcat.data.health.europa.eu/resource/authority/health-theme/OTHER")
    return "the dataset's only health theme is not CANCER_DISEASE", HEALTH + "healthTheme"


def _r_media(g: Any) -> tuple[str, str]:
    from rdflib import RDF, URIRef

    dist = sorted(g.subjects(RDF.type, URIRef(DCAT + "Distribution")), key=str)[-1]
    _replace(g, dist, DCAT + "mediaType", "https://data.example.org/eucaim/some-media-type")
    return "the distribution's media type is not an IANA IRI", DCAT + "mediaType"


def _r_value_alias(g: Any) -> tuple[str, str]:
    _replace(g, _dataset(g), EUCAIM_ONTOLOGY + "hasImageModality", "https://hyperontology.eucaim.cancerimage.eu/#IMG1000022")
    return "the image modality code written on the alias host", EUCAIM_ONTOLOGY + "hasImageModality"


def _r_publisher_type(g: Any) -> tuple[str, str]:
    from rdflib import URIRef

    g.add((_dataset(g), URIRef(HEALTH + "publisherType"), URIRef("http://purl.org/adms/publishertype/NationalAuthority")))
    return "healthdcatap:publisherType stated on the dataset", HEALTH + "publisherType"


RECIPES: dict[str, tuple[str, Any]] = {
    "dcat_ap.applicable_legislation_ehds": ("Dataset-maximal.ttl", _r_legislation),
    "dcat_ap.attribution_role_vocabulary": ("Dataset-maximal.ttl", _r_role),
    "dcat_ap.creator_contact": ("Dataset-maximal.ttl", _r_creator),
    "dcat_ap.eucaim_publisher_contact": ("Dataset-maximal.ttl", _r_publisher),
    "dcat_ap.frequency_vocabulary": ("Dataset-maximal.ttl", _r_frequency),
    "dcat_ap.health_theme_cancer": ("Dataset-maximal.ttl", _r_theme),
    "dcat_ap.media_type_vocabulary": ("Distribution-maximal.ttl", _r_media),
    "dcat_ap.deprecated.eucaim_value_alias": ("Dataset-maximal.ttl", _r_value_alias),
    "dcat_ap.deprecated.publisher_type_on_dataset": ("Dataset-maximal.ttl", _r_publisher_type),
}
