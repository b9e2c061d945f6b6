"""What the site and ``eucaim explain`` say about classes, slots, enums and rules, read from the sources.

One index joins the expanded schemas (schemaview.load_expanded), the packaged hyper-ontology, the rule
catalogue and the tier suite, so that a slot knows the rules that check it and a rule knows its slot,
its allowed codes and its severity at each tier.
"""

from __future__ import annotations

import csv
import importlib.util
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec import vocab
from eucaim_spec.paths import repo_root, schemas_dir, spec_root
from eucaim_spec.profile.quality import RULES as QUALITY_RULES
from eucaim_spec.schemaview import annotation, load_expanded, obligation_code, snake, table_name
from eucaim_spec.validate.catalogue import ENGINES, all_rules
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.sql.slots import default_tier, rule_part
from eucaim_spec.validate.suite import load_suite, pattern_matches

#: Standards that describe checked data (their classes get rule links); fair and report describe the tool.
CHECKED_STANDARDS = ("cdm", "minimum", "dcat_ap")
#: Standards with schema pages, in the order the site lists them.
SITE_STANDARDS = ("cdm", "minimum", "dcat_ap", "fair", "report")
TIERS = (1, 2, 3)
#: Rule constraints whose allowed values are an enumeration (CONTRIBUTING.md, "Rule ids and findings").
CODE_CONSTRAINTS = ("enum", "code", "deprecated_code", "iri_alias", "in")


@dataclass(frozen=True)
class CodeDoc:
    code: str
    label: str
    #: How the code's membership in the branch is known: "ontology" (published 'Is a') or curated evidence.
    evidence: str = "ontology"
    deprecated: str = ""


@dataclass
class EnumDoc:
    standard: str
    name: str
    description: str
    codes: list[CodeDoc]
    #: Root codes of a hyper-ontology branch (empty for a static list).
    roots: list[str] = field(default_factory=list)
    ontology_version: str = ""


@dataclass
class SlotDoc:
    standard: str
    cls: str
    name: str
    description: str
    obligation: str
    tier: int | None
    cardinality: str
    range: str
    pattern: str
    maps_to: str
    unit: str
    personal: bool
    enum: str | None
    rules: list[str]


@dataclass
class ClassDoc:
    standard: str
    name: str
    description: str
    table: str | None
    uri: str
    slots: list[SlotDoc]


def text(value: Any) -> str:
    return " ".join(str(value or "").split())


@cache
def catalogue() -> dict[str, Rule]:
    return {r.id: r for r in all_rules()}


@cache
def _rules_by_stem() -> dict[str, list[str]]:
    """Rule ids grouped by their id without the last part (``cdm.patient.patient_birth_sex``)."""
    out: dict[str, list[str]] = {}
    for rid in catalogue():
        out.setdefault(rid.rsplit(".", 1)[0], []).append(rid)
    return out


def class_rule_prefix(standard: str, sv: Any, cls: Any) -> str:
    """The rule-id prefix of a class: the SQL table for the CDM, the class name in snake case otherwise."""
    part = table_name(cls) if standard == "cdm" else snake(str(cls.name))
    return f"{standard}.{rule_part(part)}"


def _slot_stem(standard: str, sv: Any, cls: Any, slot_name: str) -> str:
    return f"{class_rule_prefix(standard, sv, cls)}.{rule_part(slot_name)}"


def _cardinality(slot: Any) -> str:
    given = annotation(slot, "cardinality")
    if given:
        return str(given)
    low = slot.minimum_cardinality if slot.minimum_cardinality is not None else (1 if slot.required else 0)
    high = slot.maximum_cardinality if slot.maximum_cardinality is not None else ("n" if slot.multivalued else 1)
    return f"{low}..{high}"


def _range_text(slot: Any) -> str:
    rng = str(slot.range or "string")
    bounds = []
    if slot.minimum_value is not None:
        bounds.append(f">= {slot.minimum_value}")
    if slot.maximum_value is not None:
        bounds.append(f"<= {slot.maximum_value}")
    sql_type = annotation(slot, "sql_type")
    extra = [str(sql_type)] if sql_type else []
    return rng + (f" ({', '.join(extra + bounds)})" if extra or bounds else "")


def _maps_to(standard: str, cls: Any, slot: Any, table: str | None) -> str:
    if standard == "cdm":
        return f"column {table}.{slot.name}"
    tag = annotation(slot, "dicom_tag")
    if tag:
        return f"DICOM tag {tag} ({slot.name})"
    if standard == "dcat_ap" and slot.slot_uri:
        return f"RDF property {slot.slot_uri}"
    if standard == "minimum":
        return f"column {slot.name}"
    return str(slot.slot_uri or "")


