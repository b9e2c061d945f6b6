"""Run a check: split the input into parts, hand each to its engine, apply tiers and waivers, build the Report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec import __version__, vocab
from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.models.report import ThresholdResult, WaiverResult, WaiverStatus
from eucaim_spec.report.model import (
    FAIL_ON,
    SEVERITY_RANK,
    Finding,
    Location,
    PartResult,
    PartStatus,
    Report,
    Severity,
    SpecVersions,
    Summary,
    TierResult,
    TierStatus,
    ToolInfo,
    finding_sort_key,
)
from eucaim_spec.schemaview import schema_path
from eucaim_spec.validate.catalogue import DATASET_RULES, all_rules, available_engines
from eucaim_spec.validate.cross_part import achieved_tier, cross_part_findings, tier_ladder
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.indicators import evaluate
from eucaim_spec.validate.options import CheckOptions
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.suite import load_suite, parse_thresholds, pattern_matches

PARTS = (("metadata", "shacl"), ("imaging", "dicom"), ("clinical", "sql"))
#: The order the planned steps run in, by engine (a stable sort: steps of one rank keep their planned order).
#: Imaging before clinical: the dicom engine hands its scan to the sql engine's linkage rules
#: (``CheckContext.imaging``); search reads the same tables as sql and ranks with it.
STEP_ORDER = {"shacl": 0, "dicom": 1, "sql": 2, "template": 2, "search": 3, "profile": 4}
_DATASET_RULE = {r.id: r for r in DATASET_RULES}


@dataclass(frozen=True)
class Waiver:
    rule_id: str
    reason: str
    focus: str | None = None
    #: last day it applies (ISO date); after it the finding counts again
    until: str | None = None

    def matches(self, f: Finding) -> bool:
        # a rule id, or a rule-id pattern as in validators/tiers.yaml ("dcat_ap.catalog.*")
        if not pattern_matches(self.rule_id, f.rule_id):
            return False
        if self.focus is None:
            return True
        loc = f.location
        places = [] if loc is None else [loc.file, loc.node, loc.table, loc.column, loc.tag, loc.path]
        return self.focus in [p for p in places if p] or self.focus in (f.examples or [])


def load_waivers(path: Path | None) -> list[Waiver]:
    """Waivers from a YAML or JSON file: a list of {rule_id, reason, focus?} (or {waivers: [...]})."""
    if path is None:
        return []
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        # A waiver file is configuration: unreadable or malformed alike is exit 4. The YAML error's
        # text quotes the offending line, so only its position is given.
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1} column {mark.column + 1}" if mark is not None else None
        kind = "not valid YAML" if isinstance(exc, yaml.YAMLError) else (
            "not UTF-8" if isinstance(exc, UnicodeDecodeError) else "cannot be read")
        raise SpecError(str(path), f"waiver file {kind}", where) from None
    entries = data.get("waivers") if isinstance(data, dict) else data
    if not isinstance(entries, list):
        raise SpecError(str(path), "a waiver file is a list of {rule_id, reason, focus}")
    out = []
    for i, e in enumerate(entries, 1):
        if not isinstance(e, dict) or not e.get("rule_id") or not e.get("reason"):
            raise SpecError(str(path), "each waiver needs rule_id and reason", f"entry {i}")
        until = e.get("until")
        if until is not None:
            try:
                until = (until if isinstance(until, dt.date) else dt.date.fromisoformat(str(until))).isoformat()
            except ValueError:
                raise SpecError(str(path), "until: must be a date YYYY-MM-DD", f"entry {i}") from None
        out.append(Waiver(str(e["rule_id"]), str(e["reason"]), None if e.get("focus") is None else str(e["focus"]),
                          until))
    return out


def load_thresholds(path: Path) -> dict[str, float]:
    """``--thresholds FILE``: a YAML mapping {rule-id pattern: percent} (exit 4 when malformed)."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        raise SpecError(str(path), "threshold file cannot be read as YAML") from None
    if isinstance(data, dict) and set(data) == {"thresholds"}:
        data = data["thresholds"]
    return parse_thresholds(data, str(path))


