"""Hand-written tabular rules: ETL input rules, linkage, date order, offset/unit pairs, timepoint order.

Each is a ``Rule`` with a stable id (``minimum.etl.*``, ``minimum.linkage.*``, ``<standard>.<table>.<name>``)
and, where it looks at data, a function that renders it to a set-based ``BoundCheck``.
"""

from __future__ import annotations

from collections.abc import Iterable

from eucaim_spec.report.model import Severity
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.sql.compile import ENGINE
from eucaim_spec.validate.sql.dialect import COMMA_DECIMAL_RE, DATE_RE, NUMBER_RE, Dialect, present
from eucaim_spec.validate.sql.render import BoundCheck, Need, TableBinding
from eucaim_spec.validate.sql.slots import norm, rule_part

_V, _W, _I = Severity.violation, Severity.warning, Severity.info


def _r(rid: str, title: str, sev: Severity, hint: str = "", tier: int = 1) -> Rule:
    return Rule(
        id=rid, title=title, standard=rid.split(".", 1)[0], tier=tier, severity=sev, engine=ENGINE, hint=hint
    )


#: ETL input rules (etl-toolset README) and the bad-input cases of a tabular file.
ETL_RULES: dict[str, Rule] = {
    r.id.rsplit(".", 1)[1]: r
    for r in (
        _r(
            "minimum.etl.separator",
            "fields must be separated by a comma",
            _V,
            "save the file as CSV with ',' as field separator",
        ),
        _r("minimum.etl.decimal_separator", "decimals must use a dot", _V, "write 45.5, not 45,5"),
        _r("minimum.etl.bom", "the file starts with a byte order mark", _W, "save as UTF-8 without BOM"),
        _r("minimum.etl.encoding", "the file is not UTF-8", _V, "save the file as UTF-8"),
        _r("minimum.etl.empty_file", "the file is empty", _V, "export the table again, header first"),
        _r("minimum.etl.no_rows", "the file has a header but no data rows", _W),
        _r(
            "minimum.etl.ragged_row",
            "a line has more or fewer fields than the header",
            _V,
            "quote values that contain the separator; every line needs one field per column",
        ),
        _r("minimum.etl.unreadable", "the file cannot be read", _V),
        _r(
            "minimum.etl.not_records",
            "JSON input must be a list of records",
            _V,
            'write [{"PatientID": ...}, ...]: one object per row',
        ),
        _r(
            "minimum.etl.xlsx_formula",
            "spreadsheet cells hold formulas",
            _W,
            "paste values instead of formulas",
        ),
        _r("minimum.etl.too_large", "the spreadsheet is too large to load", _V, "export the table as CSV"),
        _r(
            "minimum.etl.header",
            "one header per dataset",
            _V,
            "keep exactly one header line, the same in every file of a table",
        ),
        _r(
            "minimum.etl.column_name",
            "every column has a name of its own",
            _V,
            "give each column one distinct name: a repeated or empty header name leaves it unclear which column "
            "holds the data element, so neither is checked as it",
        ),
        _r(
            "minimum.etl.file_prefix",
            "file names start with the dataset id",
            _W,
            "rename the file to <dataset id>_<name>",
        ),
        _r(
            "minimum.etl.unrecognised",
            "a file was not recognised as a clinical, CDM or imaging table",
            _I,
            "name CDM tables as the ETL output schema (patient.csv, ...) or put PatientID first",
        ),
    )
}

LINKAGE_RULES: dict[str, Rule] = {
    r.id.rsplit(".", 1)[1]: r
    for r in (
        _r(
            "minimum.linkage.clinical_without_images",
            "a patient of the clinical data has no images",
            _V,
            "the PatientID must equal DICOM (0010,0020) of the patient's images",
        ),
        _r(
            "minimum.linkage.images_without_clinical",
            "an imaged patient has no clinical data",
            _V,
            "add the patient's clinical row, or correct the PatientID",
        ),
    )
}

