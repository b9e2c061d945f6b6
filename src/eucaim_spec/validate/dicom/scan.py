"""Walk an imaging tree and read DICOM headers (never pixel data), in parallel, into one tag table.

The table (pyarrow, one row per file, sorted by path) is what every DICOM rule runs on in DuckDB and
what ``eucaim extract-tags`` writes from. It holds the pseudonymised PatientID, UIDs, the minimum
attributes, descriptions and the flags the de-identification rules need; it never holds the value of an
identifying attribute, only which ones carry a value and where: ``identifying_tags`` lists, per attribute
of ``deid_profile.PROFILE``, the first place it carries a value (for the judged kinds: a value that
``deid_profile.passes`` rejects), at the top level or inside sequence items
(``(0040,0275)[2]>(0008,0050) AccessionNumber``: tags, item numbers and keywords, never a value).

Every file is opened read-only; nothing under the scanned path is ever written.
"""

from __future__ import annotations

import errno
import importlib
import io
import json
import logging
import os
import stat
import sys
import warnings
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType
from typing import IO, TYPE_CHECKING, Any

from eucaim_spec.errors import InputError
from eucaim_spec.validate.dicom import deid_profile
from eucaim_spec.validate.dicom import header as dicom_header

if TYPE_CHECKING:
    import pyarrow as pa

#: Row status values.
OK = "ok"  # a DICOM file whose header was read
NOT_DICOM = "not_dicom"
ZERO_BYTE = "zero_byte"
UNREADABLE = "unreadable"
TRUNCATED = "truncated"
DICOMDIR = "dicomdir"  # a DICOMDIR index: recognised and not checked as an image
SYMLINK_LOOP = "symlink_loop"  # a symlink loop, or a folder reached a second time through a symlink
NIFTI = "nifti"
SIDECAR = "sidecar"  # the DICOM-JSON sidecar of a NIfTI file (read with the NIfTI row)

#: Files below this count are read in-process: a process pool costs more than it saves.
PARALLEL_MIN_FILES = 256
#: Largest table ``sorted_by_path`` first tests for being in path order already (a Python pass over its paths).
SORTED_CHECK_MAX_ROWS = 10_000
#: Values longer than this are skipped (seeked over) rather than read: large private blobs, overlays.
DEFER_SIZE = 16 * 1024

#: (column, DICOM tag) of the string attributes copied into the table.
STRING_TAGS: tuple[tuple[str, int], ...] = (
    ("PatientID", dicom_header.PATIENT_ID),
    ("StudyInstanceUID", 0x0020000D),
    ("SeriesInstanceUID", 0x0020000E),
    ("SOPInstanceUID", 0x00080018),
    ("SOPClassUID", 0x00080016),
    ("Modality", 0x00080060),
    ("BodyPartExamined", 0x00180015),
    ("Manufacturer", 0x00080070),
    ("AcquisitionDate", 0x00080022),
    ("StudyDate", 0x00080020),
    ("PatientAge", 0x00101010),
    ("SeriesDescription", 0x0008103E),
    ("StudyDescription", 0x00081030),
    ("ImageType", 0x00080008),
    ("BurnedInAnnotation", 0x00280301),
    ("PatientIdentityRemoved", 0x00120062),
    ("DeidentificationMethod", 0x00120063),
)
#: The minimum imaging attributes a NIfTI sidecar must carry (minimum data §2).
SIDECAR_REQUIRED: tuple[tuple[str, int], ...] = tuple(
    (name, tag)
    for name, tag in STRING_TAGS
    if name in ("PatientID", "Modality", "BodyPartExamined", "Manufacturer", "AcquisitionDate")
)
#: Tags whose values the fast reader keeps.
_WANTED = frozenset([tag for _, tag in STRING_TAGS] + [dicom_header.INSTANCE_NUMBER])
#: ... and the judged attributes of the profile, whose top-level values are judged (then dropped).
_WANTED_OR_JUDGED = _WANTED | deid_profile.JUDGED_TAGS
_PROFILE_ORDER = {a: i for i, a in enumerate(sorted(deid_profile.PROFILE, key=lambda a: (a.tag, a.mask)))}
#: The tags of the private groups (odd ones) lie within these bounds (``deid_profile.is_private``).
_PRIVATE_LO, _PRIVATE_HI = 0x00090000, 0xFFFF0000
#: ``label`` of each attribute of the profile, computed once (the property formats it on each call).
_LABELS = {a: a.label for a in deid_profile.PROFILE}
#: Tags a masked attribute of the profile (curves, overlays) may have lie within these bounds.
_MASK_LO = min(deid_profile.MASK_GROUPS, default=0xFFFF) << 16
_MASK_HI = max(deid_profile.MASK_GROUPS, default=0) << 16 | 0xFFFF
#: Read files with the preamble through ``header`` first (tests switch it off to compare).
FAST_PATH = True
#: Set (to any value) to read headers with the pure-Python reader even where the compiled walk is built
#: (``benchmarks/bench_dicom.py --pure-python`` measures both).
PURE_PYTHON_ENV = "EUCAIM_DICOM_PURE_PYTHON"


def table_schema() -> pa.Schema:
    """The schema of the tag table (column order is the order of this schema)."""
    import pyarrow as pa

    segment = pa.struct(
        [
            ("SegmentNumber", pa.int64()),
            ("SegmentLabel", pa.string()),
            ("SegmentDescription", pa.string()),
            ("SegmentAlgorithmType", pa.string()),
            ("SegmentAlgorithmName", pa.string()),
        ]
    )
    fields: list[tuple[str, pa.DataType]] = [
        ("path", pa.string()),
        ("status", pa.string()),
        ("reason", pa.string()),
        ("size", pa.int64()),
    ]
    fields += [(name, pa.string()) for name, _ in STRING_TAGS]
    fields += [
        ("InstanceNumber", pa.int64()),
        ("DeidentificationMethodCodePresent", pa.bool_()),
        ("has_private_tags", pa.bool_()),
        ("identifying_tags", pa.list_(pa.struct([("attribute", pa.string()), ("location", pa.string())]))),
        ("private_location", pa.string()),
        ("segments", pa.list_(segment)),
        ("ReferencedSeriesUIDs", pa.list_(pa.string())),
        ("sidecar_missing", pa.list_(pa.string())),
    ]
    return pa.schema(fields)


