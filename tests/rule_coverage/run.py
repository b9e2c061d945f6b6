"""Run every engine's batches, check the verdicts, and write ``build/rule-coverage.md``.

A rule is *covered* when its mutation fired through ``eucaim check``. Every other rule of the catalogue
must be listed in ``tests/data/rule-coverage-uncovered.yaml`` with the reason it cannot be triggered from
files; a listed rule that fires is a stale entry. Besides, no batch may raise a violation that no mutation
accounts for, the valid inputs must hold no violation, and every output format must tell the same summary.
"""

from __future__ import annotations

import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from tests.rule_coverage.core import Batch, Mutation, parse_format, run_batch, summary_by_format

REPO = Path(__file__).resolve().parents[2]
REPORT = REPO / "build" / "rule-coverage.md"
UNCOVERED = REPO / "tests" / "data" / "rule-coverage-uncovered.yaml"


def catalogue() -> dict[str, dict[str, Any]]:
    """Every rule ``eucaim rules`` lists, by id (the packaged catalogue, not a list kept here)."""
    from eucaim_spec.validate.catalogue import all_rules

    return {r.id: {**r.to_dict(), "engine": r.engine, "standard": r.standard} for r in all_rules()}


def uncovered_list(path: Path = UNCOVERED) -> dict[str, str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) if path.is_file() else None
    return {str(k): str(v) for k, v in (data or {}).items()}


@dataclass
class Result:
    rules: dict[str, dict[str, Any]]
    mutations: dict[str, list[Mutation]] = field(default_factory=dict)  # rule id -> its mutations
    orphans: dict[str, Mutation] = field(default_factory=dict)  # rule id -> why no mutation
    problems: list[str] = field(default_factory=list)
    formats: dict[str, dict[str, Any]] = field(default_factory=dict)  # batch -> format -> summary
    uncovered: dict[str, str] = field(default_factory=dict)

    def status(self, rid: str) -> str:
        if any(m.fired for m in self.mutations.get(rid, [])):
            return "stale uncovered entry" if rid in self.uncovered else "fired"
        if rid in self.uncovered:
            return "uncovered (listed)"
        if rid in self.mutations:
            return "NOT FIRED"
        return "NO MUTATION"

    def failures(self) -> list[str]:
        out = list(self.problems)
        for rid in sorted(self.rules):
            st = self.status(rid)
            if st == "NOT FIRED":
                m = self.mutations[rid][0]
                out.append(f"{rid}: did not fire on its mutation ({m.fixture})")
            elif st == "NO MUTATION":
                why = self.orphans[rid].note if rid in self.orphans else "no generator handles this rule"
                out.append(f"{rid}: neither covered nor listed in {UNCOVERED.name} ({why})")
            elif st == "stale uncovered entry":
                out.append(f"{rid}: listed in {UNCOVERED.name} but fires ({self.mutations[rid][0].fixture})")
        for rid in sorted(set(self.uncovered) - set(self.rules)):
            out.append(f"{rid}: listed in {UNCOVERED.name} but not a rule of the catalogue")
        for name, by_fmt in self.formats.items():
            ref = by_fmt.get("json")
            for fmt, summ in by_fmt.items():
                if summ != ref:
                    out.append(f"{name}: the {fmt} report tells another summary than json ({_diff(ref, summ)})")
        return out

    def summary_line(self) -> str:
        n = len(self.rules)
        fired = sum(1 for r in self.rules if self.status(r) == "fired")
        listed = sum(1 for r in self.rules if self.status(r) == "uncovered (listed)")
        fails = len(self.failures())
        return f"{fired}/{n} rules fired on their mutation, {listed} listed as uncovered, {fails} failure(s)"


def _diff(a: Any, b: Any) -> str:
    if not isinstance(a, dict) or not isinstance(b, dict):
        return f"{a!r} vs {b!r}"
    fa, fb = a.get("findings", {}), b.get("findings", {})
    keys = sorted(k for k in set(fa) | set(fb) if fa.get(k) != fb.get(k))[:5]
    return f"violations {a.get('violations')} vs {b.get('violations')}; " + ", ".join(
        f"{k}: {fa.get(k)} vs {fb.get(k)}" for k in keys)


def build_batches(work: Path, rules: dict[str, dict[str, Any]]) -> tuple[list[Batch], list[Mutation]]:
    from tests.rule_coverage.dataset import dataset_batches
    from tests.rule_coverage.dcat import dcat_batches
    from tests.rule_coverage.dicom import dicom_batches
    from tests.rule_coverage.profile import profile_batches
    from tests.rule_coverage.search import search_batches
    from tests.rule_coverage.sql_tables import cdm_batches, minimum_batches
    from tests.rule_coverage.template import template_batches

    batches: list[Batch] = []
    orphans: list[Mutation] = []
    for make in (cdm_batches, minimum_batches, dcat_batches, dicom_batches, dataset_batches, search_batches,
                 template_batches, profile_batches):
        b, o = make(work, rules)
        batches += b
        orphans += o
    return batches, orphans


