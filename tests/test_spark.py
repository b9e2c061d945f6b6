"""The table checks on Spark (``--engine spark``, local[2]) give the same findings as on DuckDB.

Parity inputs: every CDM and minimum example of the engine matrix (tests/data/{cdm,minimum}, written as table rows
the way tests/sql_adapter.py writes them, all examples of a table in one file so Spark runs two checks, not one per
example) and the rule-coverage suite's CDM mutation batch. One SparkSession for the module.
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from pathlib import Path

import pytest

from eucaim_spec.schemaview import load_expanded
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.sql.engine import SqlEngine
from eucaim_spec.validate.sql.spark import SparkEngine
from tests.conftest import REPO, run_cli
from tests.example_files import examples
from tests.rule_coverage.sql_tables import cdm_batches, minimum_batches
from tests.sql_adapter import file_name


@pytest.fixture(scope="module")
def engines():
    return SqlEngine(), SparkEngine(master="local[2]")


def _key(findings):
    return sorted(
        (f.rule_id, str(f.severity), f.count, f.message, tuple(f.examples), f.location.file, f.location.table,
         f.location.column, f.location.row)
        for f in findings
    )


def _both(engines, path: Path, tier: int = 3):
    duck, spark = engines
    root = path if path.is_dir() else path.parent
    a = _key(duck.check(path, CheckContext(target_tier=tier, root=root)))
    b = _key(spark.check(path, CheckContext(target_tier=tier, root=root)))
    return a, b


def _write(path: Path, columns: list[str], rows: list[dict]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(columns)
        for data in rows:
            w.writerow(["" if data.get(c) is None else str(data[c]).lower() if isinstance(data.get(c), bool)
                        else str(data[c]) for c in columns])


def _columns(standard: str, cls: str) -> list[str]:
    sv = load_expanded(standard)
    cols = [str(s.name) for s in sv.class_induced_slots(cls)]
    if "PatientID" in cols:
        cols.remove("PatientID")
        cols.insert(0, "PatientID")
    return cols


def _tabular(standard: str):
    """(example, its table file name, its row) for every example the sql engine checks as a table."""
    out = []
    for ex in examples(standard):
        name = file_name(standard, ex.target_class)
        data = ex.load()
        if name is None or any(isinstance(v, (list, dict)) for v in data.values()):
            continue
        out.append((ex, name, data))
    return out


def test_cdm_examples_same_findings(engines, tmp_path):
    """Every CDM example (valid and invalid) as a row of its table, all tables in one dataset: the findings are
    identical, and every invalid example's rule is among them (the inputs do exercise the checks)."""
    by_table: dict[str, list] = defaultdict(list)
    for ex, name, data in _tabular("cdm"):
        by_table[name].append((ex, data))
    assert len(by_table) > 10
    d = tmp_path / "clinical"
    expected = set()
    for name, items in by_table.items():
        _write(d / name, _columns("cdm", items[0][0].target_class), [data for _ex, data in items])
        for ex, _data in items:
            if not ex.valid and ex.constraint not in ("fk", "unique", "table_missing", "search_filled"):
                expected.add(ex.expected_rule)
    a, b = _both(engines, d)
    assert a == b
    # a code outside its hyper-ontology branch is reported as <slot>.code (the example names it <slot>.enum)
    found = {x[0] for x in a} | {x[0][: -len(".code")] + ".enum" for x in a if x[0].endswith(".code")}
    assert expected and expected <= found, sorted(expected - found)


def test_minimum_examples_same_findings(engines, tmp_path):
    """Every minimum clinical-table example as a row of its record class' table, one file per class: identical
    findings, and the invalid examples are caught."""
    d = tmp_path / "clinical"
    by_class: dict[str, list] = defaultdict(list)
    expected = set()
    for ex, _name, data in _tabular("minimum"):
        by_class[ex.target_class].append(data)
        if not ex.valid and ex.expected_rule:
            expected.add(ex.expected_rule)
    for cls, rows in sorted(by_class.items()):
        _write(d / f"minimum_{cls}.csv", _columns("minimum", cls), rows)
    a, b = _both(engines, d, tier=1)
    assert a == b
    assert expected & {x[0] for x in a}


def test_rule_coverage_cdm_mutations_same_findings(engines, tmp_path):
    """The rule-coverage suite's mutated CDM tables (one broken value per row, every CDM rule): same findings."""
    duck, _ = engines
    batches, _orphans = cdm_batches(tmp_path, {r.id: {} for r in duck.rules()})
    batch = next(b for b in batches if b.name == "cdm tables")
    a, b = _both(engines, batch.target)
    assert a == b
    assert len({x[0] for x in a}) >= len({m.rule_id for m in batch.mutations}) // 2