def _empty_row(rel: str, status: str, size: int = 0, reason: str | None = None) -> dict[str, Any]:
    return {"path": rel, "status": status, "reason": reason, "size": size}


# ---------------------------------------------------------------------------------------------------
# Walking the tree (serial: it is metadata only)


def walk(root: Path) -> tuple[list[tuple[str, int]], list[dict[str, Any]]]:
    """Return (files to read as (relative path, size), rows already classified by the walk).

    The walk follows symlinks, lists each directory once (a loop or a second path to the same folder
    becomes a ``symlink_loop`` row), and turns zero-byte files, DICOMDIR indexes, NIfTI sidecars,
    broken links and unlistable folders into rows without opening them.
    """
    if not root.exists() and not root.is_symlink():
        raise InputError(str(root), "no such file or directory")
    rows: list[dict[str, Any]] = []
    files: list[tuple[str, int]] = []
    try:
        st = os.stat(root)
    except OSError as exc:
        raise InputError(str(root), _os_reason(exc)) from None
    if not stat.S_ISDIR(st.st_mode):
        _classify_file(name=root.name, rel=root.name, st=st, nifti_stems=set(), files=files, rows=rows)
        return files, rows
    visited = {(st.st_dev, st.st_ino)}
    stack: list[tuple[str, str]] = [(str(root), "")]
    while stack:
        abs_dir, prefix = stack.pop()
        try:
            with os.scandir(abs_dir) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            rows.append(
                _empty_row(prefix or ".", UNREADABLE, reason=f"folder not listable: {_os_reason(exc)}")
            )
            continue
        stems = {dicom_header.nifti_stem(e.name) for e in entries if dicom_header.is_nifti(e.name)}
        subdirs: list[tuple[str, str]] = []
        for entry in entries:
            rel = prefix + entry.name
            try:
                est = os.stat(entry.path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    rows.append(_empty_row(rel, SYMLINK_LOOP, reason="symlink loop"))
                elif entry.is_symlink():
                    rows.append(_empty_row(rel, UNREADABLE, reason="broken symlink"))
                else:
                    rows.append(_empty_row(rel, UNREADABLE, reason=_os_reason(exc)))
                continue
            if stat.S_ISDIR(est.st_mode):
                key = (est.st_dev, est.st_ino)
                if key in visited:
                    rows.append(
                        _empty_row(rel + "/", SYMLINK_LOOP, reason="folder reached again through a symlink")
                    )
                    continue
                visited.add(key)
                subdirs.append((entry.path, rel + "/"))
            else:
                _classify_file(name=entry.name, rel=rel, st=est, nifti_stems=stems, files=files, rows=rows)
        # Reversed so that the stack pops folders in name order (a deterministic walk).
        stack.extend(reversed(subdirs))
    return files, rows


def _classify_file(
    *,
    name: str,
    rel: str,
    st: os.stat_result,
    nifti_stems: set[str],
    files: list[tuple[str, int]],
    rows: list[dict[str, Any]],
) -> None:
    if not stat.S_ISREG(st.st_mode):
        rows.append(_empty_row(rel, NOT_DICOM, reason="not a regular file"))
    elif st.st_size == 0:
        rows.append(_empty_row(rel, ZERO_BYTE))
    elif name.upper() == "DICOMDIR":
        rows.append(_empty_row(rel, DICOMDIR, st.st_size, "DICOMDIR index"))
    elif name.lower().endswith(".json") and name[: -len(".json")] in nifti_stems:
        rows.append(_empty_row(rel, SIDECAR, st.st_size, "DICOM-JSON sidecar of a NIfTI file"))
    else:
        files.append((rel, st.st_size))


def _os_reason(exc: OSError) -> str:
    """A value-free reason for an OS error: the errno name, never the message (it holds the path)."""
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, FileNotFoundError):
        return "no such file"
    name = errno.errorcode.get(exc.errno or 0)
    return f"I/O error ({name})" if name else "I/O error"


# ---------------------------------------------------------------------------------------------------
# Reading one file (runs in worker processes)


def open_file(path: str) -> IO[bytes]:
    """Open ``path`` read-only: every file the scan reads is opened here (the tests replace it to simulate
    unreadable files).

    Unbuffered: the scan reads a header in one block, and a buffer object per file costs as much as the read.
    """
    return open(path, "rb", buffering=0)


_open_file = open_file


@contextmanager
def quiet_pydicom() -> Iterator[None]:
    """Silence pydicom's warnings and log lines: they may quote a tag value (e.g. an invalid name).

    Value validation is switched off too when pydicom is loaded; it is not imported for that alone,
    since the fast path does not need it.
    """
    config = getattr(sys.modules.get("pydicom"), "config", None)
    logger = logging.getLogger("pydicom")
    old_disabled = logger.disabled
    old_mode = config.settings.reading_validation_mode if config is not None else None
    logger.disabled = True
    if config is not None:
        config.settings.reading_validation_mode = config.IGNORE
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.disabled = old_disabled
        if config is not None:
            config.settings.reading_validation_mode = old_mode


def _text(ds: Any, tag: int) -> str | None:
    if tag not in ds:
        return None
    value = ds[tag].value
    if value is None:
        return None
    if isinstance(value, list | tuple) or type(value).__name__ == "MultiValue":
        text = "\\".join(str(v) for v in value)
    else:
        text = str(value)
    text = text.strip().rstrip("\x00")
    return text or None


