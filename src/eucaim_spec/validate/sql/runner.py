"""Run rendered checks: one aggregate query per table (``count(*) FILTER (WHERE bad)`` for every check; the checks
that need a window column in a second one), then one top-N query per failing check for the first offending rows;
no Python loop ever touches a data row.
Example values are shown only when they cannot identify a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from eucaim_spec.report.model import Finding, Location
from eucaim_spec.validate.sql.dialect import ROW, Dialect
from eucaim_spec.validate.sql.render import BoundCheck, Need, TableBinding

#: A shown example value is cut to this many characters.
VALUE_WIDTH = 40


class Runner:
    """Executes SQL on one connection and returns rows (DuckDB or psycopg)."""

    def __init__(self, dialect: Dialect, execute: Callable[[str], list[tuple[Any, ...]]]) -> None:
        self.dialect = dialect
        self.execute = execute


def _from(b: TableBinding, needs: Sequence[Need]) -> str:
    wins = [n for n in needs if n.kind == "window"]
    joins = [n for n in needs if n.kind == "join"]
    base = b.relation
    if wins:
        cols = ", ".join(f"{n.sql} AS {n.alias}" for n in wins)
        base = f"(SELECT r.*, {cols} FROM {b.relation} AS r)"
    return f"{base} AS r " + " ".join(n.sql for n in joins)


def _dedupe(needs: Iterable[Need]) -> list[Need]:
    seen: dict[str, Need] = {}
    for n in needs:
        seen.setdefault(n.alias, n)
    return list(seen.values())


def _counts(runner: Runner, b: TableBinding, checks: Sequence[BoundCheck], batch: int) -> list[int]:
    """The offending-row count of every check, in order: one aggregate query per ``batch`` checks. Checks that
    need a window column are aggregated apart: a window sorts every column of the table it is computed on, which
    the other checks would otherwise pay for too."""
    groups: list[list[int]] = [[], []]
    apart: list[int] = []
    for i, c in enumerate(checks):
        if runner.dialect.counts_apart and c.count_sql:
            apart.append(i)
        else:
            groups[any(n.kind == "window" for n in c.needs)].append(i)
    counts = [0] * len(checks)
    for idx in groups:
        for start in range(0, len(idx), batch):
            part = idx[start : start + batch]
            aggs = ", ".join(_aggregate(runner, checks[i]) for i in part)
            needs = _dedupe(n for i in part if not _by_itself(runner, checks[i]) for n in checks[i].needs)
            rows = runner.execute(f"SELECT {aggs} FROM {_from(b, needs)}")
            for i, x in zip(part, rows[0], strict=True):
                counts[i] = int(x or 0)
    for start in range(0, len(apart), batch):
        part = apart[start : start + batch]
        rows = runner.execute("SELECT " + ", ".join(f"({checks[i].count_sql})" for i in part))
        for i, x in zip(part, rows[0], strict=True):
            counts[i] = int(x or 0)
    return counts


def _by_itself(runner: Runner, c: BoundCheck) -> bool:
    """Whether ``c`` is counted by an aggregate over the table alone (``count_expr``), without its joins."""
    return runner.dialect.counts_apart and c.count_expr is not None


def _aggregate(runner: Runner, c: BoundCheck) -> str:
    return c.count_expr if _by_itself(runner, c) and c.count_expr else f"count(*) FILTER (WHERE {c.bad})"


def run_checks(
    runner: Runner, checks: Sequence[BoundCheck], target_tier: int, max_examples: int, batch: int = 60
) -> list[Finding]:
    """Run ``checks`` (all on one table) and return one Finding per check that fired."""
    if not checks:
        return []
    b = checks[0].binding
    counts = _counts(runner, b, checks, batch)
    findings = []
    for c, n in zip(checks, counts, strict=True):
        if n <= 0:
            continue
        examples: list[str] = []
        first_row = None
        if c.examples and max_examples > 0:
            sel = [f"r.{ROW}"]
            if c.value:
                sel.append(f"CAST({c.value} AS {runner.dialect.text})")
            if c.extra_example:
                sel.append(f"CAST({c.extra_example} AS {runner.dialect.text})")
            rows = runner.execute(
                f"SELECT {', '.join(sel)} FROM {_from(b, _dedupe(c.needs))} WHERE {c.bad} "
                f"ORDER BY r.{ROW} LIMIT {int(max_examples)}"
            )
            for row in rows:
                text = f"row {row[0]}"
                i = 1
                if c.value:
                    text += f": {_show(row[i])}"
                    i += 1
                if c.extra_example:
                    text += f" (use {row[i]})"
                examples.append(text)
            first_row = int(rows[0][0]) if rows else None
        loc = Location(file=b.file, table=b.label or b.name, column=c.column, row=first_row)
        msg = c.message or c.rule.title
        msg = f"{msg} ({n} row{'s' if n != 1 else ''})"
        findings.append(
            c.rule.finding(target_tier=target_tier, count=n, message=msg, location=loc, examples=examples)
        )
    return findings


#: What an example may quote from a cell of a column not marked personal_data: numbers, dates and codes
#: (a digit in it: COM1001366, 8140/3, 45,5, 2024-01-01) and IRIs. Anything else is withheld, because free
#: text typed into a coded or numeric column (a name in the sex column) may identify a person.
SHOWABLE = re.compile(
    r"[+-]?[0-9][0-9A-Za-z.,:/_+-]*|[A-Za-z]{1,12}[_:-]?[0-9][0-9A-Za-z.:/_-]*|https?://[^\s'\"<>]+"
)


def _show(value: Any) -> str:
    if value is None:
        return "(empty)"
    s = str(value)
    if not SHOWABLE.fullmatch(s):
        return f"(text withheld, {len(s)} characters: not a number, date, code or IRI)"
    if len(s) > VALUE_WIDTH:
        s = s[:VALUE_WIDTH] + "…"
    return repr(s)
