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

Only what the de-identification policy keeps is written. Two kinds of kept attribute need care:

- free-text descriptors (StudyDescription, SeriesDescription, ProtocolName, ContributionDescription:
  kept *cleaned*, which no tool can verify) are written only with ``include_free_text``, and the
  command then reminds the user to review them;
- PatientID is kept as the pseudonym EUCAIM requires, so it is written only from files that declare
  themselves de-identified (PatientIdentityRemoved YES); from other files the cell stays empty and the
  command says how many were withheld.

Output is byte-stable (sorted rows, sorted JSON keys, ``\\n`` line ends); the input is only read.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.validate.dicom import deid_profile
from eucaim_spec.validate.dicom.header import PATIENT_ID
from eucaim_spec.validate.dicom.rules import connect
from eucaim_spec.validate.dicom.scan import display_path, quiet_pydicom, scan_tree, walk

#: The minimum imaging attributes (minimum data §2), the default of ``--tags``; SeriesDescription (free
#: text) joins them with ``include_free_text``.
DEFAULT_TAGS: tuple[str, ...] = (
    "Modality",
    "BodyPartExamined",
    "Manufacturer",
    "AcquisitionDate",
    "PatientAge",
)
FREE_TEXT_DEFAULT_TAGS: tuple[str, ...] = ("SeriesDescription",)
#: Value representations of free text (PS3.5 6.2): a kept attribute with one of them is a descriptor.
FREE_TEXT_VRS = frozenset({"LO", "ST", "LT", "UT"})
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
    #: Series and studies whose PatientID was left empty (their files do not declare de-identification).
    withheld_patient_ids: int = 0


def free_text_keywords() -> frozenset[str]:
    """Attributes the policy keeps that hold free text (descriptions): exported only on request."""
    return frozenset(
        a.keyword
        for a in deid_profile.TABLE
        if a.kind == "kept" and a.vr in FREE_TEXT_VRS and a.keyword != "PatientID"
    )


def validate_tags(keywords: list[str], include_free_text: bool = False) -> list[str]:
    """Return the keywords as given; raise ``ValueError`` naming any that cannot be exported.

    Refused: unknown keywords, attributes of the de-identification profile, person names, free text
    (without ``include_free_text``), sequences and binary values (a CSV cell cannot hold them, or must not).
    """
    from pydicom.datadict import dictionary_VR, tag_for_keyword

    problems = []
    free_text = free_text_keywords()
    for kw in keywords:
        tag = tag_for_keyword(kw)
        if tag is None:
            problems.append(f"{kw} (not a DICOM keyword)")
        elif deid_profile.is_identifying(kw) or dictionary_VR(tag) == "PN":
            problems.append(f"{kw} (identifying attribute, never exported)")
        elif not include_free_text and (kw in free_text or dictionary_VR(tag) in ("ST", "LT", "UT")):
            problems.append(f"{kw} (free text: only with --include-free-text)")
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


def _exportable(elem: Any, withheld: frozenset[int] = frozenset()) -> bool:
    tag = int(elem.tag)
    return not (
        elem.tag.is_private
        or tag in withheld
        or deid_profile.lookup(tag) is not None
        or elem.VR == "PN"
        or elem.VR in BINARY_VRS
        or (tag >> 16) in (0x7FE0, 0xFFFE)
        or 0x6000 <= (tag >> 16) <= 0x60FF
    )


def withheld_tags(include_free_text: bool, pseudonymised: bool) -> frozenset[int]:
    """Tags a series JSON leaves out beyond the profile's: free text unless asked for, PatientID unless
    the file declares de-identification."""
    from pydicom.datadict import tag_for_keyword

    out = set() if include_free_text else {tag_for_keyword(k) for k in free_text_keywords()}
    if not pseudonymised:
        out.add(PATIENT_ID)
    return frozenset(int(t) for t in out if t is not None)


def dicom_json(ds: Any, withheld: frozenset[int] = frozenset(), free_text: bool = True) -> dict[str, Any]:
    """``ds`` in the DICOM JSON model, keeping only exportable attributes (recursively into sequences);
    ``withheld`` tags are left out too, and without ``free_text`` every text (ST, LT, UT) value."""
    out: dict[str, Any] = {}
    for elem in ds:
        if not _exportable(elem, withheld) or (not free_text and elem.VR in ("ST", "LT", "UT")):
            continue
        key = f"{int(elem.tag):08X}"
        if elem.VR == "SQ":
            items = [dicom_json(item, withheld, free_text) for item in elem.value or []]
            out[key] = {"vr": "SQ", "Value": items} if items else {"vr": "SQ"}
        else:
            try:
                out[key] = elem.to_json_dict(None, 2**31)
            except (TypeError, ValueError):
                out[key] = {"vr": elem.VR}  # a value that does not convert is left out, not guessed
    return out


