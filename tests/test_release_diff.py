"""eucaim diff: one schema (or suite, shape, vocabulary) edit per change kind and its expected class.

Each case edits a copy of a small synthetic checkout (schemas/demo, validators/, shapes/demo, the repository's
schemas/vocab) and runs the real command `eucaim diff OLD NEW --format json`, asserting the change kind, its
class and the exit code of the version rule.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO, run_cli

BASE_SCHEMA: dict[str, Any] = {
    "id": "https://w3id.org/eucaim-spec/demo",
    "name": "demo",
    "version": "1.2.0",
    "default_prefix": "demo",
    "default_range": "string",
    "prefixes": {"linkml": "https://w3id.org/linkml/", "demo": "https://w3id.org/eucaim-spec/demo/",
                 "EUCAIM": "https://cancerimage.eu/ontology/EUCAIM#"},
    "imports": ["linkml:types"],
    "annotations": {"default_tier": 1},
    "classes": {
        "Patient": {
            "description": "A subject.",
            "annotations": {"sql_table": "patient"},
            "attributes": {
                "patient_id": {"description": "Id.", "identifier": True, "required": True,
                               "annotations": {"sql_type": "VARCHAR(50)"}},
                "sex": {"description": "Sex.", "range": "SexEnum", "annotations": {"obligation": "R"}},
                "age": {"description": "Age.", "range": "integer", "minimum_value": 0, "maximum_value": 120},
                "code": {"description": "A code.", "pattern": "^[A-Z]{3}$",
                         "annotations": {"sql_type": "VARCHAR(10)", "tier": 2}},
                "notes": {"description": "Notes.", "multivalued": True, "maximum_cardinality": 5},
                "birth_sex": {"description": "Birth sex.", "range": "BirthSexEnum"},
                "weight": {"description": "Weight.", "range": "float"},
            },
        },
        "Study": {
            "description": "An imaging study.",
            "annotations": {"sql_table": "study"},
            "attributes": {
                "study_id": {"description": "Id.", "identifier": True, "required": True},
                "patient": {"description": "Subject.", "range": "Patient", "required": True},
            },
        },
    },
    "enums": {
        "SexEnum": {"description": "Sex.", "permissible_values": {
            "F": {"description": "female", "meaning": "EUCAIM:COM1001370"},
            "M": {"description": "male", "meaning": "EUCAIM:COM1001366"},
            "U": {"description": "unknown"}}},
        "BirthSexEnum": {"description": "Birth sex (branch).", "reachable_from": {
            "source_ontology": "EUCAIM:hyperontology", "source_nodes": ["EUCAIM:COM1001396"],
            "include_self": False, "relationship_types": ["rdfs:subClassOf"]}},
    },
}
BASE_TIERS = {"suite": "tiers", "version": 1, "tiers": {
    1: {"run": ["demo.*"], "severity": {"demo.patient.sex.*": "warning"}},
    2: {"run": ["demo.extra.*"]},
}}
BASE_DICOM = {"suite": "dicom", "rules": [
    {"id": "demo.imaging.modality.required", "tier": 1, "severity": "violation", "title": "Modality present"},
    {"id": "demo.imaging.age.pattern", "tier": 2, "severity": "warning", "title": "Age pattern"}]}
BASE_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix es: <https://w3id.org/eucaim-spec/ns#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix dcat: <http://www.w3.org/ns/dcat#> .
<https://example.org/shapes#Title> a sh:NodeShape ; es:ruleId "demo.title" ; sh:targetClass dcat:Dataset ;
    sh:property [ sh:path dct:title ; sh:minCount 1 ; sh:severity sh:Warning ;
                  sh:message "A dataset has a title."@en ] .
"""


