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

import csv
import html
import io
import json
import re
import unicodedata
from collections.abc import Mapping
from typing import Any, Protocol
from urllib.parse import quote

from eucaim_spec.namespaces import DCAT, DQV, EUCAIM_QUALITY, SKOS, XSD
from eucaim_spec.report.model import (
    SEVERITY_RANK,
    Finding,
    IndicatorStatus,
    Report,
    Severity,
    TierStatus,
    WaiverStatus,
)
from eucaim_spec.site_urls import rule_url
from eucaim_spec.stable_xlsx import FIXED_DATE, normalise_xlsx

FORMATS = ("text", "json", "junit", "sarif", "markdown", "html")
#: Formats `eucaim check` offers beyond FORMATS (which `eucaim serve` offers too, tests/test_serve.py); the
#: service can take them up through ``render_bytes``.
EXTRA_FORMATS = ("csv", "xlsx", "dqv")
ALL_FORMATS = FORMATS + EXTRA_FORMATS
#: Formats whose report is bytes, not text (written with -o only).
BINARY_FORMATS = ("xlsx",)
#: Formats that describe the rules that fired (title, fix): their caller passes the rule catalogue (``rules``).
CATALOGUE_FORMATS = ("sarif",)


class RuleText(Protocol):
    """What a report shows of a rule of the catalogue; ``eucaim_spec.validate.rules.Rule`` is one."""

    @property
    def title(self) -> str: ...

    @property
    def hint(self) -> str: ...


#: Rule id -> its text, as the caller has the catalogue (``eucaim_spec.validate.check.rule_texts``).
RuleTexts = Mapping[str, RuleText]


def quoteattr(text: str) -> str:
    """An XML attribute value, escaped and quoted exactly as ``xml.sax.saxutils.quoteattr`` does (which is not
    imported: it imports urllib.request, ~60 ms at every start)."""
    data = (text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
            .replace("\n", "&#10;").replace("\r", "&#13;").replace("\t", "&#9;"))
    if '"' not in data:
        return f'"{data}"'
    if "'" not in data:
        return f"'{data}'"
    return '"' + data.replace('"', "&quot;") + '"'


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
    def __init__(self, *, min_severity: str = Severity.info, quiet: bool = False, max_examples: int = 5,
                 rules: RuleTexts | None = None, site_url: str | None = None) -> None:
        self.report: Report | None = None
        #: base URL of the rules site the findings link to (None: $EUCAIM_SITE_URL, else the project site)
        self.site_url = site_url
        self.findings: list[Finding] = []
        #: the catalogue's rules by id (CATALOGUE_FORMATS describe the rules that fired; none: ids only)
        self.rules: RuleTexts = rules or {}
        #: human formats only: the lowest severity listed, a verdict-only text, examples per rule
        self.min_severity = Severity(min_severity)
        self.quiet = quiet
        self.max_examples = max_examples

    def start(self, report: Report) -> None:
        self.report = report

    def add_finding(self, finding: Finding) -> None:
        if finding.url is None:  # every format links a finding to its rule's page (base: --site-url)
            finding = finding.model_copy(update={"url": rule_url(finding.rule_id, finding.standard, self.site_url)})
        self.findings.append(finding)

    def end(self) -> str:
        raise NotImplementedError


