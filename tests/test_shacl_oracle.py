"""Oracle: the official HealthDCAT-AP r8 (+ DCAT-AP 3.0.0) shapes, run by pySHACL on our examples.

Compared only on the constraints both shape sets state identically (same property, constraint
component and parameter). Every disagreement must be listed in KNOWN_DIFFERENCES with its reason;
an unlisted one fails.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from eucaim_spec.validate.shacl.data import DataGraph
from eucaim_spec.validate.shacl.profiles import load_shapes
from eucaim_spec.validate.shacl.pyshacl_backend import PyShaclBackend
from eucaim_spec.validate.shacl.rdf_input import parse_into, read_file
from tests.test_shacl_support import (
    DCAT_FIXTURES,
    OFFICIAL_LEVELS,
    REFERENCE,
    coverage,
    make_real_config,
    official_shapes,
    shape_classes,
)

FIXTURES = sorted(DCAT_FIXTURES.glob("*/*.ttl"))
ACCESS = "http://publications.europa.eu/resource/authority/access-right/"

#: (fixture stem, property IRI, component) -> why ours and the official shapes disagree there.
KNOWN_DIFFERENCES: dict[tuple[str, str, str], str] = {}

pytestmark = pytest.mark.skipif(not REFERENCE.is_dir(), reason="needs ../shared/reference (test oracle)")


@pytest.fixture(scope="module")
def ours(tmp_path_factory: pytest.TempPathFactory):
    cfg = make_real_config(tmp_path_factory.mktemp("oracle"))
    return load_shapes(cfg, cfg.profile_files("full"))


def _level(path: Path) -> str:
    """The HealthDCAT-AP validation type chosen from the record's own dct:accessRights."""
    text = path.read_text(encoding="utf-8")
    for code in ("NON_PUBLIC", "RESTRICTED", "PUBLIC"):
        if f"access-right/{code}" in text or f"access-right:{code}" in text:
            return code
    return "PUBLIC"


def _differences(path: Path, ours_shapes) -> set[tuple[str, str, str]]:
    """(fixture, property, component) where exactly one of the two shape sets reports a result."""
    theirs_shapes = official_shapes(_level(path))
    both = {(k, p, c) for k, p, c, _v in coverage(ours_shapes.graph) & coverage(theirs_shapes)}
    store = ox.Store()
    src = read_file(path)
    parse_into(store, src)
    data = DataGraph(store, [src])
    backend = PyShaclBackend()

    def view(results, shapes_graph):
        classes = shape_classes(shapes_graph)
        out = set()
        for r in results:
            comp = r.component.rsplit("#", 1)[-1]
            if any((k, r.path, comp) in both for k in classes.get(r.source_shape, ())):
                out.add((r.focus if not r.focus.startswith("_:") else "_:", r.path or "", comp))
        return out

    a = view(backend.validate(data, ours_shapes), ours_shapes.graph)
    b = view(backend.validate_rdflib(data.rdflib(), theirs_shapes), theirs_shapes)
    return {(path.stem, p, c) for _f, p, c in a ^ b}


@pytest.mark.slow
@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_official_shapes_agree_on_shared_constraints(ours, path: Path) -> None:
    unexplained = _differences(path, ours) - set(KNOWN_DIFFERENCES)
    assert unexplained == set()


@pytest.mark.slow
def test_every_known_difference_still_exists(ours) -> None:
    """A listed difference that disappeared must be removed from the list (the list is empty today)."""
    stale = []
    for case in sorted(KNOWN_DIFFERENCES):
        (path,) = [p for p in FIXTURES if p.stem == case[0]]
        if case not in _differences(path, ours):
            stale.append(case)
    assert stale == []


def test_official_levels_are_the_validator_types() -> None:
    assert set(OFFICIAL_LEVELS) == {"PUBLIC", "NON_PUBLIC", "RESTRICTED"}
    assert ACCESS.endswith("/")
