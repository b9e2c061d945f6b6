"""eucaim diff on real history: two commits of this repository (one renaming enumerations, one re-keying code
meanings), and the EUCAIM DCAT-AP v1.0 -> v2.0 changes of its CHANGELOG reproduced as an edit of our schema."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml

from tests.conftest import REPO, run_cli


def has_commit(ref: str) -> bool:
    return subprocess.run(["git", "-C", str(REPO), "cat-file", "-e", f"{ref}^{{commit}}"],
                          capture_output=True, check=False).returncode == 0


def diff(old: str, new: str, *extra: str) -> tuple[int, dict]:
    code, out, err = run_cli(["diff", old, new, "--repo", str(REPO), "--format", "json", *extra])
    assert code in (0, 1), err
    return code, json.loads(out)


def test_commit_renaming_enumerations_is_breaking():
    """f7e76e7 renamed ClinicalLateralityEnum/ClinicalTreatmentEnum without declaring it: removed + added, and the
    ranges that moved to an enum with the same codes are compatible; the minimum version was not bumped."""
    assert has_commit("f7e76e7"), "this repository's history is needed (a full clone)"
    code, data = diff("f7e76e7^", "f7e76e7", "--standard", "minimum")
    got = sorted((c["kind"], c["cls"], c["element"]) for c in data["changes"])
    assert got == [
        ("enum.added", "compatible", "enum LateralityEnum"),
        ("enum.added", "compatible", "enum TreatmentTypeEnum"),
        ("enum.removed", "breaking", "enum ClinicalLateralityEnum"),
        ("enum.removed", "breaking", "enum ClinicalTreatmentEnum"),
        ("slot.range.same_codes", "compatible", "slot PositiveCaseRecord.topography_laterality"),
        ("slot.range.same_codes", "compatible", "slot PositiveCaseRecord.treatment"),
    ]
    assert code == 1
    assert data["standards"][0]["reason"] == ("breaking changes need a major bump: version 0.1.0 -> 1.0.0 at least "
                                              "(is 0.1.0)")


def test_commit_rekeying_code_meanings_is_compatible():
    """4675075 made the EUCAIM data-use concept IRIs canonical and kept the DUO IRIs as exact mappings: the 23 codes
    are re-keyed (the former IRI stays accepted), a compatible change that needs a minor bump of dcat_ap."""
    code, data = diff("4675075^", "4675075", "--standard", "dcat_ap")
    rekeyed = [c for c in data["changes"] if c["kind"] == "value.meaning.rekeyed"]
    assert len(rekeyed) == 23 and {c["cls"] for c in rekeyed} == {"compatible"}
    assert all(c["element"].startswith("value DataUseConditionEnum.") for c in rekeyed)
    assert {c["cls"] for c in data["changes"]} == {"compatible", "documentation"}
    assert code == 1 and data["standards"][0]["required"] == "minor"


# --- EUCAIM DCAT-AP v1.0 -> v2.0 (../shared/reference/eucaim-dcat-ap/CHANGELOG.md) ---------------------------
def dcat_v1(v2: dict) -> dict:
    """Our v2.0 schema taken back to v1.0 along the CHANGELOG's sections."""
    v1 = copy.deepcopy(v2)
    v1["version"] = "1.0.0"
    dataset = v1["classes"]["Dataset"]["attributes"]
    agent = v1["classes"]["Agent"]["attributes"]
    # "Added Dataset properties": Structured Data (1..1 M), Variables (0..n C), Custodian (0..1 R)
    for slot in ("has_structured_data", "has_variables", "custodian"):
        dataset.pop(slot)
    # "Removed properties": Publisher Trusted Data Holder (0..1 in v1.0)
    agent["trusted_data_holder"] = {"description": "Whether the publisher is a trusted data holder.",
                                    "slot_uri": "healthdcatap:trustedDataHolder", "range": "boolean"}
    # "Changed property paths": publisher/HDAB contact point was dcat:contactPoint with a vcard:Kind
    agent["contact_point"].update({"slot_uri": "dcat:contactPoint", "range": "Kind"})
    # "Changed ranges": Segmentation Label eucaim:BodyStructure; Code Values skos:Concept
    dataset["has_annotation_label"]["range"] = "BodyStructureEnum"
    dataset["has_code_values"]["range"] = "Concept"
    # "Expanded Publisher documentation": the label Publisher Note became Publisher Description
    agent["description"].setdefault("annotations", {})["label"] = "Publisher Note"
    return v1