class TextFormatter(Formatter):
    """Verdict first, then the tier ladder and parts, findings grouped by rule, indicators, next steps; the
    last line repeats the verdict so a terminal always ends with it."""

    def end(self) -> str:
        r = self.report
        assert r is not None
        s = r.summary
        verdict = visible(r.verdict or _fallback_verdict(r))
        lines = [f"eucaim-spec {r.tool.version} — {r.scope or 'dataset'} check, target Tier {r.target_tier}",
                 f"VERDICT: {verdict}"]
        if r.parts:
            lines.append("parts: " + " · ".join(f"{p.part} {str(p.status).replace('_', ' ')}"
                                                + (f" ({visible(p.detail)})" if p.detail else "") for p in r.parts))
        for t in r.tiers or []:
            if t.status == TierStatus.not_targeted:
                continue
            line = f"Tier {t.tier}: {str(t.status).replace('_', ' ')}"
            if t.reason:
                line += f" — {visible(t.reason)}"
            lines.append(line)
            if t.blocking_rules:
                lines.append(f"        blocked by: {', '.join(t.blocking_rules)}")
        lines.append(f"{s.violation} violation(s), {s.warning} warning(s), {s.info} info, {s.waived} waived"
                     + (f" (shown: {self.min_severity} and above)" if self.min_severity != Severity.info else ""))
        if r.baseline is not None:
            b = r.baseline
            lines.append(f"against {visible(b.file or 'the baseline')}: {b.new} new, {b.unchanged} unchanged, "
                         f"{b.fixed} fixed")
        for i, w in enumerate(r.waivers or [], 1):
            if w.status != WaiverStatus.applied:
                lines.append(f"waiver {i} ({visible(w.rule_id)}): {str(w.status).replace('_', ' ')}")
        if r.thresholds:
            lines.append("failing-row thresholds: " + "; ".join(
                f"{visible(t.pattern)} below {t.percent:g} % is a warning ({t.lowered} lowered)" for t in r.thresholds))
        if r.quality:
            from eucaim_spec.profile.render import quality_lines  # the quality step's measures

            lines += [visible(x) for x in quality_lines(r.quality)]
        if not self.quiet:
            for group in group_findings(self.findings, self.min_severity):
                lines += self._group_lines(group)
            lines += self._indicator_lines(r)
            lines += next_steps(r)
        lines.append(f"{'CONFORMS' if r.conforms else 'DOES NOT CONFORM'} — {verdict}")
        return "\n".join(lines) + "\n"

    def _group_lines(self, group: list[Finding]) -> list[str]:
        f = group[0]
        count = sum(g.count for g in group)
        places = f" in {len(group)} places" if len(group) > 1 else ""
        marks = sorted({g.baseline.value for g in group if g.baseline is not None})
        mark = f" [{'/'.join(marks)}]" if marks else ""
        out = ["", f"{f.severity.upper():9} {f.rule_id} (tier {f.tier}, {count}x{places}){mark}"]
        out.append(f"          {visible(f.message)}")
        if f.hint:
            out.append(f"          fix: {visible(f.hint)}")
        if f.url:
            out.append(f"          see: {visible(f.url)}")
        wheres = [w for w in (_where(g) for g in group) if w]
        for w in wheres[: self.max_examples]:
            out.append(f"          at {visible(w)}")
        if len(wheres) > self.max_examples:
            out.append(f"          ... and {len(wheres) - self.max_examples} more place(s)")
        examples = [e for g in group for e in useful_examples(g)]
        if examples:
            shown = "; ".join(examples[: self.max_examples])
            more = f" (+{len(examples) - self.max_examples} more)" if len(examples) > self.max_examples else ""
            out.append(f"          e.g. {visible(shown)}{more}")
        return out

    def _indicator_lines(self, r: Report) -> list[str]:
        inds = r.indicators or []
        if not inds:
            return []
        n = {k: sum(1 for i in inds if i.status == k) for k in IndicatorStatus}
        out = ["", f"Indicators and tier requirements: {n[IndicatorStatus.pass_]} pass, "
                   f"{n[IndicatorStatus.fail]} fail, {n[IndicatorStatus.not_assessed]} not assessed"]
        for i in inds:
            title = f" {visible(i.title)}" if i.title else ""
            out.append(f"  {i.id:13} {str(i.status).replace('_', ' '):12}{title}")
            if i.reason:
                out.append(f"  {'':13} {'':12} ({visible(i.reason)})")
        return out


def _fallback_verdict(r: Report) -> str:
    """A verdict for a report built without a ladder (older JSON): from the achieved tier alone."""
    if r.achieved_tier >= r.target_tier:
        return f"Tier {r.achieved_tier} met"
    met = f"Tier {r.achieved_tier} met, " if r.achieved_tier else ""
    return f"{met}Tier {r.achieved_tier + 1} not met"


def group_findings(findings: list[Finding], min_severity: Severity = Severity.info) -> list[list[Finding]]:
    """Findings of the same rule and severity together, in report order; below ``min_severity`` left out
    (waived findings are shown with ``info``)."""
    floor = SEVERITY_RANK[min_severity]
    groups: dict[tuple[str, Severity], list[Finding]] = {}
    for f in findings:
        rank = SEVERITY_RANK[f.severity]
        if rank < floor and not (f.severity == Severity.waived and floor <= 1):
            continue
        groups.setdefault((f.rule_id, f.severity), []).append(f)
    return list(groups.values())


def useful_examples(f: Finding) -> list[str]:
    """The finding's examples, without those that only repeat its location (a missing property's example
    is the node that lacks it, already named once in the location)."""
    loc = f.location
    said = {str(v) for v in (loc.node, loc.file, loc.path) if v} if loc is not None else set()
    return [e for e in f.examples or [] if e not in said]


def _achieved(r: Report) -> str:
    """The achieved tier in words: "Tier 2 met" or "no tier met" (never "tier 0")."""
    return f"Tier {r.achieved_tier} met" if r.achieved_tier else "no tier met"


