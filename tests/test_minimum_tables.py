"""The minimum-data tables besides the clinical one, checked through `eucaim check` on the packaged schema: the
imaging-timepoint (correspondence) file, segment and annotation-metadata tables, the --series-map CSV, and the
cross-part age rule (images without PatientAge need the age in the clinical table). Every input is synthetic."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "examples" / "tier1-dataset"


def _check(target: Path, tier: int, *extra: str) -> tuple[int, dict[str, int], dict]:
    code, out, err = run_cli(["check", str(target), "--tier", str(tier), "--format", "json", "--no-progress", *extra])
    assert out.strip(), err
    doc = json.loads(out)
    counts: dict[str, int] = {}
    for f in doc["findings"]:
        if f["severity"] == "violation":
            counts[f["rule_id"]] = counts.get(f["rule_id"], 0) + int(f.get("count") or 1)
    return code, counts, doc


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


CORR_HEAD = "PatientID,StudyUID,StudyDate,StudyDescription,Episode,ImagingTimepoint\n"


def test_correspondence_file_gets_its_class_rules(tmp_path: Path) -> None:
    """Starting with PatientID, it was taken for a timepoint list only: no StudyUID rule ran."""
    f = _write(tmp_path / "f.csv", CORR_HEAD + "P1,!,20240101,CT THORAX,Diagnosis,1\n"
               "P2,1.2.3,20240101,CT THORAX,Diagnosis,2\n")
    code, v, doc = _check(f, 3)
    assert code == 1
    assert v == {
        "minimum.imaging_clinical_correspondence.studyuid.pattern": 1,
        # the one study of P2 numbered 2; the id is the catalogue's
        "minimum.imaging_clinical_correspondence.timepoint_order": 1,
    }
    code, out, _ = run_cli(["rules", "--standard", "minimum"])
    ids = {line.split("\t")[0] for line in out.splitlines()}
    assert "minimum.imaging_clinical_correspondence.timepoint_order" in ids
    assert not any(".timepoints." in i for i in ids)


def test_valid_correspondence_file_conforms(tmp_path: Path) -> None:
    f = _write(tmp_path / "f.csv", CORR_HEAD + "P1,1.2.3,20240101,CT THORAX,Diagnosis,1\n"
               "P1,1.2.4,20240301,CT THORAX,Treatment,2\n")
    code, v, _ = _check(f, 3)
    assert (code, v) == (0, {})


def test_date_order_id_is_the_catalogues(tmp_path: Path) -> None:
    """The clinical table's date-order rule fires under the id `eucaim rules` lists."""
    src = next((EXAMPLE / "clinical").glob("*.csv"))
    rows = list(csv.reader(src.open(encoding="utf-8")))
    # the example gives offsets; the dates are added (blank, then out of order in the first row)
    rows[0] += ["radiological_detection_date", "pathology_confirmation_date"]
    for r in rows[1:]:
        r += ["", ""]
    rows[1][-2:] = ["2021-03-02", "2021-03-01"]
    f = tmp_path / src.name
    with f.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    code, v, _ = _check(f, 1)
    assert v.get("minimum.clinical.date_order") == 1
    _, out, _ = run_cli(["rules", "--standard", "minimum"])
    ids = {line.split("\t")[0] for line in out.splitlines()}
    assert "minimum.clinical.date_order" in ids
    assert not any(i.endswith(".date_order") and i != "minimum.clinical.date_order" for i in ids)


SEG_HEAD = "SegmentNumber,SegmentLabel,SegmentDescription,SegmentAlgorithmType,SegmentAlgorithmName\n"


def test_segment_table(tmp_path: Path) -> None:
    """A segment table (e.g. for NIfTI segmentations) is recognised by its columns and checked."""
    d = tmp_path / "imaging"
    d.mkdir()
    _write(d / "segments.csv", SEG_HEAD + "1,prostate,Prostate gland,SEMIAUTOMATIC,\n"
           "0,lesion,Lesion,MANUAL,\n"
           "2,zone,Peripheral zone,FOO,\n"
           f"3,zone,{'x' * 1025},MANUAL,\n")
    code, v, _ = _check(d, 3)
    assert code == 1
    assert v == {
        "minimum.segmentation.algorithm_name_semiautomatic": 1,
        "minimum.segmentation_metadata.segmentnumber.range": 1,
        "minimum.segmentation_metadata.segmentalgorithmtype.enum": 1,
        # 1025 characters: the pattern's bound 1024 is above what the regex engine takes in one piece
        "minimum.segmentation_metadata.segmentdescription.pattern": 1,
    }


def test_valid_segment_table_conforms(tmp_path: Path) -> None:
    """MANUAL segments need no algorithm name; a 1024-character description is within the pattern."""
    d = tmp_path / "imaging"
    d.mkdir()
    _write(d / "segments.csv", SEG_HEAD + "1,prostate,Prostate gland,MANUAL,\n"
           f"2,zone,{'x' * 1024},SEMIAUTOMATIC,tool v1.0\n")
    code, v, doc = _check(d, 3)
    assert (code, v) == (0, {}), doc["findings"]


ANN_HEAD = "dataset_id,number_of_annotators,annotator_type,annotator_experience_years,sequences_used\n"


