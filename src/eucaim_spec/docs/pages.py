"""The generated pages of the site, as {relative path: Markdown}, and the navigation that lists them.

Per standard an overview, a page per class (slots with obligation, tier, cardinality, range, pattern, the
rules that check them and the column / RDF property they map to; every code of a coded slot) and a page
per enumeration (hyper-ontology branches as a tree with the evidence of each curated edge); the CDM entity
diagram; the tier matrix; the rule catalogue (one anchor per rule id); the DICOM de-identification policy.
Output is deterministic: sorted where the sources leave order free, no dates.
"""

from __future__ import annotations

import csv
import posixpath
from pathlib import Path
from typing import Any

import yaml

from eucaim_spec.docs import rule_text
from eucaim_spec.docs import spec_index as si
from eucaim_spec.docs.markup import cell, code
from eucaim_spec.paths import schemas_dir, spec_root, validators_dir
from eucaim_spec.schemaview import load_expanded
from eucaim_spec.site_urls import rule_page
from eucaim_spec.validate.suite import load_suite, pattern_matches

OBLIGATION_WORDS = {"M": "mandatory", "MIA": "mandatory if available", "R": "recommended", "O": "optional",
                    "C": "conditional"}
#: Codes shown inline under a coded slot on a class page before the list is folded.
OPEN_CODES = 12

Pages = dict[str, str]


def class_path(standard: str, cls: str) -> str:
    return f"standards/{standard}/{cls}.md"


def enum_path(standard: str, enum: str) -> str:
    return f"standards/{standard}/enums/{enum}.md"


def rules_path(standard: str) -> str:
    return f"{rule_page(standard)}.md"


def rel(from_page: str, to_page: str, anchor: str = "") -> str:
    """A relative link from one generated page to another (mkdocs checks both exist in strict mode)."""
    link = posixpath.relpath(to_page, posixpath.dirname(from_page) or ".")
    return link + (f"#{anchor}" if anchor else "")


def _heading(title: str, anchor: str, level: int = 2) -> str:
    return f"{'#' * level} {title} {{#{anchor}}}"


# --------------------------------------------------------------------------------------------- standards


def standard_pages() -> tuple[Pages, list[Any]]:
    pages: Pages = {}
    nav: list[Any] = []
    for standard in si.SITE_STANDARDS:
        sv = load_expanded(standard)
        overview = f"standards/{standard}/index.md"
        cls_docs = si.classes(standard)
        enum_docs = si.enums(standard)
        lines = [f"# {cell(sv.schema.title or standard)}", "", cell(sv.schema.description), "",
                 f"Schema: `schemas/{standard}/` (id `{sv.schema.id}`, version {sv.schema.version or 'unversioned'}).",
                 ""]
        if sv.schema.see_also:
            lines += ["Sources: " + ", ".join(f"<{u}>" for u in sv.schema.see_also), ""]
        if standard == "cdm":
            diagram = rel(overview, "cdm-diagram.md")
            lines += [f"The tables and their keys are drawn in the [entity diagram]({diagram}).", ""]
        if standard in {r.standard for r in si.catalogue().values()}:
            lines += [f"Rules of this standard: [rule catalogue]({rel(overview, rules_path(standard))}).", ""]
        lines += ["## Classes", "", "| class | maps to | slots | description |", "|---|---|---|---|"]
        for c in cls_docs:
            where = f"table `{c.table}`" if c.table else (f"`{c.uri}`" if c.uri else "")
            lines.append(f"| [{c.name}]({rel(overview, class_path(standard, c.name))}) | {where} | "
                         f"{len(c.slots)} | {cell(c.description)} |")
        lines += ["", "## Enumerations", "", "| enumeration | codes | description |", "|---|---|---|"]
        for e in enum_docs.values():
            lines.append(f"| [{e.name}]({rel(overview, enum_path(standard, e.name))}) | {len(e.codes)} | "
                         f"{cell(e.description)} |")
        pages[overview] = "\n".join(lines) + "\n"
        section: list[Any] = [{"Overview": overview}]
        classes_nav = []
        for c in cls_docs:
            path = class_path(standard, c.name)
            pages[path] = class_page(path, c, enum_docs)
            classes_nav.append({c.name: path})
        enums_nav = []
        for e in enum_docs.values():
            path = enum_path(standard, e.name)
            pages[path] = enum_page(path, e)
            enums_nav.append({e.name: path})
        section += [{"Classes": classes_nav}, {"Enumerations": enums_nav}]
        nav.append({str(sv.schema.title or standard): section})
    return pages, nav


