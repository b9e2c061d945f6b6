"""The compiled shapes plan (artifacts/plan/shacl.json): fresh, and a check from it finds what parsing finds."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import eucaim_spec.validate.shacl.engine as engine_module
from eucaim_spec.cli.main import cli
from eucaim_spec.validate.shacl.compiled import CompiledBackend
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.engine import ShaclEngine
from eucaim_spec.validate.shacl.jobs import NeedsShapes
from eucaim_spec.validate.shacl.profiles import load_config, load_shapes
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals
from eucaim_spec.validate.shacl.shapes import ShapesGraph
from eucaim_spec.validate.shacl.shapes_plan import (
    PlannedShapes,
    ShapeIndex,
    canonical,
    job_from_dict,
    job_to_dict,
    plan_shapes,
    planned_shapes,
)
from tests.test_shacl_support import ctx

HERE = Path(__file__).resolve().parent
RECORDS = sorted((HERE / "data" / "dcat_ap").rglob("*.ttl")) + sorted((HERE / "data" / "shacl_engine").rglob("*.ttl"))


@pytest.fixture(scope="module")
def cfg():
    return load_config()


def test_the_default_profile_is_planned(cfg) -> None:
    planned = planned_shapes(cfg.profile_files(cfg.default_profile))
    assert planned is not None
    assert {v.literals_known for v in planned.variants} == {True}
    assert len(planned.variants) == 2  # with and without the background facts


def test_a_changed_shape_file_is_not_planned(cfg, tmp_path: Path) -> None:
    files = cfg.profile_files(cfg.default_profile)
    changed = tmp_path / files[0].name
    changed.write_text(files[0].read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    assert planned_shapes([changed, *files[1:]]) is None


def _findings(path: Path, background: bool, planned: bool, monkeypatch: pytest.MonkeyPatch) -> list[dict]:
    with monkeypatch.context() as m:
        if not planned:
            m.setattr(engine_module, "planned_shapes", lambda files: None)
        findings = ShaclEngine().check(path, ctx(HERE, background=background))
    return [f.model_dump(mode="json") for f in findings]


@pytest.mark.parametrize("background", [True, False], ids=["background", "no-background"])
@pytest.mark.parametrize("path", RECORDS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_plan_finds_what_parsing_finds(path: Path, background: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    assert _findings(path, background, True, monkeypatch) == _findings(path, background, False, monkeypatch)


def test_planned_jobs_are_the_planner_jobs(cfg) -> None:
    """Jobs read back from the artifact equal those planned now on the same data (shapes relabelled alike)."""
    files = cfg.profile_files(cfg.default_profile)
    planned = planned_shapes(files)
    assert planned is not None
    data = DataGraph(ox.Store(), [], [], IntegerLiterals())
    fresh = plan_shapes(load_shapes(cfg, files), files, [data])
    jobs = planned.jobs_for(DataGraph(ox.Store(), [], [], IntegerLiterals()))
    assert jobs is not None
    assert [job_to_dict(j) for j in jobs] == fresh.variants[0].jobs
    assert [job_to_dict(job_from_dict(d)) for d in fresh.variants[0].jobs] == fresh.variants[0].jobs


def test_unknown_subclasses_are_planned_at_check_time(cfg) -> None:
    """Data that states a subclass of a class the shapes target makes the packaged plan unfit."""
    planned = planned_shapes(cfg.profile_files(cfg.default_profile))
    assert isinstance(planned, PlannedShapes)
    store = ox.Store()
    sub = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#subClassOf")
    store.add(ox.Quad(ox.NamedNode("https://example.org/MyDataset"), sub, ox.NamedNode("http://www.w3.org/ns/dcat#Dataset")))
    assert planned.jobs_for(DataGraph(store, [], [], IntegerLiterals())) is None


def test_canonical_labels_do_not_depend_on_the_parse(cfg) -> None:
    files = cfg.profile_files("base")
    first = ShapeIndex(canonical(load_shapes(cfg, files)))
    again = canonical(ShapesGraph.from_texts((f.name, f.read_text(encoding="utf-8")) for f in files))
    assert ShapeIndex(again).to_dict() == first.to_dict()


def test_the_rules_from_the_plan_are_the_parsed_rules(monkeypatch: pytest.MonkeyPatch) -> None:
    planned = ShaclEngine().rules()
    monkeypatch.setattr(engine_module, "planned_shapes", lambda files: None)
    assert planned == ShaclEngine().rules()


def test_a_blank_node_focus_of_a_per_node_job_falls_back_to_the_parsed_shapes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A blank node cannot be written into a per-focus query (the hdab shapes): the shapes are parsed after all."""
    record = (HERE / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl").read_text(encoding="utf-8")
    blank = tmp_path / "blank.ttl"
    blank.write_text(record + '\nex:dataset-001 healthdcatap:hdab [ a foaf:Agent ; foaf:name "HDAB"@en ] .\n',
                     encoding="utf-8")
    raised: list[str] = []
    run_jobs = CompiledBackend.run_jobs

    def spy(self: CompiledBackend, *args: Any, **kwargs: Any) -> Any:
        try:
            return run_jobs(self, *args, **kwargs)
        except NeedsShapes as exc:
            raised.append(str(exc))
            raise

    monkeypatch.setattr(CompiledBackend, "run_jobs", spy)
    assert _findings(blank, True, True, monkeypatch) == _findings(blank, True, False, monkeypatch)
    assert raised


def test_canonical_labels_an_rdf_list_deeper_than_the_recursion_limit() -> None:
    """sh:in lists are blank-node chains; one longer than Python's recursion limit is labelled, and alike."""
    codes = " ".join(f"<https://example.org/c{i}>" for i in range(3000))
    text = ("@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
            f"<https://example.org/S> sh:property [ sh:path <https://example.org/p> ; sh:in ( {codes} ) ] .\n")
    first = canonical(ShapesGraph.from_texts([("deep.ttl", text)]))
    again = canonical(ShapesGraph.from_texts([("deep.ttl", text)]))
    assert len(first.graph) == 3000 * 2 + 3
    assert sorted(first.graph) == sorted(again.graph)


def test_a_catalogue_counts_each_missing_property_once_per_record(tmp_path: Path) -> None:
    """`eucaim check` on a catalogue (the compiled plan, whose cardinality results are batched per
    constraint) reports what pySHACL's results give: the rule on every record that misses the property,
    counted once per record, with the first dataset IRIs as examples; optional properties absent everywhere
    count every record."""
    record = (HERE / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl").read_text(encoding="utf-8")
    head, body = record.split("\nex:catalogue ", 1)
    title = '    dct:title "Synthetic prostate MRI collection"@en ;\n'
    assert title in body
    copies = []
    for i in range(1, 8):
        copy = body.replace("dataset-001", f"dataset-00{i}")
        copies.append(copy.replace(title, "") if i in (2, 3, 5) else copy)
    catalogue = tmp_path / "catalogue.ttl"
    catalogue.write_text(head + "\n" + "\n".join("ex:catalogue " + c for c in copies), encoding="utf-8")

    def findings(*extra: str) -> dict[str, Any]:
        result = CliRunner().invoke(cli, ["check", str(catalogue), "--format", "json", *extra])
        assert result.exit_code == 1, result.output
        return {f["rule_id"]: f for f in json.loads(result.stdout)["findings"]}

    ours = findings()
    title_rule = ours["dcat_ap.dataset.title.min_count"]
    ex = "https://data.example.org/eucaim/dataset-00"
    assert (title_rule["count"], title_rule["examples"]) == (3, [f"{ex}2", f"{ex}3", f"{ex}5"])
    assert title_rule["location"]["node"] == f"{ex}2"
    everywhere = [f for f in ours.values() if f["count"] == 7 and f["rule_id"].endswith(".min_count")]
    assert everywhere and all(f["examples"] == [f"{ex}{i}" for i in range(1, 6)] for f in everywhere)
    assert findings("--shacl-backend", "pyshacl") == ours


@pytest.mark.parametrize(
    "subject", ["ex:distribution-001", "ex:dataset-001 dcat:distribution [ a dcat:Distribution ;"], ids=["iri", "blank"]
)
def test_a_derived_integer_is_checked_as_written(tmp_path: Path, subject: str) -> None:
    """`eucaim check`: "-3"^^xsd:nonNegativeInteger breaks the byte size datatype rule, "12" does not, on an
    IRI (literals recorded alongside the bulk load) and on a blank node (recorded while the store is filled)."""
    record = (HERE / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl").read_text(encoding="utf-8")
    close = " ] ." if subject.endswith(";") else " ."
    counts = []
    for value in ("12", "-3"):
        f = tmp_path / f"size{value}.ttl"
        f.write_text(f'{record}\n{subject} dcat:byteSize "{value}"^^xsd:nonNegativeInteger{close}\n', encoding="utf-8")
        result = CliRunner().invoke(cli, ["check", str(f), "--format", "json"])
        assert result.exit_code in (0, 1), result.output
        rules = {x["rule_id"]: x["count"] for x in json.loads(result.stdout)["findings"]}
        counts.append(rules.get("dcat_ap.distribution.byte_size.datatype", 0))
    assert counts == [0, 1]