def test_annotation_metadata_table(tmp_path: Path) -> None:
    d = tmp_path / "clinical"
    d.mkdir()
    _write(d / "annotation.csv", ANN_HEAD + "D1,0,Radiologist,81,T2w\n")
    code, v, _ = _check(d, 3)
    assert code == 1
    assert v == {
        "minimum.dataset_annotation_metadata.number_of_annotators.range": 1,
        "minimum.dataset_annotation_metadata.annotator_experience_years.range": 1,
    }


def test_annotation_metadata_without_optional_columns_conforms(tmp_path: Path) -> None:
    """The segment columns are optional at dataset level: their absence is a note at every tier."""
    d = tmp_path / "clinical"
    d.mkdir()
    _write(d / "annotation.csv", ANN_HEAD + "D1,2,Radiologist,10,T2w\n")
    code, v, doc = _check(d, 3)
    assert (code, v) == (0, {})
    infos = {f["rule_id"] for f in doc["findings"] if f["severity"] == "info"}
    assert "minimum.dataset_annotation_metadata.segmentlabel.required" in infos


def test_series_map_option_is_checked(tmp_path: Path) -> None:
    """--series-map FILE: the mapping is checked as a SeriesDescriptionMapping table, beside the images."""
    bad = _write(tmp_path / "map.csv", "source_series_description,eucaim_series_description\n"
                 "t2_tse_tra,T2 weighted\nt2_tse_tra,Diffusion weighted\nadc,\n")
    code, v, _ = _check(EXAMPLE / "imaging", 1, "--series-map", str(bad))
    assert code == 1
    assert v == {
        "minimum.series_description_mapping.source_series_description.unique": 2,
        "minimum.series_description_mapping.eucaim_series_description.required": 1,
    }
    good = _write(tmp_path / "good.csv", "SeriesDescription,EUCAIMSeriesDescription\nt2_tse_tra,T2 weighted\n")
    code, v, _ = _check(EXAMPLE / "imaging", 1, "--series-map", str(good))
    assert (code, v) == (0, {})


@pytest.mark.parametrize("patient_age", [False, True])
def test_age_not_derivable_across_parts(tmp_path: Path, patient_age: bool) -> None:
    """Images without PatientAge and a clinical row without an age: minimum.imaging.patient_age.derivable at that
    row. With PatientAge in the images the blank age is only the clinical table's own required-value rule."""
    from pydicom import dcmread

    d = tmp_path / "ds"
    shutil.copytree(EXAMPLE, d)
    src = next((d / "clinical").glob("*.csv"))
    rows = list(csv.reader(src.open(encoding="utf-8")))
    pid = rows[1][0]
    rows[1][rows[0].index("age_at_diagnosis")] = ""
    with src.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    for p in (d / "imaging" / pid).rglob("*.dcm"):
        ds = dcmread(p)
        if patient_age:
            ds.PatientAge = "061Y"
        elif "PatientAge" in ds:
            del ds.PatientAge
        ds.save_as(p, enforce_file_format=True)
    code, v, doc = _check(d, 1)
    assert code == 1
    assert v.get("minimum.positive_case_record.age_at_diagnosis.required") == 1
    if patient_age:
        assert "minimum.imaging.patient_age.derivable" not in v
    else:
        assert v.get("minimum.imaging.patient_age.derivable") == 1
        f = next(f for f in doc["findings"] if f["rule_id"] == "minimum.imaging.patient_age.derivable")
        assert f["location"]["row"] == 1 and f["location"]["file"].startswith("clinical/")
        assert pid not in json.dumps(f)  # the row is named, not the patient


def test_etl_input_profile_generates_no_rules() -> None:
    """The ETL input profile is not submitted data (annotation submitted_table: false): no rule for it."""
    code, out, _ = run_cli(["rules", "--standard", "minimum"])
    assert code == 0
    ids = [line.split("\t")[0] for line in out.splitlines()]
    assert "minimum.etl.separator" in ids
    assert not [i for i in ids if i.startswith("minimum.etl_input_profile.")]


def test_series_map_with_db_is_read_as_a_file(tmp_path: Path, pg_url: str) -> None:
    """With --db the sql engine reads the database; the --series-map CSV is still checked as a file, and the
    database is checked once (not again for the map)."""
    import psycopg

    schema = "cov_series_map"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
        # a patient without its dataset row: one cdm finding the database alone raises
        conn.execute(f"CREATE TABLE {schema}.patient (patient_id text, dataset_id text)")
        conn.execute(f"INSERT INTO {schema}.patient VALUES ('P1', NULL)")
    bad = _write(tmp_path / "map.csv", "source_series_description,eucaim_series_description\nt2,\n")
    base = ["check", "--db", pg_url, "--db-schema", schema, "--tier", "3", "--format", "json", "--no-progress"]
    _, out0, err0 = run_cli(base)
    _, out1, err1 = run_cli([*base, "--series-map", str(bad)])
    f0 = [f["rule_id"] for f in json.loads(out0)["findings"]]
    f1 = [f["rule_id"] for f in json.loads(out1)["findings"]]
    assert f0, err0
    assert sorted(f1) == sorted([*f0, "minimum.series_description_mapping.eucaim_series_description.required"]), err1
