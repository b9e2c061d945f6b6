"""Maintainer script: (re)write the shipped synthetic example datasets examples/tier1-dataset/ and
examples/tier1-failing/ (the same with a handful of typical Tier-1 mistakes).

    .venv/bin/python scripts/make_example_dataset.py

Everything is synthetic and deterministic (UIDs derived from names), so rerunning gives identical files;
tests/test_example_dataset.py checks that and that `eucaim check` passes it at Tier 1.
"""

from __future__ import annotations

import csv
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from dicom_factory import series  # noqa: E402  (the tests' DICOM writer; not part of the package)

DATASET_ID = "4fcdd34b95f8eed2a3d07291e4c2173e"
PATIENTS = [  # PatientID, sex code, age at diagnosis, organ code, DICOM body part, modality, manufacturer
    ("EX-0001", "COM1001366", "67.5", "BP1000113", "PROSTATE", "MR", "Siemens"),
    ("EX-0002", "COM1001366", "71.0", "BP1000113", "PROSTATE", "MR", "Philips"),
    ("EX-0003", "COM1001366", "58.2", "BP1000113", "PROSTATE", "MR", "Siemens"),
]
#: A complete record (every recommended property): the example checks with no warning.
RECORD = REPO / "scripts" / "example_record.ttl"


def write(out: Path) -> None:
    if out.exists():
        shutil.rmtree(out)
    (out / "metadata").mkdir(parents=True)
    shutil.copyfile(RECORD, out / "metadata" / "dataset.ttl")
    clinical = out / "clinical"
    clinical.mkdir()
    with open(clinical / f"{DATASET_ID}_minimum_clinical.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        # every mandatory and mandatory-if-available column, so that the example shows a clean Tier-1 table
        w.writerow(["PatientID", "Population", "Sex", "radiological_detection_offset_days",
                    "pathology_confirmation_offset_days", "first_treatment_offset_days", "offset_baseline",
                    "age_at_diagnosis", "topography_organ", "pathology_confirmation_method", "pathology",
                    "imaging_procedure_protocol", "treatment", "topography_region", "topography_laterality"])
        for pid, sex, age, organ, *_ in PATIENTS:
            # topography_region/_laterality are optional for a positive case but noted when absent (info):
            # given here so that the example checks with no finding at all
            w.writerow([pid, "COM1001087", sex, "-30", "0", "28", "pathology confirmation", age, organ,
                        "CLIN1001712", "8140/3", "MR prostate multiparametric", "CLIN1024528", organ, "IMG1016695"])
    for pid, _, age, _, body_part, modality, maker in PATIENTS:
        folder = out / "imaging" / pid / "study-1" / "series-1"
        series(folder, 3, patient_id=pid, study=f"{pid}-study-1", series=f"{pid}-series-1", modality=modality,
               body_part=body_part, manufacturer=maker, patient_age=f"0{int(float(age))}Y",
               series_description="T2 AX")


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
    write(REPO / "examples" / "tier1-dataset")
    write_failing(REPO / "examples" / "tier1-failing")
    print("wrote examples/tier1-dataset and examples/tier1-failing", file=sys.stderr)
