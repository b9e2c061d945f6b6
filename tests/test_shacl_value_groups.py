"""Value constraints on one property answered by one scan of its values (``compiled.work_units``,
``CompiledBackend.run_value_group``): each constraint still reports its own rule, count and focus nodes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import eucaim_spec.validate.shacl.compiled as compiled_module
from eucaim_spec.cli.main import cli
from eucaim_spec.validate.shacl.compiled import work_units
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.profiles import load_config
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals
from eucaim_spec.validate.shacl.shapes_plan import planned_shapes

HERE = Path(__file__).resolve().parent
MINIMAL = HERE / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl"
DESCRIPTION = "http://purl.org/dc/terms/description"
#: IRIs where text is due: the dataset's description once, the distribution's twice (two values, two results).
BROKEN = """
ex:dataset-001 dct:description <https://data.example.org/not-text> .
ex:distribution-001 dct:description <https://data.example.org/one>, <https://data.example.org/two> .
"""


def _check(path: Path) -> tuple[int, dict[str, dict]]:
    result = CliRunner().invoke(cli, ["check", str(path), "--format", "json"])
    return result.exit_code, {f["rule_id"]: f for f in json.loads(result.stdout)["findings"]}


def test_the_value_constraints_of_one_property_are_one_unit_of_work() -> None:
    """The packaged plan's node-kind constraints on dct:description (one per class that has it) run as one scan."""
    import pyoxigraph as ox

    cfg = load_config()
    planned = planned_shapes(cfg.profile_files(cfg.default_profile))
    assert planned is not None
    jobs = planned.jobs_for(DataGraph(ox.Store(), literals=IntegerLiterals()))
    assert jobs is not None
    units = [u for u in work_units(jobs) if u[0].path == DESCRIPTION and u[0].kind == "value"]
    assert len(units) == 1
    assert len({j.target for j in units[0]}) >= 4  # Dataset, Distribution, Catalog, Agent, ...


def test_each_constraint_of_a_shared_scan_reports_its_own_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    record = tmp_path / "record.ttl"
    record.write_text(MINIMAL.read_text(encoding="utf-8") + BROKEN, encoding="utf-8")
    code, found = _check(record)
    assert code == 1
    assert found["dcat_ap.dataset.description.range"]["count"] == 1
    assert found["dcat_ap.dataset.description.range"]["examples"] == ["https://data.example.org/eucaim/dataset-001"]
    assert found["dcat_ap.distribution.description.range"]["count"] == 2
    assert found["dcat_ap.distribution.description.range"]["severity"] == "violation"
    assert "dcat_ap.catalog.description.range" not in found
    # the same report as with one query per constraint
    monkeypatch.setattr(compiled_module, "work_units", lambda jobs: [[j] for j in jobs if j.kind != "count"])
    assert _check(record) == (code, found)
