"""SQL dialects and the spelling every check shares: identifier and literal quoting, the value-form regexes,
the relation names every bound table carries, and the presence predicates.

A check is rendered for one dialect (``DUCKDB``, ``POSTGRES`` or ``SPARK``); ``quote_ident`` is the ANSI
double-quoted identifier that DuckDB and PostgreSQL (and the loaders and search probes written for them) share.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Regular expressions of the value forms; the common subset of RE2 (DuckDB) and PostgreSQL ARE.
DATE_RE = r"\d{4}-\d{2}-\d{2}"
DATETIME_RE = r"\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)?)?"
INT_RE = r"[+-]?\d+"
NUMBER_RE = r"[+-]?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?"
DECIMAL_RE = r"[+-]?(\d+(\.\d+)?|\.\d+)"
COMMA_DECIMAL_RE = r"[+-]?\d+,\d+"
BOOLEAN_VALUES = ("true", "false", "1", "0")
#: Row-number column every bound relation carries (1-based data row; the header is row 0).
ROW = "_row"
#: The table of enum members and hyper-ontology codes every code check joins.
MEMBERS = "eucaim_members"


def quote_ident(name: str) -> str:
    """``name`` as a double-quoted SQL identifier (ANSI; DuckDB and PostgreSQL)."""
    return '"' + name.replace('"', '""') + '"'


def quote_literal(value: str) -> str:
    """``value`` as a single-quoted SQL string literal (ANSI; DuckDB and PostgreSQL)."""
    return "'" + str(value).replace("'", "''") + "'"


@dataclass(frozen=True)
class Dialect:
    """SQL spelling differences between the engines; every check is rendered through one of these."""

    name: str

    def ident(self, name: str) -> str:
        if self.name == "spark":
            return "`" + name.replace("`", "``") + "`"
        return quote_ident(name)

    def lit(self, value: str) -> str:
        if self.name == "spark":
            # Spark SQL unescapes backslashes in literals and reads 'a''b' as two adjacent literals ('ab')
            return "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"
        return quote_literal(value)

    @property
    def text(self) -> str:
        return {"duckdb": "VARCHAR", "spark": "STRING"}.get(self.name, "TEXT")

    @property
    def counts_apart(self) -> bool:
        """Whether the checks that join the table to a derived relation (uniqueness, foreign keys, a column
        filled nowhere) are counted apart (``BoundCheck.count_expr``/``count_sql``) instead of in the table's
        aggregate query. On Spark each such join shuffles every column of the table (a sort-merge join per
        check); counted apart, a group-by or an anti-join moves the key column alone."""
        return self.name == "spark"

    @property
    def double(self) -> str:
        return "DOUBLE PRECISION" if self.name == "postgresql" else "DOUBLE"

    def full_match(self, expr: str, pattern: str) -> str:
        """True when the whole of ``expr`` matches ``pattern`` (NULL stays NULL)."""
        if self.name == "duckdb":
            return f"regexp_full_match({expr}, {self.lit(split_repetitions(pattern, 1000))})"
        if self.name == "spark":
            # rlike is a find (java.util.regex); \z, not $, since $ also matches before a final line break
            anchored = "^(?:" + pattern + ")\\z"
            return f"({expr} RLIKE {self.lit(anchored)})"
        return f"({expr} ~ {self.lit('^(?:' + split_repetitions(pattern, 255) + ')$')})"

    def is_date(self, expr: str) -> str:
        """A real calendar date written YYYY-MM-DD (TRY_CAST alone accepts '2024-1-5' and ' 2024-01-05')."""
        if self.name == "duckdb":
            # cheap character tests instead of a regex (a third of the time on 1M rows), then the calendar
            return (
                f"(length({expr}) = 10 AND substr({expr}, 5, 1) = '-' AND substr({expr}, 8, 1) = '-' "
                f"AND substr({expr}, 1, 1) BETWEEN '0' AND '9' AND substr({expr}, 10, 1) BETWEEN '0' AND '9' "
                f"AND try_strptime({expr}, '%Y-%m-%d') IS NOT NULL)"
            )
        if self.name == "spark":
            # the same character tests, then the calendar (try_to_timestamp: NULL, not an error, under ANSI mode)
            return (
                f"(length({expr}) = 10 AND substr({expr}, 5, 1) = '-' AND substr({expr}, 8, 1) = '-' "
                f"AND substr({expr}, 1, 1) BETWEEN '0' AND '9' AND substr({expr}, 10, 1) BETWEEN '0' AND '9' "
                f"AND try_to_timestamp({expr}, 'yyyy-MM-dd') IS NOT NULL)"
            )
        return f"pg_temp.eucaim_is_date({expr})"

    def canonical_int(self, expr: str, int_bound: int | None) -> str | None:
        """A cheap test that ``expr`` is an integer in the canonical form (no sign but '-', no leading zero)
        within ``int_bound`` (None: unbounded), or None where the dialect has none. It implies the full
        test (lexical form and range), so the full test need only run on the values it rejects. Issue 15:
        a regular expression and a DECIMAL cast per value cost 0.15 s on 1.2M values, this 0.04 s."""
        types: dict[int | None, str] = {2**7: "TINYINT", 2**15: "SMALLINT", 2**31: "INTEGER", 2**63: "BIGINT"}
        if self.name == "duckdb":
            types[None] = "HUGEINT"
        elif self.name != "spark":
            return None
        if int_bound not in types:
            return None
        # Spark: the same round trip (its casts trim spaces and accept '+1', which the comparison rejects)
        return f"CAST(TRY_CAST({expr} AS {types[int_bound]}) AS {self.text}) = {expr}"

    def num(self, expr: str) -> str:
        """The numeric value of ``expr`` or NULL (both engines accept the same float spellings)."""
        if self.name == "duckdb":
            # safe: inputs are materialised VARCHAR tables, not scans (duckdb#23818)
            return f"TRY_CAST({expr} AS DOUBLE)"
        if self.name == "spark":
            return f"try_cast({expr} AS DOUBLE)"
        return f"pg_temp.eucaim_try_double({expr})"

    def setup(self) -> list[str]:
        """Statements to run once per connection before the checks."""
        if self.name == "duckdb":
            # duckdb#23818: TRY_CAST over a scan may raise instead of returning NULL; tables are
            # materialised as VARCHAR first, and the optimizer that moves casts into the scan is off too.
            return ["SET disabled_optimizers = 'type_pushdown'"]
        if self.name == "spark":
            return []  # casts are try_cast and dates try_to_timestamp: ANSI mode may stay on
        return [
            "CREATE OR REPLACE FUNCTION pg_temp.eucaim_is_date(v text) RETURNS boolean "
            "LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN "
            f"IF v IS NULL OR v !~ '^{DATE_RE}$' THEN RETURN false; END IF; "
            "PERFORM v::date; RETURN true; "
            "EXCEPTION WHEN others THEN RETURN false; END $f$",
            "CREATE OR REPLACE FUNCTION pg_temp.eucaim_try_double(v text) RETURNS double precision "
            "LANGUAGE plpgsql IMMUTABLE AS $f$ BEGIN RETURN v::double precision; "
            "EXCEPTION WHEN others THEN RETURN NULL; END $f$",
        ]


DUCKDB = Dialect("duckdb")
POSTGRES = Dialect("postgresql")
#: Spark SQL (validate/sql/spark.py).
SPARK = Dialect("spark")


_REPEAT = re.compile(r"(\\.|\[(?:\\.|[^\]\\])*\]|\.|[^\\()\[\]{}|*+?^$])\{(\d+)(,(\d*))?\}")


def split_repetitions(pattern: str, limit: int) -> str:
    """``pattern`` with each bounded repetition of a single-character atom above ``limit`` written as a run of
    repetitions within it (``.{1,1024}`` -> ``.{1,1000}.{0,24}``, the same strings). The regex engines refuse
    larger bounds: RE2 (DuckDB) 1000, PostgreSQL 255; schema patterns such as SegmentDescription's exceed them."""

    def repl(m: re.Match[str]) -> str:
        atom, lo = m.group(1), int(m.group(2))
        hi = lo if m.group(3) is None else (int(m.group(4)) if m.group(4) else None)
        if hi is None:  # {m,}: the unbounded tail needs no split
            if lo <= limit:
                return m.group(0)
            return split_repetitions(f"{atom}{{{lo}}}", limit) + f"{atom}*"
        if hi <= limit:
            return m.group(0)
        out, rem_lo, rem_hi = [], lo, hi
        while rem_hi > 0:
            b = min(limit, rem_hi)
            a = min(b, rem_lo)
            out.append(f"{atom}{{{a},{b}}}")
            rem_hi, rem_lo = rem_hi - b, rem_lo - a
        return "".join(out)

    return _REPEAT.sub(repl, pattern)


def present(d: Dialect, v: str) -> str:
    """A value is given: not NULL, not blank (trim removes spaces, in all three dialects).

    A CASE, not ``v IS NOT NULL AND trim(v) <> ''``: engines evaluate every operand of AND/OR over the whole
    column when the condition is a value (an aggregate's FILTER, a projection), and trim copies every string
    (0.11 s of 0.12 s on 1.2M UIDs in DuckDB); CASE evaluates a branch only for the rows that reach it, so trim
    runs on the values that start with a space alone (0.01 s). Issue 15."""
    return f"(CASE WHEN {v} IS NULL OR {v} = '' THEN false WHEN {v} LIKE ' %' THEN trim({v}) <> '' ELSE true END)"


def nonempty(v: str) -> str:
    """Cheaper guard for value checks: a blank value then fails the check itself (it is not a value)."""
    return f"({v} IS NOT NULL AND {v} <> '')"
