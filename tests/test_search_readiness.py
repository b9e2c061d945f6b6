"""Tier-2 readiness for the federated search (`eucaim check --tier 2`, search engine): per key and mode.

Facts: shared/reference/eucaim-search/search-keys.yaml and focus-sql-vs-etl.md (Focus @ 2fc7515): SQL mode reads
the ingestion tables and compares exact codes (male COM1000180, female COM1000177; body part BP1000113 lung ...),
modality and manufacturer are no-ops there, Beacon uses the 2026 sex codes COM1001366 / COM1001370.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.conftest import run_cli


def check(target: Path, tier: int = 2) -> tuple[int, dict[str, Any]]:
    code, out, err = run_cli(["check", str(target), "--tier", str(tier), "--format", "json", "--no-progress"])
    assert code in (0, 1), err
    return code, json.loads(out)


def by_id(report: dict[str, Any], prefix: str = "search.") -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for f in report["findings"]:
        if f["rule_id"].startswith(prefix):
            assert f["rule_id"] not in found, f"one finding per rule and key: {f['rule_id']}"
            found[f["rule_id"]] = f
    return found


def cdm_dataset(root: Path, sex: list[str], diagnosis: list[str]) -> Path:
    """CDM output tables (ETL output names) for len(sex) patients; diagnosis[i] for patient i ('' = none)."""
    d = root / "clinical"
    d.mkdir(parents=True)
    (d / "dataset.csv").write_text("dataset_id,dataset_title\nds1,Synthetic\n", encoding="utf-8")
    (d / "patient.csv").write_text("patient_id,dataset_id,patient_birth_sex\n" + "".join(
        f"P{i},ds1,{s}\n" for i, s in enumerate(sex)), encoding="utf-8")
    (d / "cancer_condition.csv").write_text("cancer_condition_id,patient_id,cancer_condition_code\n" + "".join(
        f"C{i},P{i},{c}\n" for i, c in enumerate(diagnosis)), encoding="utf-8")
    (d / "image_series.csv").write_text(
        "series_id,study_id,series_uid,study_uid,series_modality,series_body_side_code,series_manufacturer\n"
        "S1,ST1,1.2.3.1,1.2.3,IMG1000038,BP1000021,IMG1000046\n"
        "S2,ST1,1.2.3.2,1.2.3,IMG1000042,BP1000021,IMG1000044\n", encoding="utf-8")
    return root


def test_2026_sex_codes_in_the_cdm_output_are_not_a_search_finding(tmp_path: Path) -> None:
    """Sex coded with the 2026 concepts in CDM output tables: Focus' SQL mode never reads these tables
    (focus-sql-vs-etl.md), and the CDM's code list calls the 2025 codes deprecated, so the output is right as it
    is: no search.gender finding but the coverage of the missing sex; the 2025 codes there are the CDM's
    deprecated_code warning instead (the decision of the example datasets, scripts/make_example_dataset.py)."""
    root = cdm_dataset(tmp_path, ["COM1001366", "COM1001366", "COM1001370", ""],
                       ["CLIN1000075", "CLIN1000060", "CLIN1000075", "CLIN1000057"])
    _, report = check(root / "clinical")
    f = by_id(report)
    assert set(f) == {"search.gender.coverage"}, sorted(f)
    cov = f["search.gender.coverage"]
    assert cov["severity"] == "info" and cov["count"] == 1
    assert "3 of 4 patients (75.0 %) have a value in patient.patient_birth_sex" in cov["message"]
    assert "cdm.patient.patient_birth_sex.deprecated_code" not in {x["rule_id"] for x in report["findings"]}
    root25 = cdm_dataset(tmp_path / "v2025", ["COM1000180", "COM1000177"], ["CLIN1000075", "CLIN1000060"])
    _, report = check(root25 / "clinical")
    assert not by_id(report, "search.gender")
    old = {x["rule_id"]: x for x in report["findings"]}["cdm.patient.patient_birth_sex.deprecated_code"]
    assert old["severity"] == "warning" and old["count"] == 2


def test_2026_sex_codes_in_the_ingestion_tables_state_both_modes(tmp_path: Path) -> None:
    """In the ingestion tables Focus' SQL mode reads, the 2026 codes match no SQL-mode search: the finding says
    so with the counts and what Beacon matches; no 'unmatched' double report for the same patients."""
    root = ingestion_dataset(tmp_path, sex="COM1001366", focus_columns=True)
    _, report = check(root / "clinical")
    f = by_id(report)
    sex = f["search.gender.sex_codes"]
    assert sex["severity"] == "warning" and sex["count"] == 2 and sex["tier"] == 2
    assert "2 patients coded with the 2026 concepts (COM1001366: 2)" in sex["message"]
    assert "SQL mode sends the 2025 codes (male COM1000180, female COM1000177) and matches none of them" \
        in sex["message"]
    assert "Beacon mode sends the 2026 codes (male COM1001366, female COM1001370) and matches them" in sex["message"]
    assert "1 patients hold 2025 codes" in sex["message"]
    assert "search.gender.sql_unmatched" not in f and "search.gender.api_unmatched" not in f
    # diagnosis and body part full and matchable: nothing about them
    assert not [r for r in f if r.startswith(("search.diagnosis", "search.body_part"))], sorted(f)


def test_one_key_column_emptied(tmp_path: Path) -> None:
    """Diagnosis empty in every row: the CDM's search_filled violation (not duplicated here) and the coverage
    figure 0 %; the verdict fails Tier 2 and the other keys stay quiet."""
    root = cdm_dataset(tmp_path, ["COM1000180", "COM1000177", "COM1000180"], ["", "", ""])
    code, report = check(root / "clinical")
    assert code == 1
    ids = {x["rule_id"]: x for x in report["findings"]}
    assert ids["cdm.cancer_condition.cancer_condition_code.search_filled"]["severity"] == "violation"
    assert "search.diagnosis.empty" not in ids
    cov = ids["search.diagnosis.coverage"]
    assert cov["count"] == 3
    assert "Diagnosis coverage: 0 of 3 patients (0.0 %) have a value in cancer_condition.cancer_condition_code" \
        in cov["message"]
    assert set(by_id(report)) == {"search.diagnosis.coverage"}
    assert report["achieved_tier"] < 2


def test_tier_1_runs_no_search_rule(tmp_path: Path) -> None:
    root = cdm_dataset(tmp_path, ["COM1001366", ""], ["", ""])
    _, report = check(root / "clinical", tier=1)
    assert not by_id(report)


def ingestion_dataset(root: Path, sex: str = "COM1000180", body: str = "BP1000021", focus_columns: bool = False,
                      manufacturer: str = "Philips") -> Path:
    """The ETL's ingestion tables as CSV (its mixed-case names), three patients, two series."""
    d = root / "clinical"
    d.mkdir(parents=True)
    files = {
        "Dataset.csv": "Identifier,Title,Description\nds1,T,D\n",
        "CancerPatient.csv": f"Identifier,DatasetIdentifier,BirthSexEUCAIM\np1,ds1,{sex}\np2,ds1,{sex}\n"
                             "p3,ds1,COM1000177\n",
        "PrimaryCancerCondition.csv": "Identifier,PatientIdentifier,PrimaryCancerConditionEUCAIM\nc1,p1,CLIN1000075\n"
                                      "c2,p2,CLIN1000060\nc3,p3,CLIN1000057\n",
        "ImageSeries.csv": "ImageStudyUID,ImageSeriesUID,BodyPart,Modality,Manufacturer"
                           + (",BodyPartExamined,ImageStudyIdentifier" if focus_columns else "") + "\n"
                           + "".join(f"s1,x{i},{body},MR,{manufacturer}" + (f",{body},1" if focus_columns else "")
                                     + "\n" for i in (1, 2)),
    }
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return root