def test_rule_coverage_minimum_batches_same_findings(engines, tmp_path):
    """Each minimum-data table batch of the rule-coverage suite (clinical, annotation and segmentation metadata,
    correspondence, imaging attributes, series mapping): same findings, and each batch's mutated rules are among
    them. (The CDM tables-missing and columns-emptied batches agree too, but at ~25 tables each they cost CI
    minutes on 2 cores: run them by widening this list.)"""
    duck, _ = engines
    rules = {r.id: {"engine": "sql"} for r in duck.rules()}
    batches = minimum_batches(tmp_path / "minimum", rules)[0]
    assert len(batches) >= 6 and all(b.engine == "sql" for b in batches)
    for batch in batches:
        a, b = _both(engines, Path(batch.target))
        assert a == b, batch.name
        found = {x[0] for x in a}
        assert found & {m.rule_id for m in batch.mutations}, batch.name


def test_cli_engine_spark(tmp_path):
    """`eucaim check --engine spark` reports what the default engine reports, with the same exit code."""
    target = REPO / "examples" / "tier1-failing"
    code_d, out_d, _ = run_cli(["check", str(target / "clinical"), "--tier", "1", "--format", "json"])
    code_s, out_s, _ = run_cli(["check", str(target / "clinical"), "--tier", "1", "--format", "json",
                                "--engine", "spark", "--spark-master", "local[2]"])
    assert code_d == code_s == 1
    fd, fs = json.loads(out_d)["findings"], json.loads(out_s)["findings"]
    assert fd and fd == fs


def test_cli_spark_options_need_engine():
    code, _, err = run_cli(["check", "--spark-table", "cdm.patient"])
    assert code == 2 and "--engine spark" in err


def test_cli_spark_table_same_findings(engines, tmp_path):
    """--spark-table checks a table of the Spark catalog in place, with the findings DuckDB gives for its file."""
    duck, spark_engine = engines
    d = tmp_path / "clinical"
    _write(d / "patient.csv", ["patient_id", "patient_birth_sex", "patient_birth_date"],
           [{"patient_id": "P1", "patient_birth_sex": "COM9999", "patient_birth_date": "1970-02-30"},
            {"patient_id": "P1", "patient_birth_sex": "COM1001366", "patient_birth_date": "1970-02-03"}])
    spark = spark_engine.spark()
    spark.read.options(header="true").csv(str(d / "patient.csv")).createOrReplaceTempView("patient")
    want = [f.rule_id for f in duck.check(d / "patient.csv", CheckContext(target_tier=3, root=d))
            if f.rule_id.startswith("cdm.patient.")]
    code, out, _ = run_cli(["check", "--engine", "spark", "--spark-table", "patient", "--tier", "3",
                            "--format", "json"])
    found = json.loads(out)["findings"]
    got = [f["rule_id"] for f in found if f["rule_id"].startswith("cdm.patient.")]
    assert code == 1
    assert {"cdm.patient.patient_birth_sex.code", "cdm.patient.patient_id.unique"} <= set(want)
    assert sorted(got) == sorted(want)
    # the search readiness reads the catalog table in place: what it finds in the folder's patient.csv on DuckDB
    _, local, _ = _json_findings(["check", str(d)])

    def search(fs):
        return sorted((f["rule_id"], f["count"], f["message"], f["examples"]) for f in fs
                      if f["rule_id"].startswith("search."))

    assert search(found) and search(found) == search(local)


def _cdm_dataset(root: Path) -> Path:
    """A dataset folder whose clinical/ holds three broken CDM tables (codes, dates, uniqueness, a dangling FK)."""
    d = root / "clinical"
    _write(d / "patient.csv", ["patient_id", "patient_birth_sex", "patient_birth_date"],
           [{"patient_id": "P1", "patient_birth_sex": "COM9999", "patient_birth_date": "1970-02-30"},
            {"patient_id": "P1", "patient_birth_sex": "COM1001366", "patient_birth_date": "1970-02-03"},
            {"patient_id": "P2", "patient_birth_sex": "COM1001370", "patient_birth_date": "1981-12-01"}])
    _write(d / "image_study.csv", ["study_id", "patient_id", "study_uid"],
           [{"study_id": "1", "patient_id": "P1", "study_uid": "1.2.3"},
            {"study_id": "2", "patient_id": "P9", "study_uid": "not a uid"}])
    return root


def _json_findings(args: list[str]) -> tuple[int, list[dict], str]:
    # the quality step (profile.*, tier 2) measures local files only: not what these tests compare
    code, out, err = run_cli([*args, "--tier", "3", "--format", "json", "--no-quality"])
    assert out, err
    return code, json.loads(out)["findings"], err


