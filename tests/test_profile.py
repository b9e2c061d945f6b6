"""``eucaim profile``: TDC's own sample gives TDC's missing shares, 30 % flags and IQR outliers; seeded tables
give exact k-anonymity; no suppressed value reaches any output format; DQV parses with one measurement each."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

TDC = ("eucaim-etl-sql", "tdc")
#: TDC's missing markers (app.py QualityAssessment_S1): None and these texts once stripped
TDC_MISSING = ("?", "", "None", "nan", "NaN")
#: the features TDC types as numbers (float/int) in its sample: its outlier rules apply to them only
TDC_NUMERIC = ("num_feat1", "num_feat2", "num_missing_feat", "num_missing_cat_feat")


def _tdc_columns(path: Path) -> dict[str, list]:
    """The sample as TDC reads it: feature -> values (oracle side, independent of the package's loaders)."""
    if path.suffix == ".csv":
        with path.open(newline="", encoding="utf-8") as fh:
            rows = list(csv.reader(fh))
        head, body = rows[0], rows[1:]
    elif path.suffix == ".json":
        doc = json.loads(path.read_text(encoding="utf-8"))
        head, body = doc["features"], doc["data"]
    else:
        import openpyxl

        ws = openpyxl.load_workbook(path, read_only=True, data_only=True).active
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        head, body = [str(h) for h in rows[0]], rows[1:]
    return {h: [r[i] if i < len(r) else None for r in body] for i, h in enumerate(head)}


def _tdc_missing(values: list) -> int:
    return sum(1 for v in values if v is None or str(v).strip() in TDC_MISSING)


def _tdc_iqr_rows(values: list) -> list[int]:
    """TDC's outliers_iqr on the filled values (numpy percentiles, 1.5 IQR), as 1-based data rows."""
    import numpy as np

    filled = [(i, float(v)) for i, v in enumerate(values, 1) if not (v is None or str(v).strip() in TDC_MISSING)]
    ys = np.array([v for _, v in filled])
    q1, q3 = np.percentile(ys, [25, 75])
    iqr = q3 - q1
    idx = np.where((ys > q3 + 1.5 * iqr) | (ys < q1 - 1.5 * iqr))[0]
    return [filled[i][0] for i in idx]


def _profile_json(target: Path, *extra: str) -> dict:
    code, out, err = run_cli(["profile", str(target), "--format", "json", "--no-validity", *extra])
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize("suffix", ["csv", "json", "xlsx"])
def test_tdc_sample_gives_tdc_missing_shares_flags_and_iqr_outliers(reference, suffix):
    sample = reference.joinpath(*TDC, f"test.{suffix}")
    oracle = _tdc_columns(sample)
    p = _profile_json(sample)
    (t,) = p["tables"]
    assert t["rows"] == 10
    cols = {c["column"]: c for c in t["columns"]}
    assert list(cols) == list(oracle)
    n = len(next(iter(oracle.values())))
    for feature, values in oracle.items():
        assert cols[feature]["missing"] == _tdc_missing(values), feature
        assert cols[feature]["missing_share"] == pytest.approx(_tdc_missing(values) / n), feature
    # read off the file by hand: the sample's shares TDC reports
    assert cols["num_missing_feat"]["missing_share"] == 0.3 and cols["bad_feat"]["missing_share"] == 1.0
    over = {f for f, v in oracle.items() if _tdc_missing(v) / n > 0.30}
    # TDC's code flags a feature when its missing count reaches len/3; on 10 rows that is the same set
    assert over == {f for f, v in oracle.items() if _tdc_missing(v) >= n / 3}
    assert set(t["completeness"]["columns_over_threshold"]) == over == {
        "num_missing_cat_feat", "text_missing_cat_feat", "text_missing_feat", "bool_missing_feat",
        "mixed_data_types", "bad_feat"}
    flagged = [w for w in p["warnings"] if w["id"] == "profile.completeness.missing_over_threshold"]
    assert {w["column"] for w in flagged} == over
    dist = {d["column"]: d for d in t["distributions"]}
    assert set(dist) == set(TDC_NUMERIC)
    for feature in TDC_NUMERIC:
        expected = _tdc_iqr_rows(oracle[feature])
        assert dist[feature]["outlier_rows_iqr"] == expected, feature
        assert dist[feature]["outliers_iqr"] == len(expected)
    assert dist["num_feat1"]["outlier_rows_iqr"] == [3, 5]  # 21.1 and 100 lie above Q3 + 1.5 IQR
    # TDC's similarity reports: the two near-identical numeric features, and their near-identical names
    assert t["correlations"][0]["columns"] == ["num_feat1", "num_feat2"]
    assert [c["columns"] for c in t["lexical_pairs"]] == [["num_feat1", "num_feat2"]]


def test_robust_z_matches_tdc_modified_z_score(reference):
    import numpy as np

    sample = reference.joinpath(*TDC, "test.csv")
    oracle = _tdc_columns(sample)
    (t,) = _profile_json(sample)["tables"]
    dist = {d["column"]: d for d in t["distributions"]}
    for feature in TDC_NUMERIC:
        filled = [(i, float(v)) for i, v in enumerate(oracle[feature], 1) if _tdc_missing([v]) == 0]
        ys = np.array([v for _, v in filled])
        med = np.median(ys)
        mad = np.median(np.abs(ys - med))
        scale = 1.486 * mad if mad else 1.253314 * np.mean(np.abs(ys - np.mean(ys)))
        expected = [filled[i][0] for i in np.where(np.abs((ys - med) / scale) > 3.5)[0]]
        assert dist[feature]["outlier_rows_robust_z"] == expected, feature


# ------------------------------------------------------------------------------------------ seeded tables
#: (Sex, age_at_diagnosis, records): equivalence classes of sizes 8, 6, 3, 2, 1 over the two quasi-identifiers
CLASSES = [("COM1001370", "45.5", 8), ("COM1001366", "60.0", 6), ("COM1001370", "70.0", 3),
           ("COM1001366", "30.0", 2), ("COM1001370", "92.0", 1)]


def _clinical(path: Path, rows: list[dict[str, str]]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    cols = list(rows[0])
    with path.open("w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, cols)
        w.writeheader()
        w.writerows(rows)
    return path


def _seeded_rows() -> list[dict[str, str]]:
    rows, i = [], 0
    for sex, age, n in CLASSES:
        for _ in range(n):
            i += 1
            rows.append({"PatientID": f"X{i:06d}", "Population": "COM1001087", "Sex": sex,
                         "radiological_detection_offset_days": "-31", "pathology_confirmation_offset_days": "0",
                         "first_treatment_offset_days": "29", "age_at_diagnosis": age,
                         "topography_organ": "BP1000113"})
    return rows


def test_seeded_equivalence_classes_give_exact_k_and_share_below_k(tmp_path):
    table = _clinical(tmp_path / "clinical.csv", _seeded_rows())
    p = _profile_json(table)
    (t,) = p["tables"]
    assert t["kind"] == "minimum"
    d = t["disclosure"]
    assert d["quasi_identifiers"] == ["Sex", "age_at_diagnosis"]
    assert d["k"] == 1 and d["equivalence_classes"] == 5
    assert d["records_below_k"] == 6 and d["classes_below_k"] == 3
    assert d["share_below_k"] == pytest.approx(6 / 20)
    assert d["k_distribution"] == [{"class_size": s, "classes": 1} for s in (1, 2, 3, 6, 8)]
    # the age alone already isolates the 6 records; sex alone isolates none
    assert d["rarest_combinations"][0] == {"attributes": ["age_at_diagnosis"], "classes_below_k": 3,
                                           "records_below_k": 6}
    assert all(r["attributes"] != ["Sex"] for r in d["rarest_combinations"])
    assert d["ages_over_max"] == [{"column": "age_at_diagnosis", "records": 1, "rows": [20]}]
    ids = {w["id"] for w in p["warnings"]}
    assert {"profile.disclosure.k_anonymity", "profile.disclosure.age_over_max"} <= ids
    # k = 2 from the suite override: classes of 1 only
    d2 = _profile_json(table, "-k", "2")["tables"][0]["disclosure"]
    assert d2["records_below_k"] == 1 and d2["share_below_k"] == pytest.approx(1 / 20)


def test_k_anonymous_table_raises_no_disclosure_warning(tmp_path):
    rows = [r for r in _seeded_rows() if r["age_at_diagnosis"] in ("45.5", "60.0")]
    p = _profile_json(_clinical(tmp_path / "clinical.csv", rows))
    d = p["tables"][0]["disclosure"]
    assert d["k"] == 6 and d["records_below_k"] == 0 and d["share_below_k"] == 0
    assert not [w for w in p["warnings"] if w["dimension"] == "disclosure"]


RARE = ("BP1000136", "COM1002626", "1999-04-17")


def _leaky_rows() -> list[dict[str, str]]:
    """20 subjects: a rare organ code (2 records), a rare population (2), one full detection date."""
    rows = _seeded_rows()
    for r in rows[:2]:
        r["topography_organ"] = RARE[0]
    for r in rows[2:4]:
        r["Population"] = RARE[1]
    for r in rows:
        r["radiological_detection_date"] = ""
    rows[5]["radiological_detection_date"] = RARE[2]
    rows[6]["PatientID"] = rows[7]["PatientID"]  # one duplicated subject
    return rows


@pytest.mark.parametrize("fmt", ["text", "json", "html", "dqv", "xlsx"])
def test_no_suppressed_value_in_any_output(tmp_path, fmt):
    table = _clinical(tmp_path / "clinical.csv", _leaky_rows())
    out = tmp_path / f"profile.{fmt}"
    code, stdout, err = run_cli(["profile", str(table), "--format", fmt, "-o", str(out), "--no-validity",
                                 "--fail-on", "warning"])
    assert code == 1, err  # thresholds crossed: warnings, exit 1 with --fail-on warning
    if fmt == "xlsx":
        import openpyxl

        wb = openpyxl.load_workbook(out, read_only=True)
        text = "\n".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row)
    else:
        text = out.read_text(encoding="utf-8")
    for value in RARE:
        assert value not in text, (fmt, value)
    assert "BP1000113" in text or fmt == "dqv"  # a category of 18 records is shown (DQV holds numbers only)


def test_leaky_table_measures(tmp_path):
    p = _profile_json(_clinical(tmp_path / "clinical.csv", _leaky_rows()))
    (t,) = p["tables"]
    organ = next(f for f in t["frequencies"] if f["column"] == "topography_organ")
    assert organ["values"] == [{"value": "BP1000113", "count": 18}]
    assert organ["suppressed_categories"] == 1 and organ["suppressed_records"] == 2
    pops = t["completeness"]["by_population"]
    assert pops[0]["population"] == "COM1001087" and pops[0]["records"] == 18
    assert pops[1] == {"population": None, "suppressed_populations": 1}  # 2 records: below the cell size
    assert t["uniqueness"]["identifier"] == "PatientID" and t["uniqueness"]["duplicate_entities"] == 1
    assert t["disclosure"]["full_dates"] == [{"column": "radiological_detection_date", "records": 1, "rows": [6]}]
    ids = [w["id"] for w in p["warnings"]]
    assert ids.count("profile.disclosure.full_dates") == 1
    assert ids.count("profile.uniqueness.duplicate_entities") == 1
    # radiological_detection_date is 95 % empty
    assert {w["column"] for w in p["warnings"] if w["id"] == "profile.completeness.missing_over_threshold"} == {
        "radiological_detection_date"}


def test_suite_thresholds_decide_the_warnings(tmp_path):
    """The thresholds are the suite file's: raised above what the leaky table shows, the missing-share and
    k-anonymity warnings go; the measures stay."""
    table = _clinical(tmp_path / "clinical.csv", _leaky_rows())
    suite = tmp_path / "suite.yaml"
    suite.write_text("suite: profile\nversion: 1\nmissing_threshold: 0.96\nmax_share_below_k: 0.5\n",
                     encoding="utf-8")
    default, lenient = _profile_json(table), _profile_json(table, "--suite", str(suite))
    ids = {w["id"] for w in default["warnings"]}
    assert {"profile.completeness.missing_over_threshold", "profile.disclosure.k_anonymity"} <= ids
    assert {w["id"] for w in lenient["warnings"]} == ids - {
        "profile.completeness.missing_over_threshold", "profile.disclosure.k_anonymity"}
    assert lenient["settings"]["missing_threshold"] == 0.96
    assert lenient["tables"][0]["disclosure"]["share_below_k"] == default["tables"][0]["disclosure"]["share_below_k"]


def test_more_coded_columns_than_one_grouping_takes(tmp_path):
    """70 coded columns (DuckDB's GROUPING() takes 63): every one gets its frequencies and its missing count per
    population (an internal error before); counted here by hand as the oracle."""
    rows = [{"PatientID": f"X{i:04d}", "Population": ("COM1001087", " COM1002626")[i % 2],
             **{f"code_{k}": ("a", " b", "?", "", f"v{(i * k) % 3}")[(i + k) % 5] for k in range(70)}}
            for i in range(60)]
    (t,) = _profile_json(_clinical(tmp_path / "wide.csv", rows))["tables"]
    freq = {f["column"]: f for f in t["frequencies"]}
    assert len([c for c in freq if c.startswith("code_")]) == 70
    pops = {p["population"]: p for p in t["completeness"]["by_population"]}
    for k in range(70):
        col = f"code_{k}"
        kept = [r[col].strip() for r in rows if r[col].strip() not in ("", "?")]
        counts = {v: kept.count(v) for v in set(kept)}
        assert {v["value"]: v["count"] for v in freq[col]["values"]} == {v: n for v, n in counts.items() if n >= 5}
        for pop in ("COM1001087", "COM1002626"):
            mine = [r for r in rows if r["Population"].strip() == pop]
            filled = sum(r[col].strip() not in ("", "?") for r in mine)
            assert pops[pop]["filled_share"][col] == round(filled / len(mine), 6), (col, pop)


def test_near_duplicate_rows_differ_only_by_identifier_and_case(tmp_path):
    rows = _seeded_rows()
    rows[1]["topography_organ"] = "bp1000113"  # same subject data, other id, other letter case
    rows[2]["topography_organ"] = " BP1000113"  # a blank makes another value: no longer a near duplicate
    (t,) = _profile_json(_clinical(tmp_path / "clinical.csv", rows))["tables"]
    u = t["uniqueness"]
    # 7 of the 8 (45.5, F) records form one group; (60, M) six; (70, F) three; (30, M) two
    assert u["near_duplicate_groups"] == 4 and u["rows_in_near_duplicate_groups"] == 18
    assert u["duplicate_entities"] == 0


@pytest.mark.parametrize(("ids", "duplicates"), [
    (["1", "2", "3", "10", "11", "12"], (0, 0)),  # increasing integers: distinct without grouping them
    (["1", "2", "3", "3", "11", "12"], (1, 2)),  # a repeat: the proof fails, the grouping counts it
    (["12", "11", "10", "3", "2", "1"], (0, 0)),  # distinct but decreasing: found by the grouping
    (["1", "2", " 2", "3", "4", "5"], (1, 2)),  # equal once trimmed
    (["1", "2", "2.5", "3", "4", "5"], (0, 0)),  # not all integers
])
def test_duplicate_entities_of_integer_identifiers(tmp_path, ids, duplicates):
    """CDM image_study ids as the ETL writes them (integers, increasing) and ways they can repeat or not."""
    rows = [{"study_id": i, "patient_id": f"P{k}", "study_uid": f"1.2.{k}"} for k, i in enumerate(ids)]
    (t,) = _profile_json(_clinical(tmp_path / "image_study.csv", rows))["tables"]
    u = t["uniqueness"]
    assert (t["kind"], u["identifier"]) == ("cdm", "study_id")
    assert (u["duplicate_entities"], u["rows_of_duplicate_entities"]) == duplicates


def test_validity_from_check_findings_and_dqv_measurements(tmp_path):
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF

    rows = _seeded_rows()
    rows[0]["Sex"] = "not-a-code"  # one invalid value: an enum violation of eucaim check
    table = _clinical(tmp_path / "clinical.csv", rows)
    code, out, err = run_cli(["profile", str(table), "--format", "json"])
    assert code == 0, err
    p = json.loads(out)
    assert p["check"]["conforms"] is False and p["check"]["summary"]["violation"] >= 1
    (t,) = p["tables"]
    cols = {c["column"]: c for c in t["columns"]}
    assert cols["Sex"]["valid_share"] == pytest.approx(19 / 20)
    assert cols["age_at_diagnosis"]["valid_share"] == 1.0
    assert t["dimensions"]["validity"]["findings"] >= 1
    code, ttl, err = run_cli(["profile", str(table), "--format", "dqv", "--dataset-iri", "https://example.org/ds/1"])
    assert code == 0, err
    g = Graph().parse(data=ttl, format="turtle")
    dqv = Namespace("http://www.w3.org/ns/dqv#")
    ms = list(g.subjects(RDF.type, dqv.QualityMeasurement))
    # 1 table + 8 column completeness, 8 column validity, duplicate entities, near duplicates, consistency and
    # integrity findings, 3 numeric columns' outliers (the offsets and the age), k and share below k, and the k
    # distribution: one measurement per class size with its eq:classSize (the invalid sex took one subject out
    # of the class of 8 into a class of its own)
    assert len(ms) == 1 + 8 + 8 + 1 + 1 + 2 + 4 + 2 + 5
    eq = Namespace("https://w3id.org/eucaim-spec/quality#")
    sizes = sorted(int(s) for m in ms for s in g.objects(m, eq.classSize))
    assert sizes == [1, 2, 3, 6, 7]
    for m in ms:
        assert list(g.objects(m, dqv.computedOn)) == [__import__("rdflib").URIRef("https://example.org/ds/1")]
        (metric,) = g.objects(m, dqv.isMeasurementOf)
        assert len(list(g.objects(metric, dqv.inDimension))) == 1
        assert len(list(g.objects(m, dqv.value))) == 1


def test_head_series_of_a_tag_table_are_flagged_for_defacing(tmp_path):
    rows = [{"StudyInstanceUID": f"1.2.3.{i}", "SeriesInstanceUID": f"1.2.3.{i}.1", "Modality": mod,
             "BodyPartExamined": part} for i, (mod, part) in enumerate(
                 [("MR", "BRAIN"), ("CT", "head"), ("CT", "CHEST"), ("SR", "HEAD"), ("MR", "BREAST")], 1)]
    p = _profile_json(_clinical(tmp_path / "series.csv", rows))
    (t,) = p["tables"]
    assert t["kind"] == "imaging_tags"
    assert t["head_series"]["series"] == 2 and t["head_series"]["rows"] == [1, 2]  # SR carries no face
    assert [w["id"] for w in p["warnings"]].count("profile.disclosure.head_imaging") == 1


def test_profile_usage_and_input_errors(tmp_path):
    code, _, err = run_cli(["profile", str(tmp_path / "missing.csv")])
    assert code == 3 and "no such file" in err
    code, _, err = run_cli(["profile", str(tmp_path), "--format", "xlsx"])
    assert code == 2
    bad = tmp_path / "suite.yaml"
    bad.write_text("suite: profile\nversion: 1\nmin_cel_size: 3\n", encoding="utf-8")
    code, _, err = run_cli(["profile", str(tmp_path), "--suite", str(bad)])
    assert code == 4 and "min_cel_size" in err


def test_tdc_missing_markers_are_missing_not_numbers(tmp_path):
    rows = [{"id": str(i), "value": str(i)} for i in range(1, 11)]
    rows += [{"id": "11", "value": "nan"}, {"id": "12", "value": " ? "}, {"id": "13", "value": "None"},
             {"id": "14", "value": "  "}]
    (t,) = _profile_json(_clinical(tmp_path / "values.csv", rows))["tables"]
    value = next(c for c in t["columns"] if c["column"] == "value")
    assert value["missing"] == 4 and value["numeric"] is True
    (d,) = [d for d in t["distributions"] if d["column"] == "value"]
    assert d["n"] == 10 and d["median"] == 5.5


def test_head_series_of_a_dicom_tree_are_flagged_for_defacing(tmp_path):
    from tests import dicom_factory as fac

    root = tmp_path / "ds"
    _clinical(root / "clinical" / "clinical.csv", _seeded_rows())
    fac.series(root / "imaging" / "s1", 3, series="brain", modality="MR", body_part="BRAIN")
    fac.series(root / "imaging" / "s2", 2, series="chest", modality="CT", body_part="CHEST")
    code, out, err = run_cli(["profile", str(root), "--format", "text", "--no-validity"])
    assert code == 0, err
    assert "imaging (DICOM): 2 series, 1 head/brain series for defacing review" in out
    assert ("warning profile.disclosure.head_imaging: imaging column BodyPartExamined: 1 head/brain series "
            "(3 files)") in out
    p = _profile_json(root)
    assert p["imaging"]["head_series"] == {"series": 1, "files": 3, "series_scanned": 2, "rows": [],
                                           "body_part_column": "BodyPartExamined", "modality_column": "Modality"}
    assert [t["kind"] for t in p["tables"]] == ["minimum"]


def test_dqv_of_the_example_dataset_is_on_its_catalogue_iri_and_byte_stable(repo):
    from rdflib import Graph, Namespace, URIRef
    from rdflib.namespace import RDF

    example = repo / "examples" / "tier1-dataset"
    (table,) = (example / "clinical").glob("*.csv")
    with table.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    assert len(rows) - 1 < 5  # fewer subjects than the cell size: no distribution, no outlier measure
    args = ["profile", str(example), "--format", "dqv", "--no-validity"]
    code, ttl, err = run_cli(args)
    assert code == 0, err
    assert run_cli(args)[1] == ttl
    g = Graph().parse(data=ttl, format="turtle")
    dqv = Namespace("http://www.w3.org/ns/dqv#")
    ms = set(g.subjects(RDF.type, dqv.QualityMeasurement))
    # table + per-column completeness, duplicate entities, near duplicates, k and share below k, the k
    # distribution (one class size: three patients alone in their class), head series
    assert len(ms) == 1 + len(rows[0]) + 1 + 1 + 2 + 1 + 1
    assert set(g.objects(None, dqv.computedOn)) == {URIRef("https://data.example.org/eucaim/dataset-001")}
    dims = {str(d).rsplit("#", 1)[1] for d in g.subjects(RDF.type, dqv.Dimension)}
    assert dims == {"Completeness", "Uniqueness", "DisclosureRisk"}


@pytest.mark.postgres
def test_profile_of_a_postgresql_cdm_schema(pg_url):
    import psycopg

    schema = "eucaim_profile_test"
    people = [(f"P{i:03d}", "1960-01-01", "COM1001370" if i < 5 else "COM1001366") for i in range(10)]
    people += [("P010", "1970-05-05", "COM1001370"), ("P011", "1980-06-06", "NOT-A-CODE")]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        conn.execute(f"CREATE SCHEMA {schema}")
        conn.execute(f"CREATE TABLE {schema}.patient (patient_id text, dataset_id text, patient_birth_date date, "
                     "patient_birth_sex text, patient_managing_organization text)")
        with conn.cursor() as cur:
            cur.executemany(f"INSERT INTO {schema}.patient VALUES (%s, 'DS1', %s, %s, 'Site A')", people)
    try:
        code, out, err = run_cli(["profile", "--db", pg_url, "--db-schema", schema, "--format", "json",
                                  "--tier", "3"])
        assert code == 0, err
        p = json.loads(out)
        (t,) = p["tables"]
        assert (t["kind"], t["table"], t["file"], t["rows"]) == ("cdm", "patient", f"{schema}.patient", 12)
        d = t["disclosure"]
        assert d["quasi_identifiers"] == ["patient_birth_date", "patient_birth_sex", "patient_managing_organization"]
        assert d["k"] == 1 and d["records_below_k"] == 2 and d["share_below_k"] == pytest.approx(2 / 12, abs=1e-6)
        assert d["full_dates"][0]["column"] == "patient_birth_date" and d["full_dates"][0]["records"] == 12
        cols = {c["column"]: c for c in t["columns"]}
        assert cols["patient_birth_sex"]["valid_share"] == pytest.approx(11 / 12, abs=1e-6)  # the check's enum finding
        assert "1960-01-01" not in out and "Site A" not in out  # personal data: never a frequency
    finally:
        with psycopg.connect(pg_url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def test_html_profile_charts_render_in_headless_chromium(tmp_path):
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed: scripts/system-deps.sh installs it"
    page = tmp_path / "profile.html"
    code, _, err = run_cli(["profile", str(_clinical(tmp_path / "clinical.csv", _seeded_rows())), "--format", "html",
                            "-o", str(page), "--no-validity"])
    assert code == 0, err
    shot = tmp_path / "shot.png"
    base = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}"]
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True,
                         timeout=60).stdout
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=900,1400", page.as_uri()], check=True,
                   capture_output=True, timeout=60)
    # bars: 8 columns' completeness, 4 numeric columns' outlier counts, 5 equivalence-class sizes
    assert dom.count("<rect") == 8 + 4 + 5
    assert "Equivalence classes (k = 1, 30.0% below 5)" in dom
    assert shot.is_file() and shot.stat().st_size > 10_000


