"""Classify every difference between two element views as breaking, compatible or documentation.

The policy (issue 12): a change is **breaking** when data or a record that conformed before may fail after it,
or when something users name disappears or changes name (removed or renamed element, narrowed range or pattern,
new required slot, tighter cardinality or bounds, removed code, rule raised in severity or moved to a lower
tier); **compatible** when it adds or loosens; **documentation** when only text changes. Where a direction
cannot be shown (a regex or a SHACL constraint rewritten), the change counts as breaking.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

from eucaim_spec.release.model import DEPRECATION_FIELDS, DOC_FIELDS, Element, StandardView

BREAKING, COMPATIBLE, DOCUMENTATION = "breaking", "compatible", "documentation"
CLASS_ORDER = (DOCUMENTATION, COMPATIBLE, BREAKING)
#: The bump each class requires (semantic versioning of the standard's ``version:``).
REQUIRED_BUMP = {BREAKING: "major", COMPATIBLE: "minor", DOCUMENTATION: "none"}
BUMP_ORDER = ("none", "patch", "minor", "major")

SEVERITY_RANK = {"info": 1, "warning": 2, "violation": 3}
#: Obligation codes (CONTRIBUTING.md, minimum.yaml obligation_codes) by the severity of a missing value.
OBLIGATION_RANK = {"O": 1, "R": 2, "C": 2, "MIA": 2, "M-if-semi-auto": 2, "M": 3, "M-organ": 3}
#: Annotations that only document (sources, evidence); any other annotation is read by the tooling.
DOC_ANNOTATIONS = {"attested_only_by", "etl_source", "obligation_codes", "personal_data_policy", "source",
                   "evidence", "expanded_from", "ontology_version", "comment", "note",
                   # dcat_ap: the spec-table row, label and its prose; the rules themselves are slot fields/shapes
                   "label", "spec_rows", "eucaim_change", "cardinality", "obligation_by_role", "condition"}
#: Type generality: a change to a type of a higher rank (string accepts every lexical form) loosens.
TYPE_RANK = {"boolean": 1, "integer": 1, "date": 1, "datetime": 1, "decimal": 2, "float": 2, "double": 2,
             "uri": 2, "uriorcurie": 3, "string": 4}
TYPE_WIDER = {("integer", "decimal"), ("integer", "float"), ("integer", "double"), ("float", "double"),
              ("decimal", "double"), ("decimal", "float"), ("float", "decimal"), ("double", "decimal"),
              ("double", "float"), ("date", "datetime"), ("uri", "uriorcurie")}


@dataclass
class Change:
    """One classified difference. ``kind`` is stable (``slot.required.raised``); ``detail`` is for people."""

    standard: str
    element: str
    kind: str
    cls: str
    detail: str
    old: Any = None
    new: Any = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _c(cls: str) -> int:
    return CLASS_ORDER.index(cls)


def _show(v: Any) -> str:
    text = v if isinstance(v, str) else repr(v)
    return text if len(text) <= 80 else text[:77] + "..."


class Differ:
    """Compare one standard's old and new views."""

    def __init__(self, standard: str, old: StandardView | None, new: StandardView | None) -> None:
        self.standard = standard
        self.old = old.elements if old else {}
        self.new = new.elements if new else {}
        self.changes: list[Change] = []
        self.renamed: dict[str, str] = {}  # old key -> new key

    def add(self, el: Element | str, kind: str, cls: str, detail: str, old: Any = None, new: Any = None) -> None:
        key = el if isinstance(el, str) else el.key
        self.changes.append(Change(self.standard, key, kind, cls, detail, old, new))

    # --- renames --------------------------------------------------------------------------------------------
    def find_renames(self) -> None:
        """Renames the schema declares: an alias naming a vanished element, or an exact replacement."""
        gone = {k for k in self.old if k not in self.new}
        fresh = {k for k in self.new if k not in self.old}
        for key in sorted(fresh):
            el = self.new[key]
            for alias in el.aliases:
                candidate = f"{el.kind} {_sibling(el.name, alias)}"
                if candidate in gone and candidate not in self.renamed:
                    self.renamed[candidate] = key
        for key in sorted(gone):
            el = self.old[key]
            if el.replacement and key not in self.renamed:
                target = f"{el.kind} {_sibling(el.name, str(el.replacement))}"
                if target in fresh and target not in self.renamed.values():
                    self.renamed[key] = target
        # children follow their renamed class or enum (Patient.x -> Subject.x)
        for old_key, new_key in list(self.renamed.items()):
            kind = old_key.split(" ", 1)[0]
            if kind not in ("class", "enum"):
                continue
            child_kind = "slot" if kind == "class" else "value"
            old_name, new_name = old_key.split(" ", 1)[1], new_key.split(" ", 1)[1]
            prefix = f"{child_kind} {old_name}."
            for k in gone:
                if k.startswith(prefix) and k not in self.renamed:
                    target = f"{child_kind} {new_name}.{k[len(prefix):]}"
                    if target in fresh:
                        self.renamed[k] = target

    # --- main -----------------------------------------------------------------------------------------------
    def run(self) -> list[Change]:
        self.find_renames()
        parents_renamed = {k for k in self.renamed if k.split(" ", 1)[0] in ("class", "enum")}
        for old_key, new_key in sorted(self.renamed.items()):
            o = self.old[old_key]
            n = self.new[new_key]
            child_of_renamed = any(old_key.startswith(("slot " if p.startswith("class") else "value ")
                                                      + p.split(" ", 1)[1] + ".") for p in parents_renamed)
            if not child_of_renamed:
                self.add(new_key, f"{o.kind}.renamed", BREAKING, f"renamed from {o.name} (declared by the schema)",
                         o.name, n.name)
            self.compare(o, n)
        removed_parents = {k.split(" ", 1)[1] for k in self.old if k not in self.new and k not in self.renamed
                           and k.split(" ", 1)[0] in ("class", "enum")}
        added_parents = {k.split(" ", 1)[1] for k in self.new if k not in self.old
                         and k not in self.renamed.values() and k.split(" ", 1)[0] in ("class", "enum")}
        for key in sorted(self.old):
            if key in self.new or key in self.renamed:
                if key in self.new:
                    self.compare(self.old[key], self.new[key])
                continue
            el = self.old[key]
            if el.kind in ("slot", "value") and el.name.rsplit(".", 1)[0] in removed_parents:
                continue  # reported with its class or enum
            self.removed(el)
        renamed_to = set(self.renamed.values())
        for key in sorted(self.new):
            if key in self.old or key in renamed_to:
                continue
            el = self.new[key]
            if el.kind in ("slot", "value") and el.name.rsplit(".", 1)[0] in added_parents:
                continue  # part of a new class or enum
            self.added(el)
        return self.changes

    def removed(self, el: Element) -> None:
        k = el.kind
        if k in ("class", "slot", "enum", "schema"):
            repl = f" (replacement {el.replacement} declared)" if el.replacement else ""
            self.add(el, f"{k}.removed", BREAKING, f"{k} {el.name} removed{repl}")
        elif k == "value":
            repl = f"; replacement {el.replacement} declared" if el.replacement else ""
            self.add(el, "value.removed", BREAKING, f"code {el.name} removed from the enumeration{repl}",
                     el.name, el.replacement)
        elif k in ("shape", "rule"):
            self.add(el, f"{k}.removed", COMPATIBLE, f"{k} {el.name} removed: it no longer runs")
        elif k == "tier-run":
            self.add(el, "tier-run.removed", COMPATIBLE, f"rules {el.name} no longer run at any tier")
        elif k == "tier-severity":
            sev = el.fields.get("severity")
            cls = BREAKING if SEVERITY_RANK.get(str(sev), 3) < 3 else COMPATIBLE
            self.add(el, "tier-severity.removed", cls,
                     f"severity override {el.name} ({sev}) removed: the rules return to their default severity")
        elif k == "profile":
            self.add(el, "profile.removed", BREAKING, f"shape profile {el.name} removed (--profile {el.name} fails)")
        else:
            self.add(el, f"{k}.removed", BREAKING, f"{k} {el.name} removed")

    def added(self, el: Element) -> None:
        k, f = el.kind, el.fields
        if k == "slot":
            oblig = OBLIGATION_RANK.get(str(f.get("annotations.obligation")), 0)
            if f.get("required") or f.get("identifier") or oblig == 3:
                self.add(el, "slot.added.required", BREAKING, f"new required slot {el.name}")
            else:
                self.add(el, "slot.added", COMPATIBLE, f"new optional slot {el.name}")
        elif k in ("shape", "rule"):
            sev = str(f.get("severity", "violation"))
            cls = BREAKING if sev == "violation" else COMPATIBLE
            self.add(el, f"{k}.added", cls, f"new {k} {el.name} ({sev})")
        elif k == "tier-run":
            self.add(el, "tier-run.added", BREAKING, f"rules {el.name} now run from tier {f.get('tier')}")
        elif k == "tier-severity":
            sev = str(f.get("severity"))
            cls = BREAKING if sev == "violation" else COMPATIBLE
            self.add(el, "tier-severity.added", cls, f"severity override {el.name}: {sev}")
        elif k == "value":
            self.add(el, "value.added", COMPATIBLE, f"code {el.name} added to the enumeration")
        else:
            self.add(el, f"{k}.added", COMPATIBLE, f"new {k} {el.name}")

    def compare(self, o: Element, n: Element) -> None:
        for name in sorted(set(o.fields) | set(n.fields)):
            a, b = o.fields.get(name), n.fields.get(name)
            if a == b:
                continue
            rule = FIELD_RULES.get(name) or _annotation_rule(name)
            cls, what = rule(self, a, b)
            if name == "meaning" and a in (n.fields.get("exact_mappings") or []):
                cls, what = COMPATIBLE, "rekeyed"  # the former IRI stays accepted as an exact mapping
            if isinstance(a, list) and isinstance(b, list) and all(isinstance(x, str) for x in a + b):
                gained, lost = sorted(set(b) - set(a)), sorted(set(a) - set(b))
                shown = "; ".join(filter(None, (f"+ {', '.join(gained)}" if gained else "",
                                                f"- {', '.join(lost)}" if lost else ""))) or "reordered"
            else:
                shown = f"{_show(a)} -> {_show(b)}"
            short = _field_kind(name)
            self.add(n, f"{n.kind}.{short}.{what}", cls, f"{n.kind} {n.name}: {short} {what} ({shown})", a, b)

    # --- helpers for range comparison -----------------------------------------------------------------------
    def codes(self, side: str, enum: str) -> set[str] | None:
        elements = self.old if side == "old" else self.new
        if f"enum {enum}" not in elements:
            return None
        prefix = f"value {enum}."
        return {k[len(prefix):] for k in elements if k.startswith(prefix)}

    def is_enum(self, side: str, name: Any) -> bool:
        return f"enum {name}" in (self.old if side == "old" else self.new)

    def is_class(self, side: str, name: Any) -> bool:
        return f"class {name}" in (self.old if side == "old" else self.new)


