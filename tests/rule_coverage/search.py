"""Mutations of the search engine's rules (``search.<key>.<what>``): one small input per rule, checked at Tier 2.

The valid input is the ETL's ingestion tables as CSV with the columns Focus' SQL mode reads and the codes it
sends (validators/search.yaml); each recipe breaks one key in one way: a column dropped, emptied in one row or in
every row, or a value the search never sends. The SQL-mode no-op notes fire on the valid input itself.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from tests.rule_coverage.core import Batch, Mutation

BASE: dict[str, list[list[str]]] = {
    "Dataset.csv": [["Identifier", "Title", "Description"], ["ds1", "T", "D"]],
    "CancerPatient.csv": [["Identifier", "DatasetIdentifier", "BirthSexEUCAIM"], ["p1", "ds1", "COM1000180"],
                          ["p2", "ds1", "COM1000177"]],
    "PrimaryCancerCondition.csv": [["Identifier", "PatientIdentifier", "PrimaryCancerConditionEUCAIM"],
                                   ["c1", "p1", "CLIN1000075"], ["c2", "p2", "CLIN1000060"]],
    # an imaging tag table for the sql engine too (PatientID, AcquisitionDate, PatientAge), so it stays quiet
    "ImageSeries.csv": [
        ["PatientID", "ImageStudyUID", "ImageSeriesUID", "AcquisitionDate", "PatientAge", "BodyPartExamined",
         "ImageStudyIdentifier", "Modality", "Manufacturer"],
        ["p1", "s1", "x1", "20230101", "050Y", "BP1000021", "1", "MR", "Philips"],
        ["p2", "s2", "x2", "20230101", "050Y", "BP1000136", "2", "CT", "Siemens"],
    ],
}

#: key -> (file, column) of the valid input
COLUMNS = {
    "gender": ("CancerPatient.csv", "BirthSexEUCAIM"),
    "diagnosis": ("PrimaryCancerCondition.csv", "PrimaryCancerConditionEUCAIM"),
    "body_part": ("ImageSeries.csv", "BodyPartExamined"),
    "modality": ("ImageSeries.csv", "Modality"),
    "manufacturer": ("ImageSeries.csv", "Manufacturer"),
}
#: a value no mode matches, per key (also outside the SQL codes where the key has them)
FOREIGN = {"gender": "COM1000141", "diagnosis": "CLIN1007977", "body_part": "BP1000192", "modality": "XA",
           "manufacturer": "Acme Scanners"}


def _recipe(rule_id: str) -> tuple[str, str, str] | None:
    """(file, column, action) for a rule: drop | empty | one_empty | set:<value>; None = the valid input."""
    _, key, what = rule_id.split(".")
    if key not in COLUMNS:
        return None
    file, column = COLUMNS[key]
    if what == "column_missing":
        return (file, "ImageStudyIdentifier" if key == "body_part" else column, "drop")
    if what == "empty":
        return (file, column, "empty")
    if what == "coverage":
        return (file, column, "one_empty")
    if what in ("sql_unmatched", "api_unmatched"):
        return (file, column, f"set:{FOREIGN[key]}")
    if what == "sex_codes":
        return (file, column, "set:COM1001366")
    return None


def _write(d: Path, change: tuple[str, str, str] | None) -> None:
    (d / "clinical").mkdir(parents=True)
    for name, rows in BASE.items():
        rows = [list(r) for r in rows]
        if change is not None and change[0] == name:
            col = rows[0].index(change[1])
            action = change[2]
            for i, r in enumerate(rows[1:], 1):
                if action == "drop":
                    r.pop(col)
                elif action == "empty" or (action == "one_empty" and i == 1):
                    r[col] = ""
                elif action.startswith("set:") and i == 1:
                    r[col] = action[4:]
            if action == "drop":
                rows[0].pop(col)
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        (d / "clinical" / name).write_text(buf.getvalue(), encoding="utf-8")


def search_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    out: list[Batch] = []
    base = work / "search-base"
    _write(base, None)
    for rid in sorted(r for r in catalogue if r.startswith("search.")):
        change = _recipe(rid)
        d = work / f"search-{rid}"
        _write(d, change)
        what = "the valid input" if change is None else f"{change[0]} {change[1]}: {change[2]}"
        # emptying a column of ImageSeries.csv also empties a required tag of the imaging tag table it doubles as
        tolerated = frozenset(
            {f"minimum.minimum_imaging_attributes.{change[1].lower()}.required"}
            if change is not None and change[0] == "ImageSeries.csv" and change[2] in ("empty", "one_empty")
            else ())
        m = Mutation(rid, f"ingestion tables, {what}", tolerated=tolerated)
        out.append(Batch(f"search:{rid}", "search", d / "clinical", [m],
                         lambda f, m: f["rule_id"] == m.rule_id or f["rule_id"] in m.tolerated,
                         tier=2, baseline=base / "clinical"))
    return out, []
