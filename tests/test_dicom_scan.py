"""The header scan: statuses, read-only, headers only, serial == parallel, detection, bad paths."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pydicom.data
import pytest
from dicom_factory import image, item, nested_seeds, nifti, save, seg, series, tree_hashes
from pydicom.uid import ImplicitVRLittleEndian

from eucaim_spec.errors import InputError
from eucaim_spec.validate.catalogue import ENGINES
from eucaim_spec.validate.check import STEP_ORDER
from eucaim_spec.validate.dicom import header as dicom_header
from eucaim_spec.validate.dicom import scan as dicom_scan
from eucaim_spec.validate.dicom.engine import DicomEngine
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.options import CheckOptions


def mixed_tree(root: Path, n_series: int = 6, per_series: int = 12) -> None:
    """A tree with good series, a gap, duplicates, bad files and a SEG."""
    for k in range(n_series):
        patient = f"PSEUDO-{k % 3:03d}"
        series(
            root / patient / f"st{k}" / "se",
            per_series,
            patient_id=patient,
            study=f"st{k}",
            series="se",
            skip=[5] if k == 2 else [],
        )
    save(image(study="st0", series="se", instance=1), root / "dup.dcm")
    (root / "zero").write_bytes(b"")
    (root / "readme.md").write_text("hello")
    sources = [image(patient_id="PSEUDO-000", study="st0", series="se", instance=i) for i in (1, 2)]
    save(seg(sources), root / "PSEUDO-000" / "st0" / "seg" / "seg.dcm")
    nifti(root / "vol.nii.gz", None)


def test_statuses_and_columns(tmp_path: Path) -> None:
    mixed_tree(tmp_path, n_series=1, per_series=2)
    table = dicom_scan.scan_tree(tmp_path, workers=1)
    rows = {r["path"]: r for r in table.to_pylist()}
    assert rows["zero"]["status"] == "zero_byte"
    assert rows["readme.md"]["status"] == "not_dicom"
    assert rows["vol.nii.gz"]["status"] == "nifti"
    ok = rows["PSEUDO-000/st0/se/IM0001.dcm"]
    assert ok["status"] == "ok"
    assert ok["PatientID"] == "PSEUDO-000" and ok["Modality"] == "CT" and ok["InstanceNumber"] == 1
    assert ok["identifying_tags"] == []
    segrow = rows["PSEUDO-000/st0/seg/seg.dcm"]
    assert segrow["segments"][0]["SegmentLabel"] == "lesion"
    assert segrow["segments"][0]["SegmentAlgorithmType"] == "MANUAL"
    assert segrow["ReferencedSeriesUIDs"] == [ok["SeriesInstanceUID"]]
    assert table.column_names == dicom_scan.table_schema().names


def test_headers_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 2 MB image is scanned reading a few hundred bytes: the pixel data is seeked over, never read."""
    path = save(image(pixels=1024), tmp_path / "big.dcm")
    read = []
    real_open = dicom_scan.open_file

    class Counting:
        def __init__(self, fh):  # type: ignore[no-untyped-def]
            self.fh = fh
            self.name = fh.name

        def read(self, n: int = -1) -> bytes:
            data = self.fh.read(n)
            read.append(len(data))
            return data

        def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
            return getattr(self.fh, name)

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.fh.close()

    monkeypatch.setattr(dicom_scan, "open_file", lambda p: Counting(real_open(p)))
    row = dicom_scan.scan_file(str(tmp_path), "big.dcm", path.stat().st_size)
    assert row["status"] == "ok"
    assert path.stat().st_size > 2_000_000
    assert sum(read) <= 2 * dicom_header.BLOCK  # one block of header, never the 2 MB of pixels


def test_serial_and_parallel_scans_give_identical_findings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    mixed_tree(tmp_path)
    monkeypatch.setattr(dicom_scan, "PARALLEL_MIN_FILES", 0)
    reports = []
    for workers in (1, 2):
        ctx = CheckContext(target_tier=3, root=tmp_path, options=CheckOptions(dicom_workers=workers))
        findings = DicomEngine().check(tmp_path, ctx)
        reports.append(json.dumps([f.model_dump() for f in findings], sort_keys=True))
        assert ctx.imaging is not None and ctx.imaging.table.num_rows == 6 * 12 - 1 + 5
    assert reports[0] == reports[1]
    assert "dicom.integrity.instance_number_gaps" in reports[0]