def class_page(path: str, c: si.ClassDoc, enum_docs: dict[str, si.EnumDoc]) -> str:
    lines = [f"# {c.name}", "", f"*{c.standard}* · " + (f"CDM table `{c.table}`" if c.table else
                                                         (f"class `{c.uri}`" if c.uri else "class")), "",
             cell(c.description), "",
             "| slot | obligation | tier | cardinality | range | pattern | maps to | rules |",
             "|---|---|---|---|---|---|---|---|"]
    for s in c.slots:
        lines.append(f"| [{s.name}](#{s.name}) | {s.obligation} | {s.tier if s.tier is not None else '—'} | "
                     f"{s.cardinality} | {cell(s.range)} | {code(s.pattern)} | {cell(s.maps_to)} | {len(s.rules)} |")
    lines.append("")
    for s in c.slots:
        lines += [_heading(s.name, s.name), "", cell(s.description) or "(no description)", ""]
        facts = [f"obligation **{s.obligation}** ({OBLIGATION_WORDS.get(s.obligation, s.obligation)})",
                 f"cardinality {s.cardinality}", f"range {cell(s.range)}", cell(s.maps_to)]
        if s.tier is not None:
            facts.insert(1, f"from tier {s.tier}")
        if s.pattern:
            facts.append(f"pattern {code(s.pattern)}")
        if s.unit:
            facts.append(f"unit {code(s.unit)} (UCUM)")
        if s.personal:
            facts.append("personal data: never printed in reports")
        lines += ["- " + "\n- ".join(facts), ""]
        if s.rules:
            lines.append("Rules: " + ", ".join(
                f"[`{r}`]({rel(path, rules_path(c.standard), r)})" for r in s.rules))
            lines.append("")
        if s.enum and s.enum in enum_docs:
            e = enum_docs[s.enum]
            lines.append(f"Codes of [{e.name}]({rel(path, enum_path(c.standard, e.name))}) ({len(e.codes)}):")
            lines.append("")
            fold = len(e.codes) > OPEN_CODES
            indent = "    " if fold else ""
            if fold:
                lines += [f'??? note "{len(e.codes)} codes of {e.name}"', ""]
            lines += [indent + "| code | label |", indent + "|---|---|"]
            lines += [indent + f"| `{x.code}` | {cell(x.label)} |" for x in e.codes]
            lines.append("")
    return "\n".join(lines) + "\n"


def _tree_lines(nodes: list[si.TreeNode], depth: int = 0) -> list[str]:
    out = []
    for n in nodes:
        ev = "" if n.evidence == "ontology" else f" — *curated edge: {cell(n.evidence)}*" + (
            f" ({cell(n.note)})" if n.note else "")
        out.append(f"{'    ' * depth}- `{n.code}` {cell(n.label)}{ev}")
        out += _tree_lines(n.children, depth + 1)
    return out


def enum_page(path: str, e: si.EnumDoc) -> str:
    lines = [f"# {e.name}", "", f"*{e.standard}* · {len(e.codes)} codes", "", cell(e.description), ""]
    if e.roots:
        lines += [f"Expanded from the EUCAIM hyper-ontology branch {', '.join(f'`{r}`' for r in e.roots)} "
                  f"(vocabulary {e.ontology_version}): every code below the root, published 'Is a' relations and "
                  "curated edges (`schemas/vocab/curated-edges.tsv`) alike.", "",
                  "## Branch", ""] + _tree_lines(si.branch_tree(e)) + [""]
    lines += ["## Codes", "", "| code | label | branch evidence | deprecated |", "|---|---|---|---|"]
    for x in e.codes:
        lines.append(f"| `{x.code}` | {cell(x.label)} | {cell(x.evidence)} | {cell(x.deprecated)} |")
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------ CDM diagram