def format_batches(batches: list[Batch], docs: dict[str, dict[str, Any]],
                   rules: dict[str, dict[str, Any]]) -> dict[str, dict[str, dict[str, Any]]]:
    """All formats tell the same summary: the fewest batches whose findings come from every engine that
    reported anything (a dataset batch holds catalogue, DICOM and table findings at once), those with
    violations and fewer findings first; five more runs each (the json report is the batch's own)."""
    def engines(doc: dict[str, Any]) -> set[str]:
        return {str(rules.get(f["rule_id"], {}).get("engine", "?")) for f in doc.get("findings", [])}

    todo = set().union(*(engines(d) for d in docs.values())) if docs else set()
    out: dict[str, dict[str, dict[str, Any]]] = {}
    ranked = sorted((b for b in batches if docs.get(b.name, {}).get("findings")),
                    key=lambda b: (int(docs[b.name]["summary"].get("violation", 0)) == 0,
                                   len(docs[b.name]["findings"]), b.name))
    while todo:
        best = max(ranked, key=lambda b: len(engines(docs[b.name]) & todo), default=None)
        if best is None or not engines(docs[best.name]) & todo:
            break
        todo -= engines(docs[best.name])
        by_fmt = {"json": parse_format("json", json.dumps(docs[best.name]))}
        by_fmt.update(summary_by_format(best.target, best.tier, best.extra_args, skip=("json",)))
        out[best.name] = by_fmt
    return out


def run_all(work: Path | None = None) -> Result:
    rules = catalogue()
    res = Result(rules, uncovered=uncovered_list())
    tmp = None
    if work is None:
        tmp = Path(tempfile.mkdtemp(prefix="eucaim-rule-coverage-"))
        work = tmp
    try:
        batches, orphans = build_batches(work, rules)
        docs: dict[str, dict[str, Any]] = {}
        for b in batches:
            docs[b.name] = run_batch(b)
            res.problems += b.problems
            for m in b.mutations:
                res.mutations.setdefault(m.rule_id, []).append(m)
        for name, by_fmt in format_batches(batches, docs, rules).items():
            res.formats[name] = by_fmt
        # the report names inputs relative to the work folder (a temporary one by default)
        res.problems = [p.replace(str(work), "<work>") for p in res.problems]
        for o in orphans:
            if o.rule_id not in res.mutations:
                res.orphans.setdefault(o.rule_id, o)
        # a mutation derived for a rule id the catalogue does not list is a generator (or catalogue) defect
        for rid in sorted(set(res.mutations) - set(rules)):
            res.problems.append(f"{rid}: a mutation was derived for a rule id that `eucaim rules` does not list")
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return res


def write_report(res: Result, path: Path = REPORT) -> None:
    """Markdown: totals per standard, the failures, then rule id -> fixture/mutation -> fired."""
    path.parent.mkdir(parents=True, exist_ok=True)
    per_std: dict[str, dict[str, int]] = {}
    for rid, r in res.rules.items():
        d = per_std.setdefault(str(r["standard"]), {"rules": 0, "fired": 0, "listed": 0, "failing": 0})
        d["rules"] += 1
        st = res.status(rid)
        key = {"fired": "fired", "uncovered (listed)": "listed"}.get(st, "failing")
        d[key] += 1
    lines = ["# Rule coverage", "",
             "Generated by `make rule-coverage` (`python -m tests.rule_coverage`); do not edit.", "",
             res.summary_line() + ".", "",
             "| standard | rules | fired | listed uncovered | failing |", "|---|---|---|---|---|"]
    for std, d in sorted(per_std.items()):
        lines.append(f"| {std} | {d['rules']} | {d['fired']} | {d['listed']} | {d['failing']} |")
    t = {k: sum(d[k] for d in per_std.values()) for k in ("rules", "fired", "listed", "failing")}
    lines.append(f"| **total** | {t['rules']} | {t['fired']} | {t['listed']} | {t['failing']} |")
    fails = res.failures()
    if fails:
        lines += ["", "## Failures", ""] + [f"- {_md(x)}" for x in fails]
    if res.formats:
        lines += ["", "## Output formats compared", ""]
        for name, by_fmt in res.formats.items():
            lines.append(f"- {name}: " + ", ".join(f"{fmt} ({s.get('violations')} violations, "
                                                     f"{sum(s.get('findings', {}).values())} occurrences)"
                                                     for fmt, s in by_fmt.items()))
    lines += ["", "## Rules", "", "| rule | fixture / mutation | fired |", "|---|---|---|"]
    for rid in sorted(res.rules):
        st = res.status(rid)
        ms = res.mutations.get(rid, [])
        if ms:
            where = ms[0].fixture
        elif rid in res.uncovered:
            where = "listed: " + res.uncovered[rid]
        else:
            where = res.orphans[rid].note if rid in res.orphans else ""
        fired = {"fired": "yes", "uncovered (listed)": "no (listed)"}.get(st, f"**{st}**")
        lines.append(f"| `{rid}` | {_md(where)} | {fired} |")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _md(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")
