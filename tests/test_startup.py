"""Issue 15, instant small checks: what a check of one catalogue record and of the shipped example imports and
reads at start-up (the compiled rule catalogue instead of every engine and engine suite, no LinkML)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from eucaim_spec.cli.main import cli
from eucaim_spec.validate import catalogue, indicators
from eucaim_spec.validate.dicom import scan
from eucaim_spec.validate.suite import pattern_matches, patterns_regex

ROOT = Path(__file__).resolve().parent.parent
ONE_RECORD = ROOT / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl"
EXAMPLE = ROOT / "examples" / "tier1-dataset"

#: Runs ``eucaim ARGS`` in a fresh interpreter, then prints its exit code and the modules it imported.
RUN_AND_LIST = """
import json, sys
from eucaim_spec.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as exc:
    code = exc.code
print(json.dumps({"exit": code, "modules": sorted(sys.modules)}))
"""

#: Heavy or engine modules a check that does not need them must not import.
LINKML = ("linkml", "linkml_runtime")
TABLE_ENGINES = ("eucaim_spec.validate.sql", "eucaim_spec.validate.dicom", "eucaim_spec.validate.search")
#: Libraries no check needs unless asked (pySHACL backend, templates, spreadsheets, dataframes, DICOM datasets).
NEVER_AT_CHECK = ("rdflib", "pyshacl", "jinja2", "openpyxl", "pandas", "polars", "pydicom")
#: What a table or DICOM check loads and a catalogue record check must not.
TABLE_LIBRARIES = ("duckdb", "pyarrow", "numpy")


def _run(*args: str) -> tuple[int, list[str]]:
    res = subprocess.run([sys.executable, "-c", RUN_AND_LIST, *args], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    out = json.loads(res.stdout.strip().splitlines()[-1])
    return out["exit"], out["modules"]


def _of(modules: list[str], roots: tuple[str, ...]) -> list[str]:
    return [m for m in modules if any(m == r or m.startswith(r + ".") for r in roots)]


def test_one_record_check_imports_no_linkml_and_no_table_engine() -> None:
    """``eucaim check <record> --format json`` reads the compiled catalogue: it imports neither LinkML nor the
    sql, dicom and search engines (nor urllib.request, which xml.sax.saxutils would bring), and still reports."""
    code, modules = _run("check", str(ONE_RECORD), "--format", "json")
    assert code == 0
    assert _of(modules, LINKML) == []
    assert _of(modules, TABLE_ENGINES) == []
    assert "urllib.request" not in modules
    assert _of(modules, NEVER_AT_CHECK + TABLE_LIBRARIES) == []
    assert "eucaim_spec.validate.shacl.engine" in modules  # the record was checked by the shacl engine


def test_example_check_imports_no_linkml() -> None:
    """The shipped example (record, DICOM tree, minimum table) is checked from compiled plans alone."""
    code, modules = _run("check", str(EXAMPLE), "--format", "json")
    assert code == 0
    assert _of(modules, LINKML) == []
    assert "eucaim_spec.validate.sql.engine" in modules and "eucaim_spec.validate.dicom.engine" in modules
    assert "eucaim_spec.validate.search.engine" not in modules  # Tier 1: the search readiness does not run
    assert _of(modules, NEVER_AT_CHECK) == []
    # its nine DICOM files are scanned in path order already: no sort, so no pyarrow.compute (~40 ms to import)
    assert "pyarrow" in modules and "pyarrow.compute" not in modules


def test_compiled_catalogue_is_the_catalogue_of_the_sources() -> None:
    """artifacts/rules/catalogue.json equals what the engines and engine suites define now (generate --check
    keeps it so; this says it in a second), and ``eucaim rules`` publishes exactly it."""
    assert catalogue.CATALOGUE_ARTIFACT.is_file(), "run `eucaim generate`"
    compiled = list(catalogue.all_rules())
    assert compiled == list(catalogue.compile_catalogue())
    res = CliRunner().invoke(cli, ["rules", "--format", "json"])
    assert res.exit_code == 0, res.output
    published = json.loads(res.stdout)
    ids = [r["id"] for r in (published["rules"] if isinstance(published, dict) else published)]
    assert sorted(ids) == [r.id for r in compiled]


def test_engines_are_constructed_on_first_use() -> None:
    engines = catalogue.available_engines()
    assert "shacl" in engines and engines.get("shacl") is engines["shacl"]
    assert dict.__contains__(engines, "shacl") and not dict.__contains__(engines, "sql")
    assert "nonesuch" not in engines and engines.get("nonesuch") is None
    with pytest.raises(KeyError):
        engines["nonesuch"]
    engines.pop("search")
    assert "search" not in engines
    assert sorted(engines) == sorted(set(catalogue.ENGINES) - {"search"})
    assert {**engines}.keys() == set(catalogue.ENGINES) - {"search"}


@pytest.mark.parametrize("pattern,rule_id,expected", [
    ("dcat_ap.*", "dcat_ap.dataset.title.min_count", True),
    ("dcat_ap.*", "dcat_ap", False),
    ("dcat_ap.*.title.*", "dcat_ap.dataset.title.min_count", True),
    ("dcat_ap.*.title", "dcat_ap.dataset.title.min_count", False),
    ("cdm.patient.*.required", "cdm.patient.patient_id.required", True),
    ("cdm.patient.*.required", "cdm.patient.patient_id.type", False),
    ("minimum.dataset.imaging_missing", "minimum.dataset.imaging_missing", True),
    ("minimum.dataset.imaging_missing", "minimum.dataset.imaging_missingx", False),
    ("a+b.*", "a+b.c", True),
    ("a+b.*", "aab.c", False),
])
def test_pattern_match_by_compiled_expression(pattern: str, rule_id: str, expected: bool) -> None:
    """Rule-id patterns (tier suite, thresholds, waivers, FAIR indicators) match part by part, compiled."""
    assert pattern_matches(pattern, rule_id) is expected
    assert (patterns_regex(("x.y", pattern)).fullmatch(rule_id) is not None) is expected
    assert patterns_regex(()).fullmatch(rule_id) is None


def test_catalogue_compiled_from_another_spec_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """With EUCAIM_SPEC_ROOT (another copy of the sources) the packaged artifact does not describe the sources:
    the catalogue is compiled from them; without it, the artifact is read and nothing is compiled."""
    calls: list[int] = []
    real = catalogue.compile_catalogue

    def counting() -> object:
        calls.append(1)
        return real()

    monkeypatch.setattr(catalogue, "compile_catalogue", counting)
    catalogue.all_rules.cache_clear()
    try:
        monkeypatch.delenv("EUCAIM_SPEC_ROOT", raising=False)
        packaged = list(catalogue.all_rules())
        assert calls == []
        catalogue.all_rules.cache_clear()
        monkeypatch.setenv("EUCAIM_SPEC_ROOT", str(ROOT))
        assert list(catalogue.all_rules()) == packaged and calls == [1]
    finally:
        catalogue.all_rules.cache_clear()


def test_fair_plan_is_the_plan_of_the_sources() -> None:
    """artifacts/rules/fair_plan.json (the report's requirements and indicators with the rules behind them)
    equals what the FAIR data and the rule catalogue give now; a check reads it, not the FAIR YAML."""
    assert indicators.PLAN_ARTIFACT.is_file(), "run `eucaim generate`"
    plan = indicators.load_plan()
    assert plan == indicators.compile_plan()
    t1_1 = next(e for e in plan["requirements"] if e["id"] == "T1-1")
    assert t1_1["tier"] == 1 and "dcat_ap.*" in t1_1["rules"]
    assert "minimum.dataset.metadata_missing" in t1_1["rule_ids"]
    assert all(r.startswith(("dcat_ap.", "minimum.dataset.")) for r in t1_1["rule_ids"])


def test_fair_plan_compiled_from_another_spec_root(monkeypatch: pytest.MonkeyPatch) -> None:
    """As the rule catalogue: the packaged plan is read unless EUCAIM_SPEC_ROOT points at other sources, and the
    indicators of a report are the same either way (through eucaim check)."""
    calls: list[int] = []
    real = indicators.compile_plan

    def counting(rule_ids: list[str] | None = None) -> object:
        calls.append(1)
        return real(rule_ids)

    monkeypatch.setattr(indicators, "compile_plan", counting)
    indicators.load_plan.cache_clear()
    catalogue.all_rules.cache_clear()
    try:
        monkeypatch.delenv("EUCAIM_SPEC_ROOT", raising=False)
        packaged = CliRunner().invoke(cli, ["check", str(EXAMPLE), "--tier", "2", "--format", "json"])
        assert calls == []
        indicators.load_plan.cache_clear()
        catalogue.all_rules.cache_clear()
        monkeypatch.setenv("EUCAIM_SPEC_ROOT", str(ROOT))
        compiled = CliRunner().invoke(cli, ["check", str(EXAMPLE), "--tier", "2", "--format", "json"])
        assert calls == [1]
    finally:
        indicators.load_plan.cache_clear()
        catalogue.all_rules.cache_clear()
    assert packaged.exit_code == compiled.exit_code == 0, packaged.output
    got, want = json.loads(packaged.stdout)["indicators"], json.loads(compiled.stdout)["indicators"]
    assert got == want
    assert {i["id"] for i in got} >= {"T1-1", "T2-1", "RDA-F1-01M"}
    assert {i["status"] for i in got} >= {"pass", "not_assessed"}


def test_scan_order_without_a_sort(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A small DICOM tree walked in path order is returned as the pyarrow.compute sort returns it, without that
    sort; one walked out of path order (a folder's files before its subfolders': b.dcm before a/...) is sorted."""
    from dicom_factory import image, save

    save(image(instance=1), tmp_path / "b.dcm")
    save(image(instance=2), tmp_path / "a" / "x.dcm")
    save(image(instance=3), tmp_path / "a" / "y.dcm")
    ordered = ["a/x.dcm", "a/y.dcm", "b.dcm"]
    assert [f for f, _size in scan.walk(tmp_path)[0]] != ordered  # the walk order is not the path order
    in_order = tmp_path / "a"
    assert [f for f, _size in scan.walk(in_order)[0]] == ["x.dcm", "y.dcm"]
    unsorted, presorted = scan.scan_tree(tmp_path, workers=1), scan.scan_tree(in_order, workers=1)
    assert unsorted.column("path").to_pylist() == ordered
    monkeypatch.setattr(scan, "SORTED_CHECK_MAX_ROWS", 0)  # always the pyarrow.compute sort
    assert scan.scan_tree(tmp_path, workers=1).equals(unsorted)
    assert scan.scan_tree(in_order, workers=1).equals(presorted)
    assert [c.num_chunks for c in presorted.columns] == [1] * presorted.num_columns