def next_steps(r: Report) -> list[str]:
    """What to do next: the rules blocking the first tier not met, then the parts to give."""
    out: list[str] = []
    for t in r.tiers or []:
        if t.status in (TierStatus.met, TierStatus.not_targeted):
            continue
        if t.blocking_rules:
            out.append(f"fix the {len(t.blocking_rules)} rule(s) that block Tier {t.tier} "
                       f"(their 'fix:' lines above): {', '.join(t.blocking_rules[:5])}"
                       + (", ..." if len(t.blocking_rules) > 5 else ""))
        gap = next((x[5:] for x in (t.reason or "").split("; ") if x.startswith("part ")), None)
        if gap:
            out.append(f"give every part of the dataset, recognisably: {visible(gap)}")
        elif t.reason and t.reason.startswith("no part of a dataset"):
            out.append("check the data themselves: a dataset directory (metadata/, clinical/, imaging/) or one "
                       "of its parts")
        elif t.reason and "CDM" in t.reason:
            out.append(f"for Tier {t.tier}, add the CDM tables (clinical/<table>.csv as the ETL output) and rerun "
                       f"with --tier {t.tier}")
        break
    return ["", "Next steps:", *(f"  - {x}" for x in out)] if out else []


class JsonFormatter(Formatter):
    def end(self) -> str:
        assert self.report is not None
        doc = self.report.model_dump(mode="json", exclude_none=True)
        doc["findings"] = [f.model_dump(mode="json", exclude_none=True) for f in self.findings]
        return _json_visible(json.dumps(doc, indent=2, ensure_ascii=False)) + "\n"


class MarkdownFormatter(Formatter):
    """For a CI step summary: verdict, ladder, parts, findings grouped by rule with their fix, indicators."""

    def end(self) -> str:
        r = self.report
        assert r is not None
        s = r.summary
        out = ["# EUCAIM conformance report", "",
               f"**{'Conforms' if r.conforms else 'Does not conform'}** — {_md(r.verdict or _fallback_verdict(r))}", "",
               f"Target **Tier {r.target_tier}**, achieved: **{_achieved(r)}** "
               f"({_md(r.scope or 'dataset')} check). {s.violation} violation(s), {s.warning} warning(s), "
               f"{s.info} info, {s.waived} waived.", ""]
        if r.baseline is not None:
            b = r.baseline
            out += [f"Against {_md(b.file or 'the baseline')}: {b.new} new, {b.unchanged} unchanged, {b.fixed} fixed.",
                    ""]
        if r.thresholds:
            out += ["Failing-row thresholds: " + "; ".join(
                f"`{t.pattern}` below {t.percent:g} % is a warning ({t.lowered} lowered)" for t in r.thresholds), ""]
        out += ["| tier | status | blocking rules | why |", "|---|---|---|---|"]
        for t in r.tiers or []:
            out.append(f"| {t.tier} | {str(t.status).replace('_', ' ')} | "
                       f"{', '.join(f'`{b}`' for b in t.blocking_rules or [])} | {_md(t.reason or '')} |")
        if r.parts:
            out += ["", "Parts: " + ", ".join(f"{p.part} **{str(p.status).replace('_', ' ')}**"
                                              + (f" ({_md(p.detail)})" if p.detail else "") for p in r.parts)]
        groups = group_findings(self.findings, self.min_severity)
        if groups:
            out += ["", "## Findings", "", "| severity | rule | tier | count | where | message | fix |",
                    "|---|---|---|---|---|---|---|"]
            for g in groups:
                f = g[0]
                wheres = [w for w in (_where(x) for x in g) if w]
                where = "; ".join(wheres[: self.max_examples]) + (" …" if len(wheres) > self.max_examples else "")
                mark = f" ({g[0].baseline})" if g[0].baseline is not None else ""
                rule = f"[`{f.rule_id}`]({_link(f.url)})" if f.url else f"`{f.rule_id}`"
                out.append(f"| {f.severity}{mark} | {rule} | {f.tier} | {sum(x.count for x in g)} "
                           f"| {_md(where)} | {_md(f.message)} | {_md(f.hint or '')} |")
        if r.indicators:
            out += ["", "## Indicators and tier requirements", "", "| id | tier | status | what | why |",
                    "|---|---|---|---|---|"]
            for i in r.indicators:
                out.append(f"| {_md(i.id)} | {i.tier} | {str(i.status).replace('_', ' ')} | {_md(i.title or '')} "
                           f"| {_md(i.reason or '')} |")
        steps = next_steps(r)
        if steps:
            out += ["", "## Next steps", "", *(f"- {_md(x.strip()[2:])}" for x in steps[2:])]
        return "\n".join(out) + "\n"


def _md(text: str) -> str:
    """``text`` for a markdown table cell: no raw HTML, no markup, no control characters, one line."""
    return _MD_PUNCT.sub(r"\\\g<0>", html.escape(visible(text), quote=False))


#: Markdown punctuation that could start markup inside a table cell (links, emphasis, code, the cell
#: separator); & < > are already entities, so no raw HTML survives.
_MD_PUNCT = re.compile(r"[\\`*_\[\]|~]")


