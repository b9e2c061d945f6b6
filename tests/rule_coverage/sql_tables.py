"""Mutations of tables for the sql engine's rules, derived from the packaged schemas' compiled check specs.

The valid base is built from the packaged examples (one row per table from ``tests/data/cdm/valid/*-maximal``;
the minimum clinical table of ``examples/tier1-dataset``; ``tests/data/minimum/valid`` for the other minimum
tables). Each mutation is a copy of the base row (identifiers made fresh) on its own row, with one value
changed according to the kind of the rule's ``CheckSpec`` (required, type, pattern, ...). Rules the compiler
did not generate from a slot (date order, offset/unit, timepoint order, table missing) are derived from the
column names with the engine's own pairing functions, so a new table or column is covered automatically.
"""

from __future__ import annotations

import csv
import datetime
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eucaim_spec.schemaview import annotation, is_truthy, load_expanded, table_name
from eucaim_spec.validate.sql import rules as hr
from eucaim_spec.validate.sql.compile import ClassCompiler
from eucaim_spec.validate.sql.dialect import DATE_RE, DATETIME_RE, DECIMAL_RE, INT_RE
from eucaim_spec.validate.sql.engine import IMAGING_KEYS, discriminator, is_submitted, record_classes
from eucaim_spec.validate.sql.slots import norm, rule_part
from tests.rule_coverage.core import Batch, Mutation

REPO = Path(__file__).resolve().parents[2]
DATA = REPO / "tests" / "data"
ROW_RE = re.compile(r"^row (\d+)")


