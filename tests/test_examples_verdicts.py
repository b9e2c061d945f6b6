"""Issue 14: each shipped example's expected verdict, through `eucaim check` (scripts/make_example_dataset.py
writes both examples; MISTAKES there names the rule each mistake of the failing one must trip)."""

from __future__ import annotations

import importlib.util
import json

from tests.conftest import REPO, run_cli


def _mistakes() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("make_example", REPO / "scripts" / "make_example_dataset.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.MISTAKES)


def _check(name: str, tier: int = 1) -> tuple[int, dict]:
    code, out, _ = run_cli(["check", str(REPO / "examples" / name), "--tier", str(tier), "--format", "json",
                            "--no-progress"])
    return code, json.loads(out)


def test_tier1_example_meets_tier_1_with_no_finding_at_all():
    """A complete record (every recommended property) and a complete minimum table: not even a warning."""
    code, report = _check("tier1-dataset")
    assert code == 0 and report["conforms"] is True and report["verdict"] == "Tier 1 met"
    assert report["summary"] == {"violation": 0, "warning": 0, "info": 0, "waived": 0} and not report["findings"]
    assert [t["status"] for t in report["tiers"]] == ["met", "not_targeted", "not_targeted"]


def test_failing_example_fails_tier_1_with_its_typical_mistakes():
    code, report = _check("tier1-failing")
    violations = {f["rule_id"] for f in report["findings"] if f["severity"] == "violation"}
    # each mistake is caught, and the record's declared Tier 1 is then reported as not met
    assert violations == set(_mistakes()) | {"dcat_ap.dataset.interoperability_level.not_met"}
    assert code == 1 and report["achieved_tier"] == 0
    assert report["tiers"][0]["blocking_rules"] == sorted(violations)
    assert report["verdict"].startswith("Tier 1 not met: 5 rule(s) block it (")
    status = {i["id"]: i["status"] for i in report["indicators"]}
    assert status["T1-1"] == status["T1-2"] == status["T1-3"] == "fail" and status["T1-6"] == "pass"
