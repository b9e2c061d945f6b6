"""The profile in each output format: text, json, html (self-contained, inline SVG charts), xlsx, dqv (Turtle).

Every renderer reads only the profile dict, which never holds a suppressed value, so no format can leak one.
"""

from __future__ import annotations

import html
import io
import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from eucaim_spec.namespaces import DQV, EUCAIM_QUALITY

FORMATS = ("text", "json", "html", "xlsx", "dqv")


def render(p: dict[str, Any], fmt: str, dataset_iri: str | None = None) -> bytes:
    """The profile as bytes in ``fmt``."""
    if fmt == "json":
        return (json.dumps(p, indent=2, sort_keys=False, ensure_ascii=False) + "\n").encode("utf-8")
    if fmt == "text":
        return ("\n".join(_text(p)) + "\n").encode("utf-8")
    if fmt == "html":
        return _html(p).encode("utf-8")
    if fmt == "xlsx":
        return _xlsx(p)
    if fmt == "dqv":
        return _dqv(p, dataset_iri).encode("utf-8")
    raise ValueError(fmt)


def _pct(v: float | None) -> str:
    return "-" if v is None else f"{v:.1%}"


def _text(p: dict[str, Any]) -> Iterator[str]:
    s = p["settings"]
    yield f"profile of {p['target']} (cells below {s['min_cell_size']} suppressed)"
    if p.get("check"):
        c = p["check"]
        sm = c["summary"]
        yield (f"eucaim check --tier {c['target_tier']}: {'conforms' if c['conforms'] else 'does not conform'} "
               f"({sm.get('violation', 0)} violation(s), {sm.get('warning', 0)} warning(s))")
    for u in p.get("unreadable", []):
        yield f"unreadable: {u['file']} ({u['problem']})"
    for t in p["tables"]:
        yield from _table_text(t)
    img = p.get("imaging")
    if img:
        h = img["head_series"]
        yield ""
        yield (f"== {img['path']} (DICOM): {h['series_scanned']} series, {h['series']} head/brain series for "
               "defacing review")
    yield ""
    yield f"{len(p['warnings'])} warning(s)"
    for w in p["warnings"]:
        where = w["file"] + (f" column {w['column']}" if w.get("column") else "")
        yield f"  warning {w['id']}: {where}: {w['message']}"


def _table_text(t: dict[str, Any]) -> Iterator[str]:
    """The lines of one table: completeness, uniqueness, findings by dimension, distributions, disclosure."""
    yield ""
    yield f"== {t['file']} ({t['kind']}: {t['table']}), {t['rows']} rows"
    comp = t["completeness"]
    yield f"completeness: {_pct(comp['filled_share'])} of cells filled"
    for c in t["columns"]:
        flag = "  > threshold" if c["over_missing_threshold"] else ""
        valid = f", valid {_pct(c['valid_share'])}" if c.get("valid_share") is not None else ""
        qi = " [quasi-identifier]" if c["quasi_identifier"] else ""
        yield f"  {c['column']}: missing {_pct(c['missing_share'])}{valid}{qi}{flag}"
    for pop in comp["by_population"]:
        if pop.get("population") is None:
            extra = f", {pop['records']} records" if "records" in pop else ""
            yield f"  population (suppressed: {pop['suppressed_populations']} below the cell size{extra})"
        else:
            yield f"  population {pop['population']}: {pop['records']} records"
    u = t["uniqueness"]
    if u:
        ent = (f"{u['duplicate_entities']} duplicated {u['identifier']}, " if u.get("identifier") else "")
        near = (f"{u['rows_in_near_duplicate_groups']} row(s) in near-duplicate groups"
                if "near_duplicate_groups" in u else "near duplicates not measured (no column but the identifier "
                "and quasi-identifiers tells the rows apart)")
        yield f"uniqueness: {ent}{near}"
    for name, v in (t.get("dimensions") or {}).items():
        if v["findings"]:
            yield f"{name}: {v['findings']} finding(s) of eucaim check, {v['records']} record(s)"
    yield from _table_statistics_text(t)
    d = t["disclosure"]
    if d.get("quasi_identifiers"):
        yield (f"disclosure: k = {d['k']} over {', '.join(d['quasi_identifiers'])}; {d['records_below_k']} "
               f"record(s) ({_pct(d['share_below_k'])}) in classes below {d['k_threshold']}")
        for r in d["rarest_combinations"][:5]:
            yield f"  rarest: {' + '.join(r['attributes'])}: {r['records_below_k']} record(s) below k"
    if t.get("head_series") and t["head_series"]["series"]:
        yield f"disclosure: {t['head_series']['series']} head/brain series for defacing review"


