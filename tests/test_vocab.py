"""The packaged hyper-ontology built from schemas/vocab: published facts, curated edges, deprecations, IRIs.

Facts checked here come from EUCAIM/etl-toolset @ 7a69a4b (concept table, 2025-11 'Is a' relations) as
recorded in shared/reference/eucaim-cdm, and from the value lists cited in curated-edges.tsv.
"""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest
import yaml

from eucaim_spec.vocab import CANONICAL_BASE, IRI_ALIASES, HyperOntology, from_data, read_sources

VOCAB_DIR = Path(__file__).resolve().parents[1] / "schemas" / "vocab"
EVIDENCE = {"curated-list", "label", "external-mapping", "module-prefix"}


def _rows(name: str) -> list[dict[str, str]]:
    with open(VOCAB_DIR / name, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


@pytest.fixture(scope="module")
def onto() -> HyperOntology:
    return from_data(read_sources(VOCAB_DIR))


@pytest.fixture(scope="module")
def published() -> dict[str, set[str]]:
    return {r["code"]: {p for p in r["parents"].split("|") if p} for r in _rows("hyperontology.tsv")}


@pytest.fixture(scope="module")
def curated() -> list[dict[str, str]]:
    return _rows("curated-edges.tsv")


def test_code_count(onto: HyperOntology) -> None:
    # 4,008 coded classes in the flattened concept table (NOTES.md: CLIN 2458, COM 680, BP 403, IMG 392 ...)
    assert len(onto) == 4008
    assert sum(c.release == "2025" for c in onto.concepts.values()) == 18


def test_read_sources_is_byte_stable() -> None:
    import json

    assert json.dumps(read_sources(VOCAB_DIR)) == json.dumps(read_sources(VOCAB_DIR))


# --- sex assigned at birth ---------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["COM1001366", "COM1001370", "COM1001288", "COM1001289", "COM1002760"])
def test_current_sex_codes_are_birth_sex_by_curated_list(onto: HyperOntology, code: str) -> None:
    assert onto.is_a(code, "COM1001396") == "curated-list"


def test_current_male_keeps_its_published_parent(onto: HyperOntology) -> None:
    assert ("CLIN1038792", "ontology") in onto.concepts["COM1001366"].parents
    assert onto.is_a("COM1001366", "CLIN1038792") == "ontology"


@pytest.mark.parametrize(("old", "new"), [("COM1000180", "COM1001366"), ("COM1000177", "COM1001370")])
def test_2025_sex_codes_are_published_members_and_deprecated(onto: HyperOntology, old: str, new: str) -> None:
    assert onto.is_a(old, "COM1001396") == "ontology"
    assert onto.concepts[old].release == "2025"
    assert onto.concepts[old].replaced_by == new
    assert onto.concepts[new].release == "2026"
    assert onto.concepts[new].replaced_by is None


def test_birth_sex_branch(onto: HyperOntology) -> None:
    assert set(onto.descendants("COM1001396")) == {
        "COM1000177",
        "COM1000180",
        "COM1001366",
        "COM1001370",
        "COM1001288",
        "COM1001289",
        "COM1002760",
    }
    # the 2026 Gender-domain codes are not birth-sex values
    assert onto.is_a("COM1000176", "COM1001396") is None
    assert onto.is_a("COM1000179", "COM1001396") is None


# --- body structure, cancer condition (published hierarchy) -------------------------------------------


def test_body_structure_has_published_children(onto: HyperOntology) -> None:
    direct = [c.code for c in onto.concepts.values() if ("BP1000024", "ontology") in c.parents]
    assert len(direct) == 3
    for code in ("BP1000136", "BP1000257", "BP1000113", "BP1000092", "BP1000021"):  # Focus body-part values
        assert onto.is_a(code, "BP1000024") == "ontology"


def test_body_structure_covers_every_bp_code(onto: HyperOntology) -> None:
    below = onto.descendants("BP1000024")
    bp = [c for c in onto.concepts if c.startswith("BP") and c != "BP1000024"]
    assert len(bp) == 402
    assert all(c in below for c in bp)
    assert onto.is_a("BP1000302", "BP1000024") == "module-prefix"  # Stomach, published without parents


def test_cancer_conditions(onto: HyperOntology) -> None:
    focus_diagnoses = ("CLIN1000057", "CLIN1000060", "CLIN1000065", "CLIN1000075", "CLIN1000087")
    for code in focus_diagnoses:
        assert onto.is_a(code, "CLIN1007977") == "ontology"
    assert onto.is_a("CLIN1000067", "CLIN1007977") == "label"  # Glioblastoma
    assert onto.is_a("CLIN1007989", "CLIN1007977") == "curated-list"
    # carcinoma in situ, unqualified neoplasms and morphology codes are not malignant neoplastic disease
    for code in ("CLIN1002305", "CLIN1003329", "CLIN1049481"):
        assert onto.is_a(code, "CLIN1007977") is None


# --- imaging modality and manufacturer ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "evidence"),
    [
        ("IMG1000022", "curated-list"),  # MR, Procedure (DCAT-AP v1.0 example)
        ("IMG1000038", "curated-list"),  # MR, Observation (Focus Beacon)
        ("IMG1000026", "curated-list"),  # CT, Procedure (EGA schema)
        ("IMG1000042", "label"),  # CT, Observation
        ("IMG1000030", "curated-list"),  # Mammography
        ("IMG1004455", "label"),  # Mammography (second block)
        ("IMG1000061", "curated-list"),  # SPECT
        ("IMG1000062", "curated-list"),  # PET
        ("IMG1000037", "label"),  # PET, Procedure
        ("IMG1000035", "label"),  # Ultrasound
        ("IMG1000034", "label"),  # Nuclear medicine
        ("IMG1000041", "label"),  # Fluoroscopy
        ("IMG1000028", "label"),  # Digital Radiography
        ("IMG1004451", "label"),  # PET-CT
    ],
)
def test_modalities(onto: HyperOntology, code: str, evidence: str) -> None:
    assert onto.is_a(code, "IMG1000009") == evidence


