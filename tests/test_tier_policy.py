"""One tier policy: validators/tiers.yaml (through validate/suite.py) alone decides whether a rule runs at a
target tier and with which severity; engine suites give a rule's lowest tier and base severity only."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import yaml

from eucaim_spec.validate.catalogue import all_rules
from eucaim_spec.validate.suite import load_suite
from tests.conftest import REPO, run_cli

SRC = REPO / "src" / "eucaim_spec"
#: the one module allowed to compare a rule's (or finding's) tier with a target tier
POLICY = SRC / "validate" / "suite.py"


def _tier_comparisons(path: Path) -> list[str]:
    """Places in ``path`` ordering or equating a ``.tier`` attribute (of a rule or finding) with another tier
    (``f.tier <= target_tier``); checks against None or a literal set of tiers are not tier decisions."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    ordering = (ast.Lt, ast.LtE, ast.Gt, ast.GtE, ast.Eq, ast.NotEq)
    for node in ast.walk(tree):
        if isinstance(node, ast.Compare) and any(isinstance(op, ordering) for op in node.ops):
            operands = [node.left, *node.comparators]
            if any(isinstance(o, ast.Attribute) and o.attr == "tier" for o in operands) and not any(
                    isinstance(o, ast.Constant) and o.value is None for o in operands):
                out.append(f"{path.relative_to(REPO)}:{node.lineno}")
    return out


def test_no_code_but_the_suite_compares_a_rule_tier() -> None:
    found = [place for p in sorted(SRC.rglob("*.py")) if p != POLICY and "models" not in p.parts
             for place in _tier_comparisons(p)]
    assert found == []


def test_no_engine_suite_or_schema_sets_a_severity_per_tier() -> None:
    offenders = []
    for p in [*sorted((REPO / "validators").glob("*.yaml")), *sorted((REPO / "schemas").rglob("*.yaml"))]:
        if p.name == "tiers.yaml":
            continue
        text = p.read_text(encoding="utf-8")
        if "severity_by_tier" in text or "tier_severity" in text:
            offenders.append(str(p.relative_to(REPO)))
    assert offenders == []


def test_rules_and_reports_show_the_suites_severities() -> None:
    """``eucaim rules`` states per rule the tiers whose severity differs from the base one, exactly as the suite
    decides; a check at tier 3 then reports that severity (dicom.seg.* from warning to violation)."""
    suite = load_suite()
    code, out, _ = run_cli(["rules", "--format", "json"])
    assert code == 0
    listed = {r["id"]: r for r in json.loads(out)}
    assert len(listed) == len(all_rules())
    for rule in all_rules():
        want = {str(t): s for t, s in suite.severity_overrides(rule.id, rule.tier, rule.severity.value).items()}
        assert listed[rule.id]["tier_severity"] == want, rule.id
    assert listed["dicom.seg.segment_label"]["tier_severity"] == {"3": "violation"}
    assert listed["minimum.etl.header"]["tier_severity"] == {"1": "info", "2": "warning"}


def test_rules_at_a_tier_are_those_the_suite_runs() -> None:
    suite = load_suite()
    for tier in (1, 2, 3):
        code, out, _ = run_cli(["rules", "--tier", str(tier), "--format", "json"])
        assert code == 0
        ids = {r["id"] for r in json.loads(out)}
        assert ids == {r.id for r in all_rules() if suite.applies(r.id, r.tier, tier)}, tier
    # cdm.* rules start at tier 3 except the five search-key columns the tier-2 run list names
    two = {r["id"] for r in json.loads(run_cli(["rules", "--tier", "2", "--format", "json"])[1])}
    assert any(i.startswith("cdm.patient.patient_birth_sex.") for i in two)
    assert not any(i.startswith("cdm.patient.patient_birth_date.") for i in two)


def test_tiers_yaml_patterns_all_match_a_rule() -> None:
    data = yaml.safe_load((REPO / "validators" / "tiers.yaml").read_text(encoding="utf-8"))
    from eucaim_spec.validate.suite import pattern_matches

    ids = [r.id for r in all_rules()]
    patterns = [p for t in data["tiers"].values() for p in [*(t.get("run") or []), *(t.get("severity") or {})]]
    assert [p for p in patterns if not any(pattern_matches(p, i) for i in ids)] == []
