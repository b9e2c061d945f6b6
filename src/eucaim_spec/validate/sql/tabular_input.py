"""Read clinical and tag tables (CSV, Parquet, XLSX, JSON) into DuckDB, every column as text.

Files are opened read-only and never modified. Every value is loaded as VARCHAR (types are *checked*,
never coerced on load) with a 1-based data-row column ``_row``. Problems of a file (wrong separator,
BOM, non-UTF-8 bytes, ragged rows, formulas, enormous sheets, a JSON that is not a list of records) are
returned as ``InputProblem``s naming the file and line, so that the engine can report them as findings
and go on with the other files.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import warnings
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import ParseError

from eucaim_spec.validate.options import InputLimits
from eucaim_spec.validate.shacl.rdf_input import json_depth_error
from eucaim_spec.validate.sql.dialect import ROW, quote_ident, quote_literal

CSV_SUFFIXES = {".csv", ".tsv", ".txt"}
TABULAR_SUFFIXES = CSV_SUFFIXES | {".parquet", ".xlsx", ".json"}
#: XLSX sheets beyond these are refused unread: openpyxl keeps every row of a sheet in Python objects.
MAX_XLSX_CELLS = 5_000_000
MAX_XLSX_COLUMNS = 2_000
#: Defaults of the hostile-input limits (``eucaim check --help`` and the README state them): the
#: uncompressed size of all parts of an XLSX and its compression ratio (a 1 MB zip bomb once peaked at
#: 2.2 GB before openpyxl refused it), a JSON table's size and nesting depth.
DEFAULT_XLSX_MAX_BYTES = 256 * 1024 * 1024
DEFAULT_XLSX_MAX_RATIO = 100
DEFAULT_JSON_MAX_BYTES = 512 * 1024 * 1024
DEFAULT_MAX_DEPTH = 100
#: An XML part's prolog (where a DOCTYPE would be) must end within this many bytes.
XML_PROLOG_BYTES = 65536
#: Above this many rejected lines the row numbers of the remaining rows are no longer corrected.
MAX_ROW_CORRECTION = 1_000
UTF8_BOM = codecs.BOM_UTF8
CHUNK = 1 << 20


@dataclass
class InputProblem:
    """A problem of one input file. ``rule`` is the name of a ``minimum.etl.*`` rule."""

    rule: str
    file: str
    message: str
    line: int | None = None
    count: int = 1
    examples: list[str] = field(default_factory=list)


@dataclass
class LoadedTable:
    """A file loaded as an all-VARCHAR DuckDB relation (``relation`` has ``_row`` first)."""

    path: Path
    relation: str
    columns: list[str]
    rows: int
    problems: list[InputProblem]
    ok: bool = True


def is_tabular(path: Path) -> bool:
    return path.is_file() and path.suffix.lower() in TABULAR_SUFFIXES and not path.name.startswith(".")


def load_table(con: Any, path: Path, name: str, rel: str, options: InputLimits | None = None) -> LoadedTable:
    """Load ``path`` into DuckDB as view ``name``; ``rel`` is the path as findings print it.

    ``options`` are the input limits (``max_bytes``, ``max_depth``, ``xlsx_max_bytes``, ``xlsx_max_ratio``).
    """
    suffix = path.suffix.lower()
    try:
        if suffix in CSV_SUFFIXES:
            return _load_csv(con, path, name, rel)
        if suffix == ".parquet":
            return _load_parquet(con, path, name, rel)
        if suffix == ".xlsx":
            return _load_xlsx(con, path, name, rel, options)
        if suffix == ".json":
            return _load_json(con, path, name, rel, options)
    except OSError as exc:
        return _failed(path, name, InputProblem("unreadable", rel, f"cannot be read: {exc.strerror or exc}"))
    raise ValueError(f"not a tabular file: {path}")


def _failed(path: Path, name: str, problem: InputProblem) -> LoadedTable:
    return LoadedTable(path, name, [], 0, [problem], ok=False)


# ----------------------------------------------------------------------------------------------- CSV
def _utf8_error(path: Path) -> tuple[int, int, int] | None:
    """(byte offset, line, byte value) of the first byte that is not UTF-8, or None. Streams the file."""
    dec = codecs.getincrementaldecoder("utf-8")()
    offset = 0
    with open(path, "rb") as fh:
        while True:
            chunk = fh.read(CHUNK)
            buffered = dec.getstate()[0]
            if chunk and not buffered and chunk.isascii():
                offset += len(chunk)  # ASCII is UTF-8: no decode (and no str of the chunk) needed
                continue
            try:
                dec.decode(chunk, final=not chunk)
            except UnicodeDecodeError as exc:
                # exc.start counts from the bytes the decoder still held from the previous chunk
                bad_at = offset - len(buffered) + exc.start
                with open(path, "rb") as fh2:
                    head = fh2.read(bad_at + 1)
                return bad_at, head.count(b"\n") + 1, head[-1] if head else 0
            if not chunk:
                return None
            offset += len(chunk)


def _header_line(path: Path, encoding: str, skip: int) -> str:
    with open(path, "rb") as fh:
        fh.seek(skip)
        raw = fh.read(CHUNK)
    text = raw.decode(encoding, errors="replace")
    return text.splitlines()[0] if text.splitlines() else ""


def _load_csv(con: Any, path: Path, name: str, rel: str) -> LoadedTable:
    problems: list[InputProblem] = []
    size = path.stat().st_size
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if size == 0 or not head.strip(b" \t\r\n\xef\xbb\xbf"):
        return _failed(
            path, name, InputProblem("empty_file", rel, "the file is empty (no header, no rows)", line=1)
        )
    skip = 0
    encoding = "utf-8"
    if head.startswith(UTF8_BOM):
        skip = len(UTF8_BOM)
        problems.append(
            InputProblem("bom", rel, "the file starts with a UTF-8 byte order mark (BOM)", line=1)
        )
    elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        problems.append(InputProblem("encoding", rel, "the file is UTF-16; write it as UTF-8", line=1))
        encoding = "utf-16"
    if encoding == "utf-8":
        err = _utf8_error(path)
        if err is not None:
            at, line, byte = err
            problems.append(
                InputProblem(
                    "encoding",
                    rel,
                    f"not UTF-8: byte 0x{byte:02X} at line {line} (byte offset {at}); "
                    "the file was read as Latin-1",
                    line=line,
                )
            )
            encoding = "latin-1"
    header = _header_line(path, "utf-16" if encoding == "utf-16" else encoding, skip)
    counts = {d: header.count(d) for d in (",", ";", "\t")}
    delim = ","
    if (
        counts[","] == 0
        and max(counts[";"], counts["\t"]) > 0
        or max(counts[";"], counts["\t"]) > counts[","]
    ):
        delim = ";" if counts[";"] >= counts["\t"] else "\t"
        shown = "tab" if delim == "\t" else "';'"
        problems.append(
            InputProblem("separator", rel, f"fields are separated by {shown}, not by a comma", line=1)
        )
    names = next(csv.reader(io.StringIO(header), delimiter=delim), [])
    names = [n.strip() for n in names]
    cleaned, header_issue = clean_names(names)
    if header_issue:
        problems.append(InputProblem("column_name", rel, header_issue, line=1))
    cols = "{" + ", ".join(f"{quote_literal(c)}: 'VARCHAR'" for c in cleaned) + "}"
    raw, rej, scan = f"{name}__raw", f"{name}__rej", f"{name}__scan"
    enc = {"utf-8": "utf-8", "latin-1": "latin-1", "utf-16": "utf-16"}[encoding]
    try:
        con.execute(
            f"CREATE TABLE {quote_ident(raw)} AS SELECT * FROM read_csv({quote_literal(str(path))}, columns = {cols}, "
            f"header = true, delim = {quote_literal(delim)}, quote = '\"', escape = '\"', "
            f"encoding = {quote_literal(enc)}, "
            f"auto_detect = false, strict_mode = true, store_rejects = true, rejects_table = {quote_literal(rej)}, "
            f"rejects_scan = {quote_literal(scan)})"
        ).fetchall()
    except Exception as exc:  # duckdb raises its own error classes; each means this file is unreadable
        where = _line_of(str(exc))
        return LoadedTable(
            path,
            name,
            [],
            0,
            [
                *problems,
                InputProblem("unreadable", rel, f"cannot be parsed as CSV: {masked_first_line(exc)}", line=where),
            ],
            ok=False,
        )
    rejects = con.execute(
        f"SELECT line, error_type::VARCHAR, column_idx FROM {quote_ident(rej)} ORDER BY line"
    ).fetchall()
    ragged = [r for r in rejects if r[1] in ("MISSING COLUMNS", "TOO MANY COLUMNS")]
    other = [r for r in rejects if r[1] not in ("MISSING COLUMNS", "TOO MANY COLUMNS")]
    if ragged:
        problems.append(
            InputProblem(
                "ragged_row",
                rel,
                f"{len(ragged)} line(s) have a different number of fields than the header "
                f"({len(cleaned)}); they were not checked",
                line=int(ragged[0][0]),
                count=len(ragged),
                examples=[f"line {r[0]}: {r[1].lower()}" for r in ragged[:5]],
            )
        )
    if other:
        problems.append(
            InputProblem(
                "unreadable",
                rel,
                f"{len(other)} line(s) could not be parsed; they were not checked",
                line=int(other[0][0]),
                count=len(other),
                examples=[f"line {r[0]}: {r[1].lower()}" for r in other[:5]],
            )
        )
    _row_view(con, name, raw, [int(r[0]) for r in rejects])
    n = con.execute(f"SELECT count(*) FROM {quote_ident(raw)}").fetchall()[0][0]
    con.execute(f"DROP TABLE IF EXISTS {quote_ident(rej)}").fetchall()
    con.execute(f"DROP TABLE IF EXISTS {quote_ident(scan)}").fetchall()
    table = LoadedTable(path, name, cleaned, int(n), problems)
    _common_checks(con, table, rel)
    return table


def _row_view(con: Any, name: str, raw: str, reject_lines: list[int]) -> None:
    """View ``name`` = ``raw`` plus ``_row``, the data-row number in the file (rejected rows still count)."""
    if not reject_lines or len(reject_lines) > MAX_ROW_CORRECTION:
        con.execute(
            f"CREATE VIEW {quote_ident(name)} AS SELECT rowid + 1 AS {ROW}, * FROM {quote_ident(raw)}"
        ).fetchall()
        return
    # A loaded row with 0-based index k is data row k + 1 + #{rejected rows before it}; rejected row j
    # (1-based, data row d_j = line - 1) has d_j - j loaded rows before it.
    marks = ", ".join(f"({(line - 1) - j})" for j, line in enumerate(reject_lines, start=1))
    con.execute(f"CREATE TABLE {quote_ident(name + '__marks')} AS SELECT * FROM (VALUES {marks}) AS v(pos)").fetchall()
    con.execute(
        f"CREATE VIEW {quote_ident(name)} AS SELECT rowid + 1 + "
        f"(SELECT count(*) FROM {quote_ident(name + '__marks')} m "
        f"WHERE m.pos <= t.rowid) AS {ROW}, * FROM {quote_ident(raw)} AS t"
    ).fetchall()


def clean_names(names: list[str]) -> tuple[list[str], str | None]:
    """Header names made usable: a blank name becomes ``column_N``, a repeated one (case-insensitive, or the
    row-number column's) ``name_2``, ...; with a note of what was renamed, or None."""
    out: list[str] = []
    seen: set[str] = set()
    issues: list[str] = []
    for i, n in enumerate(names, start=1):
        base = n if n else f"column_{i}"
        if not n:
            issues.append(f"column {i} has no name")
        cand = base
        k = 2
        while cand.lower() in seen or cand == ROW:
            cand = f"{base}_{k}"
            k += 1
        if cand != base:
            issues.append(f"column name {base!r} appears twice")
        seen.add(cand.lower())
        out.append(cand)
    return out, ("; ".join(issues) if issues else None)


def _line_of(message: str) -> int | None:
    m = re.search(r"[Ll]ine:?\s*(\d+)", message)
    return int(m.group(1)) if m else None


def masked_first_line(exc: BaseException) -> str:
    """First line of a parser error with quoted text masked: parser messages may quote a cell's value."""
    lines = str(exc).strip().splitlines()
    if not lines:
        return type(exc).__name__
    return re.sub(r'"[^"]*"|\'[^\']*\'', '"…"', lines[0])[:200]


def _common_checks(con: Any, table: LoadedTable, rel: str) -> None:
    """Problems every format shares: no data rows; the header repeated inside the data (joined files)."""
    if table.rows == 0:
        table.problems.append(InputProblem("no_rows", rel, "the file has a header but no data rows", line=2))
        return
    named = [c for c in table.columns[:3] if not re.fullmatch(r"column_\d+", c)]
    if not named:
        return
    cond = " AND ".join(f"{quote_ident(c)} = {quote_literal(c)}" for c in named)
    n, first = con.execute(f"SELECT count(*), min({ROW}) FROM {quote_ident(table.relation)} WHERE {cond}").fetchall()[
        0
    ]
    if n:
        rows = con.execute(
            f"SELECT {ROW} FROM {quote_ident(table.relation)} WHERE {cond} ORDER BY {ROW} LIMIT 5"
        ).fetchall()
        table.problems.append(
            InputProblem(
                "header",
                rel,
                "the header line appears again inside the data (one header per dataset)",
                line=int(first) + 1,
                count=int(n),
                examples=[f"row {r[0]}" for r in rows],
            )
        )


# ------------------------------------------------------------------------------------------- Parquet
def _load_parquet(con: Any, path: Path, name: str, rel: str) -> LoadedTable:
    try:
        desc = con.execute(f"DESCRIBE SELECT * FROM read_parquet({quote_literal(str(path))})").fetchall()
    except Exception as exc:  # duckdb error classes
        return _failed(
            path, name, InputProblem("unreadable", rel, f"cannot be read as Parquet: {masked_first_line(exc)}")
        )
    cols = [str(r[0]) for r in desc]
    cleaned, issue = clean_names(cols)
    problems = [InputProblem("column_name", rel, issue)] if issue else []
    sel = ", ".join(
        f"CAST({quote_ident(c)} AS VARCHAR) AS {quote_ident(n)}" for c, n in zip(cols, cleaned, strict=True)
    )
    raw = f"{name}__raw"
    con.execute(
        f"CREATE TABLE {quote_ident(raw)} AS SELECT {sel} FROM read_parquet({quote_literal(str(path))})"
    ).fetchall()
    _row_view(con, name, raw, [])
    n = con.execute(f"SELECT count(*) FROM {quote_ident(raw)}").fetchall()[0][0]
    table = LoadedTable(path, name, cleaned, int(n), problems)
    _common_checks(con, table, rel)
    return table


# ---------------------------------------------------------------------------------------------- XLSX
def _cell_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, datetime):
        return v.date().isoformat() if v.time() == time(0) else v.isoformat()
    if isinstance(v, date | time):
        return v.isoformat()
    if isinstance(v, float):
        return str(int(v)) if v.is_integer() else repr(v)
    s = str(v)
    return s if s.strip() else None


