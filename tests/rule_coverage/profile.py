"""Mutations of the quality step's rules (``profile.<dimension>.<what>``, validators/profile.yaml): the Tier-2
example, k-anonymous and clean, with each threshold crossed once in its minimum clinical table or DICOM tree,
checked at Tier 2 (where validators/tiers.yaml runs the quality step).
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from typing import Any

from tests.rule_coverage.core import Batch, Mutation

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "examples" / "tier2-dataset"
#: rule -> what the mutation does (applied together: each rule is told apart by its id)
CHANGES = {
    "profile.completeness.missing_over_threshold": "topography_laterality emptied in 4 of the 10 rows",
    "profile.uniqueness.duplicate_entities": "EX-0010's row entered twice",
    "profile.uniqueness.near_duplicates": "EX-0002 given EX-0001's offsets (equal but for the id)",
    "profile.disclosure.k_anonymity": "EX-0003 and EX-0004 aged 80: a class of 2",
    "profile.disclosure.age_over_max": "EX-0004 aged 95",
    "profile.disclosure.full_dates": "a radiological_detection_date column, one full date",
    "profile.disclosure.head_imaging": "a brain MR series added to EX-0001's images",
}
#: rules the same changes break in the check itself: a patient entered twice is the check's own violation, and
#: the Tier 2 the record declares is then not met
TOLERATED = frozenset({"minimum.positive_case_record.patientid.unique",
                       "dcat_ap.dataset.interoperability_level.not_met"})


def _mutate(root: Path) -> None:
    from tests import dicom_factory as fac

    (table,) = (root / "clinical").glob("*_minimum_clinical.csv")
    with table.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    head, body = rows[0], rows[1:]
    col = head.index
    for r in body[:4]:
        r[col("topography_laterality")] = ""
    for k in ("radiological_detection_offset_days", "first_treatment_offset_days"):
        body[1][col(k)] = body[0][col(k)]
    body[2][col("age_at_diagnosis")] = "80"
    body[3][col("age_at_diagnosis")] = "95"
    head.append("radiological_detection_date")
    for i, r in enumerate(body):
        r.append("2020-03-04" if i == 5 else "")
    body.append(list(body[9]))
    with table.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh, lineterminator="\n").writerows([head, *body])
    fac.series(root / "imaging" / "EX-0001" / "study-1" / "series-2", 2, patient_id="EX-0001",
               study="EX-0001-study-1", series="EX-0001-series-2", modality="MR", body_part="BRAIN")


def profile_batches(work: Path, catalogue: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    d = work / "profile"
    shutil.copytree(EXAMPLE, d)
    _mutate(d)
    ms = [Mutation(rid, f"Tier-2 example: {CHANGES.get(rid, 'no recipe')}", tolerated=TOLERATED)
          for rid in sorted(r for r in catalogue if r.startswith("profile."))]
    batch = Batch("profile", "profile", d, ms, lambda f, m: f["rule_id"] in (m.rule_id, *m.tolerated), tier=2,
                  baseline=EXAMPLE)
    return [batch], []
