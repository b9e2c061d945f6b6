"""``eucaim extract-tags``: series JSON, tags CSV, correspondence CSV; byte-stable; input untouched."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pydicom
from click.testing import CliRunner
from dicom_factory import image, save, series, tree_hashes, uid

from eucaim_spec.cli.extract_tags_cmd import extract_tags as extract_tags_cmd


def build(root: Path) -> None:
    series(root / "a" / "ct", 3, patient_id="PSEUDO-2", study="s1", series="ct")
    series(root / "a" / "mr", 2, patient_id="PSEUDO-2", study="s2", series="mr", modality="MR")
    save(image(patient_id="PSEUDO-1", study="s3", series="x"), root / "b" / "1.dcm")
    (root / "junk.txt").write_text("x")


def invoke(*args: str) -> object:
    return CliRunner().invoke(extract_tags_cmd, list(args))


def test_outputs(tmp_path: Path) -> None:
    build(tmp_path / "img")
    before = tree_hashes(tmp_path / "img")
    result = invoke(str(tmp_path / "img"), "-o", str(tmp_path / "out"), "--workers", "1", "--include-free-text")
    assert result.exit_code == 0, result.output
    assert "3 series from 6 DICOM files, 3 studies" in result.output
    assert "reminder: the free-text descriptors" in result.output
    assert "1 files skipped" in result.output
    assert tree_hashes(tmp_path / "img") == before
    out = tmp_path / "out"
    jsons = sorted(p.name for p in (out / "series").iterdir())
    assert jsons == sorted(f"{uid(s)}.json" for s in ("s1/ct", "s2/mr", "s3/x"))
    ds = pydicom.Dataset.from_json(json.loads((out / "series" / f"{uid('s1/ct')}.json").read_text()))
    assert (
        ds.Modality == "CT" and ds.InstanceNumber == 1 and "PixelData" not in ds and "PatientName" not in ds
    )
    rows = list(csv.reader((out / "series_tags.csv").open()))
    assert rows[0] == [
        "PatientID",
        "StudyInstanceUID",
        "SeriesInstanceUID",
        "Modality",
        "BodyPartExamined",
        "Manufacturer",
        "AcquisitionDate",
        "PatientAge",
        "SeriesDescription",
        "NumberOfFiles",
    ]
    assert [r[0] for r in rows[1:]] == ["PSEUDO-1", "PSEUDO-2", "PSEUDO-2"]
    assert rows[2][-1] in ("3", "2")
    corr = list(csv.reader((out / "imaging_studies_episodes.csv").open()))
    assert corr[0] == [
        "PatientID",
        "StudyUID",
        "StudyDate",
        "StudyDescription",
        "Episode",
        "Imaging Timepoint",
    ]
    assert corr[1] == ["PSEUDO-1", uid("s3"), "20240101", "CT THORAX", "", ""]
    assert len(corr) == 4


def test_byte_stable_and_parallel_equal(tmp_path: Path) -> None:
    build(tmp_path / "img")
    outputs = []
    for n, workers in enumerate(("1", "2")):
        dst = tmp_path / f"out{n}"
        assert invoke(str(tmp_path / "img"), "-o", str(dst), "--workers", workers).exit_code == 0
        outputs.append(tree_hashes(dst))
    assert outputs[0] == outputs[1]


def test_selected_tags(tmp_path: Path) -> None:
    build(tmp_path / "img")
    result = invoke(
        str(tmp_path / "img"), "-o", str(tmp_path / "out"), "--tags", "Modality,ImageType,InstanceNumber"
    )
    assert result.exit_code == 0, result.output
    rows = list(csv.reader((tmp_path / "out" / "series_tags.csv").open()))
    assert rows[0][3:] == ["Modality", "ImageType", "InstanceNumber", "NumberOfFiles"]
    assert rows[1][4] == "ORIGINAL\\PRIMARY\\AXIAL"


def test_bad_input(tmp_path: Path) -> None:
    result = invoke(str(tmp_path / "absent"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 3
    assert "no such file or directory" in result.output
    build(tmp_path / "img")
    result = invoke(str(tmp_path / "img"), "-o", str(tmp_path / "img" / "out"))
    assert result.exit_code == 2
    assert "must not be inside" in result.output
    result = invoke(str(tmp_path / "img"), "-o", str(tmp_path / "out"), "--tags", "NoSuchKeyword")
    assert result.exit_code == 2