def _link(url: str) -> str:
    """A URL as a markdown link target: spaces, parentheses, pipes and anything outside URI syntax encoded."""
    return quote(visible(url), safe=":/?#@!$&'*+,;=-._~%")


class JunitFormatter(Formatter):
    """One test case per rule that fired; violations are failures, the rest are system-out notes."""

    def end(self) -> str:
        failures = sum(1 for f in self.findings if f.severity == Severity.violation)
        out = ['<?xml version="1.0" encoding="utf-8"?>',
               f'<testsuites name="eucaim" tests="{len(self.findings)}" failures="{failures}">',
               f'<testsuite name="eucaim-check" tests="{len(self.findings)}" failures="{failures}">']
        for f in self.findings:
            out.append(f'<testcase classname={quoteattr(visible(f.standard))} name={quoteattr(visible(f.rule_id))}>')
            # XML 1.0 cannot carry most control characters even as references: they are shown escaped.
            text = html.escape(visible(f"{f.message} ({f.count}x) {_where(f)}".strip()
                                       + (f" — see {f.url}" if f.url else "")))
            if f.severity == Severity.violation:
                out.append(f'<failure message={quoteattr(visible(f.message))}>{text}</failure>')
            else:
                out.append(f"<system-out>{html.escape(f.severity.value)}: {text}</system-out>")
            out.append("</testcase>")
        out += ["</testsuite>", "</testsuites>"]
        return "\n".join(out) + "\n"


class SarifFormatter(Formatter):
    """SARIF 2.1.0 (validated against the OASIS schema in tests/test_report_formats.py): one result per
    finding, with the file and, for table rows, the line (data row N is line N + 1 under the header)."""

    LEVEL = {Severity.violation: "error", Severity.warning: "warning", Severity.info: "note", Severity.waived: "none"}

    def end(self) -> str:
        r = self.report
        assert r is not None
        rule_ids = sorted({f.rule_id for f in self.findings})
        rules = []
        for rid in rule_ids:
            meta = self.rules.get(rid)
            entry: dict[str, Any] = {"id": rid}
            if meta is not None:
                entry["shortDescription"] = {"text": meta.title}
                if meta.hint:
                    entry["help"] = {"text": meta.hint}
            url = next((f.url for f in self.findings if f.rule_id == rid and getattr(f, "url", None)), None)
            if url:
                entry["helpUri"] = str(url)
            rules.append(entry)
        index = {rid: i for i, rid in enumerate(rule_ids)}
        results = []
        for f in self.findings:
            res: dict[str, Any] = {"ruleId": f.rule_id, "ruleIndex": index[f.rule_id],
                                   "level": self.LEVEL[f.severity], "message": {"text": f.message}}
            if f.severity == Severity.waived:
                res["suppressions"] = [{"kind": "external", "status": "accepted"}]
            loc = f.location
            location: dict[str, Any] = {}
            if loc is not None and loc.file:
                phys: dict[str, Any] = {"artifactLocation": {"uri": _uri(loc.file)}}
                if loc.row is not None:
                    phys["region"] = {"startLine": loc.row + 1}
                location["physicalLocation"] = phys
            logical = [{"name": str(v), "kind": kind} for kind, v in
                       (("table", loc.table), ("column", loc.column), ("node", loc.node), ("path", loc.path),
                        ("tag", loc.tag)) if v] if loc is not None else []
            if logical:
                location["logicalLocations"] = logical
            if location:
                res["locations"] = [location]
            if f.baseline is not None:
                res["baselineState"] = f.baseline.value
            props: dict[str, Any] = {"count": f.count, "tier": f.tier, "standard": f.standard,
                                     "severity": f.severity.value}
            if f.examples:
                props["examples"] = list(f.examples)
            if f.url:
                props["url"] = str(f.url)
            res["properties"] = props
            results.append(res)
        s = r.summary
        run: dict[str, Any] = {
            "tool": {"driver": {"name": r.tool.name, "version": r.tool.version, "rules": rules}},
            "results": results,
            "properties": {"verdict": r.verdict or _fallback_verdict(r), "targetTier": r.target_tier,
                           "achievedTier": r.achieved_tier, "conforms": r.conforms,
                           "summary": {"violation": s.violation, "warning": s.warning, "info": s.info,
                                       "waived": s.waived}},
        }
        doc = {"$schema": "https://json.schemastore.org/sarif-2.1.0.json", "version": "2.1.0", "runs": [run]}
        return json.dumps(doc, indent=2) + "\n"


def _uri(path: str) -> str:
    """A relative path (or URL) as a SARIF URI reference: everything outside the URI syntax percent-encoded."""
    return quote(path, safe="/:@!$&'()*+,;=-._~%")


