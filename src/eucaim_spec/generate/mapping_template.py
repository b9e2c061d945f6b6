"""The clinical mapping templates as XLSX, laid out by generators/mapping_template.yaml.

Output is byte-stable: workbook dates are fixed and the zip entries get a fixed timestamp, so the drift
test can compare bytes.
"""

from __future__ import annotations

import io
from typing import Any

import yaml

from eucaim_spec.errors import SpecError
from eucaim_spec.generate.context import GenContext
from eucaim_spec.paths import spec_root
from eucaim_spec.schemaview import annotation
from eucaim_spec.stable_xlsx import FIXED_DATE, normalise_xlsx

# the sheet names the template check (validate/template) reads the workbooks by
from eucaim_spec.validate.template.reference import (
    CODES_SHEET,
    ELEMENTS_SHEET,
    LISTS_SHEET,
    README_SHEET,
    VALUES_SHEET,
)

#: Value-list rows (from row 6) of a coded column that offer the drop-down of its value set.
VALUE_ROWS = 200


def load_layout(path: str) -> dict[str, Any]:
    full = spec_root() / path
    try:
        return yaml.safe_load(full.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(full), f"cannot read template layout: {exc}") from exc


def _classes_for_sheet(sv: Any, sheet: dict[str, Any]) -> list[Any]:
    by_table = {annotation(c, "sql_table"): c for c in sv.all_classes().values() if annotation(c, "sql_table")}
    out = []
    for t in sheet.get("tables", []):
        if t not in by_table:
            raise SpecError("generators/mapping_template.yaml", f"no class with sql_table {t!r}", sheet["name"])
        out.append(by_table[t])
    for cname in sheet.get("classes", []):
        cls = sv.all_classes().get(cname)
        if cls is None:
            raise SpecError("generators/mapping_template.yaml", f"unknown class {cname!r}", sheet["name"])
        out.append(cls)
    return out


def _entity(cls: Any) -> str:
    return str(annotation(cls, "sql_table") or cls.name)


def _elements(sv: Any, classes: list[Any], first: dict[str, str]) -> list[tuple[str, Any]]:
    """(entity, slot) pairs in sheet order; PatientID (the first-column element) first and once."""
    seen = set()
    out = []
    for cls in classes:
        for slot in sv.class_induced_slots(cls.name):
            key = (_entity(cls), str(slot.name))
            if key in seen:
                continue
            seen.add(key)
            out.append((_entity(cls), slot))
    first_key = (first["entity"], first["element"])
    out.sort(key=lambda e: 0 if (e[0], str(e[1].name)) == first_key or str(e[1].name) == "PatientID" else 1)
    if out and (out[0][0], str(out[0][1].name)) != first_key and str(out[0][1].name) != "PatientID":
        # every episode sheet starts with the patient identifier, even when the patient table is elsewhere
        patient = next((c for c in sv.all_classes().values() if _entity(c) == first["entity"]), None)
        if patient is not None:
            slot = next(s for s in sv.class_induced_slots(patient.name) if str(s.name) == first["element"])
            out.insert(0, (first["entity"], slot))
    return out


def _standard(sv: Any, slot: Any) -> str:
    enum = sv.all_enums().get(slot.range or "")
    if enum is not None and annotation(enum, "expanded_from"):
        return "EUCAIM hyper-ontology"
    return "custom"


