"""Run a check: split the input into parts, hand each to its engine, apply tiers and waivers, build the Report."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec import __version__
from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.report.model import (
    FAIL_ON,
    SEVERITY_RANK,
    Finding,
    Location,
    Report,
    Severity,
    SpecVersions,
    Summary,
    ToolInfo,
    finding_sort_key,
)
from eucaim_spec.validate.catalogue import DATASET_RULES, available_engines
from eucaim_spec.validate.cross_part import achieved_tier, cross_part_findings
from eucaim_spec.validate.engine import CheckContext

PARTS = (("metadata", "shacl"), ("imaging", "dicom"), ("clinical", "sql"))
_DATASET_RULE = {r.id: r for r in DATASET_RULES}


@dataclass(frozen=True)
class Waiver:
    rule_id: str
    reason: str
    focus: str | None = None

    def matches(self, f: Finding) -> bool:
        if f.rule_id != self.rule_id:
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
        out.append(Waiver(str(e["rule_id"]), str(e["reason"]), None if e.get("focus") is None else str(e["focus"])))
    return out


def _is_url(target: str) -> bool:
    return target.startswith(("http://", "https://"))


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
    order = ["shacl", "dicom", "sql"]
    if path.is_dir():
        # a folder is routed as its part (metadata/ RDF, imaging/ DICOM or NIfTI, clinical/ tables), else
        # DICOM first and tables before RDF when it holds any non-JSON table: a NIfTI's DICOM-JSON sidecar or
        # a one-object .json beside the clinical tables must not turn the folder into catalogue records
        from eucaim_spec.validate.tabular_input import TABULAR_SUFFIXES

        tables = any(f.suffix.lower() in TABULAR_SUFFIXES - {".json"} for f in path.iterdir())
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


def run_check(target: str, *, target_tier: int, options: dict[str, Any] | None = None, progress: bool = False,
              waivers: list[Waiver] | None = None, fail_on: str = "violation") -> tuple[Report, list[str]]:
    """Check ``target``; return the report and the notes (what was detected) for the text output."""
    engines = available_engines()
    db = str((options or {}).get("db") or "") or None
    steps, is_dataset = plan(target, engines, db)
    if target_tier >= 2 and "search" in engines:
        # Tier 2 = answers the federated search: its readiness reads the same clinical tables or database
        steps += [("search", p) for n, p in steps if n == "sql"]
    series_map = (options or {}).get("series_map")
    if series_map and "sql" in engines:
        # the series-description mapping is submitted data too: the sql engine checks it as a
        # SeriesDescriptionMapping table (schemas/minimum), the dicom engine applies it to SeriesDescription
        steps.append(("sql", Path(series_map)))
    root = Path(target) if target and not _is_url(target) and Path(target).is_dir() else None
    ctx = CheckContext(target_tier=target_tier, root=root, progress=progress, options=dict(options or {}))
    findings: list[Finding] = []
    if is_dataset:
        findings += _missing_parts(Path(target), ctx, skip=("clinical",) if db else ())
    for name, path in steps:
        eng = engines[name]
        in_db = db is not None and name == "sql" and path == db
        if not in_db and not _is_url(str(path)) and Path(path).is_dir() and not any(Path(path).iterdir()):
            continue  # an empty part is reported by _missing_parts
        ctx.shared.setdefault("engines_ran", set()).add(name)
        try:
            if in_db:
                # the engine reads ctx.options["db"]; the path only names where a dataset's tables would be
                findings += eng.check((root or Path(".")) / "clinical", ctx)
            else:
                findings += eng.check(path if _is_url(str(path)) else Path(path), ctx)
        except InputError as exc:
            if not is_dataset or in_db:
                raise  # an unreachable database ends the run (exit 3), it is never a finding
            rule = _DATASET_RULE["minimum.dataset.part_unreadable"]
            findings.append(rule.finding(target_tier=target_tier, message=exc.one_line(),
                                         location=Location(file=ctx.rel(exc.file))))
    from eucaim_spec.validate.suite import load_suite

    findings = [f for f in findings if f.tier <= target_tier]
    suite = load_suite()
    findings = suite.apply(findings, target_tier, ctx.options.get("deployment"))
    data_checked = bool(ctx.shared.get("engines_ran", set()) & {"sql", "dicom"})
    cross = [f for f in cross_part_findings(findings, ctx, data_checked) if f.tier <= target_tier]
    findings += suite.apply(cross, target_tier, ctx.options.get("deployment"))
    findings = _apply_waivers(findings, waivers or [])
    findings.sort(key=finding_sort_key)
    return build_report(findings, target_tier, fail_on, ctx), ctx.notes


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
            f = f.model_copy(update={"severity": Severity.waived.value, "message": f"{f.message} [waived: {w.reason}]"})
        out.append(f)
    return out


def build_report(findings: list[Finding], target_tier: int, fail_on: str, ctx: CheckContext) -> Report:
    from eucaim_spec import vocab

    counts = {k: 0 for k in SEVERITY_RANK}
    for f in findings:
        counts[str(f.severity)] += 1
    achieved = achieved_tier(findings, target_tier)
    threshold = FAIL_ON[fail_on]
    conforms = not any(SEVERITY_RANK[str(f.severity)] >= threshold for f in findings)
    try:
        onto_version = vocab.load().version
    except (OSError, ValueError):
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
    )


def _spec_versions() -> dict[str, str | None]:
    """Versions declared in the schemas: the top-level ``version:`` line (parsing whole schemas costs seconds)."""
    import yaml

    from eucaim_spec.schemaview import schema_path

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
    from eucaim_spec.validate.indicators import evaluate

    return evaluate(findings, target_tier, ctx)