# ------------------------------------------------------------------------------------------- tables
@dataclass
class Table:
    """A table being built: its columns, its rows (text values), and which row each mutation owns."""

    name: str
    cls: str
    columns: list[str]
    rows: list[dict[str, str]] = field(default_factory=list)
    classes: list[str] = field(default_factory=list)
    bases: dict[str, dict[str, str]] = field(default_factory=dict)  # class -> its valid base row
    parts: list[str] = field(default_factory=list)  # rule-id parts of rules named after the table
    file: str = ""
    date_form: dict[str, str] = field(default_factory=dict)
    fresh: set[str] = field(default_factory=set)  # columns made fresh in each copied row
    #: column -> (referenced table, column): a fresh value there gets a referenced row of its own
    fk_targets: dict[str, tuple[Table, str]] = field(default_factory=dict)
    counter: int = 0

    def copy_row(self, base: dict[str, str] | None = None) -> tuple[int, dict[str, str]]:
        """Append a copy of the base row with fresh values in the uniqueness columns; (1-based row, row)."""
        self.counter += 1
        row = dict(base or self.rows[0])
        for c in self.fresh:
            row[c] = fresh_value(row.get(c, ""), self.counter)
        self.rows.append(row)
        for c, (target, rc) in self.fk_targets.items():
            if c in self.fresh and target is not self:
                _, trow = target.copy_row()
                trow[rc] = row[c]
        return len(self.rows), row

    def write(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.DictWriter(fh, fieldnames=self.columns, lineterminator="\n")
            w.writeheader()
            for r in self.rows:
                w.writerow({c: r.get(c, "") for c in self.columns})


_FRESH = itertools.count(1)


def fresh_value(value: str, n: int) -> str:
    """A value distinct from every other fresh value, of the same form as ``value``: integers from 10000 up,
    DICOM UIDs with digits appended, text with a suffix (one counter for all tables: a fresh foreign key
    value gets a referenced row of the same value, which must not collide with that table's own)."""
    g = next(_FRESH)
    if re.fullmatch(r"[+-]?\d+", value or ""):
        return str(10000 + g)
    if re.fullmatch(r"\d+(\.\d+)+", value or ""):  # a DICOM UID: more digits keep it a UID
        return f"{value}{g}"
    return f"{value}-{g}" if value else f"X{g}"


def text(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


# ----------------------------------------------------------------------------------- schema access
class Schema:
    """The packaged schema of one standard with its compiled specs (what the engine runs)."""

    def __init__(self, standard: str) -> None:

        self.standard = standard
        self.sv = load_expanded(standard)
        self.comp = ClassCompiler(self.sv)

    def concrete(self) -> list[str]:
        return sorted(str(c) for c, cls in self.sv.all_classes().items() if not (cls.abstract or cls.mixin))

    def specs(self, cname: str) -> list[Any]:
        return self.comp.compile_class(cname)

    def infos(self, cname: str) -> dict[str, Any]:
        return {si.name: si for si in self.comp.slots(cname)}

    def members(self, enum_key: str) -> list[Any]:
        enum = enum_key.split(".", 1)[1]
        return self.comp.members(enum)[1]


# -------------------------------------------------------------------------------------- value choice
def _type_ok(spec: Any, value: str) -> bool:
    """Whether a non-blank ``value`` passes the type check ``spec`` (``minimum.*.type``, ``cdm.*.type``)."""
    t = spec.param("type")
    if t == "date":
        if not re.fullmatch(DATE_RE, value):
            return False
        try:
            datetime.date.fromisoformat(value)
        except ValueError:
            return False
        return True
    if t == "datetime":
        return re.fullmatch(DATETIME_RE, value) is not None
    if t == "int":
        if not re.fullmatch(INT_RE, value):
            return False
        b = spec.param("int_bound")
        return not b or -b <= int(value) < b
    if t == "decimal":
        prec = spec.param("precision")
        if not re.fullmatch(DECIMAL_RE, value):
            return False
        if prec:
            p, s = prec
            whole, _, frac = value.lstrip("+-").partition(".")
            return len(whole.lstrip("0")) <= p - s and len(frac.rstrip("0")) <= s
        return True
    if t == "bool":
        return value.lower() in ("true", "false", "1", "0")
    return True


def python_ok(spec: Any, si: Any, value: str, schema: Schema, ref_values: dict[str, set[str]]) -> bool:
    """Whether ``value`` satisfies ``spec`` (the SQL checks restated in Python, to pick values that break one
    rule only; the engine stays the judge: a wrong guess shows up as an unaccounted finding)."""

    k = spec.kind
    blank = value.strip() == ""
    if k == "required":
        return not blank
    if blank:
        return True
    if k == "type":
        return _type_ok(spec, value)
    if k == "max_length":
        return len(value) <= int(spec.param("n"))
    if k == "pattern":
        return re.fullmatch(spec.param("pattern"), value) is not None
    if k == "range":
        try:
            x = float(value)
        except ValueError:
            return True
        lo, hi = spec.param("min"), spec.param("max")
        return not ((lo is not None and x < lo) or (hi is not None and x > hi))
    if k == "member":
        return value in {m.key for m in schema.members(spec.param("enum"))}
    if k == "deprecated":
        return not any(m.key == value and m.replaced_by for m in schema.members(spec.param("enum")))
    if k == "alias":
        return not any(m.key == value and m.is_alias for m in schema.members(spec.param("enum")))
    if k == "fk":
        return value in ref_values.get(f"{spec.param('ref_table')}.{spec.param('ref_col')}", {value})
    return True


def candidates(spec: Any, si: Any, base: str, schema: Schema) -> list[str]:
    """Values that break ``spec``, most specific first."""
    k = spec.kind
    if k == "required":
        return [""]
    if k == "type":
        t = spec.param("type")
        out = {
            "date": ["2021-02-30", "2021/02/17"],
            "datetime": ["2021-02-17T25", "yesterday"],
            "int": ["1.5", "x1"],
            "decimal": ["1.2.3", "abc"],
            "bool": ["maybe"],
        }[t]
        if t == "int" and spec.param("int_bound"):
            out = [str(spec.param("int_bound")), *out]
        if t == "decimal" and spec.param("precision"):
            p, s = spec.param("precision")
            out = [("0." + "1" * (s + 1)) if s else "0.5", "1" * (p - s + 1), *out]
        return out
    if k == "max_length":
        n = int(spec.param("n"))
        return [(base * (n // max(len(base), 1) + 2))[: n + 1] if base else "A" * (n + 1), "A" * (n + 1)]
    if k == "pattern":
        # the long value starts with the base value: two classes' mutations must not collide in a unique key
        return ["!", "x y", base + "!", "0", "", (base or "A") + "A" * 1100]
    if k == "range":
        lo, hi = spec.param("min"), spec.param("max")
        out = []
        whole = si.kind == "int"
        for bound, step in ((lo, -1), (hi, 1)):
            if bound is not None:
                v = bound + step if whole else bound + step * 0.5
                out.append(str(int(v)) if whole or float(v).is_integer() else str(v))
        return out
    if k == "member":
        return ["ZZZ0000000", "not-a-code", "X"]
    if k == "deprecated":
        return [m.key for m in schema.members(spec.param("enum")) if m.replaced_by and not m.is_alias][:20]
    if k == "alias":
        ms = schema.members(spec.param("enum"))
        ok = [m for m in ms if m.is_alias and not m.replaced_by]
        return [m.key for m in ok[:20]]
    if k == "fk":
        return ["999999", f"{base}9" if base else "NOREF", "NOREF"]
    return []


def choose(spec: Any, si: Any, base: str, schema: Schema, col_specs: list[Any],
           ref_values: dict[str, set[str]]) -> tuple[str | None, frozenset[str]]:
    """The candidate breaking ``spec`` and as few other rules of the column as possible; (value, co-broken)."""
    best: tuple[int, str, frozenset[str]] | None = None
    for v in candidates(spec, si, base, schema):
        if python_ok(spec, si, v, schema, ref_values):
            continue
        others = frozenset(
            o.rule.id for o in col_specs
            if o is not spec and o.kind not in ("unique", "rule") and not python_ok(o, si, v, schema, ref_values)
        )
        if best is None or len(others) < best[0]:
            best = (len(others), v, others)
        if not others:
            break
    if best is None:
        return None, frozenset()
    return best[1], best[2]


# ------------------------------------------------------------------------------------------ CDM batch
def _load_yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def cdm_base(schema: Schema) -> dict[str, Table]:
    """One row per CDM table from the ``-maximal`` examples; rows added where a foreign key points nowhere."""

    tables: dict[str, Table] = {}
    for cname in schema.concrete():
        cls = schema.sv.get_class(cname)
        tname = table_name(cls)
        infos = schema.infos(cname)
        ex = DATA / "cdm" / "valid" / f"{cname}-maximal.yaml"
        row = {k: text(v) for k, v in (_load_yaml(ex) if ex.is_file() else {}).items()}
        t = Table(tname, cname, list(infos), [row], [cname], {cname: row}, [tname], f"{tname}.csv")
        for sp in schema.specs(cname):
            if sp.kind == "unique":
                t.fresh.update(sp.param("cols"))
        tables[tname] = t
    for t in tables.values():
        for sp in schema.specs(t.cls):
            if sp.kind == "fk" and sp.param("ref_table") in tables:
                t.fk_targets[sp.slots[0]] = (tables[sp.param("ref_table")], sp.param("ref_col"))
    # referential closure: add a row to the referenced table for every value a base row points to
    for _ in range(3):
        for t in tables.values():
            for sp in schema.specs(t.cls):
                if sp.kind != "fk":
                    continue
                rt, rc = sp.param("ref_table"), sp.param("ref_col")
                target = tables.get(rt)
                v = t.rows[0].get(sp.slots[0], "")
                if target is None or not v or any(r.get(rc) == v for r in target.rows):
                    continue
                new = dict(target.rows[0])
                new[rc] = v
                target.rows.append(new)
    return tables


def ref_values_of(tables: dict[str, Table]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for t in tables.values():
        for c in t.columns:
            out[f"{t.name}.{c}"] = {r.get(c, "") for r in t.rows}
    return out


class Mutator:
    """Derives one mutation per rule of some tables; each mutation appends its own row to its table.

    ``link(table, row)`` is called for every new row (cross-table bookkeeping, e.g. a patient of its own);
    ``std`` and ``parts`` name the rules derived from column names (``<std>.<part>.date_order``)."""

    def __init__(self, schema: Schema, tables: list[Table], expected: set[str]) -> None:
        self.schema = schema
        self.tables = tables
        self.expected = expected
        self.muts: list[Mutation] = []
        self.orphans: list[Mutation] = []
        self.done: set[str] = set()
        self.refs = ref_values_of({t.name: t for t in tables})
        self.filled: list[tuple[Table, Any]] = []

    def link(self, t: Table, row: dict[str, str]) -> None:
        """Hook: keep the other tables consistent with a new row of ``t``."""

    def tolerate(self, t: Table, col: str, n: int) -> frozenset[str]:
        """Hook: rules a change of ``col`` legitimately breaks too (beyond the column's own)."""
        return frozenset()

    def new_row(self, t: Table, cls: str) -> tuple[int, dict[str, str]]:

        n, row = t.copy_row(t.bases[cls])
        tp = hr.timepoint_columns(t.columns)
        if tp and tp[0] in t.fresh and tp[1] in t.fresh:
            # a fresh patient's only study is its timepoint 1 (a fresh number would break timepoint order)
            row[tp[1]] = "1"
        self.link(t, row)
        return n, row

    def add(self, rid: str, t: Table, n: int, what: str, rows: set[int] | None = None,
            tolerated: frozenset[str] = frozenset()) -> None:
        self.muts.append(Mutation(rid, f"{t.file} row {n}: {what}", (t.file, rows or {n}), tolerated))
        self.done.add(rid)

    def run(self) -> None:

        for t in self.tables:
            cols = list(t.columns)
            for cls in t.classes:
                self._specs(t, cls, hr)
            # rules from column names, with the engine's own pairing functions
            cls = t.classes[0]
            name_rules = {
                "date_order": hr.date_pairs(cols),
                "offset_unit": hr.offset_pairs(cols),
                "timepoint_order": hr.timepoint_columns(cols),
            }
            for kind, found in name_rules.items():
                rid = next((f"{self.schema.standard}.{p}.{kind}" for p in t.parts
                            if f"{self.schema.standard}.{p}.{kind}" in self.expected), None)
                if not found or rid is None or rid in self.done:
                    continue
                n, row = self.new_row(t, cls)
                if kind == "date_order":
                    a, c = found[0]
                    row[a], row[c] = "2021-03-02", "2021-03-01"
                    if t.date_form.get(a) == "compact":
                        row[a], row[c] = "20210302", "20210301"
                    self.add(rid, t, n, f"{a} after {c}")
                elif kind == "offset_unit":
                    o, u = found[0]
                    row[o], row[u] = row.get(o) or "1", ""
                    req = frozenset(sp.rule.id for c in t.classes for sp in self.schema.specs(c)
                                    if sp.slots[0] == u and sp.kind in ("required", "rule"))
                    self.add(rid, t, n, f"{o} given, {u} blank", tolerated=req)
                else:
                    row[found[1]] = "2"  # the only row of its patient, numbered 2
                    self.add(rid, t, n, f"{found[1]} := 2 on the patient's only row")

    def _specs(self, t: Table, cls: str, hr: Any) -> None:
        infos = self.schema.infos(cls)
        specs = self.schema.specs(cls)
        by_col: dict[str, list[Any]] = {}
        for sp in specs:
            by_col.setdefault(sp.slots[0], []).append(sp)
        base = t.bases[cls]
        base_n = t.rows.index(base) + 1
        tp = hr.timepoint_columns(list(t.columns))
        for sp in specs:
            rid = sp.rule.id
            if rid not in self.expected or rid in self.done:
                continue
            col = sp.slots[0]
            if sp.kind == "unique":
                n, row = self.new_row(t, cls)
                for c in sp.param("cols"):
                    row[c] = base.get(c, "")
                # a patient's timepoint given twice: the second cannot be the next in order either
                also = frozenset(f"{self.schema.standard}.{p}.timepoint_order" for p in t.parts
                                 if tp and tp[1] in sp.param("cols") and tp[0] in sp.param("cols"))
                self.add(rid, t, n, f"{', '.join(sp.param('cols'))} copied from row {base_n}", {base_n, n},
                         tolerated=also)
                continue
            if sp.kind == "rule":
                self._conditional(t, cls, sp)
                continue
            if sp.kind == "filled":
                self.filled.append((t, sp))  # a column empty in every row: a batch of its own
                continue
            value, others = choose(sp, infos.get(col), base.get(col, ""), self.schema, by_col.get(col, []),
                                   self.refs)
            if value is None:
                self.orphans.append(Mutation(rid, f"{t.file}: {col}", note=f"no value of the packaged schema "
                                             f"breaks {sp.kind} (e.g. no deprecated code in the enum)"))
                continue
            n, row = self.new_row(t, cls)
            row[col] = value
            others = others | self.tolerate(t, col, n)
            if tp and col == tp[1]:
                # a timepoint that is not a positive integer cannot be in order either
                others = others | {f"{self.schema.standard}.{p}.timepoint_order" for p in t.parts}
            shown = "(blank)" if value == "" else repr(value[:30] + ("…" if len(value) > 30 else ""))
            if value and infos.get(col) is not None and infos[col].personal:
                shown = f"a value breaking {sp.kind} (personal-data column: not shown)"
            self.add(rid, t, n, f"{col} := {shown}", tolerated=others)

    def _conditional(self, t: Table, cls: str, sp: Any) -> None:
        """A LinkML rule: make its preconditions hold and its postconditions fail."""
        rule = sp.param("rule")
        n, row = self.new_row(t, cls)
        changed = []
        for slot, cond in ((rule.preconditions.slot_conditions or {}) if rule.preconditions else {}).items():
            vp = str(cond.value_presence or "")
            if vp == "ABSENT":
                row[str(slot)] = ""
            elif cond.equals_string is not None:
                row[str(slot)] = str(cond.equals_string)
            elif cond.equals_string_in:
                row[str(slot)] = str(cond.equals_string_in[0])
            changed.append(str(slot))
        post = list((rule.postconditions.slot_conditions or {}).items())
        slot, cond = post[0]
        row[str(slot)] = "" if str(cond.value_presence or "") == "PRESENT" or cond.required else "\u0000x"
        changed.append(str(slot))
        # blanking a value breaks the column's own requirement too; only rules on the changed columns
        tolerated = frozenset(o.rule.id for c in t.classes for o in self.schema.specs(c)
                              if o.slots[0] in changed and o.kind in ("required", "rule") and o is not sp)
        self.add(sp.rule.id, t, n, "preconditions hold, " + f"{slot} blank", tolerated=tolerated)


def attribute(muts: list[Mutation]) -> Any:
    """The match function of a table batch: a finding is a mutation's when its file is the mutation's and
    every row it names (location row and example rows) belongs to mutations of that rule (or tolerating it),
    one of them this mutation's."""
    rows_of: dict[tuple[str, str], set[int]] = {}
    for m in muts:
        rows_of.setdefault((m.rule_id, m.place[0]), set()).update(m.place[1])
        for r in m.tolerated:
            rows_of.setdefault((r, m.place[0]), set()).update(m.place[1])

    def match(f: dict[str, Any], m: Mutation) -> bool:
        file, rows = m.place
        loc = f.get("location") or {}
        if Path(str(loc.get("file") or "")).name != file:
            return False
        seen = {int(mm.group(1)) for e in f.get("examples", []) for mm in [ROW_RE.match(e)] if mm}
        if loc.get("row") is not None:
            seen.add(int(loc["row"]))
        return bool(seen) and seen <= rows_of.get((f["rule_id"], file), set()) and bool(seen & rows)

    return match


class CdmMutator(Mutator):
    """CDM bookkeeping: rows of timepoint tables get a patient of their own, every patient gets a study."""

    def __init__(self, schema: Schema, tables: list[Table], expected: set[str]) -> None:

        super().__init__(schema, tables, expected)
        by = {t.name: t for t in tables}
        self.patient, self.study = by.get("patient"), by.get("image_study")
        self.tp_tables = {t.name for t in tables if hr.timepoint_columns(t.columns)}
        self.pid_mutated: set[int] = set()

    def link(self, t: Table, row: dict[str, str]) -> None:
        if t.name in self.tp_tables and self.patient is not None and "patient_id" in row:
            _, prow = self.patient.copy_row()
            row["patient_id"] = prow["patient_id"]

    def tolerate(self, t: Table, col: str, n: int) -> frozenset[str]:
        if t is self.patient and col == "patient_id":
            self.pid_mutated.add(n)
            return frozenset({"minimum.linkage.clinical_without_images"})
        if t is self.study and col == "patient_id":
            return frozenset({"minimum.linkage.images_without_clinical"})
        return frozenset()

    def finish(self) -> None:
        if self.patient is None or self.study is None:
            return
        # every patient needs images (minimum.linkage.clinical_without_images): a study of its own
        imaged = {r.get("patient_id") for r in self.study.rows}
        for i, prow in enumerate(list(self.patient.rows), start=1):
            pid = prow.get("patient_id", "")
            if pid and pid not in imaged and i not in self.pid_mutated:
                _, srow = self.study.copy_row()
                srow["patient_id"] = pid
                imaged.add(pid)


def cdm_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    """The CDM batches (base + mutated, table-missing) and the rules no mutation could be derived for."""
    schema = Schema("cdm")
    base = cdm_base(schema)
    base_dir = work / "cdm-base"
    for t in base.values():
        t.write(base_dir / t.file)
    tables = cdm_base(schema)
    expected = {rid for rid in catalogue if rid.startswith("cdm.")}
    mut = CdmMutator(schema, list(tables.values()), expected)
    mut.run()
    mut.finish()
    mut_dir = work / "cdm-mutated"
    for t in tables.values():
        t.write(mut_dir / t.file)
    batches = [Batch("cdm tables", "sql", mut_dir, mut.muts, attribute(mut.muts), baseline=base_dir)]
    orphans = mut.orphans
    batches += table_missing_batches(work, schema, base, expected, orphans)
    batches += filled_batches(work, schema, mut.filled)
    have = {m.rule_id for b in batches for m in b.mutations} | {m.rule_id for m in orphans}
    for rid in sorted(expected - have):
        orphans.append(Mutation(rid, "", note="no check spec of the packaged cdm schema yields this rule id"))
    return batches, orphans


def filled_batches(work: Path, schema: Schema, filled: list[tuple[Table, Any]]) -> list[Batch]:
    """Rules on a column as a whole (``filled``: some row must hold a value): the valid tables with each such
    column emptied in every row, all in one batch (each finding names its table and column)."""
    if not filled:
        return []
    tables = cdm_base(schema)
    muts = []
    for t0, sp in filled:
        t = tables[t0.name]
        col = sp.slots[0]
        for row in t.rows:
            row[col] = ""
        same_col = frozenset(o.rule.id for o in schema.specs(t.cls) if o.slots[0] == col and o is not sp)
        muts.append(Mutation(sp.rule.id, f"cdm-filled/{t.file}: {col} emptied in every row", (t.name, col), same_col))
    d = work / "cdm-filled"
    for t in tables.values():
        t.write(d / t.file)

    def match(f: dict[str, Any], m: Mutation) -> bool:
        loc = f.get("location") or {}
        return (loc.get("table"), loc.get("column")) == m.place

    return [Batch("cdm columns emptied", "sql", d, muts, match)]


def table_missing_batches(work: Path, schema: Schema, base: dict[str, Table], expected: set[str],
                          orphans: list[Mutation]) -> list[Batch]:

    referrers: dict[str, set[str]] = {t: set() for t in base}
    required: set[str] = set()
    for t in base.values():
        cls = schema.sv.get_class(t.cls)
        if is_truthy(annotation(cls, "required_table")):
            required.add(t.name)
        for sp in schema.specs(t.cls):
            if sp.kind == "fk" and sp.param("ref_table") in referrers and sp.param("ref_table") != t.name:
                referrers[sp.param("ref_table")].add(t.name)
    todo = [t for t in sorted(base) if f"cdm.{t}.table_missing" in expected]
    groups: list[set[str]] = []
    for t in todo:
        if not referrers[t] and t not in required:
            orphans.append(Mutation(f"cdm.{t}.table_missing", f"{t} removed",
                                    note="no table references it and it is not required_table"))
            continue
        for g in groups:
            trial = g | {t}
            if all(x in required or referrers[x] - trial for x in trial):
                g.add(t)
                break
        else:
            groups.append({t})
    out = []
    for i, g in enumerate(groups):
        d = work / f"cdm-missing-{i}"
        for t in base.values():
            if t.name not in g:
                t.write(d / f"{t.name}.csv")
        muts = [Mutation(f"cdm.{t}.table_missing", f"cdm-missing-{i}: {t}.csv removed", t) for t in sorted(g)]

        def match(f: dict[str, Any], m: Mutation) -> bool:
            return (f.get("location") or {}).get("table") == m.place

        out.append(Batch(f"cdm tables missing #{i}", "sql", d, muts, match))
    return out


# -------------------------------------------------------------------------------------- minimum batches
def _minimum_row(cname: str, columns: list[str]) -> dict[str, str]:
    ex = DATA / "minimum" / "valid" / f"{cname}-maximal.yaml"
    data = _load_yaml(ex) if ex.is_file() else {}
    row = {}
    for k, v in data.items():
        # a multivalued column holds its first value (one value is what a plain CSV cell carries)
        row[str(k)] = text(v[0] if isinstance(v, list) and v else v)
    return {c: row.get(c, "") for c in columns}


def _population_mutation(schema: Schema, mut: Mutator, tables: list[Table], record: list[str],
                         expected: set[str]) -> None:
    """The discriminator of the record classes (e.g. Population) given a value of no class."""

    rid = hr.POPULATION_UNKNOWN.id
    disc = discriminator(schema.sv, record) if len(record) > 1 else None
    clinical = next((t for t in tables if t.name == "clinical"), None)
    if rid not in expected or disc is None or clinical is None:
        return
    n, row = mut.new_row(clinical, record[0])
    row[disc[0]] = "ZZZ0000000"
    mut.add(rid, clinical, n, f"{disc[0]} := 'ZZZ0000000' (a value of no record class)")
    # a row of no class is checked against no class: the class rules on the discriminator cannot fire
    for m in mut.muts:
        if m.place[0] == clinical.file and f".{rule_part_of(disc[0])}." in m.rule_id:
            m.tolerated = m.tolerated | {rid}


def rule_part_of(name: str) -> str:

    return rule_part(name)


def minimum_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    """The minimum clinical table (every record class in one file, told apart by population) and one tag
    table per class holding an imaging key (what the engine's detection binds), each checked alone."""

    schema = Schema("minimum")
    expected = {rid for rid, r in catalogue.items() if rid.startswith("minimum.") and r["engine"] == "sql"}
    record = record_classes(schema.sv)
    tables: list[Table] = []
    if record:
        cols: list[str] = []
        for c in record:
            cols += [s for s in schema.infos(c) if s not in cols]
        # the column the schema declares first (annotation table_first_column): detection reads it
        first = next(str(annotation(c, "table_first_column")) for c in schema.sv.all_classes().values()
                     if annotation(c, "table_first_column") is not None)
        cols = [first] + [c for c in cols if c != first]
        rows = [_minimum_row(c, cols) for c in record]
        tables.append(Table("clinical", record[0], cols, rows, record, dict(zip(record, rows, strict=True)),
                            ["clinical", *(schema.comp.rid_prefix(c).split(".", 1)[1] for c in record)],
                            "clinical.csv", fresh={first}))
    for cname in schema.concrete():
        cls = schema.sv.get_class(cname)
        if cname in record or not is_submitted(cls):
            continue
        cols = list(schema.infos(cname))
        # what the engine's detection binds: a class declaring its columns (detected_by), else an imaging key
        if not annotation(cls, "detected_by") and not {norm(c) for c in cols} & IMAGING_KEYS:
            continue
        row = _minimum_row(cname, cols)
        fresh = {c for sp in schema.specs(cname) if sp.kind == "unique" for c in sp.param("cols")}
        part = schema.comp.rid_prefix(cname).split(".", 1)[1]
        tables.append(Table(part, cname, cols, [row], [cname], {cname: row}, [part], f"{part}.csv", fresh=fresh))

    for t in tables:
        tp = hr.timepoint_columns(t.columns)
        if tp and len(t.rows) == 1 and t.rows[0].get(tp[1]):
            # the example shows a patient's second study; alone in a table it is the patient's first
            t.rows[0][tp[1]] = "1"
    batches: list[Batch] = []
    mut = Mutator(schema, tables, expected)
    mut.run()
    _population_mutation(schema, mut, tables, record, expected)
    for t in tables:
        base_dir, mut_dir = work / f"minimum-{t.name}-base", work / f"minimum-{t.name}"
        base = Table(t.name, t.cls, t.columns, [dict(r) for r in t.rows[: len(t.classes)]])
        base.write(base_dir / t.file)
        t.write(mut_dir / t.file)
        muts = [m for m in mut.muts if m.place[0] == t.file]
        batches.append(Batch(f"minimum {t.name}", "sql", mut_dir / t.file, muts, attribute(muts),
                             baseline=base_dir / t.file))
    orphans = mut.orphans
    have = {m.rule_id for b in batches for m in b.mutations} | {m.rule_id for m in orphans}
    for rid in sorted(expected - have):
        orphans.append(Mutation(rid, "", note="no table a file can hold binds this rule's class"))
    return batches, orphans
