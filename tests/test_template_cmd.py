"""`eucaim template KIND -o FILE.xlsx`: the packaged mapping templates, with README, units spelled out and the
minimum positive-case sheet."""

from __future__ import annotations

from pathlib import Path

import pytest

from eucaim_spec.paths import ARTIFACTS_DIR
from tests.conftest import run_cli


@pytest.mark.parametrize(("kind", "artifact", "sheet"), [
    ("cdm", "eucaim-mapping-template.xlsx", "Overarching Episode"),
    ("minimum", "eucaim-mapping-template-minimum.xlsx", "Positive cases"),
    ("negative", "eucaim-mapping-template-negative-control.xlsx", "Control population"),
])
def test_template_writes_the_packaged_workbook(tmp_path: Path, kind: str, artifact: str, sheet: str) -> None:
    from openpyxl import load_workbook

    out = tmp_path / f"{kind}.xlsx"
    code, _, err = run_cli(["template", kind, "-o", str(out)])
    assert code == 0, err
    assert out.read_bytes() == (ARTIFACTS_DIR / "templates" / artifact).read_bytes()
    wb = load_workbook(out)
    assert wb.sheetnames[0] == "Data elements" and sheet in wb.sheetnames
    # the workbook opens on its README, which names the population and the sheets
    assert wb.active.title == "README"
    readme = [c.value for c in wb["README"]["A"] if c.value]
    assert readme[0].startswith("EUCAIM mapping template - ")
    assert any(r.startswith("Sheets: ") and sheet in r for r in readme)
    assert [ws.title for ws in wb.worksheets if ws.sheet_view.tabSelected] == ["README"]


def test_minimum_template_has_one_column_per_positive_case_element(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from eucaim_spec.schemaview import load_expanded

    out = tmp_path / "m.xlsx"
    assert run_cli(["template", "minimum", "-o", str(out)])[0] == 0
    ws = load_workbook(out)["Positive cases"]
    columns = [ws.cell(3, c).value for c in range(1, ws.max_column + 1)]
    expected = [str(s.name) for s in load_expanded("minimum").class_induced_slots("PositiveCaseRecord")]
    assert columns[0] == "PatientID"
    assert sorted(columns) == sorted(expected)


def test_units_are_spelled_out(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "n.xlsx"
    assert run_cli(["template", "negative", "-o", str(out)])[0] == 0
    rows = {r[1]: r for r in load_workbook(out)["Data elements"].iter_rows(min_row=2, values_only=True)}
    assert rows["imaging_acquisition_offset_days"][6] == "days (d)"
    assert rows["age_at_imaging"][6] == "years (a)"
    assert all(not r[6] or r[6].endswith(")") for r in rows.values())  # never a bare UCUM code


def test_existing_file_needs_force_and_name_must_be_xlsx(tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    out.write_bytes(b"mine")
    code, _, err = run_cli(["template", "cdm", "-o", str(out)])
    assert code == 2 and "--force" in err
    assert out.read_bytes() == b"mine"
    assert run_cli(["template", "cdm", "-o", str(out), "--force"])[0] == 0
    assert out.read_bytes()[:2] == b"PK"
    code, _, err = run_cli(["template", "cdm", "-o", str(tmp_path / "t.csv")])
    assert code == 2 and "xlsx" in err
    code, _, _ = run_cli(["template", "positive", "-o", str(tmp_path / "p.xlsx")])
    assert code == 2


def test_coded_columns_offer_their_value_set_as_label_code_dropdown(tmp_path: Path) -> None:
    """Value-list rows of a coded column get a drop-down of 'label,code' entries: every code of the value set
    in the packaged vocabulary, each with its label; other entries stay allowed ('source value,code')."""
    from openpyxl import load_workbook
    from openpyxl.utils.cell import range_boundaries

    from eucaim_spec import vocab

    out = tmp_path / "n.xlsx"
    assert run_cli(["template", "negative", "-o", str(out)])[0] == 0
    wb = load_workbook(out)
    ws = wb["Control population"]
    sex_col = next(c for c in range(1, ws.max_column + 1) if ws.cell(3, c).value == "Sex")
    dvs = [dv for dv in ws.data_validations.dataValidation
           if any(str(r).startswith(f"{ws.cell(6, sex_col).column_letter}6:") for r in dv.sqref.ranges)]
    assert len(dvs) == 1
    dv = dvs[0]
    assert dv.type == "list" and not dv.showErrorMessage
    sheet, cells = dv.formula1.lstrip("=").split("!")
    assert sheet == "Codes" and wb["Codes"].sheet_state == "hidden"
    col, first, _, last = range_boundaries(cells.replace("$", ""))
    entries = [wb["Codes"].cell(r, col).value for r in range(first, last + 1)]
    onto = vocab.load()
    # SexEnum: the branches COM1001396 and CLIN1038792 (schemas/minimum), expanded from the vocabulary
    expected = set(onto.descendants("COM1001396")) | set(onto.descendants("CLIN1038792"))
    assert {e.rsplit(",", 1)[1] for e in entries} == expected
    assert all(e.rsplit(",", 1)[0] == onto.label(e.rsplit(",", 1)[1]) for e in entries)
    assert "Female,COM1001370" in entries
