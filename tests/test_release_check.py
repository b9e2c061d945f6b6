"""eucaim release-check on throw-away git repositories holding a copy of this repository's spec folders.

The NEW side is the spec root (EUCAIM_SPEC_ROOT, the way a checkout is gated); the old side the last tag or
--against. Steps that need the whole project (lint: minutes; generate, which writes into the package) are
left out with --skip here and exercised by their own tests and CI.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml

from tests.conftest import REPO, run_cli

HEAVY = ["--skip", "lint", "--skip", "generate", "--skip", "examples", "--skip", "rule-coverage"]


def git(root: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org", *args],
                          check=True, capture_output=True, text=True).stdout


@pytest.fixture
def spec_repo(tmp_path, monkeypatch) -> Path:
    """A git repository with schemas/, shapes/, validators/ copied from the checkout, committed and tagged v0."""
    from eucaim_spec import paths

    root = tmp_path / "spec"
    root.mkdir()
    for folder in ("schemas", "shapes", "validators"):
        shutil.copytree(REPO / folder, root / folder)
    git(root, "init", "-q")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    git(root, "tag", "v0")
    monkeypatch.setenv("EUCAIM_SPEC_ROOT", str(root))
    paths.spec_root.cache_clear()
    yield root
    paths.spec_root.cache_clear()


def edit_schema(root: Path, standard: str, fn) -> None:
    path = root / "schemas" / standard / f"{standard}.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    fn(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")


def birth_sex(data: dict) -> dict:
    return data["classes"]["Patient"]["attributes"]["patient_birth_sex"]


def test_breaking_edit_fails_then_bump_and_changelog_pass(spec_repo, tmp_path):
    edit_schema(spec_repo, "cdm", lambda d: birth_sex(d).update({"required": True}))
    code, out, err = run_cli(["release-check", *HEAVY])
    assert code == 1
    assert "cdm: breaking changes need a major bump: version 0.1.0 -> 1.0.0 at least (is 0.1.0)" in out
    assert "slot Patient.patient_birth_sex: required raised" in out
    assert "release-check: diff failed" in err

    edit_schema(spec_repo, "cdm", lambda d: d.update({"version": "1.0.0"}))
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    data = json.loads(out)
    steps = {s["name"]: s for s in data["steps"]}
    assert code == 1 and steps["diff"]["status"] == "pass" and steps["changelog"]["status"] == "fail"
    assert steps["changelog"]["messages"][0].startswith("schemas/cdm/CHANGELOG.md has no entry '## 1.0.0'")

    code, entry, _ = run_cli(["diff", "v0", str(spec_repo), "--repo", str(spec_repo), "--standard", "cdm",
                              "--format", "markdown"])
    assert code == 0 and entry.startswith("## 1.0.0\n")
    (spec_repo / "schemas" / "cdm" / "CHANGELOG.md").write_text("# CDM changelog\n\n" + entry, encoding="utf-8")
    report = tmp_path / "release.xml"
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "junit", "-o", str(report)])
    assert code == 0
    suite = ET.parse(report).getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "0" and suite.get("skipped") == "4"
    cases = {c.get("name"): c for c in suite.iter("testcase")}
    assert sorted(cases) == sorted(["lint", "generate", "examples", "rule-coverage", "diff", "deprecations",
                                    "changelog"])
    assert cases["lint"].find("skipped") is not None and cases["diff"].find("failure") is None


def test_junit_failure_names_the_element(spec_repo):
    edit_schema(spec_repo, "cdm", lambda d: birth_sex(d)["annotations"].update({"tier": 1}))
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "junit"])
    assert code == 1
    root = ET.fromstring(out.split("\n", 1)[1])
    failure = next(c for c in root.iter("testcase") if c.get("name") == "diff").find("failure")
    assert failure is not None
    assert "slot Patient.patient_birth_sex: tier lowered (2 -> 1) [slot.tier.lowered]" in (failure.text or "")


def test_compatible_edit_needs_a_minor_bump(spec_repo):
    edit_schema(spec_repo, "fair", lambda d: d.update({"version": "0.1.1"}) or next(iter(d["classes"].values()))
                .setdefault("attributes", {}).update({"release_note": {"description": "A note.", "range": "string"}}))
    code, out, _ = run_cli(["release-check", *HEAVY])
    assert code == 1
    assert "fair: compatible changes need a minor bump: version 0.1.0 -> 0.2.0 at least (is 0.1.1)" in out


def test_removal_without_deprecation_fails(spec_repo):
    edit_schema(spec_repo, "cdm", lambda d: d["classes"]["Patient"]["attributes"].pop("patient_gender") and
                d.update({"version": "1.0.0"}))
    (spec_repo / "schemas" / "cdm" / "CHANGELOG.md").write_text("## 1.0.0\n\n- removed patient_gender\n")
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert code == 1
    assert steps["diff"]["status"] == "pass" and steps["changelog"]["status"] == "pass"
    assert steps["deprecations"]["messages"] == [
        "cdm: slot Patient.patient_gender was removed without being deprecated first (mark it deprecated, with "
        "removed_in, in a release before)"]


def test_deprecation_period_then_removal(spec_repo):
    """Deprecated in 0.2.0 with removed_in 1.0.0: warned; still there at 1.0.0 fails; removed at 1.0.0 passes."""
    def deprecate(d):
        gender = d["classes"]["Patient"]["attributes"]["patient_gender"]
        gender["deprecated"] = "not filled by the ETL"
        gender.setdefault("annotations", {}).update({"removed_in": "1.0.0", "deprecated_in": "0.2.0"})
        d["version"] = "0.2.0"

    edit_schema(spec_repo, "cdm", deprecate)
    (spec_repo / "schemas" / "cdm" / "CHANGELOG.md").write_text("## 0.2.0\n\n- deprecated patient_gender\n")
    code, out, _ = run_cli(["release-check", *HEAVY])
    assert code == 0
    assert "warning: cdm: slot Patient.patient_gender is deprecated since 0.2.0, removed in 1.0.0" in out
    git(spec_repo, "add", "-A")
    git(spec_repo, "commit", "-q", "-m", "0.2.0")
    git(spec_repo, "tag", "v0.2.0")

    edit_schema(spec_repo, "cdm", lambda d: d.update({"version": "1.0.0"}))
    (spec_repo / "schemas" / "cdm" / "CHANGELOG.md").write_text("## 1.0.0\n\n## 0.2.0\n")
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert code == 1 and steps["deprecations"]["messages"] == [
        "cdm: slot Patient.patient_gender was to be removed in 1.0.0 and is still there (version 1.0.0)"]

    edit_schema(spec_repo, "cdm", lambda d: d["classes"]["Patient"]["attributes"].pop("patient_gender"))
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert code == 0, steps
    assert json.loads(out)["against"] == "v0.2.0"


def test_without_a_tag_the_release_steps_say_so(spec_repo):
    git(spec_repo, "tag", "-d", "v0")
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert code == 0
    assert steps["diff"] == {"name": "diff", "status": "skipped", "seconds": 0.0,
                             "messages": ["no release tag to compare with: give --against REF"]}


def test_unknown_against_ref_is_exit_3(spec_repo):
    code, out, err = run_cli(["release-check", *HEAVY, "--against", "v9.9.9"])
    assert code == 3
    assert err.strip().splitlines()[-1] == "error: v9.9.9: not a folder and not a git ref of this repository"


@pytest.mark.parametrize(("recipe", "status", "code"), [("true", "pass", 0), ("false", "fail", 1)])
def test_rule_coverage_step_runs_the_make_target(spec_repo, recipe, status, code):
    (spec_repo / "tests" / "rule_coverage").mkdir(parents=True)
    (spec_repo / "tests" / "data").mkdir()
    (spec_repo / "Makefile").write_text(f"rule-coverage:\n\t{recipe}\n")
    got, out, _ = run_cli(["release-check", "--skip", "lint", "--skip", "generate", "--skip", "examples",
                           "--format", "json"])
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert steps["rule-coverage"]["status"] == status
    assert steps["rule-coverage"]["messages"][0] == "make -s rule-coverage"
    assert got == code


def test_generate_step_reports_drift(monkeypatch, tmp_path):
    """The generate step fails naming the drifted file and the command that fixes it."""
    from eucaim_spec.generate import pipeline
    from eucaim_spec.release import gate

    target = REPO / "src" / "eucaim_spec" / "artifacts" / "sql" / "cdm.duckdb.sql"
    monkeypatch.setattr(pipeline, "build_all", lambda only=None: {target: b"-- drifted\n"})
    monkeypatch.setattr(pipeline, "produced_dirs", lambda: [])
    res = gate._generate()
    assert res.status == "fail"
    assert res.messages == ["changed: src/eucaim_spec/artifacts/sql/cdm.duckdb.sql",
                            "run `eucaim generate` (or `make generate`) and commit the result"]


def test_registry_entry_with_a_reached_removal_version_fails(spec_repo):
    """schemas/vocab/deprecations.yaml may list schema elements too (kind slot/class/enum/value with a standard)."""
    path = spec_repo / "schemas" / "vocab" / "deprecations.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    data["entries"].append({"kind": "slot", "standard": "cdm", "name": "Patient.patient_gender",
                            "deprecated_in": "0.0.1", "removed_in": "0.1.0", "replacement": None,
                            "note": "not filled by the ETL"})
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    result = json.loads(out)
    steps = {s["name"]: s for s in result["steps"]}
    assert code == 1
    assert steps["deprecations"]["messages"] == [
        "cdm: slot Patient.patient_gender was to be removed in 0.1.0 and is still there (version 0.1.0)"]
    assert "warning: cdm: slot Patient.patient_gender is deprecated since 0.0.1, removed in 0.1.0" in \
        steps["diff"]["messages"]


def test_lint_step_fails_on_a_lint_error(monkeypatch):
    from eucaim_spec import lint
    from eucaim_spec.release import gate

    problem = lint.Problem("schemas/cdm/cdm.yaml", "error", "no_undeclared_slots", "slot x undeclared")
    monkeypatch.setattr(lint, "lint_schemas", lambda: iter([problem, lint.Problem("f", "warning", "r", "m")]))
    monkeypatch.setattr(lint, "lint_shapes", lambda: iter([]))
    res = gate._lint()
    assert (res.status, res.messages) == ("fail", [str(problem)])


@pytest.mark.parametrize(("body", "status", "code"), [("assert True", "pass", 0), ("assert False", "fail", 1)])
def test_examples_step_runs_the_example_tests(spec_repo, body, status, code):
    (spec_repo / "tests" / "data").mkdir(parents=True)
    (spec_repo / "tests" / "test_examples.py").write_text(f"def test_labelled():\n    {body}\n")
    got, out, _ = run_cli(["release-check", "--skip", "lint", "--skip", "generate", "--skip", "rule-coverage",
                           "--format", "json"])
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert steps["examples"]["status"] == status and got == code
    assert steps["examples"]["messages"][0].endswith("pytest -q -p no:cacheprovider tests/test_examples.py")


def test_on_a_tagged_release_commit_the_previous_tag_is_the_base(spec_repo):
    edit_schema(spec_repo, "cdm", lambda d: birth_sex(d).update({"required": True}) or d.update({"version": "1.0.0"}))
    (spec_repo / "schemas" / "cdm" / "CHANGELOG.md").write_text("## 1.0.0\n\n- birth sex required\n")
    git(spec_repo, "commit", "-q", "-am", "cdm 1.0.0")
    git(spec_repo, "tag", "v1")
    code, out, _ = run_cli(["release-check", *HEAVY, "--format", "json"])
    data = json.loads(out)
    assert data["against"] == "v0" and code == 0
    assert next(v for v in data["versions"] if v["standard"] == "cdm")["actual"] == "major"
