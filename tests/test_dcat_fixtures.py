"""The EUCAIM DCAT-AP examples (tests/data/dcat_ap) through the shacl engine with the real profile."""

from __future__ import annotations

from pathlib import Path

import pytest

from eucaim_spec.validate.shacl.engine import ShaclEngine
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


def _variant(tmp_path: Path, extra: str, old: str = "", new: str = "") -> Path:
    """The valid minimal record with ``old`` replaced by ``new`` and ``extra`` Turtle appended."""
    text = (DCAT_FIXTURES / "valid" / "Dataset-minimal.ttl").read_text(encoding="utf-8")
    assert old in text
    f = tmp_path / "variant.ttl"
    f.write_text(text.replace(old, new) + "\n" + extra + "\n", encoding="utf-8")
    return f


def _by_rule(findings) -> dict[str, str]:
    return {f.rule_id: str(f.severity) for f in findings}


def test_present_but_wrong_values_are_violations_whatever_the_obligation(engine: ShaclEngine, tmp_path: Path) -> None:
    """Obligation decides how bad an absent value is; a present wrong value is a violation (as the sql engine
    and the SEMIC shapes have it): an IRI as keyword (recommended), text as spatial resolution (optional)."""
    f = _variant(
        tmp_path,
        'ex:dataset-001 dcat:keyword <https://data.example.org/kw> ; dcat:spatialResolutionInMeters "fine" .',
    )
    found = _by_rule(engine.check(f, ctx(tmp_path, background=True)))
    assert found["dcat_ap.dataset.keyword.range"] == "violation"
    assert found["dcat_ap.dataset.spatial_resolution_in_meters.datatype"] == "violation"
    # while leaving a recommended property out stays a warning
    assert found["dcat_ap.dataset.temporal.min_count"] == "warning"


def test_data_use_conditions_accept_eucaim_concepts_and_duo_terms(engine: ShaclEngine, tmp_path: Path) -> None:
    """dct:rights of a distribution from the EUCAIM Data Use Conditions vocabulary (what v2.0 requires), or the
    aligned DUO term: both are rights statements by the background knowledge; an unknown IRI is not."""
    duc = "https://eucaim.github.io/eucaim_dcat_ap/releases/controlled-vocabularies/data-use-conditions/#"
    duo = "http://purl.obolibrary.org/obo/DUO_0000007"
    ok = _variant(tmp_path, f"ex:distribution-001 dct:rights <{duc}GENERAL_RESEARCH_USE>, <{duo}> .")
    assert "dcat_ap.distribution.rights.class" not in _by_rule(engine.check(ok, ctx(tmp_path, background=True)))
    bad = _variant(tmp_path, f"ex:distribution-001 dct:rights <{duc}NOT_A_CONDITION> .")
    found = _by_rule(engine.check(bad, ctx(tmp_path, background=True)))
    assert found["dcat_ap.distribution.rights.class"] == "violation"


def test_health_category_on_the_acceptance_host_is_drift_not_an_error(engine: ShaclEngine, tmp_path: Path) -> None:
    """The v2.0 table links the acceptance host of the health categories: accepted, with a warning naming the
    production IRI of the HealthDCAT-AP R8 scheme."""
    prod = "https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/"
    acc = "https://hdeu-dcat.acceptance.data.health.europa.eu/resource/authority/healthcategories/"
    f = _variant(tmp_path, "", f"<{prod}EHRS>", f"<{acc}EHRS>")
    findings = engine.check(f, ctx(tmp_path, background=True))
    assert [x.rule_id for x in findings if str(x.severity) == "violation"] == []
    drift = [x for x in findings if x.rule_id == "dcat_ap.namespace_drift"]
    assert len(drift) == 1 and str(drift[0].severity) == "warning"
    assert f"<{prod}EHRS>" in drift[0].message
    unknown = _variant(tmp_path, "", f"<{prod}EHRS>", f"<{prod}NOPE>")
    found = _by_rule(engine.check(unknown, ctx(tmp_path, background=True)))
    assert found["dcat_ap.dataset.health_category.enum"] == "violation"
