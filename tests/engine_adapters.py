"""Run one example record through each engine that claims LinkML constraints; report (slot, constraint) hits.

The same good and bad data go through pydantic (generated models), JSON Schema (generated), SHACL (generated
shapes, pySHACL) and SQL (our compiled checks on DuckDB), so one constraint is seen by every engine.
"""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec.paths import ARTIFACTS_DIR
from eucaim_spec.schemaview import load_expanded

Hit = tuple[str, str]  # (slot name lower-case, constraint kind)

PYDANTIC_KIND = {"missing": "required", "enum": "enum", "literal_error": "enum", "string_pattern_mismatch": "pattern",
                 "greater_than_equal": "range", "less_than_equal": "range", "greater_than": "range",
                 "less_than": "range"}
JSONSCHEMA_KIND = {"required": "required", "enum": "enum", "pattern": "pattern", "type": "type", "format": "type",
                   "minimum": "range", "maximum": "range", "exclusiveMinimum": "range", "exclusiveMaximum": "range"}
SHACL_KIND = {"MinCountConstraintComponent": "required", "InConstraintComponent": "enum",
              "PatternConstraintComponent": "pattern", "DatatypeConstraintComponent": "type",
              "MinInclusiveConstraintComponent": "range", "MaxInclusiveConstraintComponent": "range",
              "NodeKindConstraintComponent": "type", "ClassConstraintComponent": "type"}


def _jsonable(data: dict) -> dict:
    return json.loads(json.dumps(data, default=str))


def run_pydantic(standard: str, cls: str, data: dict) -> set[Hit]:
    from pydantic import ValidationError

    model = getattr(importlib.import_module(f"eucaim_spec.models.{standard}"), cls)
    try:
        model(**data)
    except ValidationError as exc:
        hits = set()
        for err in exc.errors():
            slot = str(err["loc"][0]).lower() if err["loc"] else ""
            kind = PYDANTIC_KIND.get(err["type"], "type" if "parsing" in err["type"] or "_type" in err["type"]
                                     else err["type"])
            if err["type"] == "value_error" and "pattern" in str(err.get("msg", "")).lower():
                kind = "pattern"
            hits.add((slot, kind))
        return hits
    return set()


@cache
def _json_schema(standard: str) -> dict:
    return json.loads((ARTIFACTS_DIR / "jsonschema" / f"{standard}.schema.json").read_text())


def run_jsonschema(standard: str, cls: str, data: dict) -> set[Hit]:
    import jsonschema

    doc = _json_schema(standard)
    schema = {"$schema": doc.get("$schema"), "$defs": doc["$defs"], "$ref": f"#/$defs/{cls}"}
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    hits = set()
    for err in validator.iter_errors(_jsonable(data)):
        if err.validator == "required":
            slot = str(err.message).split("'")[1]
        else:
            slot = str(err.absolute_path[0]) if err.absolute_path else ""
        hits.add((slot.lower(), JSONSCHEMA_KIND.get(str(err.validator), str(err.validator))))
    return hits


@cache
def _shapes(standard: str):
    from rdflib import Graph

    return Graph().parse(ARTIFACTS_DIR / "shacl" / f"{standard}.shacl.ttl", format="turtle")


def record_graph(standard: str, cls: str, data: dict):
    """The record as RDF the way the LinkML RDF dumper writes it: typed literals, enum meanings as IRIs."""
    from rdflib import RDF, XSD, BNode, Graph, Literal, URIRef

    sv = load_expanded(standard)
    g = Graph()
    base = str(sv.schema.id).rstrip("/") + "/"
    ident = sv.get_identifier_slot(cls)
    # In RDF the identifier is the record's own IRI (as the LinkML RDF dumper writes it), not a property.
    node = URIRef(f"{base}{cls}/{data[ident.name]}") if ident is not None and data.get(ident.name) else BNode("record")
    g.add((node, RDF.type, URIRef(sv.get_uri(cls, expand=True))))
    xsd = {"integer": XSD.integer, "decimal": XSD.decimal, "float": XSD.float, "double": XSD.double,
           "boolean": XSD.boolean, "date": XSD.date, "datetime": XSD.dateTime}
    slots = {str(s.name): s for s in sv.class_induced_slots(cls)}
    for key, value in data.items():
        slot = slots.get(key)
        if slot is None or value is None or (ident is not None and key == ident.name):
            continue
        pred = URIRef(sv.get_uri(slot, expand=True))
        values = value if isinstance(value, list) else [value]
        enum = sv.all_enums().get(slot.range or "")
        for v in values:
            if enum is not None and str(v) in (enum.permissible_values or {}):
                meaning = enum.permissible_values[str(v)].meaning
                g.add((node, pred, URIRef(sv.expand_curie(meaning)) if meaning else Literal(str(v))))
                continue
            if slot.range in sv.all_classes():
                # a reference: the referenced record's IRI, typed as it would be in the whole dataset graph
                ref = URIRef(f"{base}{slot.range}/{v}")  # ids are unique per table, not globally
                g.add((node, pred, ref))
                g.add((ref, RDF.type, URIRef(sv.get_uri(slot.range, expand=True))))
                continue
            rng = slot.range or "string"
            base = str(sv.induced_type(rng).base or "") if rng in sv.all_types() else ""
            dtype = xsd.get(rng) or {"int": XSD.integer, "Decimal": XSD.decimal, "Bool": XSD.boolean,
                                     "XSDDate": XSD.date}.get(base)
            text = str(v).lower() if isinstance(v, bool) else str(v)
            g.add((node, pred, Literal(text, datatype=dtype) if dtype else Literal(text)))
    return g


