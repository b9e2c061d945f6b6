"""Disclosure risk of one table: k-anonymity over the quasi-identifiers the schemas declare, full dates, high
ages, and head imaging series that need a face/defacing review.

Equivalence classes are the groups of records sharing every quasi-identifier value as written (a missing value
is a value of its own: it does not hide a record). The rarest combinations are reported by the attributes they
combine and how many records sit in classes below k, never by their values.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from eucaim_spec.profile.measures import MAX_EXAMPLES, lit, missing, q
from eucaim_spec.profile.schema_facts import ColumnFact
from eucaim_spec.profile.settings import ProfileSettings
from eucaim_spec.validate.dicom import scan as dicom_scan
from eucaim_spec.validate.sql.slots import norm

#: GROUPING SETS are enumerated up to this many quasi-identifiers (all subsets of size 1, 2 and the full set).
MAX_SUBSETS = 64
FULL_DATE = r"^\s*\d{4}-?\d{2}-?\d{2}"


def _value(col: str, s: ProfileSettings) -> str:
    """SQL: the value of ``col`` an equivalence class is formed on (NULL when missing, else trimmed, lower case)."""
    return f"CASE WHEN {missing(col, s)} THEN NULL ELSE lower(trim({q(col)})) END"


def disclosure(con: Any, relation: str, rows: int, facts: dict[str, ColumnFact], s: ProfileSettings,
               columns: list[str], tag: str = "d") -> dict[str, Any]:
    """k-anonymity, the k distribution (class sizes, classes below min_cell_size pooled), rarest attribute
    combinations, full dates and ages over ``max_age`` of one table. ``tag`` names its temp table."""
    rel = q(relation)
    qis = [c for c in columns if c in facts and facts[c].quasi_identifier]
    out: dict[str, Any] = {"quasi_identifiers": qis, "records": rows, "k_threshold": s.k_anonymity}
    if qis and rows:
        sizes = _class_sizes(con, rel, qis, s, tag)
        dist = sorted(sizes.pop(()).items())
        out["k"] = int(dist[0][0])
        out["equivalence_classes"] = sum(int(c) for _, c in dist)
        below = sum(int(n) * int(c) for n, c in dist if n < s.k_anonymity)
        out["classes_below_k"] = sum(int(c) for n, c in dist if n < s.k_anonymity)
        out["records_below_k"] = below
        out["share_below_k"] = round(below / rows, 6)
        out["k_distribution"] = [{"class_size": int(n), "classes": int(c)} for n, c in dist]
        out["rarest_combinations"] = _rarest(sizes, s)
    dates = [c for c in columns if c in facts and facts[c].is_date]
    ages = [c for c in columns if c in facts and facts[c].is_age and facts[c].quasi_identifier]
    out["full_dates"] = _counts(con, rel, dates, lambda c: f"regexp_matches({q(c)}, {lit(FULL_DATE)})", s)
    # DICOM PatientAge is '089Y'-style text: its number is read before the unit letter
    out["ages_over_max"] = _counts(
        con, rel, ages,
        lambda c: f"TRY_CAST(regexp_extract({q(c)}, '^\\s*(\\d+(\\.\\d+)?)', 1) AS DOUBLE) > {s.max_age!r}", s)
    return out


def _counts(con: Any, rel: str, cols: list[str], cond: Any, s: ProfileSettings) -> list[dict[str, Any]]:
    if not cols:
        return []
    # CASE, not FILTER: the condition runs only on the filled values (DuckDB evaluates a FILTER on every row)
    hit = [f"CASE WHEN NOT {missing(c, s)} THEN CASE WHEN {cond(c)} THEN _row END END" for c in cols]
    parts = [f"count({h})" for h in hit] + [f"min({h}, {MAX_EXAMPLES})" for h in hit]
    row = con.execute(f"SELECT {', '.join(parts)} FROM {rel}").fetchall()[0]
    n = len(cols)
    return [{"column": c, "records": int(row[i]), "rows": [int(r) for r in row[n + i] or []]}
            for i, c in enumerate(cols) if row[i]]


def _class_sizes(con: Any, rel: str, qis: list[str], s: ProfileSettings,
                 tag: str) -> dict[tuple[str, ...], dict[int, int]]:
    """Equivalence-class sizes over the quasi-identifiers (key ``()``) and over the attribute subsets of
    ``_rarest`` (singles, pairs, all): class size -> classes. The raw combinations are counted first (a GROUP BY of
    the text as it is), the classes then formed from those counts: the values are trimmed and lower-cased once
    per combination instead of once per record."""
    subsets: list[tuple[str, ...]] = [(c,) for c in qis]
    subsets += list(combinations(qis, 2))
    if len(qis) > 2:
        subsets.append(tuple(qis))
    subsets = list(dict.fromkeys(subsets))[:MAX_SUBSETS]
    combos = q(tag + "_qi")
    raw = ", ".join(f"{q(c)} AS r{i}" for i, c in enumerate(qis))
    con.execute(f"CREATE OR REPLACE TEMP TABLE {combos} AS SELECT {raw}, count(*) AS n FROM {rel} "
                f"GROUP BY {', '.join(f'r{i}' for i in range(len(qis)))}").fetchall()
    alias = {c: f"v{i}" for i, c in enumerate(qis)}
    sel = ", ".join(f"{_value(f'r{i}', s)} AS {alias[c]}" for i, c in enumerate(qis))
    # the full set first: the k distribution (it may be among the subsets too, or cut off from them)
    sets = [tuple(qis), *subsets]
    grouping = ", ".join("(" + ", ".join(alias[c] for c in sub) + ")" for sub in dict.fromkeys(sets))
    width = len(qis)
    rows = con.execute(
        f"SELECT g, n, count(*) FROM (SELECT GROUPING({', '.join(alias[c] for c in qis)}) AS g, sum(n) AS n "
        f"FROM (SELECT {sel}, n FROM {combos}) GROUP BY GROUPING SETS ({grouping})) GROUP BY g, n").fetchall()
    con.execute(f"DROP TABLE IF EXISTS {combos}").fetchall()
    by_gid: dict[int, dict[int, int]] = {}
    for g, n, c in rows:
        by_gid.setdefault(int(g), {})[int(n)] = int(c)
    out: dict[tuple[str, ...], dict[int, int]] = {}
    for sub in sets:
        # GROUPING() sets bit (width-1-i) for each argument i NOT grouped by
        g = sum(1 << (width - 1 - i) for i, c in enumerate(qis) if c not in sub)
        out[sub] = by_gid.get(g, {})
    out[()] = out[tuple(qis)]
    out = {k: v for k, v in out.items() if k == () or k in subsets}
    return out


def _rarest(sizes: dict[tuple[str, ...], dict[int, int]], s: ProfileSettings) -> list[dict[str, Any]]:
    """Attribute combinations (single quasi-identifiers, pairs, all) ranked by the records they leave in classes
    below k."""
    out: list[dict[str, Any]] = []
    for sub, dist in sizes.items():
        classes = sum(c for n, c in dist.items() if n < s.k_anonymity)
        records = sum(n * c for n, c in dist.items() if n < s.k_anonymity)
        if records:
            out.append({"attributes": list(sub), "classes_below_k": classes, "records_below_k": records})
    out.sort(key=lambda e: (-int(e["records_below_k"]), len(e["attributes"]), e["attributes"]))
    return out[:10]


def head_series(con: Any, relation: str, columns: list[str], s: ProfileSettings) -> dict[str, Any] | None:
    """Series of a DICOM tag table whose body part is the head/brain with a modality a face can be rebuilt from."""
    by = {norm(c): c for c in columns}
    part, modality = by.get("bodypartexamined"), by.get("modality")
    if part is None:
        return None
    parts = ", ".join(lit(p.upper()) for p in s.head_body_parts)
    cond = f"upper(trim({q(part)})) IN ({parts})"
    if modality is not None and s.head_modalities:
        cond += f" AND upper(trim({q(modality)})) IN ({', '.join(lit(m.upper()) for m in s.head_modalities)})"
    n, rows = con.execute(
        f"SELECT count(*), list(_row ORDER BY _row)[1:{MAX_EXAMPLES}] FROM {q(relation)} WHERE {cond}").fetchall()[0]
    return {"series": int(n), "rows": [int(r) for r in rows or []], "body_part_column": part,
            "modality_column": modality}


def dicom_head_series(con: Any, tags: Any, s: ProfileSettings) -> dict[str, Any]:
    """Head/brain series of a DICOM tree from the scan's tag table (pyarrow, one row per file): how many series
    and files. Paths are not given: folder names of an unprocessed tree may carry a name."""
    con.register("profile_dicom_tags", tags)
    try:
        parts = ", ".join(lit(p.upper()) for p in s.head_body_parts)
        mods = ", ".join(lit(m.upper()) for m in s.head_modalities) or "NULL"
        ok = lit(dicom_scan.OK)
        n, files = con.execute(
            "SELECT count(DISTINCT SeriesInstanceUID), count(*) FROM profile_dicom_tags "
            f"WHERE status = {ok} AND upper(trim(BodyPartExamined)) IN ({parts}) "
            f"AND upper(trim(Modality)) IN ({mods})").fetchall()[0]
        total = con.execute("SELECT count(DISTINCT SeriesInstanceUID) FROM profile_dicom_tags "
                            f"WHERE status = {ok}").fetchall()[0][0]
    finally:
        con.unregister("profile_dicom_tags")
    return {"series": int(n), "files": int(files), "series_scanned": int(total), "rows": [],
            "body_part_column": "BodyPartExamined", "modality_column": "Modality"}
