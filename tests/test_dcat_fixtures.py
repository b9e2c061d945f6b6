"""The EUCAIM DCAT-AP examples (tests/data/dcat_ap) through the shacl engine with the real profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from eucaim_spec.validate.shacl_engine import ShaclEngine
from tests.test_shacl_support import DCAT_FIXTURES, ctx, expected_rule, make_real_config

#: Rules that necessarily fire with an example's own rule, and why (the examples say so in their header).
COMPANIONS = {
    # A negative integer is not an xsd:nonNegativeInteger either: SHACL sh:datatype fails with the range.
    "Dataset-number-of-records-negative": {"dcat_ap.dataset.number_of_records.datatype"},
    "Distribution-byte-size-negative": {"dcat_ap.distribution.byte_size.datatype"},
}

INVALID = sorted((DCAT_FIXTURES / "invalid").glob("*.ttl"))
VALID = sorted((DCAT_FIXTURES / "valid").glob("*.ttl"))


@pytest.fixture(scope="module")
def engine(tmp_path_factory: pytest.TempPathFactory) -> ShaclEngine:
    return ShaclEngine(make_real_config(tmp_path_factory.mktemp("dcat_shapes")))


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.stem)
def test_invalid_example_yields_exactly_its_rule(engine: ShaclEngine, path: Path) -> None:
    """The example's rule is reported, and no other rule at violation level (recommended-property
    warnings are allowed: the examples are minimal)."""
    findings = engine.check(path, ctx(DCAT_FIXTURES, background=True))
    rule = expected_rule(path)
    assert rule in {f.rule_id for f in findings}
    allowed = {rule} | COMPANIONS.get(path.stem, set())
    assert {f.rule_id for f in findings if str(f.severity) == "violation"} <= allowed


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.stem)
def test_valid_example_has_no_violation(engine: ShaclEngine, path: Path) -> None:
    findings = engine.check(path, ctx(DCAT_FIXTURES, background=True))
    assert [(f.rule_id, f.message) for f in findings if str(f.severity) == "violation"] == []
