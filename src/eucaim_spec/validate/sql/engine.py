"""The sql engine: CDM tables, the minimum clinical table and imaging tag tables, checked set-based.

Runs on DuckDB in-process (files loaded as text) or, with ``ctx.options.db = "postgresql://..."``, in
place on a PostgreSQL database holding the CDM (schema ``eucaim_cdm_output`` or ``ctx.options.db_schema``).
The same compiled checks run on both; only their rendering differs (``dialect.Dialect``).
"""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec import schemaview
from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.paths import ARTIFACTS_DIR
from eucaim_spec.report.model import Finding, Location
from eucaim_spec.schemaview import annotation, is_truthy, snake, table_name
from eucaim_spec.validate.dicom import rules as dicom_rules
from eucaim_spec.validate.dicom.header import SEG_SOP_CLASS
from eucaim_spec.validate.engine import CheckContext, LoadedTables, progress_steps
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.sql import rules as hr
from eucaim_spec.validate.sql.compile import CheckSpec, ClassCompiler
from eucaim_spec.validate.sql.dialect import DUCKDB, MEMBERS, POSTGRES, ROW, Dialect, present, quote_ident
from eucaim_spec.validate.sql.members import Member, enum_key
from eucaim_spec.validate.sql.plan import load_plan
from eucaim_spec.validate.sql.postgres import safe_url
from eucaim_spec.validate.sql.render import BoundCheck, Need, Renderer, TableBinding
from eucaim_spec.validate.sql.runner import Runner, run_checks
from eucaim_spec.validate.sql.slots import SlotInfo, norm, rule_part
from eucaim_spec.validate.sql.tabular_input import InputProblem, LoadedTable, is_tabular, load_table
from eucaim_spec.validate.suite import load_suite

#: The rule catalogue compiled from the packaged cdm and minimum schemas (``eucaim generate`` writes it).
SQL_RULES_ARTIFACT = ARTIFACTS_DIR / "rules" / "sql.json"

IMAGING_KEYS = {"studyinstanceuid", "seriesinstanceuid", "sopinstanceuid", "modality", "studyuid"}


@dataclass
class InputTable:
    """A loaded input with what detection decided about it."""

    loaded: LoadedTable
    rel: str
    stem: str
    kind: str = "unknown"  # cdm, minimum (the clinical table), imaging_tags, declared (by columns), unknown
    cdm_table: str | None = None
    binding: TableBinding | None = None
    #: the minimum-data classes checked on the table (the record classes of the clinical table, else one)
    classes: list[str] = field(default_factory=list)


@dataclass
class _Schemas:
    cdm: Any = None
    minimum: Any = None
    compilers: dict[str, ClassCompiler] = field(default_factory=dict)