#: Rules of the minimum clinical table as a whole (what no per-row rule can say).
CLINICAL_RULES: dict[str, Rule] = {
    r.id.rsplit(".", 1)[1]: r
    for r in (
        _r(
            "minimum.clinical.no_rows",
            "the minimum clinical table has no data rows",
            _V,
            "export one row per subject under the header",
        ),
        _r(
            "minimum.clinical.column_missing",
            "a column every minimum clinical record requires is missing",
            _V,
            "add the column (header name as in the mapping template) and fill it in every row",
        ),
    )
}

POPULATION_UNKNOWN = _r(
    "minimum.population.unrecognised",
    "the population value matches no record class (positive or negative/control)",
    _V,
    "use a population value of the minimum data schema",
)


def table_missing_rule(standard: str, table: str, tier: int) -> Rule:
    return _r(
        f"{standard}.{rule_part(table)}.table_missing",
        f"table {table} is missing",
        _V,
        f"provide {table}.csv (or .parquet)",
        tier,
    )


# --------------------------------------------------------------------------------- column-name rules
#: Date pairs that must be in order (first <= second), by loose column-name keys.
DATE_ORDER_KEYWORDS = (
    ("detection", "confirmation"),
    ("confirmation", "treatment"),
    ("birthdate", "lastcontact"),
)


def date_pairs(columns: Iterable[str]) -> list[tuple[str, str]]:
    """(earlier, later) date columns: ``*_start_date``/``*_end_date`` siblings and the named pairs."""
    cols = [c for c in columns if "date" in c.lower()]
    pairs: list[tuple[str, str]] = []
    for c in cols:
        n = norm(c)
        if "start" in n:
            for e in cols:
                if norm(e) == n.replace("start", "end"):
                    pairs.append((c, e))
    for early, late in DATE_ORDER_KEYWORDS:
        a = [c for c in cols if early in norm(c)]
        b = [c for c in cols if late in norm(c)]
        if len(a) == 1 and len(b) == 1 and a[0] != b[0]:
            pairs.append((a[0], b[0]))
    return list(dict.fromkeys(pairs))


def offset_pairs(columns: Iterable[str]) -> list[tuple[str, str]]:
    """(offset, unit) column pairs: ``X_offset_from_*`` needs ``X_offset_unit`` when given."""
    cols = list(columns)
    out = []
    for c in cols:
        n = c.lower()
        if "offset" not in n or "unit" in n:
            continue
        stem = n.split("offset", 1)[0]
        units = [
            u for u in cols if "offset" in u.lower() and "unit" in u.lower() and u.lower().startswith(stem)
        ]
        if len(units) == 1:
            out.append((c, units[0]))
    return out


def timepoint_columns(columns: Iterable[str]) -> tuple[str, str, str | None] | None:
    """(patient, timepoint, order-by) columns of a study-level table, or None."""
    cols = list(columns)
    by = {norm(c): c for c in cols}
    patient = by.get("patientid")
    tp = by.get("imagingtimepoint") or by.get("timepoint")
    if not patient or not tp:
        return None
    order = None
    for c in cols:
        n = norm(c)
        if "offset" in n and "unit" not in n:
            order = c
            break
    if order is None:
        order = by.get("studydate") or by.get("acquisitiondate")
    return patient, tp, order


def date_order_rule(standard: str, part: str, tier: int) -> Rule:
    return _r(
        f"{standard}.{part}.date_order",
        "dates are out of order (start after end, detection after confirmation, ...)",
        _V,
        "check the dates of the row",
        tier,
    )


def offset_unit_rule(standard: str, part: str, tier: int) -> Rule:
    return _r(
        f"{standard}.{part}.offset_unit",
        "an offset is given without its unit",
        _V,
        "fill the *_offset_unit column wherever an offset is given",
        tier,
    )


def timepoint_rule(standard: str, part: str, tier: int) -> Rule:
    return _r(
        f"{standard}.{part}.timepoint_order",
        "imaging timepoints must be 1, 2, 3 ... ascending in time per patient",
        _V,
        "number each patient's imaging procedures 1..n in chronological order",
        tier,
    )


def _ref(d: Dialect, c: str) -> str:
    return f"r.{d.ident(c)}"