def write_side(root: Path, schema: dict, tiers: dict, dicom: dict, shapes: str, vocab_extra: str = "") -> Path:
    (root / "schemas" / "demo").mkdir(parents=True)
    (root / "schemas" / "demo" / "demo.yaml").write_text(yaml.safe_dump(schema, sort_keys=False), encoding="utf-8")
    shutil.copytree(REPO / "schemas" / "vocab", root / "schemas" / "vocab")
    if vocab_extra:
        with open(root / "schemas" / "vocab" / "curated-edges.tsv", "a", encoding="utf-8") as fh:
            fh.write(vocab_extra)
    (root / "validators").mkdir()
    (root / "validators" / "tiers.yaml").write_text(yaml.safe_dump(tiers), encoding="utf-8")
    (root / "validators" / "dicom.yaml").write_text(yaml.safe_dump(dicom), encoding="utf-8")
    (root / "shapes" / "demo").mkdir(parents=True)
    (root / "shapes" / "demo" / "demo.ttl").write_text(shapes, encoding="utf-8")
    return root


def attr(s: dict, name: str) -> dict:
    return s["classes"]["Patient"]["attributes"][name]


Edit = Callable[[dict, dict, dict, list], Any]  # (schema, tiers, dicom, [shapes text]) mutated in place
CASES: list[tuple[str, Edit, str, str]] = [
    # --- classes ------------------------------------------------------------------------------------------
    ("class removed", lambda s, t, d, sh: s["classes"].pop("Study"), "class.removed", "breaking"),
    ("class added", lambda s, t, d, sh: s["classes"].update(
        {"Series": {"description": "A series.", "attributes": {"uid": {"identifier": True}}}}),
     "class.added", "compatible"),
    ("class renamed by alias", lambda s, t, d, sh: s["classes"].update(
        {"Subject": {**s["classes"].pop("Patient"), "aliases": ["Patient"]}}), "class.renamed", "breaking"),
    ("class made abstract", lambda s, t, d, sh: s["classes"]["Study"].update({"abstract": True}),
     "class.abstract.raised", "breaking"),
    ("class uri changed", lambda s, t, d, sh: s["classes"]["Study"].update({"class_uri": "demo:ImagingStudy"}),
     "class.class_uri.changed", "breaking"),
    ("table renamed", lambda s, t, d, sh: s["classes"]["Study"]["annotations"].update({"sql_table": "img_study"}),
     "class.sql_table.changed", "breaking"),
    ("class description", lambda s, t, d, sh: s["classes"]["Study"].update({"description": "A DICOM study."}),
     "class.description.changed", "documentation"),
    # --- slots --------------------------------------------------------------------------------------------
    ("slot removed", lambda s, t, d, sh: s["classes"]["Patient"]["attributes"].pop("weight"), "slot.removed",
     "breaking"),
    ("optional slot added", lambda s, t, d, sh: s["classes"]["Patient"]["attributes"].update(
        {"height": {"description": "Height.", "range": "float"}}), "slot.added", "compatible"),
    ("required slot added", lambda s, t, d, sh: s["classes"]["Patient"]["attributes"].update(
        {"height": {"description": "Height.", "range": "float", "required": True}}), "slot.added.required",
     "breaking"),
    ("slot renamed by alias", lambda s, t, d, sh: s["classes"]["Patient"]["attributes"].update(
        {"body_weight": {**s["classes"]["Patient"]["attributes"].pop("weight"), "aliases": ["weight"]}}),
     "slot.renamed", "breaking"),
    ("slot replaced (exact replacement)", lambda s, t, d, sh: (
        attr(s, "weight").update({"deprecated": "use mass", "deprecated_element_has_exact_replacement": "mass"}),
        s["classes"]["Patient"]["attributes"].update({"mass": {"description": "Mass.", "range": "float"}})),
     "slot.deprecated.added", "compatible"),
    ("required raised", lambda s, t, d, sh: attr(s, "age").update({"required": True}), "slot.required.raised",
     "breaking"),
    ("required lowered", lambda s, t, d, sh: s["classes"]["Study"]["attributes"]["patient"].pop("required"),
     "slot.required.lowered", "compatible"),
    ("range narrowed string->integer", lambda s, t, d, sh: attr(s, "code").update({"range": "integer"}),
     "slot.range.narrowed", "breaking"),
    ("range widened integer->float", lambda s, t, d, sh: attr(s, "age").update({"range": "float"}),
     "slot.range.widened", "compatible"),
    ("range to a smaller enum", lambda s, t, d, sh: s["enums"].update({"SexFMEnum": {"permissible_values": {
        "F": {}, "M": {}}}}) or attr(s, "sex").update({"range": "SexFMEnum"}), "slot.range.narrowed", "breaking"),
    ("pattern added", lambda s, t, d, sh: attr(s, "weight").update({"range": "string", "pattern": "^[0-9]+$"}),
     "slot.pattern.added", "breaking"),
    ("pattern changed", lambda s, t, d, sh: attr(s, "code").update({"pattern": "^[A-Z]{2}$"}),
     "slot.pattern.changed", "breaking"),
    ("pattern removed", lambda s, t, d, sh: attr(s, "code").pop("pattern"), "slot.pattern.removed", "compatible"),
    ("minimum raised", lambda s, t, d, sh: attr(s, "age").update({"minimum_value": 18}),
     "slot.minimum_value.raised", "breaking"),
    ("maximum raised", lambda s, t, d, sh: attr(s, "age").update({"maximum_value": 130}),
     "slot.maximum_value.raised", "compatible"),
    ("multivalued -> single", lambda s, t, d, sh: attr(s, "notes").update({"multivalued": False}),
     "slot.multivalued.narrowed", "breaking"),
    ("max cardinality lowered", lambda s, t, d, sh: attr(s, "notes").update({"maximum_cardinality": 2}),
     "slot.maximum_cardinality.lowered", "breaking"),
    ("min cardinality added", lambda s, t, d, sh: attr(s, "notes").update({"minimum_cardinality": 1}),
     "slot.minimum_cardinality.added", "breaking"),
    ("obligation raised R->M", lambda s, t, d, sh: attr(s, "sex")["annotations"].update({"obligation": "M"}),
     "slot.obligation.raised", "breaking"),
    ("obligation lowered R->O", lambda s, t, d, sh: attr(s, "sex")["annotations"].update({"obligation": "O"}),
     "slot.obligation.lowered", "compatible"),
    ("slot tier lowered", lambda s, t, d, sh: attr(s, "code")["annotations"].update({"tier": 1}),
     "slot.tier.lowered", "breaking"),
    ("slot tier raised", lambda s, t, d, sh: attr(s, "code")["annotations"].update({"tier": 3}),
     "slot.tier.raised", "compatible"),
    ("sql type widened", lambda s, t, d, sh: attr(s, "code")["annotations"].update({"sql_type": "VARCHAR(20)"}),
     "slot.sql_type.widened", "compatible"),
    ("sql type narrowed", lambda s, t, d, sh: attr(s, "code")["annotations"].update({"sql_type": "VARCHAR(5)"}),
     "slot.sql_type.narrowed", "breaking"),
    ("any_of range added", lambda s, t, d, sh: attr(s, "code").update({"any_of": [{"range": "integer"},
                                                                            {"range": "date"}]}),
     "slot.any_of.added", "breaking"),
    ("unit changed", lambda s, t, d, sh: attr(s, "weight").update({"unit": {"ucum_code": "g"}}),
     "slot.unit.changed", "breaking"),
    ("class rule added", lambda s, t, d, sh: s["classes"]["Patient"].update({"rules": [{
        "preconditions": {"slot_conditions": {"sex": {"equals_string": "F"}}},
        "postconditions": {"slot_conditions": {"age": {"required": True}}}}]}), "class.rules.added", "breaking"),
    ("slot description", lambda s, t, d, sh: attr(s, "age").update({"description": "Age in years."}),
     "slot.description.changed", "documentation"),
    # --- enums and codes ----------------------------------------------------------------------------------
    ("code removed", lambda s, t, d, sh: s["enums"]["SexEnum"]["permissible_values"].pop("U"), "value.removed",
     "breaking"),
    ("code added", lambda s, t, d, sh: s["enums"]["SexEnum"]["permissible_values"].update({"X": {}}),
     "value.added", "compatible"),
    ("code meaning changed", lambda s, t, d, sh: s["enums"]["SexEnum"]["permissible_values"]["M"].update(
        {"meaning": "EUCAIM:COM1000180"}), "value.meaning.changed", "breaking"),
    ("code renamed by alias", lambda s, t, d, sh: s["enums"]["SexEnum"]["permissible_values"].update(
        {"UNK": {**s["enums"]["SexEnum"]["permissible_values"].pop("U"), "aliases": ["U"]}}), "value.renamed",
     "breaking"),
    ("enum removed", lambda s, t, d, sh: (s["enums"].pop("SexEnum"), attr(s, "sex").update({"range": "string"})),
     "enum.removed", "breaking"),
    ("enum description", lambda s, t, d, sh: s["enums"]["SexEnum"].update({"description": "Administrative sex."}),
     "enum.description.changed", "documentation"),
    ("dynamic enum loses its root (include_self)", lambda s, t, d, sh:
        s["enums"]["BirthSexEnum"]["reachable_from"].update({"include_self": True}), "value.added", "compatible"),
    ("dynamic enum moved to another branch", lambda s, t, d, sh:
        s["enums"]["BirthSexEnum"]["reachable_from"].update({"source_nodes": ["EUCAIM:COM1001288"]}),
     "value.removed", "breaking"),
    # --- suites and shapes --------------------------------------------------------------------------------
    ("tier severity raised", lambda s, t, d, sh: t["tiers"][1]["severity"].update({"demo.patient.sex.*":
                                                                                     "violation"}),
     "tier-severity.severity.raised", "breaking"),
    ("tier severity lowered", lambda s, t, d, sh: t["tiers"][1]["severity"].update({"demo.patient.sex.*": "info"}),
     "tier-severity.severity.lowered", "compatible"),
    ("rules moved to a lower tier", lambda s, t, d, sh: (t["tiers"][2]["run"].remove("demo.extra.*"),
                                                         t["tiers"][1]["run"].append("demo.extra.*")),
     "tier-run.tier.lowered", "breaking"),
    ("rules moved to a higher tier", lambda s, t, d, sh: (t["tiers"][1]["run"].remove("demo.*"),
                                                          t["tiers"][2]["run"].append("demo.*")),
     "tier-run.tier.raised", "compatible"),
    ("suite rule severity raised", lambda s, t, d, sh: d["rules"][1].update({"severity": "violation"}),
     "rule.severity.raised", "breaking"),
    ("suite rule moved to a lower tier", lambda s, t, d, sh: d["rules"][1].update({"tier": 1}),
     "rule.tier.lowered", "breaking"),
    ("suite rule removed", lambda s, t, d, sh: d["rules"].pop(1), "rule.removed", "compatible"),
    ("suite rule title", lambda s, t, d, sh: d["rules"][0].update({"title": "Modality (0008,0060) present"}),
     "rule.title.changed", "documentation"),
    ("shape severity raised", lambda s, t, d, sh: sh.__setitem__(0, sh[0].replace("sh:Warning", "sh:Violation")),
     "shape.severity.raised", "breaking"),
    ("shape constraint changed", lambda s, t, d, sh: sh.__setitem__(0, sh[0].replace("sh:minCount 1",
                                                                                     "sh:minCount 2")),
     "shape.constraints.changed", "breaking"),
    ("shape message", lambda s, t, d, sh: sh.__setitem__(0, sh[0].replace("has a title", "needs a title")),
     "shape.description.changed", "documentation"),
]


