"""The normalised element view of one side of a diff: every class, slot, enum, code, shape and suite rule.

The view is read from the authored YAML directly (imports merged, ``is_a``/mixin/slot_usage induced, dynamic
enums expanded from the side's own vocabulary) instead of through LinkML's SchemaView: SchemaView needs seconds
per schema and grows super-linearly with the number of elements, and the diff must stay under 5 s for a
5,000-element schema (issue 12). The same facts the generators read are kept: range, cardinality, pattern,
bounds, obligation, tier, SQL annotations, deprecation and replacement, plus documentation fields.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eucaim_spec.errors import SpecError

#: Slot fields compared as constraints (order = order of report lines).
SLOT_FIELDS = (
    "range", "required", "recommended", "identifier", "multivalued", "minimum_cardinality", "maximum_cardinality",
    "pattern", "minimum_value", "maximum_value", "equals_string", "slot_uri", "inlined", "is_a",
)
CLASS_FIELDS = ("is_a", "mixins", "abstract", "mixin", "class_uri", "tree_root", "unique_keys")
DOC_FIELDS = ("description", "title", "comments", "examples", "see_also", "notes", "todos", "in_subset",
              "exact_mappings", "close_mappings", "related_mappings", "narrow_mappings", "broad_mappings",
              "rank", "source", "contributors", "license", "keywords", "categories", "status", "created_on",
              "last_updated_on", "created_by", "modified_by")
DEPRECATION_FIELDS = ("deprecated", "deprecated_element_has_exact_replacement",
                      "deprecated_element_has_possible_replacement")
#: Standards whose rule ids do not name a schema of their own, and the standard they enforce: the DICOM
#: header rules check the Tier-1 minimum imaging data (validators/dicom.yaml header).
RULE_STANDARD_ALIASES = {"dicom": "minimum"}


@dataclass
class Element:
    """One comparable element. ``key`` is unique within a standard, e.g. ``slot Patient.patient_id``."""

    kind: str  # schema | class | slot | enum | value | shape | rule | tier-run | tier-severity | profile
    name: str  # the element's own name (class, Class.slot, Enum.CODE, rule id, pattern)
    fields: dict[str, Any] = field(default_factory=dict)
    aliases: tuple[str, ...] = ()  # former names declared by the schema (aliases)
    replacement: str | None = None  # deprecated_element_has_exact_replacement (same kind, same parent)

    @property
    def key(self) -> str:
        return f"{self.kind} {self.name}"


@dataclass
class StandardView:
    name: str
    version: str | None
    elements: dict[str, Element] = field(default_factory=dict)
    source: str = ""

    def add(self, el: Element) -> None:
        self.elements[el.key] = el


@dataclass
class SideModel:
    """Every standard of one side, by name."""

    label: str
    standards: dict[str, StandardView] = field(default_factory=dict)

    def standard(self, name: str) -> StandardView:
        if name not in self.standards:
            self.standards[name] = StandardView(name, None, source="validators")
        return self.standards[name]


def load_yaml(path: Path) -> dict[str, Any]:
    """A YAML mapping file of a release side; SpecError when it cannot be read or is not a mapping."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"not readable as YAML: {' '.join(str(exc).split())[:200]}") from exc
    if not isinstance(data, dict):
        raise SpecError(str(path), "expected a YAML mapping")
    return data


def _merged_schema(root: Path) -> dict[str, Any]:
    """The root schema with its local imports merged (first definition wins, as LinkML's merge does)."""
    schema = load_yaml(root)
    merged = {k: dict(schema.get(k) or {}) for k in ("classes", "slots", "enums", "types")}
    seen = {root.resolve()}
    queue = list(schema.get("imports") or [])
    while queue:
        imp = str(queue.pop(0))
        if ":" in imp:  # linkml:types and other registry imports carry no element of ours
            continue
        path = (root.parent / f"{imp}.yaml").resolve()
        if path in seen:
            continue
        seen.add(path)
        if not path.is_file():
            raise SpecError(str(root), f"import {imp!r} not found")
        sub = load_yaml(path)
        for k, elements in merged.items():
            for name, value in (sub.get(k) or {}).items():
                elements.setdefault(name, value)
        queue.extend(sub.get("imports") or [])
    schema.update(merged)
    return schema