def _fast_text(ds: Any, tag: int) -> str | None:
    """``_text`` without pydicom's value conversion when the raw value is plain ASCII (most are)."""
    raw = ds.get_item(tag, keep_deferred=True)
    if raw is None:
        return None
    value = getattr(raw, "value", None) if type(raw).__name__ == "RawDataElement" else None
    if isinstance(value, bytes):
        try:
            text = value.decode("ascii")
        except UnicodeDecodeError:
            return _text(ds, tag)  # a character set is needed: let pydicom decode it
        return text.strip(" \x00") or None
    return _text(ds, tag)


def _value_present(ds: Any, tag: int) -> bool:
    raw = ds.get_item(tag, keep_deferred=True)
    if raw is None:
        return False
    length = getattr(raw, "length", None)
    if length is not None:  # a raw element: the value was not decoded, its length tells
        return bool(length)
    value = raw.value
    return value not in (None, "", b"") and not (hasattr(value, "__len__") and len(value) == 0)


def _header_truncated(ds: Any, size: int) -> bool:
    """True when the last header element's declared value runs past the end of the file.

    A short read ends pydicom's element loop, so a truncated value is always the last element read.
    """
    keys = ds.keys()
    if not keys:
        return False
    raw = ds.get_item(max(keys), keep_deferred=True)
    length = getattr(raw, "length", None)
    tell = getattr(raw, "value_tell", None)
    if length is None or tell is None or length == dicom_header.UNDEFINED:
        return False
    return bool(tell + length > size)


def _segments(ds: Any) -> list[dict[str, Any]]:
    out = []
    for item in ds.get("SegmentSequence") or []:
        number = item.get("SegmentNumber")
        try:
            number = int(number) if number is not None and str(number).strip() != "" else None
        except (TypeError, ValueError):
            number = None
        out.append(
            {
                "SegmentNumber": number,
                "SegmentLabel": _text(item, 0x00620005),
                "SegmentDescription": _text(item, 0x00620006),
                "SegmentAlgorithmType": _text(item, 0x00620008),
                "SegmentAlgorithmName": _text(item, 0x00620009),
            }
        )
    return out


def _location(path: tuple[int, ...], tag: int, attribute: deid_profile.DeidAttribute | None = None) -> str:
    """Where an attribute sits, as tags, item numbers and its keyword (never a value).

    ``path`` alternates sequence tags and item numbers (from 1): ``(0040,0275)[2]>(0008,0050) AccessionNumber``.
    A private tag has no keyword: ``(0040,0275)[1]>(0011,1001)``.
    """
    steps = [f"{deid_profile.tag_text(path[i])}[{path[i + 1]}]>" for i in range(0, len(path) - 1, 2)]
    name = f" {attribute.keyword or attribute.name}" if attribute is not None else ""
    return "".join(steps) + deid_profile.tag_text(tag) + name


#: (tag, path, value) of a judged attribute's occurrence with a value; see ``dicom_header.Header.judged``.
Judged = tuple[int, tuple[int, ...], bytes | str | None]


def _judge(
    found: dict[deid_profile.DeidAttribute, str | None], occurrences: list[Judged], patient_id: str | None
) -> None:
    """Add to ``found`` each judged attribute with a value ``deid_profile.passes`` rejects, at its first such
    place: the top level before any sequence item (as for the other attributes), then in the order of the file.
    """
    for top in (True, False):
        for tag, path, value in occurrences:
            if bool(path) == top:
                continue
            a = deid_profile.BY_TAG.get(tag)
            if a is not None and a not in found and not deid_profile.passes(a, value, patient_id):
                found[a] = _location(path, tag, a) if path else None


def _judged_value(ds: Any, tag: int) -> bytes | str | None:
    """What ``passes`` judges of ``ds``'s element ``tag`` (which has a value): its raw bytes as the fast reader
    reads them, or its text; None for a sequence, or a value longer than ``dicom_header.MAX_JUDGED``.
    """
    if _items(ds, tag) is not None:
        return None
    raw = ds.get_item(tag, keep_deferred=True)
    value = raw.value
    if value is None:  # deferred: longer than DEFER_SIZE
        return None
    if not isinstance(value, bytes):
        value = _text(ds, tag) or ""
    return value if len(value) <= dicom_header.MAX_JUDGED else None


def _set_deid(row: dict[str, Any], found: dict[deid_profile.DeidAttribute, str | None]) -> None:
    """Fill ``identifying_tags`` from attribute -> location (None: the top level, exact tag)."""
    ordered = sorted(found, key=_PROFILE_ORDER.__getitem__)
    row["identifying_tags"] = [{"attribute": _LABELS[a], "location": found[a]} for a in ordered]


def _items(ds: Any, tag: int) -> list[Any] | None:
    """The items of ``ds``'s element ``tag`` when the fast reader would walk it as a sequence, else None.

    A sequence: VR SQ (explicit VR, or already parsed by pydicom), or in Implicit VR a non-private tag
    the dictionary says is SQ (``header`` reads the same ones as sequences).
    """
    raw = ds.get_item(tag, keep_deferred=True)
    if raw is None:
        return None
    vr = raw.VR
    if vr is None and not deid_profile.is_private(tag) and raw.length not in (0, dicom_header.UNDEFINED):
        from pydicom.datadict import dictionary_VR

        try:
            vr = dictionary_VR(tag)
        except KeyError:
            return None
    if vr != "SQ":
        return None
    try:
        value = ds[tag].value
    except Exception:  # a sequence pydicom cannot parse is not walked (nor counted as items)
        return None
    from pydicom.sequence import Sequence

    return list(value) if isinstance(value, Sequence) else None