@pytest.fixture(scope="module")
def base(tmp_path_factory) -> Path:
    return write_side(tmp_path_factory.mktemp("old"), BASE_SCHEMA, BASE_TIERS, BASE_DICOM, BASE_SHAPES)


def edited(tmp: Path, edit: Edit, version: str | None = None, vocab_extra: str = "") -> Path:
    s, t, d, sh = (copy.deepcopy(BASE_SCHEMA), copy.deepcopy(BASE_TIERS), copy.deepcopy(BASE_DICOM),
                   [BASE_SHAPES])
    edit(s, t, d, sh)
    if version:
        s["version"] = version
    return write_side(tmp, s, t, d, sh[0], vocab_extra)


def diff_json(old: Path, new: Path) -> tuple[int, dict]:
    code, out, err = run_cli(["diff", str(old), str(new), "--format", "json"])
    assert code in (0, 1), err
    return code, json.loads(out)


def test_table_has_at_least_25_kinds():
    assert len({kind for _, _, kind, _ in CASES}) >= 25


@pytest.mark.parametrize(("what", "edit", "kind", "cls"), CASES, ids=[c[0] for c in CASES])
def test_change_kind_classified(base, tmp_path, what, edit, kind, cls):
    code, data = diff_json(base, edited(tmp_path, edit))
    found = [(c["kind"], c["cls"]) for c in data["changes"]]
    assert (kind, cls) in found, f"{what}: {found}"
    strongest = max((c["cls"] for c in data["changes"]),
                    key=["documentation", "compatible", "breaking"].index)
    assert strongest == cls, f"{what}: a stronger class than expected in {found}"
    # version unchanged (1.2.0): documentation passes, anything else fails the version rule
    assert code == (0 if cls == "documentation" else 1)