def _limit(options: InputLimits | None, key: str, default: int) -> int:
    value = getattr(options, key) if options is not None else None
    return int(value) if value else default


def xlsx_guard(path: Path, rel: str, options: InputLimits | None) -> InputProblem | None:
    """Why the workbook must not reach openpyxl, or None: a zip bomb, or XML declaring a DTD or entities.

    Sizes come from the ZIP directory, so a bomb is refused before anything is inflated; an XML part is
    inflated only as far as its prolog (where a DOCTYPE must be).
    """

    max_bytes = _limit(options, "xlsx_max_bytes", DEFAULT_XLSX_MAX_BYTES)
    max_ratio = _limit(options, "xlsx_max_ratio", DEFAULT_XLSX_MAX_RATIO)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            total = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos)
            if total > max_bytes:
                return InputProblem(
                    "too_large",
                    rel,
                    f"the workbook inflates to {total:,} bytes, above the limit of {max_bytes:,} "
                    "(--xlsx-max-bytes); export the table as CSV",
                )
            if packed and total / packed > max_ratio:
                return InputProblem(
                    "too_large",
                    rel,
                    f"the workbook is compressed {total / packed:.0f}:1, above the limit of {max_ratio}:1 "
                    "(--xlsx-max-ratio); a zip bomb is refused unread",
                )
            for info in infos:
                if not info.filename.lower().endswith((".xml", ".rels", ".vml")):
                    continue
                with zf.open(info) as fh:
                    head = fh.read(XML_PROLOG_BYTES)
                problem = _xml_prolog_problem(head, rel, _safe_part(info.filename), info.file_size)
                if problem is not None:
                    return problem
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, NotImplementedError) as exc:
        return InputProblem(
            "unreadable", rel, f"cannot be read as XLSX: not a valid ZIP archive ({type(exc).__name__})"
        )
    except zlib.error:  # not an OSError: a deflate stream that does not inflate
        return InputProblem("unreadable", rel, "cannot be read as XLSX: a compressed part is corrupt")
    return None