def waiver_results(findings: list[Finding], waivers: list[Waiver], today: str) -> tuple[list[Finding], list[Any]]:
    """Apply the waivers still in force (``until`` not before ``today``); return the findings and one
    WaiverResult per waiver: applied, unused, unknown_rule (matches no rule of the catalogue) or expired."""
    known = [r.id for r in all_rules()]
    active = [w for w in waivers if w.until is None or w.until >= today]
    out, used = [], {id(w): 0 for w in waivers}
    for f in findings:
        w = next((w for w in active if w.matches(f)), None)
        if w is not None:
            used[id(w)] += 1
            f = f.model_copy(update={"severity": Severity.waived, "message": f"{f.message} [waived: {w.reason}]"})
        out.append(f)
    results = []
    for w in waivers:
        if w.until is not None and w.until < today:
            status = "expired"
        elif used[id(w)]:
            status = "applied"
        elif not any(pattern_matches(w.rule_id, r) for r in known):
            status = "unknown_rule"
        else:
            status = "unused"
        results.append(WaiverResult(rule_id=w.rule_id, reason=w.reason, focus=w.focus, until=w.until,
                                    status=WaiverStatus(status), count=used[id(w)]))
    return out, results


def rule_texts() -> dict[str, Rule]:
    """The rule catalogue by id, for the report formats that describe the rules that fired (``rules`` of
    ``eucaim_spec.report.formatters.render``). Every check has loaded it already (indicators, waivers), so a
    catalogue that cannot load has ended the run before (exit 4)."""
    return {r.id: r for r in all_rules()}


def _is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


def _is_uri(target: str) -> bool:
    """A file system URI other than http(s) (``file://``, ``hdfs://``, ``s3a://``...): Spark's to read."""
    scheme, sep, _ = target.partition("://")
    return bool(sep) and not _is_url(target) and scheme[:1].isalpha() and \
        all(c.isalnum() or c in "+.-" for c in scheme)


def _tabular_suffixes() -> frozenset[str]:
    """The table file suffixes the sql engine reads."""
    # deferred: importing the sql package imports the table engine, which a check of a catalogue record or a
    # DICOM tree alone never constructs (catalogue.Engines constructs engines on first use)
    from eucaim_spec.validate.sql.tabular_input import TABULAR_SUFFIXES

    return frozenset(TABULAR_SUFFIXES)


def plan(target: str, engines: dict[str, Any], db: str | None = None) -> tuple[list[tuple[str, Any]], bool]:
    """Which engine checks which path. Returns (engine name, path) pairs and whether it is a dataset dir.

    With ``db`` (``--db postgresql://...``) the database is the CDM source: one sql step whose "path" is the URL.
    No TARGET means the database alone; with a TARGET its other parts are planned as usual, without their sql
    steps (the sql engine reads the database instead of clinical/ when ``db`` is set)."""
    if db:
        if "sql" not in engines:
            raise SpecError("eucaim", "the sql engine is not available to check a database")
        steps: list[tuple[str, Any]] = []
        is_dataset = False
        if target:
            try:
                steps, is_dataset = _plan_target(target, engines)
            except InputError:
                if _is_url(target) or not Path(target).is_dir():
                    raise
                # a folder with nothing of its own to check (no part, no record, DICOM tree or table): the
                # database alone
            steps = [(n, p) for n, p in steps if n != "sql"]
        return [*steps, ("sql", db)], is_dataset
    return _plan_target(target, engines)