def _table_statistics_text(t: dict[str, Any]) -> Iterator[str]:
    """Distributions, frequencies, correlations and similar column names of one table."""
    for d in t["distributions"]:
        yield (f"  {d['column']}: n {d['n']}, median {d['median']:g}, IQR {d['q1']:g}-{d['q3']:g}, "
               f"outliers IQR {d['outliers_iqr']} (rows {_rows(d['outlier_rows_iqr'])}), "
               f"robust z {d['outliers_robust_z']} (rows {_rows(d['outlier_rows_robust_z'])})")
    for f in t["frequencies"]:
        vals = ", ".join(f"{v['value']} {v['count']}" for v in f["values"])
        hid = (f"; {f['suppressed_categories']} categories suppressed" if f["suppressed_categories"] else "")
        yield f"  {f['column']}: {vals or '-'}{hid}"
    for c in t["correlations"]:
        yield f"  correlated: {c['columns'][0]} ~ {c['columns'][1]} (Spearman {c['spearman']:.3f})"
    for c in t["lexical_pairs"]:
        yield f"  similar names: {c['columns'][0]} ~ {c['columns'][1]} (Jaro {c['jaro']:.3f})"


def _rows(rows: list[int]) -> str:
    return ", ".join(str(r) for r in rows) or "-"


# ----------------------------------------------------------------------------------------------- html
def _bars(items: list[tuple[str, float]], unit: str, width: int = 360) -> str:
    """A horizontal bar chart as inline SVG (no script, no network)."""
    if not items:
        return "<p>none</p>"
    top = max((v for _, v in items), default=0) or 1
    h = 18
    rows = []
    for i, (label, v) in enumerate(items):
        w = int(width * v / top) if unit != "%" else int(width * v)
        text = f"{v:.0%}" if unit == "%" else f"{v:g}"
        rows.append(f'<text x="0" y="{i * h + 13}" font-size="12">{html.escape(label)}</text>'
                    f'<rect x="220" y="{i * h + 3}" width="{w}" height="12" fill="#3b6ea5"/>'
                    f'<text x="{225 + w}" y="{i * h + 13}" font-size="11">{text}</text>')
    return (f'<svg xmlns="http://www.w3.org/2000/svg" role="img" width="{width + 280}" '
            f'height="{len(items) * h + 6}">{"".join(rows)}</svg>')


def table_charts(items: list[Any], k_threshold: int, level: int = 3) -> list[str]:
    """The charts of one table's measures (``Measure`` or the report's ``QualityMeasure``): completeness per
    column, IQR outliers per numeric column and, when quasi-identifiers are declared, the k distribution
    (classes per class size). The profile's HTML and the check's HTML report (its quality section) draw them."""
    by: dict[str, list[Any]] = {}
    for m in items:
        by.setdefault(m.metric, []).append(m)
    h = f"h{level}"
    out = [f"<{h}>Completeness per column</{h}>",
           _bars([(str(m.column), m.value) for m in by.get("columnCompleteness", [])], "%"),
           f"<{h}>Outliers per numeric column (IQR)</{h}>",
           _bars([(str(m.column), m.value) for m in by.get("iqrOutliers", [])], "n")]
    if "kAnonymity" in by:
        k, share = by["kAnonymity"][0].value, by["shareBelowK"][0].value
        out.append(f"<{h}>Equivalence classes (k = {k:g}, {_pct(share)} below {k_threshold})</{h}>")
        out.append(_bars([(f"size {m.class_size}", m.value) for m in by.get("equivalenceClasses", [])], "n"))
    return out


def quality_html(items: list[Any], k_threshold: int) -> str:
    """The check report's quality section: per table its charts, per DICOM tree its head series."""
    e = html.escape
    files = list(dict.fromkeys(m.file for m in items))
    parts = ['<h2>Quality and disclosure risk</h2><section id="quality"><p class="muted">Measured as '
             "<code>eucaim profile</code> does; thresholds crossed are findings. Accuracy (values matching "
             "reality) is not measured: it needs the source records.</p>"]
    for f in files:
        mine = [m for m in items if m.file == f]
        parts.append(f'<div class="quality-table"><h3>{e(str(f))}</h3>')
        head = [m for m in mine if m.metric == "headSeries"]
        if head:
            parts.append(f"<p>{head[0].value:g} head/brain series: review face removal (defacing).</p>")
        else:
            parts += table_charts(mine, k_threshold, 4)
        parts.append("</div>")
    return "".join(parts) + "</section>"


def quality_lines(items: list[Any]) -> list[str]:
    """The check's text report: one line per table with its headline measures."""
    out = []
    for f in dict.fromkeys(m.file for m in items):
        by = {m.metric: m.value for m in items if m.file == f and m.column is None and m.class_size is None}
        words = []
        if "tableCompleteness" in by:
            words.append(f"{by['tableCompleteness']:.1%} filled")
        if "kAnonymity" in by:
            words.append(f"k = {by['kAnonymity']:g} ({by['shareBelowK']:.1%} of the records below k)")
        if "headSeries" in by:
            words.append(f"{by['headSeries']:g} head/brain series")
        out.append(f"quality: {f}: {', '.join(words) or 'measured'}")
    return out