def _annotations(obj: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for k, v in (obj.get("annotations") or {}).items():
        out[str(k)] = v.get("value") if isinstance(v, dict) and "value" in v else v
    return out


def _norm(value: Any) -> Any:
    """Plain, comparable values: lists of scalars sorted where order carries no meaning is left to callers."""
    if isinstance(value, str):
        return " ".join(value.split()) if "\n" in value else value
    if isinstance(value, dict):
        return {str(k): _norm(v) for k, v in sorted(value.items(), key=lambda kv: str(kv[0]))}
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    return value


#: Keys that hold other elements or are compared another way; every other key is a field, so that a metamodel
#: slot the classifier does not know yet is still reported (as a change of unknown direction) and never ignored.
STRUCTURAL_KEYS = {"attributes", "slots", "slot_usage", "permissible_values", "aliases", "annotations", "name",
                   "classes", "enums", "types", "imports", "prefixes", "version", "subsets", "default_curi_maps",
                   "emit_prefixes", "default_range", "source_file", "source_file_date", "source_file_size",
                   "generation_date", "text", "reachable_from"}


def _element_fields(obj: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for n in sorted(set(obj) - STRUCTURAL_KEYS):
        if obj.get(n) is not None:
            out[str(n)] = _norm(obj[n])
    for k, v in _annotations(obj).items():
        out[f"annotations.{k}"] = _norm(v)
    return out


def _ancestors(classes: dict[str, Any], name: str) -> list[str]:
    """``name`` and its is_a/mixin ancestors, most general first (the order slot definitions are refined)."""
    order: list[str] = []

    def visit(n: str, stack: tuple[str, ...]) -> None:
        if n in order or n in stack or n not in classes:
            return
        c = classes[n] or {}
        if c.get("is_a"):
            visit(str(c["is_a"]), stack + (n,))
        for m in c.get("mixins") or []:
            visit(str(m), stack + (n,))
        order.append(n)

    visit(name, ())
    return order


def _induced_slots(schema: dict[str, Any], cname: str) -> dict[str, dict[str, Any]]:
    classes, slots = schema["classes"], schema["slots"]
    induced: dict[str, dict[str, Any]] = {}
    for anc in _ancestors(classes, cname):
        c = classes[anc] or {}
        for s in c.get("slots") or []:
            induced.setdefault(str(s), dict(slots.get(s) or {}))
        for s, body in (c.get("attributes") or {}).items():
            induced[str(s)] = {**dict(slots.get(s) or {}), **dict(body or {})}
        for s, body in (c.get("slot_usage") or {}).items():
            if str(s) in induced:
                base = induced[str(s)]
                merged = {**base, **dict(body or {})}
                refined = (body or {}).get("annotations") or {}
                if base.get("annotations") or refined:
                    merged["annotations"] = {**(base.get("annotations") or {}), **refined}
                induced[str(s)] = merged
    return induced


def schema_view(path: Path, standard: str, ontology: Any) -> StandardView:
    """The element view of the schema at ``path`` (root file ``<standard>.yaml``)."""
    schema = _merged_schema(path)
    ann = _annotations(schema)
    default_range = schema.get("default_range") or "string"
    default_tier = ann.get("default_tier", 1)
    view = StandardView(standard, None if schema.get("version") is None else str(schema["version"]),
                        source=str(path))
    view.add(Element("schema", standard, _element_fields(schema, ("id", "default_prefix"))))
    for cname, cls in sorted(schema["classes"].items()):
        cls = cls or {}
        view.add(Element("class", str(cname), _element_fields(cls, CLASS_FIELDS),
                         tuple(str(a) for a in cls.get("aliases") or []),
                         cls.get("deprecated_element_has_exact_replacement")))
        for sname, slot in sorted(_induced_slots(schema, cname).items()):
            f = _element_fields(slot, SLOT_FIELDS)
            f.setdefault("range", default_range)
            f.setdefault("annotations.tier", default_tier)
            view.add(Element("slot", f"{cname}.{sname}", f, tuple(str(a) for a in slot.get("aliases") or []),
                             slot.get("deprecated_element_has_exact_replacement")))
    for ename, enum in sorted(schema["enums"].items()):
        enum = enum or {}
        values = _enum_values(enum, str(ename), ontology, path)
        f = _element_fields(enum, ())
        if enum.get("reachable_from"):
            f["reachable_from"] = _norm(enum["reachable_from"])
        view.add(Element("enum", str(ename), f, tuple(str(a) for a in enum.get("aliases") or []),
                         enum.get("deprecated_element_has_exact_replacement")))
        for code, pv in sorted(values.items()):
            view.add(Element("value", f"{ename}.{code}", _element_fields(pv, ("meaning", "replaced_by")),
                             tuple(str(a) for a in pv.get("aliases") or []),
                             pv.get("deprecated_element_has_exact_replacement") or pv.get("replaced_by")))
    return view


def _enum_values(enum: dict[str, Any], ename: str, ontology: Any, path: Path) -> dict[str, dict[str, Any]]:
    """Static permissible values, or the members of a dynamic enum expanded like schemaview.expand_dynamic_enums."""
    values = {str(k): dict(v or {}) for k, v in (enum.get("permissible_values") or {}).items()}
    rf = enum.get("reachable_from")
    if not rf:
        return values
    if ontology is None:
        raise SpecError(str(path), "dynamic enum but no hyper-ontology to expand it", ename)
    for node in rf.get("source_nodes") or []:
        root = str(node).split(":", 1)[-1]
        if root not in ontology:
            raise SpecError(str(path), f"unknown hyper-ontology code {root}", ename)
        for code in ontology.descendants(root, bool(rf.get("include_self"))):
            concept = ontology.concepts[code]
            pv = values.setdefault(code, {"meaning": f"EUCAIM:{code}", "description": concept.label})
            if concept.replaced_by:
                pv["deprecated"] = f"older hyper-ontology release; use {concept.replaced_by}"
                pv["replaced_by"] = concept.replaced_by
    return values
