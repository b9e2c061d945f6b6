"""The shacl engine on the test profile: each invalid example yields exactly its rule, valid ones none."""

from __future__ import annotations

from pathlib import Path

import pytest

from eucaim_spec.validate.shacl.compiled import CompiledBackend
from eucaim_spec.validate.shacl.engine import ShaclEngine
from eucaim_spec.validate.shacl.pyshacl_backend import PyShaclBackend
from tests.test_shacl_support import TEST_DATA, ctx, expected_rule, make_config

INVALID = sorted((TEST_DATA / "invalid").glob("*.ttl"))
VALID = sorted((TEST_DATA / "valid").glob("*.ttl"))


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory):
    return make_config(tmp_path_factory.mktemp("shapes"))


@pytest.mark.parametrize("backend", [CompiledBackend, PyShaclBackend], ids=["compiled", "pyshacl"])
@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_yields_exactly_its_rule(config, path: Path, backend) -> None:
    engine = ShaclEngine(config, backend())
    findings = engine.check(path, ctx(TEST_DATA, background=True))
    assert {f.rule_id for f in findings} == {expected_rule(path)}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_has_no_finding(config, path: Path) -> None:
    findings = ShaclEngine(config).check(path, ctx(TEST_DATA, background=True))
    assert [f.rule_id for f in findings] == []


def test_background_knowledge_decides_subclass_checks(config) -> None:
    """Without the hyper-ontology facts the closure rule cannot see that IMG1000022 is a modality."""
    path = TEST_DATA / "valid" / "Dataset-minimal.ttl"
    findings = ShaclEngine(config).check(path, ctx(TEST_DATA, background=False))
    assert [f.rule_id for f in findings] == ["dcat_ap.modality_closure"]


@pytest.mark.parametrize(
    ("profile", "expected"),
    [
        ("base", set()),
        ("recommended", {"dcat_ap.dataset.keyword.min_count"}),
        ("ranges", {"dcat_ap.dataset.version.pattern"}),
        ("vocabularies", {"dcat_ap.dataset.access_rights.enum"}),
        (
            "full",
            {
                "dcat_ap.dataset.keyword.min_count",
                "dcat_ap.dataset.version.pattern",
                "dcat_ap.dataset.access_rights.enum",
            },
        ),
    ],
)
def test_profiles_select_shape_files(config, tmp_path: Path, profile: str, expected: set[str]) -> None:
    text = (TEST_DATA / "valid" / "Dataset-minimal.ttl").read_text()
    text = text.replace('    dcat:keyword "lung"@en ;\n', "").replace('"1.0.0"', '"one"')
    text = text.replace("access-right/PUBLIC>", "access-right/OPEN>")
    f = tmp_path / "record.ttl"
    f.write_text(text)
    findings = ShaclEngine(config).check(f, ctx(tmp_path, background=True, profile=profile))
    assert {x.rule_id for x in findings} == expected


def test_catalogue_findings_aggregate_per_rule_with_dataset_iris(config, tmp_path: Path) -> None:
    base = (TEST_DATA / "valid" / "Dataset-minimal.ttl").read_text()
    body = base.split("\n\n", 1)[1].replace('    dct:title "Lung CT collection"@en ;\n', "")
    prefixes = base.split("\n\n", 1)[0]
    records = [body.replace("https://example.org/ds/1", f"https://example.org/ds/{i}") for i in range(7)]
    f = tmp_path / "catalogue.ttl"
    f.write_text(prefixes + "\n\n" + "\n".join(records))
    (finding,) = ShaclEngine(config).check(f, ctx(tmp_path, background=True))
    assert finding.rule_id == "dcat_ap.dataset.title.min_count"
    assert finding.count == 7
    assert str(finding.severity) == "violation"
    assert finding.location.node == "https://example.org/ds/0"
    assert finding.location.path == "http://purl.org/dc/terms/title"
    assert finding.location.file == "catalogue.ttl"
    assert finding.examples == [f"https://example.org/ds/{i}" for i in range(5)]
    assert "Title" in finding.message and "http://purl.org/dc/terms/title" in finding.message


def test_namespace_drift_names_the_canonical_iri(config) -> None:
    path = TEST_DATA / "invalid" / "Dataset-old-healthdcat-namespace.ttl"
    (finding,) = ShaclEngine(config).check(path, ctx(TEST_DATA, background=True))
    assert str(finding.severity) == "warning"
    assert "<http://healthdataportal.eu/ns/health#hasStructuredData>" in finding.message
    assert finding.location.path == "https://w3id.org/healthdcat-ap#hasStructuredData"


def test_rules_lists_generated_and_hand_written_rules(config) -> None:
    ids = {r.id for r in ShaclEngine(config).rules()}
    assert {
        "dcat_ap.dataset.title.min_count",
        "dcat_ap.graph.no_dataset",
        "dcat_ap.namespace_drift",
        "dcat_ap.restricted_contact",
        "dcat_ap.deprecated_keyword_lang",
    } <= ids


def test_detect(config, tmp_path: Path) -> None:
    engine = ShaclEngine(config)
    (tmp_path / "metadata").mkdir()
    (tmp_path / "metadata" / "record.ttl").write_text("")
    (tmp_path / "clinical").mkdir()
    assert engine.detect(tmp_path)
    assert engine.detect(tmp_path / "metadata" / "record.ttl")
    assert engine.detect(Path("https://fdp.example.org/catalog"))
    assert not engine.detect(tmp_path / "clinical")