def _plan_target(target: str, engines: dict[str, Any]) -> tuple[list[tuple[str, Any]], bool]:
    if _is_url(target):
        if "shacl" not in engines:
            raise SpecError("eucaim", "the SHACL engine is not available to check a URL")
        return [("shacl", target)], False
    if _is_uri(target):
        # read where it is by the table engine's own file systems (--engine spark), never by our local reader
        if not getattr(engines.get("sql"), "reads_uris", False):
            # deferred: the sql package imports the table engine (see _tabular_suffixes)
            from eucaim_spec.validate.sql.postgres import safe_url

            raise InputError(safe_url(target), "a file system URI is read by Spark: add --engine spark, or give "
                                               "a local path")
        return [("sql", target)], False
    path = Path(target)
    if not path.exists():
        raise InputError(target, "no such file or directory")
    if path.is_dir() and any((path / part).is_dir() for part, _ in PARTS):
        steps = [(eng, path / part) for part, eng in PARTS if (path / part).is_dir() and eng in engines]
        imaging = path / "imaging"
        dicom, sql = engines.get("dicom"), engines.get("sql")
        if imaging.is_dir() and dicom is not None and sql is not None and not dicom.detect(imaging) \
                and sql.detect(imaging):
            # imaging/ holds extracted tag tables only: the sql engine checks them (with clinical/ when
            # present, which it reads together with imaging/ for the linkage rules)
            steps.remove(("dicom", imaging))
            if not (path / "clinical").is_dir():
                steps.append(("sql", imaging))
        return steps, True
    # a filled mapping template (eucaim template) before the sql engine, which would read it as a table
    order = ["template", "shacl", "dicom", "sql"]
    if path.is_dir():
        # a folder is routed as its part (metadata/ RDF, imaging/ DICOM or NIfTI, clinical/ tables), else
        # DICOM first and tables before RDF when it holds any non-JSON table: a NIfTI's DICOM-JSON sidecar or
        # a one-object .json beside the clinical tables must not turn the folder into catalogue records
        tables = any(f.suffix.lower() in _tabular_suffixes() - {".json"} for f in path.iterdir())
        order = ["dicom", "sql", "shacl"] if tables else ["dicom", "shacl", "sql"]
        part = dict(PARTS).get(path.name)
        if part in order:
            order.remove(part)
            order.insert(0, part)
    for name in order:
        e = engines.get(name)
        if e is not None and e.detect(path):
            return [(name, path)], False
    raise InputError(target, "nothing to check: not a dataset directory (metadata/, clinical/, imaging/), "
                             "an RDF record, a DICOM tree or a clinical table")


def _engines(options: CheckOptions) -> tuple[dict[str, Any], str | None]:
    """The engines of this run and the in-place table source (``--db``, or the Spark catalog), if any."""
    engines: dict[str, Any] = available_engines()
    db = options.db or None
    if options.table_engine == "spark" and "sql" in engines:
        # the same compiled table checks, executed by Spark SQL (validate/sql/spark.py)
        from eucaim_spec.validate.sql.spark import SparkEngine  # deferred: the optional spark extra

        engines = {**engines, "sql": SparkEngine(master=options.spark_master)}
        if options.spark_tables and not db:
            # metastore tables are the CDM source as a database is: planned as one in-place sql step (the
            # search readiness reads the views that step hands over)
            db = "spark-catalog"
    return engines, db


def _steps(target: str, target_tier: int, options: CheckOptions, engines: dict[str, Any],
           db: str | None) -> tuple[list[tuple[str, Any]], bool]:
    """The planned (engine, input) steps in run order, and whether ``target`` is a dataset directory."""
    steps, is_dataset = plan(target, engines, db)
    if target_tier >= 2 and "search" in engines:
        # Tier 2 = answers the federated search: its readiness reads the same clinical tables or database; a
        # file system URI only through the Spark views the sql step hands over (--db is a database, no such URI)
        spark = getattr(engines.get("sql"), "reads_uris", False)
        steps += [("search", p) for n, p in steps if n == "sql" and (p == db or spark or not _is_uri(str(p)))]
    if options.series_map and "sql" in engines:
        # the series-description mapping is submitted data too: the sql engine checks it as a
        # SeriesDescriptionMapping table (schemas/minimum), the dicom engine applies it to SeriesDescription
        steps.append(("sql", Path(options.series_map)))
    if _quality(target_tier, options) and "profile" in engines and (db or (target and not _is_url(target))):
        # the quality dimensions and disclosure risk of the tables and DICOM tree (profile/quality.py), last: it
        # measures the tables the clinical step loaded and the imaging step's scan
        steps.append(("profile", db or target))
    # imaging before clinical, clinical before search (it reads the tables the clinical step loaded), whatever
    # was planned or added
    steps.sort(key=lambda step: STEP_ORDER[step[0]])
    return steps, is_dataset


