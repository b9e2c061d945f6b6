"""Verdicts that hold on the packaged schemas (issue 9): the minimum clinical table's silent passes, CDM
uniqueness, Tier-2 search keys, the rules that span the catalogue record and the data, and advice that names
both sides where EUCAIM's components disagree. Everything runs through `eucaim check` (in-process CLI)."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "examples" / "tier1-dataset"
CLINICAL_NAME = "4fcdd34b95f8eed2a3d07291e4c2173e_minimum_clinical.csv"
HEADER = "PatientID,Population,Sex,age_at_diagnosis,topography_organ"
GOOD_ROW = "P1,COM1001087,COM1001366,50,BP1000113"


def _check(target: Path, tier: int = 1, *extra: str) -> tuple[int, dict]:
    code, out, err = run_cli(["check", str(target), "--tier", str(tier), "--format", "json", "--no-progress", *extra])
    assert code in (0, 1), err
    return code, json.loads(out)


def _violations(report: dict) -> dict[str, dict]:
    return {f["rule_id"]: f for f in report["findings"] if f["severity"] == "violation"}


def _wide_without_sex() -> str:
    cols = ["PatientID"] + [f"c{i}" for i in range(10_000)]
    return ",".join(cols) + "\n" + ",".join(["P1"] + ["x"] * 10_000) + "\n"


#: name -> (CSV text, rule ids that must be violations, column the first of them names)
BROKEN_TABLES = {
    "bogus_sex": (f"{HEADER}\nP1,COM1001087,BOGUS,50,BP1000113\n", {"minimum.positive_case_record.sex.code"}),
    "age_999": (f"{HEADER}\nP1,COM1001087,COM1001366,999,BP1000113\n",
                {"minimum.positive_case_record.age_at_diagnosis.range"}),
    "header_only": (f"{HEADER}\n", {"minimum.clinical.no_rows"}),
    "duplicate_header": (f"{HEADER},Sex\n{GOOD_ROW},COM1001366\n", {"minimum.etl.column_name"}),
    "same_patient_twice": (f"{HEADER}\n{GOOD_ROW}\n{GOOD_ROW}\n",
                           {"minimum.positive_case_record.patientid.unique"}),
    "wide_without_sex": (_wide_without_sex(), {"minimum.clinical.column_missing", "minimum.population.unrecognised"}),
    "unclassifiable_rows": (f"{HEADER}\nP1,BOGUS,COM1001366,50,BP1000113\n", {"minimum.population.unrecognised"}),
}


@pytest.mark.parametrize("case", sorted(BROKEN_TABLES))
def test_broken_minimum_table_never_conforms_alone_or_in_a_dataset(case, tmp_path):
    text, expected = BROKEN_TABLES[case]
    single = tmp_path / "single" / "clinical.csv"
    single.parent.mkdir()
    single.write_text(text, encoding="utf-8")
    clinical_only = tmp_path / "clinical_only"
    (clinical_only / "clinical").mkdir(parents=True)
    (clinical_only / "clinical" / "table.csv").write_text(text, encoding="utf-8")
    dataset = tmp_path / "dataset"
    shutil.copytree(EXAMPLE, dataset)
    (dataset / "clinical" / CLINICAL_NAME).write_text(text, encoding="utf-8")
    for target, tiers in ((single, (1, 3)), (clinical_only / "clinical", (1,)), (dataset, (1,))):
        for tier in tiers:
            code, report = _check(target, tier)
            fired = set(_violations(report))
            assert expected <= fired, (case, target.name, tier, sorted(fired))
            assert code == 1 and report["conforms"] is False and report["achieved_tier"] == 0


def test_missing_required_columns_are_named(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text(_wide_without_sex(), encoding="utf-8")
    _, report = _check(f)
    named = sorted(x["location"]["column"] for x in report["findings"]
                   if x["rule_id"] == "minimum.clinical.column_missing")
    assert named == ["Population", "Sex", "topography_organ"]


def test_either_or_dates_do_not_warn_about_the_date_when_the_offset_is_given(tmp_path):
    """The slot-level presence rules of a date and its offset alternative are owed through the either/or rule
    only: the shipped example gives offsets, so neither the date nor the pair is reported."""
    _, report = _check(EXAMPLE / "clinical" / CLINICAL_NAME)
    ids = {f["rule_id"] for f in report["findings"]}
    assert not {i for i in ids if "radiological_detection" in i or "pathology_confirmation_date" in i}, ids
    f = tmp_path / "t.csv"
    f.write_text(f"{HEADER}\n{GOOD_ROW}\n", encoding="utf-8")
    _, report = _check(f)
    pair = [x for x in report["findings"] if x["rule_id"] == "minimum.clinical.radiological_detection_date_or_offset"]
    assert [(x["severity"], x["count"]) for x in pair] == [("warning", 1)]


def _example_rows() -> tuple[list[str], list[list[str]]]:
    with open(EXAMPLE / "clinical" / CLINICAL_NAME, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


#: column -> (broken value, the rule that must fire, its severity). Every column of the shipped clinical table is
#: listed: the test below fails when the example gains a column this table does not break. Free-text columns
#: (the schema binds no code list to them) can only be broken by leaving them empty.
BREAK = {
    "PatientID": ("EX-9999", "minimum.linkage.clinical_without_images", "violation"),
    "Population": ("COM9999999", "minimum.population.unrecognised", "violation"),
    "Sex": ("COM1001087", "minimum.positive_case_record.sex.code", "violation"),
    "radiological_detection_offset_days": (
        "minus thirty", "minimum.positive_case_record.radiological_detection_offset_days.type", "violation"),
    "pathology_confirmation_offset_days": (
        "0.5", "minimum.positive_case_record.pathology_confirmation_offset_days.type", "violation"),
    "first_treatment_offset_days": ("", "minimum.clinical.first_treatment_date_or_offset", "warning"),
    "offset_baseline": ("", "minimum.positive_case_record.offset_baseline.required", "info"),
    "age_at_diagnosis": ("-1", "minimum.positive_case_record.age_at_diagnosis.range", "violation"),
    "topography_organ": ("BP0000000", "minimum.positive_case_record.topography_organ.code", "violation"),
    "pathology_confirmation_method": (
        "", "minimum.positive_case_record.pathology_confirmation_method.required", "warning"),
    "pathology": ("", "minimum.positive_case_record.pathology.required", "warning"),
    "imaging_procedure_protocol": ("", "minimum.positive_case_record.imaging_procedure_protocol.required", "warning"),
    "treatment": ("CLIN0000001", "minimum.positive_case_record.treatment.code", "violation"),
    # given since issue 14 so that the example checks with no finding at all
    "topography_region": ("BP0000000", "minimum.positive_case_record.topography_region.code", "violation"),
    "topography_laterality": ("IMG0000000", "minimum.positive_case_record.topography_laterality.enum", "violation"),
}


def test_every_column_of_the_shipped_clinical_table_is_breakable():
    header, _ = _example_rows()
    assert sorted(header) == sorted(BREAK)


@pytest.mark.parametrize("column", sorted(BREAK))
def test_shipped_example_with_one_broken_value_is_caught(column, tmp_path):
    header, rows = _example_rows()
    value, rule, sev = BREAK[column]
    dataset = tmp_path / "ds"
    shutil.copytree(EXAMPLE, dataset)
    rows[1][header.index(column)] = value  # the second data row
    with open(dataset / "clinical" / CLINICAL_NAME, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([header, *rows])
    code, report = _check(dataset)
    hits = [f for f in report["findings"] if f["rule_id"] == rule]
    assert hits, (column, sorted({f["rule_id"] for f in report["findings"]}))
    assert hits[0]["severity"] == sev and hits[0]["count"] == 1
    if sev == "violation":
        assert code == 1 and report["achieved_tier"] == 0
    assert hits[0]["location"]["row"] == 2 or rule.startswith("minimum.linkage")


def test_cdm_duplicate_study_and_series_uids(tmp_path):
    cdm = tmp_path / "cdm"
    cdm.mkdir()
    (cdm / "image_study.csv").write_text("study_id,patient_id,study_uid\n1,P1,1.2.3\n2,P1,1.2.3\n3,P1,1.2.4\n")
    (cdm / "image_series.csv").write_text(
        "series_id,series_uid,study_uid,study_id\n1,1.2.3.1,1.2.3,1\n2,1.2.3.1,1.2.3,1\n3,1.2.3.2,1.2.3,1\n"
    )
    (cdm / "patient.csv").write_text("patient_id\nP1\n")
    _, report = _check(cdm, 3)
    v = _violations(report)
    assert v["cdm.image_study.study_uid.unique"]["count"] == 2
    assert v["cdm.image_series.series_uid.unique"]["count"] == 2


def test_tier2_search_key_column_empty_in_every_row(tmp_path):
    cdm = tmp_path / "cdm"
    cdm.mkdir()
    (cdm / "patient.csv").write_text("patient_id,patient_birth_sex\nP1,\nP2,\n")
    code, report = _check(cdm, 2)
    assert code == 1
    f = _violations(report)["cdm.patient.patient_birth_sex.search_filled"]
    assert f["count"] == 2 and "Gender" in f["message"] and f["tier"] == 2
    _, report = _check(cdm, 1)
    assert "cdm.patient.patient_birth_sex.search_filled" not in {x["rule_id"] for x in report["findings"]}
    (cdm / "patient.csv").write_text("patient_id,patient_birth_sex\nP1,COM1001366\nP2,\n")
    _, report = _check(cdm, 2)
    assert "cdm.patient.patient_birth_sex.search_filled" not in {x["rule_id"] for x in report["findings"]}


def _dataset_declaring(tmp_path: Path, code: str) -> Path:
    ds = tmp_path / "ds"
    shutil.copytree(EXAMPLE, ds)
    record = ds / "metadata" / "dataset.ttl"
    text = record.read_text(encoding="utf-8")
    assert "eucaim:SPEC1000009" in text
    record.write_text(text.replace("eucaim:interoperabilityLevel eucaim:SPEC1000009",
                                   f"eucaim:interoperabilityLevel eucaim:{code}"), encoding="utf-8")
    return ds


def test_declared_tier_3_checked_at_tier_1_is_unverified(tmp_path):
    ds = _dataset_declaring(tmp_path, "SPEC1000010")  # Tier 3 (the codes are not in tier order)
    code, report = _check(ds, 1)
    f = [x for x in report["findings"] if x["rule_id"].startswith("dcat_ap.dataset.interoperability_level")]
    assert [(x["rule_id"], x["severity"]) for x in f] == [
        ("dcat_ap.dataset.interoperability_level.unverified", "warning")]
    assert "Tier 3" in f[0]["message"] and code == 0


def test_declared_tier_3_not_met_is_a_violation_at_tier_3(tmp_path):
    ds = _dataset_declaring(tmp_path, "SPEC1000010")
    code, report = _check(ds, 3)
    f = _violations(report)["dcat_ap.dataset.interoperability_level.not_met"]
    # a minimum-table dataset evidences Tier 1 only: no CDM tables, nothing shows Tier 2 (issue 14)
    assert f["tier"] == 3 and "meets Tier 1 only" in f["message"]
    assert report["achieved_tier"] == 1 and code == 1


def test_declared_tier_2_by_its_own_code(tmp_path):
    ds = _dataset_declaring(tmp_path, "SPEC1000011")  # Tier 2
    _, report = _check(ds, 1)
    f = [x for x in report["findings"] if x["rule_id"] == "dcat_ap.dataset.interoperability_level.unverified"]
    assert len(f) == 1 and "declares Tier 2" in f[0]["message"]


def test_catalogue_identifier_must_equal_cdm_dataset_id(tmp_path):
    ds = tmp_path / "ds"
    shutil.copytree(EXAMPLE, ds)
    record = (ds / "metadata" / "dataset.ttl").read_text(encoding="utf-8")
    ident = record.split("dct:identifier", 1)[1].split('"', 2)[1]
    (ds / "clinical" / "dataset.csv").write_text("dataset_id,dataset_name\nother-id,x\n", encoding="utf-8")
    _, report = _check(ds, 1)
    f = _violations(report)["dcat_ap.dataset.identifier.cdm_dataset_id"]
    assert "other-id" in f["message"] and f["location"]["column"] == "dataset_id"
    (ds / "clinical" / "dataset.csv").write_text(f"dataset_id,dataset_name\n{ident},x\n", encoding="utf-8")
    _, report = _check(ds, 1)
    assert "dcat_ap.dataset.identifier.cdm_dataset_id" not in {x["rule_id"] for x in report["findings"]}


def test_deprecated_sex_code_advice_names_both_sides_of_the_disagreement(tmp_path):
    f = tmp_path / "t.csv"
    f.write_text(f"{HEADER}\nP1,COM1001087,COM1000180,50,BP1000113\nP2,COM1001087,COM1000141,50,BP1000113\n")
    _, report = _check(f)
    dep = [x for x in report["findings"] if x["rule_id"] == "minimum.positive_case_record.sex.deprecated_code"]
    assert len(dep) == 1 and dep[0]["severity"] == "warning"
    example = dep[0]["examples"][0]
    assert "COM1001366" in example and "SQL mode" in example and "Beacon mode" in example
    # a code whose replacement nobody disputes gets the plain advice
    t2 = tmp_path / "t2.csv"
    t2.write_text("PatientID,Population,Sex,age_at_diagnosis,topography_organ\nP1,COM1001087,COM1001366,50,BP1000113\n")
    _, report = _check(t2)
    assert not [x for x in report["findings"] if x["rule_id"].endswith("deprecated_code")]


def test_new_rules_are_in_the_catalogue():
    code, out, _ = run_cli(["rules", "--format", "json"])
    ids = {r["id"] for r in json.loads(out)}
    for rid in ("minimum.clinical.no_rows", "minimum.clinical.column_missing", "minimum.etl.column_name",
                "cdm.image_series.series_uid.unique", "cdm.image_study.study_uid.unique",
                "cdm.patient.patient_birth_sex.search_filled", "dcat_ap.dataset.interoperability_level.not_met",
                "dcat_ap.dataset.interoperability_level.unverified", "dcat_ap.dataset.identifier.cdm_dataset_id",
                "minimum.positive_case_record.patientid.unique"):
        assert rid in ids, rid


@pytest.mark.parametrize("fmt", ["text", "json", "junit", "sarif", "markdown", "html"])
def test_personal_dates_of_the_minimum_table_are_never_echoed(fmt, tmp_path):
    """Dates that may identify a person (personal_data in schemas/minimum) are named, never printed, even when
    they are the broken value a finding is about."""
    seeded = ["1961-13-45", "1958-02-30x", "2020/01/07"]
    f = tmp_path / "t.csv"
    f.write_text(
        "PatientID,Population,Sex,age_at_diagnosis,topography_organ,radiological_detection_date,"
        "pathology_confirmation_date,first_treatment_date\n"
        f"P1,COM1001087,COM1001366,50,BP1000113,{seeded[0]},{seeded[1]},{seeded[2]}\n",
        encoding="utf-8",
    )
    out_file = tmp_path / f"report.{fmt}"
    code, out, err = run_cli(["check", str(f), "--format", fmt, "--no-progress", "-o", str(out_file)])
    assert code == 1, err
    text = out + err + out_file.read_text(encoding="utf-8")
    assert "radiological_detection_date" in text
    for value in seeded:
        assert value not in text, (fmt, value)


def test_free_text_in_a_coded_column_is_withheld_codes_and_numbers_are_shown(tmp_path):
    """A name typed into the sex column is not a code: the example names the row and withholds the text;
    a wrong code or number is quoted, since it helps the fix and identifies nobody."""
    f = tmp_path / "t.csv"
    f.write_text(f"{HEADER}\nP1,COM1001087,Jane Roe,50,BP1000113\nP2,COM1001087,COM1001087,999,BP1000113\n",
                 encoding="utf-8")
    for fmt in ("json", "text", "html", "markdown", "sarif", "junit"):
        code, out, err = run_cli(["check", str(f), "--format", fmt, "--no-progress"])
        assert code == 1 and "Jane" not in out + err and "Roe" not in out + err, fmt
    _, report = _check(f)
    sex = _violations(report)["minimum.positive_case_record.sex.code"]
    assert sex["examples"][0].startswith("row 1: (text withheld")
    assert sex["examples"][1] == "row 2: 'COM1001087'"
    assert _violations(report)["minimum.positive_case_record.age_at_diagnosis.range"]["examples"] == ["row 2: '999'"]
