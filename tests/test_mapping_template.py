"""The XLSX mapping templates: 5-row header, PatientID first, one column per CDM data element, lists."""

from __future__ import annotations

import shutil
import subprocess

import pytest
import yaml

from eucaim_spec.paths import ARTIFACTS_DIR, generators_dir
from eucaim_spec.schemaview import annotation, load_expanded

POSITIVE = ARTIFACTS_DIR / "templates" / "eucaim-mapping-template.xlsx"
NEGATIVE = ARTIFACTS_DIR / "templates" / "eucaim-mapping-template-negative-control.xlsx"


@pytest.fixture(scope="module")
def layout():
    return yaml.safe_load((generators_dir() / "mapping_template.yaml").read_text())


@pytest.fixture(scope="module")
def workbook():
    from openpyxl import load_workbook

    return load_workbook(POSITIVE)


def test_sheets_are_data_elements_then_one_per_episode_kind(workbook, layout):
    names = workbook.sheetnames
    assert names[0] == "Data elements"
    episode_sheets = [s["name"] for s in layout["positive"]["sheets"]]
    assert episode_sheets == ["Overarching Episode", "Treatment", "Progression", "Relapse", "Remission",
                              "Active Surveillance"]
    assert all(s in names for s in episode_sheets)


def test_data_elements_sheet_lists_every_cdm_data_element(workbook):
    sv = load_expanded("cdm")
    expected = {(str(annotation(c, "sql_table")), str(s.name))
                for n, c in sv.all_classes().items() if annotation(c, "sql_table") and not c.abstract
                for s in sv.class_induced_slots(n)}
    ws = workbook["Data elements"]
    listed = {(r[0], r[1]) for r in ws.iter_rows(min_row=2, values_only=True)}
    # every element of every table used by an episode sheet is listed, and nothing else
    assert listed <= expected
    used_tables = {t for t, _ in listed}
    assert {e for e in expected if e[0] in used_tables} == listed
    assert len(listed) >= 180


def test_episode_sheets_have_the_five_row_header_one_column_per_element(workbook, layout):
    sv = load_expanded("cdm")
    by_table = {str(annotation(c, "sql_table")): n for n, c in sv.all_classes().items() if annotation(c, "sql_table")}
    for sheet in layout["positive"]["sheets"]:
        ws = workbook[sheet["name"]]
        assert ws.cell(1, 1).value == "PatientID"
        assert (ws.cell(2, 1).value, ws.cell(3, 1).value) == ("patient", "patient_id")
        expected = {(t, str(s.name)) for t in sheet["tables"] for s in sv.class_induced_slots(by_table[t])}
        columns = {(ws.cell(2, c).value, ws.cell(3, c).value) for c in range(1, ws.max_column + 1)}
        if "patient" not in sheet["tables"]:
            columns.discard(("patient", "patient_id"))
        assert columns == expected, sheet["name"]
        assert all(ws.cell(4, c).value for c in range(1, ws.max_column + 1))  # standard row prefilled
        assert ws.cell(5, 2).value is None  # example row is the data holder's
        formulas = sorted(dv.formula1 for dv in ws.data_validations.dataValidation)
        assert any("$A$" in f for f in formulas) and any("$B$" in f for f in formulas)
        ranges = sorted(str(dv.sqref) for dv in ws.data_validations.dataValidation)
        assert any(r.startswith("A2:") for r in ranges) and any(r.startswith("A3:") for r in ranges)


def test_negative_control_template_is_separate_and_has_patient_id_first():
    from openpyxl import load_workbook

    wb = load_workbook(NEGATIVE)
    ws = wb["Control population"]
    assert ws.cell(1, 1).value == "PatientID"
    elements = [ws.cell(3, c).value for c in range(1, ws.max_column + 1)]
    assert elements[0] == "PatientID"
    assert "Population" in elements and "Sex" in elements


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed on this machine")
def test_libreoffice_opens_the_template(tmp_path):
    res = subprocess.run(["soffice", "--headless", "--convert-to", "csv", "--outdir", str(tmp_path), str(POSITIVE)],
                         capture_output=True, text=True, timeout=180, check=False)
    assert res.returncode == 0 and list(tmp_path.glob("*.csv"))