class SqlEngine:
    """Tabular checks compiled from the LinkML schemas into SQL (DuckDB default, PostgreSQL in place)."""

    name = "sql"

    def __init__(self, schemas: dict[str, Any] | None = None, ontology: Any = None) -> None:
        self._given = dict(schemas or {})
        self._onto = ontology
        self._loaded: _Schemas | None = None

    # ----------------------------------------------------------------------------------- schemas
    def _schemas(self) -> _Schemas:
        if self._loaded is None:
            s = _Schemas()
            for std in ("cdm", "minimum"):
                sv = self._given.get(std)
                if sv is None and std not in self._given:
                    sv = _load_standard(std, self._onto)
                if sv is not None:
                    setattr(s, std, sv)
                    s.compilers[std] = ClassCompiler(sv, self._onto)
            self._loaded = s
        return self._loaded

    def _cdm_classes(self) -> dict[str, str]:
        """CDM table name → class name."""
        sv = self._schemas().cdm
        if sv is None:
            return {}
        out = {}
        for cname, cls in sv.all_classes().items():
            if cls.abstract or cls.mixin:
                continue
            out[table_name(cls)] = str(cname)
        return out

    def rules(self) -> list[Rule]:
        """The engine's rules: from the generated catalogue (artifacts/rules/sql.json) when checking with the
        packaged schemas, compiled from the schemas when they were given (compiling takes seconds: it loads
        and expands both LinkML schemas, which a metadata-only check should not pay for)."""
        if not self._given and SQL_RULES_ARTIFACT.is_file():
            try:
                data = json.loads(SQL_RULES_ARTIFACT.read_text(encoding="utf-8"))
                return [Rule.from_dict(r) for r in data["rules"]]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise SpecError(str(SQL_RULES_ARTIFACT), f"unreadable rule catalogue: {exc}") from exc
        return self.compile_rules()

    def compile_rules(self) -> list[Rule]:
        """Every rule, compiled from the LinkML schemas (what ``eucaim generate`` writes to the artifact)."""
        out: dict[str, Rule] = {
            r.id: r
            for r in (
                *hr.ETL_RULES.values(),
                *hr.LINKAGE_RULES.values(),
                *hr.CLINICAL_RULES.values(),
                hr.POPULATION_UNKNOWN,
            )
        }
        s = self._schemas()
        for std, comp in s.compilers.items():
            owed = _owed_tables(comp) if std == "cdm" else set()
            shadowed = _shadowed_specs(comp.sv) if std == "minimum" else set()
            for cname, cls in comp.sv.all_classes().items():
                if cls.abstract or cls.mixin or not is_submitted(cls):
                    continue
                for spec in comp.compile_class(str(cname)):
                    if (str(cname), spec.slots[0], spec.kind) not in shadowed:
                        out.setdefault(spec.rule.id, spec.rule)
                names = [si.name for si in comp.slots(str(cname))]
                # the same function names the rules when checking (_minimum_checks), so catalogue = what fires
                part = _name_part(comp, [str(cname)])
                if std == "cdm" and table_name(cls) in owed:
                    out.setdefault(f"cdm.{part}.table_missing", hr.table_missing_rule("cdm", part, comp.tier))
                for r in _name_rules(std, part, names, comp.tier):
                    out.setdefault(r.id, r)
        return sorted(out.values(), key=lambda r: r.id)

    # ------------------------------------------------------------------------------------ detect
    def detect(self, path: Path) -> bool:
        if path.is_file():
            return is_tabular(path)
        return path.is_dir() and any(True for _ in _discover(path))

    # ------------------------------------------------------------------------------------- check
    def check(self, path: Path, ctx: CheckContext) -> list[Finding]:
        db = ctx.options.db
        if db and not path.is_file():
            # a file is still read as a file with --db: the --series-map CSV (validate/check.py) is no CDM table
            return self._check_postgres(str(db), ctx)
        files = tabular_files(path)
        if not files:
            raise InputError(ctx.rel(path), "no CSV, Parquet, XLSX or JSON table found")
        import duckdb  # deferred: a heavy native module, only when tables are checked

        tmp = Path(tempfile.mkdtemp(prefix="eucaim-sql-"))
        con = duckdb.connect(":memory:")

        def close() -> None:
            con.close()
            shutil.rmtree(tmp, ignore_errors=True)

        handed_over = False
        try:
            con.execute(f"SET memory_limit = '{ctx.options.table_memory}'").fetchall()
            con.execute(f"SET temp_directory = '{tmp.as_posix()}'").fetchall()
            con.execute("SET preserve_insertion_order = true").fetchall()
            for stmt in DUCKDB.setup():
                con.execute(stmt).fetchall()

            def execute(sql: str) -> list[tuple[Any, ...]]:
                return con.execute(sql).fetchall()

            loaded: dict[str, LoadedTable] = {}
            findings = self._check_files(files, ctx, con, Runner(DUCKDB, execute), loaded)
            if ctx.keep_tables and ctx.tables is None:
                ctx.tables = LoadedTables(con, dict(loaded), close)
                handed_over = True
            return findings
        finally:
            if not handed_over:
                close()

    def _check_files(
        self, files: list[Path], ctx: CheckContext, con: Any, runner: Runner, loaded: dict[str, LoadedTable]
    ) -> list[Finding]:
        """Load and check ``files``; ``loaded`` receives every file that loaded cleanly, by resolved path."""
        findings: list[Finding] = []
        tables: list[InputTable] = []
        with progress_steps(ctx, "sql", len(files) + 1) as step:
            for i, f in enumerate(files):
                rel = ctx.rel(f)
                step(f"reading {rel}")
                lt = load_table(con, f, f"t{i}", rel, ctx.options.limits)
                findings.extend(problem_findings(lt.problems, ctx))
                tables.append(InputTable(lt, rel, f.stem))
                if lt.ok:
                    loaded[str(f.resolve())] = lt
            readable = [t for t in tables if t.loaded.ok]
            if not readable and ctx.imaging is None:
                first = tables[0].loaded.problems[0] if tables[0].loaded.problems else None
                others = f" (and {len(tables) - 1} other file(s))" if len(tables) > 1 else ""
                raise InputError(
                    tables[0].rel,
                    (first.message if first else "unreadable") + others,
                    f"line {first.line}" if first and first.line else None,
                )
            self._classify(readable, ctx, findings)
            self._load_members(runner, con)
            step("checking")
            findings.extend(self._run_tables(readable, ctx, runner, con))
        return findings

    # ---------------------------------------------------------------------------------- classify
    def table_kinds(self, loaded: list[tuple[LoadedTable, str]], ctx: CheckContext) -> list[tuple[str, str | None]]:
        """Detection as ``check`` does it, for other tools (``eucaim profile``): per (table, rel) its kind
        (cdm, minimum, imaging_tags, declared, unknown) and its CDM table or minimum class part name."""
        tables = [InputTable(lt, rel, lt.path.stem) for lt, rel in loaded]
        self._classify(tables, ctx, [])
        return [(t.kind, t.binding.name if t.binding is not None else t.cdm_table) for t in tables]

    def _classify(self, tables: list[InputTable], ctx: CheckContext, findings: list[Finding]) -> None:
        cdm = self._cdm_classes()
        sv_min = self._schemas().minimum
        dataset_id = ctx.options.dataset_id
        counts: dict[str, int] = {}
        for t in tables:
            label, prefixed = _detect(t, cdm, sv_min, dataset_id)
            counts[label] = counts.get(label, 0) + 1
            if dataset_id and not prefixed:
                findings.append(
                    hr.ETL_RULES["file_prefix"].finding(
                        target_tier=ctx.target_tier,
                        message=f"{t.rel}: the file name does not start with the "
                        f"dataset id ('{dataset_id}_')",
                        location=Location(file=t.rel),
                    )
                )
            if t.kind == "unknown":
                findings.append(
                    hr.ETL_RULES["unrecognised"].finding(
                        target_tier=ctx.target_tier,
                        message=f"{t.rel}: not a CDM table, not a minimum clinical "
                        "table (first column PatientID), not an imaging tag table and not a minimum-data table "
                        "recognised by its columns; not checked",
                        location=Location(file=t.rel),
                    )
                )
            name = t.cdm_table or (_class_part(t.classes[0]) if t.kind == "declared" else t.kind)
            t.binding = TableBinding(name, quote_ident(t.loaded.relation), t.loaded.columns, file=t.rel, label=name)
            if t.kind == "imaging_tags" and sv_min is not None:
                t.classes = _imaging_classes(sv_min, t.binding)
        what = ", ".join(f"{n} {k}{'s' if n != 1 else ''}" for k, n in sorted(counts.items()))
        if what:
            ctx.notes.append(f"sql: detected {what}")
        findings.extend(_header_findings(tables, ctx))

    # ------------------------------------------------------------------------------------ members
    def _members(self) -> list[Member]:
        out: dict[tuple[str, str], Member] = {}
        for comp in self._schemas().compilers.values():
            for m in comp.all_members():
                out.setdefault((m.enum, m.key), m)
        return list(out.values())

    def _load_members(self, runner: Runner, con: Any) -> None:
        """The member table in DuckDB, from Python lists bound as parameters (no pyarrow: its import alone takes
        longer than checking a small table)."""
        ms = self._members()
        con.execute(
            f"CREATE OR REPLACE TABLE {MEMBERS} AS SELECT unnest($1::VARCHAR[]) AS enum_id, "
            "unnest($2::VARCHAR[]) AS key, unnest($3::BOOLEAN[]) AS is_alias, unnest($4::VARCHAR[]) AS replaced_by",
            [[m.enum for m in ms], [m.key for m in ms], [m.is_alias for m in ms], [m.replaced_by for m in ms]],
        ).fetchall()

    # ----------------------------------------------------------------------------------- checking
    def _renderer(self, dialect: Dialect, bindings: dict[str, TableBinding]) -> Renderer:
        s = self._schemas()
        infos: dict[tuple[str, str], SlotInfo] = {}

        def lookup(cls: str, slot: str) -> SlotInfo | None:
            key = (cls, slot)
            if key not in infos:
                for comp in s.compilers.values():
                    if cls in comp.sv.all_classes():
                        for si in comp.slots(cls):
                            infos[(cls, si.name)] = si
            return infos.get(key)

        r = Renderer(dialect, bindings.get, lookup)
        enums: set[str] = set()
        for comp in s.compilers.values():
            enums |= {enum_key(comp.standard, str(e)) for e in comp.sv.all_enums()}
            r.class_standard.update({str(c): comp.standard for c in comp.sv.all_classes()})
        r.enum_ids = frozenset(enums)
        return r

    def _run_tables(self, tables: list[InputTable], ctx: CheckContext, runner: Runner, con: Any) -> list[Finding]:
        s = self._schemas()
        bindings: dict[str, TableBinding] = {}
        for t in tables:
            if t.kind == "cdm" and t.cdm_table and t.binding is not None:
                bindings.setdefault(t.cdm_table, t.binding)
        renderer = self._renderer(runner.dialect, bindings)
        tier = ctx.target_tier
        ctx.facts.cdm_tables = sorted({*(ctx.facts.cdm_tables or []), *bindings})
        _record_dataset_ids(runner, bindings, ctx)
        findings: list[Finding] = []
        per_table: list[tuple[TableBinding, list[BoundCheck]]] = []
        #: referenced CDM table -> the loaded tables whose rows point at it
        missing: dict[str, list[str]] = {}
        for t in tables:
            b = t.binding
            if b is None:
                continue
            checks: list[BoundCheck] = []
            if t.kind == "cdm" and s.cdm is not None and t.cdm_table:
                checks += self._cdm_checks(renderer, runner, t.cdm_table, b, bindings, missing, tier)
            elif t.classes and s.minimum is not None:
                checks += self._minimum_checks(renderer, t, b, tier)
                if t.kind == "minimum":
                    findings += self._clinical_table_findings(t, b, ctx)
            per_table.append((b, checks))
        for _b, checks in per_table:
            findings += run_checks(runner, checks, tier, ctx.max_examples)
        findings += self._linkage(tables, ctx, runner, con)
        findings += self._age_derivable(tables, ctx, runner, con)
        if s.cdm is not None and any(t.kind == "cdm" for t in tables):
            findings += self._missing_tables(bindings, missing, tier)
        return findings

    def _cdm_checks(
        self,
        renderer: Renderer,
        runner: Runner,
        cdm_table: str,
        b: TableBinding,
        bindings: dict[str, TableBinding],
        missing: dict[str, list[str]],
        tier: int,
    ) -> list[BoundCheck]:
        """The checks of one CDM table; notes in ``missing`` the absent tables its rows point at."""
        comp = self._schemas().compilers["cdm"]
        cname = self._cdm_classes()[cdm_table]
        specs = [sp for sp in comp.compile_class(cname) if load_suite().applies(sp.rule.id, sp.rule.tier, tier)]
        for sp in specs:
            if sp.kind == "fk" and sp.param("ref_table") not in bindings:
                # a table is owed only when a row points at it: an FK column that is absent (the ETL's
                # output schema lacks the later columns, e.g. tumor.tumor_body_site_id) or empty in every
                # row (image_study.procedure_id without procedures) references nothing
                col = b.column(sp.slots[0])
                if col is not None and _any_value(runner, b, col):
                    missing.setdefault(sp.param("ref_table"), []).append(cdm_table)
        checks = _render_all(renderer, specs, b)
        checks += _extra_checks(runner.dialect, comp, cname, b, "cdm", cdm_table, tier)
        return checks

    def _missing_tables(
        self, bindings: dict[str, TableBinding], missing: dict[str, list[str]], tier: int
    ) -> list[Finding]:
        """A finding per absent CDM table that is required or that a loaded table's rows reference."""
        s = self._schemas()
        comp = s.compilers["cdm"]
        out: list[Finding] = []
        for cls in s.cdm.all_classes().values():
            tname = table_name(cls)
            if tname in bindings or cls.abstract:
                continue
            # a table only later export views attest (attested_only_by) is never required by itself: the
            # ETL's output schema (3_init_eucaim_cdm_output.sql) does not create it
            required = is_truthy(annotation(cls, "required_table")) and not annotation(cls, "attested_only_by")
            if tname in missing or required:
                rule = hr.table_missing_rule("cdm", tname, comp.tier)
                if load_suite().applies(rule.id, rule.tier, tier):
                    out.append(
                        rule.finding(
                            target_tier=tier,
                            message=f"table {tname} is missing; it is referenced by "
                            f"{', '.join(sorted(set(missing.get(tname, []))))}",
                            location=Location(table=tname),
                        )
                    )
        return out

    def _minimum_checks(self, renderer: Renderer, t: InputTable, b: TableBinding, tier: int) -> list[BoundCheck]:
        s = self._schemas()
        comp = s.compilers["minimum"]
        sv = s.minimum
        d = renderer.d
        classes = list(t.classes)
        if not classes:
            return []
        checks: list[BoundCheck] = []
        disc = discriminator(sv, classes) if len(classes) > 1 else None
        if len(classes) > 1 and disc is None:
            classes = [
                max(
                    classes,
                    key=lambda c: sum(b.column(si.name, si.aliases) is not None for si in comp.slots(c)),
                )
            ]
        scopes: dict[str, tuple[str, tuple[Need, ...]]] = {}
        if disc is not None:
            slot, per_class = disc
            si = renderer.slot_lookup(classes[0], slot)
            col = b.column(slot, si.aliases if si else ())
            v = renderer.ref(col)
            for cname, (how, what) in per_class.items():
                if how == "enum":
                    j = renderer.member_join(enum_key(comp.standard, what), v)
                    scopes[cname] = (f"{j.alias}.key IS NOT NULL", (j,))
                else:
                    scopes[cname] = (f"{v} IN ({', '.join(d.lit(x) for x in what)})", ())
            any_scope = " OR ".join(f"({c})" for c, _ in scopes.values())
            needs = tuple(n for _, ns in scopes.values() for n in ns)
            checks.append(
                BoundCheck(
                    hr.POPULATION_UNKNOWN,
                    b,
                    col or slot,
                    f"COALESCE(NOT ({any_scope}), TRUE)",
                    needs,
                    value=None if (si is None or si.personal or col is None) else v,
                    message=None if col else f"{hr.POPULATION_UNKNOWN.title} (column {slot} is missing)",
                    examples=col is not None,
                )
            )
        part = _name_part(comp, classes)
        for cname in classes:
            specs = [sp for sp in comp.compile_class(cname) if load_suite().applies(sp.rule.id, sp.rule.tier, tier)]
            checks += _render_all(renderer, specs, b, scopes.get(cname))
        checks += _extra_checks(d, comp, classes[0], b, "minimum", part, tier, classes)
        return checks

    def _clinical_table_findings(self, t: InputTable, b: TableBinding, ctx: CheckContext) -> list[Finding]:
        """What makes a minimum clinical table unusable as a whole, whatever its rows say: no data rows, or a
        column that every record class requires (PatientID, Population, Sex) absent from the header. Either
        is a violation naming the file and the column, so such a table never conforms (an absent column
        otherwise yields per-row findings only, and none when the rows cannot be classified or do not exist).
        """
        comp = self._schemas().compilers["minimum"]
        classes = record_classes(comp.sv)
        out: list[Finding] = []
        if t.loaded.rows == 0:
            rule = hr.CLINICAL_RULES["no_rows"]
            out.append(
                rule.finding(
                    target_tier=ctx.target_tier,
                    message=f"{t.rel}: the minimum clinical table has a header but no data rows",
                    location=Location(file=t.rel, table="minimum"),
                )
            )
        required: dict[str, SlotInfo] | None = None
        for cname in classes:
            here = {si.name: si for si in comp.slots(cname) if si.required}
            required = here if required is None else {k: v for k, v in required.items() if k in here}
        rule = hr.CLINICAL_RULES["column_missing"]
        for name, si in sorted((required or {}).items()):
            if b.column(name, si.aliases) is None:
                out.append(
                    rule.finding(
                        target_tier=ctx.target_tier,
                        message=f"{t.rel}: column {name} is missing (required in every minimum clinical record)",
                        location=Location(file=t.rel, table="minimum", column=name),
                    )
                )
        return out

    def _linkage(self, tables: list[InputTable], ctx: CheckContext, runner: Runner, con: Any) -> list[Finding]:
        d = runner.dialect
        clinical: list[tuple[TableBinding, str]] = []
        imaging: list[tuple[TableBinding, str, bool]] = []
        for t in tables:
            b = t.binding
            if b is None:
                continue
            if t.kind == "minimum" and b.columns:
                clinical.append((b, b.columns[0]))
            elif t.kind == "cdm" and t.cdm_table == "patient" and b.column("patient_id"):
                clinical.append((b, str(b.column("patient_id"))))
            elif t.kind == "cdm" and t.cdm_table == "image_study":
                sb = _study_patients(d, b, tables)
                if sb is not None:
                    imaging.append((sb, "patient_id", True))
            elif t.kind in ("imaging_tags", "declared") and b.column("PatientID"):
                # imaging tag tables and the imaging-timepoint (correspondence) file name imaged patients
                imaging.append((b, str(b.column("PatientID")), True))
        tags = ctx.imaging.table if ctx.imaging is not None else None
        if tags is not None and con is not None and "PatientID" in getattr(tags, "column_names", []):
            con.register("eucaim_dicom_tags", tags)
            rel = (
                f'(SELECT DISTINCT "PatientID", 0 AS {ROW} FROM eucaim_dicom_tags '
                'WHERE "PatientID" IS NOT NULL)'
            )
            imaging.append(
                (TableBinding("dicom", rel, ["PatientID"], label="DICOM scan"), "PatientID", False)
            )
        if not clinical or not imaging:
            return []
        clin_ids = " UNION ".join(f"SELECT {d.ident(c)} AS k FROM {b.relation} AS x" for b, c in clinical)
        img_ids = " UNION ".join(f"SELECT {d.ident(c)} AS k FROM {b.relation} AS x" for b, c, _ in imaging)
        out: list[Finding] = []
        for b, c in clinical:
            chk = hr.linkage_check(d, b, c, f"({img_ids})", hr.LINKAGE_RULES["clinical_without_images"])
            out += run_checks(runner, [chk], ctx.target_tier, ctx.max_examples)
        for b, c, ex in imaging:
            chk = hr.linkage_check(d, b, c, f"({clin_ids})", hr.LINKAGE_RULES["images_without_clinical"], ex)
            out += run_checks(runner, [chk], ctx.target_tier, ctx.max_examples)
        return out

    def _age_derivable(self, tables: list[InputTable], ctx: CheckContext, runner: Runner, con: Any) -> list[Finding]:
        """The cross-part half of the DICOM rule minimum.imaging.patient_age.derivable: a patient whose images
        lack PatientAge needs the age in the clinical table (age at diagnosis for a case, age at imaging for a
        control; schemas/minimum MinimumImagingAttributes), else the age at the study cannot be derived. The
        dicom engine sees the images only; here both parts are at hand. One finding per clinical table, rows
        named (never a value)."""
        tags = ctx.imaging.table if ctx.imaging is not None else None
        names = set(getattr(tags, "column_names", []) or [])
        if tags is None or con is None or not {"PatientID", "PatientAge", "status"} <= names:
            return []
        rule = next((r for r in dicom_rules.load_rules() if r.id == "minimum.imaging.patient_age.derivable"), None)
        sv = self._schemas().minimum
        if rule is None or sv is None:
            return []
        con.register("eucaim_dicom_ages", tags)
        d = runner.dialect
        image = (
            "status IN ('ok', 'truncated') AND coalesce(\"Modality\", '') NOT IN ("
            + ", ".join(d.lit(m) for m in dicom_rules.NON_IMAGE_MODALITIES) + ")"
            + (f" AND coalesce(\"SOPClassUID\", '') <> {d.lit(SEG_SOP_CLASS)}" if "SOPClassUID" in names else "")
        )
        without_age = f'SELECT DISTINCT "PatientID" AS k FROM eucaim_dicom_ages WHERE "PatientAge" IS NULL AND {image}'
        # the clinical slots that give the age at the study (the schema's joined_from and the controls' own)
        age_slots = ("age_at_diagnosis", "age_at_imaging")
        out: list[Finding] = []
        for t in tables:
            b = t.binding
            if t.kind != "minimum" or b is None or not b.columns:
                continue
            cols = []
            for name in age_slots:
                si = sv.get_slot(name)
                col = b.column(name, [str(a) for a in (si.aliases or [])] if si is not None else [])
                if col:
                    cols.append(col)
            v = f"r.{d.ident(b.columns[0])}"
            given = " OR ".join(present(d, f"r.{d.ident(c)}") for c in cols) or "FALSE"
            need = Need("join", "pa", f"LEFT JOIN ({without_age}) AS pa ON pa.k = {v}")
            chk = BoundCheck(
                rule,
                b,
                cols[0] if cols else age_slots[0],
                f"COALESCE(pa.k IS NOT NULL AND NOT ({given}), FALSE)",
                (need,),
                value=None,
                message=f"{rule.title}: the images of the row's patient lack PatientAge (0010,1010) and the "
                "clinical table gives no age to derive it from",
            )
            out += run_checks(runner, [chk], ctx.target_tier, ctx.max_examples)
        return out

    # --------------------------------------------------------------------------------- PostgreSQL
    def _check_postgres(self, url: str, ctx: CheckContext) -> list[Finding]:
        import psycopg  # deferred: optional, only with --db

        schema = ctx.options.db_schema
        # bounded: an unreachable host must end the run (exit 3), not hang it; a timeout in the URL wins
        extra: dict[str, Any] = {}
        if "connect_timeout" not in url:
            extra["connect_timeout"] = ctx.options.db_timeout
        try:
            conn = psycopg.connect(url, autocommit=True, **extra)
        except psycopg.Error as exc:
            reason = safe_url(" ".join(str(exc).split()) or type(exc).__name__)
            raise InputError(safe_url(url), f"cannot connect: {reason}") from exc
        try:
            cur = conn.cursor()

            def execute(sql: str) -> list[tuple[Any, ...]]:
                cur.execute(sql)  # SQL built by the compiler from the schema, never from data
                return list(cur.fetchall()) if cur.description else []

            runner = Runner(POSTGRES, execute)
            for stmt in POSTGRES.setup():
                execute(stmt)
            cols: dict[str, list[str]] = {}
            cur.execute(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = %s "
                "ORDER BY table_name, ordinal_position",
                (schema,),
            )
            for tname, cname in cur.fetchall():
                cols.setdefault(str(tname), []).append(str(cname))
            if not cols:
                raise InputError(safe_url(url), f"schema {schema!r} holds no tables")
            cdm = self._cdm_classes()
            tables: list[InputTable] = []
            for tname in sorted(cols):
                if tname not in cdm:
                    continue
                sel = ", ".join(
                    f"CAST({POSTGRES.ident(c)} AS TEXT) AS {POSTGRES.ident(c)}" for c in cols[tname]
                )
                full = f"{POSTGRES.ident(schema)}.{POSTGRES.ident(tname)}"
                rel = f"(SELECT row_number() OVER (ORDER BY ctid) AS {ROW}, {sel} FROM {full})"
                lt = LoadedTable(Path(tname), rel, cols[tname], 0, [])
                t = InputTable(lt, f"{schema}.{tname}", tname, "cdm", tname)
                t.binding = TableBinding(tname, rel, cols[tname], file=None, label=f"{schema}.{tname}")
                tables.append(t)
            ctx.notes.append(f"sql: PostgreSQL schema {schema}: {len(tables)} CDM table(s)")
            execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {MEMBERS} (enum_id text, key text, is_alias boolean, "
                "replaced_by text)"
            )
            execute(f"TRUNCATE {MEMBERS}")
            with cur.copy(f"COPY {MEMBERS} (enum_id, key, is_alias, replaced_by) FROM STDIN") as cp:
                for m in self._members():
                    cp.write_row((m.enum, m.key, m.is_alias, m.replaced_by))
            execute(f"CREATE INDEX IF NOT EXISTS {MEMBERS}_k ON {MEMBERS} (enum_id, key)")
            execute(f"ANALYZE {MEMBERS}")
            with progress_steps(ctx, "sql", 1) as step:
                step("checking")
                return self._run_tables(tables, ctx, runner, None)
        finally:
            conn.close()