def dcat_v2(v2: dict) -> dict:
    out = copy.deepcopy(v2)
    # the CHANGELOG's v2.0 range of Segmentation Label is rdfs:Resource (our v2 schema narrows it to a code list)
    out["classes"]["Dataset"]["attributes"]["has_annotation_label"]["range"] = "uri"
    out["classes"]["Agent"]["attributes"]["description"].setdefault("annotations", {})["label"] = \
        "Publisher Description"
    return out


def schemas_folder(root: Path, schema: dict) -> Path:
    shutil.copytree(REPO / "schemas" / "dcat_ap", root / "dcat_ap")
    shutil.copytree(REPO / "schemas" / "vocab", root / "vocab")
    (root / "dcat_ap" / "dcat_ap.yaml").write_text(yaml.safe_dump(schema, sort_keys=False, allow_unicode=True),
                                                   encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def dcat_versions(tmp_path_factory) -> tuple[Path, Path]:
    v2 = yaml.safe_load((REPO / "schemas" / "dcat_ap" / "dcat_ap.yaml").read_text(encoding="utf-8"))
    base = tmp_path_factory.mktemp("dcat")
    return schemas_folder(base / "v1", dcat_v1(v2)), schemas_folder(base / "v2", dcat_v2(v2))


def test_changelog_sections_are_what_we_reproduce(reference):
    text = (reference / "eucaim-dcat-ap" / "CHANGELOG.md").read_text(encoding="utf-8")
    for fact in ("healthdcatap:hasStructuredData", "healthdcatap:hasVariables", "geodcatap:custodian",
                 "healthdcatap:trustedDataHolder", "`dct:publisher / cv:contactPoint`; `cv:ContactPoint`",
                 "`eucaim:BodyStructure` | `rdfs:Resource` | Broadened",
                 "| Code Values | `skos:Concept` | `rdfs:Literal`",
                 "**Publisher Note** with **Publisher Description**"):
        assert fact in text, fact


def test_dcat_ap_v1_to_v2_classified_as_the_changelog_says(dcat_versions):
    v1, v2 = dcat_versions
    code, out, err = run_cli(["diff", str(v1), str(v2), "--format", "json"])
    data = json.loads(out)
    got = {(c["element"], c["kind"]): c["cls"] for c in data["changes"]}
    assert got == {
        # added: the mandatory one breaks v1.0 records, the conditional and recommended ones do not
        ("slot Dataset.has_structured_data", "slot.added.required"): "breaking",
        ("slot Dataset.has_variables", "slot.added"): "compatible",
        ("slot Dataset.custodian", "slot.added"): "compatible",
        # removed property
        ("slot Agent.trusted_data_holder", "slot.removed"): "breaking",
        # contact point path and range changed
        ("slot Agent.contact_point", "slot.slot_uri.changed"): "breaking",
        ("slot Agent.contact_point", "slot.range.changed"): "breaking",
        # "Broadened": any resource, the body-structure codes included
        ("slot Dataset.has_annotation_label", "slot.range.widened"): "compatible",
        # concepts -> literals: a v1.0 record giving skos:Concept nodes no longer conforms
        ("slot Dataset.has_code_values", "slot.range.changed"): "breaking",
        # a label only
        ("slot Agent.description", "slot.label.changed"): "documentation",
    }
    assert code == 0, err  # 1.0.0 -> 2.0.0 is the major bump the breaking changes need
    verdict = data["standards"][0]
    assert (verdict["standard"], verdict["required"], verdict["actual"]) == ("dcat_ap", "major", "major")