def _walk(
    ds: Any, path: tuple[int, ...], found: dict[deid_profile.DeidAttribute, str | None], judged: list[Judged]
) -> str | None:
    """Record the attributes of the profile carrying a value inside the sequence items of ``ds``.

    Depth first, in tag order (the order of the file, as ``header`` walks it): adds
    ``attribute -> location`` for attributes not yet in ``found``, and appends each occurrence with a value
    of a judged attribute to ``judged``. ``path`` is where ``ds`` is (empty: the top level, whose elements
    the caller records). Returns the location of the first private tag inside a sequence item, if any.
    """
    private: str | None = None
    for tag in sorted(ds.keys()):
        if path:
            if deid_profile.is_private(tag):
                private = private or _location(path, tag)
            else:
                a = deid_profile.lookup(tag)
                if a is None or not _value_present(ds, tag):
                    pass
                elif a.kind in deid_profile.JUDGED:
                    judged.append((tag, path, _judged_value(ds, tag)))
                elif a not in found:
                    found[a] = _location(path, tag, a)
        for number, item in enumerate(_items(ds, tag) or (), start=1):
            inner = _walk(item, (*path, tag, number), found, judged)
            private = private or inner
    return private


def _fill_header(row: dict[str, Any], ds: Any) -> None:
    for name, tag in STRING_TAGS:
        row[name] = _fast_text(ds, tag)
    number = _fast_text(ds, dicom_header.INSTANCE_NUMBER)
    try:
        row["InstanceNumber"] = int(float(number)) if number is not None else None
    except ValueError:
        row["InstanceNumber"] = None
    keys = set(ds.keys())
    found: dict[deid_profile.DeidAttribute, str | None] = {}
    judged: list[Judged] = []
    for t in sorted(keys):
        a = deid_profile.lookup(t)
        if a is None or not _value_present(ds, t):
            continue
        if a.kind in deid_profile.JUDGED:
            judged.append((t, (), _judged_value(ds, t)))
        elif a not in found:
            found[a] = None if a.mask == deid_profile.EXACT_MASK else _location((), t, a)
    private = any(deid_profile.is_private(t) for t in keys)
    nested_private = _walk(ds, (), found, judged)
    _judge(found, judged, row["PatientID"])
    _set_deid(row, found)
    row["DeidentificationMethodCodePresent"] = _value_present(ds, dicom_header.DEID_METHOD_CODE_SEQUENCE)
    row["has_private_tags"] = private or nested_private is not None
    row["private_location"] = None if private else nested_private
    is_seg = row["SOPClassUID"] == dicom_header.SEG_SOP_CLASS or row["Modality"] == "SEG"
    row["segments"] = _segments(ds) if is_seg else None
    refs = None
    if is_seg:
        refs = sorted(
            {u for item in ds.get("ReferencedSeriesSequence") or [] if (u := _text(item, 0x0020000E))}
        )
    row["ReferencedSeriesUIDs"] = refs


#: What a header read gives the row (``_fill_summary``), from ``_summary`` (the pure-Python reader) or from
#: the compiled walk (``_walk.scan``, the same tuple): (the text values of ``STRING_TAGS`` and InstanceNumber,
#: stripped, None when absent or empty; the top-level tags of ``deid_profile.TAGS`` with a value, ascending;
#: the top-level tags with a value between ``_MASK_LO`` and ``_MASK_HI``, in the order of the file; the top-level
#: judged occurrences (tag, (), raw value or None), ascending; a top-level private tag; a
#: DeidentificationMethodCodeSequence with items; ``Header.nested`` as (tag, path) pairs; ``Header.nested_private``;
#: ``Header.judged``; ``Header.truncated``).
Summary = tuple[
    tuple[str | None, ...],
    tuple[int, ...],
    tuple[int, ...],
    list[Judged],
    bool,
    bool,
    tuple[tuple[int, tuple[int, ...]], ...],
    tuple[int, ...] | None,
    list[Judged],
    bool,
]
#: The tags of the summary's text values, in order.
_TEXT_TAGS = (*(tag for _, tag in STRING_TAGS), dicom_header.INSTANCE_NUMBER)
_STRING_NAMES = tuple(name for name, _ in STRING_TAGS)
_SOP_CLASS_TEXT = _STRING_NAMES.index("SOPClassUID")
_MODALITY_TEXT = _STRING_NAMES.index("Modality")


def _summary(header: dicom_header.Header) -> Summary:
    """The summary of a header the pure-Python reader read (not a DICOMDIR); ``Fallback`` when a kept value
    needs a character set."""
    raw = header.values
    # What ``dicom_header.ascii_value`` does to each value, checked once for all of them (this runs per file).
    blob = b"".join([raw[tag] for tag in _WANTED.intersection(raw)])
    if not blob.isascii() or b"\x1b" in blob:
        raise dicom_header.Fallback  # a value needs its character set
    get = raw.get
    texts = tuple(v.decode("ascii").strip(" \x00") or None if (v := get(t)) is not None else None for t in _TEXT_TAGS)
    lengths = header.lengths
    nested_judged: list[Judged] = [*header.judged]
    return (
        texts,
        tuple(t for t in sorted(deid_profile.TAGS.intersection(lengths)) if lengths[t]),
        tuple(t for t in lengths if _MASK_LO <= t <= _MASK_HI and lengths[t]),
        [
            (t, (), v if (v := get(t)) is None or len(v) <= dicom_header.MAX_JUDGED else None)
            for t in sorted(deid_profile.JUDGED_TAGS.intersection(lengths))
            if lengths[t]
        ],
        # A private tag (``deid_profile.is_private``): an odd group above 0008 and below FFFF.
        any(_PRIVATE_LO <= t < _PRIVATE_HI for t in lengths if t & 0x10000),
        lengths.get(dicom_header.DEID_METHOD_CODE_SEQUENCE, 0) > 0,
        tuple(header.nested.items()),
        header.nested_private,
        nested_judged,
        header.truncated,
    )