def test_eucaim_check_forks_its_workers_and_agrees_with_one_worker(tmp_path: Path) -> None:
    """A fresh ``eucaim check`` runs one thread when the scan starts: its workers are forked (no start-up import)
    and report exactly what one in-process worker reports; once pyarrow runs threads, a forkserver is used."""
    mixed_tree(tmp_path, n_series=24, per_series=12)  # above PARALLEL_MIN_FILES: the pool is used
    eucaim = Path(sys.executable).parent / "eucaim"
    reports = []
    for workers in ("1", "2"):
        out = tmp_path.parent / f"report-{workers}.json"
        run = subprocess.run(
            [str(eucaim), "check", str(tmp_path), "--format", "json", "-o", str(out), "--workers", workers],
            check=False,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 1, run.stderr  # the gap and the duplicates are violations
        reports.append(json.loads(out.read_text())["findings"])
    assert len(reports[0]) > 0 and reports[0] == reports[1]
    assert "dicom.integrity.instance_number_gaps" in json.dumps(reports[0])
    probe = (
        "from eucaim_spec.validate.dicom import scan; print(scan.pool_context().get_start_method()); "
        "import pyarrow; print(scan.pool_context().get_start_method())"
    )
    methods = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert methods.split() == ["fork", "forkserver"]


def test_the_plan_runs_imaging_before_clinical() -> None:
    """The scan is handed to the sql engine's linkage rules (``CheckContext.imaging``): every engine has a
    place in the run order, and dicom comes before sql."""
    assert set(STEP_ORDER) == set(ENGINES)
    assert STEP_ORDER["dicom"] < STEP_ORDER["sql"]


def test_scan_never_modifies_input(tmp_path: Path) -> None:
    mixed_tree(tmp_path, n_series=2, per_series=3)
    before = tree_hashes(tmp_path)
    mtimes = {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()}
    ctx = CheckContext(target_tier=3, root=tmp_path, options=CheckOptions(dicom_workers=1))
    DicomEngine().check(tmp_path, ctx)
    assert tree_hashes(tmp_path) == before
    assert {p: p.stat().st_mtime_ns for p in tmp_path.rglob("*") if p.is_file()} == mtimes


def test_missing_path_is_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        dicom_scan.scan_tree(tmp_path / "absent", workers=1)
    ctx = CheckContext(root=tmp_path)
    with pytest.raises(InputError):
        DicomEngine().check(tmp_path / "absent", ctx)


def test_folder_without_dicom_is_input_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x")
    assert not DicomEngine().detect(tmp_path)
    with pytest.raises(InputError, match="no DICOM"):
        DicomEngine().check(tmp_path, CheckContext(root=tmp_path, options=CheckOptions(dicom_workers=1)))


def test_detect(tmp_path: Path) -> None:
    save(image(), tmp_path / "deep" / "er" / "no_extension")
    assert DicomEngine().detect(tmp_path)
    assert DicomEngine().detect(tmp_path / "deep" / "er" / "no_extension")
    no_meta = tmp_path / "nm"
    shutil.copy(pydicom.data.get_testdata_file("ExplVR_LitEndNoMeta.dcm", read=False), no_meta)
    assert DicomEngine().detect(no_meta)
    assert not DicomEngine().detect(tmp_path / "nothing")


def test_single_file(tmp_path: Path) -> None:
    path = save(image(patient_id=None), tmp_path / "one.dcm")
    ctx = CheckContext(root=tmp_path, options=CheckOptions(dicom_workers=1))
    [f] = DicomEngine().check(path, ctx)
    assert f.rule_id == "minimum.imaging.patient_id.required"
    assert f.examples == ["one.dcm"]


def test_dicomdir_is_recognised_and_skipped(tmp_path: Path) -> None:
    src = Path(pydicom.data.get_testdata_file("DICOMDIR", read=False)).parent
    shutil.copytree(src, tmp_path / "d")
    table = dicom_scan.scan_tree(tmp_path / "d", workers=1)
    status = dict(zip(table.column("path").to_pylist(), table.column("status").to_pylist(), strict=True))
    assert status["DICOMDIR"] == "dicomdir"
    assert status["DICOMDIR-bigEnd"] == "dicomdir"  # recognised by its SOP class, whatever its name
    assert status["TINY_ALPHA/PT000000/ST000000/SE000000/IM000000"] == "ok"


def test_progress_bar_goes_to_stderr(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    series(tmp_path, 3)
    ctx = CheckContext(root=tmp_path, progress=True, options=CheckOptions(dicom_workers=1))
    DicomEngine().check(tmp_path, ctx)
    assert capsys.readouterr().out == ""


def test_fast_reader_and_pydicom_give_the_same_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The struct-based header reader and pydicom agree on every pydicom test file and our own files."""
    src = Path(pydicom.data.get_testdata_file("CT_small.dcm", read=False)).parent
    shutil.copytree(src, tmp_path / "pydicom")
    mixed_tree(tmp_path / "ours", n_series=2, per_series=3)
    save(
        image(series="seeded", seeds={"PatientName": "X^Y", "InstitutionName": "Z"}, private=True),
        tmp_path / "s.dcm",
    )
    # judged values (names, Z/D and C attributes, UIDs): declared dummies, the PatientID, other values, nested too
    judged_seeds = {
        "PatientName": "ANONYMIZED^^", "PatientBirthDate": "00010101", "OperatorsName": "PSEUDO-001",
        "ReferringPhysicianName": "Holmes^S", "StudyID": "1", "UID": "1.02", "ImageComments": "ANONYMIZED",
    }  # fmt: skip
    for syntax in (None, ImplicitVRLittleEndian):
        ds = image(series="judged", seeds=judged_seeds)
        ds.ContentSequence = [item(PersonName="ANONYMOUS", UID="2.25.7"), item(PersonName="Watson^J")]
        save(ds, tmp_path / "judged" / f"{'implicit' if syntax else 'explicit'}.dcm", syntax)
    # attributes inside sequence items: both VR encodings, defined and undefined lengths, cut inside an item
    for syntax in (None, ImplicitVRLittleEndian):
        for undefined in (False, True):
            name = f"{'implicit' if syntax else 'explicit'}-{'undefined' if undefined else 'defined'}"
            ds = nested_seeds(image(series=name, private=True), undefined_length=undefined)
            ds.OtherPatientIDsSequence = [item(), item(IssuerOfPatientID="X", PatientName="Y")]
            ds.RequestAttributesSequence[0].RequestAttributesSequence = []  # a nested sequence without items
            path = save(ds, tmp_path / "nested" / f"{name}.dcm", syntax)
            if not undefined:  # pydicom reads no row from a cut undefined-length sequence (unreadable, as before)
                data = path.read_bytes()
                (tmp_path / "nested" / f"{name}-cut.dcm").write_bytes(data[: data.index(b"Nested^Person") + 4])
    files, _rows = dicom_scan.walk(tmp_path)
    rows = {}
    for fast in (True, False):
        monkeypatch.setattr(dicom_scan, "FAST_PATH", fast)
        rows[fast] = dicom_scan.scan_chunk(str(tmp_path), files)
    assert len(files) > 150
    assert rows[True] == rows[False]
    for row in (r for r in rows[True] if r["path"].startswith("judged/")):
        assert {t["attribute"]: t["location"] for t in row["identifying_tags"]} == {
            "(0008,0090) ReferringPhysicianName": None,
            "(0020,0010) StudyID": None,
            "(0040,A124) UID": None,  # not a valid UID (a leading zero); the nested one is
            "(0040,A123) PersonName": "(0040,A730)[2]>(0040,A123) PersonName",  # item 1 holds a dummy
            "(0040,A730) ContentSequence": None,
        }, row["path"]
    nested = {r["path"]: r for r in rows[True] if r["path"].startswith("nested/")}
    assert len(nested) == 6
    for path, row in nested.items():
        where = {t["attribute"]: t["location"] for t in row["identifying_tags"]}
        assert where == {
            "(0008,0050) AccessionNumber": "(0040,0275)[2]>(0008,0050) AccessionNumber",
            "(0010,0010) PatientName": "(0010,1002)[2]>(0010,0010) PatientName",
            "(0010,0021) IssuerOfPatientID": "(0010,1002)[2]>(0010,0021) IssuerOfPatientID",
            "(0010,1002) OtherPatientIDsSequence": None,
            "(0040,0275) RequestAttributesSequence": None,
            # in a cut file too: its value starts before the end of the file
            "(0040,A123) PersonName": "(0040,A730)[1]>(0040,A730)[1]>(0040,A123) PersonName",
            "(0040,A730) ContentSequence": None,
        }, path
        assert row["private_location"] is None, path  # a top-level private tag
        assert row["status"] == ("truncated" if path.endswith("-cut.dcm") else "ok"), path
