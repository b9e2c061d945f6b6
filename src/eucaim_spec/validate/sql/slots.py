"""What the sql engine reads from a LinkML schema: the facts of each slot (``SlotInfo``), the standard and its
default tier, and the name keys rule ids and column matching are built from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.schemaview import annotation, is_truthy, table_name

SQL_TYPE_RE = re.compile(r"^\s*([A-Za-z ]+?)\s*(?:\(\s*(\d+)\s*(?:,\s*(\d+)\s*)?\))?\s*$")
INT_BOUNDS = {"smallint": 2**15, "integer": 2**31, "int": 2**31, "bigint": 2**63}


def rule_part(name: str) -> str:
    """A column or slot name as a rule-id part: lower case, other characters to '_'."""
    return re.sub(r"[^a-z0-9_]+", "_", str(name).lower()).strip("_")


def norm(name: str) -> str:
    """Loose name key: lower case letters and digits only (PatientID == patient_id == 'Patient ID')."""
    return re.sub(r"[^a-z0-9]", "", str(name).lower())


def standard_of(sv: Any) -> str:
    """The standard a schema describes (``cdm``, ``minimum``, ...): the last part of its id, as a rule-id part."""
    sid = str(sv.schema.id or sv.schema.name).rstrip("/")
    return rule_part(sid.rsplit("/", 1)[-1])


def default_tier(sv: Any, standard: str) -> int:
    """The tier of a rule whose slot and class name none: the schema's ``default_tier``, else 3 for the CDM, 1."""
    t = annotation(sv.schema, "default_tier")
    if t is not None:
        return int(t)
    return 3 if standard == "cdm" else 1


@dataclass(frozen=True)
class SlotInfo:
    """What the compiler needs to know of one (induced) slot."""

    name: str
    kind: str | None  # date, datetime, int, decimal, bool or None (text)
    max_length: int | None
    precision: tuple[int, int] | None
    int_bound: int | None
    obligation: str | None
    required: bool
    recommended: bool
    personal: bool
    tier: int
    pattern: str | None
    minimum: float | None
    maximum: float | None
    enum: str | None
    identifier: bool
    references: tuple[str, str] | None
    aliases: tuple[str, ...]
    #: the federated-search key the column answers (annotation ``search_key``), or None
    search_key: str | None = None
    #: what the EUCAIM ETL writes where it contradicts the slot's enum (annotation ``etl_divergence``): such a
    #: value constraint is a warning naming both sides, so genuine ETL output conforms (design.md, verdicts)
    etl_divergence: str | None = None


LINKML_KINDS = {
    "date": "date",
    "datetime": "datetime",
    "integer": "int",
    "float": "decimal",
    "double": "decimal",
    "decimal": "decimal",
    "boolean": "bool",
}


def slot_info(sv: Any, cls: Any, slot: Any, tier_default: int) -> SlotInfo:
    """The facts of one induced ``slot`` of ``cls``: value kind (from its range, overridden by ``sql_type``),
    limits, obligation, tier (slot, else class, else ``tier_default``), enum and reference."""
    rng = slot.range
    kind: str | None = None
    if rng in sv.all_types():
        base = rng
        for anc in sv.type_ancestors(rng):
            if anc in LINKML_KINDS:
                base = anc
                break
        kind = LINKML_KINDS.get(str(base))
    sql_type = annotation(slot, "sql_type")
    max_length = precision = int_bound = None
    if sql_type:
        kind, max_length, precision, int_bound = _sql_type_facts(sv, cls, slot, str(sql_type), kind)
    enum = str(rng) if rng in sv.all_enums() else None
    tier = annotation(slot, "tier") or annotation(cls, "tier") or tier_default
    obligation = annotation(slot, "obligation")
    search_key = annotation(slot, "search_key")
    divergence = annotation(slot, "etl_divergence")
    return SlotInfo(
        name=str(slot.name),
        kind=kind,
        max_length=max_length,
        precision=precision,
        int_bound=int_bound,
        obligation=str(obligation) if obligation else None,
        required=bool(slot.required),
        recommended=bool(slot.recommended),
        personal=is_truthy(annotation(slot, "personal_data")),
        tier=int(tier),
        pattern=slot.pattern,
        minimum=float(slot.minimum_value) if slot.minimum_value is not None else None,
        maximum=float(slot.maximum_value) if slot.maximum_value is not None else None,
        enum=enum,
        identifier=bool(slot.identifier),
        references=_references(sv, slot),
        aliases=tuple(str(a) for a in (slot.aliases or [])) + ((str(slot.title),) if slot.title else ()),
        search_key=str(search_key) if search_key else None,
        etl_divergence=" ".join(str(divergence).split()) if divergence else None,
    )


def _sql_type_facts(
    sv: Any, cls: Any, slot: Any, sql_type: str, kind: str | None
) -> tuple[str | None, int | None, tuple[int, int] | None, int | None]:
    """(kind, max_length, precision, int_bound) as the ``sql_type`` annotation declares them; ``kind`` is the
    range's kind, kept where the SQL type does not name one."""
    m = SQL_TYPE_RE.match(sql_type)
    if not m:
        raise SpecError(
            str(sv.schema.source_file or sv.schema.id),
            f"unreadable sql_type {sql_type!r}",
            f"{cls.name}.{slot.name}",
        )
    tname = m.group(1).lower()
    n1 = int(m.group(2)) if m.group(2) else None
    n2 = int(m.group(3)) if m.group(3) else 0
    if tname in ("varchar", "character varying", "char", "character"):
        return kind, n1, None, None
    if tname in INT_BOUNDS:
        return "int", None, None, INT_BOUNDS[tname]
    if tname in ("decimal", "numeric"):
        return "decimal", None, ((n1, n2) if n1 else None), None
    if tname in ("real", "double precision", "float", "double"):
        return "decimal", None, None, None
    if tname == "date":
        return "date", None, None, None
    if tname.startswith("timestamp"):
        return "datetime", None, None, None
    if tname in ("boolean", "bool"):
        return "bool", None, None, None
    return kind, None, None, None


def _references(sv: Any, slot: Any) -> tuple[str, str] | None:
    """(table, column) the slot's values must exist in: annotation ``references`` (``table.column``), else the
    identifier of the class its range names."""
    ref = annotation(slot, "references")
    if ref:
        t, _, c = str(ref).partition(".")
        return (t, c)
    if slot.range in sv.all_classes():
        ident = sv.get_identifier_slot(slot.range)
        if ident is not None:
            return (table_name(sv.get_class(slot.range)), str(ident.name))
    return None
