"""Frictionless Table Schemas (one per table) and a Data Package descriptor for the CDM and minimum tables."""

from __future__ import annotations

import json
import re
from typing import Any

from eucaim_spec.generate.context import GenContext, Outputs
from eucaim_spec.schemaview import annotation, table_name

FIELD_TYPE = {"string": "string", "integer": "integer", "decimal": "number", "float": "number", "double": "number",
              "boolean": "boolean", "date": "date", "datetime": "datetime", "uri": "string", "uriorcurie": "string"}
VARCHAR = re.compile(r"VARCHAR\((\d+)\)", re.IGNORECASE)


def _field(sv: Any, slot: Any) -> dict[str, Any]:
    rng = slot.range or "string"
    base = rng
    if rng in sv.all_types():
        base = sv.induced_type(rng).typeof or rng if rng not in FIELD_TYPE else rng
    enum = sv.all_enums().get(rng)
    if rng in sv.all_classes():
        ident = sv.get_identifier_slot(rng)
        base = ident.range if ident is not None and ident.range else "string"
    ftype = "string" if enum is not None else FIELD_TYPE.get(base, "string")
    f: dict[str, Any] = {"name": str(slot.name), "type": ftype}
    if slot.description:
        f["description"] = " ".join(str(slot.description).split())
    cons: dict[str, Any] = {}
    if slot.required or slot.identifier:
        cons["required"] = True
    if slot.identifier:
        cons["unique"] = True
    if enum is not None and enum.permissible_values:
        cons["enum"] = sorted(enum.permissible_values)
    if slot.pattern:
        if f["type"] == "string":
            cons["pattern"] = slot.pattern
        else:  # Table Schema allows patterns on strings only: keep the rule visible to readers
            f["description"] = (f.get("description", "") + f" Written as: {slot.pattern}").strip()
    if slot.minimum_value is not None:
        cons["minimum"] = slot.minimum_value
    if slot.maximum_value is not None:
        cons["maximum"] = slot.maximum_value
    m = VARCHAR.fullmatch(str(annotation(slot, "sql_type") or ""))
    if m:
        cons["maxLength"] = int(m.group(1))
    if cons:
        f["constraints"] = cons
    if f["type"] == "number":
        f["decimalChar"] = "."
    return f


def table_schemas(sv: Any) -> dict[str, dict[str, Any]]:
    """Resource name -> Table Schema for every concrete class."""
    out: dict[str, dict[str, Any]] = {}
    for cname, cls in sorted(sv.all_classes().items()):
        if cls.abstract or cls.mixin or cls.tree_root:
            continue
        slots = sv.class_induced_slots(cname)
        schema: dict[str, Any] = {"fields": [_field(sv, s) for s in slots], "missingValues": [""]}
        pk = [str(s.name) for s in slots if s.identifier]
        if pk:
            schema["primaryKey"] = pk
        fks = []
        for s in slots:
            ref = annotation(s, "references")
            if ref:
                table, _, col = str(ref).partition(".")
                fks.append({"fields": [str(s.name)], "reference": {"resource": table, "fields": [col]}})
        if fks:
            schema["foreignKeys"] = fks
        out[table_name(cls)] = schema
    return out


def gen_table_schemas(ctx: GenContext) -> Outputs:
    sv = ctx.view()
    schemas = table_schemas(sv)
    comment = ctx.header("tableschema", "").strip()
    files: dict[str, bytes] = {}
    resources = []
    for name, schema in schemas.items():
        files[f"{name}.schema.json"] = _dump({"$comment": comment, **schema})
        resources.append({"name": name, "path": f"clinical/{name}.csv", "profile": "tabular-data-resource",
                          "format": "csv", "encoding": "utf-8", "dialect": {"delimiter": ",", "header": True},
                          "schema": f"{name}.schema.json"})
    package = {"$comment": comment, "name": f"eucaim-{ctx.source.replace('_', '-')}",
               "title": str(sv.schema.title or sv.schema.name), "version": str(sv.schema.version or ""),
               "profile": "tabular-data-package", "resources": resources}
    files["datapackage.json"] = _dump(package)
    return files


def _dump(doc: dict[str, Any]) -> bytes:
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode()