def _safe_part(name: str) -> str:
    """A ZIP member name for messages: printable ASCII only (the archive is the author's)."""
    return "".join(c if c.isascii() and c.isprintable() else "?" for c in name)[:120]


_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")


def _xml_prolog_problem(head: bytes, rel: str, part: str, size: int) -> InputProblem | None:
    """A DOCTYPE/ENTITY declaration (entity expansion, external entities) in an XML part's prolog, or a
    prolog that does not end within the bytes read."""
    text = head
    if text.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = text.decode("utf-16", errors="replace").encode("utf-8")
    root = _ROOT_START.search(text)
    prolog = text[: root.start()] if root else text
    if _DTD.search(prolog):
        return InputProblem(
            "unreadable",
            rel,
            f"cannot be read as XLSX: part {part} declares a DOCTYPE or entities (entity expansion and "
            "external entities are refused)",
        )
    if root is None and size > len(head):
        return InputProblem(
            "unreadable", rel, f"cannot be read as XLSX: part {part} has no XML element in its first "
            f"{XML_PROLOG_BYTES} bytes"
        )
    return None


def xlsx_reason(exc: BaseException) -> str:
    """The kind of problem that stopped openpyxl, in words that quote nothing of the workbook."""

    if isinstance(exc, ParseError):
        line, col = getattr(exc, "position", (None, None))
        return f"malformed XML in the workbook (line {line}, column {col})" if line else "malformed XML"
    if isinstance(exc, IndexError | KeyError):
        return "a cell or relationship refers to a part or shared string that does not exist"
    if isinstance(exc, RecursionError):
        return "the workbook's XML is nested too deeply"
    if isinstance(exc, ValueError) and "digits" in str(exc):
        return "a number cell holds more digits than can be read"
    return f"the workbook is malformed ({type(exc).__name__})"


