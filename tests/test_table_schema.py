"""Generated Frictionless table schemas and data packages: valid descriptors that catch bad rows."""

from __future__ import annotations

import json

import pytest

from eucaim_spec.paths import ARTIFACTS_DIR

PACKAGES = [ARTIFACTS_DIR / "tableschema" / s / "datapackage.json" for s in ("cdm", "minimum")]


@pytest.mark.parametrize("package", PACKAGES, ids=lambda p: p.parent.name)
def test_every_table_schema_is_a_valid_frictionless_descriptor(package):
    from frictionless import Schema

    doc = json.loads(package.read_text())
    assert doc["resources"]
    for res in doc["resources"]:
        descriptor = json.loads((package.parent / res["schema"]).read_text())
        descriptor.pop("$comment")
        Schema.from_descriptor(descriptor)  # raises FrictionlessException when invalid


def test_cdm_patient_table_schema_has_every_column_and_the_keys():
    doc = json.loads((ARTIFACTS_DIR / "tableschema" / "cdm" / "patient.schema.json").read_text())
    names = [f["name"] for f in doc["fields"]]
    assert names[0] == "patient_id" and "patient_birth_sex" in names and len(names) == 12
    assert doc["primaryKey"] == ["patient_id"]
    fk = {"fields": ["dataset_id"], "reference": {"resource": "dataset", "fields": ["dataset_id"]}}
    assert fk in doc["foreignKeys"]
    sex = next(f for f in doc["fields"] if f["name"] == "patient_birth_sex")
    assert "COM1001366" in sex["constraints"]["enum"]


def test_frictionless_catches_a_bad_row_with_the_generated_schema(tmp_path):
    from frictionless import Resource, Schema

    descriptor = json.loads((ARTIFACTS_DIR / "tableschema" / "cdm" / "patient.schema.json").read_text())
    descriptor.pop("$comment")
    descriptor.pop("foreignKeys", None)  # the other tables are not part of this one-file check
    names = [f["name"] for f in descriptor["fields"]]
    rows = [{"patient_id": "P1", "patient_birth_sex": "COM1001366", "patient_deceased": "false"},
            {"patient_id": "P2", "patient_birth_sex": "NOT-A-CODE", "patient_deceased": "false"}]
    lines = [",".join(names)] + [",".join(r.get(n, "") for n in names) for r in rows]
    (tmp_path / "patient.csv").write_text("\n".join(lines) + "\n")
    resource = Resource(path="patient.csv", basepath=str(tmp_path), schema=Schema.from_descriptor(descriptor))
    report = resource.validate()
    errors = report.flatten(["rowNumber", "fieldName", "type"])
    assert errors == [[3, "patient_birth_sex", "constraint-error"]]
