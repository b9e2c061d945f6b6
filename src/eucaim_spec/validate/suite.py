"""The tier suite (validators/tiers.yaml): which rules run at a target tier and their severity there.

The one place that decides it: engines ask ``applies`` before running a rule and emit findings at the rule's
base severity (its engine suite's or its obligation's); the orchestrator's ``apply`` drops findings of rules
that do not run and sets each tier's severity; ``eucaim rules``, the docs and the service show
``tier_severities``. No other code compares a rule's tier with the target tier (tests/test_tier_policy.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

import yaml

from eucaim_spec import yaml_io
from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir
from eucaim_spec.report.model import Finding, Severity

SEVERITIES = (Severity.violation, Severity.warning, Severity.info)


def pattern_matches(pattern: str, rule_id: str) -> bool:
    """Dot-part match: ``*`` is one whole part; a trailing ``*`` stands for one or more remaining parts."""
    return _pattern_regex(pattern).fullmatch(rule_id) is not None


@lru_cache(maxsize=1024)
def patterns_regex(patterns: tuple[str, ...]) -> re.Pattern[str]:
    """One compiled expression whose ``fullmatch`` says whether any of ``patterns`` matches a rule id (what
    ``pattern_matches`` says of each pattern), for matching many ids against one set of patterns."""
    if not patterns:
        return re.compile(r"(?!)")
    return re.compile("|".join(f"(?:{_pattern_regex(p).pattern})" for p in patterns))


@lru_cache(maxsize=4096)
def _pattern_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` as one compiled regular expression (matching it part by part in Python cost ~1 s a run over
    the FAIR indicators' patterns times the rule catalogue)."""
    parts = pattern.split(".")
    out = [r"[^.]*" if p == "*" else re.escape(p) for p in parts[:-1]]
    out.append(r"[^.]*(?:\.[^.]*)*" if parts[-1] == "*" else re.escape(parts[-1]))
    return re.compile(r"\.".join(out))


def _specificity(pattern: str) -> tuple[int, int]:
    literal = [p for p in pattern.split(".") if p != "*"]
    prefix = 0
    for p in pattern.split("."):
        if p == "*":
            break
        prefix += len(p) + 1
    return (len(literal), prefix)