def build_workbook(sv: Any, layout: dict[str, Any], population: str) -> bytes:
    # deferred (here and below): openpyxl is slow to import and only the template generator needs it
    from openpyxl import Workbook
    from openpyxl.styles import Font

    spec = layout[population]
    wb = Workbook()
    wb.properties.creator = "eucaim-spec"
    wb.properties.title = spec["title"]
    wb.properties.created = FIXED_DATE
    wb.properties.modified = FIXED_DATE
    wb.properties.lastModifiedBy = "eucaim-spec"
    bold = Font(bold=True)

    entities, element_names, enums_used = _elements_sheet(wb, sv, layout, spec, bold)
    lists_ws = wb.create_sheet(LISTS_SHEET)
    lists_ws.append(["entities", "elements"])
    for i in range(max(len(entities), len(element_names))):
        lists_ws.append([entities[i] if i < len(entities) else None,
                         element_names[i] if i < len(element_names) else None])
    lists_ws.sheet_state = "hidden"

    # one column of 'label,code' entries per value set, the source of the coded columns' drop-downs
    enum_columns = {name: (i, len(enums_used[name].permissible_values or {}))
                    for i, name in enumerate(sorted(enums_used), start=1)}
    for sheet in spec["sheets"]:
        _mapping_sheet(wb, sv, layout, sheet, (len(entities), len(element_names)), enum_columns)

    values_ws = wb.create_sheet(VALUES_SHEET)
    values_ws.append(["Value set", "Code", "Label"])
    for name in sorted(enums_used):
        for code, pv in sorted(enums_used[name].permissible_values.items()):
            values_ws.append([name, code, str(pv.description or "")])
    for c in values_ws[1]:
        c.font = bold

    codes_ws = wb.create_sheet(CODES_SHEET)
    for name, (col, _) in enum_columns.items():
        codes_ws.cell(row=1, column=col, value=name)
        for row, entry in enumerate(_code_entries(enums_used[name]), start=2):
            codes_ws.cell(row=row, column=col, value=entry)
    codes_ws.sheet_state = "hidden"

    _readme(wb, layout, spec)
    buf = io.BytesIO()
    wb.save(buf)
    return normalise_xlsx(buf.getvalue())


def _elements_sheet(wb: Any, sv: Any, layout: dict[str, Any], spec: dict[str, Any],
                    bold: Any) -> tuple[list[str], list[str], dict[str, Any]]:
    """The data elements sheet (every element of the population's sheets); returns the entity names, the
    element names and the value sets used, by name."""
    first = layout["first_column"]
    elements_ws = wb.active
    elements_ws.title = ELEMENTS_SHEET
    elements_ws.append(["CDM entity", "Data element", "Definition", "Data type", "Required", "Value set", "Unit"])
    all_classes = []
    for sheet in spec["sheets"]:
        for cls in _classes_for_sheet(sv, sheet):
            if cls not in all_classes:
                all_classes.append(cls)
    element_rows = _elements(sv, all_classes, first)
    entities = sorted({e for e, _ in element_rows})
    element_names = sorted({str(s.name) for _, s in element_rows})
    enums_used: dict[str, Any] = {}
    for entity, slot in element_rows:
        enum = sv.all_enums().get(slot.range or "")
        if enum is not None:
            enums_used[str(enum.name)] = enum
        elements_ws.append([entity, str(slot.name), " ".join(str(slot.description or "").split()),
                            str(slot.range or "string"), "yes" if slot.required else "no",
                            str(enum.name) if enum is not None else "", _unit(slot, layout)])
    for c in elements_ws[1]:
        c.font = bold
    elements_ws.freeze_panes = "A2"
    return entities, element_names, enums_used


def _mapping_sheet(wb: Any, sv: Any, layout: dict[str, Any], sheet: dict[str, Any], list_sizes: tuple[int, int],
                   enum_columns: dict[str, tuple[int, int]]) -> None:
    """One mapping sheet: a column per data element (header rows 1-5), drop-downs of the entities and elements
    (``list_sizes``: how many of each the Lists sheet holds) and of each coded column's value set."""
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    first = layout["first_column"]
    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="DDEBF7")
    ws = wb.create_sheet(sheet["name"])
    cols = _elements(sv, _classes_for_sheet(sv, sheet), first)
    for idx, (entity, slot) in enumerate(cols, start=1):
        is_first = idx == 1
        values = [first["source_variable"] if is_first else None, entity, str(slot.name),
                  _standard(sv, slot), None]
        for row, v in enumerate(values, start=1):
            cell = ws.cell(row=row, column=idx, value=v)
            cell.fill = fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row <= 3:
                cell.font = bold
    for row, label in enumerate(layout["header_rows"], start=1):
        ws.cell(row=row, column=1).comment = Comment(f"Row {row}: {label}", "eucaim-spec")
    ws.cell(row=6, column=1).comment = Comment(
        "Rows 6 and below: value list. For codes of a standard write 'source value,code' (comma, no "
        "space); for custom values list every possible value.", "eucaim-spec")
    end = get_column_letter(max(len(cols), 1))
    n_entities, n_elements = list_sizes
    dv_entity = DataValidation(type="list", formula1=f"={LISTS_SHEET}!$A$2:$A${n_entities + 1}",
                               allow_blank=True, showErrorMessage=True,
                               errorTitle="Unknown CDM entity", error="Pick an entity from the list.")
    dv_element = DataValidation(type="list", formula1=f"={LISTS_SHEET}!$B$2:$B${n_elements + 1}",
                                allow_blank=True, showErrorMessage=True,
                                errorTitle="Unknown data element", error="Pick a data element from the list.")
    dv_entity.add(f"A2:{end}2")
    dv_element.add(f"A3:{end}3")
    ws.add_data_validation(dv_entity)
    ws.add_data_validation(dv_element)
    _code_dropdowns(ws, cols, enum_columns)
    ws.freeze_panes = "B6"