def _read_summary(fp: IO[bytes], size: int, head: bytes) -> Summary | None:
    """The pure-Python reader's summary of a file with the preamble; None for a DICOMDIR index. ``head``: the
    file's first bytes, already read. Raises ``dicom_header.Fallback`` for files it does not handle."""
    header = dicom_header.read_header(
        fp, size, _WANTED_OR_JUDGED, deid_profile.TAGS, deid_profile.MASK_GROUPS, deid_profile.JUDGED_TAGS, head
    )
    if header.media_storage_class == dicom_header.DICOMDIR_SOP_CLASS:
        return None
    return _summary(header)


def _fill_summary(row: dict[str, Any], summary: Summary) -> bool:
    """Fill ``row`` from a header's summary; False (``row`` untouched) when the file needs pydicom (a SEG)."""
    texts, top, masked, judged, private, deid_code, nested, first, nested_judged, truncated = summary
    if texts[_SOP_CLASS_TEXT] == dicom_header.SEG_SOP_CLASS or texts[_MODALITY_TEXT] == "SEG":
        return False  # segments are read from the SegmentSequence by pydicom
    row.update(zip(_STRING_NAMES, texts, strict=False))  # (the last text, InstanceNumber's, has no name there)
    number = texts[-1]
    try:
        row["InstanceNumber"] = int(float(number)) if number is not None else None
    except ValueError:
        row["InstanceNumber"] = None
    if top or masked or nested or judged or nested_judged:
        by_tag = deid_profile.BY_TAG
        found: dict[deid_profile.DeidAttribute, str | None] = {by_tag[t]: None for t in top}
        for t in masked:
            if (a := deid_profile.lookup(t)) and a not in found:
                found[a] = _location((), t, a)
        for t, path in nested:
            a = deid_profile.lookup(t)
            if a is not None and a not in found:
                found[a] = _location(path, t, a)
        _judge(found, judged + nested_judged, row["PatientID"])
        _set_deid(row, found)
    else:  # nothing identifying (most files): the same row, faster
        row["identifying_tags"] = []
    row["DeidentificationMethodCodePresent"] = deid_code
    row["has_private_tags"] = private or first is not None
    row["private_location"] = None if private or first is None else _location(first[:-1], first[-1])
    row["segments"] = None
    row["ReferencedSeriesUIDs"] = None
    if truncated:
        row.update(status=TRUNCATED, reason="the file ends before a declared value does")
    return True


def _load_compiled() -> ModuleType | None:
    """The compiled walk (``_walk.c``, built by ``make setup``) given the scan's tag sets, or None: then the
    pure-Python reader reads every header (the same rows, slower)."""
    log = logging.getLogger(__name__)
    if os.environ.get(PURE_PYTHON_ENV):
        log.debug("DICOM header scan: %s is set, the pure-Python reader reads headers", PURE_PYTHON_ENV)
        return None
    try:  # built at install (hatch_build.py), so possibly absent: imported by name, here
        walk_module = importlib.import_module("eucaim_spec.validate.dicom._walk")
    except ImportError:
        log.debug("DICOM header scan: no compiled walk (make setup builds it); the pure-Python reader reads headers")
        return None
    walk_module.configure(
        _TEXT_TAGS,
        tuple(sorted(deid_profile.JUDGED_TAGS.difference(_TEXT_TAGS))),
        deid_profile.TAGS,
        deid_profile.JUDGED_TAGS,
        deid_profile.TAGS,
        deid_profile.MASK_GROUPS,
        _PRIVATE_LO,
        _PRIVATE_HI,
        _MASK_LO,
        _MASK_HI,
        dicom_header.DEID_METHOD_CODE_SEQUENCE,
        dicom_header.DICOMDIR_SOP_CLASS,
    )
    return walk_module


#: The compiled walk, or None (see ``_load_compiled``).
_COMPILED = _load_compiled()


def _compiled_walk() -> ModuleType | None:
    """The compiled walk when the scan uses it: it opens files itself, so a replaced ``open_file`` (tests)
    sends files through the pure-Python reader."""
    return _COMPILED if FAST_PATH and open_file is _open_file else None


def _scan_compiled(compiled: ModuleType, path: str, size: int, row: dict[str, Any], result: Any = None) -> bool:
    """Fill ``row`` with the compiled walk (or its ``result`` for the file, when already read); False when pydicom
    reads the file (no preamble, a file the walk refuses as the pure-Python reader does, a SEG)."""
    try:
        summary = compiled.scan(path, size) if result is None else result
        if type(summary) is tuple:
            return _fill_summary(row, summary)
        if summary == compiled.DICOMDIR:
            row.update(status=DICOMDIR, reason="DICOMDIR index")
            return True
        return False
    except OSError as exc:
        row.update(status=UNREADABLE, reason=_os_reason(exc))
    except Exception as exc:  # as in ``scan_file``: a finding about that file, never a crash
        row.update(status=UNREADABLE, reason=f"header could not be parsed ({type(exc).__name__})")
    return True


def _scan_python(fp: IO[bytes], size: int, head: bytes, row: dict[str, Any]) -> bool:
    """Fill ``row`` with the pure-Python reader (``head``: the file's first bytes, already read); False when
    pydicom reads the file (one the reader refuses, a SEG)."""
    try:
        summary = _read_summary(fp, size, head)
    except dicom_header.Fallback:
        return False
    if summary is None:
        row.update(status=DICOMDIR, reason="DICOMDIR index")
        return True
    return _fill_summary(row, summary)


