"""The shipped example dataset: reproducible from its script, checked at Tier 1, and from an installed wheel."""

from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "examples" / "tier1-dataset"


def _hashes(root: Path) -> dict[str, str]:
    return {p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


def test_examples_are_what_their_script_writes(tmp_path):
    spec = importlib.util.spec_from_file_location("make_example", REPO / "scripts" / "make_example_dataset.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for tier in (1, 2, 3):
        module.write(tmp_path / f"tier{tier}", tier)
        assert _hashes(tmp_path / f"tier{tier}") == _hashes(REPO / "examples" / f"tier{tier}-dataset"), tier
    module.write_failing(tmp_path / "failing")
    assert _hashes(tmp_path / "failing") == _hashes(REPO / "examples" / "tier1-failing")


def test_example_conforms_at_tier_1_with_every_part_checked():
    before = _hashes(EXAMPLE)
    code, out, err = run_cli(["check", str(EXAMPLE), "--tier", "1", "--format", "json", "--no-progress"])
    assert code == 0, out[-2000:]
    report = json.loads(out)
    assert report["achieved_tier"] == 1 and report["conforms"] is True
    assert report["summary"]["violation"] == 0
    assert "metadata:" in err and "imaging:" in err and "sql:" in err
    statuses = {i["id"]: i["status"] for i in report["indicators"]}
    assert statuses["T1-1"] == "pass" and statuses["T1-2"] == "pass"
    assert _hashes(EXAMPLE) == before  # inputs are never modified


def test_example_fails_tier_3_and_says_which_tier_it_reaches():
    code, out, _ = run_cli(["check", str(EXAMPLE), "--tier", "3", "--format", "json", "--no-progress"])
    report = json.loads(out)
    # the example keeps study-1/series-1 folders, not the Tier-3 <PatientID>/<StudyUID>/<SeriesUID> layout;
    # it has a minimum clinical table and no CDM tables, so nothing evidences Tier 2 (issue 14)
    assert code == 1 and report["target_tier"] == 3 and report["achieved_tier"] == 1
    assert [t["status"] for t in report["tiers"]] == ["met", "not_assessed", "not_met"]
    violations = {f["rule_id"] for f in report["findings"] if f["severity"] == "violation"}
    assert violations == {"dicom.layout.folder_structure"}


@pytest.mark.slow
def test_installed_wheel_checks_the_example(tmp_path):
    """The wheel carries schemas/, shapes/, generators/, validators/ and the artifacts: check works from it."""
    uv = Path(sys.executable).parent / "uv"
    subprocess.run([str(uv), "build", "--wheel", "-q", "-o", str(tmp_path / "dist"), str(REPO)], check=True)
    wheel = next((tmp_path / "dist").glob("eucaim_spec-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([str(uv), "venv", "-q", "-p", sys.executable, str(venv)], check=True)
    py = venv / "bin" / "python"
    subprocess.run([str(uv), "pip", "install", "-q", "-p", str(py), "-r", str(REPO / "requirements.lock")],
                   check=True)
    subprocess.run([str(uv), "pip", "install", "-q", "-p", str(py), "--no-deps", str(wheel)], check=True)
    env = {k: v for k, v in os.environ.items() if k != "EUCAIM_SPEC_ROOT"}
    res = subprocess.run([str(venv / "bin" / "eucaim"), "check", str(EXAMPLE), "--tier", "1", "--format", "json"],
                         capture_output=True, text=True, cwd=tmp_path, env=env, check=False)
    assert res.returncode == 0, res.stderr[-2000:]
    assert json.loads(res.stdout)["achieved_tier"] == 1
    located = subprocess.run([str(py), "-c", "from eucaim_spec.paths import spec_root; print(spec_root())"],
                             capture_output=True, text=True, cwd=tmp_path, env=env, check=True).stdout.strip()
    assert "site-packages" in located and located.endswith("_spec")
    # the wheel carries the DICOM header scan's compiled walk (hatch_build.py compiled it), and the scan uses it
    probe = "from eucaim_spec.validate.dicom import scan; print(scan._COMPILED.__file__)"
    walk = subprocess.run([str(py), "-c", probe], capture_output=True, text=True, cwd=tmp_path, env=env, check=True)
    assert "site-packages" in walk.stdout and "_walk" in walk.stdout


def test_imaging_tag_tables_instead_of_dicom_are_checked_with_the_clinical_data(tmp_path):
    """imaging/ may hold the extracted tag table instead of DICOM: linkage is still checked both ways."""
    import shutil

    ds = tmp_path / "ds"
    shutil.copytree(EXAMPLE / "metadata", ds / "metadata")
    shutil.copytree(EXAMPLE / "clinical", ds / "clinical")
    (ds / "imaging").mkdir()
    (ds / "imaging" / "tags.csv").write_text(
        "PatientID,StudyInstanceUID,SeriesInstanceUID,Modality,BodyPartExamined,Manufacturer,AcquisitionDate\n"
        "EX-0001,2.25.1,2.25.11,MR,PROSTATE,Siemens,20240101\n"
        "EX-0002,2.25.2,2.25.21,MR,PROSTATE,Philips,20240102\n"
        "EX-9999,2.25.9,2.25.91,MR,PROSTATE,Philips,20240103\n")
    code, out, err = run_cli(["check", str(ds), "--format", "json", "--no-progress"])
    report = json.loads(out)
    ids = {f["rule_id"]: f for f in report["findings"]}
    assert "minimum.dataset.part_unreadable" not in ids and "minimum.dataset.imaging_missing" not in ids
    assert ids["minimum.linkage.clinical_without_images"]["count"] == 1  # EX-0003 has no images
    assert ids["minimum.linkage.images_without_clinical"]["count"] == 1  # EX-9999 has no clinical row
    assert code == 1