def test_ingestion_tables_as_the_etl_writes_them(tmp_path: Path) -> None:
    """ETL ingestion layout: body-part search fails in SQL mode (bodypartexamined absent; the data sit in BodyPart),
    the ETL's lung code is never sent, modality/manufacturer are SQL no-ops."""
    root = ingestion_dataset(tmp_path, body="BP1000192")
    _, report = check(root / "clinical")
    f = by_id(report)
    miss = f["search.body_part.column_missing"]
    assert miss["severity"] == "warning"
    assert ("Focus' SQL mode reads imageseries.bodypartexamined, imageseries.imagestudyidentifier, absent here; "
            "the data sit in imageseries.bodypart") in miss["message"]
    un = f["search.body_part.sql_unmatched"]
    assert un["count"] == 2 and "BP1000192: 2 (the ETL's lookup code for Lung; Focus sends BP1000113)" in un["message"]
    assert f["search.modality.sql_noop"]["severity"] == "info"
    assert f["search.manufacturer.sql_noop"]["severity"] == "info"
    assert "search.gender.sex_codes" not in f and "search.gender.coverage" not in f
    # warnings and infos only: Tier 2 is not failed by the Focus/ETL disagreement alone (the sql engine's own
    # findings on these non-CDM files are its business, hence no exit-code assertion here)
    assert {x["severity"] for x in f.values()} == {"warning", "info"}


def test_ingestion_tables_ready_for_both_modes_are_clean(tmp_path: Path) -> None:
    """Focus' columns present, codes Focus sends: only the two SQL no-op notes remain."""
    root = ingestion_dataset(tmp_path, focus_columns=True)
    _, report = check(root / "clinical")
    assert set(by_id(report)) == {"search.modality.sql_noop", "search.manufacturer.sql_noop"}


def test_ingestion_key_column_empty_is_a_violation(tmp_path: Path) -> None:
    """On ingestion tables the CDM's search_filled does not run: an empty key column is the search engine's own
    violation (count = rows), and unknown manufacturer names are counted per value for API mode."""
    root = ingestion_dataset(tmp_path, sex="", focus_columns=True, manufacturer="Acme Scanners")
    _, report = check(root / "clinical")
    f = by_id(report)
    assert "search.gender.empty" not in f  # p3 still has a sex
    cov = f["search.gender.coverage"]
    assert "1 of 3 patients (33.3 %)" in cov["message"]
    api = f["search.manufacturer.api_unmatched"]
    assert api["count"] == 2 and api["examples"] == ["Acme Scanners: 2"]
    # now every row empty
    d = root / "clinical" / "CancerPatient.csv"
    d.write_text("Identifier,DatasetIdentifier,BirthSexEUCAIM\np1,ds1,\np2,ds1,\n", encoding="utf-8")
    _, report = check(root / "clinical")
    f = by_id(report)
    assert f["search.gender.empty"]["severity"] == "violation" and f["search.gender.empty"]["count"] == 2
    assert "0 of 2 patients (0.0 %)" in f["search.gender.coverage"]["message"]


def test_free_text_in_a_patient_key_column_is_never_echoed(tmp_path: Path) -> None:
    """A name typed into the sex column is counted as a value the search never sends, but shown as a marker by
    every search finding (the sql engine's own enum finding on the same cell is outside this engine)."""
    name = "Jane Doe"
    root = cdm_dataset(tmp_path, [name, "COM1000180"], ["CLIN1000075", "CLIN1000060"])
    _, report = check(root / "clinical")
    f = by_id(report)
    assert f["search.gender.sql_unmatched"]["count"] == 1
    assert f["search.gender.sql_unmatched"]["examples"] == ["(other text): 1"]
    assert name not in json.dumps(f)
