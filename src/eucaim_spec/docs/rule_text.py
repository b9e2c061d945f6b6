"""One rule explained: meaning, source, severity per tier, how to fix it, allowed codes and examples.

The same content feeds the rule catalogue pages of the site (Markdown) and ``eucaim explain`` (plain text),
so the terminal and the web never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass

from eucaim_spec.docs import spec_index as si
from eucaim_spec.docs.markup import cell
from eucaim_spec.site_urls import rule_url
from eucaim_spec.validate.rules import Rule

#: Codes listed inline on a rule's page; longer lists link to the enumeration page instead.
INLINE_CODES = 60


@dataclass
class RuleDoc:
    rule: Rule
    source: str
    severity: dict[int, str | None]
    slot: si.RuleSlot | None
    codes: si.EnumDoc | None
    failing: si.Example | None
    passing: si.Example | None
    #: the `eucaim check` option that runs the rule below the tier that runs it by default (--quality), if any
    opt_in: str | None = None

    @property
    def fix(self) -> str:
        if self.rule.hint:
            return self.rule.hint
        if self.codes is not None:
            return f"use a code of {self.codes.name} (listed below)"
        return "see the meaning above; the finding's location names the file and place"


def rule_doc(rule_id: str) -> RuleDoc:
    """Everything known about ``rule_id``; KeyError when the catalogue has no such rule."""
    rule = si.catalogue()[rule_id]
    failing, passing = si.examples(rule_id)
    return RuleDoc(rule, si.rule_source(rule), si.severity_by_tier(rule), si.rule_slot(rule_id),
                   si.allowed_codes(rule_id), failing, passing, si.opt_in(rule))


def _sev_words(doc: RuleDoc) -> list[tuple[str, str]]:
    """(tier, severity) words; below the tier that runs an opt-in rule, the severity the option gives it (that
    of the first tier that runs it, as `eucaim check` keeps such findings)."""
    sev = doc.severity
    out = []
    for t, s in sev.items():
        first = next((sev[u] for u in sorted(sev) if u > t and sev[u]), None)
        if s is None and doc.opt_in and first:
            s = f"{first} with {doc.opt_in} (opt-in)"
        out.append((f"tier {t}", s or "not run"))
    return out


def _runs(doc: RuleDoc) -> str | None:
    """How an opt-in rule runs, or None for a rule that runs wherever the tier suite says."""
    tiers = [t for t, s in doc.severity.items() if s]
    if not doc.opt_in or not tiers:
        return None
    return (f"by default from tier {tiers[0]} (validators/tiers.yaml); below it only with `eucaim check "
            f"{doc.opt_in}`; never with `--no-{doc.opt_in.removeprefix('--')}`")


def _fence(text: str, lang: str = "text") -> str:
    ticks = "````" if "```" in text else "```"
    return f"{ticks}{lang}\n{text}\n{ticks}"


def _lang(path: str) -> str:
    return {"ttl": "turtle", "jsonld": "json", "json": "json", "yaml": "yaml", "yml": "yaml",
            "csv": "text"}.get(path.rsplit(".", 1)[-1], "text")


def markdown(doc: RuleDoc, class_link: str | None = None, enum_link: str | None = None) -> str:
    """The rule's section body on the catalogue page (the heading with the rule-id anchor is the caller's).

    ``class_link``/``enum_link`` are relative links to the class page (slot anchor) and enumeration page.
    """
    r = doc.rule
    out = [f"**Meaning.** {cell(r.title)}", ""]
    if doc.slot is not None:
        what = f"`{doc.slot.cls}.{doc.slot.slot.name}` ({cell(doc.slot.slot.maps_to)})"
        out += [f"**Checks.** [{what}]({class_link})" if class_link else f"**Checks.** {what}", ""]
    out += [f"**Standard, engine.** {r.standard}, {r.engine}; applies from tier {r.tier}.", "",
            f"**Source.** {cell(doc.source)}", "",
            "| " + " | ".join(t for t, _ in _sev_words(doc)) + " |",
            "|" + "---|" * len(doc.severity),
            "| " + " | ".join(s for _, s in _sev_words(doc)) + " |", ""]
    runs = _runs(doc)
    if runs:
        out += [f"**Runs.** {cell(runs)}.", ""]
    out += [f"**How to fix it.** {cell(doc.fix)}", ""]
    if doc.codes is not None:
        codes = doc.codes.codes
        name = f"[{doc.codes.name}]({enum_link})" if enum_link else f"`{doc.codes.name}`"
        out.append(f"**Allowed codes.** {len(codes)} codes of {name}" + (":" if len(codes) <= INLINE_CODES
                                                                          else " (see its page)."))
        if len(codes) <= INLINE_CODES:
            out += ["", "| code | label |", "|---|---|"]
            out += [f"| `{c.code}` | {cell(c.label)}{' (deprecated)' if c.deprecated else ''} |" for c in codes]
        out.append("")
    for title, ex in (("Failing example", doc.failing), ("Passing example", doc.passing)):
        if ex is None:
            continue
        if ex.path.startswith("rule-coverage"):  # a one-line description, not a file
            out += [f"**{title}** ({ex.path}, `{si.COVERAGE_REPORT}`): {cell(ex.text)}", ""]
        else:
            out += [f"**{title}** (`{ex.path}`):", "", _fence(ex.text, _lang(ex.path)), ""]
    return "\n".join(out)


def plain(doc: RuleDoc, site_url: str | None = None) -> str:
    """The same content for a terminal: no Markdown, every allowed code listed."""
    r = doc.rule
    lines = [r.id, "=" * len(r.id), "", f"Meaning:   {r.title}"]
    if doc.slot is not None:
        lines.append(f"Checks:    {doc.slot.cls}.{doc.slot.slot.name} ({doc.slot.slot.maps_to})")
    lines += [f"Standard:  {r.standard} (engine {r.engine}; applies from tier {r.tier})",
              f"Source:    {doc.source}",
              "Severity:  " + ", ".join(f"{t}: {s}" for t, s in _sev_words(doc))]
    runs = _runs(doc)
    if runs:
        lines.append(f"Runs:      {runs}")
    lines += [f"Fix:       {doc.fix}",
              f"Page:      {rule_url(r.id, r.standard, site_url)}"]
    if doc.codes is not None:
        lines += ["", f"Allowed codes ({len(doc.codes.codes)}, {doc.codes.name}):"]
        width = max(len(c.code) for c in doc.codes.codes)
        for c in doc.codes.codes:
            dep = f"  [deprecated: {c.deprecated}]" if c.deprecated else ""
            lines.append(f"  {c.code.ljust(width)}  {c.label}{dep}")
    for title, ex in (("Failing example", doc.failing), ("Passing example", doc.passing)):
        if ex is not None:
            lines += ["", f"{title} ({ex.path}):", *("  " + ln for ln in ex.text.splitlines())]
    return "\n".join(lines) + "\n"
