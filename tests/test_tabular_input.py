"""Bad input (issue 4): each case is a finding naming file and line; only nothing-readable is exit 3."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_sql_engine import PATIENT, make_engine, run, write

from eucaim_spec.errors import ExitCode, InputError
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.sql.engine import SqlEngine
from eucaim_spec.validate.sql.tabular_input import masked_first_line


@pytest.fixture()
def engine() -> SqlEngine:
    return make_engine()


GOOD_STUDY = "study_id,patient_id,study_uid\n1,P1,1.2.3\n"


def test_ragged_rows_reported_and_rest_checked(engine: SqlEngine, tmp_path: Path) -> None:
    text = "study_id,patient_id,study_uid\n1,P1,1.2.3\n2,P1\n3,P1,1.2.5,extra\n3,P1,1.2.6\n"
    d = write(tmp_path / "c", {"image_study.csv": text})
    counts, fs, _ = run(engine, d)
    f = next(f for f in fs if f.rule_id == "minimum.etl.ragged_row")
    assert f.count == 2 and f.examples == ["line 3: missing columns", "line 4: too many columns"]
    assert "image_study.csv:3" in f.message
    # the rejected line 4 held study_id 3 too: the remaining rows were checked, without a duplicate
    assert "cdm.image_study.study_id.unique" not in counts
    assert counts["cdm.patient.table_missing"] == 1


def test_row_numbers_survive_rejected_lines(engine: SqlEngine, tmp_path: Path) -> None:
    text = "study_id,patient_id,study_uid\n1,P1,1.2.3\n2,P1\n3,P1,bad!\n"
    d = write(tmp_path / "c", {"image_study.csv": text})
    _, fs, _ = run(engine, d)
    f = next(f for f in fs if f.rule_id == "cdm.image_study.study_uid.pattern")
    assert f.examples == ["row 3: (text withheld, 4 characters: not a number, date, code or IRI)"]


@pytest.mark.parametrize("sep,word", [(";", "';'"), ("\t", "tab")])
def test_wrong_separator(engine: SqlEngine, tmp_path: Path, sep: str, word: str) -> None:
    text = PATIENT.replace(",", sep)
    d = write(tmp_path / "c", {"patient.csv": text})
    counts, fs, _ = run(engine, d)
    f = next(f for f in fs if f.rule_id == "minimum.etl.separator")
    assert word in f.message and "patient.csv:1" in f.message
    assert counts["cdm.patient.patient_id.unique"] == 2  # still checked with the separator found


def test_bom(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"patient.csv": b"\xef\xbb\xbf" + PATIENT.encode()})
    counts, _, _ = run(engine, d)
    assert counts["minimum.etl.bom"] == 1
    assert counts["cdm.patient.patient_id.unique"] == 2  # the first column name is intact


def test_latin1(engine: SqlEngine, tmp_path: Path) -> None:
    text = "patient_id,patient_managing_organization\nP1,ok\nP2,H\xf4pital\n"
    d = write(tmp_path / "c", {"patient.csv": text.encode("latin-1")})
    counts, fs, _ = run(engine, d)
    f = next(f for f in fs if f.rule_id == "minimum.etl.encoding")
    assert "line 3" in f.message and "0xF4" in f.message and "patient.csv:3" in f.message
    assert f.severity == "violation"


def test_empty_file_alone_is_exit_3(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"patient.csv": ""})
    with pytest.raises(InputError) as exc:
        run(engine, d)
    assert exc.value.exit_code == ExitCode.INPUT
    assert "patient.csv" in exc.value.one_line() and "empty" in exc.value.one_line()


def test_empty_file_beside_good_file(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(
        tmp_path / "c", {"patient.csv": "", "image_study.csv": "study_id,patient_id,study_uid\n1,P1,x\n"}
    )
    counts, _, _ = run(engine, d)
    assert counts["minimum.etl.empty_file"] == 1
    assert counts["cdm.image_study.study_uid.pattern"] == 1


def test_header_only(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"patient.csv": "patient_id,patient_birth_date\n"})
    counts, _, _ = run(engine, d)
    assert counts == {"minimum.etl.no_rows": 1}


def test_repeated_header_inside_data(engine: SqlEngine, tmp_path: Path) -> None:
    text = PATIENT + PATIENT.splitlines()[0] + "\nP7,,,,,\n"
    d = write(tmp_path / "c", {"patient.csv": text})
    counts, _, _ = run(engine, d)
    assert counts["minimum.etl.header"] == 1


def test_xlsx_formulas_and_values(engine: SqlEngine, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["PatientID", "Population", "Sex", "age_at_diagnosis"])
    ws.append(["M1", "Patient with Cancer", "COM1001370", 45.5])
    ws.append(["M2", "Patient with Cancer", "COM1001370", "=40+5"])
    d = tmp_path / "c"
    d.mkdir()
    wb.save(d / "minimum.xlsx")
    counts, fs, _ = run(engine, d, tier=1)
    f = next(f for f in fs if f.rule_id == "minimum.etl.xlsx_formula")
    assert f.count == 1 and f.examples == ["cell D3"]
    # the formula was never evaluated by Excel: no cached value, so the age is missing
    assert counts["minimum.positive_case_record.age_at_diagnosis.required"] == 1


def test_xlsx_enormous_dimensions_refused(engine: SqlEngine, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["PatientID", "Population"])
    ws.cell(row=1_000_000, column=200, value="x")
    d = tmp_path / "c"
    d.mkdir()
    wb.save(d / "minimum.xlsx")
    (d / "patient.csv").write_text(PATIENT)
    counts, fs, _ = run(engine, d)
    f = next(f for f in fs if f.rule_id == "minimum.etl.too_large")
    assert "1000000 rows x 200 columns" in f.message
    assert counts["cdm.patient.patient_id.unique"] == 2


@pytest.mark.parametrize(
    "payload,word",
    [
        ({"PatientID": "M1"}, "object"),
        (["M1", "M2"], "not objects"),
    ],
)
def test_json_not_records(engine: SqlEngine, tmp_path: Path, payload: object, word: str) -> None:
    d = write(tmp_path / "c", {"minimum.json": json.dumps(payload), "patient.csv": PATIENT})
    _, fs, _ = run(engine, d)
    f = next(f for f in fs if f.rule_id == "minimum.etl.not_records")
    assert word in f.message and "minimum.json" in f.message


def test_json_syntax_error_line(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"minimum.json": '[\n{"PatientID": "M1"},\n{"PatientID": }\n]'})
    with pytest.raises(InputError) as exc:
        run(engine, d)
    assert "minimum.json:line 3" in exc.value.one_line()


def test_json_records_checked(engine: SqlEngine, tmp_path: Path) -> None:
    rows = [
        {"PatientID": "M1", "Population": "Control", "Sex": "COM1001370", "age": 50.5},
        {"PatientID": "M2", "Population": "Control", "Sex": "COM1001370", "age": "fifty"},
    ]
    d = write(tmp_path / "c", {"minimum.json": json.dumps(rows)})
    counts, _, _ = run(engine, d, tier=1)
    assert counts["minimum.negative_control_record.age.type"] == 1


def test_missing_required_table(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"image_study.csv": GOOD_STUDY})
    counts, fs, _ = run(engine, d)
    assert counts["cdm.patient.table_missing"] == 1
    assert (
        "referenced by image_study" in next(f for f in fs if f.rule_id == "cdm.patient.table_missing").message
    )


def test_parquet_input(engine: SqlEngine, tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    d = tmp_path / "c"
    d.mkdir()
    pq.write_table(
        pa.table({"study_id": [1, 1, 2], "patient_id": ["P1", "P1", "P2"], "study_uid": ["1.2", "1.3", "x"]}),
        d / "image_study.parquet",
    )
    counts, _, _ = run(engine, d)
    assert counts["cdm.image_study.study_id.unique"] == 2
    assert counts["cdm.image_study.study_uid.pattern"] == 1


def test_single_file_and_detect(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "c", {"patient.csv": PATIENT, "notes.md": "x"})
    assert engine.detect(d) and engine.detect(d / "patient.csv") and not engine.detect(d / "notes.md")
    ctx = CheckContext(target_tier=3, root=d)
    fs = engine.check(d / "patient.csv", ctx)
    assert {f.rule_id for f in fs} >= {"cdm.patient.patient_id.unique"}


def test_parser_error_text_never_quotes_a_cell_value() -> None:
    exc = ValueError('Could not convert string "Doe^Jane-SEED" at line 3\nOriginal Line: Doe^Jane-SEED')
    msg = masked_first_line(exc)
    assert "SEED" not in msg and "line 3" in msg