# ------------------------------------------------------------------------------------------- helpers
def _load_standard(std: str, onto: Any) -> Any:
    """The packaged schema of ``std``: from the compiled check plan (no LinkML) when it is current, else loaded and
    expanded from the schemas (with ``onto`` when given, as tests with their own vocabulary do)."""
    path = schemaview.schema_path(std)
    if not path.is_file():
        return None
    if onto is not None:
        return schemaview.load_expanded_from(path, onto)
    plan = load_plan()
    if plan is not None and std in plan:
        return plan[std]
    return schemaview.load_expanded(std)


def _discover(path: Path) -> Iterator[Path]:
    """Tabular files of a dataset part: the directory itself, its clinical/ and imaging/ (two levels)."""
    roots = [path]
    for sub in ("clinical", "imaging"):
        if (path / sub).is_dir():
            roots.append(path / sub)
    if path.name == "clinical" and (path.parent / "imaging").is_dir():
        roots.append(path.parent / "imaging")
    seen: set[Path] = set()
    for root in roots:
        imaging = root.name == "imaging"
        for f in sorted([*root.glob("*"), *root.glob("*/*")] if imaging else root.glob("*")):
            if imaging and f.suffix.lower() == ".json":
                # JSON in imaging/ is DICOM JSON (a NIfTI's sidecar, extract-tags' series/*.json), read by the
                # dicom engine; tag tables there are CSV, Parquet or XLSX
                continue
            if is_tabular(f) and f not in seen:
                seen.add(f)
                yield f


