"""Compile LinkML constraints into check specs: one ``CheckSpec`` per rule of a class (which slot, which
constraint kind, which parameters), independent of any data and of the SQL dialect.

``render`` turns a spec into SQL for a dialect and a bound table, ``runner`` executes it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from eucaim_spec.report.model import Severity
from eucaim_spec.schemaview import annotation, obligation_severity, snake, table_name
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.sql.members import Member, enum_key, enum_members
from eucaim_spec.validate.sql.slots import SlotInfo, default_tier, rule_part, slot_info, standard_of

ENGINE = "sql"

#: ``add(slot, constraint, title, severity, kind, hint="", **params)``: one CheckSpec of a slot (``compile_class``).
AddSpec = Callable[..., None]


@dataclass(frozen=True)
class CheckSpec:
    """One rule of one class: which constraint on which slot(s), independent of any data."""

    rule: Rule
    cls: str
    table: str
    kind: str
    slots: tuple[str, ...]
    personal: bool = False
    params: tuple[tuple[str, Any], ...] = ()

    def param(self, key: str, default: Any = None) -> Any:
        return dict(self.params).get(key, default)


def _rule(rid: str, title: str, standard: str, tier: int, severity: Severity, hint: str = "") -> Rule:
    return Rule(
        id=rid, title=title, standard=standard, tier=tier, severity=severity, engine=ENGINE, hint=hint
    )


TYPE_WORDS = {
    "date": "a date written YYYY-MM-DD",
    "datetime": "an ISO 8601 date-time",
    "int": "an integer",
    "decimal": "a number with a dot as decimal separator",
    "bool": "a boolean (true/false/1/0)",
}


class ClassCompiler:
    """Compiles the constraints of every class of one SchemaView into CheckSpecs."""

    def __init__(self, sv: Any, onto: Any = None) -> None:
        self.sv = sv
        self.onto = onto
        self.standard = standard_of(sv)
        self.tier = default_tier(sv, self.standard)
        self._members: dict[str, tuple[str, list[Member]]] = {}
        #: Notes on constructs the compiler could not turn into SQL (reported, never silently dropped).
        self.unsupported: list[str] = []

    def members(self, enum: str) -> tuple[str, list[Member]]:
        if enum not in self._members:
            self._members[enum] = enum_members(self.sv, enum, self.onto)
        return self._members[enum]

    def all_members(self) -> list[Member]:
        out: list[Member] = []
        for cname in self.sv.all_classes():
            for s in self.sv.class_induced_slots(cname):
                if s.range in self.sv.all_enums():
                    self.members(str(s.range))
        for _, (_constraint, ms) in sorted(self._members.items()):
            out.extend(ms)
        return out

    def slots(self, cname: str) -> list[SlotInfo]:
        cls = self.sv.get_class(cname)
        return [slot_info(self.sv, cls, s, self.tier) for s in self.sv.class_induced_slots(cname)]

    def rid_prefix(self, cname: str) -> str:
        cls = self.sv.get_class(cname)
        part = table_name(cls) if self.standard == "cdm" else snake(cname)
        return f"{self.standard}.{rule_part(part)}"

    def compile_class(self, cname: str) -> list[CheckSpec]:
        cls = self.sv.get_class(cname)
        table = table_name(cls)
        prefix = self.rid_prefix(cname)
        specs: list[CheckSpec] = []

        def add(
            si: SlotInfo, constraint: str, title: str, sev: Severity, kind: str, hint: str = "", **params: Any
        ) -> None:
            rid = f"{prefix}.{rule_part(si.name)}.{constraint}"
            rule = _rule(rid, title, self.standard, si.tier, sev, hint)
            specs.append(CheckSpec(rule, cname, table, kind, (si.name,), si.personal, tuple(params.items())))

        either_or = self._either_or_slots(cls) | self._conditional_targets(cls)
        for si in self.slots(cname):
            col = si.name
            # A slot that a class rule pairs with an alternative ("the date, or its relative-days
            # alternative") is owed only through that rule: a per-slot presence rule would warn about the
            # date while the offset is given. So is a slot a rule requires only under a condition
            # (SegmentAlgorithmName for SEMIAUTOMATIC segments): a MANUAL segment needs none.
            if (si.required or si.recommended or si.obligation) and not (si.name in either_or and not si.required):
                sev = obligation_severity(si.obligation, si.required, si.recommended)
                add(
                    si, "required", f"{col}: a value is required", sev, "required", f"fill {col} in every row"
                )
            _value_specs(si, add)
            if si.enum:
                self._enum_specs(si, si.enum, add)
            _key_specs(si, add)
        for i, uk in enumerate((cls.unique_keys or {}).values()):
            cols = tuple(str(s) for s in uk.unique_key_slots)
            rid = f"{prefix}.{rule_part('_'.join(cols)) or i}.unique"
            rule = _rule(
                rid,
                f"({', '.join(cols)}) appears in more than one row",
                self.standard,
                self.tier,
                Severity.violation,
            )
            specs.append(CheckSpec(rule, cname, table, "unique", cols, False, (("cols", cols),)))
        specs.extend(self._class_rules(cname, prefix, table, {s.name: s for s in self.slots(cname)}))
        return specs

    def _enum_specs(self, si: SlotInfo, enum: str, add: AddSpec) -> None:
        """The checks of a coded value: a member of ``enum``, not an older release's code, not an alias IRI."""
        col = si.name
        bad_value = Severity.violation
        constraint, enum_ms = self.members(enum)
        what = (
            "a hyper-ontology code of the required branch"
            if constraint == "code"
            else "a permissible value"
        )
        title = f"{col}: value is not {what} of {enum}"
        if si.etl_divergence:
            title += f" (the spec); the EUCAIM ETL writes {si.etl_divergence}"
        add(
            si,
            constraint,
            title,
            Severity.warning if si.etl_divergence else bad_value,
            "member",
            f"use a value of {enum}",
            enum=enum_key(self.standard, enum),
        )
        # only where the packaged vocabulary holds a code of an older release: a rule no value can
        # trigger is not listed (it appears once such a code is added to schemas/vocab)
        if constraint == "code" and any(m.replaced_by for m in enum_ms):
            add(
                si,
                "deprecated_code",
                f"{col}: code from an older hyper-ontology release",
                Severity.warning,
                "deprecated",
                "replace the code by the current one each example names; where the example notes that "
                "EUCAIM components disagree, choose as the note says",
                enum=enum_key(self.standard, enum),
            )
        if constraint == "code":
            add(
                si,
                "iri_alias",
                f"{col}: IRI uses an alias of the canonical hyper-ontology base",
                Severity.warning,
                "alias",
                "write https://cancerimage.eu/ontology/EUCAIM#<code>",
                enum=enum_key(self.standard, enum),
            )

    @staticmethod
    def _either_or_slots(class_def: Any) -> set[str]:
        """Slots of the class's either/or rules: precondition "A absent", postcondition "B present"."""
        out: set[str] = set()
        for rule in class_def.rules or []:
            if rule.deactivated or not rule.preconditions or not rule.postconditions:
                continue
            pre = rule.preconditions.slot_conditions or {}
            post = rule.postconditions.slot_conditions or {}
            if pre and post and all(
                str(getattr(c, "value_presence", "") or "").endswith("ABSENT") for c in pre.values()
            ) and all(str(getattr(c, "value_presence", "") or "").endswith("PRESENT") for c in post.values()):
                out |= {str(k) for k in (*pre.keys(), *post.keys())}
        return out

    @staticmethod
    def _conditional_targets(class_def: Any) -> set[str]:
        """Slots a class rule requires (postcondition "present") when a precondition on a value holds."""
        out: set[str] = set()
        for rule in class_def.rules or []:
            if rule.deactivated or not rule.preconditions or not rule.postconditions:
                continue
            pre = rule.preconditions.slot_conditions or {}
            if not any(c.equals_string is not None or c.equals_string_in for c in pre.values()):
                continue
            post = rule.postconditions.slot_conditions or {}
            out |= {str(k) for k, c in post.items() if str(getattr(c, "value_presence", "") or "").endswith("PRESENT")}
        return out

    def _class_rules(
        self, cname: str, prefix: str, table: str, infos: dict[str, SlotInfo]
    ) -> list[CheckSpec]:
        cls = self.sv.get_class(cname)
        out: list[CheckSpec] = []
        taken: set[str] = set()
        for rule in cls.rules or []:
            if rule.deactivated:
                continue
            post_slots = (
                list((rule.postconditions.slot_conditions or {}).keys()) if rule.postconditions else []
            )
            pre_slots = list((rule.preconditions.slot_conditions or {}).keys()) if rule.preconditions else []
            if not post_slots:
                self.unsupported.append(f"{cname}: a rule without postcondition slot_conditions was skipped")
                continue
            target = str(post_slots[0])
            rid = annotation(rule, "rule_id")
            if not rid:
                base = f"{prefix}.{rule_part(target)}"
                rid = f"{base}.required"
                either_or = self._either_or_slots(cls)
                if rid in taken or any(
                    s.name == target and (s.required or (s.obligation and s.name not in either_or))
                    for s in infos.values()
                ):
                    rid = f"{base}_if_{rule_part('_'.join(str(p) for p in pre_slots) or 'rule')}.required"
            taken.add(str(rid))
            tinfo = infos.get(target)
            ob = annotation(rule, "obligation") or (tinfo.obligation if tinfo else None)
            sev = obligation_severity(str(ob) if ob else "M", True, False)
            title = str(rule.title or rule.description or f"{target}: conditional requirement")
            r = _rule(str(rid), title, self.standard, int(annotation(rule, "tier") or self.tier), sev)
            slots = tuple(dict.fromkeys([str(s) for s in pre_slots + post_slots]))
            personal = any(infos[s].personal for s in slots if s in infos)
            out.append(
                CheckSpec(
                    r,
                    cname,
                    table,
                    "rule",
                    (target, *[s for s in slots if s != target]),
                    personal,
                    (("rule", rule),),
                )
            )
        return out


