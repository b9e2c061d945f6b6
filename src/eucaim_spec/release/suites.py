"""Element views of the validation policy: tier suite, engine suites (DICOM rules, catalogue profiles), shapes.

Each comparable fact becomes an Element of the standard it enforces, so that a severity raised in
validators/tiers.yaml or a SHACL constraint edited in shapes/ counts towards that standard's version.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF

from eucaim_spec.errors import SpecError
from eucaim_spec.namespaces import EUCAIM_HINT, EUCAIM_RULE_ID, RDFS, SH
from eucaim_spec.release.model import RULE_STANDARD_ALIASES, Element, SideModel, load_yaml

#: Predicates that document a shape; a change to them alone is a documentation change.
SHAPE_DOC_PREDICATES = {
    SH + "message", SH + "name", SH + "description", RDFS + "comment", RDFS + "label", EUCAIM_HINT, SH + "order",
    SH + "group",
}


def standard_of(rule_id_or_pattern: str, known: set[str]) -> str:
    head = rule_id_or_pattern.split(".", 1)[0]
    head = RULE_STANDARD_ALIASES.get(head, head)
    return head if head in known else "validators"


def add_validators(side: SideModel, folder: Path) -> None:
    """tiers.yaml run lists and severity overrides, dicom.yaml rules, dcat_ap.yaml profiles."""
    known = set(side.standards)
    tiers = folder / "tiers.yaml"
    if tiers.is_file():
        data = load_yaml(tiers)
        first_tier: dict[str, int] = {}
        for tier, body in sorted((data.get("tiers") or {}).items(), key=lambda kv: int(kv[0])):
            for pattern in (body or {}).get("run") or []:
                first_tier.setdefault(str(pattern), int(tier))
            for pattern, sev in ((body or {}).get("severity") or {}).items():
                side.standard(standard_of(str(pattern), known)).add(
                    Element("tier-severity", f"{tier}:{pattern}", {"severity": str(sev)}))
        for pattern, tier in first_tier.items():
            side.standard(standard_of(pattern, known)).add(Element("tier-run", pattern, {"tier": tier}))
        for dep, body in ((data.get("deployments") or {}).items() if isinstance(data.get("deployments"), dict)
                          else []):
            for pattern, sev in ((body or {}).get("severity") or {}).items() if isinstance(body, dict) else []:
                side.standard(standard_of(str(pattern), known)).add(
                    Element("tier-severity", f"{dep}:{pattern}", {"severity": str(sev)}))
    dicom = folder / "dicom.yaml"
    if dicom.is_file():
        for rule in load_yaml(dicom).get("rules") or []:
            if not isinstance(rule, dict) or "id" not in rule:
                continue
            f: dict[str, Any] = {k: rule[k] for k in ("severity", "tier", "title", "hint") if k in rule}
            for t, sev in (rule.get("severity_by_tier") or {}).items():
                f[f"severity_by_tier.{t}"] = str(sev)
            side.standard(standard_of(str(rule["id"]), known)).add(Element("rule", str(rule["id"]), f))
    dcat = folder / "dcat_ap.yaml"
    if dcat.is_file():
        profiles = load_yaml(dcat).get("profiles") or {}
        std = side.standard("dcat_ap")
        for name in sorted(profiles):
            std.add(Element("profile", str(name), {"shapes": sorted(_profile_shapes(profiles, str(name), ()))}))


def _profile_shapes(profiles: dict[str, Any], name: str, stack: tuple[str, ...]) -> set[str]:
    body = profiles.get(name) or {}
    out = {str(s) for s in body.get("shapes") or []}
    for parent in body.get("extends") or []:
        if parent not in stack:
            out |= _profile_shapes(profiles, str(parent), stack + (name,))
    return out


def add_shapes(side: SideModel, folder: Path) -> None:
    """Every named shape of shapes/<standard>/*.ttl, keyed by its rule id (es:ruleId) or its IRI."""
    if not folder.is_dir():
        return
    for std_dir in sorted(p for p in folder.iterdir() if p.is_dir()):
        std = side.standard(std_dir.name if std_dir.name in side.standards else "validators")
        for ttl in sorted(std_dir.glob("*.ttl")):
            for key, fields in _shapes_of(ttl).items():
                std.add(Element("shape", key, fields))


def _shapes_of(path: Path) -> dict[str, dict[str, Any]]:
    g = Graph()
    try:
        g.parse(path, format="turtle")
    except Exception as exc:  # rdflib raises several parser error types; all mean the file is unusable
        raise SpecError(str(path), f"not valid Turtle: {' '.join(str(exc).split())[:200]}") from exc
    shapes = {s for s in g.subjects(RDF.type, URIRef(SH + "NodeShape"))} | \
             {s for s in g.subjects(RDF.type, URIRef(SH + "PropertyShape"))} | \
             set(g.subjects(URIRef(EUCAIM_RULE_ID), None))
    out: dict[str, dict[str, Any]] = {}
    for s in shapes:
        if isinstance(s, BNode):
            continue
        key, fields = _shape_fields(g, s, path.name)
        out[key] = fields
    return out


def _shape_fields(g: Graph, shape: Any, file: str) -> tuple[str, dict[str, Any]]:
    """A shape's key (its rule id, else its IRI) and fields: constraints, strongest severity, documentation."""
    docs: list[str] = []
    sev: list[str] = []
    parts = []
    rule_id = None
    for p, o in g.predicate_objects(shape):
        if str(p) == EUCAIM_RULE_ID:
            rule_id = str(o)
            continue
        if str(p) in SHAPE_DOC_PREDICATES:
            docs.append(f"{p} {o}")
            continue
        if str(p) == SH + "severity":
            sev.append(str(o).rsplit("#", 1)[-1])
            continue
        parts.append(f"<{p}> {_canon(g, o, docs, sev, 1)}")
    fields: dict[str, Any] = {"constraints": "\n".join(sorted(parts)), "file": file}
    if sev:
        fields["severity"] = _strongest(sev)
    if docs:
        fields["description"] = "\n".join(sorted(docs))
    return rule_id or str(shape), fields


def _canon(g: Graph, node: Any, docs: list[str], sev: list[str], depth: int) -> str:
    """Canonical text of a blank-node tree: sorted, bnode labels replaced by their content."""
    if isinstance(node, BNode) and depth < 12:
        parts = []
        for p, o in g.predicate_objects(node):
            if str(p) in SHAPE_DOC_PREDICATES:
                docs.append(f"{p} {o}")
                continue
            if str(p) == SH + "severity":  # compared on its own (raised / lowered), not as a constraint
                sev.append(str(o).rsplit("#", 1)[-1])
                continue
            parts.append(f"<{p}> {_canon(g, o, docs, sev, depth + 1)}")
        return "[" + " ; ".join(sorted(parts)) + "]"
    if isinstance(node, Literal):
        return f'"{" ".join(str(node).split())}"' + (f"^^<{node.datatype}>" if node.datatype else "") + \
            (f"@{node.language}" if node.language else "")
    return f"<{node}>"


SHACL_SEVERITY = {"Info": "info", "Warning": "warning", "Violation": "violation"}


def _strongest(sev: list[str]) -> str:
    order = ["info", "warning", "violation"]
    return max((SHACL_SEVERITY.get(s, "violation") for s in sev), key=order.index)
