"""The template engine: ``eucaim check FILLED.xlsx`` on a mapping template exported by ``eucaim template``.

It checks the mapping rows (row 2 a CDM entity and row 3 a data element of the sheet, a source variable in
row 1 for every required element of an entity the sheet maps) and the value list (rows 6 and below of a coded
column: ``source value,code`` entries whose code is in the element's value set; the drop-down's
``label,code`` entries are such entries). Each finding names the sheet and cell (``Patient!C7``). Cell values
are never printed except the code part of a coded entry, and then only when it is a code of one of the
template's value sets (a code in the wrong column); anything else a holder typed may be a name.
"""

from __future__ import annotations

import warnings
import zipfile
from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.report.model import Finding, Location, Severity
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import MAX_EXAMPLES, Rule
from eucaim_spec.validate.template.reference import (
    ELEMENT_ROW,
    ELEMENTS_SHEET,
    ENTITY_ROW,
    FIRST_VALUE_ROW,
    README_SHEET,
    SOURCE_ROW,
    SUPPORT_SHEETS,
    Template,
    match_template,
)

ENGINE = "template"


def _r(rid: str, title: str, sev: Severity, hint: str) -> Rule:
    return Rule(id=rid, title=title, standard="minimum", tier=1, severity=sev, engine=ENGINE, hint=hint)


RULES: dict[str, Rule] = {r.id.rsplit(".", 1)[1]: r for r in (
    _r("minimum.template.unknown", "the workbook is not one of the packaged mapping templates", Severity.violation,
       "start from a fresh copy (`eucaim template cdm|minimum|negative -o FILE.xlsx`) and keep its README sheet"),
    _r("minimum.template.entity", "row 2 of a mapping column names no CDM entity of the sheet", Severity.violation,
       "pick the entity from the drop-down of row 2"),
    _r("minimum.template.element", "row 3 of a mapping column names no data element of its entity on the sheet",
       Severity.violation, "pick the data element from the drop-down of row 3 (sheet 'Data elements' lists them)"),
    _r("minimum.template.required_unmapped",
       "a required data element of an entity the sheet maps has no source variable", Severity.warning,
       "write the source variable that holds it in row 1 of its column, or state in row 1 how it is derived"),
    _r("minimum.template.value_format", "a value-list entry of a coded column is not 'source value,code'",
       Severity.violation, "write 'source value,code' (comma, no space) or pick a 'label,code' entry from the "
       "drop-down"),
    _r("minimum.template.code", "the code of a value-list entry is not in the element's value set",
       Severity.violation, "use a code of the element's value set (sheet 'Value sets' lists them with labels)"),
)}


def is_template_workbook(path: Path) -> bool:
    """An XLSX whose workbook part declares the template's README and data elements sheets (read from the zip
    directory, without openpyxl)."""
    if not path.is_file() or path.suffix.lower() != ".xlsx":
        return False
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("xl/workbook.xml")
            if info.file_size > 1 << 20:
                return False
            head = zf.read(info)
    except (OSError, KeyError, zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, NotImplementedError):
        return False
    return all(f'name="{s}"'.encode() in head for s in (README_SHEET, ELEMENTS_SHEET))


def _col(i: int) -> str:
    from openpyxl.utils import get_column_letter  # deferred: openpyxl is imported only for workbooks

    return get_column_letter(i)


class TemplateEngine:
    name = ENGINE

    def rules(self) -> list[Rule]:
        return list(RULES.values())

    def detect(self, path: Path) -> bool:
        return is_template_workbook(path)

    def check(self, path: Path, ctx: CheckContext) -> list[Finding]:
        rel = ctx.rel(path)
        # deferred: importing the sql package imports the table engine; the template engine is asked to detect
        # every single file a check is given (a catalogue record too), and only a workbook it reads needs these
        from eucaim_spec.validate.sql.tabular_input import xlsx_guard, xlsx_reason

        refused = xlsx_guard(path, rel, ctx.options.limits)
        if refused is not None:
            raise InputError(rel, refused.message)
        import openpyxl  # deferred: a heavy module, only when a workbook is read

        try:
            with warnings.catch_warnings():  # openpyxl's warnings quote the workbook's names
                warnings.simplefilter("ignore")
                wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # zipfile/openpyxl raise many types; all mean "not a readable workbook"
            raise InputError(rel, f"cannot be read as XLSX: {xlsx_reason(exc)}") from None
        try:
            title = wb[README_SHEET].cell(1, 1).value
            ref = match_template(str(title or ""))
            if ref is None:
                return [RULES["unknown"].finding(
                    target_tier=ctx.target_tier, location=Location(file=rel, table=README_SHEET, row=1, column="A"),
                    message=f"{README_SHEET}!A1: the title is none of the packaged templates' titles; the "
                            "workbook was not checked")]
            ctx.notes.append(f"template: {rel} is the {ref.kind} mapping template")
            findings: list[Finding] = []
            for name in wb.sheetnames:
                if name in ref.sheets and name not in SUPPORT_SHEETS:
                    findings += _check_sheet(wb[name], name, ref, rel, ctx)
            return findings
        finally:
            wb.close()