# --- eucaim check --quality: the same measures and thresholds in the check's report -------------------------------


def _check_json(target: Path, *extra: str) -> tuple[int, dict, str]:
    code, out, err = run_cli(["check", str(target), "--format", "json", *extra])
    return code, json.loads(out), err


def test_check_quality_adds_the_profile_measures_and_thresholds(tmp_path):
    """Seeded classes: the k-anonymity warning counts exactly the 7 records below k (the 6 of the seeded classes
    below 5, and the one record whose full date sets it apart), the 95 %-empty column is flagged; the measures are
    the report's quality section (the profile's own, no info finding); the verdict and tiers are the plain
    check's; --fail-on warning fails."""
    table = _clinical(tmp_path / "clinical.csv", _leaky_rows())
    code0, plain, _ = _check_json(table)
    code, report, err = _check_json(table, "--quality")
    assert "quality: 1 table(s) profiled" in err
    assert not [f for f in plain["findings"] if f["rule_id"].startswith("profile.")] and "quality" not in plain
    quality = [f for f in report["findings"] if f["rule_id"].startswith("profile.")]
    by_rule: dict[str, list[dict]] = {}
    for f in quality:
        by_rule.setdefault(f["rule_id"], []).append(f)
    [k] = by_rule["profile.disclosure.k_anonymity"]
    assert (k["severity"], k["count"], k["location"]["file"]) == ("warning", 7, str(table))  # as the check names it
    assert k["tier"] == 2  # asked for at Tier 1: the severity and tier of the first tier that runs it
    [miss] = by_rule["profile.completeness.missing_over_threshold"]
    assert (miss["count"], miss["location"]["column"]) == (19, "radiological_detection_date")
    assert [f["count"] for f in by_rule["profile.disclosure.full_dates"]] == [1]
    assert [f["count"] for f in by_rule["profile.uniqueness.duplicate_entities"]] == [2]
    # the measures are the profile's
    p = _profile_json(table)
    measured = {(m["metric"], m.get("column"), m.get("class_size")): m["value"] for m in report["quality"]}
    d = p["tables"][0]["disclosure"]
    assert d["records_below_k"] == 7
    assert measured[("kAnonymity", None, None)] == d["k"] == 1
    assert measured[("shareBelowK", None, None)] == pytest.approx(0.35)
    assert {s: measured[("equivalenceClasses", None, s)] for s in (1, 6)} == {
        k["class_size"]: k["classes"] for k in d["k_distribution"] if k["class_size"] in (1, 6)}
    assert measured[("tableCompleteness", None, None)] == p["tables"][0]["completeness"]["filled_share"]
    assert measured[("columnCompleteness", "radiological_detection_date", None)] == pytest.approx(0.05)
    assert {m["dimension"] for m in report["quality"]} >= {"Completeness", "Uniqueness", "Validity", "Consistency",
                                                          "Integrity", "Accuracy", "DisclosureRisk"}
    # counts and verdict: only the warnings the quality step adds
    assert not [f for f in quality if f["severity"] != "warning"]
    assert report["summary"]["warning"] == plain["summary"]["warning"] + len(quality)
    assert report["summary"]["info"] == plain["summary"]["info"]
    # the profile's own warnings, less the check's findings per dimension (the report already holds them)
    assert sorted(f["rule_id"] for f in quality) == sorted(
        w["id"] for w in p["warnings"] if not w["id"].endswith(".check_findings")) == [
        "profile.completeness.missing_over_threshold", "profile.disclosure.age_over_max",
        "profile.disclosure.full_dates", "profile.disclosure.k_anonymity", "profile.uniqueness.duplicate_entities",
        "profile.uniqueness.near_duplicates"]
    assert (code, report["conforms"], report["tiers"], report["verdict"]) == \
        (code0, plain["conforms"], plain["tiers"], plain["verdict"])
    code, strict, _ = _check_json(table, "--quality", "--fail-on", "warning")
    assert code == 1 and strict["conforms"] is False
    # no suppressed value reaches the report, in any format
    for fmt in ("json", "text", "html", "sarif", "csv", "dqv"):
        code, out, _ = run_cli(["check", str(table), "--quality", "--format", fmt])
        for value in RARE:
            assert value not in out, (fmt, value)


