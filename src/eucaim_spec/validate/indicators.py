"""Tier requirements and FAIR indicators as report entries, decided by the rules behind them.

A requirement or indicator fails when a violation of one of its rules was found, passes when an engine that
owns its rules ran and found none, and is not assessed when no such engine ran (or it is not checkable).
The tier -> indicator profile is a project decision documented in schemas/fair/data/profile.yaml.
"""

from __future__ import annotations

import json
import os
from functools import cache
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import ARTIFACTS_DIR, spec_root
from eucaim_spec.report.model import Finding, IndicatorResult, IndicatorStatus, Severity
from eucaim_spec.validate.catalogue import all_rules
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.suite import load_suite, pattern_matches, patterns_regex

#: The requirements and indicators a report lists, compiled by ``eucaim generate`` (recipe ``fair_plan``) from the
#: FAIR data and the rule catalogue, so a check reads one JSON file instead of three YAML files and matching
#: every rule-id pattern against the catalogue (``generate --check`` keeps it equal to ``compile_plan()``).
PLAN_ARTIFACT = ARTIFACTS_DIR / "rules" / "fair_plan.json"


def _load(rel: str) -> dict[str, Any]:
    import yaml  # deferred: a check reads the compiled plan

    from eucaim_spec import yaml_io  # deferred with yaml: only when compiling from the sources

    path = spec_root() / rel
    try:
        return yaml_io.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"cannot read FAIR data: {exc}") from exc


def compile_plan(rule_ids: list[str] | None = None) -> dict[str, Any]:
    """The report's tier requirements and profile indicators from the FAIR data, in file order: each with its
    id, tier, title, rule-id patterns, whether it is checkable, and the ids of the rules its patterns match (of
    ``rule_ids`` in their order; default: the rule catalogue's)."""
    fair = load_suite().fair
    titles = _titles(_load(fair.get("indicators", "schemas/fair/data/indicators.yaml")))
    ids = [r.id for r in all_rules()] if rule_ids is None else rule_ids

    def entry(id_: str, tier: int, title: str | None, item: dict[str, Any]) -> dict[str, Any]:
        rules = [str(r) for r in item.get("rules") or []]
        match = patterns_regex(tuple(rules)).fullmatch
        return {"id": id_, "tier": tier, "title": title, "rules": rules, "checkable": bool(item.get("checkable", True)),
                "rule_ids": [i for i in ids if match(i)]}

    requirements = [entry(str(req["id"]), int(req["tier"]), " ".join(str(req.get("requirement", "")).split()) or None,
                          req) for req in _load(fair["requirements"]).get("tier_requirements", [])]
    indicators = [entry(str(a["indicator"]), int(prof["tier"]), titles.get(str(a["indicator"])) or None, a)
                  for prof in _load(fair["profile"]).get("tier_profiles", []) for a in prof.get("indicators") or []]
    return {"requirements": requirements, "indicators": indicators}


def render_plan(plan: dict[str, Any]) -> bytes:
    """The plan artifact's text: one requirement or indicator a line, so a diff shows exactly which changed."""
    lines = ['{"_comment": "generated from schemas/fair/data/ and the rule catalogue by fair_plan (eucaim generate); '
             'do not edit",']
    for key in ("requirements", "indicators"):
        items = [json.dumps(e, ensure_ascii=False, sort_keys=True) for e in plan[key]]
        lines.append(f' "{key}": [')
        lines += [f"  {item}{',' if i < len(items) - 1 else ''}" for i, item in enumerate(items)]
        lines.append(" ]," if key == "requirements" else " ]")
    lines.append("}")
    return ("\n".join(lines) + "\n").encode()


@cache
def load_plan() -> dict[str, Any]:
    """The compiled plan (PLAN_ARTIFACT), else compiled from the sources; always compiled when
    ``EUCAIM_SPEC_ROOT`` points at another copy of the sources, which the packaged artifact does not describe."""
    if not PLAN_ARTIFACT.is_file() or os.environ.get("EUCAIM_SPEC_ROOT"):
        return compile_plan()
    try:
        plan: dict[str, Any] = json.loads(PLAN_ARTIFACT.read_text(encoding="utf-8"))
        plan.pop("_comment", None)
        return plan
    except (OSError, ValueError) as exc:
        raise SpecError(str(PLAN_ARTIFACT), f"unreadable FAIR plan: {exc}") from exc


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


def _status(patterns: list[str], checkable: bool, rules: list[Rule], findings: list[Finding], ran: set[str],
            ctx: CheckContext) -> tuple[IndicatorStatus, str]:
    """(status, why). pass only when at least one rule behind it ran and none gave a violation; ``rules`` are
    the catalogue's rules ``patterns`` match."""
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


#: What each engine's rules need from the input, for the "not assessed" reason.
_NEEDS = {"sql": "clinical or CDM tables", "shacl": "a catalogue record", "dicom": "a DICOM tree",
          "search": "CDM search tables", "check": "a dataset directory"}


def _titles(data: dict[str, Any]) -> dict[str, str]:
    """Indicator id -> its description (schemas/fair/data/indicators.yaml)."""
    cat = data.get("indicators_catalogue", [])
    return {str(i["id"]): " ".join(str(i.get("description", "")).split()) for i in cat}


def evaluate(findings: list[Finding], target_tier: int, ctx: CheckContext) -> list[IndicatorResult]:
    """Requirements (T1-1 ...) and the profile's indicators of tiers 1..target, in file order."""
    plan = load_plan()
    ran = set(ctx.run.engines_ran)
    by_id = {r.id: r for r in all_rules()}
    out: list[IndicatorResult] = []
    for e in (*plan["requirements"], *plan["indicators"]):
        if e["tier"] > target_tier:
            continue
        rules = [by_id[i] for i in e["rule_ids"] if i in by_id]
        status, why = _status(e["rules"], e["checkable"], rules, findings, ran, ctx)
        out.append(IndicatorResult(id=e["id"], tier=e["tier"], rules=list(e["rules"]), status=status,
                                   title=e["title"], reason=why))
    return out
