"""Synthetic DICOM for the dicom engine tests: small images with the minimum tags, SEGs, NIfTI stand-ins.

UIDs are derived from names (``uid("study-a")``) so every run writes the same files.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from pydicom.dataset import Dataset, FileMetaDataset
from pydicom.uid import ExplicitVRLittleEndian

CT_STORAGE = "1.2.840.10008.5.1.4.1.1.2"
MR_STORAGE = "1.2.840.10008.5.1.4.1.1.4"
US_STORAGE = "1.2.840.10008.5.1.4.1.1.6.1"
MG_STORAGE = "1.2.840.10008.5.1.4.1.1.1.2"
SOP_CLASS = {"CT": CT_STORAGE, "MR": MR_STORAGE, "US": US_STORAGE, "MG": MG_STORAGE}

#: Identifying values seeded into files; none may ever appear in a finding, a log line or an export.
SEEDS: dict[str, str] = {
    "PatientName": "Doe^Jane-SEED123",
    "PatientBirthDate": "19230417",
    "PatientAddress": "12 Seedling Lane SEEDTOWN",
    "OtherPatientIDs": "OTHER-SEED-4711",
    "InstitutionName": "St Seed Hospital",
    "InstitutionAddress": "Seed Road 9 SEEDVILLE",
    "ReferringPhysicianName": "Sprout^Doctor-SEED",
    "OperatorsName": "Operator^SEEDOP",
    "StationName": "SEEDSTATION",
    "AccessionNumber": "ACCSEED99",
    "ImageComments": "patient said SEEDFREETEXT",
}
#: Identifying values seeded inside sequence items (``nested_seeds``); none may appear anywhere either.
NESTED_SEEDS: dict[str, str] = {
    "AccessionNumber": "NESTEDACCSEED7",
    "PersonName": "Nested^Person-SEED",
    "private": "nested-private-SEED",
}


def uid(name: str) -> str:
    """A stable DICOM UID made from ``name``."""
    return "2.25." + str(int(hashlib.sha256(name.encode()).hexdigest()[:30], 16))


def image(
    *,
    patient_id: str | None = "PSEUDO-001",
    study: str = "study-a",
    series: str = "series-1",
    instance: int = 1,
    sop: str | None = None,
    modality: str = "CT",
    body_part: str | None = "CHEST",
    manufacturer: str | None = "Acme",
    acquisition_date: str | None = "20240101",
    patient_age: str | None = "045Y",
    series_description: str | None = "T2 AX",
    identity_removed: bool = True,
    burned_in: str | None = None,
    private: bool = False,
    seeds: dict[str, str] | None = None,
    pixels: int = 8,
) -> Dataset:
    """A small single-frame image dataset with the minimum tags (each may be left out with None)."""
    ds = Dataset()
    sop_uid = sop or uid(f"{study}/{series}/{instance}")
    sop_class = SOP_CLASS.get(modality, CT_STORAGE)
    ds.file_meta = FileMetaDataset()
    ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
    ds.file_meta.MediaStorageSOPClassUID = sop_class
    ds.file_meta.MediaStorageSOPInstanceUID = sop_uid
    ds.SOPClassUID = sop_class
    ds.SOPInstanceUID = sop_uid
    ds.StudyInstanceUID = uid(study)
    ds.SeriesInstanceUID = uid(f"{study}/{series}")
    ds.FrameOfReferenceUID = uid(f"{study}/for")
    if patient_id is not None:
        ds.PatientID = patient_id
    ds.PatientName = ""
    ds.PatientBirthDate = ""
    ds.AccessionNumber = ""
    ds.ReferringPhysicianName = ""
    ds.StudyID = ""
    ds.PatientSex = "F"
    ds.Modality = modality
    ds.StudyDate = "20240101"
    ds.StudyTime = "120000"
    ds.StudyDescription = "CT THORAX"
    if series_description is not None:
        ds.SeriesDescription = series_description
    ds.SeriesNumber = 1
    ds.InstanceNumber = instance
    if body_part is not None:
        ds.BodyPartExamined = body_part
    if manufacturer is not None:
        ds.Manufacturer = manufacturer
    if acquisition_date is not None:
        _set(ds, "AcquisitionDate", acquisition_date)
    if patient_age is not None:
        _set(ds, "PatientAge", patient_age)
    if identity_removed:
        ds.PatientIdentityRemoved = "YES"
        ds.DeidentificationMethod = "EUCAIM anonymiser"
    if burned_in is not None:
        ds.BurnedInAnnotation = burned_in
    ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
    ds.ImagePositionPatient = [0.0, 0.0, float(instance)]
    ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
    ds.PixelSpacing = [1, 1]
    ds.SliceThickness = 1
    ds.Rows = pixels
    ds.Columns = pixels
    ds.BitsAllocated = 16
    ds.BitsStored = 16
    ds.HighBit = 15
    ds.PixelRepresentation = 0
    ds.SamplesPerPixel = 1
    ds.PhotometricInterpretation = "MONOCHROME2"
    ds.PixelData = np.arange(pixels * pixels, dtype=np.uint16).tobytes()
    if private:
        ds.private_block(0x0011, "SEED PRIVATE", create=True).add_new(0x01, "LO", "private-value")
    for keyword, value in (seeds or {}).items():
        _set(ds, keyword, value)
    return ds


def item(**keywords: Any) -> Dataset:
    """A sequence item: ``item(AccessionNumber="A1")``; ``private=value`` adds a private element (0011,1001)."""
    out = Dataset()
    private = keywords.pop("private", None)
    for keyword, value in keywords.items():
        _set(out, keyword, value)
    if private is not None:
        out.private_block(0x0011, "SEED PRIVATE", create=True).add_new(0x01, "LO", private)
    return out


def nested_seeds(ds: Dataset, *, undefined_length: bool = False) -> Dataset:
    """Seed ``ds`` with identifying values inside sequence items only (values: ``NESTED_SEEDS``).

    (0040,0275) RequestAttributesSequence item 2 holds AccessionNumber; (0008,1110) ReferencedStudySequence
    item 1 holds a private element; (0040,A730) ContentSequence item 1 holds a nested ContentSequence whose
    item 1 holds PersonName. pydicom writes sequences and items with defined lengths unless
    ``undefined_length`` (then with delimiters).
    """
    ds.RequestAttributesSequence = [
        item(RequestedProcedureID=""),
        item(AccessionNumber=NESTED_SEEDS["AccessionNumber"]),
    ]
    ds.ReferencedStudySequence = [
        item(
            ReferencedSOPClassUID="1.2.840.10008.3.1.2.3.1",
            ReferencedSOPInstanceUID=uid("ref"),
            private=NESTED_SEEDS["private"],
        )
    ]
    ds.ContentSequence = [item(ContentSequence=[item(PersonName=NESTED_SEEDS["PersonName"])])]
    if undefined_length:
        _undefined_lengths(ds)
    return ds


def _undefined_lengths(ds: Dataset) -> None:
    for elem in ds:
        if elem.VR == "SQ":
            elem.is_undefined_length = True
            for sub in elem.value:
                sub.is_undefined_length_sequence_item = True
                _undefined_lengths(sub)


def _set(ds: Dataset, keyword: str, value: Any) -> None:
    # Some tests write invalid values on purpose; pydicom would warn about each.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        setattr(ds, keyword, value)


def save(ds: Dataset, path: Path, transfer_syntax: str | None = None) -> Path:
    """Write ``ds`` (with preamble) to ``path``, creating folders; return the path.

    ``transfer_syntax``: write in that (uncompressed) syntax instead, e.g. Implicit VR Little Endian or
    Explicit VR Big Endian (which the fast header reader leaves to pydicom).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if transfer_syntax is not None:
        ds.file_meta.TransferSyntaxUID = transfer_syntax
    ds.save_as(path, enforce_file_format=True)
    return path