def _load_xlsx(
    con: Any, path: Path, name: str, rel: str, options: InputLimits | None = None
) -> LoadedTable:
    refused = xlsx_guard(path, rel, options)
    if refused is not None:
        return _failed(path, name, refused)

    try:
        # openpyxl warns about parts it ignores, quoting names from the workbook: stderr must not carry them
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _load_xlsx_checked(con, path, name, rel)
    except _XlsxUnreadable as exc:
        return _failed(path, name, InputProblem("unreadable", rel, f"cannot be read as XLSX: {exc.reason}"))


class _XlsxUnreadable(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _load_xlsx_checked(con: Any, path: Path, name: str, rel: str) -> LoadedTable:
    import pyarrow as pa  # deferred: a heavy native module, only when a table is loaded

    problems: list[InputProblem] = []
    sheet = _read_first_sheet(path, rel)
    if isinstance(sheet, InputProblem):
        return _failed(path, name, sheet)
    rows, formula_count, formulas = sheet
    if formula_count:
        _use_cached_values(path, rows)
        problems.append(
            InputProblem(
                "xlsx_formula",
                rel,
                f"{formula_count} cell(s) hold formulas; their cached values were checked, "
                "but the ETL may not evaluate them: paste values instead",
                count=formula_count,
                examples=[f"cell {c}" for c in formulas],
            )
        )
    while rows and all(v is None for v in rows[-1]):
        rows.pop()
    if not rows:
        return _failed(path, name, InputProblem("empty_file", rel, "the first sheet is empty", line=1))
    names = [(v or "").strip() for v in rows[0]]
    while names and not names[-1]:
        names.pop()
    cleaned, issue = clean_names(names)
    if issue:
        problems.append(InputProblem("column_name", rel, issue, line=1))
    data = rows[1:]
    width = len(cleaned)
    extra = [i + 2 for i, r in enumerate(data) if any(v is not None for v in r[width:])]
    if extra:
        problems.append(
            InputProblem(
                "ragged_row",
                rel,
                f"{len(extra)} row(s) have values beyond the last named column (ignored)",
                line=extra[0],
                count=len(extra),
                examples=[f"line {x}" for x in extra[:5]],
            )
        )
    arrays = {
        c: pa.array([(r[j] if j < len(r) else None) for r in data], type=pa.string())
        for j, c in enumerate(cleaned)
    }
    return _from_arrow(con, path, name, rel, pa.table(arrays), cleaned, problems)


def _read_first_sheet(path: Path, rel: str) -> tuple[list[list[str | None]], int, list[str]] | InputProblem:
    """The cell texts of the workbook's first sheet (formula cells None), how many cells hold formulas and the
    first five of them; a ``too_large`` problem instead when the sheet exceeds the cell budget."""
    import openpyxl  # deferred: a heavy module, only for XLSX input

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception as exc:  # zipfile/openpyxl raise many types; all mean "not a readable workbook"
        raise _XlsxUnreadable(xlsx_reason(exc)) from None
    try:
        try:
            ws = wb.worksheets[0]
            max_row, max_col = ws.max_row or 0, ws.max_column or 0
        except Exception as exc:  # a workbook without sheets, or a malformed dimension
            raise _XlsxUnreadable(xlsx_reason(exc)) from None
        if max_col > MAX_XLSX_COLUMNS or max_row * max_col > MAX_XLSX_CELLS:
            return InputProblem(
                "too_large",
                rel,
                f"the first sheet declares {max_row} rows x {max_col} columns "
                f"(dimension {ws.calculate_dimension() if max_row else '?'}); sheets over "
                f"{MAX_XLSX_CELLS:,} cells are not loaded: export the table as CSV",
            )
        rows: list[list[str | None]] = []
        formulas: list[str] = []
        formula_count = 0
        cells = 0
        for r in _guarded(ws.iter_rows()):
            vals: list[str | None] = []
            for c in r:
                if getattr(c, "data_type", None) == "f":
                    formula_count += 1
                    if len(formulas) < 5:
                        formulas.append(str(c.coordinate))
                    vals.append(None)
                else:
                    vals.append(_cell_text(c.value))
            cells += len(vals)
            if cells > MAX_XLSX_CELLS:
                return InputProblem(
                    "too_large",
                    rel,
                    f"the first sheet holds more than {MAX_XLSX_CELLS:,} cells; export the table as CSV",
                    line=len(rows) + 1,
                )
            rows.append(vals)
    finally:
        wb.close()
    return rows, formula_count, formulas


def _use_cached_values(path: Path, rows: list[list[str | None]]) -> None:
    """Fill the formula cells of ``rows`` (None) with the values the workbook cached for them."""
    try:
        cached = _xlsx_cached_values(path)
    except Exception as exc:  # openpyxl and the XML parser raise many types; each means unreadable
        raise _XlsxUnreadable(xlsx_reason(exc)) from None
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is None and i < len(cached) and j < len(cached[i]):
                row[j] = cached[i][j]


def _guarded(rows: Any) -> Any:
    """``rows`` (openpyxl's row iterator), turning any parse error into ``_XlsxUnreadable``."""
    it = iter(rows)
    while True:
        try:
            row = next(it)
        except StopIteration:
            return
        except Exception as exc:  # openpyxl and the XML parser raise many types; each means unreadable
            raise _XlsxUnreadable(xlsx_reason(exc)) from None
        yield row


def _xlsx_cached_values(path: Path) -> list[list[str | None]]:
    import openpyxl  # deferred: a heavy module, only for XLSX input

    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [[_cell_text(v) for v in r] for r in wb.worksheets[0].iter_rows(values_only=True)]
    finally:
        wb.close()


def _from_arrow(
    con: Any, path: Path, name: str, rel: str, tbl: Any, cols: list[str], problems: list[InputProblem]
) -> LoadedTable:
    raw = f"{name}__raw"
    con.register(f"{name}__arrow", tbl)
    sel = ", ".join(quote_ident(c) for c in cols) if cols else "*"
    con.execute(f"CREATE TABLE {quote_ident(raw)} AS SELECT {sel} FROM {quote_ident(name + '__arrow')}").fetchall()
    con.unregister(f"{name}__arrow")
    _row_view(con, name, raw, [])
    table = LoadedTable(path, name, cols, tbl.num_rows, problems)
    _common_checks(con, table, rel)
    return table


# ---------------------------------------------------------------------------------------------- JSON
def _json_text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, dict | list):
        return json.dumps(v, ensure_ascii=False, sort_keys=True)
    return str(v)