def test_check_quality_on_a_clean_k_anonymous_table_and_on_a_record(tmp_path, repo):
    rows = [r for r in _seeded_rows() if r["age_at_diagnosis"] in ("45.5", "60.0")]
    for i, r in enumerate(rows):
        r["first_treatment_offset_days"] = str(20 + i)  # no two subjects alike: no near duplicates
    table = _clinical(tmp_path / "clinical.csv", rows)
    code, report, _ = _check_json(table, "--quality", "--fail-on", "info")
    assert not [f for f in report["findings"] if f["rule_id"].startswith("profile.")]  # no threshold crossed
    measured = {m["metric"]: m["value"] for m in report["quality"] if m.get("column") is None}
    assert measured["kAnonymity"] == 6 and measured["shareBelowK"] == 0
    code0, plain, _ = _check_json(table, "--fail-on", "info")
    # the check's own findings decide alone: a measure is no finding, even for --fail-on info
    assert (code, report["conforms"], report["summary"]) == (code0, plain["conforms"], plain["summary"])
    record = repo / "tests/data/dcat_ap/valid/Dataset-minimal.ttl"
    code, report, err = _check_json(record, "--quality")
    assert "quality: not measured" in err and code == 0
    assert not [f for f in report["findings"] if f["rule_id"].startswith("profile.")] and "quality" not in report
    code, _, err = run_cli(["profile", str(record)])  # a record is no table: exit 3, one line (no internal error)
    assert code == 3 and err.count("\n") == 1 and "no CSV, Parquet, XLSX or JSON table" in err