def _quality(target_tier: int, options: CheckOptions) -> bool:
    """The quality step runs: asked for (--quality / --no-quality), else where the tier suite runs its rules."""
    if options.quality is not None:
        return options.quality
    suite = load_suite()
    return any(r.engine == "profile" and suite.applies(r.id, r.tier, target_tier) for r in all_rules())


def _run_steps(steps: list[tuple[str, Any]], engines: dict[str, Any], ctx: CheckContext, db: str | None,
               is_dataset: bool) -> list[Finding]:
    """Every step's findings; a part that cannot be read at all is a finding of a dataset, an error otherwise."""
    findings: list[Finding] = []
    for name, path in steps:
        eng = engines[name]
        in_db = db is not None and name == "sql" and path == db
        uri = _is_url(str(path)) or _is_uri(str(path))
        if not in_db and not uri and Path(path).is_dir() and not any(Path(path).iterdir()):
            continue  # an empty part is reported by _missing_parts
        ctx.run.engines_ran.add(name)
        try:
            if in_db:
                # the engine reads ctx.options.db; the path only names where a dataset's tables would be
                findings += eng.check((ctx.root or Path(".")) / "clinical", ctx)
            else:
                # the search engine sets ctx.facts.search_read when it read tables (Tier-2 evidence)
                findings += eng.check(path if uri else Path(path), ctx)
        except InputError as exc:
            if not is_dataset or in_db:
                raise  # an unreachable database ends the run (exit 3), it is never a finding
            rule = _DATASET_RULE["minimum.dataset.part_unreadable"]
            findings.append(rule.finding(target_tier=ctx.target_tier, message=exc.one_line(),
                                         location=Location(file=ctx.rel(exc.file))))
    return findings


def _waiver_notes(results: list[WaiverResult], notes: list[str]) -> None:
    """A warning line per waiver that matched no rule, expired or matched nothing in this run."""
    for i, w in enumerate(results, 1):
        if w.status is WaiverStatus.unknown_rule:
            notes.append(f"warning: waiver {i} ({w.rule_id}) matches no rule of the catalogue "
                         "(a typo or a renamed rule: `eucaim rules` lists them)")
        elif w.status is WaiverStatus.expired:
            notes.append(f"warning: waiver {i} ({w.rule_id}) expired on {w.until}; its findings count again")
        elif w.status is WaiverStatus.unused:
            notes.append(f"warning: waiver {i} ({w.rule_id}) matched no finding of this run")


