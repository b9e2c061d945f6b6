"""``eucaim migrate OLD NEW``: the SQL that moves a loaded CDM database from one version to the next.

Both sides' tables come from the DDL generator (generate/ddl.py), so a migrated database has the tables,
columns, types and constraints of the new generated DDL. Renames declared by the schema (aliases, exact
replacements, a changed ``sql_table``) become RENAMEs, removed codes with a declared replacement become UPDATEs,
and everything else ALTER/CREATE/DROP, rows kept.

PostgreSQL is migrated in place with ALTER TABLE. DuckDB cannot add or drop constraints with ALTER TABLE, so
each changed table (and every table whose foreign keys point at it) is rebuilt: its rows are copied to a
temporary table, the table is recreated from the new DDL, and the rows are copied back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from eucaim_spec.generate.ddl import SCHEMA, Column, Table, qualified, render, sql_str, tables_of
from eucaim_spec.release.classify import Differ
from eucaim_spec.release.load import SideRoot, side_ontology
from eucaim_spec.release.model import StandardView, schema_view
from eucaim_spec.schemaview import load_expanded_from

STANDARD = "cdm"


@dataclass
class TablePlan:
    new: Table
    old: Table | None
    #: new column name -> old column name (same name, or declared rename)
    columns: dict[str, str] = field(default_factory=dict)
    updates: list[tuple[str, str, str]] = field(default_factory=list)  # (column, old code, new code)
    copies: list[tuple[str, str]] = field(default_factory=list)  # (new column, old column) filled where null


def side_tables(root: SideRoot, dialect: str) -> tuple[list[Table], StandardView]:
    """The CDM tables one side (release) declares, as the DDL generator builds them, and its schema view."""
    path = root.schemas / STANDARD / f"{STANDARD}.yaml"
    onto = side_ontology(root)
    return tables_of(load_expanded_from(path, onto), dialect), schema_view(path, STANDARD, onto)


def plan(old_root: SideRoot, new_root: SideRoot, dialect: str) -> tuple[list[TablePlan], list[Table]]:
    """What happens to every new table, and the old tables that disappear."""
    old_tables, old_view = side_tables(old_root, dialect)
    new_tables, new_view = side_tables(new_root, dialect)
    differ = Differ(STANDARD, old_view, new_view)
    differ.run()
    back = {n: o for o, n in differ.renamed.items()}  # new key -> old key
    old_by_class = {t.class_name: t for t in old_tables}
    used: set[str] = set()
    plans = []
    for t in new_tables:
        old_class = back.get(f"class {t.class_name}", f"class {t.class_name}").split(" ", 1)[1]
        old_t = old_by_class.get(old_class)
        p = TablePlan(t, old_t)
        if old_t is not None:
            used.add(old_t.name)
            old_cols = {c.name for c in old_t.columns}
            for c in t.columns:
                old_key = back.get(f"slot {t.class_name}.{c.name}", f"slot {old_class}.{c.name}")
                old_col = old_key.rsplit(".", 1)[1]
                if old_col in old_cols:
                    p.columns[c.name] = old_col
            _replacements(p, old_view, new_view, old_class, back)
        plans.append(p)
    dropped = [t for t in old_tables if t.name not in used]
    return plans, dropped


def _replacements(p: TablePlan, old_view: StandardView, new_view: StandardView, old_class: str,
                  back: dict[str, str]) -> None:
    """Removed or renamed codes of a column's enumeration become UPDATEs; replaced columns are copied."""
    new_el = new_view.elements
    old_el = old_view.elements
    for c in p.new.columns:
        slot = new_el.get(f"slot {p.new.class_name}.{c.name}")
        if slot is None:
            continue
        enum = str(slot.fields.get("range"))
        prefix = f"value {enum}."
        renamed_values = {o: n for n, o in back.items() if n.startswith(prefix)}
        old_enum = enum
        if f"enum {enum}" in back:
            old_enum = back[f"enum {enum}"].split(" ", 1)[1]
        for key, el in old_el.items():
            if not key.startswith(f"value {old_enum}."):
                continue
            code = el.name.rsplit(".", 1)[1]
            if f"{prefix}{code}" in new_el:
                continue
            target = renamed_values.get(key)
            new_code = target.rsplit(".", 1)[1] if target else (str(el.replacement) if el.replacement else None)
            if new_code and f"{prefix}{new_code}" in new_el and c.name in p.columns:
                p.updates.append((c.name, code, new_code))
        # a column replaced by this one (deprecated_element_has_exact_replacement on the old side)
        for key, el in old_el.items():
            if (key.startswith(f"slot {old_class}.") and el.replacement == c.name
                    and f"slot {p.new.class_name}.{el.name.rsplit('.', 1)[1]}" not in new_el):
                p.copies.append((c.name, el.name.rsplit(".", 1)[1]))


