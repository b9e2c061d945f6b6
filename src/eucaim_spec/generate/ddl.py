"""SQL DDL for DuckDB and PostgreSQL from the CDM schema, with what gen-sqlddl leaves out.

gen-sqlddl (LinkML 1.12) emits no CHECK constraints, no enum restrictions and an unstable index order
(toolchain.md), so this generator writes the DDL itself: primary and foreign keys, NOT NULL, CHECK
constraints for enumerations, patterns and ranges, and column comments. Identifiers are written unquoted,
as in the EUCAIM ETL, so PostgreSQL folds legacy CamelCase names to lower case like the ETL's tables.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.generate.context import GenContext
from eucaim_spec.schemaview import annotation

SCHEMA = "eucaim_cdm_output"


def qualified(table: str) -> str:
    """``table`` in the CDM schema, as the DDL (and the migration SQL) spells it: unquoted, lower-case names."""
    return f"{SCHEMA}.{table}"


RANGE_SQL = {"string": "VARCHAR", "integer": "INTEGER", "decimal": "DECIMAL(18,6)", "float": "DOUBLE PRECISION",
             "double": "DOUBLE PRECISION", "boolean": "BOOLEAN", "date": "DATE", "datetime": "TIMESTAMP",
             "uri": "VARCHAR", "uriorcurie": "VARCHAR"}


@dataclass
class Column:
    name: str
    sql_type: str
    not_null: bool
    primary_key: bool
    comment: str
    references: tuple[str, str] | None
    checks: list[str]
    default: str | None


@dataclass
class Table:
    name: str
    class_name: str
    comment: str
    columns: list[Column]


def tables_of(sv: Any, dialect: str) -> list[Table]:
    """The tables of every class with an ``sql_table`` annotation, parents before children."""
    tables = []
    for cname, cls in sorted(sv.all_classes().items()):
        tname = annotation(cls, "sql_table")
        if not tname or cls.abstract or cls.mixin:
            continue
        cols = [_column(sv, cname, slot, dialect) for slot in sv.class_induced_slots(cname)]
        tables.append(Table(str(tname), str(cname), _one_line(cls.description), cols))
    return _parents_first(tables)


def _column(sv: Any, cname: str, slot: Any, dialect: str) -> Column:
    sql_type = annotation(slot, "sql_type")
    rng = slot.range or "string"
    enum = sv.all_enums().get(rng)
    ref = None
    ref_ann = annotation(slot, "references")
    if ref_ann:
        table, _, col = str(ref_ann).partition(".")
        if not col:
            raise SpecError("schemas/cdm", f"annotation references must be table.column, got {ref_ann!r}",
                            f"{cname}.{slot.name}")
        ref = (table, col)
    if not sql_type:
        if rng in sv.all_classes():  # a foreign key by range: take the referenced identifier's type
            target = sv.get_identifier_slot(rng)
            sql_type = annotation(target, "sql_type") if target else None
        sql_type = sql_type or RANGE_SQL.get(str(sv.get_type(rng).base if rng in sv.all_types() else rng), "VARCHAR")
        if enum is not None:
            sql_type = "VARCHAR"
    if dialect == "postgresql" and str(sql_type).upper() == "DOUBLE":
        sql_type = "DOUBLE PRECISION"
    checks = []
    quoted = slot.name
    if enum is not None and enum.permissible_values:
        values = ", ".join(sql_str(v) for v in sorted(enum.permissible_values))
        checks.append(f"{quoted} IN ({values})")
    if slot.pattern:
        if dialect == "postgresql":
            checks.append(f"{quoted} ~ {sql_str(slot.pattern)}")
        else:
            checks.append(f"regexp_full_match({quoted}, {sql_str(slot.pattern)})")
    if slot.minimum_value is not None:
        checks.append(f"{quoted} >= {slot.minimum_value}")
    if slot.maximum_value is not None:
        checks.append(f"{quoted} <= {slot.maximum_value}")
    default = annotation(slot, "sql_default")
    return Column(
        name=str(slot.name),
        sql_type=str(sql_type),
        not_null=bool(slot.required or slot.identifier),
        primary_key=bool(slot.identifier),
        comment=_one_line(slot.description),
        references=ref,
        checks=checks,
        default=None if default is None else str(default),
    )


def _parents_first(tables: list[Table]) -> list[Table]:
    by_name = {t.name: t for t in tables}
    done: list[Table] = []
    seen: set[str] = set()

    def visit(t: Table, stack: tuple[str, ...]) -> None:
        if t.name in seen:
            return
        for c in t.columns:
            if c.references and c.references[0] in by_name and c.references[0] not in stack + (t.name,):
                visit(by_name[c.references[0]], stack + (t.name,))
        seen.add(t.name)
        done.append(t)

    for t in tables:
        visit(t, ())
    return done


def sql_str(value: Any) -> str:
    """``value`` as an SQL string literal (single quotes doubled)."""
    return "'" + str(value).replace("'", "''") + "'"


def _one_line(text: Any) -> str:
    return " ".join(str(text or "").split())


def render(tables: list[Table], dialect: str, header: str) -> str:
    out = [header.rstrip(), f"-- dialect: {dialect}", f"CREATE SCHEMA IF NOT EXISTS {SCHEMA};", ""]
    comments: list[str] = []
    for t in tables:
        lines = []
        for c in t.columns:
            line = f"    {c.name} {c.sql_type}"
            if c.not_null:
                line += " NOT NULL"
            if c.default is not None:
                line += f" DEFAULT {c.default}"
            lines.append(line)
        pks = [c.name for c in t.columns if c.primary_key]
        if pks:
            lines.append(f"    PRIMARY KEY ({', '.join(pks)})")
        for c in t.columns:
            if c.references:
                lines.append(f"    FOREIGN KEY ({c.name}) REFERENCES {qualified(c.references[0])} ({c.references[1]})")
        for c in t.columns:
            for i, check in enumerate(c.checks, 1):
                lines.append(f"    CONSTRAINT ck_{t.name}_{c.name.lower()}_{i} CHECK ({check})")
        out.append(f"CREATE TABLE {qualified(t.name)} (")
        out.append(",\n".join(lines))
        out.append(");")
        out.append("")
        if t.comment:
            comments.append(f"COMMENT ON TABLE {qualified(t.name)} IS {sql_str(t.comment)};")
        for c in t.columns:
            if c.comment:
                comments.append(f"COMMENT ON COLUMN {qualified(t.name)}.{c.name} IS {sql_str(c.comment)};")
    return "\n".join(out + comments) + "\n"


def gen_ddl(ctx: GenContext) -> bytes:
    dialect = str(ctx.recipe.get("dialect", "duckdb"))
    if dialect not in ("duckdb", "postgresql"):
        raise SpecError("generators/recipes.yaml", f"unknown SQL dialect {dialect!r}")
    tables = tables_of(ctx.view(), dialect)
    return render(tables, dialect, ctx.header(f"ddl ({dialect})", "--")).encode()
