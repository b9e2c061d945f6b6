"""Tier-2 readiness for EUCAIM's federated search: per search key and per mode, can the data answer it?

Reads the clinical part as the ETL's ingestion tables (what Focus' SQL mode queries), as CDM output tables
(patient.csv, ...), or a PostgreSQL database (--db: its ingestion schema when it has one, else the CDM schema).
Severities (decisions, see the rule hints):
- column absent for SQL mode: warning. The node may deploy API mode with its own mediator instead, and the ETL's
  own schema lacks Focus' body-part columns, so a violation would fail every ETL-built node on a disagreement
  between two EUCAIM artefacts (design.md: such rules follow a written decision and name both sides);
- key column empty in every row: violation, as the CDM's ``search_filled`` (the key matches nothing in any mode);
  on CDM output tables that rule already runs, so only the coverage figure is added here;
- coverage below 100 %: info (a figure, not a defect: rows without a value are invisible to that key);
- values the search never sends (per mode): warning, counted per value;
- modality / manufacturer in SQL mode: info (Focus accepts them and filters nothing);
- 2026 sex codes in the ingestion tables: warning stating what SQL mode (2025 codes) and Beacon (2026 codes)
  each match (on CDM output tables the CDM's deprecated_code rule decides: the 2026 codes are current).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.report.model import Finding, Location, Severity
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.search import evaluate as ev
from eucaim_spec.validate.search.model import load as load_model
from eucaim_spec.validate.sql.postgres import safe_url

#: what a value may look like to be printed: codes (COM1001366, BP1000021, SNOMEDCT...) and, for device keys,
#: short vendor or modality names; never other free text
_CODE = re.compile(r"^[A-Za-z]{1,10}_?[0-9]{3,12}$")
_PRINTABLE = re.compile(r"^[A-Za-z0-9_.%\- ]{1,40}$")
#: the ETL output schema (3_init_eucaim_cdm_output.sql), read with --db when there is no ingestion schema


@dataclass(frozen=True)
class _Place:
    """Where one key's data sit in the layout being checked."""

    table: str
    column: str
    #: the column Focus' SQL mode reads, when the data sit elsewhere (body part: ETL BodyPart vs bodypartexamined)
    focus_column: str | None
    patient_column: str | None
    patient_table: str