def run_check(target: str, *, target_tier: int, options: CheckOptions | None = None, progress: bool = False,
              waivers: list[Waiver] | None = None, fail_on: str = "violation",
              after_steps: Callable[[CheckContext], None] | None = None) -> tuple[Report, list[str]]:
    """Check ``target``; return the report and the notes (what was detected) for the text output.

    ``after_steps`` is called with the run's context once every step ran, while the tables the clinical step
    loaded are still open (``eucaim profile`` measures them there instead of loading the files again)."""
    options = options or CheckOptions()
    engines, db = _engines(options)
    steps, is_dataset = _steps(target, target_tier, options, engines, db)
    root = Path(target) if target and not _is_url(target) and Path(target).is_dir() else None
    ctx = CheckContext(target_tier=target_tier, root=root, progress=progress, options=options, keep_tables=True)
    findings: list[Finding] = []
    if is_dataset:
        findings += _missing_parts(Path(target), ctx, skip=("clinical",) if db else ())
    try:
        findings += _run_steps(steps, engines, ctx, db, is_dataset)
        if after_steps is not None:
            after_steps(ctx)
    finally:
        if ctx.tables is not None:
            ctx.tables.close()
            ctx.tables = None
    ctx.run.scope = "dataset" if is_dataset else "part"
    ctx.run.parts = _part_status(target, steps, is_dataset, findings, ctx, db)
    suite = load_suite()
    # --quality below the tier that runs the quality rules: their findings are kept, at that tier's severity
    requested = ("profile.*",) if ctx.options.quality else ()
    findings = suite.apply(findings, target_tier, ctx.options.deployment, requested)
    # before the cross-part rules: a declared tier is judged on the findings as the thresholds leave them
    findings = apply_thresholds(findings, suite, ctx)
    data_checked = bool(ctx.run.engines_ran & {"sql", "dicom"})
    # the cross-part rules judge the findings as the waivers leave them: a waived blocking finding (an image-only
    # dataset accepted case by case, T1-5) no longer fails the tier the record declares
    today = dt.date.today().isoformat()
    judged = waiver_results(findings, waivers, today)[0] if waivers else findings
    cross = cross_part_findings(judged, ctx, data_checked)
    findings += suite.apply(cross, target_tier, ctx.options.deployment)
    if waivers:
        findings, results = waiver_results(findings, waivers, today)
        ctx.run.waivers = results
        _waiver_notes(results, ctx.notes)
    findings.sort(key=finding_sort_key)
    return build_report(findings, target_tier, fail_on, ctx), ctx.notes


def apply_thresholds(findings: list[Finding], suite: Any, ctx: CheckContext) -> list[Finding]:
    """Row-level violations whose failing share of the table's rows is below their rule's threshold (tier
    suite, then ``--thresholds``) become warnings, the share stated; ctx.run.thresholds keeps the
    thresholds in force and how many findings each lowered. A table whose row total is unknown (a database,
    an XLSX or JSON table) keeps its violations: no threshold without a share."""
    extra = dict(ctx.options.thresholds)
    in_force = {**suite.thresholds, **extra}
    if not in_force:
        return findings
    lowered = dict.fromkeys(in_force, 0)
    totals: dict[str, int | None] = {}
    out = []
    for f in findings:
        hit = suite.threshold_for(f.rule_id, extra)
        loc = f.location
        if hit is not None and f.severity == Severity.violation and loc is not None and loc.file and loc.table:
            pattern, pct = hit
            if loc.file not in totals:
                totals[loc.file] = _row_total(ctx, loc.file)
            total = totals[loc.file]
            if total:
                share = 100.0 * f.count / total
                update: dict[str, Any] = {"rows_total": total}
                if share < pct:
                    lowered[pattern] += 1
                    update |= {"severity": Severity.warning,
                               "message": f"{f.message} [{f.count} of {total} rows ({share:.2f} %) fail, below the "
                                          f"{pct:g} % threshold for {pattern}: reported as a warning]"}
                f = f.model_copy(update=update)
        out.append(f)
    ctx.run.thresholds = [ThresholdResult(pattern=p, percent=pct, lowered=lowered[p])
                          for p, pct in sorted(in_force.items())]
    return out


def _row_total(ctx: CheckContext, rel: str) -> int | None:
    """Data rows of a CSV or Parquet table named in a finding (relative to the checked root), or None."""
    path = (ctx.root / rel) if ctx.root is not None else Path(rel)
    suffix = path.suffix.lower()
    if not path.is_file() or suffix not in (".csv", ".tsv", ".parquet"):
        return None
    import duckdb

    con = duckdb.connect()
    try:
        reader = "read_parquet(?)" if suffix == ".parquet" else "read_csv(?, header = true, all_varchar = true)"
        row = con.execute(f"SELECT count(*) FROM {reader}", [str(path)]).fetchone()
    except duckdb.Error:
        return None  # the engine read it its own way; without a sure total no threshold applies
    finally:
        con.close()
    return int(row[0]) if row else None


