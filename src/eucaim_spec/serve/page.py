"""The web page: an upload form, and a result page wrapping the checker's own HTML report with download links."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING

from eucaim_spec.serve.options import OPTIONS

if TYPE_CHECKING:
    from eucaim_spec.report.model import Report

#: download suffix and media type of every report format
DOWNLOADS = {
    "json": ("json", "application/json"),
    "sarif": ("sarif.json", "application/sarif+json"),
    "junit": ("junit.xml", "application/junit+xml"),
    "html": ("html", "text/html; charset=utf-8"),
    "markdown": ("md", "text/markdown; charset=utf-8"),
    "text": ("txt", "text/plain; charset=utf-8"),
    "csv": ("csv", "text/csv; charset=utf-8"),
    "xlsx": ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "dqv": ("dqv.ttl", "text/turtle; charset=utf-8"),
}

_STYLE = """body{font-family:sans-serif;margin:2em;max-width:80em}fieldset{margin:1em 0}
label{display:block;margin:.4em 0}
.verdict{font-size:1.3em;padding:.5em;border-radius:4px}.fails{background:#fdecea;color:#8e1c1c}
.passes{background:#e8f5e9;color:#1b5e20}.error{background:#fff3e0;color:#8a4b00;padding:.5em}
iframe{width:100%;height:70vh;border:1px solid #ccc}nav a{margin-right:1em}"""


def _head(title: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f"<style>{_STYLE}</style></head><body>")


def form_page(token_required: bool) -> str:
    """The upload form: a file (record, table, zipped dataset) or a URL, the tier and the profile."""
    opts = {o.name: o for o in OPTIONS}
    tiers = "".join(f'<option value="{t}">{t}</option>' for t in opts["tier"].choices)
    profiles = "".join(f'<option value="{p}"{" selected" if p == opts["profile"].default else ""}>{p}</option>'
                       for p in opts["profile"].choices)
    token = ('<label>Access token <input type="password" name="token" autocomplete="off"></label>'
             if token_required else "")
    return f"""{_head("EUCAIM conformance check")}
<h1>EUCAIM conformance check</h1>
<p>Check a catalogue record (Turtle, JSON-LD, RDF/XML), a clinical table (CSV, XLSX, JSON, Parquet), a zipped
dataset (<code>metadata/</code>, <code>clinical/</code>, <code>imaging/</code>) or the record at a URL against a
EUCAIM tier. The upload is deleted when the check ends.</p>
<form id="check" method="post" action="ui/check" enctype="multipart/form-data">
<fieldset><legend>What to check</legend>
<label>File <input type="file" name="file" id="file"></label>
<label>or URL <input type="url" name="url" id="url" size="60" placeholder="https://..."></label>
</fieldset>
<fieldset><legend>Against</legend>
<label>Tier <select name="tier" id="tier">{tiers}</select></label>
<label>Catalogue profile <select name="profile" id="profile">{profiles}</select></label>
<label><input type="checkbox" name="quality" id="quality" value="true"> Also measure data quality and
disclosure risk of the tables (completeness, uniqueness, k-anonymity, ...)</label>
{token}
</fieldset>
<button type="submit" id="submit">Check</button>
</form>
<p><small>API: <a href="openapi.json">OpenAPI description</a> · <a href="rules">rules</a> ·
<a href="health">health</a></small></p>
</body></html>
"""


def result_page(report: Report, report_id: str, report_html: str) -> str:
    """The verdict, download links for every format, and the report's own HTML page in a sandboxed frame."""
    s = report.summary
    if report.conforms:
        verdict, cls = f"Conforms to tier {report.target_tier}", "passes"
    else:
        met = f"tier {report.achieved_tier} met" if report.achieved_tier else "no tier met"
        verdict, cls = f"Does not conform to tier {report.target_tier} ({met})", "fails"
    links = " ".join(f'<a id="download-{fmt}" href="../reports/{report_id}?format={fmt}" download>{fmt}</a>'
                     for fmt in DOWNLOADS)
    return f"""{_head("EUCAIM conformance report")}
<h1>EUCAIM conformance check</h1>
<p id="verdict" class="verdict {cls}">{escape(verdict)}: {s.violation} violation(s), {s.warning} warning(s),
{s.info} info, {s.waived} waived.</p>
<nav>Download the report: {links} · <a href="../">check another</a></nav>
<iframe id="report" title="report" sandbox srcdoc="{escape(report_html, quote=True)}"></iframe>
</body></html>
"""


def error_page(status: int, reason: str) -> str:
    """The one-line reason a check could not run, and the way back to the form."""
    return f"""{_head("EUCAIM conformance check: not checked")}
<p id="error" class="error">Not checked (HTTP {status}): {escape(reason)}</p>
<p><a href="../">back to the form</a></p>
</body></html>
"""