def tabular_files(path: Path) -> list[Path]:
    """The tables ``check`` reads from ``path`` (a file, a part or a dataset directory), for other tools."""
    return list(_discover(path)) if path.is_dir() else [path]


#: How the detection note names each kind of table (a declared minimum-data table by its ``table_label``).
KIND_WORDS = {
    "cdm": "CDM table",
    "minimum": "minimum clinical table",
    "imaging_tags": "imaging tag table",
    "unknown": "unrecognised file",
}


def _detect(t: InputTable, cdm: dict[str, str], sv_min: Any, dataset_id: str | None) -> tuple[str, bool]:
    """Decide what ``t`` is (sets its kind, CDM table, minimum classes); return how the detection note names it
    and whether its file name carries the dataset id (or a CDM table name after a prefix)."""
    stem = t.stem
    prefixed = False
    if dataset_id and stem.startswith(f"{dataset_id}_"):
        stem, prefixed = stem[len(dataset_id) + 1 :], True
    if stem.lower() in cdm:
        t.kind, t.cdm_table = "cdm", stem.lower()
    else:
        match = [n for n in cdm if stem.lower().endswith("_" + n)]
        if match:
            t.kind, t.cdm_table = "cdm", max(match, key=len)
            prefixed = True
    declared = _declared_class(sv_min, t.loaded.columns) if t.kind != "cdm" and sv_min is not None else None
    if declared is not None:
        # before the PatientID-first rule: the correspondence file starts with PatientID too
        t.kind, t.classes = "declared", [declared]
        return str(annotation(sv_min.get_class(declared), "table_label") or declared), prefixed
    if t.kind != "cdm":
        if {norm(c) for c in t.loaded.columns} & IMAGING_KEYS:
            t.kind = "imaging_tags"
        elif t.loaded.columns and norm(t.loaded.columns[0]) == "patientid":
            t.kind = "minimum"
            t.classes = record_classes(sv_min) if sv_min is not None else []
    return KIND_WORDS[t.kind], prefixed


