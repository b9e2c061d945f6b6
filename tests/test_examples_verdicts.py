"""Issue 14: each shipped example's expected verdict, through `eucaim check` (scripts/make_example_dataset.py
writes them all; MISTAKES there names the rule each mistake of the failing one must trip)."""

from __future__ import annotations

import importlib.util
import json
import shutil

import pytest

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


@pytest.mark.parametrize("tier", [2, 3])
def test_tier_example_meets_its_tier_with_no_finding_at_all(tier):
    """metadata + minimum clinical table + CDM tables + DICOM: the tier the record declares is met, every tier
    on the way evidenced (CDM tables read, search readiness run), not even an info; the only indicators left
    not assessed are those that need evidence outside the files."""
    code, report = _check(f"tier{tier}-dataset", tier)
    assert code == 0 and report["conforms"] is True and report["achieved_tier"] == tier
    assert report["verdict"] == f"Tier {tier} met"
    assert report["summary"] == {"violation": 0, "warning": 0, "info": 0, "waived": 0} and not report["findings"]
    assert [t["status"] for t in report["tiers"]] == ["met"] * tier + ["not_targeted"] * (3 - tier)
    assert [(p["part"], p["status"]) for p in report["parts"]] == [
        ("metadata", "checked"), ("clinical", "checked"), ("imaging", "checked")]
    status = {i["id"]: i for i in report["indicators"]}
    assert status["T2-1"]["status"] == status["T2-2"]["status"] == "pass"
    if tier == 3:
        assert status["T3-2"]["status"] == "pass"
    left = {i: s["reason"] for i, s in status.items() if s["status"] != "pass"}
    assert left and all("outside the files" in r for r in left.values()), left
    # the quality step ran (Tier 2 on): ten patients, ages in 10-year bands, every class over the declared
    # quasi-identifiers of 5 -- k-anonymous at k = 5, so no disclosure warning; its measures are the report's
    measured = {(m["file"], m["metric"]): m["value"] for m in report["quality"]}
    minimum = "clinical/4fcdd34b95f8eed2a3d07291e4c2173e_minimum_clinical.csv"
    assert measured[(minimum, "kAnonymity")] == 5 and measured[(minimum, "shareBelowK")] == 0
    assert measured[("clinical/patient.csv", "kAnonymity")] == 10
    assert measured[(minimum, "tableCompleteness")] == 1


def test_tier2_example_is_not_tier_3_and_says_what_blocks_it():
    """The Tier-2 example keeps study-1/series-1 folders: Tier 3 is blocked by the layout rule alone."""
    code, report = _check("tier2-dataset", 3)
    assert code == 1 and report["achieved_tier"] == 2
    assert [t["status"] for t in report["tiers"]] == ["met", "met", "not_met"]
    assert report["tiers"][2]["blocking_rules"] == ["dicom.layout.folder_structure"]
    assert {f["rule_id"] for f in report["findings"]} == {"dicom.layout.folder_structure"}


def test_sex_codes_of_the_examples_follow_the_written_decision(tmp_path):
    """Every table of the examples writes the 2026 male/female concepts (scripts/make_example_dataset.py): with
    the 2025 code in the CDM output the CDM's deprecated_code warns and Tier 2 is still met -- nothing else."""
    ds = tmp_path / "ds"
    shutil.copytree(REPO / "examples" / "tier2-dataset", ds)
    table = ds / "clinical" / "patient.csv"
    assert table.read_text(encoding="utf-8").count(",COM1001366") == 10
    table.write_text(table.read_text(encoding="utf-8").replace(",COM1001366", ",COM1000180"), encoding="utf-8")
    code, out, _ = run_cli(["check", str(ds), "--tier", "2", "--format", "json", "--no-progress"])
    report = json.loads(out)
    assert code == 0 and report["verdict"] == "Tier 2 met"
    assert [(f["rule_id"], f["severity"], f["count"]) for f in report["findings"]] == [
        ("cdm.patient.patient_birth_sex.deprecated_code", "warning", 10)]


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
