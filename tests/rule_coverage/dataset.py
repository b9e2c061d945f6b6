"""Mutations of whole inputs: the ETL input rules (a file broken as a file), the imaging-clinical linkage,
the dataset parts, the age derivation across parts and the series mapping.

These rules are hand-written and named for what they check, so the mutation is looked up by the rule's name
(the last part of its id) in ``ETL``, ``PARTS`` and ``OTHER``; a rule of the catalogue without a recipe shows up
as not derived. Each recipe writes its own small input, checked alone (a file-level or dataset-level
finding has no row to tell mutations apart); the valid input each starts from is checked once too.
"""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.rule_coverage.core import Batch, Mutation

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tier1-dataset"


def _clinical_csv() -> Path:
    return next((EXAMPLE / "clinical").glob("*.csv"))


def _rows() -> tuple[list[str], list[list[str]]]:
    with _clinical_csv().open(encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    return rows[0], rows[1:]


def _csv_text(header: list[str], rows: list[list[str]], sep: str = ",") -> str:
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=sep, lineterminator="\n")
    w.writerow(header)
    w.writerows(rows)
    return buf.getvalue()


# --------------------------------------------------------------------------------------------- ETL rules
def _write(d: Path, name: str, data: bytes | str) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    p = d / name
    p.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return p


def _etl_bom(d: Path) -> str:
    h, r = _rows()
    _write(d, "clinical.csv", "\ufeff" + _csv_text(h, r))
    return "clinical.csv starts with a UTF-8 byte order mark"


def _etl_separator(d: Path) -> str:
    h, r = _rows()
    _write(d, "clinical.csv", _csv_text(h, r, ";"))
    return "clinical.csv separated by ';'"


def _etl_decimal(d: Path) -> str:
    h, r = _rows()
    i = h.index("age_at_diagnosis")
    r[0][i] = r[0][i].replace(".", ",")
    _write(d, "clinical.csv", _csv_text(h, r))
    return "age_at_diagnosis of row 1 written with a decimal comma"


def _etl_encoding(d: Path) -> str:
    h, r = _rows()
    r[0][0] = r[0][0] + "\u00e9"
    _write(d, "clinical.csv", _csv_text(h, r).encode("latin-1"))
    return "clinical.csv saved as Latin-1 (a PatientID with a non-ASCII letter)"


def _beside_valid(d: Path) -> None:
    """A valid clinical table beside the broken file: with no readable table at all the run stops with exit 3
    (one line naming the file), which is right for a lone file but reports no rule."""
    _write(d, "clinical.csv", _csv_text(*_rows()))


def _etl_empty(d: Path) -> str:
    _beside_valid(d)
    _write(d, "clinical-2.csv", b"")
    return "clinical-2.csv of 0 bytes beside a valid clinical.csv"


def _etl_no_rows(d: Path) -> str:
    h, _ = _rows()
    _write(d, "clinical.csv", _csv_text(h, []))
    return "clinical.csv with its header only"


def _etl_ragged(d: Path) -> str:
    h, r = _rows()
    r[1] = [*r[1], "extra"]
    _write(d, "clinical.csv", _csv_text(h, r))
    return "row 2 of clinical.csv has one field more than the header"


def _etl_unreadable(d: Path) -> str:
    _beside_valid(d)
    _write(d, "clinical-2.xlsx", b"this is not a spreadsheet")
    return "clinical-2.xlsx that is not a zip/XLSX file, beside a valid clinical.csv"


def _etl_not_records(d: Path) -> str:
    h, r = _rows()
    _beside_valid(d)
    _write(d, "clinical-2.json", json.dumps(dict(zip(h, r[0], strict=True))))
    return "clinical-2.json holding one object, not a list of records, beside a valid clinical.csv"


def _column_missing(d: Path) -> str:
    h, r = _rows()
    i = h.index("Sex")
    _write(d, "clinical.csv", _csv_text(h[:i] + h[i + 1:], [x[:i] + x[i + 1:] for x in r]))
    return "clinical.csv without its Sex column"


def _column_name(d: Path) -> str:
    h, r = _rows()
    _write(d, "clinical.csv", _csv_text([*h, ""], [[*x, "x"] for x in r]))
    return "clinical.csv with a last column whose header is empty"


def _etl_formula(d: Path) -> str:
    import openpyxl

    h, r = _rows()
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(h)
    for row in r:
        ws.append(row)
    ws.cell(row=2, column=h.index("age_at_diagnosis") + 1, value="=60+7.5")
    d.mkdir(parents=True, exist_ok=True)
    wb.save(d / "clinical.xlsx")
    return "clinical.xlsx whose age_at_diagnosis of row 1 is a formula"


def _etl_header(d: Path) -> str:
    h, r = _rows()
    _write(d, "clinical-a.csv", _csv_text(h, r[:1]))
    _write(d, "clinical-b.csv", _csv_text(h[:-1], [x[:-1] for x in r[1:]]))
    return "two clinical files, the second without the last column"


