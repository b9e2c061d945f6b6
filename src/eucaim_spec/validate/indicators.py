"""Tier requirements and FAIR indicators as report entries, decided by the rules behind them.

A requirement or indicator fails when a violation of one of its rules was found, passes when an engine that
owns its rules ran and found none, and is not assessed when no such engine ran (or it is not checkable).
The tier -> indicator profile is a project decision documented in schemas/fair/data/profile.yaml.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import spec_root
from eucaim_spec.report.model import Finding, IndicatorResult, IndicatorStatus
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.suite import load_suite, pattern_matches


@cache
def _load(rel: str) -> dict[str, Any]:
    path = spec_root() / rel
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"cannot read FAIR data: {exc}") from exc


def _status(patterns: list[str], checkable: bool, findings: list[Finding], ran: set[str]) -> IndicatorStatus:
    if not checkable or not patterns:
        return IndicatorStatus.not_assessed
    if any(str(f.severity) == "violation" and any(pattern_matches(p, f.rule_id) for p in patterns)
           for f in findings):
        return IndicatorStatus.fail
    from eucaim_spec.validate.catalogue import all_rules

    engines = {r.engine for r in all_rules() if any(pattern_matches(p, r.id) for p in patterns)}
    return IndicatorStatus.pass_ if engines & ran else IndicatorStatus.not_assessed


def evaluate(findings: list[Finding], target_tier: int, ctx: CheckContext) -> list[IndicatorResult]:
    """Requirements (T1-1 ...) and the profile's indicators of tiers 1..target, in file order."""
    fair = load_suite().fair
    ran: set[str] = set(ctx.shared.get("engines_ran", ()))
    out: list[IndicatorResult] = []
    for req in _load(fair["requirements"]).get("tier_requirements", []):
        if int(req["tier"]) <= target_tier:
            rules = [str(r) for r in req.get("rules") or []]
            out.append(IndicatorResult(id=str(req["id"]), tier=int(req["tier"]), rules=rules,
                                       status=_status(rules, bool(req.get("checkable", True)), findings, ran)))
    for prof in _load(fair["profile"]).get("tier_profiles", []):
        tier = int(prof["tier"])
        if tier > target_tier:
            continue
        for a in prof.get("indicators") or []:
            rules = [str(r) for r in a.get("rules") or []]
            out.append(IndicatorResult(id=str(a["indicator"]), tier=tier, rules=rules,
                                       status=_status(rules, bool(a.get("checkable", True)), findings, ran)))
    return out