@dataclass(frozen=True)
class TierSuite:
    run: dict[int, tuple[str, ...]]
    severity: dict[int, dict[str, str]]
    deployments: dict[str, dict[str, str]]
    default_deployment: str
    fair: dict[str, str]
    #: rule-id pattern -> percent of failing rows below which a violation becomes a warning (empty: strict)
    thresholds: dict[str, float] = field(default_factory=dict)

    def threshold_for(self, rule_id: str, extra: dict[str, float] | None = None) -> tuple[str, float] | None:
        """(pattern, percent) of the most specific threshold matching ``rule_id`` (``extra`` wins ties)."""
        merged = {**self.thresholds, **(extra or {})}
        matching = [p for p in merged if pattern_matches(p, rule_id)]
        if not matching:
            return None
        best = max(matching, key=_specificity)
        return best, merged[best]

    def runs(self, rule_id: str, target_tier: int) -> bool:
        """The rule id is in the run list of a tier <= ``target_tier``."""
        return any(pattern_matches(p, rule_id) for t in range(1, target_tier + 1) for p in self.run.get(t, ()))

    def applies(self, rule_id: str, rule_tier: int, target_tier: int) -> bool:
        """A rule (or a finding of it) counts at ``target_tier``: its own tier is reached and the suite runs it."""
        return rule_tier <= target_tier and self.runs(rule_id, target_tier)

    def tier_severities(self, rule_id: str, rule_tier: int, base: str) -> dict[int, str]:
        """Severity per target tier at which the rule runs, for the default deployment (docs)."""
        return {t: self.severity_for(rule_id, t, base) for t in (1, 2, 3) if self.applies(rule_id, rule_tier, t)}

    def severity_overrides(self, rule_id: str, rule_tier: int, base: str) -> dict[int, str]:
        """The tiers at which the rule's severity differs from its base severity (``eucaim rules``, the service)."""
        return {t: s for t, s in self.tier_severities(rule_id, rule_tier, base).items() if s != base}

    def severity_for(self, rule_id: str, target_tier: int, current: str, deployment: str | None = None) -> str:
        chosen = current
        for tier in range(1, target_tier + 1):
            matching = [p for p in self.severity.get(tier, {}) if pattern_matches(p, rule_id)]
            if matching:
                chosen = self.severity[tier][max(matching, key=_specificity)]
        dep = self.deployments.get(deployment or self.default_deployment, {})
        matching = [p for p in dep if pattern_matches(p, rule_id)]
        if matching:
            lowered = dep[max(matching, key=_specificity)]
            if SEVERITIES.index(lowered) > SEVERITIES.index(chosen) if chosen in SEVERITIES else False:
                chosen = lowered
        return chosen

    def apply(self, findings: list[Finding], target_tier: int, deployment: str | None = None,
              requested: tuple[str, ...] = ()) -> list[Finding]:
        """Drop findings of rules the suite does not run at this tier; set the tier's severity. Findings of the
        ``requested`` patterns (rules asked for by an option, ``--quality``) are kept below the tier that runs
        them, at the severity of the first tier that does."""
        out = []
        for f in findings:
            tier = target_tier
            if not self.applies(f.rule_id, f.tier, target_tier):
                asked = any(pattern_matches(p, f.rule_id) for p in requested)
                first = next((t for t in range(target_tier + 1, 4) if asked and self.applies(f.rule_id, f.tier, t)),
                             None)
                if first is None:
                    continue
                tier = first
            if f.severity != Severity.waived:
                new = Severity(self.severity_for(f.rule_id, tier, f.severity, deployment))
                if new != f.severity:
                    f = f.model_copy(update={"severity": new})
            out.append(f)
        return out


@cache
def load_suite() -> TierSuite:
    path = validators_dir() / "tiers.yaml"
    try:
        data: dict[str, Any] = yaml_io.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"cannot read the tier suite: {exc}") from exc
    try:
        tiers = data["tiers"]
        run = {int(t): tuple(v.get("run") or ()) for t, v in tiers.items()}
        severity = {int(t): {str(k): str(s) for k, s in (v.get("severity") or {}).items()} for t, v in tiers.items()}
        deps = data.get("deployments") or {}
        default = str(deps.get("default", "reference_node"))
        deployments = {str(k): {str(p): str(s) for p, s in (v.get("severity") or {}).items()}
                       for k, v in deps.items() if isinstance(v, dict)}
    except (KeyError, AttributeError, TypeError, ValueError) as exc:
        raise SpecError(str(path), f"malformed tier suite: {exc}") from exc
    for sev_map in list(severity.values()) + list(deployments.values()):
        bad = [s for s in sev_map.values() if s not in SEVERITIES]
        if bad:
            raise SpecError(str(path), f"unknown severity {bad[0]!r}")
    thresholds = parse_thresholds(data.get("thresholds"), str(path))
    return TierSuite(run, severity, deployments, default, dict(data.get("fair") or {}), thresholds)


def parse_thresholds(data: Any, source: str) -> dict[str, float]:
    """{pattern: percent} checked: a mapping of rule-id patterns to numbers from 0 to 100 (exit 4 otherwise)."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise SpecError(source, "thresholds must be a mapping {rule-id pattern: percent}")
    out: dict[str, float] = {}
    for pattern, pct in data.items():
        if isinstance(pct, bool) or not isinstance(pct, (int, float)) or not 0 <= pct <= 100:
            raise SpecError(source, "a threshold is a percent from 0 to 100", str(pattern))
        out[str(pattern)] = float(pct)
    return out
