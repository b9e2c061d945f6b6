"""Maintainer script: (re)write the shipped synthetic example datasets examples/tier1-dataset/,
examples/tier2-dataset/, examples/tier3-dataset/ and examples/tier1-failing/ (the Tier-1 one with a handful of
typical Tier-1 mistakes).

    .venv/bin/python scripts/make_example_dataset.py

Everything is synthetic and deterministic (UIDs derived from names), so rerunning gives identical files;
tests/test_example_dataset.py checks that and that `eucaim check` passes it at Tier 1;
tests/test_examples_verdicts.py holds each example's expected verdict.

Sex codes (the Focus-vs-Beacon disagreement, validators/search.yaml): every table writes the 2026 concepts
COM1001366 Male / COM1001370 Female. They are the only male/female codes in both concept releases
(shared/reference/eucaim-cdm/hyperontology-concepts.csv: COM1000180/COM1000177 are init2025 only, absent from
the 2026 update the ETL loads), the CDM's code list marks the 2025 ones deprecated, and the EGA Beacon schema
and Focus' Beacon path use them. Focus' SQL mode (2025 codes) reads only the ETL's ingestion tables, never the
CDM output tables shipped here (shared/reference/eucaim-search/focus-sql-vs-etl.md).
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from dicom_factory import series, uid  # noqa: E402  (the tests' DICOM writer; not part of the package)

DATASET_ID = "4fcdd34b95f8eed2a3d07291e4c2173e"
#: PatientID, sex code, age at diagnosis, organ code, DICOM body part, modality, manufacturer, days from the
#: pathology confirmation to the radiological detection and to the first treatment
PATIENTS = [
    ("EX-0001", "COM1001366", "67.5", "BP1000021", "PROSTATE", "MR", "Siemens", "-30", "28"),
    ("EX-0002", "COM1001366", "71.0", "BP1000021", "PROSTATE", "MR", "Philips", "-30", "28"),
    ("EX-0003", "COM1001366", "58.2", "BP1000021", "PROSTATE", "MR", "Siemens", "-30", "28"),
]
#: The Tier-2 and Tier-3 examples are checked for disclosure risk (eucaim check runs the quality step from Tier
#: 2): ten patients whose ages at diagnosis are generalised to 10-year bands (written as the band's first year),
#: so that every equivalence class over the quasi-identifiers the schemas declare (minimum: Sex,
#: age_at_diagnosis, pathology; CDM: birth sex, diagnosis code, age at diagnosis) holds five patients, k = 5 of
#: validators/profile.yaml. Their offsets differ, so no two rows are near duplicates.
COHORT = [
    (f"EX-{i:04d}", "COM1001366", "60" if i <= 5 else "70", "BP1000021", "PROSTATE", "MR",
     "Siemens" if i % 2 else "Philips", str(-20 - 3 * i), str(21 + 2 * i))
    for i in range(1, 11)
]
#: hyper-ontology codes of the CDM columns the federated search reads (validators/search.yaml): prostate
#: cancer CLIN1000075, magnetic resonance imaging IMG1000038, the manufacturers' concepts
DIAGNOSIS = "CLIN1000075"
MODALITY = "IMG1000038"
MANUFACTURER = {"Siemens": "IMG1000044", "Philips": "IMG1000046"}
#: interoperability level of each tier (hyper-ontology labels: SPEC1000009 Tier 1, SPEC1000011 Tier 2,
#: SPEC1000010 Tier 3)
LEVEL = {1: "SPEC1000009", 2: "SPEC1000011", 3: "SPEC1000010"}
#: A complete record (every recommended property): the example checks with no warning.
RECORD = REPO / "scripts" / "example_record.ttl"


def write(out: Path, tier: int = 1) -> None:
    patients = PATIENTS if tier == 1 else COHORT
    if out.exists():
        shutil.rmtree(out)
    (out / "metadata").mkdir(parents=True)
    record = RECORD.read_text(encoding="utf-8")
    if tier > 1:
        # the record declares the tier the dataset meets, and names the dataset by the CDM's dataset_id
        record = record.replace("eucaim:interoperabilityLevel eucaim:SPEC1000009",
                                f"eucaim:interoperabilityLevel eucaim:{LEVEL[tier]}")
        record = record.replace('dct:identifier "https://data.example.org/eucaim/dataset-001"',
                                f'dct:identifier "{DATASET_ID}"')
    (out / "metadata" / "dataset.ttl").write_text(record, encoding="utf-8")
    clinical = out / "clinical"
    clinical.mkdir()
    with open(clinical / f"{DATASET_ID}_minimum_clinical.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        # every mandatory and mandatory-if-available column, so that the example shows a clean Tier-1 table
        w.writerow(["PatientID", "Population", "Sex", "radiological_detection_offset_days",
                    "pathology_confirmation_offset_days", "first_treatment_offset_days", "offset_baseline",
                    "age_at_diagnosis", "topography_organ", "pathology_confirmation_method", "pathology",
                    "imaging_procedure_protocol", "treatment", "topography_region", "topography_laterality"])
        for pid, sex, age, organ, _, _, _, detected, treated in patients:
            # topography_region/_laterality are optional for a positive case but noted when absent (info):
            # given here so that the example checks with no finding at all
            w.writerow([pid, "COM1001087", sex, detected, "0", treated, "pathology confirmation", age, organ,
                        "CLIN1001712", "8140/3", "MR prostate multiparametric", "CLIN1024528", organ, "IMG1016695"])
    for pid, _, age, _, body_part, modality, maker, *_ in patients:
        study, name = f"{pid}-study-1", f"{pid}-series-1"
        # Tier 3 files the images as <PatientID>/<StudyInstanceUID>/<SeriesInstanceUID>/ (site/dicom-layout.md)
        folder = (out / "imaging" / pid / uid(study) / uid(f"{study}/{name}") if tier == 3
                  else out / "imaging" / pid / "study-1" / "series-1")
        series(folder, 3, patient_id=pid, study=study, series=name, modality=modality,
               body_part=body_part, manufacturer=maker, patient_age=f"0{int(float(age))}Y",
               series_description="T2 AX")
    if tier > 1:
        write_cdm(clinical, tier, patients)


def _table(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def write_cdm(clinical: Path, tier: int, patients: list[tuple[str, ...]]) -> None:
    """The CDM output tables (ETL output names, shared/reference/eucaim-cdm/cdm-output-columns.csv) beside the
    minimum table: Tier 2 the tables of the search keys, Tier 3 the same with every column the data give."""
    full = tier == 3
    _table(clinical / "dataset.csv", ["dataset_id", "dataset_title", "dataset_description"],
           [[DATASET_ID, "Synthetic prostate MRI collection", "Made-up biparametric prostate MRI studies"]])
    _table(clinical / "patient.csv", ["patient_id", "dataset_id", "patient_birth_sex"],
           [[pid, DATASET_ID, sex] for pid, sex, *_ in patients])
    cond = ["cancer_condition_id", "patient_id", "cancer_condition_code"]
    if full:
        cond += ["cancer_condition_age_at_diagnosis", "cancer_condition_age_unit"]
    _table(clinical / "cancer_condition.csv", cond,
           [[str(i), pid, DIAGNOSIS] + ([age, "COM1000151"] if full else [])
            for i, (pid, _, age, *_) in enumerate(patients, 1)])
    _table(clinical / "image_study.csv", ["study_id", "patient_id", "study_uid"],
           [[str(i), pid, uid(f"{pid}-study-1")] for i, (pid, *_) in enumerate(patients, 1)])
    _table(clinical / "image_series.csv",
           ["series_id", "series_uid", "study_uid", "study_id", "series_description", "series_manufacturer",
            "series_body_side_code", "series_modality"],
           [[str(i), uid(f"{pid}-study-1/{pid}-series-1"), uid(f"{pid}-study-1"), str(i), "T2 AX",
             MANUFACTURER[maker], organ, MODALITY]
            for i, (pid, _, _, organ, _, _, maker, *_) in enumerate(patients, 1)])


#: The typical Tier-1 mistakes of examples/tier1-failing, each with the rule that catches it
#: (tests/test_examples_verdicts.py asserts exactly these).
MISTAKES = {
    "minimum.linkage.clinical_without_images": "EX-0003 has clinical data but its images were left out",
    "minimum.positive_case_record.sex.code": "Sex written as a local code (M) instead of a hyper-ontology code",
    "minimum.positive_case_record.patientid.unique": "EX-0002 entered twice in the clinical table",
    "dcat_ap.dataset.description.min_count": "the catalogue record's dataset lost its dct:description",
}


def write_failing(out: Path) -> None:
    """examples/tier1-failing: the Tier-1 example with the handful of typical mistakes of MISTAKES."""
    write(out)
    shutil.rmtree(out / "imaging" / "EX-0003")
    table = out / "clinical" / f"{DATASET_ID}_minimum_clinical.csv"
    with open(table, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    sex = rows[0].index("Sex")
    rows[1][sex] = "M"
    rows.append(list(rows[2]))  # EX-0002 again
    with open(table, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    record = out / "metadata" / "dataset.ttl"
    text = record.read_text(encoding="utf-8")
    line = '    dct:description "Made-up biparametric prostate MRI studies used to test catalogue records."@en ;\n'
    assert line in text
    record.write_text(text.replace(line, ""), encoding="utf-8")


if __name__ == "__main__":
    for tier in (1, 2, 3):
        write(REPO / "examples" / f"tier{tier}-dataset", tier)
    write_failing(REPO / "examples" / "tier1-failing")
    print("wrote examples/tier1-dataset, tier2-dataset, tier3-dataset and tier1-failing", file=sys.stderr)