def _header_findings(tables: list[InputTable], ctx: CheckContext) -> list[Finding]:
    """One header per dataset: every file of the same table has the same columns."""
    by_kind: dict[str, list[InputTable]] = {}
    for t in tables:
        if t.kind != "unknown" and t.binding is not None:
            by_kind.setdefault(t.binding.name, []).append(t)
    out = []
    for name, group in by_kind.items():
        heads = {tuple(c.lower() for c in t.loaded.columns) for t in group}
        if len(heads) > 1:
            out.append(
                hr.ETL_RULES["header"].finding(
                    target_tier=ctx.target_tier,
                    count=len(group),
                    message=f"the {len(group)} files of {name} do not share one header",
                    location=Location(file=group[1].rel, table=name),
                    examples=[t.rel for t in group],
                )
            )
    return out


def _record_dataset_ids(runner: Runner, bindings: dict[str, TableBinding], ctx: CheckContext) -> None:
    """The CDM dataset ids, for the cross-part rule "catalogue dct:identifier = CDM dataset_id"
    (validate/cross_part.py)."""
    d = runner.dialect
    ds = bindings.get("dataset")
    ds_col = ds.column("dataset_id") if ds is not None else None
    if ds is not None and ds_col:
        rows = runner.execute(
            f"SELECT DISTINCT {d.ident(ds_col)} FROM {ds.relation} AS x "
            f"WHERE {d.ident(ds_col)} IS NOT NULL ORDER BY 1 LIMIT 500"
        )
        ctx.facts.cdm_dataset_ids = [str(r[0]) for r in rows]


