"""Load an authored LinkML schema with its hyper-ontology (dynamic) enums expanded from the packaged vocabulary,
and read it: the one home of the LinkML reading helpers every generator and engine shares.

Every generator and engine works on this expanded view, so a code list lives in one place (schemas/vocab/)
and every artifact (pydantic Literal/Enum, JSON Schema enum, SHACL sh:in, SQL checks) agrees on it. The
reading helpers (``annotation``, ``snake``, ``table_name``, ``obligation_code``, ``obligation_severity``,
``dynamic_enum_codes``) are defined here once, so a class has one table name and an obligation one severity
wherever they are read.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from eucaim_spec import vocab
from eucaim_spec.errors import SpecError
from eucaim_spec.paths import schemas_dir, spec_root
from eucaim_spec.report.model import Severity

if TYPE_CHECKING:
    from linkml_runtime.utils.schemaview import SchemaView

STANDARDS = ("cdm", "minimum", "dcat_ap", "fair", "report")
EUCAIM_PREFIX = "EUCAIM:"


def schema_path(standard: str) -> Path:
    return schemas_dir() / standard / f"{standard}.yaml"


def _root_code(curie: str, enum_name: str, file: str) -> str:
    if not curie.startswith(EUCAIM_PREFIX):
        raise SpecError(file, f"reachable_from source node {curie!r} is not an EUCAIM: code", enum_name)
    return curie[len(EUCAIM_PREFIX):]


def expand_dynamic_enums(sv: SchemaView, onto: vocab.HyperOntology, file: str = "") -> int:
    """Replace every ``reachable_from`` enum by its permissible values; return how many enums were expanded.

    Values are the bare codes with ``meaning: EUCAIM:<code>``; codes only in the older (2025) release carry
    ``deprecated`` naming their replacement; edges that are not published 'Is a' relations are noted.
    """
    from linkml_runtime.linkml_model.meta import PermissibleValue  # deferred: pulls in linkml_runtime

    expanded = 0
    for enum in sv.all_enums().values():
        rf = enum.reachable_from
        if rf is None:
            continue
        members = dynamic_enum_codes(enum, onto, file)
        if not members:
            raise SpecError(file, "the branch has no members in the packaged vocabulary", str(enum.name))
        pvs = {}
        for code in sorted(members):
            concept = onto.concepts[code]
            pv = PermissibleValue(text=code, meaning=f"{EUCAIM_PREFIX}{code}", description=concept.label)
            if members[code] != "ontology":
                pv.annotations = {"branch_evidence": members[code]}
            if concept.replaced_by:
                pv.deprecated = f"older hyper-ontology release; use {concept.replaced_by}" + (
                    f"; but note: {concept.disagreement}" if concept.disagreement else ""
                )
            pvs[code] = pv
        enum.permissible_values = pvs
        enum.reachable_from = None
        enum.annotations = dict(enum.annotations or {}) | {
            "expanded_from": ",".join(rf.source_nodes),
            "ontology_version": onto.version,
        }
        expanded += 1
    return expanded


@cache
def load_expanded(standard: str) -> SchemaView:
    """The schema of ``standard`` (imports merged) with dynamic enums expanded. Cached per process."""
    return load_expanded_from(schema_path(standard), vocab.load())


def load_expanded_from(path: Path, onto: vocab.HyperOntology) -> SchemaView:
    """Load ``path`` strictly (unknown ranges/prefixes are SpecErrors) and expand its dynamic enums."""
    from linkml_runtime.utils.schemaview import SchemaView  # deferred: pulls in linkml_runtime

    shown = path.resolve().relative_to(spec_root()).as_posix() if path.resolve().is_relative_to(spec_root()) \
        else str(path)
    if not path.is_file():
        raise SpecError(shown, "schema file not found")
    try:
        sv = SchemaView(str(path), merge_imports=True)
        sv.all_elements()  # forces import resolution
    except Exception as exc:  # linkml raises many exception types; all mean the schema is unusable
        raise SpecError(shown, _first_line(exc)) from exc
    check_schema_references(sv, shown)
    expand_dynamic_enums(sv, onto, shown)
    # Round-trip through JSON so every generator sees plain, normalised metamodel objects (the same
    # objects as a YAML round trip, a third of the time: no pure-Python YAML emitter).
    # deferred: linkml_runtime
    from linkml_runtime.dumpers import json_dumper
    from linkml_runtime.linkml_model.meta import SchemaDefinition
    from linkml_runtime.loaders import json_loader

    schema = json_loader.loads(json_dumper.dumps(sv.schema), SchemaDefinition)
    # generators copy source_file into their output: keep it relative so output is machine-independent
    schema.source_file = shown
    schema.source_file_date = None
    schema.source_file_size = None
    return SchemaView(schema)


def check_schema_references(sv: SchemaView, file: str) -> None:
    """Fail on the mistakes generators would silently accept: unknown ranges, unknown prefixes."""
    known = set(sv.all_classes()) | set(sv.all_types()) | set(sv.all_enums())
    prefixes = set((sv.schema.prefixes or {}).keys()) | {"linkml", "xsd", "rdf", "rdfs", "owl", "skos", "schema"}
    for cname, cls in sv.all_classes().items():
        for attr in sv.class_induced_slots(cname):
            if attr.range and attr.range not in known:
                raise SpecError(file, f"unknown range {attr.range!r}", f"{cname}.{attr.name}")
            for uri in (attr.slot_uri,):
                _check_curie(uri, prefixes, file, f"{cname}.{attr.name}")
        _check_curie(cls.class_uri, prefixes, file, str(cname))
    for sname, slot in sv.all_slots().items():
        if slot.range and slot.range not in known:
            raise SpecError(file, f"unknown range {slot.range!r}", str(sname))
        _check_curie(slot.slot_uri, prefixes, file, str(sname))


def _check_curie(value: str | None, prefixes: set[str], file: str, element: str) -> None:
    if not value or "://" in value or ":" not in value:
        return
    prefix = value.split(":", 1)[0]
    if prefix not in prefixes:
        raise SpecError(file, f"unknown prefix {prefix!r} in {value!r}", element)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return f"{type(exc).__name__}: {text[0] if text else ''}".strip()


# ------------------------------------------------------------------------------------------- reading
def dynamic_enum_codes(enum: Any, onto: vocab.HyperOntology, file: str = "") -> dict[str, str]:
    """Code -> branch evidence of every member of a ``reachable_from`` (hyper-ontology) enum, read from ``onto``.

    Source nodes must be ``EUCAIM:<code>`` codes of the vocabulary (SpecError otherwise); codes reached from
    several source nodes keep the evidence of the first.
    """
    rf = enum.reachable_from
    members: dict[str, str] = {}
    for node in rf.source_nodes:
        root = _root_code(node, str(enum.name), file)
        if root not in onto:
            raise SpecError(file, f"unknown hyper-ontology code {root}", str(enum.name))
        for code, evidence in onto.descendants(root, bool(rf.include_self)).items():
            members.setdefault(code, evidence)
    return members


def annotation(element: Any, key: str, default: Any = None) -> Any:
    """The value of annotation ``key`` of a LinkML element, or ``default`` when it has none.

    SchemaView hands out annotations as plain dicts or as JsonObj wrappers depending on how the element was
    induced (JSON-loaded views also carry an ``_if_missing`` helper key, never asked for); both are read here.
    """
    anns = getattr(element, "annotations", None)
    if not anns:
        return default
    val = anns.get(key) if isinstance(anns, dict) else getattr(anns, key, None)
    if val is None:
        return default
    return getattr(val, "value", val)


def is_truthy(value: Any) -> bool:
    """Whether an annotation value says yes (``true``, ``yes``, ``1``, any case)."""
    return value is True or str(value).lower() in ("true", "yes", "1")


def snake(name: str) -> str:
    """A class name in snake case: ``ImageStudy`` -> ``image_study``, ``PatientID`` -> ``patient_id``;
    other characters become '_' (runs of them one '_', none at either end)."""
    s = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", str(name))
    return re.sub(r"[^a-z0-9_]+", "_", s.lower()).strip("_")


def table_name(cls: Any) -> str:
    """The SQL table (and Table Schema resource) of a class: annotation ``sql_table``, else its name in snake case."""
    return str(annotation(cls, "sql_table") or snake(cls.name))


def obligation_code(slot: Any) -> str:
    """The obligation code of a slot as written (annotation ``obligation``), else M when it is required, R when
    recommended, O otherwise."""
    ob = annotation(slot, "obligation")
    if ob:
        return str(ob)
    if slot.required:
        return "M"
    return "R" if slot.recommended else "O"


def missing_severity(obligation: str | None) -> Severity | None:
    """The severity of a MISSING value by its obligation code alone, or None when the code does not decide it.

    The policy of every standard (schemas/minimum ``obligation_codes``, CONTRIBUTING.md): M and the M-variants
    (M-organ, M-if-semi-auto) -> violation; MIA (mandatory if available) and R -> warning; O -> info. C
    (conditional) has no severity of its own (the rule that decides it carries it), nor has an unknown code:
    None. Codes are read case-insensitively by their first letters. A value that is present but wrong is a
    violation whatever the obligation; that is not decided here.
    """
    if not obligation:
        return None
    ob = obligation.upper()
    if ob.startswith("MIA") or ob.startswith("R"):
        return Severity.warning
    if ob.startswith("M"):
        return Severity.violation
    if ob.startswith("O"):
        return Severity.info
    return None


def obligation_severity(obligation: str | None, required: bool, recommended: bool) -> Severity:
    """The severity of a missing value: ``missing_severity`` of the obligation code where it decides, else
    violation for a required slot, warning for a recommended one, info otherwise."""
    sev = missing_severity(obligation)
    if sev is not None:
        return sev
    if required:
        return Severity.violation
    return Severity.warning if recommended else Severity.info