@pytest.mark.parametrize(
    "code",
    [
        "IMG1000044",  # Siemens (a manufacturer)
        "IMG1000027",  # CT of chest, abdomen and pelvis (a procedure)
        "IMG1000077",  # CT of chest
        "IMG1005507",  # MRI of prostate
        "IMG1016647",  # T2 weighted (tissue contrast)
        "IMG1005459",  # BI-RADS assessment
        "IMG1000144",  # CTDI vol
    ],
)
def test_non_modalities(onto: HyperOntology, code: str) -> None:
    assert onto.is_a(code, "IMG1000009") is None


def test_manufacturers(onto: HyperOntology) -> None:
    below = onto.descendants("IMG1000010")
    assert len(below) == 20
    for code in ("IMG1000044", "IMG1000045", "IMG1000046", "IMG1000047"):  # Focus Beacon manufacturer map
        assert below[code] == "curated-list"
    assert below["IMG1000050"] == "label"  # Canon
    assert below["IMG1000051"] == "label"  # Agfa
    assert "IMG1000061" not in below and "IMG1000062" not in below  # SPECT and PET sit inside the block
    assert not set(below) & set(onto.descendants("IMG1000009"))


# --- SPEC and COM branches used by the DCAT-AP v2.0 spec tables ---------------------------------------


def test_spec_branches(onto: HyperOntology) -> None:
    tiers = {f"SPEC10000{n:02d}" for n in range(9, 17)} | {"SPEC10000011"}
    assert set(onto.descendants("SPEC1000008")) == tiers
    assert onto.is_a("SPEC1000011", "SPEC1000008") == "curated-list"  # DCAT-AP v1.0 example
    assert onto.label("SPEC10000011") == "Tier 1C+"  # extra digit is an upstream defect, kept
    assert set(onto.descendants("SPEC1000002")) == {f"SPEC100000{n}" for n in range(3, 8)}
    assert set(onto.descendants("SPEC1000017")) == {"SPEC1000018", "SPEC1000019", "SPEC1000020"}
    assert set(onto.descendants("SPEC1000021")) == {"SPEC1000022", "SPEC1000023", "SPEC1000024"}


def test_segmentation_method(onto: HyperOntology) -> None:
    assert onto.descendants("COM1001204") == {
        "COM1000003": "curated-list",
        "COM1000005": "curated-list",
        "COM1000008": "curated-list",
    }


# --- integrity of the authored files -----------------------------------------------------------------


def test_curated_edges_are_well_formed(curated: list[dict[str, str]], published: dict[str, set[str]]) -> None:
    assert curated
    pairs = [(r["child"], r["parent"]) for r in curated]
    assert len(pairs) == len(set(pairs)), "duplicate curated edge"
    for r in curated:
        assert r["child"] in published, r
        assert r["parent"] in published, r
        assert r["child"] != r["parent"], r
        assert r["evidence"] in EVIDENCE, r
        assert r["note"].strip(), r