def _study_patients(d: Dialect, study: TableBinding, tables: list[InputTable]) -> TableBinding | None:
    """image_study rows with their patient: ``patient_id`` where given, else the patient of the study's
    procedure (procedure -> cancer_condition). The ETL never fills image_study.patient_id
    (6_procedure_update_output_db_for_dataset.sql links a study to its imaging procedure only), so on ETL output
    the patient is reached through the procedure."""
    sp, sproc = study.column("patient_id"), study.column("procedure_id")
    by = {t.cdm_table: t.binding for t in tables if t.kind == "cdm" and t.binding is not None}
    proc, cc = by.get("procedure"), by.get("cancer_condition")
    via = None
    if sproc and proc and cc:
        p_id, p_cc = proc.column("procedure_id"), proc.column("cancer_condition_id")
        c_id, c_pat = cc.column("cancer_condition_id"), cc.column("patient_id")
        if p_id and p_cc and c_id and c_pat:
            via = (
                f"(SELECT p.{d.ident(p_id)} AS pid, c.{d.ident(c_pat)} AS pat FROM {proc.relation} AS p "
                f"JOIN {cc.relation} AS c ON c.{d.ident(c_id)} = p.{d.ident(p_cc)})"
            )
    if via is None or sproc is None:
        return study if sp else None
    own = f"NULLIF(trim(s.{d.ident(sp)}), '')" if sp else "NULL"
    rel = (
        f"(SELECT s.{ROW} AS {ROW}, COALESCE({own}, v.pat) AS patient_id FROM {study.relation} AS s "
        f"LEFT JOIN {via} AS v ON v.pid = s.{d.ident(sproc)})"
    )
    return TableBinding(study.name, rel, ["patient_id"], file=study.file, label=study.label)