@pytest.mark.parametrize("part", ["dataset", "clinical", "patient.csv"])
def test_cli_file_uri_read_by_spark(engines, tmp_path, part):
    """A file:// URI (a dataset folder, its clinical/ part, one table) is listed and read by Spark, not by our
    local reader: same findings, places and exit code as DuckDB on the local path."""
    root = _cdm_dataset(tmp_path / "ds")
    local = {"dataset": root / "clinical", "clinical": root / "clinical", "patient.csv": root / "clinical" /
             "patient.csv"}[part]
    uri = (root if part == "dataset" else local).as_uri()
    assert uri.startswith("file:///")
    code_d, fd, _ = _json_findings(["check", str(local)])
    code_s, fs, err = _json_findings(["check", uri, "--engine", "spark"])
    assert code_d == code_s == 1, err
    # the search-readiness rules (tier 2) run on the views Spark read, as on the local folder; not on one table
    search = sorted(f["rule_id"] for f in fs if f["rule_id"].startswith("search."))
    assert search == sorted(f["rule_id"] for f in fd if f["rule_id"].startswith("search."))
    assert bool(search) == (part != "patient.csv"), search
    if part == "dataset":
        # the URI names the dataset folder: its tables are clinical/*, as the local run names them from the part
        # (the search findings name the file alone, as on a local dataset folder)
        assert {f["location"]["file"] for f in fs if not f["rule_id"].startswith("search.")} == \
            {"clinical/patient.csv", "clinical/image_study.csv"}
        for f in fs:
            f["location"]["file"] = f["location"]["file"].removeprefix("clinical/")
    if part == "patient.csv":
        # one table is named as given, the URI as the local path
        assert {f["location"]["file"] for f in fs} == {uri}
        for f in fs:
            f["location"]["file"] = str(local)
    assert fd == fs
    ids = {f["rule_id"] for f in fs}
    assert {"cdm.patient.patient_birth_sex.code", "cdm.patient.patient_id.unique"} <= ids


def test_cli_uri_spark_written_parquet_table(engines, tmp_path):
    """A table as Spark writes it on HDFS or an object store (a folder patient.parquet/ of part files and a
    _SUCCESS marker), given by URI: one table, the findings DuckDB gives for the same rows in one file."""
    root = _cdm_dataset(tmp_path / "ds")
    spark = engines[1].spark()
    lake = tmp_path / "lake"
    (spark.read.options(header="true").csv(str(root / "clinical" / "patient.csv")).coalesce(1)
     .write.parquet((lake / "patient.parquet").as_uri()))
    assert (lake / "patient.parquet" / "_SUCCESS").exists()
    code_d, fd, _ = _json_findings(["check", str(root / "clinical" / "patient.csv")])
    code_s, fs, err = _json_findings(["check", lake.as_uri(), "--engine", "spark"])
    assert code_d == code_s == 1, err
    key = [(f["rule_id"], f["count"], f["examples"], f["location"]["row"]) for f in fd]
    # the lake folder has search tables (the local file alone has none): its readiness findings are the test above's
    assert key == [(f["rule_id"], f["count"], f["examples"], f["location"]["row"]) for f in fs
                   if not f["rule_id"].startswith("search.")]
    assert {f["location"]["file"] for f in fs} == {"patient.parquet"}


def test_cli_uri_needs_engine_spark(tmp_path):
    """Without --engine spark a file system URI is refused in one line (exit 3), not read as a local path."""
    root = _cdm_dataset(tmp_path / "ds")
    code, out, err = run_cli(["check", (root / "clinical").as_uri(), "--tier", "1"])
    assert code == 3 and not out
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1 and "add --engine spark" in err


@pytest.mark.parametrize(("uri", "reason"), [
    ("s3a://AKIAEXAMPLE:s3cr3t@bucket/clinical", "org.apache.hadoop:hadoop-aws:"),
    ("s3://bucket/clinical", "no s3:// file system"),
    ("nosuchfs://host/clinical", "no file system for nosuchfs://"),
])
def test_cli_uri_without_file_system(engines, uri, reason):
    """An object-store URI on a Spark without the S3A connector (pyspark ships none; the README gives the
    spark-submit --packages recipe), or a scheme no Hadoop file system serves: one line, exit 3, no credential."""
    engines[1].spark()
    code, out, err = run_cli(["check", uri, "--engine", "spark", "--tier", "1"])
    assert code == 3 and not out, err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1, err
    assert reason in err and "s3cr3t" not in err


def test_cli_file_uri_missing(engines, tmp_path):
    engines[1].spark()
    code, _, err = run_cli(["check", (tmp_path / "nothing").as_uri(), "--engine", "spark", "--tier", "1"])
    assert code == 3 and "no such file or directory" in err
