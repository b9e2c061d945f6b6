"""The compiled check plan: what the sql engine reads from the cdm and minimum schemas, as a packaged JSON artifact
(``eucaim generate`` writes it; ``eucaim generate --check`` compares it), so a check of tables never loads LinkML.

The plan holds, per standard, the schema facts the engine and its compiler ask a SchemaView for (classes with their
induced slots, rules, unique keys and descendants; enums with their expanded permissible values; type ancestors),
with the spec version of each standard and a SHA-256 of the schema sources it was generated from. ``PlanView``
answers those questions from the plan exactly as SchemaView does from the schemas, so the same compiler produces
the same checks from either. A plan whose source hash differs from the schemas at hand (edited, not regenerated)
is not used: the engine then compiles from the schemas.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec.paths import ARTIFACTS_DIR, schemas_dir

#: The compiled check plan of the packaged cdm and minimum schemas (``eucaim generate`` writes it).
SQL_PLAN_ARTIFACT = ARTIFACTS_DIR / "plan" / "sql.json"
#: The standards the sql engine checks, in the plan's order.
PLAN_STANDARDS = ("cdm", "minimum")
#: Bumped when the plan's layout changes (a plan of another layout is not used).
PLAN_FORMAT = 1
#: The schema sources a plan is generated from (hashed into it): the two schemas and the vocabulary their
#: hyper-ontology enums are expanded from (changelogs and other notes are not sources).
SOURCE_GLOBS = ("cdm/*.yaml", "minimum/*.yaml", "vocab/*")

#: The induced-slot fields the compiler and the engine read (slots.slot_info, engine.discriminator, ...).
SLOT_FIELDS = (
    "name", "range", "required", "recommended", "pattern", "minimum_value", "maximum_value", "identifier",
    "aliases", "title", "annotations", "equals_string", "equals_string_in",
)
#: Fields whose value is a mapping of name -> element (kept a dict, its values elements).
MAPPING_FIELDS = ("slot_conditions", "permissible_values", "unique_keys")


class Node:
    """A schema element of the plan: its recorded fields as attributes; a field not recorded reads as None (as an
    unset field of a LinkML element does)."""

    def __init__(self, fields: dict[str, Any]) -> None:
        self.__dict__.update(fields)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        return None


def _node(data: dict[str, Any]) -> Node:
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "annotations":
            out[key] = dict(value)
        elif key in MAPPING_FIELDS:
            out[key] = {k: _node(v) for k, v in value.items()}
        else:
            out[key] = _restore(value)
    return Node(out)


def _restore(value: Any) -> Any:
    if isinstance(value, dict):
        return _node(value)
    if isinstance(value, list):
        return [_restore(v) for v in value]
    return value


class PlanView:
    """A SchemaView stand-in over one standard of the plan: the questions the sql engine asks, the same answers."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.schema = _node(data["schema"])
        self._classes = {name: _node(c["class"]) for name, c in data["classes"].items()}
        self._induced = {name: [_node(s) for s in c["induced_slots"]] for name, c in data["classes"].items()}
        self._descendants = {name: list(c["descendants"]) for name, c in data["classes"].items()}
        self._identifier = {name: c["identifier_slot"] for name, c in data["classes"].items()}
        self._enums = {name: _node(e) for name, e in data["enums"].items()}
        self._types = {name: list(anc) for name, anc in data["types"].items()}
        self._slots = {name: _node(s) for name, s in data["slots"].items()}

    def all_classes(self) -> dict[str, Node]:
        return self._classes

    def all_enums(self) -> dict[str, Node]:
        return self._enums

    def all_types(self) -> dict[str, list[str]]:
        return self._types

    def type_ancestors(self, name: str) -> list[str]:
        return self._types[name]

    def get_class(self, name: str) -> Node:
        return self._classes[name]

    def get_enum(self, name: str) -> Node:
        return self._enums[name]

    def get_slot(self, name: str) -> Node | None:
        return self._slots.get(name)

    def class_induced_slots(self, name: str) -> list[Node]:
        return self._induced[name]

    def class_descendants(self, name: str, reflexive: bool = True) -> list[str]:
        return ([name] if reflexive else []) + self._descendants[name]

    def get_identifier_slot(self, name: str) -> Node | None:
        ident = self._identifier[name]
        return Node({"name": ident}) if ident is not None else None


