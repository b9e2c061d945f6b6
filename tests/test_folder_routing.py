"""A folder checked alone goes to the engine of what it holds: a .json file inside a DICOM/NIfTI tree or beside
clinical tables is not a catalogue record (it was: the whole folder went to the SHACL engine and reported
dcat_ap.graph.no_dataset, checking neither images nor tables). A folder of records still goes to SHACL."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.conftest import run_cli

REPO = Path(__file__).resolve().parents[1]


def _ids(target: Path, tier: int) -> tuple[int, dict[str, str]]:
    code, out, err = run_cli(["check", str(target), "--tier", str(tier), "--format", "json", "--no-progress"])
    assert out.strip(), err
    return code, {f["rule_id"]: f["severity"] for f in json.loads(out)["findings"]}


def test_nifti_with_sidecar_in_a_dicom_tree(tmp_path: Path) -> None:
    from tests import dicom_factory as f

    f.series(tmp_path / "P1" / "study-1" / "series-1", 2, patient_id="P1", study="P1-s")
    f.nifti(tmp_path / "P2" / "scan.nii.gz", f.dicom_json(
        PatientID=("LO", "P2"), Modality=("CS", "MR"), BodyPartExamined=("CS", "PROSTATE"),
        Manufacturer=("LO", "Acme"), AcquisitionDate=("DA", "20240101"), PatientAge=("AS", "045Y")))
    code, ids = _ids(tmp_path, 3)
    assert ids.get("dicom.nifti.format") == "violation"  # NIfTI is accepted up to tier 2 only
    assert not any(r.startswith("dcat_ap.") for r in ids)
    assert code == 1


def test_one_object_json_beside_a_clinical_table(tmp_path: Path) -> None:
    src = next((REPO / "examples" / "tier1-dataset" / "clinical").glob("*.csv"))
    shutil.copy(src, tmp_path / "clinical.csv")
    (tmp_path / "clinical-2.json").write_text(json.dumps({"PatientID": "X1", "Sex": "COM1001366"}), encoding="utf-8")
    code, ids = _ids(tmp_path, 1)
    assert ids.get("minimum.etl.not_records") == "violation"
    assert not any(r.startswith("dcat_ap.") for r in ids)
    assert code == 1


def test_a_folder_of_records_is_still_checked_as_records(tmp_path: Path) -> None:
    shutil.copy(REPO / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-minimal.jsonld", tmp_path / "record.jsonld")
    code, ids = _ids(tmp_path, 1)
    assert code == 0
    assert ids and all(r.startswith("dcat_ap.") for r in ids)


def test_nifti_sidecar_in_a_dataset_is_no_clinical_table(tmp_path: Path) -> None:
    """imaging/ of a dataset: a DICOM-JSON sidecar is read by the dicom engine, never as a table (it was:
    minimum.etl.not_records, one violation per sidecar)."""
    from tests import dicom_factory as f

    d = tmp_path / "ds"
    shutil.copytree(REPO / "examples" / "tier1-dataset", d)
    f.nifti(d / "imaging" / "EX-0001" / "scan.nii.gz", f.dicom_json(
        PatientID=("LO", "EX-0001"), Modality=("CS", "MR"), BodyPartExamined=("CS", "PROSTATE"),
        Manufacturer=("LO", "Acme"), AcquisitionDate=("DA", "20240101"), PatientAge=("AS", "045Y")))
    code, ids = _ids(d, 1)
    assert ids.get("dicom.nifti.format") == "info"
    assert "minimum.etl.not_records" not in ids
    assert code == 0
