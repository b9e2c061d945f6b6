"""No identifying value seeded into DICOM files reaches a finding, a note, a log line or an export."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner
from dicom_factory import NESTED_SEEDS, SEEDS, dicom_json, image, nested_seeds, nifti, save, seg, series
from pydicom.uid import ImplicitVRLittleEndian

from eucaim_spec.cli.extract_tags_cmd import extract_tags as extract_tags_cmd
from eucaim_spec.report.formatters import FORMATS
from eucaim_spec.validate.dicom import scan as dicom_scan
from eucaim_spec.validate.dicom.engine import DicomEngine
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.options import CheckOptions
from tests.conftest import run_cli

SEED_VALUES = sorted([*SEEDS.values(), *NESTED_SEEDS.values()])
#: Where ``nested_seeds`` puts its values, as findings name them (tags and keywords only).
NESTED_LOCATIONS = (
    "(0040,0275)[2]>(0008,0050) AccessionNumber",
    "(0040,A730)[1]>(0040,A730)[1]>(0040,A123) PersonName",
    "(0008,1110)[1]>(0011,0010)",
)


def seeded_tree(root: Path, *, with_nifti: bool = True) -> None:
    sources = series(
        root / "PSEUDO-7" / "st" / "se", 4, skip=[2], patient_id="PSEUDO-7", seeds=SEEDS, private=True
    )
    # invalid values make pydicom want to warn, quoting the value
    save(
        image(series="bad", seeds={**SEEDS, "PatientBirthDate": "1923-04-17"}, acquisition_date="1923-04-17"),
        root / "bad.dcm",
    )
    save(image(series="us", modality="US", burned_in="YES", seeds=SEEDS), root / "us.dcm")
    import pydicom

    s = seg([pydicom.dcmread(p) for p in sources[:2]], description=None)
    save(s, root / "PSEUDO-7" / "st" / "seg" / "seg.dcm")
    # identifying values inside sequence items only: read by the fast reader, in both VR encodings
    save(nested_seeds(image(series="nested")), root / "0-nested" / "explicit.dcm")
    save(nested_seeds(image(series="nested-i"), undefined_length=True), root / "0-nested" / "implicit.dcm",
         ImplicitVRLittleEndian)  # fmt: skip
    cut = save(image(series="cut", seeds=SEEDS), root / "cut.dcm")
    cut.write_bytes(cut.read_bytes()[:-30])
    if not with_nifti:
        return
    nifti(
        root / "vol.nii.gz",
        dicom_json(
            PatientName=("PN", {"Alphabetic": SEEDS["PatientName"]}),
            InstitutionName=("LO", SEEDS["InstitutionName"]),
        ),
    )


def assert_clean(text: str) -> None:
    leaked = [v for v in SEED_VALUES if v in text]
    assert not leaked, f"identifying values leaked: {leaked}"


@pytest.mark.parametrize("tier", [1, 3])
def test_findings_notes_logs_and_stderr_hold_no_seed(
    tmp_path: Path,
    tier: int,
    capsys: pytest.CaptureFixture[str],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seeded_tree(tmp_path)
    monkeypatch.setattr(dicom_scan, "PARALLEL_MIN_FILES", 0)
    caplog.set_level(logging.DEBUG)
    for workers in (1, 2):
        ctx = CheckContext(target_tier=tier, root=tmp_path, progress=True, options=CheckOptions(dicom_workers=workers))
        findings = DicomEngine().check(tmp_path, ctx)
        rendered = json.dumps([f.model_dump() for f in findings])
        assert "dicom.deid.patient_name" in rendered and "dicom.deid.identifying_attributes" in rendered
        assert all(f"0-nested/explicit.dcm: {loc}" in rendered for loc in NESTED_LOCATIONS)
        assert_clean(rendered)
        assert_clean("\n".join(ctx.notes))
    out, err = capsys.readouterr()
    assert_clean(out + err)
    assert_clean(caplog.text)


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_report_format_holds_no_seed(tmp_path: Path, fmt: str) -> None:
    seeded_tree(tmp_path, with_nifti=False)  # a DICOM tree only: the JSON sidecar would read as an RDF record
    code, out, err = run_cli(["check", str(tmp_path), "--format", fmt, "--no-progress", "--workers", "1"])
    assert code == 1, err  # violations
    assert "dicom.deid.identifying_attributes" in out
    # the nested location is named (html escapes >, markdown escapes brackets too)
    assert NESTED_LOCATIONS[0] in out.replace("&gt;", ">").replace("\\[", "[").replace("\\]", "]")
    assert_clean(out + err)


def test_exports_hold_no_seed(tmp_path: Path) -> None:
    seeded_tree(tmp_path / "img")
    result = CliRunner().invoke(
        extract_tags_cmd, [str(tmp_path / "img"), "-o", str(tmp_path / "out"), "--workers", "1"]
    )
    assert result.exit_code == 0, result.output
    assert_clean(result.output)
    for p in sorted((tmp_path / "out").rglob("*")):
        if p.is_file():
            assert_clean(p.read_text(encoding="utf-8"))


def test_refuses_identifying_tags_in_export(tmp_path: Path) -> None:
    seeded_tree(tmp_path / "img")
    result = CliRunner().invoke(
        extract_tags_cmd,
        [str(tmp_path / "img"), "-o", str(tmp_path / "out"), "--tags", "Modality,PatientName"],
    )
    assert result.exit_code == 2
    assert "PatientName (identifying attribute, never exported)" in result.output
    assert not (tmp_path / "out").exists()