# ------------------------------------------------------------------------------------------- writing
def _plain(value: Any) -> Any:
    """A LinkML value as JSON: elements as objects of their set fields, names and enum values as text."""
    from linkml_runtime.utils.enumerations import EnumDefinitionImpl  # deferred: pulls in linkml_runtime
    from linkml_runtime.utils.yamlutils import YAMLRoot  # deferred: as above (the plan is written by generate only)

    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, str | EnumDefinitionImpl):
        return str(value)
    if isinstance(value, YAMLRoot):
        return _element(value, [k for k in vars(value) if not k.startswith("_")])
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    raise TypeError(f"cannot record {type(value).__name__} in the check plan")


def _annotations(anns: Any) -> dict[str, Any]:
    items = anns.items() if isinstance(anns, dict) else ((k, v) for k, v in vars(anns).items())
    return {str(k): _plain(getattr(v, "value", v)) for k, v in items if not str(k).startswith("_")}


def _element(el: Any, fields: Iterable[str]) -> dict[str, Any]:
    """The set ``fields`` of ``el`` (None and empty collections left out: they read as None from a Node)."""
    out: dict[str, Any] = {}
    for f in fields:
        v = getattr(el, f, None)
        if v is None or (isinstance(v, list | dict) and not v):
            continue
        if f == "annotations":
            if not isinstance(v, dict) and not vars(v):
                continue
            out[f] = _annotations(v)
        else:
            out[f] = _plain(v)
    return out


def snapshot(sv: Any) -> dict[str, Any]:
    """What the sql engine reads from ``sv`` (an expanded SchemaView), as JSON-ready data (see ``PlanView``)."""
    classes = {}
    for cname, cls in sv.all_classes().items():
        ident = sv.get_identifier_slot(cname)
        classes[str(cname)] = {
            "class": _element(cls, ("name", "abstract", "mixin", "annotations", "rules", "unique_keys")),
            "induced_slots": [_element(s, SLOT_FIELDS) for s in sv.class_induced_slots(cname)],
            "descendants": [str(d) for d in sv.class_descendants(cname, reflexive=False)],
            "identifier_slot": str(ident.name) if ident is not None else None,
        }
    enums = {}
    for ename, enum in sv.all_enums().items():
        e = _element(enum, ("name", "annotations"))
        if enum.reachable_from is not None:
            raise ValueError(f"enum {ename} is not expanded: the plan holds expanded schemas only")
        pvs = enum.permissible_values or {}
        e["permissible_values"] = {str(t): _element(pv, ("meaning", "deprecated")) for t, pv in pvs.items()}
        enums[str(ename)] = e
    return {
        "schema": _element(sv.schema, ("id", "name", "version", "source_file", "annotations")),
        "classes": classes,
        "enums": enums,
        "types": {str(t): [str(a) for a in sv.type_ancestors(t)] for t in sv.all_types()},
        "slots": {str(n): _element(s, ("name", "aliases")) for n, s in sv.all_slots().items()},
    }


def sources_hash(root: Path | None = None) -> str:
    """SHA-256 over the schema sources a plan is generated from (path and bytes of every file, sorted)."""
    base = root or schemas_dir()
    h = hashlib.sha256()
    for pattern in SOURCE_GLOBS:
        for p in sorted(f for f in base.glob(pattern) if f.is_file()):
            h.update(p.relative_to(base).as_posix().encode() + b"\0")
            h.update(p.read_bytes() + b"\0")
    return h.hexdigest()


def render_plan(views: dict[str, Any]) -> bytes:
    """The plan artifact of the expanded schema views of ``PLAN_STANDARDS``: one standard's part per line group."""
    head = {
        "_comment": "generated from schemas/cdm, schemas/minimum and schemas/vocab by sql_plan (eucaim generate); "
        "do not edit",
        "format": PLAN_FORMAT,
        "spec_versions": {std: str(views[std].schema.version or "") for std in PLAN_STANDARDS},
        "sources_sha256": sources_hash(),
    }
    lines = ["{" + json.dumps(head, ensure_ascii=False, sort_keys=True)[1:-1] + ",", ' "standards": {']
    for i, std in enumerate(PLAN_STANDARDS):
        sep = "," if i < len(PLAN_STANDARDS) - 1 else ""
        lines.append(f"  {json.dumps(std)}: {json.dumps(snapshot(views[std]), ensure_ascii=False)}{sep}")
    lines.append(" }}")
    return ("\n".join(lines) + "\n").encode()


# ------------------------------------------------------------------------------------------- reading
@cache
def load_plan() -> dict[str, PlanView] | None:
    """The packaged plan's views per standard, or None when there is none, it is of another format or it was
    generated from other schema sources than those at hand (then the engine compiles from the schemas)."""
    try:
        data = json.loads(SQL_PLAN_ARTIFACT.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != PLAN_FORMAT or data.get("sources_sha256") != sources_hash():
        return None
    return {std: PlanView(part) for std, part in data["standards"].items()}