def _html(p: dict[str, Any]) -> str:
    e = html.escape
    items = list(measures(p))
    parts = [f"<h1>Profile of {e(p['target'])}</h1>",
             f"<p>Categories below {p['settings']['min_cell_size']} records are suppressed.</p>"]
    for t in p["tables"]:
        parts.append(f"<section><h2>{e(t['file'])} ({e(str(t['kind']))}), {t['rows']} rows</h2>")
        parts += table_charts([m for m in items if m.file == t["file"]], p["settings"]["k_anonymity"])
        for f in t["frequencies"]:
            parts.append(f"<h4>{e(f['column'])}</h4><table>" + "".join(
                f"<tr><td>{e(v['value'])}</td><td>{v['count']}</td></tr>" for v in f["values"]) + "</table>")
            if f["suppressed_categories"]:
                parts.append(f"<p>{f['suppressed_categories']} categories suppressed</p>")
        parts.append("</section>")
    img = p.get("imaging")
    if img:
        h = img["head_series"]
        parts.append(f"<section><h2>{e(img['path'])} (DICOM)</h2><p>{h['series']} of {h['series_scanned']} "
                     "series show the head or brain: review face removal (defacing).</p></section>")
    parts.append("<h2>Warnings</h2><ul>" + "".join(
        f"<li><code>{e(w['id'])}</code> {e(w['file'])} {e(w.get('column') or '')}: {e(w['message'])}</li>"
        for w in p["warnings"]) + "</ul>")
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>eucaim profile</title>"
            "<style>body{font-family:sans-serif;margin:2em}td{padding:0 1em}</style></head><body>"
            + "\n".join(parts) + "</body></html>\n")