def _etl_prefix(d: Path) -> str:
    h, r = _rows()
    _write(d, "clinical.csv", _csv_text(h, r))
    return "clinical.csv checked with --dataset-id DS1 (name not prefixed)"


def _etl_unrecognised(d: Path) -> str:
    h, r = _rows()
    _write(d, "clinical.csv", _csv_text(h, r))
    _write(d, "notes.csv", "topic,remark\nscanner,replaced in 2023\n")
    return "notes.csv: a table of no known kind beside the clinical table"


def _etl_too_large(d: Path) -> str:
    import openpyxl

    _beside_valid(d)
    h, r = _rows()
    wb = openpyxl.Workbook()
    wb.active.append(h)
    for row in r:
        wb.active.append(row)
    wb.save(d / "clinical-2.xlsx")
    return "clinical-2.xlsx checked with --xlsx-max-bytes 1K, beside a valid clinical.csv"


ETL: dict[str, tuple[Callable[[Path], str], tuple[str, ...]]] = {
    "column_missing": (_column_missing, ()),
    "column_name": (_column_name, ()),
    "bom": (_etl_bom, ()),
    "separator": (_etl_separator, ()),
    "decimal_separator": (_etl_decimal, ()),
    "encoding": (_etl_encoding, ()),
    "empty_file": (_etl_empty, ()),
    "no_rows": (_etl_no_rows, ()),
    "ragged_row": (_etl_ragged, ()),
    "unreadable": (_etl_unreadable, ()),
    "not_records": (_etl_not_records, ()),
    "xlsx_formula": (_etl_formula, ()),
    "header": (_etl_header, ()),
    "file_prefix": (_etl_prefix, ("--dataset-id", "DS1")),
    "unrecognised": (_etl_unrecognised, ()),
    "too_large": (_etl_too_large, ("--xlsx-max-bytes", "1K")),
}


#: what an ETL recipe breaks as well by its nature: a formula cell holds no value when the workbook was never
#: computed; a table without a required column misses its values; a header-only file is both an ETL and a
#: clinical-table problem
ETL_ALSO: dict[str, frozenset[str]] = {
    "xlsx_formula": frozenset({"minimum.positive_case_record.age_at_diagnosis.required"}),
    "column_missing": frozenset(
        {"minimum.positive_case_record.sex.required", "minimum.negative_control_record.sex.required"}
    ),
    "no_rows": frozenset({"minimum.clinical.no_rows", "minimum.etl.no_rows"}),
}


# ------------------------------------------------------------------------------------ dataset parts
def _dataset(d: Path, drop: str | None = None) -> Path:
    shutil.copytree(EXAMPLE, d)
    if drop:
        shutil.rmtree(d / drop)
    return d


def _part_missing(part: str) -> Callable[[Path], str]:
    def r(d: Path) -> str:
        _dataset(d, part)
        return f"examples/tier1-dataset without {part}/"

    return r


def _part_unreadable(d: Path) -> str:
    _dataset(d)
    for p in (d / "metadata").iterdir():
        p.write_text("@prefix : <broken", encoding="utf-8")
    return "examples/tier1-dataset whose catalogue record is not Turtle"


def _age_not_derivable(d: Path) -> str:
    from pydicom import dcmread

    _dataset(d)
    h, r = _rows()
    pid = r[0][0]
    r[0][h.index("age_at_diagnosis")] = ""
    next((d / "clinical").glob("*.csv")).write_text(_csv_text(h, r), encoding="utf-8")
    for p in (d / "imaging" / pid).rglob("*.dcm"):
        ds = dcmread(p)
        if "PatientAge" in ds:
            del ds.PatientAge
        ds.save_as(p, enforce_file_format=True)
    return f"patient {pid}: no PatientAge in the images, no age_at_diagnosis in the clinical table"


def _declares_tier3(d: Path) -> str:
    _dataset(d)
    rec = d / "metadata" / "dataset.ttl"
    text = rec.read_text(encoding="utf-8")
    rec.write_text(text.replace("eucaim:SPEC1000009", "eucaim:SPEC1000010"), encoding="utf-8")
    return "the example's record declares Tier 3 (SPEC1000010), checked at Tier 1"


def _cdm_dataset_id(d: Path) -> str:
    _dataset(d)
    _write(d / "clinical", "dataset.csv", "dataset_id,dataset_title\nDS-SYN-0001,Synthetic cohort\n")
    return "a CDM dataset table whose dataset_id is not the record's dct:identifier"


def _understated(d: Path) -> str:
    """The example (record: Tier 1, SPEC1000009) with CDM tables of its own patients and dataset id: checked
    at Tier 2, the CDM tables evidence Tier 2 (cross_part.py asks for CDM tables above Tier 1)."""
    _dataset(d)
    import re

    rec = (d / "metadata" / "dataset.ttl").read_text(encoding="utf-8")
    m = re.search(r'dct:identifier "([^"]+)"', rec)
    assert m, "the example record has a dct:identifier"
    ds_id = m.group(1)
    pids = sorted({r[0] for r in _rows()[1]})
    _write(d / "clinical", "dataset.csv", f"dataset_id,dataset_title\n{ds_id},Example cohort\n")
    _write(d / "clinical", "patient.csv", "patient_id,dataset_id,patient_birth_sex\n"
           + "".join(f"{p},{ds_id},COM1001366\n" for p in pids))
    return "CDM dataset and patient tables of the example's patients; the record declares Tier 1, checked at Tier 2"


