"""``eucaim check --quality``: the profile's quality dimensions and disclosure risk in the check's own report.

The tables of the checked target are profiled on DuckDB as ``eucaim profile`` does; validity, consistency and
integrity come from the check's own findings (no second check run). Each table gets one ``info`` finding per
quality dimension stating its measure (rule ids ``profile.<dimension>.measure``), the dataset one saying that
accuracy is not measured from files, and every threshold of ``validators/profile.yaml`` crossed is a
``warning`` (``profile.<dimension>.<what>``, as in the profile report). Findings quote no value of the data;
quality never blocks a tier (only violations do), it fails the run only with ``--fail-on warning`` or lower.
"""

from __future__ import annotations

from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.profile.run import profile
from eucaim_spec.profile.settings import ProfileSettings, load_settings
from eucaim_spec.report.model import FAIL_ON, SEVERITY_RANK, Finding, Location, Report, Severity, finding_sort_key
from eucaim_spec.validate.options import CheckOptions

STANDARD = "profile"
#: D5.8: the quality dimensions are addressed from Tier 2 on; the findings carry that tier
TIER = 2
_HINT = "`eucaim profile` on the same input gives every measure (per column, outliers, k distribution, DQV)."


def with_quality(report: Report, target: str, *, tier: int, options: CheckOptions, fail_on: str,
                 settings: ProfileSettings | None = None) -> tuple[Report, list[str]]:
    """``report`` with the quality findings added (summary and verdict recomputed); notes for the terminal."""
    if (not target and not options.db) or "://" in target:
        return report, ["quality: not measured (a URL or a Spark table is not profiled; give the files)"]
    s = settings or load_settings()
    try:
        p = profile(target, s, tier=tier, options=options, check_report=report)
    except InputError as exc:
        # a catalogue record alone, or tables the check already reported unreadable: nothing to measure
        return report, [f"quality: not measured ({exc.one_line()})"]
    added = measure_findings(p) + [_warning(w) for w in p["warnings"] if not w["id"].endswith(".check_findings")]
    return merged(report, added, fail_on), [f"quality: {len(p['tables'])} table(s) profiled"]


def merged(report: Report, added: list[Finding], fail_on: str) -> Report:
    """``report`` with ``added`` findings: counts and conformance recomputed (tiers unchanged: these findings are
    never violations)."""
    assert all(f.severity != Severity.violation for f in added)
    findings = sorted([*(report.findings or []), *added], key=finding_sort_key)
    counts = report.summary.model_dump()
    for f in added:
        counts[f.severity.value] += 1
    conforms = report.conforms and not any(SEVERITY_RANK[f.severity] >= FAIL_ON[fail_on] for f in added)
    return report.model_copy(update={"findings": findings, "conforms": conforms,
                                     "summary": report.summary.model_copy(update=counts)})


def _finding(rule: str, severity: Severity, message: str, file: str | None, column: str | None = None,
             count: int = 1) -> Finding:
    return Finding(rule_id=f"profile.{rule}", severity=severity, message=message, hint=_HINT, standard=STANDARD,
                   tier=TIER, count=max(int(count), 1),
                   location=Location(file=file, column=column) if file or column else None)


def _warning(w: dict[str, Any]) -> Finding:
    rule = w["id"].removeprefix("profile.")
    return _finding(rule, Severity.warning, w["message"], w["file"], w["column"], w["records"])


def _pct(share: float | None) -> str:
    return "n/a" if share is None else f"{share:.1%}"


def measure_findings(p: dict[str, Any]) -> list[Finding]:
    """One info finding per table and dimension with its measure, and accuracy as not measured."""
    info = Severity.info
    out = []
    for t in p["tables"]:
        f = t["file"]
        dims = t.get("dimensions") or {}
        by_check = {d: f"{v['findings']} finding(s) of this check over {v['records']} record(s)"
                    for d, v in dims.items()}
        c = t["completeness"]
        over = len(c["columns_over_threshold"])
        out.append(_finding("completeness.measure", info, f"completeness: {_pct(c['filled_share'])} of the values "
                            f"filled over {len(t['columns'])} column(s) and {t['rows']} row(s); {over} column(s) "
                            f"over the missing-value threshold; {by_check['completeness']}", f))
        u = t["uniqueness"]
        ident = (f"{u.get('duplicate_entities', 0)} identifier(s) occurring more than once"
                 if u.get("identifier") else "no identifier column")
        out.append(_finding("uniqueness.measure", info, f"uniqueness: {ident}, {u.get('near_duplicate_groups', 0)} "
                            f"group(s) of near-duplicate rows; {by_check['uniqueness']}", f, u.get("identifier")))
        valid = [col["valid_share"] for col in t["columns"] if col.get("valid_share") is not None]
        lowest = f"; lowest share of valid values in a column {_pct(min(valid))}" if valid else ""
        out.append(_finding("validity.measure", info, f"validity: {by_check['validity']}{lowest}", f))
        for dim in ("consistency", "integrity"):
            out.append(_finding(f"{dim}.measure", info, f"{dim}: {by_check[dim]}", f))
        d = t["disclosure"]
        if d.get("quasi_identifiers") and d.get("records"):
            out.append(_finding("disclosure.measure", info, f"disclosure risk: k = {d['k']} over "
                                f"{', '.join(d['quasi_identifiers'])}; {_pct(d['share_below_k'])} of the records in "
                                f"classes smaller than {d['k_threshold']}", f))
    if p["tables"]:
        out.append(_finding("accuracy.not_measured", info, "accuracy (values matching reality) is not measured: it "
                            "needs the source records, which the files do not carry", None))
    return out