def er_diagram() -> str:
    """Mermaid ER diagram of the CDM tables: columns, primary keys, and the foreign keys between tables."""
    sv = load_expanded("cdm")
    tables = {c.name: c for c in si.classes("cdm")}
    lines = ["# CDM entity diagram", "",
             "Tables of the Common Data Model as the EUCAIM ETL writes them, with primary keys (PK) and foreign "
             "keys (FK). Generated from `schemas/cdm/`.", "", "```mermaid", "erDiagram"]
    rels: list[str] = []
    keys: list[tuple[str, str, str]] = []
    by_table = {str(c.table): name for name, c in tables.items()}
    for cname, c in tables.items():
        lines.append(f"    {c.table} {{")
        for slot in sv.class_induced_slots(cname):
            sql_type = str(si.annotation(slot, "sql_type") or slot.range or "string")
            kind = sql_type.split("(", 1)[0].replace(" ", "_")
            ref = si.annotation(slot, "references")
            key = "PK" if slot.identifier else ("FK" if ref or slot.range in tables else "")
            lines.append(f"        {kind} {slot.name}{(' ' + key) if key else ''}")
            target = None
            if ref:
                target = str(ref).split(".", 1)[0]
            elif slot.range in tables:
                target = tables[str(slot.range)].table
            if target and target != c.table:
                rels.append(f'    {target} ||--o{{ {c.table} : "{slot.name}"')
                keys.append((str(c.table), str(slot.name), target))
        lines.append("    }")
    lines += sorted(set(rels)) + ["```", ""]
    # the same keys as text: readable where the diagram script cannot load (offline copies of the site)
    lines += ["## Foreign keys", "", "| table | column | references |", "|---|---|---|"]

    def link(table: str) -> str:
        return f"[{table}]({class_path('cdm', by_table[table])})" if table in by_table else f"`{table}`"

    lines += [f"| {link(t)} | `{col}` | {link(ref)} |" for t, col, ref in sorted(set(keys))]
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------------------------------- tier matrix


def _load_yaml(path: Path) -> dict[str, Any]:
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def tier_matrix() -> str:
    suite = load_suite()
    reqs = _load_yaml(spec_root() / suite.fair["requirements"]).get("tier_requirements", [])
    profiles = _load_yaml(spec_root() / suite.fair["profile"]).get("tier_profiles", [])
    indicators = {i["id"]: i for i in _load_yaml(schemas_dir() / "fair" / "data" / "indicators.yaml")
                  .get("indicators_catalogue", [])}
    ids = list(si.catalogue())

    def matching(patterns: list[str]) -> set[str]:
        return {r for r in ids if any(pattern_matches(p, r) for p in patterns)}

    def pattern_link(p: str) -> str:
        n = len(matching([p]))
        std = p.split(".", 1)[0]
        target = rel("tiers.md", rules_path(std), p if p in si.catalogue() else "")
        return f"[`{p}`]({target}) ({n})" if std in {"cdm", "minimum", "dcat_ap", "dicom"} else f"`{p}` ({n})"

    lines = ["# Tier matrix", "",
             "Each EUCAIM tier requirement, the rules that decide it (rule-id patterns with the number of rules "
             "they match) and the FAIR indicators of the same tier whose rules overlap. Requirements come from "
             "`schemas/fair/data/requirements.yaml`, the tier → indicator profile (a project decision) from "
             "`schemas/fair/data/profile.yaml`, what runs at each tier from `validators/tiers.yaml`. Tiers are "
             "cumulative.", ""]
    for tier in si.TIERS:
        prof: dict[str, Any] = next((p for p in profiles if int(p["tier"]) == tier), {})
        tier_inds = prof.get("indicators") or []
        lines += [_heading(f"Tier {tier}", f"tier-{tier}"), "", cell(prof.get("description", "")), "",
                  "| requirement | applies to | rules | FAIR indicators |", "|---|---|---|---|"]
        for req in (r for r in reqs if int(r["tier"]) == tier):
            patterns = [str(p) for p in req.get("rules") or []]
            got = matching(patterns)
            inds = [str(a["indicator"]) for a in tier_inds if got & matching([str(p) for p in a.get("rules") or []])]
            rules_cell = "<br>".join(pattern_link(p) for p in patterns) or "— (not checkable from the files)"
            lines.append(f"| **{req['id']}** {cell(req['requirement'])} | {cell(req.get('applies_to', ''))} | "
                         f"{rules_cell} | {', '.join(f'[{i}](#{i.lower()})' for i in inds) or '—'} |")
        lines += ["", f"Indicators claimed at tier {tier}:", "",
                  "| indicator | priority | description | rules | checkable |", "|---|---|---|---|---|"]
        for a in tier_inds:
            iid = str(a["indicator"])
            ind = indicators.get(iid, {})
            rules_cell = "<br>".join(pattern_link(str(p)) for p in a.get("rules") or []) or "—"
            lines.append(f"| <span id=\"{iid.lower()}\"></span>{iid} | {cell(ind.get('priority', ''))} | "
                         f"{cell(ind.get('description', ''))} | {rules_cell} | "
                         f"{'yes' if a.get('checkable', True) else 'no'} |")
        lines.append("")
    return "\n".join(lines)