def _linkage(kind: str) -> Callable[[Path], str]:
    def r(d: Path) -> str:
        _dataset(d)
        h, rows = _rows()
        if kind == "clinical_without_images":
            rows.append([*rows[0]])
            rows[-1][0] = "EX-NOIMAGES"
            next((d / "clinical").glob("*.csv")).write_text(_csv_text(h, rows), encoding="utf-8")
            return "a clinical row for patient EX-NOIMAGES, who has no images"
        from tests import dicom_factory as f

        f.series(d / "imaging" / "EX-NOCLIN" / "study-1" / "series-1", 2, patient_id="EX-NOCLIN", study="noclin",
                 modality="MR", body_part="PROSTATE")
        return "images of patient EX-NOCLIN, who has no clinical row"

    return r


def _series_map(d: Path) -> str:
    from tests.rule_coverage.dicom import _series

    _series(d / "imaging", "P1", n=2, series_description="t2_tse_tra")
    _write(d, "series-map.csv", "source_series_description,eucaim_series_description\nt2_tse_tra,T2 weighted\n")
    return "SeriesDescription t2_tse_tra, the source value of the mapping (checked with --series-map)"


PARTS: dict[str, tuple[Callable[[Path], str], tuple[str, ...], frozenset[str]]] = {
    "dataset.clinical_missing": (_part_missing("clinical"), (), frozenset()),
    "dataset.imaging_missing": (_part_missing("imaging"), (), frozenset()),
    "dataset.metadata_missing": (_part_missing("metadata"), (), frozenset()),
    "dataset.part_unreadable": (_part_unreadable, (), frozenset()),
    # an age left out of the clinical table is a missing required value there too
    "patient_age.derivable": (
        _age_not_derivable, (), frozenset({"minimum.positive_case_record.age_at_diagnosis.required"})
    ),
    "linkage.clinical_without_images": (_linkage("clinical_without_images"), (), frozenset()),
    "interoperability_level.unverified": (_declares_tier3, (), frozenset()),
    "identifier.cdm_dataset_id": (_cdm_dataset_id, (), frozenset()),
    # the example's record declares Tier 1; a dataset without images does not meet it
    "interoperability_level.not_met": (_part_missing("imaging"), (), frozenset({"minimum.dataset.imaging_missing"})),
    "linkage.images_without_clinical": (_linkage("images_without_clinical"), (), frozenset()),
}


def dataset_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    out: list[Batch] = []
    orphans: list[Mutation] = []
    base_etl = work / "etl-base"
    _write(base_etl, "clinical.csv", _csv_text(*_rows()))
    # the valid inputs the recipes start from, checked once (a batch without mutations: any violation fails)
    out.append(Batch("etl (valid clinical table)", "sql", base_etl, [], _any, tier=1))
    base = work / "dataset-base"
    _dataset(base)
    out.append(Batch("dataset (valid example)", "check", base, [], _any, tier=1))
    for rid in sorted(catalogue):
        parts = rid.split(".")
        key2 = ".".join(parts[-2:])
        if rid.startswith(("minimum.etl.", "minimum.clinical.")) and parts[-1] in ETL:
            make, extra = ETL[parts[-1]]
            d = work / f"etl-{parts[1]}-{parts[-1]}"
            what = make(d)
            m = Mutation(rid, f"{d.name}/: {what}", None, ETL_ALSO.get(parts[-1], frozenset()))
            out.append(Batch(f"etl {parts[-1]}", "sql", d, [m], _any, tier=1, extra_args=extra))
        elif key2 in PARTS:
            make2, extra, also = PARTS[key2]
            d = work / f"dataset-{key2}"
            what = make2(d)
            # a violation of a Tier-1 rule makes the Tier 1 the example's record declares unmet
            m = Mutation(rid, f"{d.name}/: {what}", None, also | {"dcat_ap.dataset.interoperability_level.not_met"})
            out.append(Batch(f"dataset {parts[-1]}", "check", d, [m], _any, tier=1))
        elif rid == "dcat_ap.dataset.interoperability_level.understated":
            d = work / "dataset-understated"
            what = _understated(d)
            out.append(Batch("dataset understated", "check", d, [Mutation(rid, f"{d.name}/: {what}", None)], _any,
                             tier=2))
        elif rid == "dicom.layout.series_description_normalised":
            d = work / "series-map"
            what = _series_map(d)
            m = Mutation(rid, f"{d.name}/: {what}", None)
            out.append(Batch("series map", "dicom", d / "imaging", [m], _any, tier=3,
                             extra_args=("--series-map", str(d / "series-map.csv"))))
    return out, orphans


def _any(f: dict[str, Any], m: Mutation) -> bool:
    """A batch of one mutation: every finding of the rule is the mutation's."""
    return True