def test_vocabulary_edge_gains_a_code(base, tmp_path):
    """A curated edge that files a code under the branch adds it to the expanded enum: compatible."""
    new = edited(tmp_path, lambda s, t, d, sh: None, vocab_extra="CLIN1000033\tCOM1001396\ttest edge\n")
    code, data = diff_json(base, new)
    assert {(c["kind"], c["cls"], c["element"]) for c in data["changes"]} == {
        ("value.added", "compatible", "value BirthSexEnum.CLIN1000033")}
    assert code == 1
    code, data = diff_json(base, edited(tmp_path / "minor", lambda s, t, d, sh: None, "1.3.0",
                                        vocab_extra="CLIN1000033\tCOM1001396\ttest edge\n"))
    assert code == 0 and data["ok"] is True


def test_unchanged_sides_are_clean(base, tmp_path):
    code, data = diff_json(base, edited(tmp_path, lambda s, t, d, sh: None))
    assert code == 0 and data["changes"] == []


@pytest.mark.parametrize(("version", "edit", "code"), [
    ("2.0.0", lambda s, t, d, sh: s["classes"].pop("Study"), 0),  # breaking + major bump
    ("1.3.0", lambda s, t, d, sh: s["classes"].pop("Study"), 1),  # breaking + minor bump only
    ("1.3.0", lambda s, t, d, sh: attr(s, "age").update({"maximum_value": 130}), 0),  # compatible + minor
    ("1.2.1", lambda s, t, d, sh: attr(s, "age").update({"maximum_value": 130}), 1),  # compatible + patch only
    ("1.1.0", lambda s, t, d, sh: attr(s, "age").update({"description": "x"}), 1),  # downgrade
])
def test_version_rule(base, tmp_path, version, edit, code):
    got, data = diff_json(base, edited(tmp_path, edit, version))
    assert got == code
    verdict = next(v for v in data["standards"] if v["standard"] == "demo")
    assert verdict["ok"] is (code == 0)