def _part_status(target: str, steps: list[tuple[str, Any]], is_dataset: bool, findings: list[Finding],
                 ctx: CheckContext, db: str | None) -> dict[str, tuple[str, str]]:
    """part -> (status, detail): checked, not_given, not_recognised or unreadable (report.yaml PartStatus).

    Nothing that was not checked counts as passing (design.md "Verdict semantics"): a clinical folder whose
    every table went unrecognised was given but not checked."""
    ran = ctx.run.engines_ran
    unrecognised = {f.location.file for f in findings
                    if f.rule_id == "minimum.etl.unrecognised" and f.location is not None and f.location.file}
    unreadable = {str(f.location.file).split("/")[0] for f in findings
                  if f.rule_id == "minimum.dataset.part_unreadable" and f.location is not None and f.location.file}
    out: dict[str, tuple[str, str]] = {p: ("not_given", "") for p in ("metadata", "clinical", "imaging")}
    if not is_dataset:
        out = {p: ("not_given", "checked alone: another part was given") for p in out}
    engine_part = {"shacl": "metadata", "dicom": "imaging", "sql": "clinical", "template": "clinical"}
    for name, path in steps:
        part = engine_part.get(name)
        if part is None or name not in ran:
            continue
        if name == "sql" and not (db and path == db) and Path(path).name == "imaging":
            part = "imaging"  # extracted tag tables checked by the sql engine
        if name == "sql" and db and path == db:
            out["clinical"] = ("checked", "CDM tables in the database")
            continue
        if name == "template":
            # a filled mapping template describes how the clinical data map; it is not the data (issue 14)
            if out[part][0] != "checked":
                out[part] = ("not_given", "a mapping template was checked: it describes the clinical data, "
                                          "it is not the data")
            continue
        if is_dataset and part in unreadable:
            out[part] = ("unreadable", f"{part}/ could not be read")
            continue
        p = Path(str(path))
        if name == "sql" and unrecognised and not _is_uri(str(path)):
            files = [p] if p.is_file() else [f for f in p.iterdir() if f.suffix.lower() in _tabular_suffixes()]
            if files and all(ctx.rel(f) in unrecognised for f in files):
                out[part] = ("not_recognised", f"{len(files)} file(s), none a CDM, minimum or tag table")
                continue
        if out[part][0] != "checked":
            out[part] = ("checked", "")
    if is_dataset:
        root = Path(target)
        for part, (status, _) in list(out.items()):
            d = root / part
            if status == "not_given" and not (db and part == "clinical"):
                out[part] = ("not_given", f"{part}/ is missing" if not d.is_dir() else f"{part}/ is empty")
    return out


def _missing_parts(root: Path, ctx: CheckContext, skip: tuple[str, ...] = ()) -> list[Finding]:
    out = []
    for part in ("metadata", "imaging", "clinical"):
        if part in skip:
            continue  # given another way (--db holds the CDM tables)
        d = root / part
        if not d.is_dir() or not any(d.iterdir()):
            rule = _DATASET_RULE[f"minimum.dataset.{part}_missing"]
            out.append(rule.finding(target_tier=ctx.target_tier, location=Location(file=f"{part}/")))
    return out


def _apply_waivers(findings: list[Finding], waivers: list[Waiver]) -> list[Finding]:
    out = []
    for f in findings:
        w = next((w for w in waivers if w.matches(f)), None)
        if w is not None:
            f = f.model_copy(update={"severity": Severity.waived, "message": f"{f.message} [waived: {w.reason}]"})
        out.append(f)
    return out