def _load_json(
    con: Any, path: Path, name: str, rel: str, options: InputLimits | None = None
) -> LoadedTable:
    import pyarrow as pa  # deferred: a heavy native module, only when a table is loaded


    max_bytes = _limit(options, "max_bytes", DEFAULT_JSON_MAX_BYTES)
    size = path.stat().st_size
    if size > max_bytes:
        return _failed(
            path,
            name,
            InputProblem(
                "too_large", rel, f"the file has {size:,} bytes, above the limit of {max_bytes:,} (--max-bytes)"
            ),
        )
    raw = path.read_bytes()
    if not raw.strip():
        return _failed(path, name, InputProblem("empty_file", rel, "the file is empty", line=1))
    problems: list[InputProblem] = []
    if raw.startswith(UTF8_BOM):
        raw = raw[len(UTF8_BOM) :]
        problems.append(
            InputProblem("bom", rel, "the file starts with a UTF-8 byte order mark (BOM)", line=1)
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return _failed(
            path,
            name,
            InputProblem(
                "encoding",
                rel,
                f"not UTF-8: byte 0x{raw[exc.start]:02X} at line {line} (byte offset {exc.start})",
                line=line,
            ),
        )
    max_depth = _limit(options, "max_depth", DEFAULT_MAX_DEPTH)
    deep = json_depth_error(raw, max_depth)
    if deep is not None:
        return _failed(
            path,
            name,
            InputProblem(
                "unreadable",
                rel,
                f"JSON nested deeper than {max_depth} levels at line {deep[0]} column {deep[1]}; "
                "raise the limit with --max-depth",
                line=deep[0],
            ),
        )
    try:
        # Integers stay text as written: values are loaded as text anyway, and int() refuses more than
        # 4,300 digits (a 100,000-digit number once ended the run with an internal error).
        data = json.loads(text, parse_int=str)
    except RecursionError:
        return _failed(
            path, name, InputProblem("unreadable", rel, "JSON nested too deeply to read; raise --max-depth")
        )
    except json.JSONDecodeError as exc:
        return _failed(
            path,
            name,
            InputProblem(
                "unreadable",
                rel,
                f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}",
                line=exc.lineno,
            ),
        )
    if not isinstance(data, list):
        return _failed(
            path,
            name,
            InputProblem(
                "not_records",
                rel,
                f"the top-level value is a JSON {_json_kind(data)}; expected a list of records "
                "(one object per row)",
                line=1,
            ),
        )
    bad = [i for i, item in enumerate(data, start=1) if not isinstance(item, dict)]
    if bad:
        return _failed(
            path,
            name,
            InputProblem(
                "not_records",
                rel,
                f"{len(bad)} item(s) of the top-level list are not objects (first: item {bad[0]}, "
                f"a {_json_kind(data[bad[0] - 1])}); expected a list of records",
                count=len(bad),
                examples=[f"item {i}" for i in bad[:5]],
            ),
        )
    cols: dict[str, None] = {}
    for item in data:
        for k in item:
            cols.setdefault(str(k), None)
    keys = list(cols)
    # A key holding NUL or another control character cannot be a DuckDB column name (NUL ends it) and
    # would steer a terminal: such characters become U+FFFD, and the file is told so.
    names = [_CONTROL.sub("\ufffd", k) for k in keys]
    odd = [i for i, (k, n) in enumerate(zip(keys, names, strict=True), start=1) if k != n]
    if odd:
        problems.append(InputProblem(
            "column_name", rel, f"{len(odd)} key(s) hold control characters (first: key {odd[0]}); "
            "they are shown as \ufffd", count=len(odd)))
    cleaned, issue = clean_names(names)
    if issue:
        problems.append(InputProblem("column_name", rel, issue))
    arrays = {
        c: pa.array([_json_text(item.get(k)) for item in data], type=pa.string())
        for k, c in zip(keys, cleaned, strict=True)
    }
    tbl = pa.table(arrays) if arrays else pa.table({})
    if not cleaned:
        table = LoadedTable(path, name, [], len(data), problems)
        table.problems.append(InputProblem("no_rows", rel, "the list holds no records with fields", line=1))
        table.ok = bool(data)
        return table
    return _from_arrow(con, path, name, rel, tbl, cleaned, problems)


_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _json_kind(v: Any) -> str:
    return {dict: "object", list: "array", str: "string", bool: "boolean"}.get(
        type(v), "number" if v is not None else "null"
    )