def scan_file(root: str, rel: str, size: int, *, walked: bool = False) -> dict[str, Any]:
    """Read one file's header; return its table row (``status`` says what was found).

    Call it inside ``quiet_pydicom()`` (``scan_chunk`` does): pydicom may warn quoting a value. ``walked``: the
    compiled walk already read the file and left it to pydicom (no preamble, refused, a SEG): not read again.
    """
    path = os.path.join(root, rel)
    if dicom_header.is_nifti(rel):
        return _scan_nifti(path, rel, size)
    row = _empty_row(rel, OK, size)
    compiled = _compiled_walk()
    if compiled is not None and not walked and _scan_compiled(compiled, path, size, row):
        return row
    try:
        fp = open_file(path)
    except OSError as exc:
        row.update(status=UNREADABLE, reason=_os_reason(exc))
        return row
    with fp:
        try:
            # One read of a block: most headers lie in it (the fast reader parses it from memory).
            block = dicom_header.read_full(fp, dicom_header.BLOCK, size)
            head = block[: dicom_header.HEAD_SIZE]
            preamble = dicom_header.has_preamble(head)
            if not preamble and not dicom_header.looks_like_dicom(head):
                row.update(status=NOT_DICOM, reason="no DICM preamble and no DICOM element at the start")
                return row
            if preamble and FAST_PATH and compiled is None and _scan_python(fp, size, block, row):
                return row
            fp.seek(0)
            if isinstance(fp, io.RawIOBase):  # pydicom reads many small pieces: through a buffer
                fp = io.BufferedReader(fp)
            # Imported here: the fast path does not need pydicom (and workers start faster without it).
            import pydicom
            from pydicom import config

            # RAISE while reading raw elements turns a short header into EOFError (a truncation);
            # values are decoded later under the caller's mode (IGNORE in scan_chunk).
            old_mode = config.settings.reading_validation_mode
            config.settings.reading_validation_mode = config.RAISE
            try:
                ds = pydicom.dcmread(fp, stop_before_pixels=True, force=True, defer_size=DEFER_SIZE)
            finally:
                config.settings.reading_validation_mode = old_mode
            if not preamble and not any(t in ds for t in (0x00080016, 0x00080018, 0x0020000D, 0x00080060)):
                row.update(status=NOT_DICOM, reason="no DICM preamble and no DICOM identifying elements")
                return row
            meta = getattr(ds, "file_meta", None)
            media_class = _fast_text(meta, dicom_header.MEDIA_STORAGE_SOP_CLASS) if meta is not None else None
            if media_class == dicom_header.DICOMDIR_SOP_CLASS:
                row.update(status=DICOMDIR, reason="DICOMDIR index")
                return row
            deflated = meta is not None and _fast_text(meta, dicom_header.TRANSFER_SYNTAX) == dicom_header.DEFLATED_LE
            if not deflated:
                implicit, little = ds.original_encoding
                if _header_truncated(ds, size) or dicom_header.pixel_data_truncated(
                    fp, size, fp.tell(), bool(implicit), bool(little)
                ):
                    row.update(status=TRUNCATED, reason="the file ends before a declared value does")
            _fill_header(row, ds)
        except EOFError:
            row.update(status=TRUNCATED, reason="the header ends before its last element")
        except OSError as exc:
            row.update(status=UNREADABLE, reason=_os_reason(exc))
        except Exception as exc:  # any parser failure is a finding about that file, never a crash
            row.update(status=UNREADABLE, reason=f"header could not be parsed ({type(exc).__name__})")
    return row


def _scan_nifti(path: str, rel: str, size: int) -> dict[str, Any]:
    """A NIfTI file: its row carries the tags of its DICOM-JSON sidecar (``<stem>.json``), if any."""
    row = _empty_row(rel, NIFTI, size)
    name = os.path.basename(path)
    sidecar = os.path.join(os.path.dirname(path), dicom_header.nifti_stem(name) + ".json")
    row["sidecar_missing"] = [n for n, _ in SIDECAR_REQUIRED]
    try:
        with open_file(sidecar) as fp:
            data = json.loads(fp.read().decode("utf-8"))
    except FileNotFoundError:
        row["reason"] = "no DICOM-JSON sidecar"
        return row
    except (OSError, UnicodeDecodeError, ValueError):
        row["reason"] = "DICOM-JSON sidecar not readable as JSON"
        return row
    if not isinstance(data, dict):
        row["reason"] = "DICOM-JSON sidecar is not a JSON object"
        return row

    def value(tag: int) -> str | None:
        elem = data.get(f"{tag:08X}")
        if not isinstance(elem, dict) or not isinstance(elem.get("Value"), list) or not elem["Value"]:
            return None
        v = elem["Value"][0]
        return str(v).strip() or None if isinstance(v, str | int | float) else None

    for column, tag in STRING_TAGS:
        row[column] = value(tag)
    found: dict[deid_profile.DeidAttribute, str | None] = {}
    judged: list[Judged] = []
    for key in sorted(k for k in data if len(k) == 8 and _is_hex(k)):
        if isinstance(data[key], dict):
            _record_json(data[key], (), int(key, 16), found, judged)
    _walk_json(data, (), found, judged)
    _judge(found, judged, row["PatientID"])
    _set_deid(row, found)
    row["sidecar_missing"] = [n for n, t in SIDECAR_REQUIRED if value(t) is None]
    row["reason"] = "DICOM-JSON sidecar read"
    return row


def _walk_json(
    obj: dict[str, Any],
    path: tuple[int, ...],
    found: dict[deid_profile.DeidAttribute, str | None],
    judged: list[Judged],
) -> None:
    """Record the attributes of the profile carrying a value inside the SQ items of a DICOM JSON object.

    As ``_walk`` does for a dataset: depth first, in tag order; at the top level (empty ``path``) the
    caller records the elements.
    """
    for key in sorted(k for k in obj if len(k) == 8 and _is_hex(k)):
        elem, tag = obj[key], int(key, 16)
        if not isinstance(elem, dict):
            continue
        value = elem.get("Value")
        if path:
            _record_json(elem, path, tag, found, judged)
        if elem.get("vr") == "SQ" and isinstance(value, list):
            for number, item in enumerate(value, start=1):
                if isinstance(item, dict):
                    _walk_json(item, (*path, tag, number), found, judged)


