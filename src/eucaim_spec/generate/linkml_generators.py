"""Thin wrappers over the LinkML generators: run them on the expanded schema, add our header, fix ordering.

gen-shacl does not know obligations. A value that is present but wrong is a violation whatever the obligation,
so every generated property shape gets ``sh:severity sh:Violation`` and an English ``sh:message``; slots whose
``obligation`` is R or MIA (recommended, mandatory if available) get an extra shape, ``minCount 1`` at
``sh:Warning``, so absence carries the obligation's severity (M is already ``required``: a violation).
"""

from __future__ import annotations

import json
from typing import Any

from eucaim_spec.generate.context import GenContext
from eucaim_spec.namespaces import SH
from eucaim_spec.paths import spec_root
from eucaim_spec.report.model import Severity
from eucaim_spec.schemaview import annotation, missing_severity


def gen_pydantic(ctx: GenContext) -> bytes:
    """gen-pydantic; a recipe may give ``templates`` (a folder of templates overriding gen-pydantic's, relative to
    the spec root) and ``imports`` (``module.Name`` objects the module imports, for those templates)."""
    from linkml.generators.pydanticgen import PydanticGenerator
    from linkml.generators.pydanticgen.template import Import, ObjectImport

    options: dict[str, Any] = {}
    if ctx.recipe.get("templates"):
        options["template_dir"] = str(spec_root() / str(ctx.recipe["templates"]))
    if ctx.recipe.get("imports"):
        options["imports"] = [Import(module=module, objects=[ObjectImport(name=name)])
                              for module, name in (str(i).rsplit(".", 1) for i in ctx.recipe["imports"])]
    code = PydanticGenerator(ctx.view().schema, **options).serialize()
    return (ctx.header("gen-pydantic") + code.rstrip() + "\n").encode()


def gen_jsonschema(ctx: GenContext) -> bytes:
    from linkml.generators.jsonschemagen import JsonSchemaGenerator

    doc = json.loads(JsonSchemaGenerator(ctx.view().schema, include_range_class_descendants=False).serialize())
    doc = {"$comment": ctx.header("gen-json-schema", "").strip(), **doc}
    return (json.dumps(doc, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode()


def gen_shacl(ctx: GenContext) -> bytes:
    from linkml.generators.shaclgen import ShaclGenerator
    from rdflib import RDF, Graph, Literal, Namespace, URIRef

    sv = ctx.view()
    sh = Namespace(SH)
    g = Graph().parse(data=ShaclGenerator(sv.schema).serialize(), format="turtle")
    slot_by_uri: dict[tuple[str, str], Any] = {}
    for cname in sv.all_classes():
        class_uri = str(sv.get_uri(cname, expand=True))
        for slot in sv.class_induced_slots(cname):
            slot_by_uri[(class_uri, str(sv.get_uri(slot, expand=True)))] = (cname, slot)
    for node_shape in g.subjects(RDF.type, sh.NodeShape):
        target = g.value(node_shape, sh.targetClass)
        for prop in list(g.objects(node_shape, sh.property)):
            path = g.value(prop, sh.path)
            found = slot_by_uri.get((str(target), str(path)))
            if not found or path is None:
                continue
            cname, slot = found
            g.set((prop, sh.severity, sh.Violation))
            g.set((prop, sh.message, Literal(_message(cname, slot), lang="en")))
            # absence is a warning by the obligation (R, MIA); M is already ``required``, O absence not reported
            ob = annotation(slot, "obligation")
            if missing_severity(str(ob) if ob else None) is Severity.warning and not slot.required:
                rec = URIRef(f"{node_shape}/recommended/{slot.name}")
                g.add((node_shape, sh.property, rec))
                g.add((rec, sh.path, path))
                g.add((rec, sh.minCount, Literal(1)))
                g.add((rec, sh.severity, sh.Warning))
                g.add((rec, sh.message, Literal(f"{cname}.{slot.name} is recommended (mandatory if available)",
                                                lang="en")))
    canon = skolemize_property_shapes(g)
    text = canon.serialize(format="turtle")
    return (ctx.header("gen-shacl") + text.rstrip() + "\n").encode()


def _message(cname: str, slot: Any) -> str:
    parts = []
    if slot.required:
        parts.append("is required")
    if slot.range:
        parts.append(f"takes values of {slot.range}")
    if slot.pattern:
        parts.append(f"must match {slot.pattern}")
    if slot.minimum_value is not None or slot.maximum_value is not None:
        parts.append(f"must be within [{slot.minimum_value}, {slot.maximum_value}]")
    return f"{cname}.{slot.name} " + ("; ".join(parts) or "constraint not met")


def skolemize_property_shapes(g: Any) -> Any:
    """Give every property shape an IRI derived from its node shape and path, so Turtle output is stable.

    gen-shacl writes property shapes as blank nodes; their serialisation order would follow random blank
    node ids. What stays blank afterwards (RDF list cells) is written inline, in list order.
    (rdflib.compare.to_canonical_graph does the same job but takes minutes on 400-member sh:in lists.)
    """
    from rdflib import BNode, Graph, Namespace, URIRef

    sh = Namespace(SH)
    rename: dict[Any, URIRef] = {}
    for node_shape, prop in g.subject_objects(sh.property):
        if isinstance(prop, BNode):
            path = str(g.value(prop, sh.path))
            local = path.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]
            base = f"{node_shape}/property/{local}"
            iri, n = base, 1
            while URIRef(iri) in rename.values():
                n += 1
                iri = f"{base}-{n}"
            rename[prop] = URIRef(iri)
    out = Graph()
    for prefix, ns in g.namespaces():
        out.bind(prefix, ns)
    for s_, p_, o_ in g:
        out.add((rename.get(s_, s_), p_, rename.get(o_, o_)))
    return out