@cache
def classes(standard: str) -> list[ClassDoc]:
    """Every class of ``standard`` with its slots, in schema order."""
    sv = load_expanded(standard)
    checked = standard in CHECKED_STANDARDS
    tier_default = default_tier(sv, standard) if checked else None
    stems = _rules_by_stem()
    out = []
    for cname, cls in sv.all_classes().items():
        table = table_name(cls) if standard == "cdm" else None
        slots = []
        for slot in sv.class_induced_slots(cname):
            tier = annotation(slot, "tier")
            enum = str(slot.range) if slot.range in sv.all_enums() else None
            unit = getattr(slot.unit, "ucum_code", None) if slot.unit else None
            slots.append(SlotDoc(
                standard=standard, cls=str(cname), name=str(slot.name), description=text(slot.description),
                obligation=obligation_code(slot), tier=int(tier) if tier is not None else tier_default,
                cardinality=_cardinality(slot), range=_range_text(slot), pattern=str(slot.pattern or ""),
                maps_to=_maps_to(standard, cls, slot, table), unit=str(unit or ""),
                personal=str(annotation(slot, "personal_data")).lower() == "true", enum=enum,
                rules=sorted(stems.get(_slot_stem(standard, sv, cls, str(slot.name)), [])) if checked else [],
            ))
        out.append(ClassDoc(standard, str(cname), text(cls.description), table, str(cls.class_uri or ""), slots))
    return out


@cache
def enums(standard: str) -> dict[str, EnumDoc]:
    """Every enumeration of ``standard`` with its (expanded) codes and labels, sorted by code."""
    sv = load_expanded(standard)
    out = {}
    for name, enum in sv.all_enums().items():
        codes = []
        for code, pv in sorted((enum.permissible_values or {}).items()):
            codes.append(CodeDoc(str(code), text(pv.description), str(annotation(pv, "branch_evidence") or "ontology"),
                                 text(pv.deprecated)))
        roots = [r.split(":", 1)[-1] for r in str(annotation(enum, "expanded_from") or "").split(",") if r]
        out[str(name)] = EnumDoc(standard, str(name), text(enum.description), codes, roots,
                                 str(annotation(enum, "ontology_version") or ""))
    return out


@dataclass
class TreeNode:
    code: str
    label: str
    #: Evidence of the edge from the parent to this node ("ontology" for a published 'Is a').
    evidence: str
    #: For a curated edge, the note of schemas/vocab/curated-edges.tsv naming its source.
    note: str = ""
    children: list[TreeNode] = field(default_factory=list)


@cache
def curated_notes() -> dict[tuple[str, str], str]:
    """(child, parent) -> the note of a curated branch edge (schemas/vocab/curated-edges.tsv)."""
    path = schemas_dir() / "vocab" / "curated-edges.tsv"
    if not path.is_file():
        return {}
    with open(path, newline="", encoding="utf-8") as fh:
        rows = csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t")
        return {(r["child"], r["parent"]): text(r.get("note")) for r in rows}


def branch_tree(enum: EnumDoc) -> list[TreeNode]:
    """The hyper-ontology branch of ``enum`` as a tree under its roots (members only, each edge's evidence).

    A code with several parents inside the branch appears under each of them, as in the ontology.
    """
    onto = vocab.load()
    members = {c.code for c in enum.codes}
    children: dict[str, list[tuple[str, str]]] = {}
    for code in members:
        concept = onto.concepts.get(code)
        for parent, evidence in concept.parents if concept else ():
            children.setdefault(parent, []).append((code, evidence))

    notes = curated_notes()

    def build(code: str, parent: str, evidence: str, seen: frozenset[str]) -> TreeNode:
        note = notes.get((code, parent), "") if evidence != "ontology" else ""
        node = TreeNode(code, onto.label(code) or "", evidence, note)
        for child, ev in sorted(children.get(code, [])):
            if child not in seen:
                node.children.append(build(child, code, ev, seen | {child}))
        return node

    return [build(root, "", "ontology", frozenset({root})) for root in enum.roots]


# ------------------------------------------------------------------------------------------------ rules


