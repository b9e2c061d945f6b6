"""What the schemas say about columns that matters to disclosure risk: quasi-identifiers, personal data, dates, ages.

Read from the authored schemas (schemas/minimum, schemas/cdm) as YAML, without LinkML: the profile needs three
annotations and two facets, and a LinkML SchemaView would cost seconds at every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from eucaim_spec.schemaview import is_truthy, schema_path
from eucaim_spec.validate.sql.slots import norm
from eucaim_spec.yaml_io import safe_load


@dataclass(frozen=True)
class ColumnFact:
    slot: str
    quasi_identifier: bool
    personal_data: bool
    is_date: bool
    is_age: bool
    identifier: bool


def _fact(name: str, spec: dict[str, Any]) -> ColumnFact:
    anns = spec.get("annotations") or {}
    unit = (spec.get("unit") or {}).get("ucum_code")
    rng = str(spec.get("range") or "")
    return ColumnFact(
        slot=name,
        quasi_identifier=is_truthy(anns.get("quasi_identifier")),
        personal_data=is_truthy(anns.get("personal_data")),
        is_date=rng in ("date", "datetime"),
        # an age is a duration in years (UCUM 'a') or a slot named as one (DICOM PatientAge is '045Y' text)
        is_age=unit == "a" or "age" in norm(name).replace("stage", "").replace("image", ""),
        identifier=bool(spec.get("identifier")),
    )


@cache
def column_facts(standard: str) -> dict[str, ColumnFact]:
    """norm(column name or alias) -> facts, over every slot (minimum) or class attribute (cdm) of ``standard``."""
    # libyaml's safe loader where PyYAML has it: the pure-Python one takes ~0.5 s per schema
    doc = safe_load(schema_path(standard).read_text(encoding="utf-8")) or {}
    specs: list[tuple[str, dict[str, Any]]] = [(n, s or {}) for n, s in (doc.get("slots") or {}).items()]
    for cls in (doc.get("classes") or {}).values():
        specs += [(n, s or {}) for n, s in ((cls or {}).get("attributes") or {}).items()]
    out: dict[str, ColumnFact] = {}
    for name, spec in specs:
        fact = _fact(name, spec)
        for key in [name, *(spec.get("aliases") or [])]:
            out.setdefault(norm(key), fact)
    return out


def facts_for(kind: str, columns: list[str]) -> dict[str, ColumnFact]:
    """column -> facts for the columns of a table of ``kind`` (cdm, minimum, declared, imaging_tags) that the
    schemas describe."""
    standard = "cdm" if kind == "cdm" else "minimum"
    known = column_facts(standard)
    return {c: known[norm(c)] for c in columns if norm(c) in known}
