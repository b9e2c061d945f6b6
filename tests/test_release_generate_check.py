"""generate --check compares RDF by canonical serialisation: drift in a large generated shapes file is found in
seconds (rdflib isomorphism took minutes), and a re-serialised but equal graph is not drift."""

from __future__ import annotations

import time

from eucaim_spec.generate import pipeline
from tests.conftest import REPO

SHAPES = REPO / "src" / "eucaim_spec" / "artifacts" / "shacl" / "cdm.shacl.ttl"


def test_drifted_shapes_file_found_in_seconds():
    original = SHAPES.read_bytes()
    assert b"sh:minCount 1" in original
    drifted = original.replace(b"sh:minCount 1", b"sh:minCount 2", 1)
    t = time.perf_counter()
    assert pipeline._same_rdf(SHAPES, drifted) is False
    assert time.perf_counter() - t < 10


def test_same_graph_written_differently_is_not_drift():
    """N-Triples is Turtle too: other bytes, other blank-node labels, the same graph."""
    import pyoxigraph as ox

    reserialised = ox.serialize(ox.parse(SHAPES.read_bytes(), format=ox.RdfFormat.TURTLE),
                                format=ox.RdfFormat.N_TRIPLES)
    assert reserialised != SHAPES.read_bytes() and b"_:" in reserialised
    assert pipeline._same_rdf(SHAPES, reserialised) is True