def _sibling(name: str, other: str) -> str:
    """``Patient.sex`` + ``gender`` -> ``Patient.gender``; top-level names stay as they are."""
    return f"{name.rsplit('.', 1)[0]}.{other}" if "." in name else other


def _field_kind(name: str) -> str:
    return name.replace("annotations.", "").replace("severity_by_tier.", "severity_by_tier_")


Rule = Callable[[Differ, Any, Any], tuple[str, str]]


def _flag_tighter_when_true(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    return (BREAKING, "raised") if b and not a else (COMPATIBLE, "lowered")


def _flag_tighter_when_false(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    return (BREAKING, "narrowed") if a and not b else (COMPATIBLE, "widened")


def _lower_bound(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    if b is None:
        return COMPATIBLE, "removed"
    if a is None:
        return BREAKING, "added"
    return (BREAKING, "raised") if _num(b) > _num(a) else (COMPATIBLE, "lowered")


def _upper_bound(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    if b is None:
        return COMPATIBLE, "removed"
    if a is None:
        return BREAKING, "added"
    return (BREAKING, "lowered") if _num(b) < _num(a) else (COMPATIBLE, "raised")


def _num(v: Any) -> float:
    try:
        return float(v)
    except (TypeError, ValueError):
        return float("nan")


def _constraint_added_tightens(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    if b is None:
        return COMPATIBLE, "removed"
    return (BREAKING, "added") if a is None else (BREAKING, "changed")


def _always(cls: str, what: str = "changed") -> Rule:
    return lambda d, a, b: (cls, what)


def _documentation(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    return DOCUMENTATION, "added" if a is None else "removed" if b is None else "changed"


def _deprecation(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    return COMPATIBLE, "added" if a is None else "removed" if b is None else "changed"


def _severity(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    ra, rb = SEVERITY_RANK.get(str(a), 3 if a is None else 0), SEVERITY_RANK.get(str(b), 3 if b is None else 0)
    return (BREAKING, "raised") if rb > ra else (COMPATIBLE, "lowered")


def _obligation(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    ra, rb = OBLIGATION_RANK.get(str(a), 0), OBLIGATION_RANK.get(str(b), 0)
    if ra == rb:
        return DOCUMENTATION, "changed"
    return (BREAKING, "raised") if rb > ra else (COMPATIBLE, "lowered")


def _tier(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    if _num(b) < _num(a):
        return BREAKING, "lowered"  # the constraint applies from an earlier tier
    return COMPATIBLE, "raised"


_VARCHAR = re.compile(r"^\s*(VARCHAR|CHARACTER VARYING|CHAR)\s*\(\s*(\d+)\s*\)\s*$", re.I)
_DECIMAL = re.compile(r"^\s*(DECIMAL|NUMERIC)\s*\(\s*(\d+)\s*,\s*(\d+)\s*\)\s*$", re.I)


def _sql_type(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    if a is None or b is None:
        return BREAKING, "changed"
    va, vb = _VARCHAR.match(str(a)), _VARCHAR.match(str(b))
    if va and vb:
        return (COMPATIBLE, "widened") if int(vb.group(2)) >= int(va.group(2)) else (BREAKING, "narrowed")
    if va and str(b).strip().upper() in ("VARCHAR", "TEXT"):
        return COMPATIBLE, "widened"
    da, db = _DECIMAL.match(str(a)), _DECIMAL.match(str(b))
    if da and db:
        pa, sa, pb, sb = int(da.group(2)), int(da.group(3)), int(db.group(2)), int(db.group(3))
        wider = sb >= sa and pb - sb >= pa - sa
        return (COMPATIBLE, "widened") if wider else (BREAKING, "narrowed")
    return BREAKING, "changed"


def _range(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    a, b = str(a), str(b)
    if d.is_enum("old", a) and d.is_enum("new", b):
        old_codes, new_codes = d.codes("old", a) or set(), d.codes("new", b) or set()
        if new_codes == old_codes:
            return COMPATIBLE, "same_codes"  # another enum with the same codes: generated class names change
        return (COMPATIBLE, "widened") if new_codes >= old_codes else (BREAKING, "narrowed")
    if d.is_enum("old", a):
        # every code is a string and has an IRI (its meaning): a free string or IRI range accepts them all
        return (COMPATIBLE, "widened") if b in ("string", "uri", "uriorcurie") else (BREAKING, "changed")
    if d.is_enum("new", b):
        return BREAKING, "narrowed"
    if d.is_class("old", a) or d.is_class("new", b):
        if d.renamed.get(f"class {a}") == f"class {b}":
            return DOCUMENTATION, "renamed"
        return BREAKING, "changed"
    if b == "string" or (a, b) in TYPE_WIDER:
        return COMPATIBLE, "widened"
    if a == "string" or (b, a) in TYPE_WIDER:
        return BREAKING, "narrowed"
    return BREAKING, "changed"


def _unique_keys(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    return _constraint_added_tightens(d, a, b)


def _profile_shapes(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    gained = set(b or []) - set(a or [])
    return (BREAKING, "added") if gained else (COMPATIBLE, "removed")


def _etl_divergence(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    # a divergence note turns the value rule into a warning (CONTRIBUTING.md): adding it loosens
    if a is None:
        return COMPATIBLE, "added"
    return (BREAKING, "removed") if b is None else (DOCUMENTATION, "changed")


def _abstract(d: Differ, a: Any, b: Any) -> tuple[str, str]:
    return _flag_tighter_when_true(d, a, b)


def _annotation_rule(name: str) -> Rule:
    """Rule of a field without its own: annotations the tooling may read count as compatible, any other metamodel
    field as a change of unknown direction (breaking)."""
    short = name.removeprefix("annotations.")
    if name.startswith("severity_by_tier."):
        return _severity
    if short in DOC_ANNOTATIONS:
        return _documentation
    return _always(COMPATIBLE) if name.startswith("annotations.") else _always(BREAKING)


FIELD_RULES: dict[str, Rule] = {
    "range": _range,
    "required": _flag_tighter_when_true,
    "recommended": _flag_tighter_when_true,
    "identifier": _flag_tighter_when_true,
    "multivalued": _flag_tighter_when_false,
    "minimum_cardinality": _lower_bound,
    "maximum_cardinality": _upper_bound,
    "minimum_value": _lower_bound,
    "maximum_value": _upper_bound,
    "pattern": _constraint_added_tightens,
    "equals_string": _constraint_added_tightens,
    "unique_keys": _unique_keys,
    "slot_uri": _always(BREAKING),
    "class_uri": _always(BREAKING),
    "meaning": _always(BREAKING),
    "inlined": _always(BREAKING),
    "is_a": _always(BREAKING),
    "mixins": _always(BREAKING),
    "abstract": _abstract,
    "mixin": _abstract,
    "tree_root": _always(COMPATIBLE),
    "id": _always(BREAKING),
    "default_prefix": _always(BREAKING),
    "reachable_from": _documentation,  # the codes gained or lost are reported one by one
    "any_of": _constraint_added_tightens,
    "exactly_one_of": _constraint_added_tightens,
    "all_of": _constraint_added_tightens,
    "none_of": _constraint_added_tightens,
    "rules": _constraint_added_tightens,  # class rules (conditional constraints)
    "inlined_as_list": _always(BREAKING),  # the shape of JSON/YAML data changes
    "unit": _always(BREAKING),  # values mean another quantity
    "ifabsent": _always(COMPATIBLE),
    "equals_expression": _constraint_added_tightens,
    "annotations.obligation": _obligation,
    "annotations.tier": _tier,
    "annotations.default_tier": _tier,
    "annotations.severity": _severity,
    "annotations.sql_type": _sql_type,
    "annotations.sql_table": _always(BREAKING),
    "annotations.references": _constraint_added_tightens,
    "annotations.search_key": _constraint_added_tightens,
    "annotations.etl_divergence": _etl_divergence,
    "annotations.personal_data": _always(COMPATIBLE),
    # suites and shapes
    "severity": _severity,
    "tier": _tier,
    "constraints": _always(BREAKING),
    "shapes": _profile_shapes,
    "file": _documentation,
    "hint": _documentation,
    "replaced_by": _documentation,
}
for _name in DOC_FIELDS:
    FIELD_RULES.setdefault(_name, _documentation)
for _name in DEPRECATION_FIELDS:
    FIELD_RULES.setdefault(_name, _deprecation)


def diff_standards(old: dict[str, StandardView], new: dict[str, StandardView]) -> list[Change]:
    """Every classified change, standards in name order, then by element."""
    out: list[Change] = []
    for name in sorted(set(old) | set(new)):
        o, n = old.get(name), new.get(name)
        if o is not None and n is None and o.source != "validators":
            out.append(Change(name, f"schema {name}", "standard.removed", BREAKING, f"standard {name} removed"))
            continue
        if o is None and n is not None and n.source != "validators":
            out.append(Change(name, f"schema {name}", "standard.added", COMPATIBLE, f"new standard {name}"))
            continue
        out.extend(Differ(name, o, n).run())
    return out


# --- version rule ---------------------------------------------------------------------------------------------
@dataclass
class VersionVerdict:
    standard: str
    old_version: str | None
    new_version: str | None
    change_class: str | None  # the strongest class of its changes, None when nothing changed
    required: str  # none | minor | major
    actual: str  # none | patch | minor | major | downgrade | invalid
    ok: bool
    reason: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


_SEMVER = re.compile(r"^v?(\d+)\.(\d+)(?:\.(\d+))?(?:[-+].*)?$")


def parse_version(v: str | None) -> tuple[int, int, int] | None:
    m = _SEMVER.match(str(v or "").strip())
    return (int(m.group(1)), int(m.group(2)), int(m.group(3) or 0)) if m else None


def bump_of(old: str | None, new: str | None) -> str:
    a, b = parse_version(old), parse_version(new)
    if a is None or b is None:
        return "invalid"
    if b < a:
        return "downgrade"
    if b[0] > a[0]:
        return "major"
    if b[1] > a[1]:
        return "minor"
    return "patch" if b[2] > a[2] else "none"


def next_version(old: str | None, bump: str) -> str:
    v = parse_version(old) or (0, 0, 0)
    if bump == "major":
        return f"{v[0] + 1}.0.0"
    if bump == "minor":
        return f"{v[0]}.{v[1] + 1}.0"
    return f"{v[0]}.{v[1]}.{v[2] + 1}"


def version_rule(changes: list[Change], old: dict[str, StandardView], new: dict[str, StandardView]
                 ) -> list[VersionVerdict]:
    """One verdict per standard that has a version on both sides (and per removed standard)."""
    by_std: dict[str, str] = {}
    for c in changes:
        if c.standard not in by_std or _c(c.cls) > _c(by_std[c.standard]):
            by_std[c.standard] = c.cls
    out = []
    for name in sorted(set(old) | set(new)):
        o, n = old.get(name), new.get(name)
        strongest = by_std.get(name)
        required = REQUIRED_BUMP[strongest] if strongest else "none"
        if o is None or n is None or o.source == "validators" or n.source == "validators":
            if o is not None and n is None and o.source != "validators":
                out.append(VersionVerdict(name, o.version, None, BREAKING, "major", "removed", False,
                                          f"standard {name} removed"))
            elif strongest and (o is None or o.source == "validators") and (n is None or n.source == "validators"):
                out.append(VersionVerdict(name, None, None, strongest, required, "none", True,
                                          "suite rules of no versioned standard: reported, no version to bump"))
            continue
        actual = bump_of(o.version, n.version)
        if actual == "invalid":
            ok, reason = False, f"version {o.version!r} -> {n.version!r} is not semantic (MAJOR.MINOR.PATCH)"
        elif actual == "downgrade":
            ok, reason = False, f"version goes down: {o.version} -> {n.version}"
        else:
            ok = BUMP_ORDER.index(actual) >= BUMP_ORDER.index(required)
            if ok:
                reason = f"{strongest or 'no'} changes, {actual} bump" if strongest else "no changes"
            else:
                reason = (f"{strongest} changes need a {required} bump: version {o.version} -> "
                          f"{next_version(o.version, required)} at least (is {n.version})")
        out.append(VersionVerdict(name, o.version, n.version, strongest, required, actual, ok, reason))
    return out
