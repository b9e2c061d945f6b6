"""What the packaged mapping templates say: their sheets, each sheet's columns (CDM entity, data element), each
element's obligation and value set, each value set's codes.

A filled template is checked against the packaged workbook it was exported from (``eucaim template``), which
``eucaim generate`` writes from the schemas (generate/mapping_template.py): the holder's copy of the "Data
elements" and "Value sets" sheets is never trusted.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import ARTIFACTS_DIR

ELEMENTS_SHEET = "Data elements"
LISTS_SHEET = "Lists"
VALUES_SHEET = "Value sets"
README_SHEET = "README"
CODES_SHEET = "Codes"
#: Sheets of a template that are no mapping sheet.
SUPPORT_SHEETS = (ELEMENTS_SHEET, LISTS_SHEET, VALUES_SHEET, README_SHEET, CODES_SHEET)
#: Rows of a mapping sheet: 1 source variable, 2 CDM entity, 3 data element, 4 standard, 5 example value; the
#: value list starts at row 6.
SOURCE_ROW, ENTITY_ROW, ELEMENT_ROW, FIRST_VALUE_ROW = 1, 2, 3, 6

#: Template kind (``eucaim template KIND``) -> the generated workbook under artifacts/templates/
#: (generators/recipes.yaml).
TEMPLATE_FILES = {
    "cdm": "eucaim-mapping-template.xlsx",
    "minimum": "eucaim-mapping-template-minimum.xlsx",
    "negative": "eucaim-mapping-template-negative-control.xlsx",
}


def template_path(kind: str) -> Path:
    return ARTIFACTS_DIR / "templates" / TEMPLATE_FILES[kind]


@dataclass(frozen=True)
class Element:
    entity: str
    name: str
    required: bool
    value_set: str | None


@dataclass
class Template:
    """One packaged template: its title (README!A1), its mapping sheets' columns, its elements and codes."""

    kind: str
    title: str
    #: mapping sheet -> its (entity, element) columns, in order
    sheets: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    elements: dict[tuple[str, str], Element] = field(default_factory=dict)
    codes: dict[str, frozenset[str]] = field(default_factory=dict)


def _text(v: Any) -> str:
    return "" if v is None else " ".join(str(v).split())


def _rows(ws: Any, min_row: int = 1, max_row: int | None = None) -> list[tuple[Any, ...]]:
    return list(ws.iter_rows(min_row=min_row, max_row=max_row, values_only=True))


@cache
def load_template(kind: str) -> Template:
    """The packaged template ``kind``, read once per process."""
    import openpyxl  # deferred: a heavy module, only when a workbook is read

    path = template_path(kind)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            wb = openpyxl.load_workbook(path, read_only=True)
    except (OSError, ValueError, KeyError) as exc:
        raise SpecError(str(path), f"packaged template unreadable ({type(exc).__name__}); run `eucaim generate`"
                        ) from exc
    try:
        t = Template(kind, _text(_rows(wb[README_SHEET], 1, 1)[0][0]))
        for row in _rows(wb[ELEMENTS_SHEET], 2):
            entity, name, required, value_set = _text(row[0]), _text(row[1]), _text(row[4]), _text(row[5])
            if entity and name:
                t.elements[(entity, name)] = Element(entity, name, required == "yes", value_set or None)
        codes: dict[str, set[str]] = {}
        for row in _rows(wb[VALUES_SHEET], 2):
            if row[0] and row[1]:
                codes.setdefault(_text(row[0]), set()).add(_text(row[1]))
        t.codes = {k: frozenset(v) for k, v in codes.items()}
        for name in wb.sheetnames:
            if name in SUPPORT_SHEETS:
                continue
            head = _rows(wb[name], ENTITY_ROW, ELEMENT_ROW)
            t.sheets[name] = [(_text(e), _text(x)) for e, x in zip(head[0], head[1], strict=False) if e and x]
        return t
    finally:
        wb.close()


def match_template(title: str) -> Template | None:
    """The packaged template whose README title is ``title``."""
    for kind in TEMPLATE_FILES:
        t = load_template(kind)
        if t.title == _text(title):
            return t
    return None