def build_report(findings: list[Finding], target_tier: int, fail_on: str, ctx: CheckContext) -> Report:
    counts = {k.value: 0 for k in SEVERITY_RANK}
    for f in findings:
        counts[f.severity.value] += 1
    ladder = tier_ladder(findings, target_tier, ctx)
    achieved = achieved_tier(findings, target_tier, ctx)
    threshold = FAIL_ON[fail_on]
    conforms = not any(SEVERITY_RANK[f.severity] >= threshold for f in findings)
    if fail_on != "never" and any(st == "not_met" and (why or "").startswith("part ") for _, st, _, why in ladder):
        # a part missing, unreadable or not recognised was never checked: the run cannot conform (a tier that
        # lacks only evidence, e.g. Tier 2 without CDM tables, is "not assessed" in the verdict instead)
        conforms = False
    try:
        onto_version = str(vocab.packaged_data()["version"])  # the version alone: no ontology objects built
    except (OSError, ValueError, KeyError):
        onto_version = None
    return Report(
        tool=ToolInfo(name="eucaim-spec", version=__version__),
        specs=SpecVersions(**_spec_versions(), ontology=onto_version),
        target_tier=target_tier,
        achieved_tier=achieved,
        conforms=conforms,
        summary=Summary(**counts),
        findings=findings,
        indicators=_indicators(findings, target_tier, ctx),
        verdict=_scoped(verdict_line(ladder, target_tier), ctx),
        scope=ctx.run.scope,
        parts=[PartResult(part=p, status=PartStatus(st), detail=d or None)
               for p, (st, d) in ctx.run.parts.items()] or None,
        tiers=[TierResult(tier=t, status=TierStatus(st), blocking_rules=b or None, reason=why)
               for t, st, b, why in ladder],
        waivers=ctx.run.waivers or None,
        thresholds=ctx.run.thresholds or None,
        datasets=sorted({d.node for d in ctx.facts.catalogue or [] if not d.node.startswith("_:")}) or None,
        quality=_quality_section(ctx, findings),
    )


def _quality_section(ctx: CheckContext, findings: list[Finding]) -> Any:
    if ctx.run.quality is None:
        return None
    from eucaim_spec.profile.quality import quality_section  # the profile package only when the step ran

    return quality_section(ctx.run.quality, findings)


def _scoped(verdict: str, ctx: CheckContext) -> str:
    """A part checked alone says so: its tiers are the part's, never the dataset's (design.md "Verdict
    semantics": a missing part blocks the tiers that need it)."""
    parts = ctx.run.parts
    if ctx.run.scope != "part" or not parts:
        return verdict
    given = [p for p, (st, _) in parts.items() if st != "not_given"]
    missing = [p for p, (st, _) in parts.items() if st == "not_given"]
    if not given or not missing:
        return verdict
    return (f"{' and '.join(given)} checked alone: {verdict} for this part; a dataset also needs "
            f"{' and '.join(missing)} for Tier 1")


def verdict_line(ladder: list[tuple[int, str, list[str], str | None]], target_tier: int) -> str:
    """"Tier 1 met, Tier 2 not met: 3 rule(s) block it (a, b, c)": the met tiers, then the first tier not met
    and why. Never "tier 0": when nothing is met the verdict reads "Tier 1 not met"."""
    met = [t for t, st, _, _ in ladder if st == "met"]
    words = [f"Tier {met[-1]} met"] if met else []
    for t, st, blocking, why in ladder:
        if t > target_tier or st == "met":
            continue
        if blocking:
            shown = ", ".join(blocking[:3]) + (", ..." if len(blocking) > 3 else "")
            also = (why or "").split("; ", 1)[1] if "; " in (why or "") else ""
            words.append(f"Tier {t} not met: {len(blocking)} rule(s) block it ({shown})"
                         + (f"; {also}" if also else ""))
        elif st == "not_assessed":
            words.append(f"Tier {t} not assessed: {why}")
        else:
            words.append(f"Tier {t} not met: {why}")
        break
    return ", ".join(words)


def _spec_versions() -> dict[str, str | None]:
    """Versions declared in the schemas: the top-level ``version:`` line (parsing whole schemas costs seconds)."""
    import yaml

    out: dict[str, str | None] = {}
    for std in ("cdm", "dcat_ap", "minimum"):
        out[std] = None
        try:
            with open(schema_path(std), encoding="utf-8") as fh:
                for line in fh:
                    if line.startswith("version:"):
                        value = (yaml.safe_load(line) or {}).get("version")
                        out[std] = str(value) if value not in (None, "") else None
                        break
        except (OSError, yaml.YAMLError):
            pass
    return out


def _indicators(findings: list[Finding], target_tier: int, ctx: CheckContext) -> list[Any]:
    return evaluate(findings, target_tier, ctx)