def date_order_check(d: Dialect, b: TableBinding, rule: Rule, pairs: list[tuple[str, str]]) -> BoundCheck:
    conds = []
    for a, c in pairs:
        va, vc = _ref(d, a), _ref(d, c)
        # valid YYYY-MM-DD strings order like the dates they write. The string comparison first (CASE): the
        # calendar tests run only on the pairs out of order, not on every row (issue 15: a third of the
        # patient table's aggregate at 200,000 rows); the same truth value once COALESCEd to false
        conds.append(f"(CASE WHEN {va} > {vc} THEN {d.is_date(va)} AND {d.is_date(vc)} ELSE false END)")
    return BoundCheck(
        rule, b, ", ".join(f"{a}<={c}" for a, c in pairs), f"COALESCE(({' OR '.join(conds)}), FALSE)"
    )


def offset_unit_check(d: Dialect, b: TableBinding, rule: Rule, pairs: list[tuple[str, str]]) -> BoundCheck:
    conds = [f"({present(d, _ref(d, o))} AND NOT {present(d, _ref(d, u))})" for o, u in pairs]
    return BoundCheck(rule, b, ", ".join(u for _, u in pairs), f"COALESCE(({' OR '.join(conds)}), FALSE)")


def timepoint_check(d: Dialect, b: TableBinding, rule: Rule, cols: tuple[str, str, str | None]) -> BoundCheck:
    patient, tp, order = cols
    vp, vt = _ref(d, patient), _ref(d, tp)
    tpi = f"(CASE WHEN {d.full_match(vt, '[0-9]+')} AND length({vt}) < 9 THEN CAST({vt} AS INTEGER) END)"
    win = f"PARTITION BY {vp} ORDER BY {tpi}, r._row"  # unquoted: one spelling for every dialect
    needs = [Need("window", "tp_rank", f"row_number() OVER ({win})"), Need("window", "tp_int", tpi)]
    # a row without its patient cannot be placed in any patient's sequence (ETL output leaves
    # image_study.patient_id empty): it is not ordered against the other patients' rows
    bad = f"{present(d, vp)} AND {present(d, vt)} AND (r.tp_int IS NULL OR r.tp_int <> r.tp_rank"
    if order:
        vo = _ref(d, order)
        if "offset" in order.lower():
            key = d.num(vo)
        else:
            key = f"(CASE WHEN {d.full_match(vo, DATE_RE + '|[0-9]{8}')} THEN replace({vo}, '-', '') END)"
        needs.append(Need("window", "tp_prev", f"lag({key}) OVER ({win})"))
        needs.append(Need("window", "tp_key", key))
        bad += " OR r.tp_prev > r.tp_key"
    bad += ")"
    return BoundCheck(rule, b, tp, f"COALESCE(({bad}), FALSE)", tuple(needs), value=None)


def decimal_separator_check(d: Dialect, b: TableBinding, column: str, personal: bool) -> BoundCheck:
    v = _ref(d, column)
    return BoundCheck(
        ETL_RULES["decimal_separator"],
        b,
        column,
        f"COALESCE(position(',' IN {v}) > 0 AND {d.full_match(v, COMMA_DECIMAL_RE)}, FALSE)",
        value=None if personal else v,
    )


def linkage_check(
    d: Dialect, b: TableBinding, column: str, other_ids: str, rule: Rule, examples: bool = True
) -> BoundCheck:
    """Rows of ``b`` whose ``column`` value is absent from the relation ``other_ids`` (one column ``k``)."""
    v = _ref(d, column)
    need = Need("join", "lk", f"LEFT JOIN (SELECT DISTINCT k FROM {other_ids} AS x) AS lk ON lk.k = {v}")
    return BoundCheck(
        rule, b, column, f"COALESCE(({present(d, v)} AND lk.k IS NULL), FALSE)", (need,), examples=examples
    )


__all__ = [
    "ETL_RULES",
    "LINKAGE_RULES",
    "NUMBER_RE",
    "POPULATION_UNKNOWN",
    "date_order_check",
    "date_order_rule",
    "date_pairs",
    "decimal_separator_check",
    "linkage_check",
    "offset_pairs",
    "offset_unit_check",
    "offset_unit_rule",
    "table_missing_rule",
    "timepoint_check",
    "timepoint_columns",
    "timepoint_rule",
]