def run_shacl(standard: str, cls: str, data: dict) -> set[Hit]:
    from pyshacl import validate
    from rdflib import RDF, Namespace, URIRef

    sh = Namespace("http://www.w3.org/ns/shacl#")
    sv = load_expanded(standard)
    by_uri = {str(sv.get_uri(s, expand=True)): str(s.name).lower() for s in sv.class_induced_slots(cls)}
    graph = record_graph(standard, cls, data)
    record = next(graph.subjects(RDF.type, URIRef(sv.get_uri(cls, expand=True))))
    _, results, _ = validate(graph, shacl_graph=_shapes(standard), inference="none", allow_warnings=True)
    hits = set()
    for res in results.subjects(predicate=sh.resultPath):
        if results.value(res, sh.focusNode) != record:
            continue  # the typed stubs of referenced records are not under test
        if results.value(res, sh.resultSeverity) != sh.Violation:
            continue  # recommended-but-absent warnings are not rejections
        path = str(results.value(res, sh.resultPath))
        comp = str(results.value(res, sh.sourceConstraintComponent)).rsplit("#", 1)[-1]
        hits.add((by_uri.get(path, path), SHACL_KIND.get(comp, comp)))
    return hits


ENGINES = {"pydantic": run_pydantic, "jsonschema": run_jsonschema, "shacl": run_shacl}

#: Which constraint kinds each engine claims to check (LinkML has no string length: only SQL sees max_length).
CLAIMS: dict[str, set[str]] = {
    "pydantic": {"required", "type", "enum", "pattern", "range"},
    "jsonschema": {"required", "type", "enum", "pattern", "range"},
    # The identifier is the node's IRI in RDF, so SHACL cannot see a missing key (see shacl_claims).
    "shacl": {"required", "type", "enum", "pattern", "range"},
    "sql": {"required", "type", "enum", "pattern", "range", "max_length", "code"},
}


def write_matrix(table: dict[str, dict[str, list[int]]], path: Path) -> None:
    """Write the feature x engine table: caught / examples for each constraint kind."""
    engines = sorted(CLAIMS)
    lines = ["| constraint | " + " | ".join(engines) + " |", "|---|" + "---|" * len(engines)]
    for kind in sorted(table):
        cells = []
        for e in engines:
            caught, total = table[kind].get(e, [0, 0])
            cells.append(f"{caught}/{total}" if e in table[kind] else "—")
        lines.append(f"| {kind} | " + " | ".join(cells) + " |")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines) + "\n")


def run_all(standard: str, cls: str, data: dict, engines: dict[str, Any]) -> dict[str, set[Hit]]:
    return {name: fn(standard, cls, data) for name, fn in engines.items()}


def claims(engine: str, standard: str, cls: str, slot: str | None, kind: str) -> bool:
    """Whether ``engine`` claims ``kind`` on this slot; SHACL cannot see a missing identifier (it is the IRI).
    The sql engine reads the minimum clinical table as a whole: its population column decides which record
    class a row is, so a population value of the other class is a row of that class, never this slot's
    enum violation (minimum.population.unrecognised covers values of no class)."""
    if kind not in CLAIMS[engine]:
        return False
    if engine == "sql" and standard == "minimum" and slot == "population" and kind == "enum":
        return False
    if engine == "shacl" and slot is not None:
        ident = load_expanded(standard).get_identifier_slot(cls)
        if ident is not None and str(ident.name).lower() == slot:
            return False
    return True