def severity_by_tier(rule: Rule) -> dict[int, str | None]:
    """Severity of ``rule`` when checking for each target tier (None: the rule does not run at that tier).

    The engine's severity for the tier, then the tier suite's overrides (validators/tiers.yaml), default
    deployment, as ``eucaim check`` applies them.
    """
    suite = load_suite()
    runs = suite.tier_severities(rule.id, rule.tier, str(rule.severity.value))
    return {t: runs.get(t) for t in TIERS}


#: rule-id patterns an option of `eucaim check` runs below the tier that runs them by default, and that option
#: (the quality step: ``check`` keeps such findings at the severity of the first tier that runs them)
OPT_IN = {QUALITY_RULES: "--quality"}


def opt_in(rule: Rule) -> str | None:
    """The `eucaim check` option that runs ``rule`` below the tier that runs it by default, or None."""
    return next((opt for pattern, opt in OPT_IN.items() if pattern_matches(pattern, rule.id)), None)


@dataclass
class RuleSlot:
    standard: str
    cls: str
    slot: SlotDoc


@cache
def _slot_of_rule(standard: str) -> dict[str, RuleSlot]:
    out: dict[str, RuleSlot] = {}
    for c in classes(standard):
        for s in c.slots:
            for rid in s.rules:
                out.setdefault(rid, RuleSlot(standard, c.name, s))
    return out


def rule_slot(rule_id: str) -> RuleSlot | None:
    """The class and slot a generated rule checks, or None for a hand-written rule."""
    standard = rule_id.split(".", 1)[0]  # generated rule ids start with their standard: load only that schema
    return _slot_of_rule(standard).get(rule_id) if standard in CHECKED_STANDARDS else None


def allowed_codes(rule_id: str) -> EnumDoc | None:
    """The enumeration a value or code rule checks against (its allowed codes), or None."""
    if rule_id.rsplit(".", 1)[-1] not in CODE_CONSTRAINTS:
        return None
    rs = rule_slot(rule_id)
    if rs is None or rs.slot.enum is None:
        return None
    return enums(rs.standard).get(rs.slot.enum)


#: A section heading comment of the authored files: "# --- minimum imaging attributes (minimum data §2) ---".
_SECTION = re.compile(r"^\s*#\s*---+\s*(.+?)\s*-*\s*$")


@cache
def _authored_mentions() -> dict[str, str]:
    """Rule id -> the authored file (relative to the spec root) that first names it, with the section
    heading comment it sits under."""
    root = spec_root()
    out: dict[str, str] = {}
    files = sorted((root / "validators").glob("*.yaml")) + sorted((root / "shapes").rglob("*.ttl"))
    ids = set(catalogue())
    token = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+")
    for f in files:
        section = ""
        for line in f.read_text(encoding="utf-8").splitlines():
            heading = _SECTION.match(line)
            if heading:
                section = heading.group(1)
                continue
            for m in token.finditer(line):
                if m.group(0) in ids and m.group(0) not in out:
                    where = f.relative_to(root).as_posix()
                    out[m.group(0)] = f"{where}, section \"{section}\"" if section else where
    return out


#: Where hand-written rules of an engine are defined when no authored file names them.
ENGINE_SOURCES = {
    "sql": "src/eucaim_spec/validate/sql/rules.py (hand-written tabular rules)",
    "shacl": "shapes/dcat_ap/ and schemas/dcat_ap/",
    "dicom": "validators/dicom.yaml",
    "template": "src/eucaim_spec/validate/template/engine.py (mapping template rules; the template layout: "
                "generators/mapping_template.yaml, EUCAIM handbook data preparation step 1)",
    "profile": "validators/profile.yaml (quality and disclosure-risk thresholds; the measures: "
               "src/eucaim_spec/profile/, EUCAIM D5.8 quality dimensions and TDC's curation rules)",
}


