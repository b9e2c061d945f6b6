"""Render check specs to SQL for one dialect and one bound table: the boolean "bad row" expression of each
constraint kind, the joins and window columns it needs, and LinkML rule conditions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.sql.compile import CheckSpec, strip_anchors
from eucaim_spec.validate.sql.dialect import (
    BOOLEAN_VALUES,
    COMMA_DECIMAL_RE,
    DATETIME_RE,
    DECIMAL_RE,
    INT_RE,
    MEMBERS,
    Dialect,
    nonempty,
    present,
)
from eucaim_spec.validate.sql.members import enum_key
from eucaim_spec.validate.sql.slots import SlotInfo, norm


@dataclass(frozen=True)
class Need:
    """A derived relation a check joins (``join``) or a window column it adds (``window``)."""

    kind: str  # "join" | "window"
    alias: str
    sql: str


@dataclass
class TableBinding:
    """A loaded table: its SQL relation, its actual columns and where it came from."""

    name: str  # logical name (CDM table, "minimum", "imaging_tags", ...)
    relation: str  # usable after FROM: a table name or a parenthesised SELECT
    columns: list[str]
    file: str | None = None
    label: str | None = None  # how findings name the table (file path or schema.table)
    lookup: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.lookup:
            self.lookup = {}
            for c in self.columns:
                self.lookup.setdefault(c.lower(), c)
                self.lookup.setdefault(norm(c), c)

    def column(self, slot: str, aliases: Iterable[str] = ()) -> str | None:
        """The actual column for ``slot`` (exact, case-insensitive, then loose name match; aliases too)."""
        for name in (slot, *aliases):
            if name in self.columns:
                return name
            for key in (name.lower(), norm(name)):
                if key in self.lookup:
                    return self.lookup[key]
        return None


@dataclass
class BoundCheck:
    """A check rendered for one table and dialect."""

    rule: Rule
    binding: TableBinding
    column: str | None
    bad: str
    needs: tuple[Need, ...] = ()
    value: str | None = None  # SQL of the value to show in examples; None = row numbers only
    message: str | None = None
    examples: bool = True
    extra_example: str | None = None  # SQL of extra text per example (e.g. a replacement code)
    #: The offending-row count without the joins of ``needs``, for dialects that count apart
    #: (``Dialect.counts_apart``): an aggregate over the table alone (``count_expr``) or a scalar query
    #: (``count_sql``). Each equals ``count(*) FILTER (WHERE bad)`` over the joined rows.
    count_expr: str | None = None
    count_sql: str | None = None


@dataclass
class _Bad:
    """What one constraint kind contributes to a BoundCheck: its "bad row" condition and what it needs."""

    bad: str
    needs: list[Need] = field(default_factory=list)
    hide_value: bool = False  # examples name the row only, never its value
    message: str | None = None
    examples: bool = True
    extra: str | None = None
    count_expr: str | None = None
    count_sql: str | None = None


class Renderer:
    """Renders CheckSpecs to BoundChecks for one dialect; ``resolve`` finds other loaded tables (FKs)."""

    def __init__(
        self,
        dialect: Dialect,
        resolve: Callable[[str], TableBinding | None],
        slot_lookup: Callable[[str, str], SlotInfo | None],
    ) -> None:
        self.d = dialect
        self.resolve = resolve
        self.slot_lookup = slot_lookup
        self._n = 0
        self._joins: dict[tuple[str, str], Need] = {}
        #: Qualified enum ids (``enum_key``) and the standard of each class, set by the engine.
        self.enum_ids: frozenset[str] = frozenset()
        self.class_standard: dict[str, str] = {}

    def alias(self, stem: str) -> str:
        self._n += 1
        return f"{stem}{self._n}"

    def col(self, b: TableBinding, cls: str, slot: str) -> str | None:
        si = self.slot_lookup(cls, slot)
        return b.column(slot, si.aliases if si else ())

    def ref(self, column: str | None) -> str:
        return f"r.{self.d.ident(column)}" if column else f"CAST(NULL AS {self.d.text})"

    def member_join(self, enum: str, v: str) -> Need:
        """One join per (enum, column), shared by the code, deprecated_code and iri_alias checks."""
        key = (enum, v)
        if key in self._joins:
            return self._joins[key]
        a = self.alias("m")
        self._joins[key] = Need(
            "join", a, f"LEFT JOIN {MEMBERS} AS {a} ON {a}.enum_id = {self.d.lit(enum)} AND {a}.key = {v}"
        )
        return self._joins[key]

    def valid(
        self, kind: str, v: str, precision: tuple[int, int] | None = None, int_bound: int | None = None
    ) -> str:
        d = self.d
        if kind == "date":
            return d.is_date(v)
        if kind == "datetime":
            return d.full_match(v, DATETIME_RE)
        if kind == "bool":
            return f"lower({v}) IN ({', '.join(d.lit(x) for x in BOOLEAN_VALUES)})"
        if kind == "int":
            ok = d.full_match(v, INT_RE)
            if int_bound:
                # bounded by length first so the cast can never overflow; CASE (not AND) because the
                # optimiser may evaluate AND operands in any order and cast a non-number first. The plain
                # length short-circuits the trim (the costly part) for every value of 19 characters or fewer.
                ok = (
                    f"(CASE WHEN {ok} AND (length({v}) <= 19 OR length(trim(LEADING '+-0' FROM {v})) <= 19) "
                    f"THEN CAST({v} AS DECIMAL(38,0)) BETWEEN {-int_bound} AND {int_bound - 1} ELSE false END)"
                )
            fast = d.canonical_int(v, int_bound)
            # CASE: the full test runs only on the values the cheap canonical-form test rejects
            return ok if fast is None else f"(CASE WHEN {fast} THEN true ELSE {ok} END)"
        if kind == "decimal":
            if precision:
                p, sc = precision
                ip = max(p - sc, 0)
                frac = rf"\.\d{{1,{sc}}}0*" if sc else r"\.0+"
                whole = rf"0*\d{{1,{ip}}}" if ip else "0+"
                return d.full_match(v, rf"[+-]?({whole}({frac})?|0*{frac})")
            return d.full_match(v, DECIMAL_RE)
        raise ValueError(kind)

    def render(
        self, spec: CheckSpec, b: TableBinding, scope: tuple[str, tuple[Need, ...]] | None = None
    ) -> BoundCheck | None:
        """``spec`` as a check on ``b`` (restricted to the rows ``scope`` selects), or None where it cannot apply:
        the column is absent (only the requirement checks apply then) or a referenced table is not loaded."""
        column = self.col(b, spec.cls, spec.slots[0])
        k = spec.kind
        if column is None and k not in ("required", "rule", "filled"):
            return None  # the column is absent: only the requirement checks apply
        kind = self._KINDS.get(k)
        if kind is None:
            raise ValueError(k)
        v = self.ref(column)
        part = kind(self, spec, b, column, v)
        if part is None:
            return None
        bad, needs = part.bad, part.needs
        counts = (part.count_expr, part.count_sql)
        if scope is not None:
            bad = f"({scope[0]}) AND ({bad})"
            needs = [*scope[1], *needs]
            counts = (None, None)  # counted over the rows the scope selects: with the joins
        return BoundCheck(
            spec.rule,
            b,
            column or spec.slots[0],
            f"COALESCE(({bad}), FALSE)",
            tuple(needs),
            None if spec.personal or column is None or part.hide_value else v,
            part.message,
            part.examples,
            part.extra,
            *counts,
        )

    # one method per constraint kind: (spec, binding, actual column or None, its SQL reference) -> _Bad or None
    def _required(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        if column is None:
            return _Bad(
                f"NOT {present(self.d, v)}",
                hide_value=True,
                message=f"{spec.rule.title} (column {spec.slots[0]} is missing)",
                examples=False,
            )
        return _Bad(f"NOT {present(self.d, v)}", hide_value=True)

    def _filled(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        """The column as a whole: every row is reported when no row holds a value (or the column is absent)."""
        if column is None:
            return _Bad(
                "TRUE", hide_value=True, message=f"{spec.rule.title} (column {spec.slots[0]} is missing)",
                examples=False,
            )
        d = self.d
        a = self.alias("s")
        need = Need(
            "join",
            a,
            f"CROSS JOIN (SELECT count(*) AS n FROM {b.relation} AS x "
            f"WHERE {present(d, 'x.' + d.ident(column))}) AS {a}",
        )
        # every row, when no row holds a value
        whole = f"CASE WHEN count(*) FILTER (WHERE {present(d, v)}) = 0 THEN count(*) ELSE 0 END"
        return _Bad(f"{a}.n = 0", [need], hide_value=True, examples=False, count_expr=whole)

    def _type(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        kind = spec.param("type")
        ok = self.valid(kind, v, spec.param("precision"), spec.param("int_bound"))
        bad = f"{nonempty(v)} AND NOT ({ok})"
        if kind == "decimal":
            # comma decimals are reported once, by minimum.etl.decimal_separator
            bad += f" AND NOT (position(',' IN {v}) > 0 AND {self.d.full_match(v, COMMA_DECIMAL_RE)})"
        return _Bad(bad)

    def _max_length(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        return _Bad(f"length({v}) > {int(spec.param('n'))}")

    def _pattern(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        d = self.d
        bad = f"{nonempty(v)} AND NOT {d.full_match(v, spec.param('pattern'))}"
        si = self.slot_lookup(spec.cls, spec.slots[0])
        if si is not None and si.kind == "decimal":
            # as for the type check: a comma decimal is reported once, by minimum.etl.decimal_separator
            bad += f" AND NOT (position(',' IN {v}) > 0 AND {d.full_match(v, COMMA_DECIMAL_RE)})"
        return _Bad(bad)

    def _range(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        conds = []
        if spec.param("min") is not None:
            conds.append(f"{self.d.num(v)} < {spec.param('min')}")
        if spec.param("max") is not None:
            conds.append(f"{self.d.num(v)} > {spec.param('max')}")
        return _Bad("(" + " OR ".join(conds) + ")")

    def _member(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad:
        j = self.member_join(spec.param("enum"), v)
        if spec.kind == "member":
            return _Bad(f"{nonempty(v)} AND {j.alias}.key IS NULL", [j])
        if spec.kind == "deprecated":
            return _Bad(f"{j.alias}.replaced_by IS NOT NULL", [j], extra=f"{j.alias}.replaced_by")
        return _Bad(f"{j.alias}.is_alias", [j])

    def _unique(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad | None:
        d = self.d
        cols = [self.col(b, spec.cls, s) for s in spec.param("cols")]
        if any(c is None for c in cols):
            return None
        a = self.alias("u")
        keys = ", ".join(f"{d.ident(c)}" for c in cols if c)
        sel = ", ".join(f"{d.ident(c)} AS k{i}" for i, c in enumerate(cols) if c)
        notnull = " AND ".join(f"{d.ident(c)} IS NOT NULL" for c in cols if c)
        on = " AND ".join(f"{a}.k{i} = r.{d.ident(c)}" for i, c in enumerate(cols) if c)
        need = Need(
            "join",
            a,
            f"LEFT JOIN (SELECT {sel} FROM {b.relation} AS x WHERE {notnull} "
            f"GROUP BY {keys} HAVING count(*) > 1) AS {a} ON {on}",
        )
        # the rows of the repeated keys: the sizes of the groups of more than one row
        dupes = (f"SELECT COALESCE(sum(n), 0) FROM (SELECT count(*) AS n FROM {b.relation} AS x WHERE {notnull} "
                 f"GROUP BY {keys} HAVING count(*) > 1) AS g")
        return _Bad(f"{a}.k0 IS NOT NULL", [need], hide_value=True, count_sql=dupes)

    def _fk(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad | None:
        d = self.d
        target = self.resolve(spec.param("ref_table"))
        if target is None:
            return None
        rc = target.column(spec.param("ref_col"))
        if rc is None:
            return None
        a = self.alias("f")
        need = Need(
            "join",
            a,
            f"LEFT JOIN (SELECT DISTINCT {d.ident(rc)} AS k FROM {target.relation} AS x) AS {a} ON {a}.k = {v}",
        )
        # an anti-join of the one column: the table's other columns are not moved
        dangling = (f"SELECT count(*) FROM {b.relation} AS r WHERE {present(d, v)} AND NOT EXISTS "
                    f"(SELECT 1 FROM {target.relation} AS x WHERE x.{d.ident(rc)} = {v})")
        return _Bad(f"{present(d, v)} AND {a}.k IS NULL", [need], count_sql=dangling)

    def _rule(self, spec: CheckSpec, b: TableBinding, column: str | None, v: str) -> _Bad | None:
        rule = spec.param("rule")
        needs: list[Need] = []
        try:
            pre = self.cond(rule.preconditions, spec.cls, b, needs) if rule.preconditions else "TRUE"
            post = self.cond(rule.postconditions, spec.cls, b, needs)
            bad = f"({pre}) AND NOT COALESCE(({post}), FALSE)"
            if rule.elseconditions:
                els = self.cond(rule.elseconditions, spec.cls, b, needs)
                bad = f"({bad}) OR (NOT COALESCE(({pre}), FALSE) AND NOT COALESCE(({els}), FALSE))"
        except NotImplementedError:
            return None
        return _Bad(bad, needs, hide_value=True)

    _KINDS: ClassVar[dict[str, Callable[[Renderer, CheckSpec, TableBinding, str | None, str], _Bad | None]]] = {
        "required": _required,
        "filled": _filled,
        "type": _type,
        "max_length": _max_length,
        "pattern": _pattern,
        "range": _range,
        "member": _member,
        "deprecated": _member,
        "alias": _member,
        "unique": _unique,
        "fk": _fk,
        "rule": _rule,
    }

    # LinkML rule conditions ------------------------------------------------------------------------
    def cond(self, expr: Any, cls: str, b: TableBinding, needs: list[Need]) -> str:
        parts: list[str] = []
        for sname, sexpr in (expr.slot_conditions or {}).items():
            parts.append(self.slot_cond(str(sname), sexpr, cls, b, needs))
        for key, joiner, neg in (
            ("any_of", " OR ", False),
            ("all_of", " AND ", False),
            ("none_of", " OR ", True),
        ):
            subs = getattr(expr, key, None) or []
            if subs:
                inner = joiner.join(f"({self.cond(s, cls, b, needs)})" for s in subs)
                parts.append(f"NOT ({inner})" if neg else f"({inner})")
        if getattr(expr, "exactly_one_of", None):
            raise NotImplementedError("exactly_one_of")
        return " AND ".join(parts) if parts else "TRUE"

    def slot_cond(self, sname: str, s: Any, cls: str, b: TableBinding, needs: list[Need]) -> str:
        d = self.d
        v = self.ref(self.col(b, cls, sname))
        parts: list[str] = []
        vp = str(s.value_presence) if s.value_presence is not None else ""
        if vp == "PRESENT" or s.required:
            parts.append(present(d, v))
        elif vp == "ABSENT":
            parts.append(f"NOT {present(d, v)}")
        if s.equals_string is not None:
            parts.append(f"{v} = {d.lit(s.equals_string)}")
        if s.equals_string_in:
            parts.append(f"{v} IN ({', '.join(d.lit(x) for x in s.equals_string_in)})")
        if s.equals_number is not None:
            parts.append(f"{d.num(v)} = {s.equals_number}")
        if s.minimum_value is not None:
            parts.append(f"{d.num(v)} >= {s.minimum_value}")
        if s.maximum_value is not None:
            parts.append(f"{d.num(v)} <= {s.maximum_value}")
        if s.pattern:
            parts.append(d.full_match(v, strip_anchors(s.pattern)))
        std = self.class_standard.get(cls)
        if s.range and std is not None and enum_key(std, str(s.range)) in self.enum_names():
            j = self.member_join(enum_key(std, str(s.range)), v)
            needs.append(j)
            parts.append(f"{j.alias}.key IS NOT NULL")
        for key, joiner, neg in (
            ("any_of", " OR ", False),
            ("all_of", " AND ", False),
            ("none_of", " OR ", True),
        ):
            subs = getattr(s, key, None) or []
            if subs:
                inner = joiner.join(f"({self.slot_cond(sname, x, cls, b, needs)})" for x in subs)
                parts.append(f"NOT ({inner})" if neg else f"({inner})")
        if not parts:
            raise NotImplementedError(f"condition on {sname}")
        return " AND ".join(parts)

    def enum_names(self) -> frozenset[str]:
        """The qualified ids (``enum_key``) of every enum the member table holds."""
        return self.enum_ids

