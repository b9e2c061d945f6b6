"""Quality measures of one loaded table, each a set-based DuckDB query over its all-text relation.

A table is scanned a fixed number of times whatever its width: one pass for completeness, numeric typing and
cardinality; one per uniqueness question; three over a numeric projection (quartiles, deviations, outliers);
one window pass for ranks. No row is looped over in Python.

Rules taken from TDC, the curation tool of the EUCAIM ETL (eucaim-etl-sql/tdc/app.py; facts, not code):
missing markers, the IQR fences (numpy's linear percentiles, 1.5 IQR, a 0/1 integer column never has
outliers), the modified z-score (median and MAD, 1.486 MAD, or 1.253314 mean absolute deviation when MAD is 0,
threshold 3.5), Spearman correlation >= 0.9 between columns less than half missing, and Jaro similarity >= 0.92
between column names stripped of parenthesised parts.
"""

from __future__ import annotations

import math
import re
from typing import Any

from eucaim_spec.profile.schema_facts import ColumnFact
from eucaim_spec.profile.settings import ProfileSettings

MAX_EXAMPLES = 10
SPEARMAN_SAMPLE = 50_000
#: missing markers that TRY_CAST turns into NULL or NaN by itself
CAST_MISSING = {"?", "None", "nan", "NaN", ""}
TYPING_SAMPLE = 10_000
#: a text column with at most this many distinct values among the first TYPING_SAMPLE rows is measured from the
#: counts of its values (a guess about cost only: the measures are the same either way)
FEW_VALUES = 1_000
#: most columns one GROUPING() call takes (DuckDB: fewer than 64, the bits of its BIGINT)
GROUPING_MAX = 63
#: widest table profiled: the one-pass aggregates grow with the width (1,000 columns took ~19 GB in DuckDB)
MAX_COLUMNS = 200
#: TDC's fallback scale when the MAD is 0 (mean absolute deviation scaled to a normal sd) and its MAD scale
MEAN_AD_SCALE = 1.253314
MAD_SCALE = 1.486


def q(name: str) -> str:
    """A quoted SQL identifier."""
    return '"' + name.replace('"', '""') + '"'