# --- eucaim check --tier 2: the quality step on by default -----------------------------------------------------


def test_check_tier_2_measures_quality_by_default_and_a_waiver_waives_its_warning(tmp_path, repo):
    """The Tier-2 example with one patient's age made unique: k-anonymity fails (1 record in a class of 1, the
    class it left now 4 records), a warning of the quality step at Tier 2 without --quality; --no-quality drops
    it; a waiver waives it (the waivers apply after the quality step); the DQV report carries the measures."""
    import shutil

    ds = tmp_path / "ds"
    shutil.copytree(repo / "examples" / "tier2-dataset", ds)
    (table,) = (ds / "clinical").glob("*_minimum_clinical.csv")
    lines = table.read_text(encoding="utf-8").splitlines()
    age = lines[0].split(",").index("age_at_diagnosis")
    row = lines[1].split(",")
    row[age] = "80"
    lines[1] = ",".join(row)
    table.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, report, err = _check_json(ds, "--tier", "2", "--no-progress")
    assert "quality: 6 table(s) profiled" in err
    found = [(f["rule_id"], f["severity"], f["count"]) for f in report["findings"]]
    assert found == [("profile.disclosure.k_anonymity", "warning", 5)]
    assert code == 0 and report["verdict"] == "Tier 2 met"  # a warning never blocks the tier
    code, off, err = _check_json(ds, "--tier", "2", "--no-progress", "--no-quality")
    assert off["findings"] == [] and "quality" not in off and "quality:" not in err
    waivers = tmp_path / "waivers.yaml"
    waivers.write_text("- rule_id: profile.disclosure.k_anonymity\n  reason: ethics board approved release\n",
                       encoding="utf-8")
    code, waived, _ = _check_json(ds, "--tier", "2", "--no-progress", "--waivers", str(waivers),
                                  "--fail-on", "warning")
    assert code == 0 and [(f["rule_id"], f["severity"]) for f in waived["findings"]] == [
        ("profile.disclosure.k_anonymity", "waived")]
    assert [(w["status"], w["count"]) for w in waived["waivers"]] == [("applied", 1)]
    code, ttl, _ = run_cli(["check", str(ds), "--tier", "2", "--no-progress", "--format", "dqv"])
    from rdflib import Graph, Namespace
    from rdflib.namespace import RDF

    g = Graph().parse(data=ttl, format="turtle")
    dqv, eq = Namespace("http://www.w3.org/ns/dqv#"), Namespace("https://w3id.org/eucaim-spec/quality#")
    k = [m for m in g.subjects(dqv.isMeasurementOf, eq.kAnonymity)]
    assert len(k) == 3  # one per table with declared quasi-identifiers: minimum, patient, cancer_condition
    measured = [m for m in g.subjects(RDF.type, dqv.QualityMeasurement) if (m, eq.table, None) in g]
    assert len(measured) == len(report["quality"])
    minimum = [m for m in k if str(g.value(m, eq.table)).endswith("_minimum_clinical.csv")]
    assert [int(g.value(m, dqv.value)) for m in minimum] == [1]