# ----------------------------------------------------------------------------------------------- xlsx
def _xlsx(p: dict[str, Any]) -> bytes:
    """Sheets as TDC's reports: columns (quality per feature), distributions, frequencies, similarity, disclosure,
    warnings."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "columns"
    ws.append(["file", "column", "filled", "missing", "missing share", "over threshold", "numeric",
               "valid share", "quasi-identifier"])
    for t in p["tables"]:
        for c in t["columns"]:
            ws.append([t["file"], c["column"], c["filled"], c["missing"], c["missing_share"],
                       c["over_missing_threshold"], c["numeric"], c.get("valid_share"), c["quasi_identifier"]])
    ws = wb.create_sheet("distributions")
    keys = ["column", "n", "mean", "sd", "q1", "median", "q3", "iqr", "lower_fence", "upper_fence", "outliers_iqr",
            "outliers_robust_z"]
    ws.append(["file", *keys])
    for t in p["tables"]:
        for d in t["distributions"]:
            ws.append([t["file"], *[d[k] for k in keys]])
    ws = wb.create_sheet("frequencies")
    ws.append(["file", "column", "value", "count"])
    for t in p["tables"]:
        for f in t["frequencies"]:
            for v in f["values"]:
                ws.append([t["file"], f["column"], v["value"], v["count"]])
            if f["suppressed_categories"]:
                ws.append([t["file"], f["column"], f"({f['suppressed_categories']} categories suppressed)", None])
    ws = wb.create_sheet("similarity")
    ws.append(["file", "column 1", "column 2", "measure", "value"])
    for t in p["tables"]:
        for c in t["correlations"]:
            ws.append([t["file"], *c["columns"], "spearman", c["spearman"]])
        for c in t["lexical_pairs"]:
            ws.append([t["file"], *c["columns"], "jaro", c["jaro"]])
    ws = wb.create_sheet("disclosure")
    ws.append(["file", "quasi-identifiers", "k", "records below k", "share below k"])
    for t in p["tables"]:
        d = t["disclosure"]
        if d.get("quasi_identifiers"):
            ws.append([t["file"], ", ".join(d["quasi_identifiers"]), d["k"], d["records_below_k"],
                       d["share_below_k"]])
    ws = wb.create_sheet("warnings")
    ws.append(["id", "dimension", "file", "column", "message"])
    for w in p["warnings"]:
        ws.append([w["id"], w["dimension"], w["file"], w.get("column"), w["message"]])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


# ------------------------------------------------------------------------------------------------ dqv
class Measure(NamedTuple):
    """One measure as DQV writes it: the dimension and metric measured, its value and where (table, column; the
    class size for the k distribution's ``equivalenceClasses``)."""

    dimension: str
    metric: str
    value: float
    file: str | None
    column: str | None = None
    class_size: int | None = None


def measures(p: dict[str, Any]) -> Iterator[Measure]:
    """Every measure of the profile ``p``, as the DQV output and the check report's ``quality`` carry them."""
    for t in p["tables"]:
        f = t["file"]
        if t["completeness"]["filled_share"] is not None:
            yield Measure("Completeness", "tableCompleteness", t["completeness"]["filled_share"], f)
        for c in t["columns"]:
            if c["missing_share"] is not None:
                yield Measure("Completeness", "columnCompleteness", round(1 - c["missing_share"], 6), f, c["column"])
            if c.get("valid_share") is not None:
                yield Measure("Validity", "columnValidity", c["valid_share"], f, c["column"])
        u = t["uniqueness"]
        if u.get("identifier"):
            yield Measure("Uniqueness", "duplicateEntities", u["duplicate_entities"], f, u["identifier"])
        if "near_duplicate_groups" in u:
            yield Measure("Uniqueness", "nearDuplicateRows", u["rows_in_near_duplicate_groups"], f)
        for dim in ("consistency", "integrity"):
            v = (t.get("dimensions") or {}).get(dim)
            if v is not None:
                yield Measure(dim.capitalize(), f"{dim}Findings", v["findings"], f)
        for d in t["distributions"]:
            yield Measure("Accuracy", "iqrOutliers", d["outliers_iqr"], f, d["column"])
        d = t["disclosure"]
        if d.get("quasi_identifiers") and "k" in d:
            yield Measure("DisclosureRisk", "kAnonymity", d["k"], f)
            yield Measure("DisclosureRisk", "shareBelowK", d["share_below_k"], f)
            for k in d["k_distribution"]:
                yield Measure("DisclosureRisk", "equivalenceClasses", k["classes"], f, None, k["class_size"])
    img = p.get("imaging")
    if img:
        yield Measure("DisclosureRisk", "headSeries", img["head_series"]["series"], img["path"])


def _dqv(p: dict[str, Any], dataset_iri: str | None) -> str:
    from urllib.parse import quote

    return dqv_turtle(list(measures(p)), [dataset_iri or f"urn:eucaim-spec:dataset:{quote(str(p['target']), safe='')}"])


def dqv_turtle(items: list[Measure], datasets: list[str]) -> str:
    """W3C DQV in Turtle: one dqv:QualityMeasurement per measure and dataset IRI, its metric (dqv:Metric) in its
    dimension (dqv:Dimension). ``eucaim profile --format dqv`` and ``eucaim check --format dqv`` both write it."""
    from rdflib import BNode, Graph, Literal, Namespace, URIRef
    from rdflib.namespace import RDF, RDFS, XSD

    # eq: our own names of the six EUCAIM/EHDS quality dimensions and of the metrics measured on them (DQV
    # leaves both to the vocabulary user); disclosure risk is a seventh, non-EHDS dimension
    dqv, eq = Namespace(DQV), Namespace(EUCAIM_QUALITY)
    g = Graph()
    g.bind("dqv", dqv)
    g.bind("eq", eq)
    seen: set[str] = set()
    for n, iri in enumerate(datasets):
        ds = URIRef(iri)
        for i, (dim, metric, value, file, column, class_size) in enumerate(items):
            if metric not in seen:
                seen.add(metric)
                g.add((eq[metric], RDF.type, dqv.Metric))
                g.add((eq[metric], dqv.inDimension, eq[dim]))
                g.add((eq[dim], RDF.type, dqv.Dimension))
                g.add((eq[dim], RDFS.label, Literal(dim)))
            # blank nodes labelled by position keep the Turtle byte-stable run after run
            m = BNode(f"m{i}" if n == 0 else f"d{n}m{i}")
            g.add((m, RDF.type, dqv.QualityMeasurement))
            g.add((m, dqv.computedOn, ds))
            g.add((m, dqv.isMeasurementOf, eq[metric]))
            whole = isinstance(value, int) or (isinstance(value, float) and value.is_integer()
                                                and metric not in _SHARES)
            g.add((m, dqv.value, Literal(int(value), datatype=XSD.integer) if whole
                   else Literal(float(value), datatype=XSD.double)))
            if file:
                g.add((m, eq.table, Literal(file)))
            if column:
                g.add((m, eq.column, Literal(column)))
            if class_size is not None:
                g.add((m, eq.classSize, Literal(int(class_size), datatype=XSD.integer)))
            g.add((ds, dqv.hasQualityMeasurement, m))
    return str(g.serialize(format="turtle"))


#: metrics whose values are shares (xsd:double even when 0 or 1)
_SHARES = frozenset({"tableCompleteness", "columnCompleteness", "columnValidity", "shareBelowK"})