_HTML_CSS = """
*{box-sizing:border-box}
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0 auto;padding:1rem;max-width:72rem;
line-height:1.45;color:#1b1b1b;background:#fafafa;overflow-wrap:anywhere}
h1{font-size:1.5rem;margin:.2rem 0 1rem}h2{font-size:1.2rem;margin:1.6rem 0 .6rem}
code{font-size:.9em;background:#eef0f2;padding:0 .25em;border-radius:3px}
.card{border-radius:8px;padding:1rem 1.2rem;color:#fff}.card.pass{background:#2e7d32}.card.fail{background:#b71c1c}
.card .big{font-size:1.4rem;font-weight:700;margin:0}.card p{margin:.3rem 0}
.ladder{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.6rem;margin:0;align-items:flex-start}
.ladder ul{margin:.2rem 0;padding-left:1.2rem}
.ladder>li{flex:1 1 14rem;border:2px solid #999;border-radius:8px;padding:.6rem .8rem;background:#fff}
.ladder>.met{border-color:#2e7d32}.ladder>.not_met{border-color:#b71c1c}.ladder>.not_assessed{border-color:#ef6c00}
.ladder>.not_targeted{border-style:dashed;color:#666}
.ladder>.not_met{flex:3 1 22rem}
.ladder .step{font-weight:700;font-size:1.05rem}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.85rem;font-weight:600;color:#fff;
background:#666;overflow-wrap:normal}
.badge.met,.badge.pass,.badge.checked{background:#2e7d32}.badge.not_met,.badge.fail,.badge.violation{background:#b71c1c}
.badge.not_assessed,.badge.warning,.badge.not_recognised,.badge.unreadable{background:#e65100}
.badge.info,.badge.not_given{background:#455a64}.badge.waived,.badge.not_targeted{background:#757575}
.parts{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.parts li{background:#fff;border:1px solid #ccc;border-radius:6px;padding:.3rem .6rem}
.filters{display:flex;flex-wrap:wrap;gap:.3rem .9rem;align-items:center;margin:.4rem 0 .8rem}
.filters span{font-weight:600}
.filter{position:absolute;opacity:0;width:1px;height:1px}
.filter+label{border:1px solid #888;border-radius:1rem;padding:.1rem .6rem;cursor:pointer;background:#fff;
display:inline-block;margin:.15rem .2rem}
.filter:checked+label{background:#1b1b1b;color:#fff}.filter:focus-visible+label{outline:3px solid #1565c0}
details.f{background:#fff;border:1px solid #ccc;border-left:6px solid #666;border-radius:6px;margin:.5rem 0;
padding:.4rem .8rem}
details.f.sev-violation{border-left-color:#b71c1c}details.f.sev-warning{border-left-color:#e65100}
details.f.sev-info{border-left-color:#455a64}
details.f summary{cursor:pointer}details.f ul{margin:.3rem 0;padding-left:1.2rem}
.muted{color:#555;font-size:.9rem}
table{border-collapse:collapse;width:100%;table-layout:fixed;background:#fff}
td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top;text-align:left}
th.id{width:8.5rem}th.st{width:7.5rem}
@media (max-width:40rem){body{padding:.6rem}th.id{width:6.5rem}th.st{width:6rem}td,th{font-size:.85rem}
.badge{padding:0 .4rem}}
"""