def _record_json(
    elem: dict[str, Any],
    path: tuple[int, ...],
    tag: int,
    found: dict[deid_profile.DeidAttribute, str | None],
    judged: list[Judged],
) -> None:
    a = deid_profile.lookup(tag)
    if a is None:
        return
    value = elem.get("Value")
    if not (bool(value) if isinstance(value, list) else bool(elem.get("InlineBinary") or elem.get("BulkDataURI"))):
        return
    if a.kind in deid_profile.JUDGED:
        judged.append((tag, path, _json_text(elem)))
    elif a not in found:
        found[a] = None if not path and a.mask == deid_profile.EXACT_MASK else _location(path, tag, a)


def _json_text(elem: dict[str, Any]) -> str | None:
    """The value of a DICOM JSON element as DICOM writes it (values joined by a backslash, a person name's
    groups by ``=``), for ``deid_profile.passes``; None for a sequence, binary data or an unusual value.
    """
    value = elem.get("Value")
    if elem.get("vr") == "SQ" or not isinstance(value, list):
        return None
    parts = []
    for v in value:
        if isinstance(v, dict):  # a person name: {"Alphabetic": ..., "Ideographic": ..., "Phonetic": ...}
            groups = [v.get(k) for k in ("Alphabetic", "Ideographic", "Phonetic")]
            if not all(g is None or isinstance(g, str) for g in groups):
                return None
            parts.append("=".join(g or "" for g in groups).rstrip("="))
        elif isinstance(v, str | int | float):
            parts.append(str(v))
        else:
            return None
    text = "\\".join(parts)
    return text if len(text) <= dicom_header.MAX_JUDGED else None


def _is_hex(text: str) -> bool:
    try:
        int(text, 16)
    except ValueError:
        return False
    return True


def scan_chunk(root: str, items: list[tuple[str, int]]) -> list[dict[str, Any]]:
    """Rows of a chunk of files."""
    with quiet_pydicom():
        return [scan_file(root, rel, size) for rel, size in items]


#: The columns of the tag table, in order (``table_schema().names``, without loading pyarrow).
COLUMNS: tuple[str, ...] = (
    ("path", "status", "reason", "size")
    + tuple(name for name, _ in STRING_TAGS)
    + (
        "InstanceNumber",
        "DeidentificationMethodCodePresent",
        "has_private_tags",
        "identifying_tags",
        "private_location",
        "segments",
        "ReferencedSeriesUIDs",
        "sidecar_missing",
    )
)


def rows_to_columns(rows: list[dict[str, Any]]) -> list[list[Any]]:
    """The rows as one list per column of ``COLUMNS`` (missing keys are nulls): a chunk's result as a worker
    sends it (plain lists pickle fast, and the worker needs no pyarrow)."""
    for r in rows:
        r["path"] = display_path(r["path"])
    return [[r.get(name) for r in rows] for name in COLUMNS]


def columns_to_table(columns: list[list[Any]]) -> pa.Table:
    """Columns of ``rows_to_columns`` as a table of ``table_schema()``."""
    import pyarrow as pa

    schema = table_schema()
    return pa.Table.from_arrays(
        [pa.array(col, type=field.type) for col, field in zip(columns, schema, strict=True)], schema=schema
    )


def rows_to_table(rows: list[dict[str, Any]]) -> pa.Table:
    """The rows as a table of ``table_schema()`` (missing keys are nulls)."""
    return columns_to_table(rows_to_columns(rows))


def display_path(rel: str) -> str:
    """``rel`` as the table and reports hold it: a file name that is not UTF-8 (held by Python with
    surrogate escapes, which no UTF-8 text can carry) shows its odd bytes as ``\\xNN``."""
    if rel.isascii():
        return rel
    try:
        rel.encode("utf-8")
        return rel
    except UnicodeEncodeError:
        return os.fsencode(rel).decode("utf-8", "backslashreplace")


def scan_chunk_columns(root: str, items: list[tuple[str, int]]) -> list[list[Any]]:
    """A chunk as columns (``rows_to_columns``): the unit of work of a pool worker.

    With the compiled walk, the rows of plain files (nothing identifying, not truncated, no private tag, not a
    SEG: most files) go from C straight into the columns; ``scan_file`` makes every other row, in order.
    """
    compiled = _compiled_walk()
    if compiled is None:
        return rows_to_columns(scan_chunk(root, items))
    columns: list[list[Any]] = [[] for _ in COLUMNS]

    def other_row(rel: str, size: int, result: Any) -> list[Any]:
        row = _empty_row(rel, OK, size)
        if result is None or not _scan_compiled(compiled, "", size, row, result):
            # the walk's verdict stands: pydicom reads the file, the walk does not read it again
            row = scan_file(root, rel, size, walked=result is not None)
        row["path"] = display_path(row["path"])
        return [row.get(name) for name in COLUMNS]

    with quiet_pydicom():
        compiled.scan_columns(root, items, columns, other_row)
    return columns