def _code_entries(enum: Any) -> list[str]:
    """The drop-down entries of a value set: 'label,code', the value-list row format of the template
    ('source value,code') for a source that writes the label; the label is the code itself when it has none."""
    return [f"{' '.join(str(pv.description or code).split())},{code}"
            for code, pv in sorted(enum.permissible_values.items())]


def _code_dropdowns(ws: Any, cols: list[tuple[str, Any]], enum_columns: dict[str, tuple[int, int]]) -> None:
    """Value-list rows of each coded column offer its value set (labels shown, the code after the comma).

    Other entries stay allowed (no error alert): a source value that is not the label is written
    'source value,code' by hand.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    by_enum: dict[str, list[str]] = {}
    for idx, (_, slot) in enumerate(cols, start=1):
        if slot.range in enum_columns:
            letter = get_column_letter(idx)
            by_enum.setdefault(str(slot.range), []).append(f"{letter}6:{letter}{5 + VALUE_ROWS}")
    for name, ranges in sorted(by_enum.items()):
        index, size = enum_columns[name]
        col = get_column_letter(index)
        dv = DataValidation(type="list", allow_blank=True, showErrorMessage=False, showInputMessage=True,
                            formula1=f"={CODES_SHEET}!${col}$2:${col}${1 + size}",
                            promptTitle=name[:32],
                            prompt="Pick 'label,code' when your source value is the label; otherwise write "
                                   "'source value,code'. All codes: sheet Value sets.")
        for r in ranges:
            dv.add(r)
        ws.add_data_validation(dv)


def _unit(slot: Any, layout: dict[str, Any]) -> str:
    """The slot's UCUM unit spelled out ("days (d)"); a code the layout cannot spell is a spec error."""
    code = getattr(slot.unit, "ucum_code", None) if slot.unit else None
    if not code:
        return ""
    words = (layout.get("units") or {}).get(str(code))
    if not words:
        raise SpecError("generators/mapping_template.yaml", f"unit {code!r} has no spelled-out name in units:",
                        str(slot.name))
    return f"{words} ({code})"


def _readme(wb: Any, layout: dict[str, Any], spec: dict[str, Any]) -> None:
    """A README sheet (title, how to fill the workbook, its sheets); the workbook opens on it."""
    from openpyxl.styles import Alignment, Font

    ws = wb.create_sheet(README_SHEET)
    ws.column_dimensions["A"].width = 110
    ws.append([spec["title"]])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([])
    for paragraph in layout.get("readme") or []:
        ws.append([" ".join(str(paragraph).split())])
        ws.cell(ws.max_row, 1).alignment = Alignment(wrap_text=True, vertical="top")
    ws.append([])
    ws.append(["Sheets: " + ", ".join(n for n in wb.sheetnames if n not in (README_SHEET, LISTS_SHEET, CODES_SHEET))])
    wb.active = wb.sheetnames.index(README_SHEET)
    for sheet in wb.worksheets:  # one selected tab, or Excel opens the workbook with grouped sheets
        sheet.sheet_view.tabSelected = sheet is ws


def gen_mapping_template(ctx: GenContext) -> bytes:
    layout = load_layout(str(ctx.recipe["layout"]))
    population = str(ctx.recipe["population"])
    if population not in layout:
        raise SpecError(str(ctx.recipe["layout"]), f"no layout for population {population!r}")
    source = layout[population].get("source", ctx.source)
    return build_workbook(ctx.view(source), layout, population)