class HtmlFormatter(Formatter):
    """One self-contained page (no external or inline script, so it also works in a sandboxed frame): a
    verdict card, the tier ladder with the rules that block each tier, part status, findings grouped by
    rule and filterable by severity, standard and tier (checkboxes and CSS only), indicators."""

    def end(self) -> str:
        r = self.report
        assert r is not None

        def esc(text: object) -> str:
            return html.escape(visible(str(text)))

        s = r.summary
        verdict = r.verdict or _fallback_verdict(r)
        card = (f'<section class="card {"pass" if r.conforms else "fail"}" id="verdict">'
                f'<p class="big">{"Conforms" if r.conforms else "Does not conform"}</p><p>{esc(verdict)}</p>'
                f'<p id="counts" data-violation="{s.violation}" data-warning="{s.warning}" data-info="{s.info}" '
                f'data-waived="{s.waived}">{s.violation} violation(s), {s.warning} warning(s), {s.info} info, '
                f'{s.waived} waived · target Tier {r.target_tier}, achieved: {_achieved(r)} '
                f'({esc(r.scope or "dataset")} check)</p></section>')
        steps = []
        for t in r.tiers or []:
            st = str(t.status)
            blocking = "".join(f'<li><a href="#{_anchor(b)}"><code>{esc(b)}</code></a></li>'
                               for b in t.blocking_rules or [])
            steps.append(f'<li class="{st}"><span class="step">Tier {t.tier}: {st.replace("_", " ")}</span>'
                         + (f'<div class="muted">{esc(t.reason)}</div>' if t.reason else "")
                         + (f"<div>blocked by:<ul>{blocking}</ul></div>" if blocking else "") + "</li>")
        ladder = f'<h2>Tier ladder</h2><ol class="ladder" id="ladder">{"".join(steps)}</ol>'
        parts = "".join(f'<li>{esc(p.part)} <span class="badge {esc(p.status)}">{esc(str(p.status).replace("_", " "))}'
                        f'</span>' + (f' <span class="muted">{esc(p.detail)}</span>' if p.detail else "") + "</li>"
                        for p in r.parts or [])
        parts_html = f'<h2>Parts</h2><ul class="parts" id="parts">{parts}</ul>' if parts else ""
        extra = ""
        if r.baseline is not None:
            b = r.baseline
            extra += (f'<p id="baseline">Against {esc(b.file or "the baseline")}: {b.new} new, {b.unchanged} '
                      f"unchanged, {b.fixed} fixed.</p>")
        if r.thresholds:
            extra += ('<p id="thresholds">Failing-row thresholds: ' + "; ".join(
                f"<code>{esc(t.pattern)}</code> below {t.percent:g} % is a warning ({t.lowered} lowered)"
                for t in r.thresholds) + "</p>")
        odd = [w for w in r.waivers or [] if w.status != WaiverStatus.applied]
        if odd:
            extra += "<ul>" + "".join(f"<li>waiver <code>{esc(w.rule_id)}</code>: "
                                      f"{esc(str(w.status).replace('_', ' '))}</li>" for w in odd) + "</ul>"
        groups = group_findings(self.findings, self.min_severity)
        standards = sorted({g[0].standard for g in groups})
        tiers = sorted({g[0].tier for g in groups})
        filters = [("sev", k.value, k.value) for k in Severity if any(g[0].severity == k for g in groups)]
        filters += [("std", _cls(k), k) for k in standards] + [("tier", str(k), f"tier {k}") for k in tiers]
        inputs, css = [], []
        for kind, key, label in filters:
            fid = f"show-{kind}-{key}"
            inputs.append(f'<input type="checkbox" class="filter" id="{fid}" checked>'
                          f'<label for="{fid}">{esc(label)}</label>')
            css.append(f"#{fid}:not(:checked)~#findings .{kind}-{key}{{display:none}}")
        items = []
        for g in groups:
            f = g[0]
            sev = f.severity.value
            is_open = " open" if f.severity == Severity.violation else ""
            wheres = [w for w in (_where(x) for x in g) if w]
            places = "".join(f"<li>{esc(w)}</li>" for w in wheres[: self.max_examples])
            if len(wheres) > self.max_examples:
                places += f"<li>… and {len(wheres) - self.max_examples} more place(s)</li>"
            examples = [e for x in g for e in useful_examples(x)]
            eg = "".join(f"<li>{esc(e)}</li>" for e in examples[: self.max_examples])
            if len(examples) > self.max_examples:
                eg += f"<li>… and {len(examples) - self.max_examples} more</li>"
            mark = "".join(sorted({f' <span class="badge">{esc(x.baseline)}</span>' for x in g
                                   if x.baseline is not None}))
            url = next((x.url for x in g if getattr(x, "url", None)), None)
            items.append(
                f'<details class="f sev-{esc(sev)} std-{_cls(f.standard)} tier-{f.tier}" id="{_anchor(f.rule_id)}"'
                f'{is_open}><summary><span class="badge {esc(sev)}">{esc(sev)}</span> '
                f"<code>{esc(f.rule_id)}</code> · tier {f.tier} · {sum(x.count for x in g)}× "
                f'{f"in {len(g)} places" if len(g) > 1 else ""}{mark}</summary>'
                f"<p>{esc(f.message)}</p>"
                + (f"<p><strong>Fix:</strong> {esc(f.hint)}</p>" if f.hint else "")
                + (f'<p><a href="{esc(url)}">rule documentation</a></p>' if url else "")
                + (f"<div>Where:<ul>{places}</ul></div>" if places else "")
                + (f"<div>Examples:<ul>{eg}</ul></div>" if eg else "") + "</details>")
        findings_html = ('<h2>Findings</h2><section id="findings-section"><div class="filters"><span>Show:</span>'
                         '</div>' + "".join(inputs) + f'<div id="findings">{"".join(items) or "<p>No findings.</p>"}'
                         "</div></section>")
        rows = "".join(f'<tr><td><code>{esc(i.id)}</code></td><td><span class="badge {esc(i.status)}">'
                       f'{esc(str(i.status).replace("_", " "))}</span><br>tier {i.tier}</td>'
                       f"<td>{esc(i.title or '')}<div class=\"muted\">{esc(i.reason or '')}</div></td></tr>"
                       for i in r.indicators or [])
        indicators = ('<h2>Indicators and tier requirements</h2><table id="indicators"><thead><tr>'
                      '<th class="id">id</th><th class="st">status</th><th>what and why</th></tr></thead>'
                      f"<tbody>{rows}</tbody></table>") if rows else ""
        quality = ""
        if r.quality:
            # the profile's charts (inline SVG, no script) of the quality step's measures
            from eucaim_spec.profile.render import quality_html
            from eucaim_spec.profile.settings import load_settings  # deferred: only when there are measures

            quality = quality_html(r.quality, load_settings().k_anonymity)
        return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>EUCAIM conformance report</title>