def _configure_plain_rows(compiled: ModuleType | None) -> None:
    """Tell the compiled walk the columns of a plain file's row: its own values by code, the others constant."""
    if compiled is None:
        return
    codes = {"path": -1, "size": -2, "InstanceNumber": -3, "DeidentificationMethodCodePresent": -4}
    codes.update({name: i for i, name in enumerate(_STRING_NAMES)})
    constants: dict[str, Any] = {"status": OK, "reason": None, "has_private_tags": False, "identifying_tags": [],
                                 "private_location": None, "segments": None, "ReferencedSeriesUIDs": None,
                                 "sidecar_missing": None}  # fmt: skip
    template = tuple(codes[c] if c in codes else constants[c] for c in COLUMNS)
    compiled.configure_columns(template, _SOP_CLASS_TEXT, _MODALITY_TEXT, dicom_header.SEG_SOP_CLASS)


_configure_plain_rows(_COMPILED)


# ---------------------------------------------------------------------------------------------------
# The scan


def _chunks(items: list[tuple[str, int]], workers: int) -> list[list[tuple[str, int]]]:
    # Several chunks per worker balance the load; a cap keeps the progress bar moving.
    size = max(16, min(512, len(items) // (workers * 8) or 1))
    return [items[i : i + size] for i in range(0, len(items), size)]


def scan_tree(
    path: Path,
    *,
    workers: int | None = None,
    progress: bool = False,
    on_chunk: Callable[[int], None] | None = None,
) -> pa.Table:
    """Scan ``path`` (a folder, any depth, or one file); return the tag table sorted by path.

    ``workers`` processes read headers in parallel (default: CPU count; 1 reads in-process).
    Raises ``InputError`` when ``path`` does not exist.
    """
    path = Path(path)
    files, rows = walk(path)
    workers = max(1, workers or os.cpu_count() or 1)
    # One file is scanned as the only entry of its folder: paths stay relative, to its name.
    root = str(path) if path.is_dir() else str(path.parent)
    total = len(files)
    # Memory: from here on the walk's entries are held by the chunks only, each dropped once read; the rows
    # are held as tables of a chunk each.
    chunks = _chunks(files, workers)
    del files
    if workers == 1 or total < PARALLEL_MIN_FILES:
        tables = [rows_to_table(rows)]
        del rows
        bar = _progress_bar(total) if progress else None
        try:
            chunks.reverse()
            while chunks:
                chunk = chunks.pop()
                tables.append(columns_to_table(scan_chunk_columns(root, chunk)))
                _advance(bar, on_chunk, len(chunk))
        finally:
            if bar is not None:
                bar[0].stop()
        return sorted_by_path(tables)
    # The workers start (are forked, see ``pool_context``) before this process loads pyarrow or starts the
    # progress bar's thread.
    with ProcessPoolExecutor(workers, mp_context=pool_context()) as pool:
        futures = {pool.submit(scan_chunk_columns, root, chunk): len(chunk) for chunk in chunks}
        chunks.clear()
        tables = [rows_to_table(rows)]
        del rows
        bar = _progress_bar(total) if progress else None
        try:
            for fut in as_completed(futures):
                # Popped: a done future holds its chunk's columns (Python objects, several times the table's
                # size) until it is let go.
                tables.append(columns_to_table(fut.result()))
                _advance(bar, on_chunk, futures.pop(fut))
        finally:
            if bar is not None:
                bar[0].stop()
    # Sorting makes the table (and every report) independent of the order chunks completed in.
    return sorted_by_path(tables)


def sorted_by_path(tables: list[pa.Table]) -> pa.Table:
    """The tables (of ``table_schema()``) as one table sorted by path, one chunk per column; empties ``tables``.

    As ``pa.concat_tables(tables).sort_by("path").combine_chunks()``, holding the rows about once rather than
    three times: each column is sorted in turn and its unsorted chunks are let go.
    """
    import pyarrow as pa  # deferred, as everywhere in this module: `eucaim --help` does not load pyarrow

    table = pa.concat_tables(tables)
    tables.clear()
    if 0 < table.num_rows <= SORTED_CHECK_MAX_ROWS:
        # a small tree read in-process is mostly in path order already: then no sort, and no import of
        # pyarrow.compute (~40 ms, more than checking a small dataset's DICOM rules). Python orders str by
        # code point, as Arrow orders UTF-8 by byte: the same order.
        paths = table.column("path").to_pylist()
        if all(a <= b for a, b in zip(paths, paths[1:], strict=False)):
            return table.combine_chunks()
    import pyarrow.compute as pc

    order = pc.sort_indices(table, sort_keys=[("path", "ascending")])
    schema, columns = table.schema, []
    while table.num_columns:
        columns.append(table.column(0).take(order).combine_chunks())
        table = table.remove_column(0)
    return pa.Table.from_arrays(columns, schema=schema)


def pool_context() -> Any:
    """fork while this process runs a single thread, else forkserver with this module preloaded.

    fork starts a worker in milliseconds with every module already loaded (a forkserver first imports them
    again: about a second, as long as reading 10,000 headers). It is safe with one thread only: a thread of
    the parent (DuckDB, pyarrow, rich) may hold a lock a forked child would inherit held. A worker runs
    this module's Python code (and pydicom) only; it never calls pyarrow or DuckDB.
    """
    import multiprocessing

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods and _threads() == 1:
        return multiprocessing.get_context("fork")
    if "forkserver" not in methods:
        return multiprocessing.get_context("spawn")
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["eucaim_spec.validate.dicom.scan"])
    return ctx


def _threads() -> int:
    """How many threads this process runs, native ones included (0 when the system does not say)."""
    try:
        with open("/proc/self/status", "rb") as fh:
            for line in fh:
                if line.startswith(b"Threads:"):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return 0


def _progress_bar(total: int) -> tuple[Any, Any]:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    bar = Progress(
        TextColumn("DICOM headers"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )
    task = bar.add_task("scan", total=total)
    bar.start()
    return bar, task


def _advance(bar: tuple[Any, Any] | None, on_chunk: Callable[[int], None] | None, n: int) -> None:
    if bar is not None:
        bar[0].advance(bar[1], n)
    if on_chunk is not None:
        on_chunk(n)
