"""``--baseline previous.json``: mark each finding new or unchanged against a previous JSON report, and list
the previous findings that are gone (fixed), so CI can adopt the checker on a dataset that is not yet clean.

A finding is "the same" when its rule id and place (file, table, column, node, path, tag) are: the row is
left out because rows shift when data are added, and the count because fixing half of a column's rows is
progress on the same finding, not a new one.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.report.model import SEVERITY_RANK, BaselineStatus, BaselineSummary, Finding, Report

_PLACE = ("file", "table", "column", "node", "path", "tag")


def _key(rule_id: str, location: dict[str, Any] | None) -> tuple[str, ...]:
    loc = location or {}
    return (rule_id, *(str(loc.get(k) or "") for k in _PLACE))


def load_baseline(path: Path) -> list[Finding]:
    """The findings of a previous JSON report of `eucaim check` (exit 3 when it is not one)."""
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(str(path), "baseline report cannot be read", type(exc).__name__) from None
    except json.JSONDecodeError as exc:
        raise InputError(str(path), "baseline report is not JSON", f"line {exc.lineno} column {exc.colno}") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("findings"), list):
        raise InputError(str(path), "baseline is not a JSON report of eucaim check (no findings list)")
    out = []
    for i, f in enumerate(doc["findings"], 1):
        try:
            f = {k: v for k, v in f.items() if k != "baseline"}
            out.append(Finding(**f))
        except (TypeError, ValueError):
            raise InputError(str(path), "baseline finding is not a report finding", f"finding {i}") from None
    return out


def compare(report: Report, previous: list[Finding], label: str) -> Report:
    """``report`` with each finding marked new/unchanged and a BaselineSummary (fixed = previous keys gone)."""
    before = {_key(f.rule_id, _loc(f)) for f in previous}
    findings = [f.model_copy(update={"baseline": BaselineStatus.unchanged if _key(f.rule_id, _loc(f)) in before
                                     else BaselineStatus.new})
                for f in report.findings or []]
    now = {_key(f.rule_id, _loc(f)) for f in findings}
    fixed = [f for f in previous if _key(f.rule_id, _loc(f)) not in now]
    summary = BaselineSummary(file=label, new=sum(1 for f in findings if f.baseline == BaselineStatus.new),
                              unchanged=sum(1 for f in findings if f.baseline == BaselineStatus.unchanged),
                              fixed=len(fixed), fixed_findings=fixed or None)
    return report.model_copy(update={"findings": findings, "baseline": summary})


def _loc(f: Finding) -> dict[str, Any] | None:
    return None if f.location is None else f.location.model_dump(exclude_none=True)


def fails_on_new(report: Report, threshold: int) -> bool:
    """True when a finding new against the baseline is at or above the fail-on rank."""
    return any(f.baseline == BaselineStatus.new and SEVERITY_RANK[f.severity] >= threshold
               for f in report.findings or [])