class SearchEngine:
    name = "search"

    def _model(self) -> Any:
        return load_model()

    def rules(self) -> list[Rule]:
        if getattr(self, "_rules", None) is None:
            self._rules = self._build_rules()
        return list(self._rules)

    def _build_rules(self) -> list[Rule]:
        out = []
        for k in self._model().keys:
            rid = f"search.{k.name}"
            unit = "patients" if k.level == "patient" else "image series"
            if not k.sql.noop:
                out.append(Rule(
                    f"{rid}.column_missing",
                    f"The column Focus' SQL mode reads for {k.label} ({k.sql.table}.{k.sql.column}) is absent",
                    "search", 2, Severity.warning, self.name,
                    f"Every search on {k.label} fails in SQL mode; expose the column (e.g. a view over the "
                    "ingestion schema) or answer through a mediator (API mode). Warning, not violation: API mode "
                    "is an accepted deployment and the ETL's own schema lacks it for body part."))
                out.append(Rule(
                    f"{rid}.sql_unmatched",
                    f"{k.label}: values present that Focus' SQL mode never sends (they match no search)",
                    "search", 2, Severity.warning, self.name,
                    f"SQL mode compares exact codes: {', '.join(sorted(k.sql_codes))}; map the values to them."))
            else:
                out.append(Rule(
                    f"{rid}.sql_noop", f"{k.label} is accepted but not filtered on by Focus' SQL mode",
                    "search", 2, Severity.info, self.name,
                    f"Searches on {k.label} return every patient in SQL mode; API mode passes it to the mediator."))
            out.append(Rule(
                f"{rid}.empty", f"{k.label}: the key column is empty in every row, so the key matches nothing",
                "search", 2, Severity.violation, self.name, f"Fill the column carrying {k.label}."))
            out.append(Rule(
                f"{rid}.coverage", f"{k.label}: share of {unit} with a value (the others are invisible to the key)",
                "search", 2, Severity.info, self.name, f"Fill {k.label} for every one of the {unit} you can."))
            out.append(Rule(
                f"{rid}.api_unmatched",
                f"{k.label}: values present that no value of the Explorer's table stands for (API mode)",
                "search", 2, Severity.warning, self.name,
                "A mediator answers the Explorer's values; map the data to the codes of those values."))
        out.append(Rule(
            "search.gender.sex_codes",
            "Sex coded with the 2026 concepts: Focus' SQL mode (2025 codes) matches none of them, Beacon does",
            "search", 2, Severity.warning, self.name,
            "EUCAIM's search modes disagree (Focus SQL: COM1000180/COM1000177; Beacon: COM1001366/COM1001370); "
            "keep the current codes and make the node answer through Beacon or a mediator, or add the 2025 codes "
            "in the ingestion tables Focus reads."))
        return out

    def detect(self, path: Path) -> bool:
        if not path.is_dir():
            return False
        stems = {p.stem.lower() for p in path.iterdir() if p.is_file()}
        return bool(stems & {"cancerpatient", "imageseries", "patient", "image_series"})

    # -------------------------------------------------------------------------------------- check
    def check(self, path: Path | str, ctx: CheckContext) -> list[Finding]:
        if ctx.target_tier < 2:
            return []
        model = self._model()
        db = ctx.options.db
        if db:
            try:
                source = ev.postgres_source(str(db), model.default_db_schema)
                layout = "ingestion"
            except InputError:  # no ingestion schema: the CDM schema the sql engine reads
                source = ev.postgres_source(str(db), ctx.options.db_schema)
                layout = "cdm"
        else:
            # the Spark table step's clinical views (of a URI, --spark-table or a local folder), read where they
            # are; a file (the --series-map table) has no search tables
            spark = ctx.tables if ctx.tables is not None and ctx.tables.dialect == "spark" \
                and not Path(path).is_file() else None
            if spark is not None:
                names = {lt.path.stem.lower() for lt in spark.tables.values()}
            elif isinstance(path, Path) and path.is_dir():
                names = {p.stem.lower() for p in path.iterdir() if p.is_file()}
            else:
                return []
            layout = "ingestion" if names & {"cancerpatient", "imageseries", "primarycancercondition"} else "cdm"
            wanted = ({"cancerpatient", "primarycancercondition", "imageseries"} if layout == "ingestion"
                      else {"patient", "cancer_condition", "image_series"})
            if not names & wanted:
                return []
            if spark is not None:
                source = ev.spark_source(spark, wanted, safe_url(str(path)))
            else:
                source = ev.csv_source(Path(path), model, ctx.options.limits, tables=wanted, loaded=ctx.tables)
        try:
            ctx.notes.append(f"search: {'ingestion' if layout == 'ingestion' else 'CDM'} tables of {source.label}")
            out: list[Finding] = []
            for key in model.keys:
                out += self._key_findings(key, layout, source, ctx)
            # only tables read count as Tier-2 evidence (cross_part.tier_evidence): none found returns above
            ctx.facts.search_read = True
            return out
        finally:
            source.close()

    def _place(self, key: Any, layout: str, source: Any) -> _Place:
        if layout == "ingestion":
            t = key.sql
            # what Focus reads when the node exposes it (a mapping view), else where the ETL keeps the data
            column = t.column if source.has(t.table, t.column) or not key.ingestion_column else key.ingestion_column
            return _Place(t.table, column, t.column if column != t.column else None, t.patient_column,
                          "cancerpatient")
        c = key.cdm
        return _Place(c.table, c.column, None, c.patient_column, "patient")

    def _key_findings(self, key: Any, layout: str, source: Any, ctx: CheckContext) -> list[Finding]:
        rules = {r.id: r for r in self.rules()}
        rid = f"search.{key.name}"
        tier = ctx.target_tier
        place = self._place(key, layout, source)
        where = source.places.get(place.table, place.table)
        loc = Location(file=where if where.endswith((".csv", ".parquet", ".xlsx", ".json")) else None,
                       table=place.table, column=place.column)
        out: list[Finding] = []

        def add(what: str, message: str, count: int = 1, examples: list[str] | None = None,
                column: str | None = None) -> None:
            location = loc if column is None else loc.model_copy(update={"column": column})
            out.append(rules[f"{rid}.{what}"].finding(target_tier=tier, count=count, message=message,
                                                      location=location, examples=examples or []))

        if layout == "ingestion" and key.sql.noop:
            add("sql_noop", f"{key.label}: Focus' SQL mode adds a condition that is always true, so a search on "
                            f"{key.label} returns every patient of the node; only API mode filters on it")
        if layout == "ingestion" and not key.sql.noop:
            needed = [c for c in (key.sql.column, key.sql.study_column, key.sql.patient_column) if c]
            absent = [c for c in needed if not source.has(key.sql.table, c)]
            if absent:
                etl = (f"; the data sit in {place.table}.{place.column}" if place.focus_column and
                       source.has(place.table, place.column) else "")
                add("column_missing",
                    f"{key.label}: Focus' SQL mode reads {', '.join(f'{key.sql.table}.{c}' for c in absent)}, "
                    f"absent here{etl}: every search on {key.label} fails in SQL mode ('Failed to execute query')",
                    column=absent[0])
        if not source.has(place.table, place.column):
            return out  # nothing to measure (the sql engine reports absent CDM columns)
        values, filled, total = self._values(source, place)
        unit = "patients" if key.level == "patient" else "image series"
        if total and filled == 0 and layout == "ingestion":
            add("empty", f"{place.table}.{place.column}: empty in every row, so no search on {key.label} "
                         "matches anything in any mode", count=total)
        if total and filled < total:
            pct = 100.0 * filled / total
            add("coverage", f"{key.label} coverage: {filled} of {total} {unit} ({pct:.1f} %) have a value in "
                            f"{place.table}.{place.column}; the other {total - filled} are invisible to {key.label}",
                count=total - filled)
        if not values:
            return out
        beacon = key.beacon_codes
        if not key.sql.noop:
            sql_codes = key.sql_codes
            miss = {v: n for v, n in values.items() if v not in sql_codes and v not in beacon}
            if miss:
                add("sql_unmatched", f"{key.label}: {sum(miss.values())} {unit} hold values Focus' SQL mode never "
                                     f"sends ({_per_value(miss, key)}); it sends {', '.join(sorted(sql_codes))}",
                    count=sum(miss.values()), examples=_shown(miss, key))
        api_codes = {c.upper() for c in key.api_codes}  # a mediator compares without case (SIEMENS, Siemens)
        miss = {v: n for v, n in values.items() if v.upper() not in api_codes}
        if miss:
            add("api_unmatched", f"{key.label}: {sum(miss.values())} {unit} hold values no Explorer value of "
                                 f"{key.label} stands for in API mode ({_per_value(miss, key)})",
                count=sum(miss.values()), examples=_shown(miss, key))
        # the 2025/2026 sex-code split concerns the tables Focus' SQL mode reads (the ingestion tables): on CDM
        # output tables, which it never reads (focus-sql-vs-etl.md), the CDM's own code list decides -- it marks
        # the 2025 codes deprecated, so warning there as well would leave a correct dataset no code to write
        if beacon and layout == "ingestion":
            new = {v: n for v, n in values.items() if v in beacon}
            disputed = {v.sql_code for v in key.values if v.beacon_code}  # male/female: the codes that differ
            old = {v: n for v, n in values.items() if v in disputed}
            if new:
                sql_m = ", ".join(f"{v.label} {v.sql_code}" for v in key.values if v.beacon_code)
                bea_m = ", ".join(f"{v.label} {v.beacon_code}" for v in key.values if v.beacon_code)
                add("sex_codes",
                    f"{key.label}: {sum(new.values())} patients coded with the 2026 concepts "
                    f"({_per_value(new, key)}): Focus' SQL mode sends the 2025 codes ({sql_m}) and matches none of "
                    f"them; Focus' Beacon mode sends the 2026 codes ({bea_m}) and matches them; "
                    f"{sum(old.values())} patients hold 2025 codes (SQL mode matches them, Beacon does not)",
                    count=sum(new.values()), examples=_shown(new, key))
        return out

    def _values(self, source: Any, place: _Place) -> tuple[dict[str, int], int, int]:
        """(count of rows -- patients for a per-patient key -- per non-empty value, units with a value, units)."""
        d = source.dialect
        col = d.ident(place.column)
        tbl = source.relation(place.table)
        nonempty = f"NULLIF(TRIM(CAST({col} AS {d.text})), '')"
        if place.patient_column and source.has(place.table, place.patient_column):
            pcol = d.ident(place.patient_column)
            rows = source.run(f"SELECT {nonempty} AS v, COUNT(DISTINCT {pcol}) FROM {tbl} "
                              f"WHERE {nonempty} IS NOT NULL GROUP BY 1")
            filled = int(source.run(f"SELECT COUNT(DISTINCT {pcol}) FROM {tbl} WHERE {nonempty} IS NOT NULL")[0][0])
            if source.has(place.patient_table):
                total = int(source.run(f"SELECT COUNT(*) FROM {source.relation(place.patient_table)}")[0][0])
            else:
                total = int(source.run(f"SELECT COUNT(DISTINCT {pcol}) FROM {tbl}")[0][0])
            total = max(total, filled)
        else:
            rows = source.run(f"SELECT {nonempty} AS v, COUNT(*) FROM {tbl} WHERE {nonempty} IS NOT NULL GROUP BY 1")
            total = int(source.run(f"SELECT COUNT(*) FROM {tbl}")[0][0])
            filled = sum(int(n) for _, n in rows)
        return {str(v): int(n) for v, n in rows}, filled, total


def _show(value: str, key: Any) -> str:
    """``value`` when it cannot identify anyone: a code, or device text (modality, manufacturer); else a marker.
    A patient-level column holding free text (a name typed into the sex column) is never echoed."""
    if _CODE.match(value) or (key.level != "patient" and _PRINTABLE.match(value)):
        return value
    return "(other text)"


def _shown(values: dict[str, int], key: Any) -> list[str]:
    return [f"{_show(v, key)}: {n}" for v, n in sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))]


def _per_value(values: dict[str, int], key: Any) -> str:
    """``BP1000192: 3 (the ETL's lookup code for Lung; Focus sends BP1000113), ...`` -- most frequent first."""
    etl = {v.etl_code: v for v in key.values if v.etl_code and v.etl_code != v.sql_code}
    parts = []
    for value, n in sorted(values.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
        text = f"{_show(value, key)}: {n}"
        if value in etl:
            text += f" (the ETL's lookup code for {etl[value].label}; Focus sends {etl[value].sql_code})"
        parts.append(text)
    more = len(values) - len(parts)
    return "; ".join(parts) + (f"; and {more} more value(s)" if more > 0 else "")