def rule_source(rule: Rule) -> str:
    """The document and section a rule comes from, as precisely as the sources say."""
    if rule.engine == "check":  # orchestration rules: dataset parts and cross-part comparisons
        return ("src/eucaim_spec/validate/catalogue.py (dataset parts)" if rule.id.startswith("minimum.dataset.")
                else "src/eucaim_spec/validate/cross_part.py (comparisons across the parts of a dataset)")
    rs = rule_slot(rule.id)
    if rs is not None:
        sv = load_expanded(rs.standard)
        where = f"schemas/{rs.standard}/, class {rs.cls}, slot {rs.slot.name}"
        slot = next((s for s in sv.class_induced_slots(rs.cls) if str(s.name) == rs.slot.name), None)
        rows = annotation(slot, "spec_rows") if slot is not None else None
        tag = annotation(slot, "dicom_tag") if slot is not None else None
        title = text(sv.schema.title)
        extra = f"; specification row {rows}" if rows else (f"; DICOM tag {tag}" if tag else "")
        return f"{title} ({where}{extra})"
    # dicom rules are declared in validators/dicom.yaml, hand-written shacl rules in shapes/; a sql rule named
    # there (a tier override in validators/tiers.yaml) is still defined in Python
    mentioned = _authored_mentions().get(rule.id) if rule.engine in ("dicom", "shacl") else None
    if mentioned:
        return mentioned
    if rule.engine in ENGINE_SOURCES:
        return ENGINE_SOURCES[rule.engine]
    module = ENGINES.get(rule.engine, ("", ""))[0]  # an engine without a declarative suite: its own module
    if not module:
        return f"the {rule.engine} engine"
    spec = importlib.util.find_spec(module)
    where = module.replace(".", "/") + ("/" if spec is not None and spec.submodule_search_locations else ".py")
    return f"src/{where} (the {rule.engine} engine)"


@dataclass
class Example:
    path: str
    text: str


def _tests_data() -> Path | None:
    root = repo_root()
    return root / "tests" / "data" if root is not None and (root / "tests" / "data").is_dir() else None


@cache
def _invalid_examples() -> dict[str, list[Path]]:
    """Rule id -> the invalid example files that break it (first line ``# rule: <id>``)."""
    data = _tests_data()
    out: dict[str, list[Path]] = {}
    if data is None:
        return out
    for f in sorted(data.glob("*/invalid/*")):
        if not f.is_file():
            continue
        try:
            first = f.read_text(encoding="utf-8").split("\n", 1)[0]
        except (OSError, UnicodeDecodeError):
            continue
        m = re.match(r"#\s*rule:\s*(\S+)", first)
        if m:
            out.setdefault(m.group(1), []).append(f)
    return out


MAX_EXAMPLE_LINES = 40


def _example(path: Path, root: Path) -> Example:
    lines = path.read_text(encoding="utf-8").splitlines()
    if path.suffix == ".ttl":  # prefix declarations say nothing about the rule; the triples do
        n = sum(1 for ln in lines if ln.startswith("@prefix"))
        lines = [ln for ln in lines if not ln.startswith("@prefix")]
        if n:
            lines.insert(0, f"# ({n} @prefix lines omitted)")
    shown = lines[:MAX_EXAMPLE_LINES] + ([f"... ({len(lines) - MAX_EXAMPLE_LINES} more lines)"]
                                         if len(lines) > MAX_EXAMPLE_LINES else [])
    return Example(path.relative_to(root).as_posix(), "\n".join(shown))


#: Written by the rule-coverage suite (tests/rule_coverage, `make rule-coverage`): per rule the mutation of a
#: valid input that made it fire. A build product, present once the suite has run in this checkout.
COVERAGE_REPORT = "build/rule-coverage.md"
_COVERAGE_ROW = re.compile(r"^\| `([a-z0-9_.]+)` \| (.+) \| yes \|$")


@cache
def coverage_mutations() -> dict[str, str]:
    """Rule id -> the description of the mutation that fired it in the last rule-coverage run ({} if none)."""
    root = repo_root()
    path = root / COVERAGE_REPORT if root is not None else None
    if path is None or not path.is_file():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _COVERAGE_ROW.match(line)
        if m:
            out[m.group(1)] = m.group(2).replace("\\|", "|")
    return out


def examples(rule_id: str) -> tuple[Example | None, Example | None]:
    """A failing and a passing example. From tests/data: the invalid example breaking exactly this rule and
    the ``<Class>-minimal`` valid example of the same folder; else from the rule-coverage suite's last run:
    the mutation that fired the rule and the valid input it was made from."""
    data = _tests_data()
    failing = _invalid_examples().get(rule_id)
    if data is None or not failing:
        mutation = coverage_mutations().get(rule_id)
        if mutation is None:
            return None, None
        return (Example("rule-coverage mutation", mutation),
                Example("rule-coverage baseline", "the same input without this change: the suite checks that it "
                                                  "holds no violation"))
    bad = failing[0]
    cls = bad.name.split("-", 1)[0]
    valid_dir = bad.parent.parent / "valid"
    good = next(iter(sorted(valid_dir.glob(f"{cls}-minimal.*"))), None) if valid_dir.is_dir() else None
    root = data.parent.parent
    return _example(bad, root), (_example(good, root) if good is not None else None)