def lit(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def missing(col: str, s: ProfileSettings) -> str:
    """SQL: the value counts as missing (NULL, blank or one of TDC's markers)."""
    markers = ", ".join(lit(m) for m in ("", *s.missing_markers))
    return f"({q(col)} IS NULL OR trim({q(col)}) IN ({markers}))"


def _share(part: float, whole: float) -> float | None:
    return None if whole == 0 else round(part / whole, 6)


def _f(v: float) -> str:
    """A DOUBLE as an SQL literal (repr, which round-trips; an overflow to infinity as its cast)."""
    return repr(v) if math.isfinite(v) else f"'{v}'::DOUBLE"


def _num(v: Any) -> float | None:
    return None if v is None else round(float(v), 6)


class TableProfiler:
    """Measures one table loaded as ``relation`` (columns all VARCHAR, ``_row`` the 1-based data row)."""

    def __init__(self, con: Any, relation: str, columns: list[str], settings: ProfileSettings,
                 facts: dict[str, ColumnFact], id_column: str | None, tag: str) -> None:
        self.con, self.rel, self.columns, self.s = con, q(relation), columns, settings
        self.facts, self.id_column, self.tag = facts, id_column, tag
        self.rows = 0
        self.vals: str | None = None  # the temp table of value counts (columns_pass), if any
        self._few: set[str] = set()

    def _one(self, sql: str) -> tuple[Any, ...]:
        row: tuple[Any, ...] = self.con.execute(sql).fetchall()[0]
        return row

    # ------------------------------------------------------------------------------------ columns
    def _sample(self) -> tuple[set[str], set[str]]:
        """(numeric candidates, text columns of few values) from the first TYPING_SAMPLE rows: a column with a
        non-number there is text for sure, so the full-table cast runs only on the others; a text column with at
        most FEW_VALUES values there is measured from its value counts."""
        parts = []
        for c in self.columns:
            parts += [f"count(*) FILTER (WHERE NOT {missing(c, self.s)} AND TRY_CAST({q(c)} AS DOUBLE) IS NULL)",
                      f"count(DISTINCT {q(c)})"]
        if not parts:
            return set(), set()
        row = self._one(f"SELECT {', '.join(parts)} FROM (SELECT * FROM {self.rel} LIMIT {TYPING_SAMPLE})")
        cand = {c for c, bad in zip(self.columns, row[0::2], strict=True) if not bad}
        few = {c for c, n in zip(self.columns, row[1::2], strict=True) if c not in cand and n <= FEW_VALUES}
        return cand, few

    def columns_pass(self, pop_col: str | None = None) -> list[dict[str, Any]]:
        """Per column: filled/missing counts and shares, whether numeric, distinct count (approximate). With
        ``pop_col`` the same passes also count per population (GROUPING SETS), kept in ``self.by_population``.

        Two passes: row by row over the numeric candidates and the text columns of many values, and one GROUP
        BY of the raw text of the columns of few values (``_value_counts``), whose trimming and missing tests
        then run once per distinct value instead of once per row."""
        cand, few = self._sample()
        self._few = few
        markers = ", ".join(lit(m) for m in ("", *self.s.missing_markers))
        # A numeric candidate is cast once; where every missing marker casts to NULL or NaN, a value cast to a
        # number is no marker, so the text test runs only on the rows whose cast failed. A text column is trimmed
        # once, for the missing test and the distinct count alike (trim reads every character: the costliest
        # function of these passes).
        fast = set(self.s.missing_markers) <= CAST_MISSING
        inner, parts, by_row = [], ["count(*)"], []
        for i, c in enumerate(self.columns):
            if c in few:
                continue
            by_row.append(i)
            if c in cand:
                test = f"(v{i} IS NULL OR trim(v{i}) IN ({markers}))"
                inner.append(f"{q(c)} AS v{i}, TRY_CAST({q(c)} AS DOUBLE) AS x{i}")
                # CASE, not FILTER: DuckDB evaluates a CASE branch only on the rows that reach it
                pre = f"x{i} IS NULL OR isnan(x{i})" if fast else "TRUE"
                parts += [f"count(CASE WHEN {pre} THEN CASE WHEN {test} THEN 1 END END)",
                          f"count(CASE WHEN x{i} IS NULL THEN CASE WHEN NOT {test} THEN 1 END END)", "NULL"]
            else:
                inner.append(f"trim({q(c)}) AS t{i}")
                test = f"(t{i} IS NULL OR t{i} IN ({markers}))"
                parts += [f"count(CASE WHEN {test} THEN 1 END)", "1",
                          f"approx_count_distinct(CASE WHEN NOT {test} THEN t{i} END)"]
        counted = self._value_counts([c for c in self.columns if c in few], pop_col, markers)

        def full(pop: Any, row: tuple[Any, ...], overall: bool) -> tuple[Any, ...]:
            """(rows, then missing, non-numbers and distinct values per column) of one group."""
            out: list[Any] = [row[0], *([None] * (3 * len(self.columns)))]
            for k, i in enumerate(by_row):
                out[1 + 3 * i: 4 + 3 * i] = row[1 + 3 * k: 4 + 3 * k]
            for i, c in enumerate(self.columns):
                if c in few:
                    miss, distinct = counted.get((i, overall, pop), (0, 0))
                    out[1 + 3 * i: 4 + 3 * i] = [miss, 1, distinct if overall else None]
            return tuple(out)

        self.by_population: list[dict[str, Any]] = []
        if pop_col is None:
            row = full(None, self._one(f"SELECT {', '.join(parts)} FROM (SELECT {', '.join(inner) or '1'} "
                                       f"FROM {self.rel})"), True)
        else:
            sql = (f"SELECT GROUPING(pop) AS g, pop, {', '.join(parts)} FROM (SELECT trim({q(pop_col)}) AS pop, "
                   f"{', '.join(inner) or '1'} FROM {self.rel}) GROUP BY GROUPING SETS ((pop), ()) "
                   "ORDER BY g DESC, pop NULLS LAST")
            rows = self.con.execute(sql).fetchall()
            row = full(None, rows[0][2:], True)
            self.by_population = self._populations([(r[1], full(r[1], r[2:], False)) for r in rows[1:]])
        self.rows = n = int(row[0])
        out = []
        for i, c in enumerate(self.columns):
            miss, non_num, distinct = (None if v is None else int(v) for v in row[1 + 3 * i: 4 + 3 * i])
            assert miss is not None and non_num is not None
            fact = self.facts.get(c)
            share = _share(miss, n)
            out.append({
                "column": c,
                "slot": fact.slot if fact else None,
                "filled": n - miss,
                "missing": miss,
                "missing_share": share,
                "over_missing_threshold": bool(share is not None and share > self.s.missing_threshold),
                "numeric": n - miss > 0 and non_num == 0,
                "distinct_approx": distinct,
                "quasi_identifier": bool(fact and fact.quasi_identifier),
                "personal_data": bool(fact and fact.personal_data),
            })
        return out

    def _value_counts(self, names: list[str], pop_col: str | None,
                      markers: str) -> dict[tuple[int, bool, Any], tuple[int, int]]:
        """Text columns of few values: their raw values counted (per population with ``pop_col``) in one GROUPING
        SETS pass per GROUPING_MAX columns, kept in the temp table ``<tag>_vals`` (column index j, pop, value k,
        rows n) for ``frequencies``; returns (column index, overall?, population) -> (missing, distinct values).
        The distinct count is the same HyperLogLog estimate as row by row: its registers depend only on the set
        of values hashed."""
        self.vals = None
        if not names:
            return {}
        vals = q(self.tag + "_vals")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {vals} (j INTEGER, pop VARCHAR, k VARCHAR, n BIGINT)"
                         ).fetchall()
        self.vals = vals
        index = {c: i for i, c in enumerate(self.columns)}
        for start in range(0, len(names), GROUPING_MAX):
            chunk = names[start:start + GROUPING_MAX]
            alias = [f"v{k}" for k in range(len(chunk))]
            width = len(alias)
            # GROUPING() sets bit (width-1-k) for each column not grouped by: all but one here
            gids = [(1 << width) - 1 - (1 << (width - 1 - k)) for k in range(width)]
            j = "CASE g " + " ".join(f"WHEN {g} THEN {index[c]}" for g, c in zip(gids, chunk, strict=True)) + " END"
            k = "CASE g " + " ".join(f"WHEN {g} THEN {a}" for g, a in zip(gids, alias, strict=True)) + " END"
            sets = ", ".join(f"(pop, {a})" if pop_col else f"({a})" for a in alias)
            pop = f"trim({q(pop_col)})" if pop_col else "NULL::VARCHAR"
            cols = ", ".join(f"{q(c)} AS {a}" for c, a in zip(chunk, alias, strict=True))
            self.con.execute(
                f"INSERT INTO {vals} SELECT {j}, pop, {k}, n FROM (SELECT GROUPING({', '.join(alias)}) AS g, "
                f"{'pop' if pop_col else 'NULL::VARCHAR AS pop'}, {', '.join(alias)}, count(*) AS n "
                f"FROM (SELECT {pop} AS pop, {cols} FROM {self.rel}) GROUP BY GROUPING SETS ({sets}))").fetchall()
        rows = self.con.execute(
            f"SELECT j, GROUPING(pop) = 1, pop, coalesce(sum(n) FILTER (WHERE m), 0), "
            f"approx_count_distinct(CASE WHEN NOT m THEN t END) FROM (SELECT j, pop, n, t, "
            f"t IS NULL OR t IN ({markers}) AS m FROM (SELECT j, pop, n, trim(k) AS t FROM {vals})) "
            f"GROUP BY GROUPING SETS ((j, pop), (j))").fetchall()
        return {(int(j), bool(overall), None if overall else p): (int(miss), int(distinct))
                for j, overall, p, miss, distinct in rows}

    def _populations(self, groups: list[tuple[Any, tuple[Any, ...]]]) -> list[dict[str, Any]]:
        """Filled share per column within each population; populations below the minimum cell size are pooled
        and the pool itself dropped when it is still below it."""
        out: list[dict[str, Any]] = []
        pooled_n, pooled = 0, [0] * len(self.columns)
        hidden = 0
        for p, row in groups:
            n = int(row[0])
            filled = [n - int(row[1 + 3 * i]) for i in range(len(self.columns))]
            if n < self.s.min_cell_size or p is None:
                pooled_n += n
                pooled = [a + b for a, b in zip(pooled, filled, strict=True)]
                hidden += 1
                continue
            out.append({"population": p, "records": n,
                        "filled_share": {c: _share(f, n) for c, f in zip(self.columns, filled, strict=True)}})
        if hidden:
            entry: dict[str, Any] = {"population": None, "suppressed_populations": hidden}
            if pooled_n >= self.s.min_cell_size:
                entry["records"] = pooled_n
                entry["filled_share"] = {c: _share(f, pooled_n) for c, f in zip(self.columns, pooled, strict=True)}
            out.append(entry)
        return out

    # --------------------------------------------------------------------------------- uniqueness
    def uniqueness(self, cols: list[dict[str, Any]] | None = None) -> dict[str, Any]:
        """Duplicate entities (same identifier) and near-duplicate rows (equal on every column but the identifier,
        ignoring letter case; exact duplicate rows are among both). Rows are grouped by a 64-bit hash of
        their values, which keeps one pass cheap on wide tables; a collision among 10^6 rows has odds of ~10^-7.

        Near duplicates are not measured (their keys left out) when every other column of ``cols`` is a
        quasi-identifier, empty or one value throughout (CDM patient: dataset, sex): such rows cannot tell one
        entity entered twice from two entities alike, and k-anonymity asks for exactly such rows."""
        out: dict[str, Any] = {"identifier": self.id_column}
        if self.id_column and self._increasing_integers(cols):
            out["duplicate_entities"], out["rows_of_duplicate_entities"] = 0, 0
        elif self.id_column:
            ent, ent_rows = self._one(
                f"SELECT count(*), coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM {self.rel} "
                f"WHERE NOT {missing(self.id_column, self.s)} GROUP BY trim({q(self.id_column)}) HAVING count(*) > 1)")
            out["duplicate_entities"], out["rows_of_duplicate_entities"] = int(ent), int(ent_rows)
        if cols is not None and not any(
                c["column"] != self.id_column and not c["quasi_identifier"] and c["filled"]
                and c["distinct_approx"] != 1 for c in cols):
            return out
        # near duplicates: equal but for letter case, one lower-cased string per row (NULL as empty: a missing
        # value equals a missing value; the unit separator between values is no character of table text).
        # Trimming each value too would cost a third of the whole profile on wide tables.
        rest = [c for c in self.columns if c != self.id_column] or self.columns
        key = "hash(lower(concat(" + ", chr(31), ".join(f"coalesce({q(c)}, '')" for c in rest) + ")))"
        g, r = self._one(f"SELECT count(*), coalesce(sum(n), 0) FROM "
                         f"(SELECT count(*) n FROM {self.rel} GROUP BY {key} HAVING n > 1)")
        out["near_duplicate_groups"], out["rows_in_near_duplicate_groups"] = int(g), int(r)
        return out

    def _increasing_integers(self, cols: list[dict[str, Any]] | None) -> bool:
        """The identifier is an integer on every row, each greater than the one before it in the stream (as ETL
        ids are written): then no two are equal, so none repeats, without grouping them. One window pass, tried
        only on a numeric identifier that is never missing; False when that is not proven."""
        assert self.id_column is not None
        col = next((c for c in cols or [] if c["column"] == self.id_column), None)
        if col is None or not col["numeric"] or col["missing"]:
            return False
        # equal trimmed ids cast to equal integers (a cast ignores blanks, fails on other padding): strictly
        # increasing integers are distinct ids
        (proven,) = self._one(
            f"SELECT bool_and(x IS NOT NULL AND (p IS NULL OR x > p)) FROM (SELECT x, lag(x) OVER () AS p "
            f"FROM (SELECT TRY_CAST({q(self.id_column)} AS BIGINT) AS x FROM {self.rel}))")
        return bool(proven)

    # ------------------------------------------------------------------------------ distributions
    def distributions(self, cols: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Per numeric column (not personal data, at least min_cell_size values): mean, sd, quartiles, IQR fences
        and the IQR and modified z-score outliers (counts and first row numbers; values never)."""
        numeric = [c for c in cols if c["numeric"] and not c["personal_data"] and c["filled"] >= self.s.min_cell_size]
        if not numeric:
            return []
        names = [c["column"] for c in numeric]
        proj = self.tag + "_num"
        # finite numbers only: 'inf' and 'NaN' cast to numbers that no mean or quartile survives
        if set(self.s.missing_markers) <= CAST_MISSING:
            # every marker casts to NULL or NaN: the cast alone tells missing from numbers, without the text test
            sel = ", ".join(f"CASE WHEN isfinite(x{i}) THEN x{i} END AS n{i}" for i in range(len(names)))
            cast = ", ".join(f"TRY_CAST({q(c)} AS DOUBLE) AS x{i}" for i, c in enumerate(names))
        else:
            sel = ", ".join(f"CASE WHEN isfinite(x{i}) THEN x{i} END AS n{i}" for i in range(len(names)))
            cast = ", ".join(f"CASE WHEN {missing(c, self.s)} THEN NULL ELSE TRY_CAST({q(c)} AS DOUBLE) END AS x{i}"
                             for i, c in enumerate(names))
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {q(proj)} AS SELECT _row, {sel} FROM "
                         f"(SELECT _row, {cast} FROM {self.rel})").fetchall()
        parts = []
        for i in range(len(names)):
            parts += [f"count(n{i})", f"avg(n{i})", f"stddev_pop(n{i})",
                      f"quantile_cont(n{i}, [0.25, 0.5, 0.75])", f"min(n{i})", f"max(n{i})",
                      f"bool_and(n{i} = round(n{i}))"]
        row = self._one(f"SELECT {', '.join(parts)} FROM {q(proj)}")
        stats = []
        for i in range(len(names)):
            n, mean, sd, qs, lo, hi, integral = row[7 * i: 7 * i + 7]
            stats.append({"n": n, "mean": mean, "sd": sd, "q1": qs[0], "median": qs[1], "q3": qs[2],
                          "binary": bool(integral) and lo == 0 and hi == 1})
        dev = ", ".join(f"median(abs(n{i} - {_f(st['median'])})), avg(abs(n{i} - {_f(st['mean'])}))"
                        for i, st in enumerate(stats))
        drow = self._one(f"SELECT {dev} FROM {q(proj)}")
        conds = []
        for i, st in enumerate(stats):
            iqr = st["q3"] - st["q1"]
            st["iqr"] = iqr
            st["lower_fence"] = st["q1"] - self.s.iqr_factor * iqr
            st["upper_fence"] = st["q3"] + self.s.iqr_factor * iqr
            mad, mean_ad = drow[2 * i], drow[2 * i + 1]
            scale = MAD_SCALE * mad if mad else MEAN_AD_SCALE * (mean_ad or 0.0)
            st["mad"] = mad
            iqr_cond = "FALSE" if st["binary"] else (
                f"(n{i} < {_f(st['lower_fence'])} OR n{i} > {_f(st['upper_fence'])})")
            z_cond = "FALSE" if not scale else f"abs(n{i} - {_f(st['median'])}) / {_f(scale)} > {self.s.robust_z!r}"
            conds.append((iqr_cond, z_cond))
        parts = []
        for iqr_cond, z_cond in conds:
            # CASE rather than FILTER (evaluated on every row), the first rows by min(_row, n) (a top n, no list)
            parts += [f"count(CASE WHEN {iqr_cond} THEN 1 END)",
                      f"min(CASE WHEN {iqr_cond} THEN _row END, {MAX_EXAMPLES})",
                      f"count(CASE WHEN {z_cond} THEN 1 END)",
                      f"min(CASE WHEN {z_cond} THEN _row END, {MAX_EXAMPLES})"]
        orow = self._one(f"SELECT {', '.join(parts)} FROM {q(proj)}")
        out = []
        for i, (name, st) in enumerate(zip(names, stats, strict=True)):
            out.append({
                "column": name, "n": int(st["n"]), "mean": _num(st["mean"]), "sd": _num(st["sd"]),
                "q1": _num(st["q1"]), "median": _num(st["median"]), "q3": _num(st["q3"]), "iqr": _num(st["iqr"]),
                "lower_fence": _num(st["lower_fence"]), "upper_fence": _num(st["upper_fence"]),
                "outliers_iqr": int(orow[4 * i]), "outlier_rows_iqr": [int(r) for r in orow[4 * i + 1] or []],
                "outliers_robust_z": int(orow[4 * i + 2]),
                "outlier_rows_robust_z": [int(r) for r in orow[4 * i + 3] or []],
            })
        self._correlations = self._spearman(proj, names, cols)
        return out

    def _spearman(self, proj: str, names: list[str], cols: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Numeric column pairs with Spearman rho >= correlation_min (TDC: both columns less than half missing).
        Ranks are average ranks over each column's filled values: rho is exact where both columns are filled on
        the same rows, an approximation otherwise (a per-pair ranking would cost one sort per pair)."""
        by_name = {c["column"]: c for c in cols}
        idx = [i for i, nme in enumerate(names) if by_name[nme]["missing"] < self.rows / 2]
        if len(idx) < 2:
            return []
        # above SPEARMAN_SAMPLE rows the ranks come from a repeatable reservoir sample: a rho >= 0.9 shows as
        # clearly in 5x10^4 rows, and ranking every row costs two sorts per column
        sample = ""
        if self.rows > SPEARMAN_SAMPLE:
            sample = f" USING SAMPLE reservoir({SPEARMAN_SAMPLE} ROWS) REPEATABLE (19)"
        self.spearman_rows = min(self.rows, SPEARMAN_SAMPLE)
        # the average rank of a value = (its rank + the rows up to its last tie) / 2: both from one sort (window
        # ORDER BY, peers in the frame)
        ranks = ", ".join(
            f"CASE WHEN n{i} IS NULL THEN NULL ELSE (rank() OVER w{i} + count(*) OVER w{i}) / 2.0 END AS r{i}"
            for i in idx)
        windows = ", ".join(f"w{i} AS (ORDER BY n{i})" for i in idx)
        rk = self.tag + "_rank"
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE {q(rk)} AS SELECT {ranks} FROM "
                         f"(SELECT * FROM {q(proj)}{sample}) WINDOW {windows}").fetchall()
        pairs = [(a, b) for k, a in enumerate(idx) for b in idx[k + 1:]]
        row = self._one(f"SELECT {', '.join(f'corr(r{a}, r{b})' for a, b in pairs)} FROM {q(rk)}")
        out = []
        for (a, b), rho in zip(pairs, row, strict=True):
            if rho is not None and rho >= self.s.correlation_min:
                out.append({"columns": [names[a], names[b]], "spearman": _num(rho), "rows_ranked": self.spearman_rows})
        return out

    def correlations(self) -> list[dict[str, Any]]:
        return getattr(self, "_correlations", [])

    def lexical_pairs(self) -> list[dict[str, Any]]:
        """Column-name pairs with Jaro similarity >= lexical_min, names stripped of '(...)' as TDC does."""
        clean = [re.sub(r"\(.+?\)", "", c).rstrip() for c in self.columns]
        if len(clean) < 2:
            return []
        values = ", ".join(f"({i}, {lit(c)})" for i, c in enumerate(clean))
        rows = self.con.execute(
            f"SELECT a.i, b.i, jaro_similarity(a.c, b.c) AS j "
            f"FROM (VALUES {values}) a(i, c), (VALUES {values}) b(i, c) "
            f"WHERE a.i < b.i AND jaro_similarity(a.c, b.c) >= {self.s.lexical_min!r} ORDER BY a.i, b.i").fetchall()
        return [{"columns": [self.columns[a], self.columns[b]], "jaro": _num(j)} for a, b, j in rows]

    # -------------------------------------------------------------------------------- frequencies
    def frequencies(self, cols: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Value counts of coded columns (text, at most coded_max_distinct values, neither identifier nor personal
        data): those of few values from the value counts of ``columns_pass``, the others in one GROUPING SETS
        pass per GROUPING_MAX columns; categories below min_cell_size are suppressed: only how many and how many
        records are given."""
        coded = [c for c in cols if not (
            c["numeric"] or c["personal_data"] or c["column"] == self.id_column or c["filled"] == 0
            or c["distinct_approx"] is None or c["distinct_approx"] > self.s.coded_max_distinct)]
        if not coded:
            return []
        names = [c["column"] for c in coded]
        counts: dict[int, list[tuple[str, int]]] = {i: [] for i in range(len(names))}
        # the columns of few values from their value counts (columns_pass), trimmed once per distinct value
        counted = {self.columns.index(c): i for i, c in enumerate(names) if c in self._few}
        if counted:
            markers = ", ".join(lit(m) for m in ("", *self.s.missing_markers))
            for j, v, n in self.con.execute(
                    f"SELECT j, t, sum(n) FROM (SELECT j, trim(k) AS t, n FROM {self.vals} WHERE j IN "
                    f"({', '.join(str(j) for j in counted)})) WHERE t IS NOT NULL AND t NOT IN ({markers}) "
                    "GROUP BY j, t").fetchall():
                counts[counted[j]].append((v, int(n)))
        rest = [c for c in names if self.columns.index(c) not in counted]
        # GROUPING() takes at most GROUPING_MAX columns: one GROUPING SETS pass per GROUPING_MAX coded columns
        for start in range(0, len(rest), GROUPING_MAX):
            chunk = rest[start:start + GROUPING_MAX]
            alias = [f"v{i}" for i in range(len(chunk))]
            inner = ", ".join(f"CASE WHEN {missing(c, self.s)} THEN NULL ELSE trim({q(c)}) END AS {a}"
                              for c, a in zip(chunk, alias, strict=True))
            rows = self.con.execute(
                f"SELECT GROUPING({', '.join(alias)}) AS g, {', '.join(alias)}, count(*) AS n FROM (SELECT {inner} "
                f"FROM {self.rel}) GROUP BY GROUPING SETS ({', '.join(f'({a})' for a in alias)}) "
                "ORDER BY g, n DESC").fetchall()
            width = len(alias)
            for g, *vals, n in rows:
                # GROUPING() leaves bit (width-1-i) clear for the one column i grouped by
                i = next(k for k in range(width) if not (int(g) >> (width - 1 - k)) & 1)
                if vals[i] is not None:  # the missing values' group
                    counts[names.index(chunk[i])].append((vals[i], int(n)))
        out = []
        for i, name in enumerate(names):
            ordered = sorted(counts[i], key=lambda e: (-e[1], e[0]))
            shown = [{"value": v, "count": n} for v, n in ordered if n >= self.s.min_cell_size]
            hidden = [n for _, n in ordered if n < self.s.min_cell_size]
            out.append({"column": name, "categories": len(ordered), "values": shown,
                        "suppressed_categories": len(hidden), "suppressed_records": sum(hidden)})
        return out