def test_check_tier_2_html_quality_charts_render_in_headless_chromium(tmp_path, repo):
    import shutil
    import subprocess

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed: scripts/system-deps.sh installs it"
    page = tmp_path / "report.html"
    code, _, err = run_cli(["check", str(repo / "examples" / "tier2-dataset"), "--tier", "2", "--no-progress",
                            "--format", "html", "-o", str(page)])
    assert code == 0, err
    base = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
            f"--user-data-dir={tmp_path / 'chromium-profile'}"]
    dom = subprocess.run([*base, "--dump-dom", page.as_uri()], check=True, capture_output=True, text=True,
                         timeout=60).stdout
    shot = tmp_path / "shot.png"
    subprocess.run([*base, f"--screenshot={shot}", "--window-size=900,2400", page.as_uri()], check=True,
                   capture_output=True, timeout=60)
    assert 'id="quality"' in dom
    # bars: the completeness of every column of the six tables (15 + 3 + 3 + 8 + 3 + 3), the IQR outliers of the
    # numeric columns with 5 values or more (minimum 4, cancer_condition 1, image_series 2, image_study 1) and the
    # k distributions of the three tables with quasi-identifiers (one class size each: 5, 10, 10)
    assert dom.count("Completeness per column") == 6
    assert "Equivalence classes (k = 5, 0.0% below 5)" in dom
    assert dom.count("<rect") == 35 + 8 + 3
    assert shot.is_file() and shot.stat().st_size > 10_000