def test_no_curated_edge_repeats_a_published_one(
    curated: list[dict[str, str]], published: dict[str, set[str]]
) -> None:
    assert [r for r in curated if r["parent"] in published[r["child"]]] == []


def test_no_cycle(onto: HyperOntology) -> None:
    parents = {code: [p for p, _ in c.parents] for code, c in onto.concepts.items()}
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done

    def visit(start: str) -> None:
        stack = [(start, iter(parents[start]))]
        state[start] = 1
        while stack:
            node, it = stack[-1]
            nxt = next(it, None)
            if nxt is None:
                state[node] = 2
                stack.pop()
            elif state.get(nxt) == 1:
                raise AssertionError(f"cycle through {nxt} and {node}")
            elif nxt not in state:
                state[nxt] = 1
                stack.append((nxt, iter(parents[nxt])))

    for code in parents:
        if code not in state:
            visit(code)
    assert all(onto.is_a(code, code) == "ontology" for code in ("IMG1000009", "COM1001396"))
    assert "IMG1000009" not in onto.descendants("IMG1000009")


def test_deprecations_registry(onto: HyperOntology) -> None:
    entries = yaml.safe_load((VOCAB_DIR / "deprecations.yaml").read_text(encoding="utf-8"))["entries"]
    keys = {"kind", "name", "deprecated_in", "removed_in", "replacement", "note"}
    assert all(keys <= set(e) <= keys | {"disagreement"} for e in entries)
    # where EUCAIM's own components disagree about a replacement, the entry says so (Focus SQL vs Beacon mode)
    disputed = {e["name"]: e["disagreement"] for e in entries if "disagreement" in e}
    assert set(disputed) == {"COM1000180", "COM1000177"}
    assert all("SQL mode" in t and "Beacon mode" in t for t in disputed.values())
    assert onto.concepts["COM1000180"].disagreement == " ".join(disputed["COM1000180"].split())
    codes = {e["name"]: e["replacement"] for e in entries if e["kind"] == "code"}
    assert codes["COM1000180"] == "COM1001366"
    assert codes["COM1000177"] == "COM1001370"
    for old, new in codes.items():
        assert onto.concepts[old].release == "2025"
        assert onto.concepts[new].release == "2026"
        assert onto.concepts[old].replaced_by == new
    iris = {e["name"]: e["replacement"] for e in entries if e["kind"] == "iri"}
    assert set(iris) == set(IRI_ALIASES)
    assert set(iris.values()) == {CANONICAL_BASE}


def test_unknown_curated_code_is_rejected(tmp_path: Path) -> None:
    for name in ("hyperontology.tsv", "deprecations.yaml"):
        shutil.copy(VOCAB_DIR / name, tmp_path / name)
    (tmp_path / "curated-edges.tsv").write_text(
        "child\tparent\tevidence\tnote\nIMG9999999\tIMG1000009\tlabel\tnot a code\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match="IMG9999999"):
        read_sources(tmp_path)


# --- IRIs ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("https://cancerimage.eu/ontology/EUCAIM#COM1001366", ("COM1001366", None)),
        (" https://cancerimage.eu/ontology/EUCAIM#IMG1000009 ", ("IMG1000009", None)),
        ("EUCAIM:SPEC10000011", ("SPEC10000011", None)),
        ("COM1000180", ("COM1000180", None)),
        (
            "https://hyperontology.eucaim.cancerimage.eu/#COM1001396",
            ("COM1001396", "https://hyperontology.eucaim.cancerimage.eu/#"),
        ),
        (
            "http://cancerimage.eu/ontology/EUCAIM#BP1000024",
            ("BP1000024", "http://cancerimage.eu/ontology/EUCAIM#"),
        ),
        ("EUCAIM_Hyper-Ontology_V1.0.IMG1005459", ("IMG1005459", "EUCAIM_Hyper-Ontology_V1.0.")),
        ("male", (None, None)),
        ("", (None, None)),
        ("SNOMEDCT248153007", (None, None)),
        ("https://example.org/onto#COM1001366", (None, None)),
        ("COM1001366x", (None, None)),
    ],
)
def test_code_of(value: str, expected: tuple[str | None, str | None]) -> None:
    assert HyperOntology.code_of(value) == expected