def _real_paths(root: Path, shown: list[str]) -> dict[str, str]:
    """The path to open for each representative file: the table shows a name that is not UTF-8 with
    ``\\xNN`` escapes (``scan.display_path``), so those are looked up in a new walk of the tree."""
    out = {rel: os.path.join(root, rel) for rel in shown}
    if any("\\x" in rel for rel in shown):
        files, _rows = walk(root)
        by_shown = {display_path(rel): rel for rel, _size in files}
        for rel in shown:
            if rel in by_shown:
                out[rel] = os.path.join(root, by_shown[rel])
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
    include_free_text: bool = False,
) -> ExtractResult:
    """Scan ``imaging_dir`` and write the series JSON, the tags CSV and the correspondence CSV.

    Free-text descriptors are written only with ``include_free_text``; PatientID only from files that
    declare de-identification. Raises ``InputError`` when the folder does not exist or holds no readable
    DICOM file, and ``ValueError`` for bad ``tags`` or an output folder inside the input.
    """
    import pydicom

    default = DEFAULT_TAGS + (FREE_TEXT_DEFAULT_TAGS if include_free_text else ())
    selected = validate_tags(list(tags) if tags else list(default), include_free_text)
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
            "SELECT path, PatientID, StudyInstanceUID, SeriesInstanceUID, n, pseudonymised FROM ("
            "  SELECT path, PatientID, StudyInstanceUID, SeriesInstanceUID, count(*) OVER w AS n,"
            "    coalesce(upper(trim(PatientIdentityRemoved)), '') = 'YES' AS pseudonymised,"
            "    row_number() OVER (w ORDER BY InstanceNumber NULLS LAST, path) AS rn"
            "  FROM tags WHERE status = 'ok' AND SeriesInstanceUID IS NOT NULL"
            "  WINDOW w AS (PARTITION BY SeriesInstanceUID)"
            ") WHERE rn = 1 ORDER BY PatientID NULLS LAST, StudyInstanceUID NULLS LAST, SeriesInstanceUID"
        ).fetchall()
        studies = con.execute(
            "SELECT PatientID, StudyInstanceUID, min(StudyDate), min(StudyDescription), "
            "bool_and(coalesce(upper(trim(PatientIdentityRemoved)), '') = 'YES') FROM tags "
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
    withheld_ids = 0
    real_paths = _real_paths(imaging_dir, [r[0] for r in reps])
    with quiet_pydicom():
        for rel, patient_id, study_uid, series_uid, n, pseudonymised in reps:
            with open(real_paths.get(rel, rel), "rb") as fh:
                ds = pydicom.dcmread(fh, stop_before_pixels=True, force=True)
            name = series_uid if _UID.match(series_uid) else f"series-{len(tag_rows) + 1:05d}"
            withheld = withheld_tags(include_free_text, bool(pseudonymised))
            doc = dicom_json(ds, withheld, include_free_text)
            text = json.dumps(doc, sort_keys=True, indent=2, ensure_ascii=False) + "\n"
            (series_dir / f"{name}.json").write_text(text, encoding="utf-8")
            if patient_id and not pseudonymised:
                withheld_ids += 1
            tag_rows.append(
                [(patient_id or "") if pseudonymised else "", study_uid or "", series_uid]
                + [_cell(ds, t) for t in extra]
                + [str(n)]
            )
    header = [*KEY_TAGS, *extra, "NumberOfFiles"]
    (dst / TAGS_FILE).write_text(_csv_text(header, tag_rows), encoding="utf-8")
    corr_rows = [
        [(p or "") if ok else "", s, d or "", (desc or "") if include_free_text else "", "", ""]
        for p, s, d, desc, ok in studies
    ]
    withheld_ids += sum(1 for p, _s, _d, _desc, ok in studies if p and not ok)
    (dst / CORRESPONDENCE_FILE).write_text(
        _csv_text(list(CORRESPONDENCE_COLUMNS), corr_rows), encoding="utf-8"
    )
    return ExtractResult(
        files=int(n_ok),
        series=len(reps),
        studies=len(studies),
        skipped=int(n_skipped),
        withheld_patient_ids=withheld_ids,
    )