def migration_sql(old_root: SideRoot, new_root: SideRoot, dialect: str) -> str:
    plans, dropped = plan(old_root, new_root, dialect)
    header = (f"-- migration of {SCHEMA} from {old_root.label} to {new_root.label} ({dialect}); "
              "generated by eucaim migrate, review before applying\n")
    body = _postgresql(plans, dropped) if dialect == "postgresql" else _duckdb(plans, dropped)
    return header + "BEGIN;\n" + "\n".join(body) + ("\n" if body else "") + "COMMIT;\n"


def _create(t: Table, dialect: str) -> list[str]:
    """CREATE TABLE (and its comments) exactly as the DDL generator writes it."""
    text = render([t], dialect, "")
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.startswith("CREATE TABLE"))
    return [ln for ln in lines[start:] if ln.strip()]


def _checks(t: Table, c: Column) -> list[tuple[str, str]]:
    return [(f"ck_{t.name}_{c.name.lower()}_{i}", check) for i, check in enumerate(c.checks, 1)]


def _postgresql(plans: list[TablePlan], dropped: list[Table]) -> list[str]:
    out: list[str] = []
    adds: list[str] = []
    # 1. constraints that may block the change: every check, FK and key of a changed table goes and comes back
    changed = [(p, p.old) for p in plans if p.old is not None and _differs(p)]
    for _p, old in changed:
        for c in old.columns:
            for name, _ in _checks(old, c):
                out.append(f"ALTER TABLE {qualified(old.name)} DROP CONSTRAINT IF EXISTS {name};")
    for t in dropped:
        out.append(f"DROP TABLE IF EXISTS {qualified(t.name)} CASCADE;")
    # 2. renames
    for p, old in changed:
        if old.name != p.new.name:
            out.append(f"ALTER TABLE {qualified(old.name)} RENAME TO {p.new.name};")
        for new_col, old_col in p.columns.items():
            if new_col != old_col:
                out.append(f"ALTER TABLE {qualified(p.new.name)} RENAME COLUMN {old_col} TO {new_col};")
    # 3. new tables (parents first, as the DDL generator orders them), without their foreign keys yet
    for p in plans:
        if p.old is None:
            out.extend(_create(p.new, "postgresql"))
    # 4. columns added, retyped, filled, dropped; codes replaced; then the constraints come back
    for p, old in changed:
        old_cols = {c.name: c for c in old.columns}
        out += _pg_columns(p, old_cols)
        out += _pg_rows(p, old_cols)
        out += _pg_not_null(p, old_cols)
        dropping, adding = _pg_constraints(p, old)
        out += dropping
        adds += adding
    return out + adds


def _pg_columns(p: TablePlan, old_cols: dict[str, Column]) -> list[str]:
    """Columns added, retyped, or with a changed default (PostgreSQL)."""
    out: list[str] = []
    tn = p.new.name
    for c in p.new.columns:
        if c.name not in p.columns:
            default = f" DEFAULT {c.default}" if c.default is not None else ""
            out.append(f"ALTER TABLE {qualified(tn)} ADD COLUMN {c.name} {c.sql_type}{default};")
            continue
        oc = old_cols[p.columns[c.name]]
        if oc.sql_type.upper() != c.sql_type.upper():
            out.append(f"ALTER TABLE {qualified(tn)} ALTER COLUMN {c.name} TYPE {c.sql_type} "
                       f"USING {c.name}::{c.sql_type};")
        if oc.default != c.default:
            out.append(f"ALTER TABLE {qualified(tn)} ALTER COLUMN {c.name} "
                       + (f"SET DEFAULT {c.default};" if c.default is not None else "DROP DEFAULT;"))
    return out


