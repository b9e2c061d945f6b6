"""``eucaim extract-tags``: per-series DICOM JSON, a CSV of selected tags and the correspondence file.

What the EUCAIM "DICOM tags extractor" step gives a data holder (minimum data §6), written from the
same header scan as ``eucaim check``:

- ``series/<SeriesInstanceUID>.json``: the header of one instance of each series (the lowest
  InstanceNumber) in the DICOM JSON model (PS3.18 F.2), without pixel data, binary values, private
  attributes, person names or any attribute the de-identification profile reports (at any depth);
- ``series_tags.csv``: one row per series, PatientID, StudyInstanceUID, SeriesInstanceUID, the
  selected tags (default: the minimum imaging attributes) and NumberOfFiles;
- ``imaging_studies_episodes.csv``: one row per study, PatientID, StudyUID, StudyDate, StudyDescription
  and the empty Episode and Imaging Timepoint columns the data holder fills in.

Output is byte-stable (sorted rows, sorted JSON keys, ``\\n`` line ends); the input is only read.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.validate import deid_profile

#: The minimum imaging attributes (minimum data §2), the default of ``--tags``.
DEFAULT_TAGS: tuple[str, ...] = (
    "Modality",
    "BodyPartExamined",
    "Manufacturer",
    "AcquisitionDate",
    "PatientAge",
    "SeriesDescription",
)
KEY_TAGS: tuple[str, ...] = ("PatientID", "StudyInstanceUID", "SeriesInstanceUID")
SERIES_DIR = "series"
TAGS_FILE = "series_tags.csv"
#: Named like the input template of the EUCAIM extractor (minimum data §6).
CORRESPONDENCE_FILE = "imaging_studies_episodes.csv"
CORRESPONDENCE_COLUMNS = (
    "PatientID",
    "StudyUID",
    "StudyDate",
    "StudyDescription",
    "Episode",
    "Imaging Timepoint",
)
BINARY_VRS = frozenset({"OB", "OD", "OF", "OL", "OV", "OW", "UN"})
_UID = re.compile(r"^[0-9]+(\.[0-9]+)*$")


@dataclass(frozen=True)
class ExtractResult:
    """What was written."""

    files: int
    series: int
    studies: int
    skipped: int


def validate_tags(keywords: list[str]) -> list[str]:
    """Return the keywords as given; raise ``ValueError`` naming any that cannot be exported.

    Refused: unknown keywords, attributes of the de-identification profile, person names, sequences
    and binary values (a CSV cell cannot hold them, or must not).
    """
    from pydicom.datadict import dictionary_VR, tag_for_keyword

    problems = []
    for kw in keywords:
        tag = tag_for_keyword(kw)
        if tag is None:
            problems.append(f"{kw} (not a DICOM keyword)")
        elif deid_profile.is_identifying(kw) or dictionary_VR(tag) == "PN":
            problems.append(f"{kw} (identifying attribute, never exported)")
        elif dictionary_VR(tag) == "SQ" or dictionary_VR(tag) in BINARY_VRS:
            problems.append(f"{kw} (sequence or binary value)")
    if problems:
        raise ValueError("cannot export " + ", ".join(problems))
    return keywords


def _cell(ds: Any, keyword: str) -> str:
    from pydicom.datadict import tag_for_keyword

    tag = tag_for_keyword(keyword)
    if tag is None or tag not in ds or ds[tag].value is None:
        return ""
    value = ds[tag].value
    if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
        return "\\".join(str(v) for v in value)
    return str(value).strip()


def _exportable(elem: Any) -> bool:
    tag = int(elem.tag)
    return not (
        elem.tag.is_private
        or deid_profile.lookup(tag) is not None
        or elem.VR == "PN"
        or elem.VR in BINARY_VRS
        or (tag >> 16) in (0x7FE0, 0xFFFE)
        or 0x6000 <= (tag >> 16) <= 0x60FF
    )


def dicom_json(ds: Any) -> dict[str, Any]:
    """``ds`` in the DICOM JSON model, keeping only exportable attributes (recursively into sequences)."""
    out: dict[str, Any] = {}
    for elem in ds:
        if not _exportable(elem):
            continue
        key = f"{int(elem.tag):08X}"
        if elem.VR == "SQ":
            items = [dicom_json(item) for item in elem.value or []]
            out[key] = {"vr": "SQ", "Value": items} if items else {"vr": "SQ"}
        else:
            try:
                out[key] = elem.to_json_dict(None, 2**31)
            except (TypeError, ValueError):
                out[key] = {"vr": elem.VR}  # a value that does not convert is left out, not guessed
    return out


def _csv_text(header: list[str], rows: list[list[str]]) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buf.getvalue()


def extract_tags(
    imaging_dir: Path,
    out_dir: Path,
    *,
    tags: list[str] | None = None,
    workers: int | None = None,
    progress: bool = False,
) -> ExtractResult:
    """Scan ``imaging_dir`` and write the series JSON, the tags CSV and the correspondence CSV.

    Raises ``InputError`` when the folder does not exist or holds no readable DICOM file, and
    ``ValueError`` for bad ``tags`` or an output folder inside the input.
    """
    import pydicom

    from eucaim_spec.validate.dicom_rules import connect
    from eucaim_spec.validate.dicom_scan import _quiet_pydicom, scan_tree

    selected = validate_tags(list(tags) if tags else list(DEFAULT_TAGS))
    extra = [t for t in selected if t not in KEY_TAGS]
    imaging_dir = Path(imaging_dir)
    if not imaging_dir.exists():
        raise InputError(str(imaging_dir), "no such file or directory")
    src, dst = imaging_dir.resolve(), Path(out_dir).resolve()
    if dst == src or src in dst.parents:
        raise ValueError(
            "the output folder must not be inside the imaging folder (the input is never modified)"
        )

    table = scan_tree(imaging_dir, workers=workers, progress=progress)
    con = connect(table)
    try:
        reps = con.execute(
            "SELECT path, PatientID, StudyInstanceUID, SeriesInstanceUID, n FROM ("
            "  SELECT path, PatientID, StudyInstanceUID, SeriesInstanceUID, count(*) OVER w AS n,"
            "    row_number() OVER (w ORDER BY InstanceNumber NULLS LAST, path) AS rn"
            "  FROM tags WHERE status = 'ok' AND SeriesInstanceUID IS NOT NULL"
            "  WINDOW w AS (PARTITION BY SeriesInstanceUID)"
            ") WHERE rn = 1 ORDER BY PatientID NULLS LAST, StudyInstanceUID NULLS LAST, SeriesInstanceUID"
        ).fetchall()
        studies = con.execute(
            "SELECT PatientID, StudyInstanceUID, min(StudyDate), min(StudyDescription) FROM tags "
            "WHERE status = 'ok' AND StudyInstanceUID IS NOT NULL GROUP BY 1, 2 "
            "ORDER BY PatientID NULLS LAST, min(StudyDate) NULLS LAST, StudyInstanceUID"
        ).fetchall()
        n_ok, n_skipped = con.execute(
            "SELECT count(*) FILTER (status = 'ok'), "
            "count(*) FILTER (status NOT IN ('ok', 'dicomdir', 'sidecar')) FROM tags"
        ).fetchone() or (0, 0)
    finally:
        con.close()
    if not reps:
        raise InputError(str(imaging_dir), "no readable DICOM file with a SeriesInstanceUID found")

    series_dir = dst / SERIES_DIR
    series_dir.mkdir(parents=True, exist_ok=True)
    tag_rows: list[list[str]] = []
    with _quiet_pydicom():
        for rel, patient_id, study_uid, series_uid, n in reps:
            with (imaging_dir / rel).open("rb") as fh:
                ds = pydicom.dcmread(fh, stop_before_pixels=True, force=True)
            name = series_uid if _UID.match(series_uid) else f"series-{len(tag_rows) + 1:05d}"
            text = json.dumps(dicom_json(ds), sort_keys=True, indent=2, ensure_ascii=False) + "\n"
            (series_dir / f"{name}.json").write_text(text, encoding="utf-8")
            tag_rows.append(
                [patient_id or "", study_uid or "", series_uid] + [_cell(ds, t) for t in extra] + [str(n)]
            )
    header = [*KEY_TAGS, *extra, "NumberOfFiles"]
    (dst / TAGS_FILE).write_text(_csv_text(header, tag_rows), encoding="utf-8")
    corr_rows = [[p or "", s, d or "", desc or "", "", ""] for p, s, d, desc in studies]
    (dst / CORRESPONDENCE_FILE).write_text(
        _csv_text(list(CORRESPONDENCE_COLUMNS), corr_rows), encoding="utf-8"
    )
    return ExtractResult(files=int(n_ok), series=len(reps), studies=len(studies), skipped=int(n_skipped))
