"""Mutations of DICOM trees for the dicom engine's rules (and the dataset-level rules of ``eucaim check``).

The dicom rules are hand-written: each checks one property of a file, a series or the tree. The mutation is
looked up by the rule's name (the last part of its id) in ``RECIPES``: a function that writes one patient's
folder of synthetic DICOM (``tests/dicom_factory.py``) broken in that one way. Every rule of the catalogue
with a recipe is covered; a new rule without one shows up as not derived (the test fails until a recipe or
an entry of the uncovered list says why). Each mutation lives in its own patient folder of one tree, checked
once; findings are attributed by the folder named in their location and examples.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.rule_coverage.core import Batch, Mutation

Recipe = Callable[[Path, str], str]  # (tree root, patient) -> what was done


def _series(root: Path, patient: str, n: int = 3, study: str = "s", series: str = "1", **kw: Any) -> list[Path]:
    """A valid series of ``n`` images at <PatientID>/<StudyUID>/<SeriesUID>/ (the Tier-3 layout)."""
    from tests import dicom_factory as f

    st = f"{patient}-{study}"
    folder = root / patient / f.uid(st) / f.uid(f"{st}/{series}")
    kw.setdefault("patient_id", patient)
    return f.series(folder, n, study=st, series=series, **kw)


def _one(root: Path, patient: str, **kw: Any) -> str:
    _series(root, patient, **kw)
    return ", ".join(f"{k}={v!r}" for k, v in kw.items() if k != "seeds") or "valid"


def _seed(keyword: str) -> Recipe:
    from tests.dicom_factory import SEEDS

    def r(root: Path, patient: str) -> str:
        _series(root, patient, seeds={keyword: SEEDS.get(keyword, "SEED-VALUE")})
        return f"{keyword} holds a synthetic identifying value"

    return r


def _without(keyword: str) -> Recipe:
    def r(root: Path, patient: str) -> str:
        from pydicom import dcmread

        for p in _series(root, patient):
            ds = dcmread(p)
            if keyword in ds:
                delattr(ds, keyword)
            ds.save_as(p, enforce_file_format=True)
        return f"{keyword} removed from every file"

    return r


def _dup_sop(root: Path, patient: str) -> str:
    paths = _series(root, patient, n=2)
    (paths[0].parent / "IM0001-copy.dcm").write_bytes(paths[0].read_bytes())
    return "one file stored twice (same SOPInstanceUID)"


def _gaps(root: Path, patient: str) -> str:
    _series(root, patient, n=3, skip=[2])
    return "instances 1 and 3 of a series, 2 missing"


def _not_dicom(root: Path, patient: str) -> str:
    paths = _series(root, patient)
    (paths[0].parent / "notes.txt").write_text("a text file among the images\n", encoding="utf-8")
    return "a text file in the series folder"


def _study_two_ids(root: Path, patient: str) -> str:
    from pydicom import dcmread

    paths = _series(root, patient)
    ds = dcmread(paths[1])
    ds.PatientID = patient + "B"
    ds.save_as(paths[1], enforce_file_format=True)
    return "one file of the study carries another PatientID"


def _study_two_folders(root: Path, patient: str) -> str:
    from tests import dicom_factory as f

    _series(root, patient)
    st = f"{patient}-s"
    other = patient + "B"
    folder = root / other / f.uid(st) / f.uid(f"{st}/2")
    f.series(folder, 2, patient_id=other, study=st, series="2")
    return f"the study filed under {patient}/ and {other}/"


def _symlink(root: Path, patient: str) -> str:
    paths = _series(root, patient)
    os.symlink("..", paths[0].parent / "loop")
    return "a symlink in the series folder pointing to its parent"


def _truncated(root: Path, patient: str) -> str:
    paths = _series(root, patient)
    data = paths[0].read_bytes()
    paths[0].write_bytes(data[: len(data) - 60])
    return "the last 60 bytes of a file cut off"


def _unreadable(root: Path, patient: str) -> str:
    paths = _series(root, patient)
    os.symlink("IM-gone.dcm", paths[0].parent / "IM0009.dcm")
    return "a file that cannot be opened (a symlink to a file that is gone)"


def _zero(root: Path, patient: str) -> str:
    paths = _series(root, patient)
    (paths[0].parent / "IM0009.dcm").write_bytes(b"")
    return "an empty file in the series folder"


def _folder(root: Path, patient: str) -> str:
    from tests import dicom_factory as f

    f.series(root / patient / "study-1" / "series-1", 2, patient_id=patient, study=f"{patient}-s")
    return "files at <PatientID>/study-1/series-1/ (folder names are not the UIDs)"


def _nifti_sidecar(root: Path, patient: str) -> str:
    from tests import dicom_factory as f

    f.nifti(root / patient / "scan.nii.gz", None)
    return "a NIfTI image without its DICOM-JSON sidecar"


def _nifti_format(root: Path, patient: str) -> str:
    from tests import dicom_factory as f

    f.nifti(root / patient / "scan.nii.gz", f.dicom_json(
        PatientID=("LO", patient), Modality=("CS", "MR"), BodyPartExamined=("CS", "PROSTATE"),
        Manufacturer=("LO", "Acme"), AcquisitionDate=("DA", "20240101"), PatientAge=("AS", "045Y")))
    return "a NIfTI image (with sidecar) instead of DICOM"


def _seg(**kw: Any) -> Recipe:
    def r(root: Path, patient: str) -> str:
        from pydicom import dcmread

        from tests import dicom_factory as f

        paths = _series(root, patient, n=2)
        sources = [dcmread(p) for p in paths]
        opts = dict(kw)
        drop_sources = opts.pop("drop_sources", False)
        same_series = opts.pop("same_series", False)
        mutate = opts.pop("mutate", None)
        seg = f.seg(sources, **opts)
        if mutate is not None:
            mutate(seg)
        if same_series:
            seg.SeriesInstanceUID = sources[0].SeriesInstanceUID
        folder = paths[0].parent.parent / str(seg.SeriesInstanceUID)
        f.save(seg, folder / "SEG0001.dcm")
        if drop_sources:
            for p in paths:
                p.unlink()
            f.series(paths[0].parent.parent / f.uid(f"{patient}-s/other"), 1, patient_id=patient,
                     study=f"{patient}-s", series="other")
        return "a DICOM-SEG " + ", ".join(f"{k}={v!r}" for k, v in opts.items()) + (
            " in the series of its images" if same_series else "") + (
            " whose source images are absent" if drop_sources else "") + (
            f" ({mutate.__doc__})" if mutate is not None else "")

    return r


def _no_algo_type(seg: Any) -> None:
    """SegmentAlgorithmType removed"""
    for it in seg.SegmentSequence:
        del it.SegmentAlgorithmType


def _dup_segment_number(seg: Any) -> None:
    """the segment item repeated with the same SegmentNumber"""
    from copy import deepcopy

    seg.SegmentSequence.append(deepcopy(seg.SegmentSequence[0]))


#: rule name (last part of the id) -> the recipe breaking it; the name is the rule's kind for dicom rules
RECIPES: dict[str, Recipe] = {
    "burned_in_annotation": lambda root, p: _one(root, p, burned_in="YES"),
    "burned_in_review": lambda root, p: _one(root, p, modality="US"),
    "dummy_values": _seed("AccessionNumber"),
    "free_text": _seed("ImageComments"),
    "identifying_attributes": _seed("PatientAddress"),
    "identity_removed": lambda root, p: _one(root, p, identity_removed=False),
    "patient_birth_date": _seed("PatientBirthDate"),
    "patient_name": _seed("PatientName"),
    "person_attributes": _seed("OperatorsName"),
    "private_tags": lambda root, p: _one(root, p, private=True),
    # under Retain UIDs (validators/dicom.yaml) only UID (0040,A124) and DigitalSignatureUID keep action U
    # (deid_profile.PROFILE kind "uid"); the other UIDs are kept as they are
    "uid_format": lambda root, p: (_one(root, p, seeds={"UID": "1.2.3.abc"}),
                                   "UID (0040,A124) (action U) := '1.2.3.abc', not a UID")[1],
    "duplicate_sop_instance": _dup_sop,
    "instance_number_gaps": _gaps,
    "not_dicom": _not_dicom,
    "study_multiple_patients": _study_two_ids,
    "study_uid_two_patients": _study_two_folders,
    "symlink_loop": _symlink,
    "truncated": _truncated,
    "unreadable": _unreadable,
    "zero_byte": _zero,
    "folder_structure": _folder,
    "sidecar": _nifti_sidecar,
    "format": _nifti_format,
    "algorithm_name": _seg(algorithm="AUTOMATIC", algorithm_name=None),
    "algorithm_type": _seg(mutate=_no_algo_type),
    "segment_description": _seg(description=None),
    "segment_label": _seg(label=""),
    "segment_number": _seg(mutate=_dup_segment_number),
    "referenced_series_missing": _seg(drop_sources=True),
    "separate_series": _seg(same_series=True),
    # minimum imaging attributes read from the headers
    "acquisition_date.pattern": lambda root, p: _one(root, p, acquisition_date="2024-01-01"),
    "acquisition_date.required": lambda root, p: _one(root, p, acquisition_date=None),
    "body_part_examined.required": lambda root, p: _one(root, p, body_part=None),
    "manufacturer.required": lambda root, p: _one(root, p, manufacturer=None),
    "modality.required": _without("Modality"),
    "patient_age.pattern": lambda root, p: _one(root, p, patient_age="45"),
    "patient_age.from_clinical": lambda root, p: _one(root, p, patient_age=None),
    "patient_id.required": lambda root, p: _one(root, p, patient_id=None),
}

#: rules a recipe breaks as well, by the nature of the change (a second PatientID in one folder is also off
#: the folder layout)
ALSO: dict[str, set[str]] = {
    "study_multiple_patients": {"dicom.layout.folder_structure"},
    "study_uid_two_patients": {"dicom.integrity.study_multiple_patients", "dicom.layout.folder_structure"},
    "patient_id.required": {"dicom.layout.folder_structure"},
    "uid_format": set(),
    "duplicate_sop_instance": {"dicom.integrity.instance_number_gaps"},
    "sidecar": {"dicom.nifti.format"},  # a NIfTI file is a NIfTI file, sidecar or not
}


#: recipes whose tree is checked alone: the NIfTI sidecar is a .json file, which the detection of
#: ``eucaim check`` may take for a catalogue record (then it would hide every other mutation of the tree)
ALONE = {"format"}


def recipe_for(rule_id: str) -> tuple[str, Recipe] | None:
    parts = rule_id.split(".")
    for key in (".".join(parts[-2:]), parts[-1]):
        if key in RECIPES:
            return key, RECIPES[key]
    return None


def dicom_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    """One tree: a valid patient (the baseline is that patient alone) plus one patient folder per rule."""
    expected = sorted(rid for rid, r in catalogue.items() if r["engine"] == "dicom")
    base = work / "dicom-base" / "imaging"
    _series(base, "VALID01")
    tree = work / "dicom-mutated" / "imaging"
    _series(tree, "VALID01")
    muts: list[Mutation] = []
    alone: list[tuple[Path, Mutation]] = []
    orphans: list[Mutation] = []
    for i, rid in enumerate(expected, start=1):
        found = recipe_for(rid)
        if found is None:
            orphans.append(Mutation(rid, "", note="no DICOM recipe for this rule (tests/rule_coverage/dicom.py)"))
            continue
        key, recipe = found
        patient = f"MUT{i:03d}"
        root = work / f"dicom-{patient}" / "imaging" if key in ALONE else tree
        if key in ALONE:
            _series(root, "VALID01")
        what = recipe(root, patient)
        m = Mutation(rid, f"imaging/{patient}/: {what}", patient, frozenset(ALSO.get(key, set())))
        if key in ALONE:
            alone.append((root, m))
        else:
            muts.append(m)

    def match(f: dict[str, Any], m: Mutation) -> bool:
        loc = f.get("location") or {}
        texts = [str(loc.get("file") or ""), *[str(e) for e in f.get("examples", [])]]
        return any(f"{m.place}/" in t or f"{m.place}B/" in t for t in texts)

    batches = [Batch("dicom tree", "dicom", tree, muts, match, tier=3, baseline=base)]
    batches += [Batch(f"dicom tree {m.place}", "dicom", root, [m], match, tier=3) for root, m in alone]
    return batches, orphans