def test_text_output_names_element_and_bump(base, tmp_path):
    code, out, err = run_cli(["diff", str(base), str(edited(tmp_path, lambda s, t, d, sh: s["classes"].pop("Study")))])
    assert code == 1
    assert "class Study removed" in out
    assert "demo: breaking changes need a major bump: version 1.2.0 -> 2.0.0 at least" in err


def test_markdown_changelog_entry(base, tmp_path):
    new = edited(tmp_path, lambda s, t, d, sh: (s["classes"].pop("Study"), attr(s, "age").update(
        {"description": "Age in years."})), "2.0.0")
    code, out, _ = run_cli(["diff", str(base), str(new), "--format", "markdown"])
    assert code == 0
    assert out.startswith("## 2.0.0\n")
    assert "### Breaking\n\n- class Study removed (`class.removed`)" in out
    assert "### Documentation" in out and "### Compatible" not in out


def test_schemas_like_folder_side(base, tmp_path):
    new = edited(tmp_path, lambda s, t, d, sh: s["classes"].pop("Study"))
    code, data = diff_json(base / "schemas", new / "schemas")
    assert code == 1
    assert [c["kind"] for c in data["changes"]] == ["class.removed"]  # no suites on a schemas-only side


def test_unknown_ref_is_one_line_exit_3(base):
    code, out, err = run_cli(["diff", "no-such-ref-xyz", str(base)])
    assert code == 3
    assert err.strip().splitlines() == ["error: no-such-ref-xyz: not a folder and not a git ref of this repository"]