# --- consistency and integrity from the check's findings; numbers that are not finite ---------------------------


def _edit_csv(path: Path, change) -> None:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    change(rows)
    with path.open("w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)


def test_consistency_and_integrity_count_the_checks_findings_per_table(tmp_path, repo):
    """The Tier-3 example with an offset without its unit and a study of an unknown patient (image_study), a
    birth date after the last contact (patient) and an empty file: consistency counts the offset unit and the date
    order on their tables, integrity the orphan and the images it leaves without clinical data, and the empty
    file (an unreadable file) on the dataset; eucaim check --tier 3 reports the same counts as measures."""
    import shutil

    ds = tmp_path / "ds"
    shutil.copytree(repo / "examples" / "tier3-dataset", ds)

    def study(rows):
        rows[2][rows[0].index("patient_id")] = "EX-9999"
        rows[0] += ["study_offset_from_diagnosis", "study_offset_unit"]
        for i, r in enumerate(rows[1:], 1):
            r += ["12", ""] if i == 3 else ["", ""]

    def patient(rows):
        rows[0] += ["patient_birth_date", "patient_date_of_last_contact"]
        for i, r in enumerate(rows[1:], 1):
            r += ["2020-01-01", "2010-01-01"] if i == 1 else ["", ""]

    _edit_csv(ds / "clinical" / "image_study.csv", study)
    _edit_csv(ds / "clinical" / "patient.csv", patient)
    (ds / "clinical" / "notes.csv").write_text("", encoding="utf-8")
    code, out, err = run_cli(["profile", str(ds), "--tier", "3", "--format", "json"])
    assert code == 0, err
    p = json.loads(out)
    dims = {t["file"]: {d: v["findings"] for d, v in t["dimensions"].items() if v["findings"]} for t in p["tables"]}
    assert dims["clinical/image_study.csv"] == {"consistency": 1, "integrity": 2}
    assert dims["clinical/patient.csv"] == {"consistency": 1}
    assert not [f for f, d in dims.items() if d and f not in ("clinical/image_study.csv", "clinical/patient.csv")]
    assert p["unreadable"] == [{"file": "clinical/notes.csv", "line": 1, "problem": "empty_file"}]
    assert {d: v["findings"] for d, v in p["check"]["dataset_dimensions"].items() if v["findings"]} == {"integrity": 1}
    assert sorted((w["id"], w["file"]) for w in p["warnings"] if w["id"].endswith(".check_findings")) == [
        ("profile.consistency.check_findings", "clinical/image_study.csv"),
        ("profile.consistency.check_findings", "clinical/patient.csv"),
        ("profile.integrity.check_findings", "clinical/image_study.csv")]
    code, report, _ = _check_json(ds, "--tier", "3", "--no-progress")
    measured = {(m["metric"], m["file"]): m["value"] for m in report["quality"] if m.get("file")}
    assert measured[("consistencyFindings", "clinical/image_study.csv")] == 1
    assert measured[("integrityFindings", "clinical/image_study.csv")] == 2
    assert measured[("consistencyFindings", "clinical/patient.csv")] == 1


def test_cross_table_agreement_is_consistency_orphans_integrity_missing_completeness(tmp_path):
    """An imaging tag table beside the seeded clinical table: the patient's age at the study derivable from
    neither table (a cross-table agreement) counts for consistency, images and subjects without their other
    half for integrity, the unfilled required columns for completeness."""
    ds = tmp_path / "part"
    _clinical(ds / "clinical.csv", _seeded_rows())
    _clinical(ds / "imaging.csv", [{"PatientID": pid, "Modality": "CT", "BodyPartExamined": "CHEST",
                                    "Manufacturer": "Siemens", "AcquisitionDate": "20240101"}
                                   for pid in ("X000001", "X000002", "X999999")])
    code, out, err = run_cli(["profile", str(ds), "--format", "json"])
    assert code == 0, err
    dims = {t["file"]: {d: (v["findings"], v["records"]) for d, v in t["dimensions"].items() if v["findings"]}
            for t in json.loads(out)["tables"]}
    assert dims["imaging.csv"] == {"consistency": (1, 3), "integrity": (1, 1)}
    # completeness: the check's required-column findings that count (warnings and violations, not info)
    _, report, _ = _check_json(ds)
    required = [f for f in report["findings"] if f["rule_id"].endswith(".required")
                and f["severity"] in ("violation", "warning") and f["location"]["file"].endswith("clinical.csv")]
    assert len(required) == 4 and {f["rule_id"].split(".")[0] for f in required} == {"minimum"}
    assert dims["clinical.csv"] == {"completeness": (4, sum(f["count"] for f in required)), "integrity": (1, 18)}


def test_numbers_that_are_not_finite_are_left_out_of_the_distribution(tmp_path):
    """'inf' is a number to the cast but no mean or quartile survives it (it was an internal error): the
    distribution is that of the finite values; so is a 'NaN' under a suite whose missing markers lack it."""
    rows = [{"id": str(i), "value": str(v)} for i, v in enumerate([1, 2, 3, 4, 5, 6, "inf", "-inf", "NaN"], 1)]
    table = _clinical(tmp_path / "values.csv", rows)
    suite = tmp_path / "suite.yaml"
    suite.write_text('suite: profile\nversion: 1\nmissing_markers: ["?", "n/a"]\n', encoding="utf-8")
    for extra in ((), ("--suite", str(suite))):
        (t,) = _profile_json(table, *extra)["tables"]
        (col,) = [c for c in t["columns"] if c["column"] == "value"]
        assert col["numeric"] and col["missing"] == (1 if not extra else 0)  # 'NaN' is a marker by default only
        (d,) = [d for d in t["distributions"] if d["column"] == "value"]
        assert (d["column"], d["n"], d["mean"], d["median"], d["q1"], d["q3"]) == ("value", 6, 3.5, 3.5, 2.25, 4.75)
        assert d["outliers_iqr"] == 0 and d["outliers_robust_z"] == 0
