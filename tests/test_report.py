"""Report model, tier arithmetic, waivers and formatters."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from eucaim_spec.report.formatters import ALL_FORMATS, render, render_bytes
from eucaim_spec.report.model import Location, Severity
from eucaim_spec.validate.check import Waiver, _apply_waivers, build_report
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.suite import load_suite

PATIENT = Rule("cdm.patient.patient_birth_sex.enum", "Birth sex must be a code under COM1001396", "cdm", 2,
               Severity.violation, "sql", "Map the value to a hyper-ontology birth-sex code.")
SEG = Rule("dicom.seg.segment_label", "Segment label missing", "dicom", 1, Severity.warning, "dicom")


def _report(findings, tier=2, fail_on="violation", cdm=True):
    """A report as if every part was checked and (``cdm``) CDM tables evidenced the tiers above 1."""
    ctx = CheckContext(target_tier=tier)
    ctx.run.scope = "dataset"
    ctx.run.parts = {p: ("checked", "") for p in ("metadata", "clinical", "imaging")}
    if cdm:
        ctx.facts.cdm_tables = ["patient"]
    return build_report(findings, tier, fail_on, ctx)


def test_json_report_keys_are_the_contract():
    f = PATIENT.finding(target_tier=2, count=3, location=Location(file="clinical/patient.csv", row=4,
                                                                 column="patient_birth_sex"),
                        examples=["row 4", "row 9", "row 12"])
    doc = json.loads(render(_report([f]), "json"))
    # keys are only ever added (design.md): the original contract, then issue 14's verdict, scope, parts, tiers
    assert set(doc) == {"tool", "specs", "target_tier", "achieved_tier", "conforms", "summary", "findings",
                        "indicators", "verdict", "scope", "parts", "tiers"}
    assert {i["id"] for i in doc["indicators"]} >= {"T1-1", "T2-1", "RDA-F1-01M"}
    assert doc["summary"] == {"violation": 1, "warning": 0, "info": 0, "waived": 0}
    assert doc["findings"][0]["rule_id"] == "cdm.patient.patient_birth_sex.enum"
    assert doc["findings"][0]["count"] == 3
    assert doc["findings"][0]["location"]["column"] == "patient_birth_sex"
    assert doc["achieved_tier"] == 1 and doc["conforms"] is False


def test_tier_severity_override_applies_from_its_tier():
    suite = load_suite()
    assert [f.severity for f in suite.apply([SEG.finding(target_tier=1)], 1)] == ["warning"]
    assert [f.severity for f in suite.apply([SEG.finding(target_tier=3)], 3)] == ["violation"]
    assert suite.severity_overrides(SEG.id, SEG.tier, "warning") == {3: "violation"}


def test_achieved_tier_counts_violations_only():
    warn = SEG.finding(target_tier=2)
    assert _report([warn]).achieved_tier == 2
    assert _report([warn]).conforms is True
    assert _report([warn], fail_on="warning").conforms is False


def test_waiver_turns_finding_into_waived_and_keeps_reason():
    f = PATIENT.finding(target_tier=2, location=Location(file="clinical/patient.csv"))
    [w] = _apply_waivers([f], [Waiver(PATIENT.id, "agreed with helpdesk", "clinical/patient.csv")])
    assert w.severity == "waived" and "agreed with helpdesk" in w.message
    rep = _report([w])
    assert rep.conforms is True and rep.summary.waived == 1 and rep.achieved_tier == 2
    [kept] = _apply_waivers([f], [Waiver(PATIENT.id, "other file", "clinical/other.csv")])
    assert kept.severity == "violation"


@pytest.mark.parametrize("fmt", ALL_FORMATS)
def test_every_format_is_deterministic(fmt):
    f = PATIENT.finding(target_tier=2, count=2, examples=["row 1", "row 2"])
    assert render_bytes(_report([f]), fmt) == render_bytes(_report([f]), fmt)


def test_junit_and_sarif_are_well_formed():
    findings = [PATIENT.finding(target_tier=2, location=Location(file="clinical/patient.csv", row=3)),
                SEG.finding(target_tier=2)]
    root = ET.fromstring(render(_report(findings), "junit"))
    assert root.get("failures") == "1" and root.get("tests") == "2"
    sarif = json.loads(render(_report(findings), "sarif"))
    res = sarif["runs"][0]["results"]
    assert [r["level"] for r in res] == ["error", "warning"]
    assert res[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 4


def test_html_report_draws_the_tier_ladder():
    page = render(_report([PATIENT.finding(target_tier=2)]), "html")
    assert page.startswith("<!DOCTYPE html>") and '<ol class="ladder" id="ladder">' in page
    assert "Tier 2: not met" in page and "Tier 1: met" in page and "Tier 3: not targeted" in page
    assert '<a href="#rule-cdm_patient_patient_birth_sex_enum">' in page and "<script" not in page


def test_without_cdm_tables_tier_2_is_not_assessed_never_met():
    rep = _report([], cdm=False)
    assert rep.achieved_tier == 1 and [str(t.status) for t in rep.tiers] == ["met", "not_assessed", "not_targeted"]
    assert rep.verdict.startswith("Tier 1 met, Tier 2 not assessed: no CDM tables")
    assert _report([]).achieved_tier == 2 and _report([]).verdict == "Tier 2 met"