<style>{_HTML_CSS}{"".join(css)}</style></head><body>
<h1>EUCAIM conformance report</h1>
{card}
{ladder}
{parts_html}
{extra}
{findings_html}
{quality}
{indicators}
<p class="muted">{esc(r.tool.name)} {esc(r.tool.version)}</p>
</body></html>
"""


def _cls(text: str) -> str:
    """A CSS class or id fragment: letters, digits, - and _ only."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", text)


def _anchor(rule_id: str) -> str:
    return "rule-" + _cls(rule_id)


#: Columns of the csv and xlsx findings lists (one row per finding, for helpdesk work).
TABLE_COLUMNS = ("severity", "rule_id", "standard", "tier", "count", "file", "row", "table", "column", "node",
                 "path", "tag", "message", "hint", "examples", "baseline", "url")


def finding_rows(findings: list[Finding]) -> list[list[Any]]:
    """One list per finding in TABLE_COLUMNS order; text cells made safe for a spreadsheet (``_cell``)."""
    rows = []
    for f in findings:
        place = [None if f.location is None else getattr(f.location, k)
                 for k in ("file", "row", "table", "column", "node", "path", "tag")]
        values: list[Any] = [f.severity.value, f.rule_id, f.standard, f.tier, f.count, *place, f.message,
                             f.hint or "", "; ".join(f.examples or []),
                             "" if f.baseline is None else f.baseline.value, f.url or ""]
        rows.append([v if isinstance(v, int) else _cell(v or "") for v in values])
    return rows


def _cell(text: str) -> str:
    """A text cell a spreadsheet will not run: hidden characters escaped and a leading = + - @ (a formula
    to Excel and LibreOffice, "CSV injection") behind an apostrophe."""
    text = visible(str(text))
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


class CsvFormatter(Formatter):
    """The findings as CSV (RFC 4180, UTF-8), one row per finding; the summary stays in the other formats."""

    def end(self) -> str:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(TABLE_COLUMNS)
        w.writerows(finding_rows(self.findings))
        return buf.getvalue()


class XlsxFormatter(Formatter):
    """The findings as an XLSX workbook (sheet "findings"; sheet "summary" with the verdict and counts).
    ``end_bytes`` gives the workbook; byte-stable (fixed zip and document dates)."""

    def end(self) -> str:
        raise TypeError("xlsx is binary: use render_bytes")

    def end_bytes(self) -> bytes:
        from openpyxl import Workbook  # deferred: openpyxl is slow to import and only this format needs it

        r = self.report
        assert r is not None
        wb = Workbook()
        wb.properties.created = FIXED_DATE
        wb.properties.modified = FIXED_DATE
        ws = wb.active
        ws.title = "findings"
        ws.append(list(TABLE_COLUMNS))
        for row in finding_rows(self.findings):
            ws.append(row)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = ws.dimensions
        sm = wb.create_sheet("summary")
        s = r.summary
        for k, v in (("verdict", _cell(r.verdict or _fallback_verdict(r))), ("conforms", str(r.conforms).lower()),
                     ("target_tier", r.target_tier), ("achieved_tier", r.achieved_tier), ("violation", s.violation),
                     ("warning", s.warning), ("info", s.info), ("waived", s.waived)):
            sm.append([k, v])
        buf = io.BytesIO()
        wb.save(buf)
        return normalise_xlsx(buf.getvalue())


