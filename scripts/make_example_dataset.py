"""Maintainer script: (re)write the shipped synthetic example dataset examples/tier1-dataset/.

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
RECORD = REPO / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl"


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
                    "imaging_procedure_protocol", "treatment"])
        for pid, sex, age, organ, *_ in PATIENTS:
            w.writerow([pid, "COM1001087", sex, "-30", "0", "28", "pathology confirmation", age, organ,
                        "CLIN1001712", "8140/3", "MR prostate multiparametric", "CLIN1024528"])
    for pid, _, age, _, body_part, modality, maker in PATIENTS:
        folder = out / "imaging" / pid / "study-1" / "series-1"
        series(folder, 3, patient_id=pid, study=f"{pid}-study-1", series=f"{pid}-series-1", modality=modality,
               body_part=body_part, manufacturer=maker, patient_age=f"0{int(float(age))}Y",
               series_description="T2 AX")


if __name__ == "__main__":
    write(REPO / "examples" / "tier1-dataset")
    print("wrote examples/tier1-dataset", file=sys.stderr)
