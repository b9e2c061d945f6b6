"""The CI examples (GitHub Actions, GitLab CI, pre-commit) run the command this test runs, and it gates."""

from __future__ import annotations

import shlex
import subprocess
from xml.etree import ElementTree as ET

import yaml

from tests.conftest import REPO, run_cli
from tests.test_release_check import birth_sex, edit_schema, spec_repo  # noqa: F401 - fixture

FAST = "--skip lint --skip generate --skip examples --skip rule-coverage"


def test_ci_files_call_the_make_recipe():
    gh = yaml.safe_load((REPO / ".github" / "workflows" / "release-check.yml").read_text())
    runs = [s["run"] for s in gh["jobs"]["release-check"]["steps"] if "run" in s]
    checkout = gh["jobs"]["release-check"]["steps"][0]
    assert runs == ["make release-check PY=python3"]
    assert checkout["with"]["fetch-depth"] == 0  # tags needed for the diff against the last release
    gl = yaml.safe_load((REPO / ".gitlab-ci.yml").read_text())
    assert gl["release-check"]["script"] == ["make release-check PY=python3"]
    assert gl["release-check"]["artifacts"]["reports"]["junit"] == "build/release-check.xml"


def recipe_argv() -> list[str]:
    """The eucaim command line `make release-check` runs (make -n prints it without running anything)."""
    out = subprocess.run(["make", "-n", "release-check", f"RELEASE_CHECK_ARGS={FAST}"], cwd=REPO,
                         capture_output=True, text=True, check=True).stdout
    line = next(ln for ln in out.splitlines() if "eucaim release-check" in ln)
    argv = shlex.split(line)
    assert argv[0].endswith("eucaim")
    return argv[1:]


def test_make_recipe_command_gates_a_breaking_edit(spec_repo, monkeypatch):  # noqa: F811
    monkeypatch.chdir(spec_repo)
    args = recipe_argv()
    assert args[:3] == ["release-check", "--junit", "build/release-check.xml"]
    code, _, _ = run_cli(args)
    assert code == 0
    suite = ET.parse(spec_repo / "build" / "release-check.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "0"
    edit_schema(spec_repo, "cdm", lambda d: birth_sex(d).update({"required": True}))
    code, out, _ = run_cli(args)
    assert code == 1 and "slot Patient.patient_birth_sex: required raised" in out
    suite = ET.parse(spec_repo / "build" / "release-check.xml").getroot().find("testsuite")
    assert suite is not None and suite.get("failures") == "1"


def test_pre_commit_hook_entry(spec_repo, monkeypatch):  # noqa: F811
    config = yaml.safe_load((REPO / ".pre-commit-config.yaml").read_text())
    hook = config["repos"][0]["hooks"][0]
    argv = shlex.split(hook["entry"])
    assert argv[0] == ".venv/bin/eucaim" and hook["pass_filenames"] is False
    monkeypatch.chdir(spec_repo)
    assert run_cli(argv[1:])[0] == 0
    edit_schema(spec_repo, "minimum", lambda d: d["enums"].pop(next(iter(d["enums"]))))
    code, out, _ = run_cli(argv[1:])
    assert code == 1 and "minimum: breaking changes need a major bump" in out
