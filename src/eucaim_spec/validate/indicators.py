"""Tier requirements and FAIR indicators as report entries, decided by the rules behind them.

A requirement or indicator fails when a violation of one of its rules was found, passes when an engine that
owns its rules ran and found none, and is not assessed when no such engine ran (or it is not checkable).
The tier -> indicator profile is a project decision documented in schemas/fair/data/profile.yaml.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import yaml

from eucaim_spec import yaml_io
from eucaim_spec.errors import SpecError
from eucaim_spec.paths import spec_root
from eucaim_spec.report.model import Finding, IndicatorResult, IndicatorStatus, Severity
from eucaim_spec.validate.catalogue import all_rules
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.suite import load_suite, pattern_matches, patterns_regex


@cache
def _load(rel: str) -> dict[str, Any]:
    path = spec_root() / rel
    try:
        return yaml_io.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"cannot read FAIR data: {exc}") from exc


def _rule_ran(rule: Any, ran: set[str], ctx: CheckContext) -> bool:
    """Whether ``rule`` could have run in this run: its engine ran AND the part its standard reads was
    checked. The sql engine running on a minimum table does not run a cdm.* rule, so engine-level evidence
    alone would call a CDM requirement "pass" with no CDM table given."""
    if rule.engine not in ran and rule.engine != "check":
        return False
    if not load_suite().applies(rule.id, rule.tier, ctx.target_tier):
        return False
    parts = ctx.run.parts
    std = rule.id.split(".")[0]
    if std == "cdm":
        return bool(ctx.facts.cdm_tables)
    if std == "search":
        return ctx.facts.search_read
    if std == "dcat_ap":
        return not parts or parts.get("metadata", ("",))[0] == "checked"
    if std == "minimum" and rule.engine == "sql":
        return not parts or "checked" in (parts.get("clinical", ("",))[0], parts.get("imaging", ("",))[0])
    if rule.engine == "check":
        return ctx.run.scope == "dataset" or rule.id.startswith("dcat_ap.")
    return True


def _status(patterns: list[str], checkable: bool, findings: list[Finding], ran: set[str],
            ctx: CheckContext) -> tuple[IndicatorStatus, str]:
    """(status, why). pass only when at least one rule behind it ran and none gave a violation."""
    if not checkable:
        return IndicatorStatus.not_assessed, "needs evidence outside the files (not checkable by this tool)"
    if not patterns:
        return IndicatorStatus.not_assessed, "no rule evidences it"
    violated = {f.rule_id for f in findings if f.severity == Severity.violation}
    failed = sorted(r for r in violated if any(pattern_matches(p, r) for p in patterns))
    for part, (state, _) in ctx.run.parts.items():
        # a requirement that asks for a part (its rules include the part's presence rule) fails when the part
        # was given but not recognised or not readable: present is not the same as checked
        if _part_fails(part, state, patterns, findings, ctx):
            return IndicatorStatus.fail, f"part {part} {state.replace('_', ' ')}" + (
                f"; {len(failed)} rule(s) give a violation" if failed else "")
    if failed:
        shown = ", ".join(failed[:3]) + (", ..." if len(failed) > 3 else "")
        return IndicatorStatus.fail, f"{len(failed)} rule(s) give a violation: {shown}"
    rules = _rules_matching(tuple(patterns))
    ran_rules = [r for r in rules if _rule_ran(r, ran, ctx)]
    if ran_rules:
        return IndicatorStatus.pass_, f"{len(ran_rules)} of its {len(rules)} rule(s) ran, no violation"
    engines = sorted({r.engine for r in rules})
    return IndicatorStatus.not_assessed, (f"none of its {len(rules)} rule(s) ran (they need "
                                          f"{', '.join(_NEEDS.get(r, r) for r in engines)})")


def _part_fails(part: str, state: str, patterns: list[str], findings: list[Finding], ctx: CheckContext) -> bool:
    """Whether a requirement asking for ``part`` fails on the part's state: given but not recognised or not
    readable; or, in a dataset directory, not given at all -- unless its presence finding was waived (T1-5: an
    accepted image-only dataset is recorded with a waiver of minimum.dataset.clinical_missing), or the
    deployment does not need the part (on premises, the clinical data stay at the site)."""
    presence = f"minimum.dataset.{part}_missing"
    if not any(pattern_matches(p, presence) for p in patterns):
        return False
    if state in ("not_recognised", "unreadable"):
        return True
    if state != "not_given" or ctx.run.scope != "dataset":
        return False
    if part == "clinical" and ctx.options.deployment == "on_premises":
        return False
    return not any(f.rule_id == presence and f.severity == Severity.waived for f in findings)


@cache
def _rules_matching(patterns: tuple[str, ...]) -> tuple[Rule, ...]:
    """The catalogue's rules any of ``patterns`` matches, in catalogue order (a per-process invariant: the
    catalogue is fixed, so each requirement's rules are looked up once rather than once per report)."""
    match = patterns_regex(patterns).fullmatch
    return tuple(r for r in all_rules() if match(r.id))


#: What each engine's rules need from the input, for the "not assessed" reason.
_NEEDS = {"sql": "clinical or CDM tables", "shacl": "a catalogue record", "dicom": "a DICOM tree",
          "search": "CDM search tables", "check": "a dataset directory"}


def _titles() -> dict[str, str]:
    """Indicator id -> its description (schemas/fair/data/indicators.yaml)."""
    fair = load_suite().fair
    cat = _load(fair.get("indicators", "schemas/fair/data/indicators.yaml")).get("indicators_catalogue", [])
    return {str(i["id"]): " ".join(str(i.get("description", "")).split()) for i in cat}


def evaluate(findings: list[Finding], target_tier: int, ctx: CheckContext) -> list[IndicatorResult]:
    """Requirements (T1-1 ...) and the profile's indicators of tiers 1..target, in file order."""
    fair = load_suite().fair
    ran = set(ctx.run.engines_ran)
    titles = _titles()
    out: list[IndicatorResult] = []
    for req in _load(fair["requirements"]).get("tier_requirements", []):
        if int(req["tier"]) <= target_tier:
            rules = [str(r) for r in req.get("rules") or []]
            status, why = _status(rules, bool(req.get("checkable", True)), findings, ran, ctx)
            out.append(IndicatorResult(id=str(req["id"]), tier=int(req["tier"]), rules=rules, status=status,
                                       title=" ".join(str(req.get("requirement", "")).split()) or None,
                                       reason=why))
    for prof in _load(fair["profile"]).get("tier_profiles", []):
        tier = int(prof["tier"])
        if tier > target_tier:
            continue
        for a in prof.get("indicators") or []:
            rules = [str(r) for r in a.get("rules") or []]
            status, why = _status(rules, bool(a.get("checkable", True)), findings, ran, ctx)
            out.append(IndicatorResult(id=str(a["indicator"]), tier=tier, rules=rules, status=status,
                                       title=titles.get(str(a["indicator"])) or None, reason=why))
    return out
