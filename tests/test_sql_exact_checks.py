"""Exact table checks through `eucaim check` (issue 15): a repeated id is found whatever the order of the ids
(in order, shuffled, next to a value that is not an integer), with its count and rows, and so are orphan
references; date order compares the strings before testing the calendar and reports real dates only."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

SERIES = 3000


def _cdm(root: Path, series_ids: list[str]) -> Path:
    """image_study and image_series (series ``series_ids``), where series 2000 repeats series 17's UID and series
    2500-2502 point at a study that does not exist."""
    cdm = root / "cdm"
    cdm.mkdir()
    (cdm / "patient.csv").write_text("patient_id\nP1\n")
    (cdm / "image_study.csv").write_text(
        "study_id,patient_id,study_uid\n" + "".join(f"{i},P1,1.2.{i}\n" for i in range(SERIES // 3))
    )
    rows = []
    for i, sid in enumerate(series_ids):
        uid = f"1.2.{17 // 3}.17" if i == 2000 else f"1.2.{i // 3}.{i}"
        study = 99999 if 2500 <= i <= 2502 else i // 3
        rows.append(f"{sid},{uid},{study},IMG1000026\n")
    (cdm / "image_series.csv").write_text("series_id,series_uid,study_id,series_modality\n" + "".join(rows))
    return cdm


def _findings(cdm: Path) -> tuple[int, dict[str, dict]]:
    code, out, err = run_cli(["check", str(cdm), "--tier", "3", "--no-quality", "--format", "json", "--no-progress"])
    assert code in (0, 1), err
    return code, {f["rule_id"]: f for f in json.loads(out)["findings"]}


IDS = {
    "ordered": [str(i) for i in range(SERIES)],
    "repeated": [str(i) for i in range(SERIES)],
    "unordered": [str((i * 7919) % SERIES) for i in range(SERIES)],
    "not-integers": ["x" if i == 40 else str(i) for i in range(SERIES)],
}
IDS["repeated"][2200] = "2199"  # data rows 2200 and 2201: in order, but not increasing


@pytest.mark.parametrize("case", sorted(IDS))
def test_check_finds_repeats_and_orphans_whatever_the_order(tmp_path, case):
    code, f = _findings(_cdm(tmp_path, IDS[case]))
    assert code == 1
    dup = f["cdm.image_series.series_uid.unique"]  # a text key: always grouped; rows shown, never the value
    assert (dup["count"], dup["examples"], dup["location"]["row"]) == (2, ["row 18", "row 2001"], 18)
    fk = f["cdm.image_series.study_id.fk"]
    assert fk["count"] == 3 and fk["examples"] == ["row 2501: '99999'", "row 2502: '99999'", "row 2503: '99999'"]
    ids = f.get("cdm.image_series.series_id.unique")
    if case == "repeated":
        assert ids is not None and (ids["count"], ids["examples"]) == (2, ["row 2200", "row 2201"])
    else:
        assert ids is None
    assert "cdm.image_study.study_id.unique" not in f


def test_date_order_compares_first_and_judges_only_real_dates(tmp_path):
    """cdm.patient.date_order tests the calendar only on pairs whose strings are out of order (issue 15): a pair
    out of order is reported only when both are real dates; the invalid one is the type check's."""
    cdm = tmp_path / "cdm"
    cdm.mkdir()
    rows = [
        ("1970-01-01", "1960-01-01"),  # out of order: reported
        ("1970-02-30", "1960-01-01"),  # out of order as strings, but no such date
        ("", "1960-01-01"),
        ("1990-01-01", ""),
        ("2000-13-01", "1999-01-01"),  # no month 13
        ("1980-01-01", "1990-01-01"),  # in order
        ("1999-12-31", "1999-12-30"),  # out of order by a day: reported
        ("x", "1999-12-30"),  # 'x' sorts after any date
    ]
    (cdm / "patient.csv").write_text(
        "patient_id,patient_birth_date,patient_birth_sex,patient_date_of_last_contact\n"
        + "".join(f"P{i},{a},COM1001366,{b}\n" for i, (a, b) in enumerate(rows, start=1))
    )
    code, f = _findings(cdm)
    assert code == 1
    order = f["cdm.patient.date_order"]
    assert (order["count"], order["examples"]) == (2, ["row 1", "row 7"])
    assert f["cdm.patient.patient_birth_date.type"]["count"] == 3
