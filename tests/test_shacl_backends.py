"""Differential test: the compiled backend returns exactly pySHACL's results on every fixture."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from eucaim_spec.validate.shacl.compiled import CompiledBackend
from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.profiles import add_background, load_shapes
from eucaim_spec.validate.shacl.pyshacl_backend import PyShaclBackend
from eucaim_spec.validate.shacl.rdf_input import IntegerLiterals, parse_into, read_file
from eucaim_spec.validate.shacl.shapes import ShapesGraph
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
    """With the literals recorded at parse time (as the engine does), nothing of our real shapes is left
    to pySHACL: the compiled backend alone gives pySHACL's results."""
    real = not path.is_relative_to(TEST_DATA)
    cfg = real_config if real else config
    shapes = load_shapes(cfg, cfg.profile_files("full"))
    store = ox.Store()
    src = read_file(path)
    literals = IntegerLiterals()
    parse_into(store, src, literals)
    bg = add_background(cfg, store) if background else []
    backend = CompiledBackend()
    ours = backend.validate(DataGraph(store, [src], bg, literals), shapes)
    if real:
        assert backend.fallback_shapes == []
    reference = PyShaclBackend().validate(DataGraph(store, [src], bg), shapes)
    assert _findings_view(ours) == _findings_view(reference)
    # Datatype results on derived integer types name the literal as written, as pySHACL does.
    dt = "http://www.w3.org/ns/shacl#DatatypeConstraintComponent"
    assert sorted(r.value or "" for r in ours if r.component == dt and "Integer" in (r.value or "")) == sorted(
        r.value or "" for r in reference if r.component == dt and "Integer" in (r.value or "")
    )


@pytest.mark.parametrize("byte_subject", ["_:b", "<http://d/3>"], ids=["blank", "iri"])
def test_derived_integer_datatypes_agree(tmp_path: Path, byte_subject: str) -> None:
    """sh:datatype on derived integer types, checked against the literals as written (the store folds
    them into xsd:integer, merges "+5" with "5" and keeps ill-formed ones as they are). Literals of IRI
    subjects are recorded by a parse alongside the store's bulk load; one of a blank node subject makes
    the store be filled from the recorded parse itself (blank node ids differ between two parses)."""
    from rdflib import Graph

    shapes_ttl = """
@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://s/S> a sh:NodeShape ; sh:targetSubjectsOf <http://p/n>, <http://p/b>, <http://p/u>, <http://p/l> ;
  sh:property [ sh:path <http://p/n> ; sh:datatype xsd:nonNegativeInteger ] ,
              [ sh:path <http://p/b> ; sh:datatype xsd:byte ] ,
              [ sh:path <http://p/u> ; sh:datatype xsd:unsignedShort ] ,
              [ sh:path <http://p/l> ; sh:datatype xsd:positiveInteger ] .
"""
    data = """
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<http://d/1> <http://p/n> "5"^^xsd:nonNegativeInteger, "+5"^^xsd:nonNegativeInteger, "5"^^xsd:integer,
    "-2"^^xsd:nonNegativeInteger, "-0"^^xsd:nonNegativeInteger, "x"^^xsd:nonNegativeInteger,
    "007"^^xsd:nonNegativeInteger,
    "5.0"^^xsd:nonNegativeInteger, 7, "7", <http://iri> .
BYTE_SUBJECT <http://p/b> "127"^^xsd:byte, "128"^^xsd:byte, "-129"^^xsd:byte, "1"^^xsd:int .
<http://d/2> <http://p/u> "65535"^^xsd:unsignedShort, "65536"^^xsd:unsignedShort ;
    <http://p/l> "0"^^xsd:positiveInteger, "1"^^xsd:positiveInteger, "-1"^^xsd:negativeInteger .
"""
    f = tmp_path / "ints.ttl"
    f.write_text(data.replace("BYTE_SUBJECT", byte_subject))
    shapes = ShapesGraph(Graph().parse(data=shapes_ttl, format="turtle"))
    store = ox.Store()
    src = read_file(f)
    literals = IntegerLiterals()
    parse_into(store, src, literals)
    backend = CompiledBackend()
    ours = backend.validate(DataGraph(store, [src], literals=literals), shapes)
    assert backend.fallback_shapes == []
    reference = PyShaclBackend().validate(DataGraph(store, [src]), shapes)

    def view(results):
        return sorted(("_:" if r.focus.startswith("_:") else r.focus, r.path or "", r.value or "") for r in results)

    assert view(ours) == view(reference)
    values = {r.value for r in ours}
    assert '"-2"^^<http://www.w3.org/2001/XMLSchema#nonNegativeInteger>' in values
    assert '"5"^^<http://www.w3.org/2001/XMLSchema#integer>' in values  # merged with "5"^^nonNegativeInteger
    assert '"128"^^<http://www.w3.org/2001/XMLSchema#byte>' in values
    # Without the recorded literals the compiled backend cannot answer: the shape goes to pySHACL.
    plain = ox.Store()
    parse_into(plain, src)
    backend = CompiledBackend()
    assert view(backend.validate(DataGraph(plain, [src]), shapes)) == view(reference)
    assert backend.fallback_shapes == ["http://s/S"]


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


def test_progress_advances_to_its_total(real_config) -> None:
    """The progress handle grows by the planned constraints and advances once for each (bar ends full)."""

    class Recorder:
        def __init__(self) -> None:
            self.total, self.done = 0, 0

        def grow(self, n: int) -> None:
            self.total += n

        def __call__(self, _msg: str) -> None:
            self.done += 1

    shapes = load_shapes(real_config, real_config.profile_files("full"))
    path = REPO / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-maximal.ttl"
    store, src, literals = ox.Store(), read_file(path), IntegerLiterals()
    parse_into(store, src, literals)
    backend, rec = CompiledBackend(), Recorder()
    backend.steps = rec
    backend.validate(DataGraph(store, [src], literals=literals), shapes)
    assert rec.done == rec.total > 100