def _any_value(runner: Runner, b: TableBinding, column: str) -> bool:
    """Whether ``column`` of ``b`` holds a value (not NULL, not blank) in at least one row."""
    v = f"r.{runner.dialect.ident(column)}"
    return bool(runner.execute(f"SELECT 1 FROM {b.relation} AS r WHERE {present(runner.dialect, v)} LIMIT 1"))


def _render_all(
    renderer: Renderer,
    specs: list[CheckSpec],
    b: TableBinding,
    scope: tuple[str, tuple[Need, ...]] | None = None,
) -> list[BoundCheck]:
    out = []
    for sp in specs:
        bc = renderer.render(sp, b, scope)
        if bc is not None:
            out.append(bc)
    return out


def _name_rules(std: str, part: str, names: list[str], tier: int) -> list[Rule]:
    out = []
    if hr.date_pairs(names):
        out.append(hr.date_order_rule(std, part, tier))
    if hr.offset_pairs(names):
        out.append(hr.offset_unit_rule(std, part, tier))
    if hr.timepoint_columns(names):
        out.append(hr.timepoint_rule(std, part, tier))
    return out


def _extra_checks(
    d: Dialect,
    comp: ClassCompiler,
    cname: str,
    b: TableBinding,
    std: str,
    part: str,
    tier: int,
    classes: list[str] | None = None,
) -> list[BoundCheck]:
    """Date order, offset/unit pairs, timepoint order and the comma-decimal ETL rule of one table."""
    out: list[BoundCheck] = []
    infos: dict[str, SlotInfo] = {}
    for c in classes or [cname]:
        for si in comp.slots(c):
            infos.setdefault(si.name, si)
    present_cols = {si.name: b.column(si.name, si.aliases) for si in infos.values()}
    cols = [c for c in present_cols.values() if c]
    for name, col in present_cols.items():
        if col and infos[name].kind == "decimal":
            out.append(hr.decimal_separator_check(d, b, col, infos[name].personal))
    t = comp.tier if std == "cdm" else 1
    if t > tier:
        return out
    pairs = hr.date_pairs(cols)
    if pairs:
        out.append(hr.date_order_check(d, b, hr.date_order_rule(std, part, t), pairs))
    op = hr.offset_pairs(cols)
    if op:
        out.append(hr.offset_unit_check(d, b, hr.offset_unit_rule(std, part, t), op))
    tp = hr.timepoint_columns(cols)
    if tp:
        out.append(hr.timepoint_check(d, b, hr.timepoint_rule(std, part, t), tp))
    return out


def record_classes(sv: Any) -> list[str]:
    """Minimum-data classes of the clinical table: the concrete descendants of the class the schema marks as
    the table's row (annotation ``table_first_column``). Chosen by declaration, not by induced slot order: the
    order of induced slots is not part of LinkML's contract and once changed under us (every minimum rule
    silently stopped running)."""
    out: set[str] = set()
    for cname, cls in sv.all_classes().items():
        if annotation(cls, "table_first_column") is None:
            continue
        for d in [cname, *sv.class_descendants(cname, reflexive=False)]:
            c = sv.get_class(d)
            if not (c.abstract or c.mixin):
                out.add(str(d))
    return sorted(out)


