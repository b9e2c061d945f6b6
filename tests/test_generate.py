"""Generated models and artifacts: drift, byte stability, and failure on bad schema input."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from eucaim_spec.generate import context, pipeline
from eucaim_spec.paths import PACKAGE_DIR, spec_root
from tests.conftest import run_cli


@pytest.fixture(scope="module")
def outputs() -> dict[Path, bytes]:
    return pipeline.build_all()


def test_committed_artifacts_match_sources(outputs):
    """`eucaim generate --check` semantics: regenerating in memory gives exactly the committed files."""
    drift = pipeline.compare(outputs)
    assert not drift, (
        f"generated files differ from schemas/ (changed {drift.changed}, missing {drift.missing}, "
        f"stale {drift.stale}); run `eucaim generate` and commit\n"
        + "\n".join(f"{path}:\n  " + "\n  ".join(lines) for path, lines in drift.details.items())
    )


def test_generation_is_byte_stable(outputs):
    again = pipeline.build_all()
    assert set(again) == set(outputs)
    unstable = [p for p in outputs if outputs[p] != again[p]]
    assert unstable == []


def test_every_generated_text_file_names_its_source_and_says_do_not_edit(outputs):
    for path, content in outputs.items():
        if path.suffix in (".py", ".sql", ".ttl", ".json"):
            head = content[:400].decode()
            assert "generated from " in head and "do not edit" in head, path
            assert "20" + "26-" not in head.splitlines()[0]  # no date in the header line


def test_generate_check_cli_passes_on_clean_checkout():
    code, out, err = run_cli(["generate", "--check"])
    assert code == 0, err
    assert "match their sources" in out


def _copy_sources(tmp_path: Path) -> Path:
    root = tmp_path / "spec"
    for folder in ("schemas", "shapes", "generators", "validators"):
        if (spec_root() / folder).is_dir():
            shutil.copytree(spec_root() / folder, root / folder)
    return root


def _artifact_hashes() -> dict[str, str]:
    out = {}
    for folder in ("models", "artifacts"):
        for p in sorted((PACKAGE_DIR / folder).rglob("*")):
            if p.is_file() and "__pycache__" not in p.parts:
                out[p.as_posix()] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (("range: Patient", "range: Patinet"), "unknown range 'Patinet'"),
        (("EUCAIM:COM1001396", "EUCAM:COM1001396"), "EUCAM"),
    ],
    ids=["typo-in-range", "unknown-prefix"],
)
def test_bad_schema_fails_with_one_line_and_leaves_artifacts_untouched(tmp_path, monkeypatch, edit, expected):
    root = _copy_sources(tmp_path)
    targets = [p for p in (root / "schemas" / "cdm").rglob("*.yaml") if edit[0] in p.read_text()]
    assert targets, f"fixture text {edit[0]!r} not found in the CDM schema"
    targets[0].write_text(targets[0].read_text().replace(edit[0], edit[1], 1))
    before = _artifact_hashes()
    monkeypatch.setenv("EUCAIM_SPEC_ROOT", str(root))
    spec_root.cache_clear()
    context.ontology.cache_clear()
    try:
        code, out, err = run_cli(["generate"])
    finally:
        monkeypatch.delenv("EUCAIM_SPEC_ROOT")
        spec_root.cache_clear()
        context.ontology.cache_clear()
    assert code == 4
    lines = [ln for ln in err.splitlines() if ln.strip()]
    assert len(lines) == 1, err
    assert "schemas/cdm/" in lines[0] and expected in lines[0]
    assert "Traceback" not in err
    assert _artifact_hashes() == before


def test_generated_output_does_not_depend_on_the_checkout_location(outputs):
    here = str(spec_root()).encode()
    assert [p.name for p, content in outputs.items() if here in content] == []


def test_only_leaves_the_other_generated_folders_alone():
    """--only runs some recipes: the folders other recipes fill are neither stale (--check) nor emptied."""
    code, _out, err = run_cli(["generate", "--check", "--only", "report"])
    assert code == 0, err
