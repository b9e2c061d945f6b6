"""The typed result model. Classes are generated from schemas/report/report.yaml; this module adds order."""

from __future__ import annotations

from eucaim_spec.models.report import (
    BaselineStatus,
    BaselineSummary,
    Finding,
    IndicatorResult,
    IndicatorStatus,
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
    WaiverResult,
    WaiverStatus,
)

__all__ = [
    "FAIL_ON",
    "SEVERITY_RANK",
    "BaselineStatus",
    "BaselineSummary",
    "Finding",
    "IndicatorResult",
    "IndicatorStatus",
    "Location",
    "PartResult",
    "PartStatus",
    "Report",
    "Severity",
    "SpecVersions",
    "Summary",
    "TierResult",
    "TierStatus",
    "ToolInfo",
    "WaiverResult",
    "WaiverStatus",
    "finding_sort_key",
]

#: Higher is worse. ``waived`` ranks lowest: it never fails a run.
SEVERITY_RANK: dict[Severity, int] = {Severity.violation: 3, Severity.warning: 2, Severity.info: 1, Severity.waived: 0}

#: ``--fail-on`` choices and the lowest rank that fails the run (``never`` fails nothing).
FAIL_ON: dict[str, int] = {s.value: SEVERITY_RANK[s] for s in (Severity.violation, Severity.warning, Severity.info)} \
    | {"never": 99}


def finding_sort_key(f: Finding) -> tuple[int, str, str]:
    """Stable report order: worst first, then rule id, then location."""
    loc = f.location
    where = ""
    if loc is not None:
        where = "|".join(str(v) for v in (loc.file, loc.table, loc.node, loc.path, loc.tag, loc.column) if v)
        where += f"|{loc.row:012d}" if loc.row is not None else ""
    return (-SEVERITY_RANK[f.severity], f.rule_id, where)