def _value_specs(si: SlotInfo, add: AddSpec) -> None:
    """The checks of a present value: type, length, pattern, range (a wrong value is a violation)."""
    col = si.name
    bad_value = Severity.violation
    if si.kind:
        add(
            si,
            "type",
            f"{col}: value is not {TYPE_WORDS[si.kind]}"
            + (f" fitting DECIMAL{si.precision}" if si.precision else ""),
            bad_value,
            "type",
            f"write {col} as {TYPE_WORDS[si.kind]}",
            type=si.kind,
            precision=si.precision,
            int_bound=si.int_bound,
        )
    if si.max_length:
        add(
            si,
            "max_length",
            f"{col}: value longer than {si.max_length} characters",
            bad_value,
            "max_length",
            n=si.max_length,
        )
    if si.pattern:
        add(
            si,
            "pattern",
            f"{col}: value does not match {si.pattern}",
            bad_value,
            "pattern",
            pattern=strip_anchors(si.pattern),
        )
    if si.minimum is not None or si.maximum is not None:
        add(
            si,
            "range",
            f"{col}: value outside [{_fmt(si.minimum)}, {_fmt(si.maximum)}]",
            bad_value,
            "range",
            min=si.minimum,
            max=si.maximum,
        )


def _key_specs(si: SlotInfo, add: AddSpec) -> None:
    """The checks of the column as a whole: filled for its search key, unique, referencing an existing row."""
    col = si.name
    if si.search_key:
        add(
            si,
            "search_filled",
            f"{col}: empty in every row, so the federated search key {si.search_key} matches nothing",
            Severity.violation,
            "filled",
            f"map the data behind the search key {si.search_key} into {col}",
        )
    if si.identifier:
        add(
            si,
            "unique",
            f"{col}: the same value appears in more than one row",
            Severity.violation,
            "unique",
            "remove or merge the duplicated rows",
            cols=(si.name,),
        )
    if si.references:
        rt, rc = si.references
        add(
            si,
            "fk",
            f"{col}: no row of {rt} has this {rc}",
            Severity.violation,
            "fk",
            f"add the missing {rt} rows or correct {col}",
            ref_table=rt,
            ref_col=rc,
        )


def strip_anchors(p: str) -> str:
    """Patterns are matched in full; a leading ^ and trailing $ are redundant there."""
    if p.startswith("^"):
        p = p[1:]
    if p.endswith("$") and not p.endswith("\\$"):
        p = p[:-1]
    return p


def _fmt(v: float | None) -> str:
    if v is None:
        return "…"
    return str(int(v)) if float(v).is_integer() else str(v)