def series(folder: Path, n: int, *, skip: Iterable[int] = (), **kw: Any) -> list[Path]:
    """Write instances 1..n (minus ``skip``) of one series into ``folder``; return their paths."""
    skipped = set(skip)
    return [
        save(image(instance=i, **kw), folder / f"IM{i:04d}.dcm") for i in range(1, n + 1) if i not in skipped
    ]


def seg(
    sources: Sequence[Dataset],
    *,
    series_name: str = "seg-1",
    algorithm: str = "MANUAL",
    algorithm_name: str | None = None,
    label: str = "lesion",
    description: str | None = "tumour lesion",
) -> Dataset:
    """A binary DICOM-SEG over ``sources`` made with highdicom (one segment)."""
    import highdicom as hd

    kwargs: dict[str, Any] = {}
    if algorithm != "MANUAL":
        kwargs["algorithm_identification"] = hd.AlgorithmIdentificationSequence(
            name=algorithm_name or "seedless-net",
            version="1.0",
            family=hd.sr.CodedConcept("123109", "DCM", "Manual Processing"),
        )
    desc = hd.seg.SegmentDescription(
        segment_number=1,
        segment_label=label,
        segmented_property_category=hd.sr.CodedConcept(
            "49755003", "SCT", "Morphologically abnormal structure"
        ),
        segmented_property_type=hd.sr.CodedConcept("108369006", "SCT", "Neoplasm"),
        algorithm_type=getattr(hd.seg.SegmentAlgorithmTypeValues, algorithm),
        **kwargs,
    )
    if description is not None:
        desc.SegmentDescription = description
    rows, cols = sources[0].Rows, sources[0].Columns
    mask = np.zeros((len(sources), rows, cols), dtype=bool)
    mask[:, 2:5, 2:5] = True
    study = str(sources[0].StudyInstanceUID)
    out = hd.seg.Segmentation(
        source_images=list(sources),
        pixel_array=mask,
        segmentation_type=hd.seg.SegmentationTypeValues.BINARY,
        segment_descriptions=[desc],
        series_instance_uid=uid(f"{study}/{series_name}"),
        series_number=99,
        sop_instance_uid=uid(f"{study}/{series_name}/1"),
        instance_number=1,
        manufacturer="Acme",
        manufacturer_model_name="SegTool",
        software_versions="1.0",
        device_serial_number="",
    )
    if algorithm_name is None and algorithm != "MANUAL":
        for item in out.SegmentSequence:
            if "SegmentAlgorithmName" in item:
                del item.SegmentAlgorithmName
    return out


def nifti(path: Path, sidecar: dict[str, Any] | None) -> Path:
    """A stand-in NIfTI file (content is never parsed) and, if given, its DICOM-JSON sidecar."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x5c\x01\x00\x00" + b"\x00" * 344)
    if sidecar is not None:
        stem = path.name[: -len(".nii.gz")] if path.name.endswith(".nii.gz") else path.name[: -len(".nii")]
        (path.parent / f"{stem}.json").write_text(json.dumps(sidecar), encoding="utf-8")
    return path


def dicom_json(**tags: tuple[str, Any]) -> dict[str, Any]:
    """A DICOM JSON model object: ``dicom_json(PatientID=("LO", "P1"))``."""
    from pydicom.datadict import tag_for_keyword

    out: dict[str, Any] = {}
    for keyword, (vr, value) in tags.items():
        tag = tag_for_keyword(keyword)
        assert tag is not None, keyword
        out[f"{tag:08X}"] = {"vr": vr, "Value": [value]}
    return out


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every regular file under ``root`` (symlinks not followed)."""
    out = {}
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink():
            out[p.relative_to(root).as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out
