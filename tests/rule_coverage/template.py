"""Mutations of the template engine's rules (``minimum.template.*``): a mapping template exported by
``eucaim template`` and filled with openpyxl as a data holder would, then broken at one cell per rule.

The valid input: every column gets a source variable in row 1, and every coded column lists, from row 6 on,
every entry its drop-down offers (the ``label,code`` entries of the hidden Codes sheet that its data
validation points at), so the valid run proves the checker accepts exactly what the drop-downs produce.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.rule_coverage.core import Batch, Mutation

SUPPORT = ("README", "Data elements", "Lists", "Value sets", "Codes")


def export(kind: str, out: Path) -> Path:
    from tests.conftest import run_cli

    code, _, err = run_cli(["template", kind, "-o", str(out), "--force"])
    assert code == 0, err
    return out


def dropdowns(wb: Any, ws: Any) -> dict[int, list[str]]:
    """Column number -> the entries of its value-list drop-down, read from the Codes range it points at."""
    from openpyxl.utils.cell import range_boundaries

    out: dict[int, list[str]] = {}
    for dv in ws.data_validations.dataValidation:
        if dv.type != "list" or not str(dv.formula1 or "").startswith("=Codes!"):
            continue
        col, first, _, last = range_boundaries(dv.formula1.split("!", 1)[1].replace("$", ""))
        entries = [str(wb["Codes"].cell(r, col).value) for r in range(first, last + 1)]
        for rng in dv.sqref.ranges:
            for c in range(rng.min_col, rng.max_col + 1):
                out[c] = entries
    return out


def fill(src: Path, out: Path, max_entries: int | None = None) -> dict[str, dict[str, int]]:
    """Fill the template ``src`` into ``out``; return, per mapping sheet, data element -> column number."""
    from openpyxl import load_workbook

    wb = load_workbook(src)
    columns: dict[str, dict[str, int]] = {}
    for ws in wb.worksheets:
        if ws.title in SUPPORT:
            continue
        lists = dropdowns(wb, ws)
        columns[ws.title] = {}
        for col in range(1, ws.max_column + 1):
            element = str(ws.cell(3, col).value)
            columns[ws.title].setdefault(element, col)
            if col > 1:  # column A (PatientID) comes prefilled
                ws.cell(1, col, f"src_{element}")
            for i, entry in enumerate(lists.get(col, [])[:max_entries]):
                ws.cell(6 + i, col, entry)
    wb.save(out)
    return columns


def seed(path: Path, changes: list[tuple[str, int, int, str | None]]) -> None:
    """Write (sheet, row, column, value) changes into the workbook at ``path``."""
    from openpyxl import load_workbook

    wb = load_workbook(path)
    for sheet, row, col, value in changes:
        wb[sheet].cell(row, col).value = value  # cell(row, col, None) would leave the cell as it was
    wb.save(path)


def mistakes(columns: dict[str, dict[str, int]]) -> list[tuple[str, str, int, int, str | None]]:
    """(rule id, sheet, row, column, new value): one seeded mistake per rule, in the minimum template."""
    s = "Positive cases"
    c = columns[s]
    return [
        ("minimum.template.code", s, 7, c["Sex"], "Female,BP1000082"),
        ("minimum.template.value_format", s, 6, c["topography_laterality"], "left side"),
        ("minimum.template.entity", s, 2, c["pathology"], "NoSuchEntity"),
        ("minimum.template.element", s, 3, c["imaging_procedure_protocol"], "no_such_element"),
        ("minimum.template.required_unmapped", s, 1, c["age_at_diagnosis"], None),
    ]


def template_batches(work: Path, rules: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    from openpyxl.utils import get_column_letter

    d = work / "template"
    d.mkdir(parents=True, exist_ok=True)
    blank = export("minimum", d / "blank.xlsx")
    valid = d / "valid.xlsx"
    columns = fill(blank, valid)
    broken = d / "broken.xlsx"
    broken.write_bytes(valid.read_bytes())
    seeded = mistakes(columns)
    seed(broken, [(s, r, c, v) for _, s, r, c, v in seeded])
    muts = [Mutation(rid, f"filled minimum template, {s}!{get_column_letter(c)}{r}", (s, r, get_column_letter(c)))
            for rid, s, r, c, _ in seeded]

    def match(f: dict[str, Any], m: Mutation) -> bool:
        loc = f.get("location") or {}
        return (loc.get("table"), loc.get("row"), loc.get("column")) == m.place

    unknown = d / "unknown.xlsx"
    unknown.write_bytes(valid.read_bytes())
    seed(unknown, [("README", 1, 1, "My own mapping workbook")])
    m_unknown = Mutation("minimum.template.unknown", "filled minimum template, README!A1 retitled",
                         ("README", 1, "A"))
    return [Batch("template", "template", broken, muts, match, tier=1, baseline=valid),
            Batch("template-unknown", "template", unknown, [m_unknown], match, tier=1)], []
