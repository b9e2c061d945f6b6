"""One small class per output format: ``start(report)``, ``add_finding(f)``, ``end() -> str``.

Commands never format; they pick a formatter by name. Output depends only on the report, so the same input
gives a byte-identical report.

Reports quote file names, IRIs and messages that an input's author chose, so every format escapes what it
quotes: control and format characters (a file name may hold an ANSI escape, a newline or a bidi override)
are shown as ``\\xNN`` / ``\\uNNNN`` everywhere, HTML and XML special characters are escaped in HTML,
JUnit and markdown (which renders raw HTML), markdown's own punctuation is escaped, and SARIF URIs are
percent-encoded.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from typing import Any

from eucaim_spec.report.model import Finding, Report

FORMATS = ("text", "json", "junit", "sarif", "markdown", "html")


def visible(text: str) -> str:
    """``text`` with control and format characters (Unicode Cc, Cf, line/paragraph separators) escaped."""
    return "".join(_escape_char(c) if unicodedata.category(c) in _HIDDEN else c for c in text)


_HIDDEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _escape_char(c: str) -> str:
    n = ord(c)
    return f"\\x{n:02x}" if n < 0x100 else (f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}")


def _json_visible(text: str) -> str:
    """JSON text with the hidden characters of its strings as ``\\uXXXX`` escapes: the same value once
    parsed, but a terminal showing the raw report is not steered by a bidi override in a file name."""
    out = []
    for c in text:
        # Cc is left alone: json.dumps escapes control characters in strings; outside them it wrote "\n".
        if unicodedata.category(c) in _HIDDEN and unicodedata.category(c) != "Cc":
            n = ord(c)
            if n >= 0x10000:
                n -= 0x10000
                out.append(f"\\u{0xD800 + (n >> 10):04x}\\u{0xDC00 + (n & 0x3FF):04x}")
            else:
                out.append(f"\\u{n:04x}")
        else:
            out.append(c)
    return "".join(out)


def _where(f: Finding) -> str:
    loc = f.location
    if loc is None:
        return ""
    parts = []
    if loc.file:
        parts.append(str(loc.file) + (f":{loc.row}" if loc.row is not None else ""))
    elif loc.row is not None:
        parts.append(f"row {loc.row}")
    for label, value in (("table", loc.table), ("column", loc.column), ("node", loc.node),
                         ("path", loc.path), ("tag", loc.tag)):
        if value:
            parts.append(f"{label} {value}")
    return ", ".join(parts)


class Formatter:
    def __init__(self) -> None:
        self.report: Report | None = None
        self.findings: list[Finding] = []

    def start(self, report: Report) -> None:
        self.report = report

    def add_finding(self, finding: Finding) -> None:
        self.findings.append(finding)

    def end(self) -> str:
        raise NotImplementedError


class TextFormatter(Formatter):
    def end(self) -> str:
        r = self.report
        assert r is not None
        s = r.summary
        lines = [f"eucaim-spec {r.tool.version} — target tier {r.target_tier}, achieved tier {r.achieved_tier}: "
                 + ("CONFORMS" if r.conforms else "DOES NOT CONFORM"),
                 f"{s.violation} violation(s), {s.warning} warning(s), {s.info} info, {s.waived} waived"]
        for f in self.findings:
            where = visible(_where(f))
            lines.append(f"{str(f.severity).upper():9} {f.rule_id} (tier {f.tier}, {f.count}x)"
                         + (f" at {where}" if where else ""))
            lines.append(f"          {visible(f.message)}")
            if f.hint:
                lines.append(f"          fix: {visible(f.hint)}")
            if f.examples:
                lines.append(f"          e.g. {visible('; '.join(f.examples))}")
        for ind in r.indicators or []:
            lines.append(f"indicator {ind.id} (tier {ind.tier}): {ind.status}")
        return "\n".join(lines) + "\n"


class JsonFormatter(Formatter):
    def end(self) -> str:
        assert self.report is not None
        doc = self.report.model_dump(mode="json", exclude_none=True)
        doc["findings"] = [f.model_dump(mode="json", exclude_none=True) for f in self.findings]
        return _json_visible(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"


class MarkdownFormatter(Formatter):
    def end(self) -> str:
        r = self.report
        assert r is not None
        verdict = "conforms" if r.conforms else "does not conform"
        out = ["# EUCAIM conformance report", "",
               f"Target tier **{r.target_tier}**, achieved tier **{r.achieved_tier}**: {verdict}.", "",
               "| severity | rule | tier | count | where | message |", "|---|---|---|---|---|---|"]
        for f in self.findings:
            out.append(f"| {f.severity} | `{f.rule_id}` | {f.tier} | {f.count} | {_md(_where(f))} | {_md(f.message)} |")
        return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """``text`` for a markdown table cell: no raw HTML, no markup, no control characters, one line."""
    return _MD_PUNCT.sub(r"\\\g<0>", html.escape(visible(text), quote=False))


#: Markdown punctuation that could start markup inside a table cell (links, emphasis, code, the cell
#: separator); & < > are already entities, so no raw HTML survives.
_MD_PUNCT = re.compile(r"[\\`*_\[\]|~]")


class JunitFormatter(Formatter):
    """One test case per rule that fired; violations are failures, the rest are system-out notes."""

    def end(self) -> str:
        from xml.sax.saxutils import quoteattr

        failures = sum(1 for f in self.findings if str(f.severity) == "violation")
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               f'<testsuites name="eucaim" tests="{len(self.findings)}" failures="{failures}">',
               f'<testsuite name="eucaim-check" tests="{len(self.findings)}" failures="{failures}">']
        for f in self.findings:
            out.append(f'<testcase classname={quoteattr(visible(f.standard))} name={quoteattr(visible(f.rule_id))}>')
            # XML 1.0 cannot carry most control characters even as references: they are shown escaped.
            text = html.escape(visible(f"{f.message} ({f.count}x) {_where(f)}".strip()))
            if str(f.severity) == "violation":
                out.append(f'<failure message={quoteattr(visible(f.message))}>{text}</failure>')
            else:
                out.append(f"<system-out>{html.escape(str(f.severity))}: {text}</system-out>")
            out.append("</testcase>")
        out += ["</testsuite>", "</testsuites>"]
        return "\n".join(out) + "\n"


class SarifFormatter(Formatter):
    LEVEL = {"violation": "error", "warning": "warning", "info": "note", "waived": "none"}

    def end(self) -> str:
        r = self.report
        assert r is not None
        rule_ids = sorted({f.rule_id for f in self.findings})
        rules_meta = _rule_meta()
        rules = []
        for rid in rule_ids:
            meta = rules_meta.get(rid)
            entry: dict[str, Any] = {"id": rid}
            if meta is not None:
                entry["shortDescription"] = {"text": meta.title}
                if meta.hint:
                    entry["help"] = {"text": meta.hint}
            rules.append(entry)
        results = []
        for f in self.findings:
            res: dict[str, Any] = {"ruleId": f.rule_id, "level": self.LEVEL[str(f.severity)],
                                   "message": {"text": f.message}}
            if f.location is not None and f.location.file:
                region = {"startLine": f.location.row + 1} if f.location.row is not None else None
                phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(f.location.file)}}
                if region:
                    phys["region"] = region
                res["locations"] = [{"physicalLocation": phys}]
            results.append(res)
        doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0",
               "runs": [{"tool": {"driver": {"name": r.tool.name, "version": r.tool.version, "rules": rules}},
                         "results": results}]}
        return json.dumps(doc, indent=2) + "\n"


def _uri(path: str) -> str:
    """A relative path (or URL) as a SARIF URI reference: everything outside the URI syntax percent-encoded."""
    from urllib.parse import quote

    return quote(path, safe="/:@!$&'()*+,;=-._~%")


def _rule_meta() -> dict[str, Any]:
    from eucaim_spec.validate.catalogue import all_rules

    try:
        return {r.id: r for r in all_rules()}
    except Exception:  # SARIF still lists rule ids when a catalogue part cannot load
        return {}


class HtmlFormatter(Formatter):
    """A self-contained page with the tier verdict drawn as three steps."""

    def end(self) -> str:
        r = self.report
        assert r is not None
        def esc(text: str) -> str:
            return html.escape(visible(text))

        steps = []
        for tier in (1, 2, 3):
            if tier > r.target_tier:
                color, label = "#bbb", "not targeted"
            elif tier <= r.achieved_tier:
                color, label = "#2e7d32", "met"
            else:
                color, label = "#c62828", "not met"
            x = 10 + (tier - 1) * 130
            h = 40 + tier * 25
            steps.append(f'<rect x="{x}" y="{120 - h}" width="120" height="{h}" fill="{color}"/>'
                         f'<text x="{x + 60}" y="{135}" text-anchor="middle">Tier {tier}: {label}</text>')
        svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="420" height="145" role="img" '
               f'aria-label="achieved tier {r.achieved_tier} of {r.target_tier}">{"".join(steps)}</svg>')
        rows = "".join(
            f"<tr class='{esc(str(f.severity))}'><td>{esc(str(f.severity))}</td><td><code>{esc(f.rule_id)}</code>"
            f"</td><td>{f.tier}</td><td>{f.count}</td><td>{esc(_where(f))}</td><td>{esc(f.message)}"
            f"{'<br><em>fix: ' + esc(f.hint) + '</em>' if f.hint else ''}</td></tr>"
            for f in self.findings)
        s = r.summary
        verdict = "conforms" if r.conforms else "does not conform"
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>EUCAIM conformance report</title>
<style>body{{font-family:sans-serif;margin:2em}}table{{border-collapse:collapse}}td,th{{border:1px solid #ccc;
padding:4px 8px;vertical-align:top}}tr.violation td:first-child{{color:#c62828}}
tr.warning td:first-child{{color:#ef6c00}}
</style></head><body>
<h1>EUCAIM conformance report</h1>
<p>Target tier <strong>{r.target_tier}</strong>, achieved tier <strong>{r.achieved_tier}</strong>: {verdict}.
{s.violation} violation(s), {s.warning} warning(s), {s.info} info, {s.waived} waived.</p>
{svg}
<table><thead><tr><th>severity</th><th>rule</th><th>tier</th><th>count</th><th>where</th><th>message</th></tr></thead>
<tbody>{rows}</tbody></table>
<p><small>{esc(r.tool.name)} {esc(r.tool.version)}</small></p>
</body></html>
"""


FORMATTERS: dict[str, type[Formatter]] = {
    "text": TextFormatter, "json": JsonFormatter, "junit": JunitFormatter, "sarif": SarifFormatter,
    "markdown": MarkdownFormatter, "html": HtmlFormatter,
}


def render(report: Report, fmt: str) -> str:
    formatter = FORMATTERS[fmt]()
    formatter.start(report)
    for f in report.findings or []:
        formatter.add_finding(f)
    return formatter.end()