def _imaging_classes(sv: Any, b: TableBinding) -> list[str]:
    """The minimum-data class best matching an imaging tag table's columns (at least two shared)."""
    best, score = None, 1
    for cname, cls in sorted(sv.all_classes().items()):
        if cls.abstract or cls.mixin or not is_submitted(cls) or annotation(cls, "detected_by"):
            continue
        slots = sv.class_induced_slots(cname)
        if not {norm(s.name) for s in slots} & IMAGING_KEYS:
            continue
        n = sum(b.column(str(s.name), [str(a) for a in (s.aliases or [])]) is not None for s in slots)
        if n > score:
            best, score = str(cname), n
    return [best] if best else []


def _owed_tables(comp: ClassCompiler) -> set[str]:
    """CDM tables whose absence _run_tables can report: required ones (``required_table``, unless attested only
    by later views) and those another table references. An optional table nothing references is never owed,
    so no table_missing rule is listed for it."""
    out: set[str] = set()
    for cname, cls in comp.sv.all_classes().items():
        if cls.abstract or cls.mixin:
            continue
        tname = table_name(cls)
        if is_truthy(annotation(cls, "required_table")) and not annotation(cls, "attested_only_by"):
            out.add(tname)
        for sp in comp.compile_class(str(cname)):
            if sp.kind == "fk" and sp.param("ref_table") != tname:
                out.add(str(sp.param("ref_table")))
    return out


def _shadowed_specs(sv: Any) -> set[tuple[str, str, str]]:
    """(class, slot, kind) of the record classes' presence and value rules on their discriminator (Population):
    a row is checked against a class only when its value is one of that class, so these never fire; a blank
    or foreign value is minimum.population.unrecognised."""
    classes = record_classes(sv)
    disc = discriminator(sv, classes) if len(classes) > 1 else None
    if disc is None:
        return set()
    return {(c, disc[0], kind) for c in classes for kind in ("required", "member")}


def is_submitted(cls: Any) -> bool:
    """Whether a holder submits rows of the class (annotation ``submitted_table: false`` says not: e.g. the ETL
    input profile, whose conventions the hand-written minimum.etl.* rules check); no rule is compiled else."""
    v = annotation(cls, "submitted_table")
    return v is None or is_truthy(v)


def _declared_class(sv: Any, columns: list[str]) -> str | None:
    """The minimum-data class whose ``detected_by`` columns (slot names, aliases too) the table all holds; of
    several, the one sharing most columns with the table. None when no class declares a match."""
    b = TableBinding("probe", "", list(columns))
    best: tuple[int, str] | None = None
    for cname, cls in sorted(sv.all_classes().items()):
        keys = str(annotation(cls, "detected_by") or "").split()
        if not keys or cls.abstract or cls.mixin or not is_submitted(cls):
            continue
        slots = {str(s.name): [str(a) for a in (s.aliases or [])] for s in sv.class_induced_slots(cname)}
        if not all(b.column(k, slots.get(k, [])) is not None for k in keys):
            continue
        n = sum(b.column(name, al) is not None for name, al in slots.items())
        if best is None or n > best[0]:
            best = (n, str(cname))
    return best[1] if best else None


def _class_part(cname: str) -> str:
    """The rule-id part of a minimum class (``minimum.<part>.<slot>.<constraint>``)."""
    return rule_part(snake(cname))


def _name_part(comp: ClassCompiler, classes: list[str]) -> str:
    """The rule-id part of the rules named after a table's columns (date order, offset unit, timepoint
    order): ``clinical`` for the record classes of the minimum clinical table (one table, several classes),
    else the class's own part. Used for the catalogue and for the check alike."""
    if comp.standard == "minimum" and set(classes) & set(record_classes(comp.sv)):
        return "clinical"
    return comp.rid_prefix(classes[0]).split(".", 1)[1]


def discriminator(sv: Any, classes: list[str]) -> tuple[str, dict[str, tuple[str, Any]]] | None:
    """The slot whose allowed values tell the record classes apart (e.g. population), or None."""
    per: dict[str, dict[str, tuple[str, Any]]] = {}
    for cname in classes:
        for s in sv.class_induced_slots(cname):
            if s.equals_string_in:
                per.setdefault(str(s.name), {})[cname] = ("in", tuple(s.equals_string_in))
            elif s.equals_string:
                per.setdefault(str(s.name), {})[cname] = ("in", (s.equals_string,))
            elif s.range in sv.all_enums():
                per.setdefault(str(s.name), {})[cname] = ("enum", str(s.range))
    for slot, by_class in per.items():
        if len(by_class) == len(classes) and len(set(by_class.values())) == len(classes):
            return slot, by_class
    return None


def problem_findings(problems: list[InputProblem], ctx: CheckContext) -> list[Finding]:
    """The findings of the problems met while reading a table (each under its minimum.etl.* rule)."""
    out = []
    for p in problems:
        rule = hr.ETL_RULES[p.rule]
        where = f"{p.file}:{p.line}" if p.line else p.file
        out.append(
            rule.finding(
                target_tier=ctx.target_tier,
                count=p.count,
                message=f"{where}: {p.message}",
                location=Location(file=p.file, row=(p.line - 1) if p.line and p.line > 1 else None),
                examples=p.examples,
            )
        )
    return out


__all__ = ["SqlEngine"]
