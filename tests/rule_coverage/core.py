"""What every engine's generator shares: a mutation, a batch, one CLI run and the attribution of its findings.

A *mutation* breaks one rule at one place of a valid input (a row of a table, a catalogue record, a DICOM
file). A *batch* is one input holding many independent mutations, checked with one ``eucaim check`` run;
each finding is attributed back to the mutations by its location (file, row, node). A batch also carries the
valid input it was derived from, checked once (the baseline must hold no violation).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Mutation:
    """One rule broken at one place. ``place`` is what attribution matches a finding against."""

    rule_id: str
    fixture: str  # human description: input, place, what was changed (never a personal value)
    place: Any = None
    #: other rules the same change may legitimately break at the same place (a value that is not an integer
    #: is also absent from the referenced table); they must not fire anywhere else
    tolerated: frozenset[str] = frozenset()
    #: findings at this place on this property path are tolerated too (a value outside its class is also
    #: outside the path's vocabulary, whatever rule says so)
    tolerate_path: str | None = None
    fired: bool = False
    note: str = ""


@dataclass
class Batch:
    """An input directory or file with its mutations; ``match(finding, mutation)`` attributes a finding."""

    name: str
    engine: str
    target: Path
    mutations: list[Mutation]
    match: Callable[[dict[str, Any], Mutation], bool]
    tier: int = 3
    extra_args: tuple[str, ...] = ()
    #: rules whose findings this batch may produce beyond its mutations (e.g. a rule whose check needs a
    #: second row: the valid partner row is flagged too); matched by ``match`` like a mutation's
    baseline: Path | None = None
    problems: list[str] = field(default_factory=list)


def run_cli_json(target: Path, tier: int, extra: tuple[str, ...] = (), fmt: str = "json") -> tuple[int, str, str]:
    from tests.conftest import run_cli

    return run_cli(["check", str(target), "--tier", str(tier), "--format", fmt, "--no-progress", *extra])


def findings_of(stdout: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    doc = json.loads(stdout)
    return doc, list(doc.get("findings", []))


def run_batch(batch: Batch) -> dict[str, Any]:
    """Run the baseline (when given) and the mutated input; set ``fired`` on each mutation; record problems.

    A finding is a mutation's when ``batch.match`` places it there (its location or the examples it shows).
    Returns the json report of the mutated run (for the format comparison)."""
    if batch.baseline is not None:
        code, out, err = run_cli_json(batch.baseline, batch.tier, batch.extra_args)
        if code not in (0, 1) or not out.strip():
            batch.problems.append(f"baseline {batch.name}: exit {code}: {err.strip()[:300]}")
        else:
            _, fs = findings_of(out)
            for f in fs:
                if f["severity"] == "violation":
                    batch.problems.append(
                        f"baseline {batch.name}: valid input raised {f['rule_id']} ({f.get('message', '')[:160]})"
                    )
    code, out, err = run_cli_json(batch.target, batch.tier, batch.extra_args)
    if not out.strip():
        batch.problems.append(f"{batch.name}: exit {code}, no report: {err.strip()[:300]}")
        return {}
    doc, fs = findings_of(out)
    by_rule: dict[str, list[Mutation]] = {}
    for m in batch.mutations:
        by_rule.setdefault(m.rule_id, []).append(m)
    for f in fs:
        rid = f["rule_id"]
        mine = [m for m in by_rule.get(rid, []) if batch.match(f, m)]
        for m in mine:
            m.fired = True
        if mine or f["severity"] != "violation":
            continue
        loc = f.get("location") or {}
        if any((rid in m.tolerated or (m.tolerate_path and loc.get("path") == m.tolerate_path))
               and batch.match(f, m) for m in batch.mutations):
            continue
        batch.problems.append(
            f"{batch.name}: violation {rid} that no mutation accounts for "
            f"(at {loc}, {f.get('count')}x: {f.get('message', '')[:160]})"
        )
    return doc


# ------------------------------------------------------------------------------------- format agreement
def summary_by_format(target: Path, tier: int, extra: tuple[str, ...] = (),
                      skip: tuple[str, ...] = ()) -> dict[str, dict[str, Any]]:
    """(rule_id, severity) counts and the summary line as each output format tells them (but ``skip``)."""
    out: dict[str, dict[str, Any]] = {}
    for fmt in ("json", "text", "sarif", "junit", "markdown", "html"):
        if fmt in skip:
            continue
        _, text, _ = run_cli_json(target, tier, extra, fmt)
        out[fmt] = parse_format(fmt, text)
    return out


def _count(pairs: list[tuple[str, str, int]]) -> dict[str, int]:
    """(rule_id, severity) -> occurrences (the sum of the findings' counts): what every format states, whether
    it lists findings one by one (json, sarif, junit) or one group per rule and severity (text, markdown, html)."""
    c: dict[str, int] = {}
    for rid, sev, n in pairs:
        key = f"{rid} {sev}"
        c[key] = c.get(key, 0) + n
    return c


SARIF_LEVEL = {"error": "violation", "warning": "warning", "note": "info", "none": "waived"}


def parse_format(fmt: str, text: str) -> dict[str, Any]:
    if fmt == "json":
        doc = json.loads(text)
        return {"findings": _count([(f["rule_id"], f["severity"], int(f.get("count") or 1)) for f in doc["findings"]]),
                "violations": doc["summary"]["violation"]}
    if fmt == "text":
        # one line per rule and severity: "VIOLATION  <rule> (tier 1, 2x in 2 places)"
        line = re.compile(r"^(VIOLATION|WARNING|INFO|WAIVED)\s+(\S+) \(tier \d+, (\d+)x", re.M)
        pairs = [(m.group(2), m.group(1).lower(), int(m.group(3))) for m in line.finditer(text)]
        head = re.search(r"^(\d+) violation\(s\)", text, re.M)
        return {"findings": _count(pairs), "violations": int(head.group(1)) if head else None}
    if fmt == "sarif":
        doc = json.loads(text)
        res = doc["runs"][0]["results"]
        pairs = [(r["ruleId"], SARIF_LEVEL[r["level"]], int((r.get("properties") or {}).get("count") or 1))
                 for r in res]
        return {"findings": _count(pairs), "violations": sum(1 for r in res if r["level"] == "error")}
    if fmt == "junit":
        from xml.etree import ElementTree as ET

        root = ET.fromstring(text)
        pairs = []
        for tc in root.iter("testcase"):
            fail = tc.find("failure")
            so = tc.find("system-out")
            body = (fail.text if fail is not None else (so.text if so is not None else "")) or ""
            m = re.search(r"\((\d+)x\)", body)
            sev = "violation" if fail is not None else body.split(":", 1)[0]
            pairs.append((tc.get("name", ""), sev, int(m.group(1)) if m else 1))
        return {"findings": _count(pairs), "violations": int(root.get("failures", "-1"))}
    if fmt == "markdown":
        # | severity (baseline) | `rule` or [`rule`](its page) | tier | count | ...
        row = re.compile(r"^\| (\w+)[^|]* \| \[?`([^`]+)`(?:\]\([^)]*\))? \| \d+ \| (\d+) \|", re.M)
        pairs = [(m.group(2), m.group(1), int(m.group(3))) for m in row.finditer(text)]
        head = re.search(r"(\d+) violation\(s\)", text)
        return {"findings": _count(pairs), "violations": int(head.group(1)) if head else None}
    if fmt == "html":
        row = re.compile(r'<span class="badge (\w+)">[^<]*</span> <code>([^<]+)</code> · tier \d+ · (\d+)×')
        pairs = [(m.group(2), m.group(1), int(m.group(3))) for m in row.finditer(text)]
        head = re.search(r"(\d+) violation\(s\)", text)
        return {"findings": _count(pairs), "violations": int(head.group(1)) if head else None}
    raise ValueError(fmt)
