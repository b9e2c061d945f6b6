"""Differential test: the compiled backend returns exactly pySHACL's results on every fixture."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from eucaim_spec.validate.rdf_input import parse_into, read_file
from eucaim_spec.validate.shacl_backends import CompiledBackend, DataGraph, PyShaclBackend
from eucaim_spec.validate.shacl_profiles import add_background, load_shapes
from tests.test_shacl_support import REPO, TEST_DATA, make_config

FIXTURES = sorted(TEST_DATA.glob("*/*.ttl")) + sorted((REPO / "tests" / "data" / "dcat_ap").glob("*/*.ttl"))
FIXTURES = [f for f in FIXTURES if f.parent.name in ("valid", "invalid")]


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory):
    return make_config(tmp_path_factory.mktemp("shapes"))


@pytest.mark.parametrize("background", [True, False], ids=["background", "no-background"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem}")
def test_compiled_equals_pyshacl(config, path: Path, background: bool) -> None:
    shapes = load_shapes(config, config.profile_files("full"))
    store = ox.Store()
    parse_into(store, read_file(path))
    if background:
        add_background(config, store)
    compiled = CompiledBackend()
    ours = compiled.validate(DataGraph(store), shapes)
    reference = PyShaclBackend().validate(DataGraph(store), shapes)
    assert ours == reference


def test_edge_cases_agree(config, tmp_path: Path) -> None:
    """Ill-typed literals, language strings, blank nodes, subclasses and paths the fixtures do not show."""
    f = tmp_path / "edge.ttl"
    f.write_text("""
@prefix dcat: <http://www.w3.org/ns/dcat#> . @prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix h: <http://healthdataportal.eu/ns/health#> . @prefix e: <https://cancerimage.eu/ontology/EUCAIM#> .
<http://x/Sub> rdfs:subClassOf dcat:Dataset .
<http://x/d1> a <http://x/Sub> ; dct:title "T"@en, <http://x/iri-title> ; dct:identifier _:b1 ;
  dcat:version "1.0" , "2.0.0"^^xsd:string ; h:numberOfRecords "abc"^^xsd:integer, "01"^^xsd:integer, 3.5 ;
  dct:issued "2020-13-45"^^xsd:date, "2020-01-01T00:00:00Z"^^xsd:dateTime, "x" ;
  dcat:distribution [ a dcat:Distribution ; dcat:accessURL "literal" ; dct:format <http://f>, <http://g> ] ;
  e:hasBirthSex "COM1001366", e:COM1001366 ; dcat:landingPage _:b2 .
_:b1 a dcat:Dataset .
""")
    shapes = load_shapes(config, config.profile_files("full"))
    store = ox.Store()
    parse_into(store, read_file(f))
    ours = CompiledBackend().validate(DataGraph(store), shapes)
    assert ours == PyShaclBackend().validate(DataGraph(store), shapes)
    assert len(ours) > 15
