"""Differential test: the compiled backend returns exactly pySHACL's results on every fixture."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from eucaim_spec.validate.rdf_input import parse_into, read_file
from eucaim_spec.validate.shacl_backends import CompiledBackend, DataGraph, PyShaclBackend
from eucaim_spec.validate.shacl_profiles import add_background, load_shapes
from tests.test_shacl_support import REPO, TEST_DATA, make_config, make_real_config

FIXTURES = sorted(TEST_DATA.glob("*/*.ttl")) + sorted((REPO / "tests" / "data" / "dcat_ap").glob("*/*.ttl"))
FIXTURES = [f for f in FIXTURES if f.parent.name in ("valid", "invalid")]


def _findings_view(results):
    """Results as findings see them: without the value term (pyoxigraph canonicalises literals,
    "01" -> "1") and with blank nodes unnamed (their ids differ between the rdflib and pyoxigraph
    parsers); a Counter, so a result on one blank node is not confused with one on two."""
    from collections import Counter

    def bn(t):
        return "_:" if t and t.startswith("_:") else (t or "")

    return Counter(
        (bn(r.focus), r.path or "", bn(r.source_shape), r.component, r.severity, bn(r.source_constraint))
        for r in results
    )


@pytest.fixture(scope="module")
def real_config(tmp_path_factory: pytest.TempPathFactory):
    return make_real_config(tmp_path_factory.mktemp("real_shapes"))


@pytest.fixture(scope="module")
def config(tmp_path_factory: pytest.TempPathFactory):
    return make_config(tmp_path_factory.mktemp("shapes"))


@pytest.mark.parametrize("background", [True, False], ids=["background", "no-background"])
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.parent.name}/{p.parent.name}/{p.stem}")
def test_compiled_equals_pyshacl(config, real_config, path: Path, background: bool) -> None:
    cfg = config if path.is_relative_to(TEST_DATA) else real_config
    shapes = load_shapes(cfg, cfg.profile_files("full"))
    store = ox.Store()
    src = read_file(path)
    parse_into(store, src)
    bg = add_background(cfg, store) if background else []
    ours = CompiledBackend().validate(DataGraph(store, [src], bg), shapes)
    reference = PyShaclBackend().validate(DataGraph(store, [src], bg), shapes)
    assert _findings_view(ours) == _findings_view(reference)


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
    src = read_file(f)
    parse_into(store, src)
    ours = CompiledBackend().validate(DataGraph(store, [src]), shapes)
    assert _findings_view(ours) == _findings_view(PyShaclBackend().validate(DataGraph(store, [src]), shapes))
    assert len(ours) > 15