# ------------------------------------------------------------------------------------------ rule catalogue


def rule_pages() -> tuple[Pages, list[Any]]:
    by_std: dict[str, list[str]] = {}
    for rid, r in si.catalogue().items():
        by_std.setdefault(r.standard, []).append(rid)
    pages: Pages = {}
    index = ["# Rule catalogue", "",
             "Every rule `eucaim check` runs, one section per rule id (the anchor is the rule id itself, so "
             "`rules/<standard>/#<rule id>` links to it). The same text is printed by `eucaim explain RULE_ID`.",
             "", "| standard | rules |", "|---|---|"]
    nav: list[Any] = [{"Overview": "rules/index.md"}]
    for std in sorted(by_std):
        path = rules_path(std)
        index.append(f"| [{std}]({rel('rules/index.md', path)}) | {len(by_std[std])} |")
        title = str(load_expanded(std).schema.title) if std in si.SITE_STANDARDS else f"{std} rules"
        lines = [f"# Rules: {cell(title)}", "", f"{len(by_std[std])} rules.", ""]
        for rid in sorted(by_std[std]):
            doc = rule_text.rule_doc(rid)
            class_link = (rel(path, class_path(doc.slot.standard, doc.slot.cls), doc.slot.slot.name)
                          if doc.slot else None)
            enum_link = rel(path, enum_path(doc.codes.standard, doc.codes.name)) if doc.codes else None
            lines += [_heading(f"`{rid}`", rid), "", rule_text.markdown(doc, class_link, enum_link)]
        pages[path] = "\n".join(lines) + "\n"
        nav.append({std: path})
    pages["rules/index.md"] = "\n".join(index) + "\n"
    return pages, nav


# ------------------------------------------------------------------------------------- DICOM de-identification


def deid_page() -> str:
    data = _load_yaml(validators_dir() / "dicom.yaml")
    deid = data.get("deidentification") or {}
    lines = ["# DICOM de-identification policy", "",
             "Which parts of DICOM PS3.15 Annex E (Table E.1-1, the Basic Application Level Confidentiality "
             "Profile and its options) EUCAIM keeps, as `validators/dicom.yaml` declares it, and every row of the "
             "table as `validators/dicom-deid-profile.tsv` encodes it. The `dicom.deid.*` rules in the "
             f"[rule catalogue]({rel('dicom-deid.md', rules_path('dicom'))}) report what a file still holds.", "",
             "## Options applied", ""]
    lines += [f"- `{o}`" for o in deid.get("options") or []]
    for key, title in (("keep", "Kept attributes"), ("identifier", "Treated as identifiers")):
        lines += ["", f"## {title}", "", "| attribute | why |", "|---|---|"]
        lines += [f"| `{k}` | {cell(v)} |" for k, v in sorted((deid.get(key) or {}).items())]
    lines += ["", "## Accepted dummy values", "",
              "Whole-value, case-insensitive regular expressions a de-identifier may write instead of a removed "
              "value:", ""]
    lines += [f"- {code(v)}" for v in deid.get("dummy_values") or []]
    tsv = validators_dir() / str(deid.get("profile") or "dicom-deid-profile.tsv")
    with open(tsv, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))
    if rows:
        cols = list(rows[0].keys())
        lines += ["", f"## PS3.15 Table E.1-1 ({len(rows)} rows)", "",
                  "Actions: D dummy, Z zero-length or dummy, X remove, K keep, C clean, U replace UID. "
                  "Columns after `basic` are the options' actions.", "",
                  "| " + " | ".join(cols) + " |", "|" + "---|" * len(cols)]
        lines += ["| " + " | ".join(cell(r.get(c, "")) for c in cols) + " |" for r in rows]
    return "\n".join(lines) + "\n"


def all_pages() -> tuple[Pages, list[Any]]:
    """Every generated page and the navigation entries for them (hand-written pages are added by the build)."""
    pages, std_nav = standard_pages()
    rules, rules_nav = rule_pages()
    pages.update(rules)
    pages["cdm-diagram.md"] = er_diagram()
    pages["tiers.md"] = tier_matrix()
    pages["dicom-deid.md"] = deid_page()
    nav = [{"Standards": std_nav}, {"CDM entity diagram": "cdm-diagram.md"}, {"Tier matrix": "tiers.md"},
           {"Rules": rules_nav}, {"DICOM de-identification": "dicom-deid.md"}]
    return pages, nav