def test_diff_of_two_tags_of_a_5000_element_schema_under_5_s(tmp_path):
    """The issue's bar, measured through the real command on a throw-away git repository (bench_diff.py)."""
    import importlib.util
    import os
    import time

    spec = importlib.util.spec_from_file_location("bench_diff", REPO / "benchmarks" / "bench_diff.py")
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.make_repo(tmp_path, 5000) >= 5000
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        t = time.perf_counter()
        code, out, err = run_cli(["diff", "v1", "v2", "--format", "json"])
        elapsed = time.perf_counter() - t
    finally:
        os.chdir(cwd)
    assert code == 0, err
    data = json.loads(out)
    kinds = {c["kind"]: c["cls"] for c in data["changes"]}
    assert kinds == {"class.removed": "breaking", "slot.pattern.changed": "breaking",
                     "slot.maximum_value.raised": "compatible", "slot.required.raised": "breaking",
                     "slot.description.changed": "documentation", "slot.added": "compatible",
                     "value.removed": "breaking", "value.added": "compatible"}
    assert elapsed < 5.0, f"{elapsed:.2f} s"


def test_exact_replacement_declared_on_the_old_side_is_a_rename(tmp_path):
    """Old: weight deprecated with exact replacement mass; new: only mass. One rename, not a removal + addition."""
    def deprecate(s, t, d, sh):
        attr(s, "weight").update({"deprecated": "use mass", "deprecated_element_has_exact_replacement": "mass"})

    def rename(s, t, d, sh):
        s["classes"]["Patient"]["attributes"]["mass"] = s["classes"]["Patient"]["attributes"].pop("weight")

    code, data = diff_json(edited(tmp_path / "old", deprecate), edited(tmp_path / "new", rename, "2.0.0"))
    assert [(c["kind"], c["element"], c["old"]) for c in data["changes"] if c["cls"] == "breaking"] == [
        ("slot.renamed", "slot Patient.mass", "Patient.weight")]
    assert code == 0


def test_malformed_schema_is_a_spec_error(base, tmp_path):
    new = edited(tmp_path, lambda s, t, d, sh: None)
    (new / "schemas" / "demo" / "demo.yaml").write_text("classes: [unclosed\n", encoding="utf-8")
    code, out, err = run_cli(["diff", str(base), str(new)])
    assert code == 4 and out == ""
    assert len(err.strip().splitlines()) == 1 and "demo.yaml: not readable as YAML" in err
