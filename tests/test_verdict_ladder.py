"""Issue 14: the tier ladder in words, part status, evidence before "met", and a text report that starts and
ends with the verdict. Every case runs `eucaim check` on the packaged schemas, shapes and suites."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "examples" / "tier1-dataset"


def _json(target: Path, *args: str) -> tuple[int, dict, str]:
    code, out, err = run_cli(["check", str(target), "--format", "json", "--no-progress", *args])
    return code, json.loads(out), err


@pytest.fixture(scope="module")
def example_tier3(sparse) -> tuple[int, dict]:
    code, report, _ = _json(sparse, "--tier", "3")
    return code, report


def test_minimum_only_dataset_does_not_achieve_tier_2(example_tier3):
    """No CDM table: Tier 2 is not assessed (never "met"), Tier 3 is blocked by the layout rule."""
    code, report = example_tier3
    assert code == 1 and report["achieved_tier"] == 1
    tiers = {t["tier"]: t for t in report["tiers"]}
    assert tiers[1]["status"] == "met" and "blocking_rules" not in tiers[1]
    assert tiers[2]["status"] == "not_assessed" and "no CDM tables" in tiers[2]["reason"]
    assert tiers[3]["status"] == "not_met" and tiers[3]["blocking_rules"] == ["dicom.layout.folder_structure"]
    assert report["verdict"].startswith("Tier 1 met, Tier 2 not assessed: no CDM tables")
    assert [(p["part"], p["status"]) for p in report["parts"]] == [
        ("metadata", "checked"), ("clinical", "checked"), ("imaging", "checked")]
    assert report["scope"] == "dataset"


def test_indicator_passes_only_when_its_rules_ran(example_tier3):
    """T2-2 (CDM search keys) has only cdm.* rules: with no CDM table given it is not assessed, with why."""
    _, report = example_tier3
    ind = {i["id"]: i for i in report["indicators"]}
    assert ind["T2-2"]["status"] == "not_assessed" and "none of its" in ind["T2-2"]["reason"]
    assert ind["T2-3"]["status"] == "not_assessed" and "outside the files" in ind["T2-3"]["reason"]
    assert ind["T1-1"]["status"] == "pass" and "ran, no violation" in ind["T1-1"]["reason"]
    assert ind["T1-1"]["title"].startswith("The dataset has a record")
    assert ind["RDA-R1.3-01D"]["status"] == "fail" and "dicom.layout.folder_structure" in ind["RDA-R1.3-01D"]["reason"]
    assert ind["RDA-F1-01M"]["title"]  # the RDA description in our words


def test_text_report_starts_and_ends_with_the_verdict(sparse):
    code, out, _ = run_cli(["check", str(sparse), "--tier", "2", "--no-progress"])
    lines = out.splitlines()
    assert code == 0
    assert lines[1] == "VERDICT: Tier 1 met, Tier 2 not assessed: no CDM tables were checked: Tier 2 is evidenced " \
                       "by the CDM search-key columns (or the search readiness check)"
    assert lines[-1].startswith("CONFORMS — Tier 1 met, Tier 2 not assessed")
    assert "tier 0" not in out.lower() and "achieved tier" not in out
    assert "Next steps:" in out and "add the CDM tables" in out
    # findings grouped by rule with counts; a missing catalogue property names its node once, in the location,
    # and never ends with "e.g. <the node's own IRI>"
    i = lines.index(next(x for x in lines if x.startswith("WARNING   dcat_ap.catalog.homepage.min_count")))
    block = lines[i:lines.index("", i)]
    assert block[0] == "WARNING   dcat_ap.catalog.homepage.min_count (tier 1, 1x)"
    assert any(x.strip().startswith("at metadata/dataset.ttl, node https://data.example.org/eucaim/catalogue")
               for x in block)
    assert not any(x.strip().startswith("e.g.") for x in block)
    assert sum(1 for x in lines if x.startswith("WARNING ")) == len(
        {x.split()[1] for x in lines if x.startswith("WARNING ")})  # one block per rule


def test_min_severity_quiet_and_max_examples(example_tier3, sparse):
    code, out, _ = run_cli(["check", str(sparse), "--tier", "3", "--no-progress", "--min-severity", "violation",
                            "--max-examples", "2"])
    assert code == 1
    assert "WARNING " not in out and "VIOLATION dicom.layout.folder_structure (tier 3, 9x)" in out
    eg = next(x for x in out.splitlines() if x.strip().startswith("e.g."))
    assert eg.count("study folder is not the StudyInstanceUID") == 2 and "(+3 more)" in eg
    _, report = example_tier3
    assert f"{report['summary']['warning']} warning(s)" in out  # counts stay whole
    code, out, _ = run_cli(["check", str(sparse), "--tier", "3", "--no-progress", "--quiet"])
    assert code == 1 and "VIOLATION" not in out and "Indicators" not in out
    assert out.splitlines()[-1] == "DOES NOT CONFORM — Tier 1 met, Tier 2 not assessed: no CDM tables were checked: " \
                                   "Tier 2 is evidenced by the CDM search-key columns (or the search readiness check)"


def test_output_file_still_ends_the_terminal_with_the_verdict(tmp_path, sparse):
    report = tmp_path / "report.json"
    code, out, err = run_cli(["check", str(sparse), "--format", "json", "--no-progress", "-o", str(report)])
    assert code == 0 and out == ""
    assert err.splitlines()[-2:] == [f"report written to {report}", "CONFORMS — Tier 1 met"]
    assert json.loads(report.read_text())["verdict"] == "Tier 1 met"


def test_unrecognised_clinical_part_blocks_tier_1(tmp_path, sparse):
    ds = tmp_path / "ds"
    shutil.copytree(sparse, ds)
    for f in (ds / "clinical").iterdir():
        f.unlink()
    (ds / "clinical" / "export.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    code, report, _ = _json(ds)
    assert code == 1 and report["conforms"] is False and report["achieved_tier"] == 0
    parts = {p["part"]: p for p in report["parts"]}
    assert parts["clinical"]["status"] == "not_recognised"
    assert report["tiers"][0]["status"] == "not_met" and "clinical not recognised" in report["tiers"][0]["reason"]
    assert report["verdict"].startswith("Tier 1 not met")
    ind = {i["id"]: i for i in report["indicators"]}
    assert ind["T1-5"]["status"] == "fail" and ind["T1-5"]["reason"] == "part clinical not recognised"


def test_missing_imaging_part_blocks_tier_1(tmp_path, sparse):
    ds = tmp_path / "ds"
    shutil.copytree(sparse, ds, ignore=shutil.ignore_patterns("imaging"))
    code, report, _ = _json(ds)
    assert code == 1 and report["achieved_tier"] == 0
    parts = {p["part"]: (p["status"], p.get("detail")) for p in report["parts"]}
    assert parts["imaging"] == ("not_given", "imaging/ is missing")
    # the record declares Tier 1, so the cross-part rule blocks it too
    assert report["tiers"][0]["blocking_rules"] == ["dcat_ap.dataset.interoperability_level.not_met",
                                                     "minimum.dataset.imaging_missing"]
    assert report["verdict"] == ("Tier 1 not met: 2 rule(s) block it (dcat_ap.dataset.interoperability_level.not_met, "
                                 "minimum.dataset.imaging_missing); part imaging not given")


def test_a_part_checked_alone_says_so(tmp_path, sparse):
    code, report, _ = _json(sparse / "metadata")
    assert code == 0 and report["scope"] == "part"
    parts = {p["part"]: p["status"] for p in report["parts"]}
    assert parts == {"metadata": "checked", "clinical": "not_given", "imaging": "not_given"}
    code, out, _ = run_cli(["check", str(sparse / "metadata"), "--no-progress", "-q"])
    assert out.splitlines()[0].endswith("part check, target Tier 1")
    assert "clinical not given (checked alone: another part was given)" in out
    assert report["verdict"] == ("metadata checked alone: Tier 1 met for this part; a dataset also needs "
                                 "clinical and imaging for Tier 1")


# ------------------------------------------------------------- evidence missing: never a tier met (issue 14)
def _passed(report: dict) -> set[str]:
    return {i["id"] for i in report["indicators"] if i["status"] == "pass"}


def test_images_only_folder_is_not_a_tier_1_dataset(tmp_path):
    """A dataset directory with imaging/ only: the missing record and clinical data block Tier 1; no indicator
    that needs them passes."""
    ds = tmp_path / "ds"
    shutil.copytree(EXAMPLE / "imaging", ds / "imaging")
    code, report, _ = _json(ds)
    assert code == 1 and report["conforms"] is False and report["achieved_tier"] == 0
    parts = {p["part"]: p["status"] for p in report["parts"]}
    assert parts == {"metadata": "not_given", "clinical": "not_given", "imaging": "checked"}
    assert report["tiers"][0]["status"] == "not_met"
    assert "part metadata not given, clinical not given" in report["tiers"][0]["reason"]
    severity = {f["rule_id"]: f["severity"] for f in report["findings"]}
    # image-only datasets are accepted case by case (T1-5): a warning, while the missing part still blocks Tier 1
    assert severity["minimum.dataset.metadata_missing"] == "violation"
    assert severity["minimum.dataset.clinical_missing"] == "warning"
    assert not _passed(report) & {"T1-1", "T1-5", "RDA-F1-01M"}
    # the imaging folder checked alone is a part check and says so: never a dataset's Tier 1
    code, report, _ = _json(ds / "imaging")
    assert code == 0 and report["scope"] == "part"
    assert report["verdict"] == ("imaging checked alone: Tier 1 met for this part; a dataset also needs "
                                 "metadata and clinical for Tier 1")


def test_unrecognised_csv_alone_meets_no_tier(tmp_path):
    f = tmp_path / "export.csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    for target in (f, tmp_path):
        code, report, _ = _json(target, "--tier", "2")
        assert code == 1 and report["conforms"] is False and report["achieved_tier"] == 0, target
        parts = {p["part"]: p["status"] for p in report["parts"]}
        assert parts["clinical"] == "not_recognised"
        assert [t["status"] for t in report["tiers"]] == ["not_met", "not_met", "not_targeted"]
        assert report["verdict"].startswith("clinical checked alone: Tier 1 not met: part clinical not recognised")
        assert not _passed(report)


def test_filled_mapping_template_meets_no_tier(tmp_path):
    """A filled mapping template (eucaim template) is checked cell by cell, but it describes the clinical data,
    it is not the data: no tier is met or failed, no indicator passes; in a dataset's clinical/ it is not a
    clinical table and Tier 1 is not met."""
    from tests.rule_coverage.template import export, fill

    filled = tmp_path / "filled.xlsx"
    fill(export("minimum", tmp_path / "blank.xlsx"), filled)
    code, report, _ = _json(filled)
    assert code == 0 and report["findings"] == [] and report["achieved_tier"] == 0
    assert report["tiers"][0]["status"] == "not_assessed"
    assert report["verdict"].startswith("Tier 1 not assessed: no part of a dataset was checked (clinical: a "
                                        "mapping template was checked")
    assert {p["part"]: p["status"] for p in report["parts"]} == {
        "metadata": "not_given", "clinical": "not_given", "imaging": "not_given"}
    assert not _passed(report)
    code, out, _ = run_cli(["check", str(filled), "--no-progress", "-q"])
    assert "Tier 1 met" not in out and out.splitlines()[-1].startswith("CONFORMS — Tier 1 not assessed")
    ds = tmp_path / "ds"
    shutil.copytree(EXAMPLE, ds, ignore=shutil.ignore_patterns("*.csv"))
    shutil.copyfile(filled, ds / "clinical" / "filled.xlsx")
    code, report, _ = _json(ds)
    assert code == 1 and report["conforms"] is False and report["achieved_tier"] == 0
    assert {p["part"]: p["status"] for p in report["parts"]}["clinical"] == "not_recognised"


def test_metadata_only_at_tier_2_is_never_tier_2(tmp_path):
    """A catalogue record alone, checked for Tier 2: the record's own Tier 1 for this part, Tier 2 not assessed
    (no CDM table), the Tier-2 requirements not passed."""
    for target in (EXAMPLE / "metadata", EXAMPLE / "metadata" / "dataset.ttl"):
        code, report, _ = _json(target, "--tier", "2")
        assert code == 0 and report["achieved_tier"] == 1 and report["scope"] == "part", target
        assert [t["status"] for t in report["tiers"]] == ["met", "not_assessed", "not_targeted"]
        assert report["verdict"].startswith("metadata checked alone: Tier 1 met, Tier 2 not assessed: no CDM "
                                            "tables were checked")
        status = {i["id"]: i["status"] for i in report["indicators"]}
        # T2-2 (the CDM search keys) needs CDM tables; T2-1 is evidenced here by the record's coded properties
        # alone (dcat_ap.*.*.enum, schemas/fair/data/requirements.yaml), which did run
        assert status["T2-2"] == status["T2-3"] == "not_assessed" and status["T2-1"] == "pass"
        assert status["T1-1"] == "pass" and status["T1-5"] == "not_assessed"


def test_image_only_dataset_accepted_by_a_waiver(tmp_path):
    """T1-5: image-only datasets are accepted case by case, recorded as a waiver of
    minimum.dataset.clinical_missing (schemas/fair/data/requirements.yaml). Without it the missing clinical part
    fails T1-5 and Tier 1 (and the record's declared Tier 1); with it Tier 1 is met and the waiver is shown."""
    ds = tmp_path / "ds"
    shutil.copytree(EXAMPLE, ds, ignore=shutil.ignore_patterns("clinical"))
    code, report, _ = _json(ds)
    assert code == 1 and report["verdict"].startswith("Tier 1 not met")
    ind = {i["id"]: i for i in report["indicators"]}
    assert ind["T1-5"]["status"] == "fail" and ind["T1-5"]["reason"] == "part clinical not given"
    assert "dcat_ap.dataset.interoperability_level.not_met" in report["tiers"][0]["blocking_rules"]
    w = tmp_path / "waivers.yaml"
    w.write_text("- rule_id: minimum.dataset.clinical_missing\n  reason: image-only dataset accepted at onboarding\n",
                 encoding="utf-8")
    code, report, _ = _json(ds, "--waivers", str(w))
    assert code == 0 and report["verdict"] == "Tier 1 met" and report["conforms"] is True
    assert report["summary"] == {"violation": 0, "warning": 0, "info": 0, "waived": 1}
    assert [(x["rule_id"], x["status"]) for x in report["waivers"]] == [
        ("minimum.dataset.clinical_missing", "applied")]
    assert {i["id"]: i["status"] for i in report["indicators"]}["T1-5"] == "pass"