def _pg_rows(p: TablePlan, old_cols: dict[str, Column]) -> list[str]:
    """Values copied from replaced columns, codes replaced, old columns dropped (PostgreSQL)."""
    tn = p.new.name
    out = [f"UPDATE {qualified(tn)} SET {new_col} = {old_col} WHERE {new_col} IS NULL;"
           for new_col, old_col in p.copies]
    out += [f"UPDATE {qualified(tn)} SET {col} = {sql_str(new_code)} WHERE {col} = {sql_str(old_code)};"
            for col, old_code, new_code in p.updates]
    kept = set(p.columns.values())
    out += [f"ALTER TABLE {qualified(tn)} DROP COLUMN {name};" for name in old_cols if name not in kept]
    return out


def _pg_not_null(p: TablePlan, old_cols: dict[str, Column]) -> list[str]:
    """NOT NULL set or dropped where it changed (PostgreSQL)."""
    out: list[str] = []
    tn = p.new.name
    for c in p.new.columns:
        was = old_cols[p.columns[c.name]].not_null if c.name in p.columns else False
        if c.not_null and not was:
            out.append(f"ALTER TABLE {qualified(tn)} ALTER COLUMN {c.name} SET NOT NULL;  "
                       "-- fails if rows lack a value")
        elif was and not c.not_null:
            out.append(f"ALTER TABLE {qualified(tn)} ALTER COLUMN {c.name} DROP NOT NULL;")
    return out


def _pg_constraints(p: TablePlan, old: Table) -> tuple[list[str], list[str]]:
    """(statements now, statements after every table is in place): primary key, checks, foreign keys and column
    comments of a changed table (PostgreSQL)."""
    out: list[str] = []
    adds: list[str] = []
    tn = p.new.name
    old_cols = {c.name: c for c in old.columns}
    old_pk = [p.columns.get(c.name) for c in p.new.columns if c.primary_key]
    if [c.name for c in old.columns if c.primary_key] != old_pk:
        out.append(f"ALTER TABLE {qualified(tn)} DROP CONSTRAINT IF EXISTS {old.name}_pkey;")
        pks = [c.name for c in p.new.columns if c.primary_key]
        if pks:
            adds.append(f"ALTER TABLE {qualified(tn)} ADD PRIMARY KEY ({', '.join(pks)});")
    for c in p.new.columns:
        for name, check in _checks(p.new, c):
            adds.append(f"ALTER TABLE {qualified(tn)} ADD CONSTRAINT {name} CHECK ({check});")
    old_fks = {(p.columns.get(c.name), c.references) for c in p.new.columns}
    for c in old.columns:
        if c.references and (c.name, c.references) not in old_fks:
            out.append(f"ALTER TABLE {qualified(tn)} DROP CONSTRAINT IF EXISTS {old.name}_{c.name}_fkey;")
    old_refs = {(oc.name, oc.references) for oc in old.columns}
    for c in p.new.columns:
        if c.references and (p.columns.get(c.name), c.references) not in old_refs:
            adds.append(f"ALTER TABLE {qualified(tn)} ADD FOREIGN KEY ({c.name}) REFERENCES "
                        f"{qualified(c.references[0])} ({c.references[1]});")
    for c in p.new.columns:
        before = old_cols.get(p.columns.get(c.name, ""))
        if c.comment and (before is None or before.comment != c.comment):
            adds.append(f"COMMENT ON COLUMN {qualified(tn)}.{c.name} IS {sql_str(c.comment)};")
    return out, adds