class DqvFormatter(Formatter):
    """W3C Data Quality Vocabulary in Turtle: on each dataset IRI of the catalogue record, one
    dqv:QualityMeasurement per tier requirement and indicator (value pass / fail / not_assessed), one per
    tier of the ladder, and the finding counts; metrics are defined once with their title. When the quality step
    ran, its measures follow as ``eucaim profile --format dqv`` writes them (one measurement per measure, its
    metric in its dimension)."""

    def end(self) -> str:
        r = self.report
        assert r is not None
        datasets = list(r.datasets or []) or ["urn:eucaim-spec:unidentified-dataset"]
        metrics: list[tuple[str, str, str]] = []  # (local name, title, datatype)
        measures: list[tuple[str, str]] = []  # (metric local name, turtle value)
        for i in r.indicators or []:
            name = _local(i.id)
            metrics.append((name, i.title or i.id, "xsd:string"))
            measures.append((name, _ttl_str(str(i.status))))
        for t in r.tiers or []:
            metrics.append((f"tier{t.tier}", f"Tier {t.tier} of the EUCAIM interoperability ladder", "xsd:string"))
            measures.append((f"tier{t.tier}", _ttl_str(str(t.status))))
        s = r.summary
        for k, v in (("achieved_tier", r.achieved_tier), ("violation", s.violation), ("warning", s.warning),
                     ("info", s.info), ("waived", s.waived)):
            title = "Highest tier met" if k == "achieved_tier" else f"Number of {k} findings"
            metrics.append((k, title, "xsd:integer"))
            measures.append((k, str(int(v))))
        out = [f"@prefix dqv: <{DQV}> .", f"@prefix dcat: <{DCAT}> .", f"@prefix skos: <{SKOS}> .",
               f"@prefix xsd: <{XSD}> .", f"@prefix eq: <{EUCAIM_QUALITY}> .", "",
               f"# eucaim-spec {_ttl_comment(r.tool.version)} check, target Tier {r.target_tier}: "
               f"{_ttl_comment(r.verdict or _fallback_verdict(r))}", ""]
        for ds in datasets:
            out.append(f"{_ttl_iri(ds)} a dcat:Dataset ;")
            items = [f"    [ a dqv:QualityMeasurement ; dqv:computedOn {_ttl_iri(ds)} ; dqv:isMeasurementOf eq:{m} ; "
                     f"dqv:value {v} ]" for m, v in measures]
            out.append("  dqv:hasQualityMeasurement\n" + " ,\n".join(items) + " .")
            out.append("")
        seen = set()
        for name, title, dtype in metrics:
            if name in seen:
                continue
            seen.add(name)
            out.append(f"eq:{name} a dqv:Metric ; skos:definition {_ttl_str(title)} ; dqv:expectedDataType {dtype} .")
        text = "\n".join(out) + "\n"
        if r.quality:
            # the quality step's measures, by the profile's own DQV writer (eucaim profile --format dqv)
            from eucaim_spec.profile.render import Measure, dqv_turtle

            measured = [Measure(m.dimension, m.metric, m.value, m.file, m.column, m.class_size) for m in r.quality]
            text += "\n# quality dimensions and disclosure risk of the data\n" + dqv_turtle(measured, datasets)
        return text


def _local(ident: str) -> str:
    """An indicator id as a Turtle local name: RDA-A1.1-01M -> RDA-A1_1-01M (a dot may not end one)."""
    return re.sub(r"[^A-Za-z0-9_-]", "_", ident)


def _ttl_str(text: str) -> str:
    """A Turtle string literal: backslash, quote and every hidden character escaped."""
    out = []
    for c in text:
        if c in '\\"':
            out.append("\\" + c)
        elif unicodedata.category(c) in _HIDDEN:
            out.append(f"\\u{ord(c):04X}" if ord(c) < 0x10000 else f"\\U{ord(c):08X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _ttl_iri(iri: str) -> str:
    """An IRI reference, with the characters Turtle forbids in one percent-encoded."""
    return "<" + quote(iri, safe="/:@!$&'()*+,;=-._~%?#[]") + ">"


def _ttl_comment(text: str) -> str:
    return visible(text).replace("\n", " ")


FORMATTERS: dict[str, type[Formatter]] = {
    "text": TextFormatter, "json": JsonFormatter, "junit": JunitFormatter, "sarif": SarifFormatter,
    "markdown": MarkdownFormatter, "html": HtmlFormatter, "csv": CsvFormatter, "xlsx": XlsxFormatter,
    "dqv": DqvFormatter,
}


def _fed(report: Report, fmt: str, options: dict[str, Any] | None, rules: RuleTexts | None) -> Formatter:
    formatter = FORMATTERS[fmt](**(options or {}), rules=rules)
    formatter.start(report)
    for f in report.findings or []:
        formatter.add_finding(f)
    return formatter


def render(report: Report, fmt: str, options: dict[str, Any] | None = None, rules: RuleTexts | None = None) -> str:
    """``report`` in ``fmt``; ``options`` (min_severity, quiet, max_examples) shape the human formats only
    (site_url: every format's rule links);
    ``rules``, the rule catalogue by id, gives the CATALOGUE_FORMATS their rule descriptions."""
    return _fed(report, fmt, options, rules).end()


def render_bytes(report: Report, fmt: str, options: dict[str, Any] | None = None,
                 rules: RuleTexts | None = None) -> bytes:
    """``report`` in ``fmt`` as bytes: the workbook for xlsx, UTF-8 text for the others."""
    formatter = _fed(report, fmt, options, rules)
    if isinstance(formatter, XlsxFormatter):
        return formatter.end_bytes()
    return formatter.end().encode("utf-8")