def _read(ws: Any, sheet: str, rel: str) -> list[tuple[Any, ...]]:
    # deferred: see TemplateEngine.check (the sql package imports the table engine)
    from eucaim_spec.validate.sql.tabular_input import MAX_XLSX_CELLS

    max_row, max_col = ws.max_row or 0, ws.max_column or 0
    if max_row * max_col > MAX_XLSX_CELLS:
        raise InputError(rel, f"sheet {sheet!r} declares {max_row} rows x {max_col} columns, above "
                              f"{MAX_XLSX_CELLS:,} cells: a mapping template is far smaller")
    return list(ws.iter_rows(values_only=True))


def _text(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split())


class _Sheet:
    """Findings of one mapping sheet, grouped by rule and column (one finding naming its first cell, the
    cells as examples)."""

    def __init__(self, sheet: str, rel: str, ctx: CheckContext) -> None:
        self.sheet, self.rel, self.ctx = sheet, rel, ctx
        self.cells: dict[tuple[str, int], list[tuple[int, str]]] = {}

    def add(self, rule: str, col: int, row: int, what: str) -> None:
        self.cells.setdefault((rule, col), []).append((row, what))

    def findings(self) -> list[Finding]:
        out = []
        for (rule, col), cells in sorted(self.cells.items()):
            letter = _col(col)
            first_row, what = cells[0]
            more = f" (and {len(cells) - 1} more cell(s) of column {letter})" if len(cells) > 1 else ""
            out.append(RULES[rule].finding(
                target_tier=self.ctx.target_tier, count=len(cells),
                message=f"{self.sheet}!{letter}{first_row}{more}: {what}",
                location=Location(file=self.rel, table=self.sheet, row=first_row, column=letter),
                examples=[f"{self.sheet}!{letter}{r}" for r, _ in cells[:MAX_EXAMPLES]]))
        return out


def _check_sheet(ws: Any, sheet: str, ref: Template, rel: str, ctx: CheckContext) -> list[Finding]:
    rows = _read(ws, sheet, rel)
    width = max((len(r) for r in rows), default=0)

    def cell(row: int, col: int) -> Any:
        r = rows[row - 1] if row - 1 < len(rows) else ()
        return r[col - 1] if col - 1 < len(r) else None

    allowed = set(ref.sheets[sheet])
    entities = {e for e, _ in allowed}
    out = _Sheet(sheet, rel, ctx)
    mapped: set[tuple[str, str]] = set()
    for col in range(1, width + 1):
        entity, element = _text(cell(ENTITY_ROW, col)), _text(cell(ELEMENT_ROW, col))
        if not entity and not element:
            continue
        if entity not in entities:
            out.add("entity", col, ENTITY_ROW, "not a CDM entity of this sheet (row 2)")
            continue
        if (entity, element) not in allowed:
            out.add("element", col, ELEMENT_ROW, f"not a data element of entity {entity} on this sheet (row 3)")
            continue
        if _text(cell(SOURCE_ROW, col)):
            mapped.add((entity, element))
        value_set = ref.elements[(entity, element)].value_set if (entity, element) in ref.elements else None
        if value_set:
            for row in range(FIRST_VALUE_ROW, len(rows) + 1):
                _check_entry(out, col, row, cell(row, col), value_set, ref)
    # an entity is mapped on the sheet once one of its columns other than the patient identifier (column A,
    # prefilled on every sheet) has a source variable; then each of its required elements needs one
    first = ref.sheets[sheet][0] if ref.sheets[sheet] else None
    used = {e for e, x in mapped if (e, x) != first}
    for idx, (entity, element) in enumerate(ref.sheets[sheet], start=1):
        el = ref.elements.get((entity, element))
        if entity in used and el is not None and el.required and (entity, element) not in mapped:
            col = _column_of(rows, entity, element) or idx
            out.add("required_unmapped", col, SOURCE_ROW,
                    f"required data element {entity}.{element} has no source variable (row 1)")
    return out.findings()


def _column_of(rows: list[tuple[Any, ...]], entity: str, element: str) -> int | None:
    if len(rows) < ELEMENT_ROW:
        return None
    for i, (e, x) in enumerate(zip(rows[ENTITY_ROW - 1], rows[ELEMENT_ROW - 1], strict=False), start=1):
        if (_text(e), _text(x)) == (entity, element):
            return i
    return None


def _check_entry(out: _Sheet, col: int, row: int, value: Any, value_set: str, ref: Template) -> None:
    text = _text(value)
    if not text:
        return
    if "," not in text:
        out.add("value_format", col, row, f"a coded entry without ',code' (value set {value_set})")
        return
    code = text.rsplit(",", 1)[1].strip()
    if code not in ref.codes.get(value_set, frozenset()):
        shown = f"code {code!r}" if any(code in c for c in ref.codes.values()) else "the code part"
        out.add("code", col, row, f"{shown} is not in value set {value_set}")