def _differs(p: TablePlan) -> bool:
    assert p.old is not None
    if p.old.name != p.new.name or p.updates or p.copies or len(p.old.columns) != len(p.new.columns):
        return True
    old_cols = {c.name: c for c in p.old.columns}
    for c in p.new.columns:
        oc = old_cols.get(p.columns.get(c.name, ""))
        if oc is None or (oc.name, oc.sql_type, oc.not_null, oc.primary_key, oc.comment, oc.references, oc.checks,
                          oc.default) != (c.name, c.sql_type, c.not_null, c.primary_key, c.comment, c.references,
                                          c.checks, c.default):
            return True
    return False


def _duckdb(plans: list[TablePlan], dropped: list[Table]) -> list[str]:
    """Rebuild every changed table and the tables that reference it (DuckDB has no ALTER ... CONSTRAINT)."""
    changed = _rebuilt_tables(plans, dropped)
    rebuilt = [p for p in plans if p.new.name in changed and p.old is not None]
    out: list[str] = []
    for p in rebuilt:
        assert p.old is not None
        out.append(f"CREATE TEMPORARY TABLE migrate_{p.new.name} AS SELECT * FROM {qualified(p.old.name)};")
        for new_col, old_col in p.copies:
            out.append(f"UPDATE migrate_{p.new.name} SET {new_col} = {old_col} WHERE {new_col} IS NULL;")
        for col, old_code, new_code in p.updates:
            out.append(f"UPDATE migrate_{p.new.name} SET {p.columns[col]} = {sql_str(new_code)} "
                       f"WHERE {p.columns[col]} = {sql_str(old_code)};")
    for p in reversed(rebuilt):  # children first
        assert p.old is not None
        out.append(f"DROP TABLE {qualified(p.old.name)};")
    for t in reversed(dropped):
        out.append(f"DROP TABLE IF EXISTS {qualified(t.name)};")
    for p in plans:
        if p.old is None or p.new.name in changed:
            out.extend(_create(p.new, "duckdb"))
            if p.old is not None:
                cols = list(p.columns)
                casts = [f"CAST({p.columns[c.name]} AS {c.sql_type})" for c in _cols(p.new, cols)]
                out.append(f"INSERT INTO {qualified(p.new.name)} ({', '.join(cols)}) SELECT {', '.join(casts)} "
                           f"FROM migrate_{p.new.name};")
                out.append(f"DROP TABLE migrate_{p.new.name};")
    return out


def _rebuilt_tables(plans: list[TablePlan], dropped: list[Table]) -> set[str]:
    """The new names of the tables DuckDB must rebuild: changed ones, the referrers of a dropped table (they
    lose their foreign key) and, transitively, the referrers of a rebuilt one (it cannot be dropped while they
    point at it)."""
    changed = {p.new.name for p in plans if p.old is not None and _differs(p)}
    refs: dict[str, set[str]] = {}
    for p in plans:
        if p.old is not None:
            for c in p.old.columns:
                if c.references:
                    refs.setdefault(c.references[0], set()).add(p.new.name)
    for t in dropped:
        changed |= refs.get(t.name, set())
    old_name = {p.new.name: p.old.name for p in plans if p.old is not None}
    stack = list(changed)
    while stack:
        name = stack.pop()
        for r in refs.get(old_name.get(name, name), set()):
            if r not in changed:
                changed.add(r)
                stack.append(r)
    return changed


def _cols(t: Table, names: list[str]) -> list[Column]:
    by = {c.name: c for c in t.columns}
    return [by[n] for n in names]


def describe(plans: list[TablePlan], dropped: list[Table]) -> dict[str, Any]:
    """A summary for tests and logs: new, dropped, renamed tables and columns."""
    return {
        "new_tables": sorted(p.new.name for p in plans if p.old is None),
        "dropped_tables": sorted(t.name for t in dropped),
        "renamed_tables": sorted((p.old.name, p.new.name) for p in plans if p.old and p.old.name != p.new.name),
        "renamed_columns": sorted((p.new.name, o, n) for p in plans for n, o in p.columns.items() if n != o),
        "updates": sorted((p.new.name, *u) for p in plans for u in p.updates),
    }
