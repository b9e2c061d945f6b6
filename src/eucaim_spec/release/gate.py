"""``eucaim release-check``: every gate a release of the standards must pass, one step at a time.

Steps: lint (strict LinkML lint, SHACL-SHACL), generate (no drift), examples (valid/invalid as labelled, run by
their tests in a checkout), rule-coverage (the suite of tests/rule_coverage when the checkout has it), diff
(against the last release tag or --against: the version rule), deprecations (removal versions reached,
removals without deprecation), changelog (an entry for every new version). A step that cannot run here says so
and is reported as skipped, never as passed.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from eucaim_spec import lint
from eucaim_spec.generate import pipeline
from eucaim_spec.release.changelog import changelog_path, has_entry
from eucaim_spec.release.classify import BREAKING, COMPATIBLE, parse_version
from eucaim_spec.release.deprecations import gate_problems
from eucaim_spec.release.diff import compare_sides
from eucaim_spec.release.load import build_side, open_side

STEPS = ("lint", "generate", "examples", "rule-coverage", "diff", "deprecations", "changelog")
#: The tests that check tests/data/<standard>/{valid,invalid} examples against their labels.
EXAMPLE_TESTS = ("tests/test_examples.py", "tests/test_engine_matrix.py", "tests/test_dcat_fixtures.py")
PASS, FAIL, SKIPPED = "pass", "fail", "skipped"


@dataclass
class StepResult:
    name: str
    status: str
    messages: list[str] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class GateResult:
    against: str | None
    steps: list[StepResult]
    versions: list[dict[str, Any]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return all(s.status != FAIL for s in self.steps)

    def to_dict(self) -> dict[str, Any]:
        return {"against": self.against, "ok": self.ok, "steps": [asdict(s) for s in self.steps],
                "versions": self.versions}


def last_release_tag(repo: Path | None) -> str | None:
    """The most recent tag reachable from HEAD, or None. When HEAD itself carries the tag and the spec folders are
    as committed (CI on a tag push), the release is gated against the tag before it, not against itself."""
    if repo is None:
        return None

    def describe(rev: str) -> str | None:
        out = subprocess.run(["git", "-C", str(repo), "describe", "--tags", "--abbrev=0", rev], capture_output=True,
                             text=True, check=False, timeout=60)
        return (out.stdout.strip() or None) if out.returncode == 0 else None

    tag = describe("HEAD")
    at_head = subprocess.run(["git", "-C", str(repo), "tag", "--points-at", "HEAD"], capture_output=True, text=True,
                             check=False, timeout=60).stdout.split()
    edited = subprocess.run(["git", "-C", str(repo), "status", "--porcelain", "--", "schemas", "shapes",
                             "validators"], capture_output=True, text=True, check=False, timeout=60).stdout.strip()
    if tag is not None and tag in at_head and not edited:
        return describe("HEAD^")
    return tag


def run_gate(root: Path, checkout: Path | None, repo: Path | None, against: str | None, skip: set[str],
             progress: Callable[[str], None] = lambda s: None) -> GateResult:
    """Run every step not in ``skip`` on the spec folders under ``root`` (the NEW side)."""
    ref = against or last_release_tag(repo)
    steps: list[StepResult] = []
    versions: list[dict[str, Any]] = []

    def timed(name: str, fn: Callable[[], StepResult]) -> None:
        if name in skip:
            steps.append(StepResult(name, SKIPPED, ["skipped by --skip"]))
            return
        progress(name)
        t = time.perf_counter()
        res = fn()
        res.seconds = round(time.perf_counter() - t, 2)
        steps.append(res)

    timed("lint", _lint)
    timed("generate", _generate)
    timed("examples", lambda: _pytest_step("examples", checkout, [t for t in EXAMPLE_TESTS
                                                                  if checkout and (checkout / t).is_file()]))
    timed("rule-coverage", lambda: _rule_coverage(checkout))
    release_steps = [s for s in ("diff", "deprecations", "changelog") if s not in skip]
    if ref is None:
        for s in ("diff", "deprecations", "changelog"):
            steps.append(StepResult(s, SKIPPED, ["skipped by --skip"] if s in skip else
                                    ["no release tag to compare with: give --against REF"]))
    elif release_steps:
        steps.extend(_release_steps(root, repo, ref, skip, versions))
    order = {n: i for i, n in enumerate(STEPS)}
    steps.sort(key=lambda s: order[s.name])
    return GateResult(ref, steps, versions)


def _lint() -> StepResult:
    errors = [str(p) for p in lint.lint_schemas() if p.level == "error"] + [str(p) for p in lint.lint_shapes()]
    return StepResult("lint", FAIL if errors else PASS, errors or ["schemas and shapes lint clean"])


def _generate() -> StepResult:
    outputs = pipeline.build_all()
    drift = pipeline.compare(outputs)
    msgs = [f"{kind}: {p}" for kind, paths in (("changed", drift.changed), ("missing", drift.missing),
                                              ("stale", drift.stale)) for p in paths]
    if msgs:
        msgs.append(f"run `{pipeline.REGENERATE_COMMAND}` (or `make generate`) and commit the result")
        return StepResult("generate", FAIL, msgs)
    return StepResult("generate", PASS, [f"{len(outputs)} generated files match their sources"])


def _run(name: str, cmd: list[str], cwd: Path) -> StepResult:
    res = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    tail = [ln for ln in (res.stdout + res.stderr).strip().splitlines() if ln.strip()][-5:]
    return StepResult(name, PASS if res.returncode == 0 else FAIL, [" ".join(cmd)] + tail)


def _pytest_step(name: str, checkout: Path | None, tests: list[str]) -> StepResult:
    if checkout is None or not tests:
        return StepResult(name, SKIPPED, ["not a checkout with the example tests (tests/data); run from one"])
    return _run(name, [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *tests], checkout)


def _rule_coverage(checkout: Path | None) -> StepResult:
    """The rule-coverage suite of another part of the project, called the way its own runner calls it."""
    if checkout is None or not (checkout / "tests" / "rule_coverage").is_dir():
        return StepResult("rule-coverage", SKIPPED, ["no tests/rule_coverage suite in this checkout"])
    makefile = checkout / "Makefile"
    if makefile.is_file() and any(ln.startswith("rule-coverage:") for ln in makefile.read_text().splitlines()):
        return _run("rule-coverage", ["make", "-s", "rule-coverage"], checkout)
    tests = sorted(str(p.relative_to(checkout)) for p in (checkout / "tests").glob("test_rule_coverage*.py"))
    if tests:
        return _pytest_step("rule-coverage", checkout, tests)
    return StepResult("rule-coverage", SKIPPED, ["tests/rule_coverage has no runner yet (no make target, no test)"])


def _release_steps(root: Path, repo: Path | None, ref: str, skip: set[str],
                   versions: list[dict[str, Any]]) -> list[StepResult]:
    out = []
    t = time.perf_counter()
    with open_side(ref, repo) as old_root, open_side(str(root), None) as new_root:
        old, new = build_side(old_root), build_side(new_root)
        result = compare_sides(old, new, new_root.schemas)
        problems = gate_problems(old, new, new_root.schemas, old_root.schemas)
        schemas = new_root.schemas
    seconds = round(time.perf_counter() - t, 2)
    versions.extend(v.to_dict() | {"counts": result.counts(v.standard)} for v in result.verdicts)
    if "diff" in skip:
        out.append(StepResult("diff", SKIPPED, ["skipped by --skip"]))
    else:
        msgs = []
        for v in result.verdicts:
            if v.ok:
                continue
            msgs.append(f"{v.standard}: {v.reason}")
            for c in result.changes:
                needed = c.cls == BREAKING or (c.cls == COMPATIBLE and v.required == "minor")
                if c.standard == v.standard and needed:
                    msgs.append(f"  {c.cls}: {c.detail} [{c.kind}]")
        summary = [f"{v.standard} {v.old_version} -> {v.new_version}: {v.reason}" for v in result.verdicts if v.ok]
        out.append(StepResult("diff", PASS if result.ok else FAIL, msgs + summary +
                              [f"warning: {w}" for w in result.warnings], seconds))
    if "deprecations" in skip:
        out.append(StepResult("deprecations", SKIPPED, ["skipped by --skip"]))
    else:
        out.append(StepResult("deprecations", FAIL if problems else PASS,
                              problems or ["no removal due, no removal without deprecation"]))
    if "changelog" in skip:
        out.append(StepResult("changelog", SKIPPED, ["skipped by --skip"]))
    else:
        missing, present = [], []
        for v in result.verdicts:
            if v.new_version and v.new_version != v.old_version and parse_version(v.new_version):
                path = changelog_path(schemas, v.standard)
                shown = f"schemas/{v.standard}/CHANGELOG.md"
                if has_entry(path, v.new_version):
                    present.append(f"{shown}: entry for {v.new_version}")
                else:
                    missing.append(f"{shown} has no entry '## {v.new_version}': draft it with `eucaim diff {ref} . "
                                   f"--standard {v.standard} --format markdown` and review it")
        out.append(StepResult("changelog", FAIL if missing else PASS,
                              missing + present or ["no version changed since " + ref]))
    return out


def render_text(result: GateResult) -> str:
    lines = [f"eucaim release-check against {result.against or '(no release tag)'}"]
    for s in result.steps:
        lines.append(f"{s.status.upper():<8} {s.name} ({s.seconds:.1f} s)")
        lines.extend(f"    {m}" for m in s.messages)
    lines.append("release gate passed" if result.ok else "release gate FAILED")
    return "\n".join(lines) + "\n"


def render_json(result: GateResult) -> str:
    import json

    return json.dumps(result.to_dict(), indent=2, ensure_ascii=False) + "\n"


def render_junit(result: GateResult) -> str:
    """One testcase per step: failure with the step's messages, skipped with its reason."""
    from xml.etree import ElementTree as ET

    failures = sum(s.status == FAIL for s in result.steps)
    skipped = sum(s.status == SKIPPED for s in result.steps)
    suite = ET.Element("testsuite", name="eucaim release-check", tests=str(len(result.steps)),
                       failures=str(failures), skipped=str(skipped), errors="0")
    for s in result.steps:
        case = ET.SubElement(suite, "testcase", classname="release-check", name=s.name, time=f"{s.seconds:.2f}")
        text = "\n".join(s.messages)
        if s.status == FAIL:
            ET.SubElement(case, "failure", message=(s.messages[0] if s.messages else s.name)[:200]).text = text
        elif s.status == SKIPPED:
            ET.SubElement(case, "skipped", message=(s.messages[0] if s.messages else "")[:200])
        else:
            ET.SubElement(case, "system-out").text = text
    suites = ET.Element("testsuites")
    suites.append(suite)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


RENDERERS = {"text": render_text, "json": render_json, "junit": render_junit}
