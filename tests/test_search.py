"""`eucaim search`: a query evaluated as EUCAIM's federated search (Focus, SQL mode) evaluates it.

Oracle: the statement Focus' SQL mode sends, written here from the facts of
shared/reference/eucaim-search/focus-sql-vs-etl.md and the value codes of search-keys.yaml (samply/focus @ 2fc7515),
independently of the package's own construction, and run on the same PostgreSQL data: the ETL's own ingestion
schema (tests/test_etl_output.py builds it) plus tests/data/search/ingestion-extra.sql.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from eucaim_spec.validate.search.mediator import connect, make_server
from tests.conftest import REFERENCE, run_cli

SEARCH_KEYS = yaml.safe_load((REFERENCE / "eucaim-search" / "search-keys.yaml").read_text(encoding="utf-8"))
EXTRA = Path(__file__).parent / "data" / "search" / "ingestion-extra.sql"

#: (key code, value code, eucaim code, sql level, key label) for every value of every key's table
MATRIX = [
    (k["code"], v["code"], v["eucaim_code"], k["sql_level"], k["label"])
    for k in SEARCH_KEYS["keys"]
    for v in k["values"]
]


def tree(*conditions: tuple[str, Any], ors: list[list[tuple[str, Any]]] | None = None) -> dict[str, Any]:
    """The Explorer's tree OR(AND(OR(condition), ...)) for (key, value) pairs."""
    groups = ors if ors is not None else [[c] for c in conditions]
    return {"id": "t__search__t", "ast": {"operand": "OR", "children": [{"operand": "AND", "children": [
        {"operand": "OR", "children": [{"key": k, "system": "", "type": "EQUALS", "value": v} for k, v in g]}
        for g in groups]}] if groups else []}}


def write(tmp_path: Path, data: Any, name: str = "q.json") -> str:
    p = tmp_path / name
    p.write_text(json.dumps(data), encoding="utf-8")
    return str(p)


def counts(args: list[str]) -> tuple[int, dict[str, tuple[int, int]], str]:
    """Exit code, {dataset id: (subjects_count, studies_count)} of the JSON result, stderr."""
    code, out, err = run_cli(["search", "--format", "json", *args])
    if code != 0:
        return code, {}, err + out
    doc = json.loads(out)
    per = {c["id"]: (c["subjects_count"], c["studies_count"]) for c in doc["collections"]}
    assert doc["total"] == {"subjects_count": sum(s for s, _ in per.values()),
                            "studies_count": sum(n for _, n in per.values())}
    return code, per, err


# ------------------------------------------------------------------------------------ small CSV dataset

def small_dataset(root: Path, body_columns: bool = False) -> Path:
    """Ingestion tables as CSV (file and column names in the ETL's mixed case): 2 datasets, 3 patients."""
    d = root / "clinical"
    d.mkdir(parents=True)
    files = {
        "Dataset.csv": "Identifier,Title,Description\nds1,T1,D1\nds2,T2,D2\n",
        "CancerPatient.csv": "Identifier,DatasetIdentifier,BirthSexEUCAIM\np1,ds1,COM1000180\np2,ds1,COM1001366\n"
                             "p3,ds2,COM1000180\n",
        "PrimaryCancerCondition.csv": "Identifier,PatientIdentifier,PrimaryCancerConditionEUCAIM\n"
                                      "c1,p1,CLIN1000075\nc3,p3,CLIN1000060\n",
        "ImagingProcedure.csv": "ProcedureIdentifier,PatientIdentifier\nip1,p1\nip3,p3\n",
        "ImageStudy.csv": "Id,ImageStudyUID,ImagingProcedureIdentifier\n1,s1,ip1\n2,s2,ip1\n3,s3,ip3\n",
        "ImageSeries.csv": ("ImageStudyUID,ImageSeriesUID,BodyPart" + (",BodyPartExamined,ImageStudyIdentifier\n"
                            "s1,x1,BP1000021,BP1000021,1\ns2,x2,,BP1000136,2\n" if body_columns else
                            "\ns1,x1,BP1000021\n")),
    }
    for name, text in files.items():
        (d / name).write_text(text, encoding="utf-8")
    return root


def test_counts_per_dataset_on_csv(tmp_path: Path) -> None:
    """Sex and diagnosis filter patients; the 2026 male code (p2) is not matched by Focus' 2025 code; a dataset
    with no matching patient is absent from the answer; studies are counted through imagingprocedure."""
    root = small_dataset(tmp_path)
    assert counts(["gender=male", str(root)])[:2] == (0, {"ds1": (1, 2), "ds2": (1, 1)})
    assert counts(["gender=male&diagnosis=SNOMEDCT399068003", str(root)])[:2] == (0, {"ds1": (1, 2)})
    assert counts(["diagnosis=Breast Cancer", str(root)])[:2] == (0, {"ds2": (1, 1)})
    assert counts(["gender=female", str(root)])[:2] == (0, {})
    code, out, _ = run_cli(["search", write(tmp_path, tree()), str(root)])
    assert code == 0
    assert "dataset ds1: subjects_count 2, studies_count 2" in out
    assert "total: subjects_count 3, studies_count 3" in out


def test_noop_and_dropped_conditions_are_named(tmp_path: Path) -> None:
    """Modality and manufacturer do not filter in SQL mode; unknown keys and values are dropped, as Focus does."""
    root = small_dataset(tmp_path)
    q = tree(("RID10311", "RID10312"), ("C25392", "birnlex_3065"), ("SNOMEDCT423493009", "50"),
             ("SNOMEDCT263495000", "SNOMEDCT000"))
    code, out, _ = run_cli(["search", write(tmp_path, q), str(root)])
    assert code == 0
    assert "no-op: Modality = Magnetic Resonance Imaging: accepted but not filtered on in SQL mode" in out
    assert "no-op: Manufacturer = Philips Medical Systems" in out
    assert "dropped (Focus ignores it): SNOMEDCT423493009 = 50: unknown key" in out
    assert "dropped (Focus ignores it): Gender = SNOMEDCT000: not a value of the Gender table" in out
    assert "(API mode would send ?modality=MR&manufacturer=Philips)" in out
    assert "total: subjects_count 3, studies_count 3" in out  # nothing filtered


def test_body_part_fails_without_focus_columns_and_counts_with_them(tmp_path: Path) -> None:
    """The ETL's ImageSeries has BodyPart, Focus asks for bodypartexamined and imagestudyidentifier: the search
    fails (exit 1); with the two columns present, series are matched by exact code. Image criteria restrict
    studies_count only, never subjects_count (focus-sql-vs-etl.md)."""
    root = small_dataset(tmp_path / "etl")
    code, out, _ = run_cli(["search", "bodyPart=prostate", str(root)])
    assert code == 1
    assert "FAILED: column imageseries.bodypartexamined absent (needed by Body Part)" in out
    assert "FAILED: column imageseries.imagestudyidentifier absent (needed by Body Part)" in out
    mapped = small_dataset(tmp_path / "mapped", body_columns=True)
    assert counts(["bodyPart=prostate", str(mapped)])[:2] == (0, {"ds1": (2, 1), "ds2": (1, 0)})
    assert counts(["bodyPart=breast", str(mapped)])[:2] == (0, {"ds1": (2, 1), "ds2": (1, 0)})
    assert counts(["bodyPart=lung", str(mapped)])[:2] == (0, {"ds1": (2, 0), "ds2": (1, 0)})
    # a search without body part does not read those columns: it succeeds on the ETL schema
    assert counts(["diagnosis=SNOMEDCT399068003", str(root)])[0] == 0


def test_value_of_another_key_is_compared_not_dropped(tmp_path: Path) -> None:
    """Focus keeps one value map for all keys (focus-sql-vs-etl.md): a diagnosis value sent under Gender is
    compared with the sex column (and matches nobody), not dropped."""
    root = small_dataset(tmp_path)
    q = tree(("SNOMEDCT263495000", "SNOMEDCT399068003"))
    code, out, _ = run_cli(["search", write(tmp_path, q), str(root)])
    assert code == 0
    assert ("cross-key value: Gender = Prostate Cancer: a value of the Diagnosis table; Focus' SQL mode still "
            "compares Gender with 'CLIN1000075'") in out
    assert "total: subjects_count 0, studies_count 0" in out
    assert "dropped" not in out


#: Trees outside OR -> AND -> OR -> condition and the error Focus answers with (src/eucaim_sql.rs @ 2fc7515, the
#: two strings named in focus-sql-vs-etl.md plus the other refusals of the same function).
G, M, F = ("SNOMEDCT263495000", "SNOMEDCT248153007"), ("SNOMEDCT263495000", "SNOMEDCT248153007"), \
    ("SNOMEDCT263495000", "SNOMEDCT248152002")
COND = {"key": G[0], "type": "EQUALS", "value": G[1]}
BAD_TREES = [
    ("two values of one key", tree(ors=[[M, F]]),
     "Too many children! OR operator between criteria of the same type not supported."),
    ("condition under AND", {"ast": {"operand": "OR", "children": [{"operand": "AND", "children": [COND]}]}},
     "Condition found as second level child"),
    ("two root children", {"ast": {"operand": "OR", "children": [tree(G)["ast"]["children"][0]] * 2}},
     "Too many children! AND/OR queries not supported."),
    ("OR at level 1", {"ast": {"operand": "OR", "children": [{"operand": "OR", "children": []}]}},
     "OR found as first level operator"),
    ("condition at level 1", {"ast": {"operand": "OR", "children": [COND]}}, "Condition found as first level child"),
    ("AND at level 2", {"ast": {"operand": "OR", "children": [{"operand": "AND", "children": [
        {"operand": "AND", "children": []}]}]}}, "AND found as second level operator"),
    ("operation at level 3", {"ast": {"operand": "OR", "children": [{"operand": "AND", "children": [
        {"operand": "OR", "children": [{"operand": "OR", "children": []}]}]}]}},
     "Search tree has too many levels. Query not supported"),
    ("number value", tree((G[0], 3)), "The only supported condition value type is string"),
]


@pytest.mark.parametrize(("what", "ast", "error"), BAD_TREES, ids=[b[0] for b in BAD_TREES])
def test_invalid_trees_refused_with_focus_wording(tmp_path: Path, what: str, ast: Any, error: str) -> None:
    root = small_dataset(tmp_path)
    code, out, _ = run_cli(["search", write(tmp_path, ast), str(root)])
    assert code == 1, out
    assert f"FAILED: Focus refuses the query tree: {error}" in out
    assert "subjects_count" not in out


def test_usage_and_unreadable_input(tmp_path: Path) -> None:
    root = small_dataset(tmp_path)
    code, _, err = run_cli(["search", "colour=blue", str(root)])
    assert code == 2 and "unknown search key 'colour'" in err
    assert run_cli(["search", "gender=male"])[0] == 2  # neither DATASET_DIR nor --db
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run_cli(["search", str(bad), str(root)])
    assert code == 3 and "bad.json:line 1 column 2: not JSON" in err
    code, _, err = run_cli(["search", write(tmp_path, {"ast": {"operand": "XOR", "children": []}}), str(root)])
    assert code == 3 and "not a search tree (ast: operand must be AND or OR)" in err


# ------------------------------------------------------------------------------- PostgreSQL: the matrix

def focus_counts(conn: Any, schema: str, gender: str | None = None, diagnosis: str | None = None,
                 body_part: str | None = None) -> dict[str, tuple[int, int]]:
    """Focus' SQL mode by the facts of focus-sql-vs-etl.md, written as joins and aggregates (not the package's
    correlated form): matching patients per dataset; their studies (through imagingprocedure) meeting the image
    criteria; datasets without a matching patient omitted."""
    pat = ["TRUE"]
    params: list[Any] = []
    if gender is not None:
        pat.append("p.birthsexeucaim = %s")
        params.append(gender)
    if diagnosis is not None:
        pat.append("p.identifier IN (SELECT patientidentifier FROM primarycancercondition "
                   "WHERE primarycancerconditioneucaim = %s)")
        params.append(diagnosis)
    img = "TRUE"
    if body_part is not None:
        img = "st.id IN (SELECT imagestudyidentifier FROM imageseries WHERE bodypartexamined = %s)"
        params.append(body_part)
    sql = f"""
        WITH pats AS (SELECT p.identifier, p.datasetidentifier FROM cancerpatient p WHERE {' AND '.join(pat)}),
             studies AS (SELECT ip.patientidentifier, count(*) AS n FROM imagingprocedure ip
                         JOIN imagestudy st ON st.imagingprocedureidentifier = ip.procedureidentifier
                         WHERE {img} GROUP BY ip.patientidentifier)
        SELECT d.identifier, count(*), coalesce(sum(s.n), 0) FROM dataset d
        JOIN pats ON pats.datasetidentifier = d.identifier LEFT JOIN studies s ON s.patientidentifier = pats.identifier
        GROUP BY d.identifier"""
    with conn.cursor() as cur:
        cur.execute(f"SET search_path TO {schema}")
        cur.execute(sql, params)
        return {r[0]: (int(r[1]), int(r[2])) for r in cur.fetchall()}


MAPPING_VIEWS = """
CREATE SCHEMA focus_map;
CREATE VIEW focus_map.dataset AS SELECT * FROM eucaim_cdm_ingestion.dataset;
CREATE VIEW focus_map.cancerpatient AS SELECT * FROM eucaim_cdm_ingestion.cancerpatient;
CREATE VIEW focus_map.primarycancercondition AS SELECT * FROM eucaim_cdm_ingestion.primarycancercondition;
CREATE VIEW focus_map.imagingprocedure AS SELECT * FROM eucaim_cdm_ingestion.imagingprocedure;
CREATE VIEW focus_map.imagestudy AS SELECT * FROM eucaim_cdm_ingestion.imagestudy;
CREATE VIEW focus_map.imageseries AS
    SELECT s.*, s.bodypart AS bodypartexamined, st.id AS imagestudyidentifier
    FROM eucaim_cdm_ingestion.imageseries s LEFT JOIN eucaim_cdm_ingestion.imagestudy st
    ON st.imagestudyuid = s.imagestudyuid;
"""


@pytest.fixture(scope="module")
def search_db(pg_url: str) -> str:
    """The ETL's database (its scripts and synthetic rows) plus this file's rows and Focus' mapping views."""
    import psycopg

    from tests.test_etl_output import build_etl_database

    url = build_etl_database(pg_url, "eucaim_search_etl")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(EXTRA.read_text(encoding="utf-8"))
        conn.execute(MAPPING_VIEWS)
    return url


@pytest.fixture(scope="module")
def oracle(search_db: str) -> Any:
    import psycopg

    with psycopg.connect(search_db, autocommit=True) as conn:
        yield lambda schema="eucaim_cdm_ingestion", **kw: focus_counts(conn, schema, **kw)


@pytest.mark.postgres
@pytest.mark.parametrize(("key", "value", "code", "level", "label"), MATRIX,
                         ids=[f"{m[4]}-{m[1]}" for m in MATRIX])
def test_matrix_counts_equal_focus_sql(search_db: str, oracle: Any, tmp_path: Path, key: str, value: str,
                                       code: str, level: str, label: str) -> None:
    """Every value of every key's table: `eucaim search --db` gives Focus' counts on the ETL-built database
    (body part on the mapping views, since the ETL schema lacks Focus' columns: see the next test)."""
    q = write(tmp_path, tree((key, value)))
    if label == "Gender":
        expected, schema = oracle(gender=code), "eucaim_cdm_ingestion"
    elif label == "Diagnosis":
        expected, schema = oracle(diagnosis=code), "eucaim_cdm_ingestion"
    elif label == "Body Part":
        expected, schema = oracle("focus_map", body_part=code), "focus_map"
    else:  # modality, manufacturer: no-ops in SQL mode
        expected, schema = oracle(), "eucaim_cdm_ingestion"
    code_, got, err = counts([q, "--db", search_db, "--db-schema", schema])
    assert code_ == 0, err
    assert got == expected
    if label in ("Modality", "Manufacturer"):
        assert "no-op: " in err
    if value == "SNOMEDCT74964007":  # other: Focus sends an empty code
        assert got == {}


@pytest.mark.postgres
def test_matrix_is_not_trivial(oracle: Any) -> None:
    """The data give every male/female, diagnosis and Focus body-part code a non-zero count, and the ETL's own
    dataset (2026 sex codes, lookup body-part codes) is invisible to male, female, lung and breast."""
    assert oracle(gender="COM1000180")["searchsynth"][0] > 0
    assert "etlsynth" not in oracle(gender="COM1000180") and "etlsynth" not in oracle(gender="COM1000177")
    for code in ("CLIN1000057", "CLIN1000060", "CLIN1000065", "CLIN1000087", "CLIN1000075"):
        assert oracle(diagnosis=code)["searchsynth"][0] > 0, code
    for code in ("BP1000136", "BP1000257", "BP1000113", "BP1000092", "BP1000021"):
        assert oracle("focus_map", body_part=code)["searchsynth"][1] > 0, code
    assert oracle("focus_map", body_part="BP1000113").get("etlsynth", (0, 0))[1] == 0


@pytest.mark.postgres
def test_body_part_fails_on_the_etl_schema(search_db: str, tmp_path: Path) -> None:
    """On the ETL's ingestion schema every body-part search fails, as PostgreSQL fails Focus' statement."""
    import psycopg

    with psycopg.connect(search_db, autocommit=True) as conn, pytest.raises(psycopg.errors.UndefinedColumn):
        focus_counts(conn, "eucaim_cdm_ingestion", body_part="BP1000021")
    for value in ("SNOMEDCT76752008", "SNOMEDCT41216001"):
        code, out, _ = run_cli(["search", write(tmp_path, tree(("SNOMEDCT123037004", value))), "--db", search_db])
        assert code == 1
        assert "FAILED: column imageseries.bodypartexamined absent (needed by Body Part)" in out


@pytest.mark.postgres
def test_combined_query_and_csv_parity(search_db: str, oracle: Any, tmp_path: Path) -> None:
    """The canonical five-key query equals Focus' counts; the ingestion tables exported to CSV give the same
    answer as the database for each key."""
    import psycopg

    full = tree(("SNOMEDCT263495000", "SNOMEDCT248153007"), ("SNOMEDCT439401001", "SNOMEDCT399068003"),
                ("RID10311", "RID10312"), ("SNOMEDCT123037004", "SNOMEDCT41216001"), ("C25392", "birnlex_3065"))
    q = write(tmp_path, full)
    code, got, err = counts([q, "--db", search_db, "--db-schema", "focus_map"])
    assert code == 0, err
    assert got == oracle("focus_map", gender="COM1000180", diagnosis="CLIN1000075", body_part="BP1000021")
    assert got["searchsynth"][0] > 0
    csv_dir = tmp_path / "csv"
    csv_dir.mkdir()
    with psycopg.connect(search_db, autocommit=True) as conn:
        for t in ("dataset", "cancerpatient", "primarycancercondition", "imagingprocedure", "imagestudy",
                  "imageseries"):
            with (csv_dir / f"{t}.csv").open("wb") as fh, conn.cursor().copy(
                    f"COPY (SELECT * FROM focus_map.{t}) TO STDOUT WITH (FORMAT csv, HEADER)") as cp:
                for chunk in cp:
                    fh.write(chunk)
    for query in ("gender=male", "gender=unknown", "diagnosis=SNOMEDCT363406005", "bodyPart=breast",
                  "gender=female&diagnosis=SNOMEDCT399068003&bodyPart=prostate&modality=CT", q):
        db_code, db, _ = counts([query, "--db", search_db, "--db-schema", "focus_map"])
        csv_code, csv, _ = counts([query, str(csv_dir)])
        assert (db_code, db) == (csv_code, csv) == (0, db), query


@pytest.mark.postgres
def test_tier2_readiness_in_place_on_the_etl_database(search_db: str) -> None:
    """`eucaim check --db URL --tier 2` reads the ingestion schema Focus reads: body-part columns absent, the
    ETL's 2026 sex codes counted against what each mode matches, the SQL no-ops named."""
    import psycopg

    code, out, err = run_cli(["check", "--db", search_db, "--tier", "2", "--format", "json", "--no-progress"])
    assert code in (0, 1), err
    found = {f["rule_id"]: f for f in json.loads(out)["findings"] if f["rule_id"].startswith("search.")}
    assert found["search.body_part.column_missing"]["severity"] == "warning"
    assert "imageseries.bodypartexamined" in found["search.body_part.column_missing"]["message"]
    with psycopg.connect(search_db, autocommit=True) as conn:
        new, old = conn.execute(
            "SELECT count(*) FILTER (WHERE birthsexeucaim IN ('COM1001366', 'COM1001370')), "
            "count(*) FILTER (WHERE birthsexeucaim IN ('COM1000180', 'COM1000177')) "
            "FROM eucaim_cdm_ingestion.cancerpatient").fetchone()
        lookup_lung = conn.execute(
            "SELECT count(*) FROM eucaim_cdm_ingestion.imageseries WHERE bodypart = 'BP1000192'").fetchone()[0]
    sex = found["search.gender.sex_codes"]
    assert sex["count"] == new > 0
    assert f"{old} patients hold 2025 codes (SQL mode matches them, Beacon does not)" in sex["message"]
    assert lookup_lung > 0
    assert f"BP1000192: {lookup_lung} (the ETL's lookup code for Lung; Focus sends BP1000113)" in \
        found["search.body_part.sql_unmatched"]["message"]
    assert {"search.modality.sql_noop", "search.manufacturer.sql_noop"} <= set(found)


# ------------------------------------------------------------------------------- the reference mediator

#: the data codes each request value stands for (validators/search.yaml api_codes; compared without case)
API_CODES = {
    ("gender", "male"): ["COM1000180", "COM1001366"], ("gender", "female"): ["COM1000177", "COM1001370"],
    ("gender", "other"): [], ("diagnosis", "SNOMEDCT363406005"): ["CLIN1000057"],
    ("diagnosis", "SNOMEDCT254837009"): ["CLIN1000060"], ("modality", "CT"): ["CT", "IMG1000042", "IMG1000026"],
    ("modality", "MR"): ["MR", "IMG1000038", "IMG1000022"], ("bodyPart", "prostate"): ["BP1000021"],
    ("bodyPart", "lung"): ["BP1000113"], ("manufacturer", "Siemens"): ["SIEMENS", "IMG1000044"],
    ("manufacturer", "Philips"): ["PHILIPS", "IMG1000046"],
}
COLUMNS = {"modality": "series_modality", "bodyPart": "series_body_side_code", "manufacturer": "series_manufacturer"}


def mediator_oracle(conn: Any, query: dict[str, str]) -> dict[str, tuple[int, int]]:
    """The mediator's documented semantics, written as set operations on the ETL's output schema."""
    image = [(COLUMNS[k], API_CODES[(k, v)]) for k, v in query.items() if k in COLUMNS]
    study_filter = " AND ".join(f"study_id IN (SELECT study_id FROM image_series WHERE upper({c}) = ANY(%s))"
                                for c, _ in image) or "TRUE"
    pat = ["TRUE"]
    params: list[Any] = [codes for _, codes in image]
    if "gender" in query:
        pat.append("upper(p.patient_birth_sex) = ANY(%s)")
        params.append(API_CODES[("gender", query["gender"])])
    if "diagnosis" in query:
        pat.append("p.patient_id IN (SELECT patient_id FROM cancer_condition WHERE cancer_condition_code = ANY(%s))")
        params.append(API_CODES[("diagnosis", query["diagnosis"])])
    if image:
        pat.append("p.patient_id IN (SELECT pid FROM ok)")
    sql = f"""
        WITH sp AS (SELECT st.study_id, coalesce(st.patient_id, cc.patient_id) AS pid FROM image_study st
                    LEFT JOIN procedure pr ON pr.procedure_id = st.procedure_id
                    LEFT JOIN cancer_condition cc ON cc.cancer_condition_id = pr.cancer_condition_id),
             ok AS (SELECT * FROM sp WHERE {study_filter}),
             n AS (SELECT pid, count(*) AS k FROM ok GROUP BY pid)
        SELECT d.dataset_id, count(*), coalesce(sum(n.k), 0) FROM dataset d
        JOIN patient p ON p.dataset_id = d.dataset_id LEFT JOIN n ON n.pid = p.patient_id
        WHERE {' AND '.join(pat)} GROUP BY d.dataset_id"""
    with conn.cursor() as cur:
        cur.execute("SET search_path TO eucaim_cdm_output")
        cur.execute(sql, params)
        return {r[0]: (int(r[1]), int(r[2])) for r in cur.fetchall()}


@pytest.fixture(scope="module")
def mediator(search_db: str) -> Any:
    import threading

    server = make_server(search_db, port=0)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _get(url: str, method: str = "GET") -> tuple[int, dict[str, Any]]:
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read())


MEDIATOR_QUERIES = [
    {}, {"gender": "male"}, {"gender": "female"}, {"gender": "other"}, {"diagnosis": "SNOMEDCT363406005"},
    {"modality": "CT"}, {"modality": "MR"}, {"bodyPart": "prostate"}, {"bodyPart": "lung"},
    {"manufacturer": "Siemens"}, {"manufacturer": "Philips"},
    {"gender": "female", "diagnosis": "SNOMEDCT254837009", "manufacturer": "Philips"},
]


@pytest.mark.postgres
@pytest.mark.parametrize("query", MEDIATOR_QUERIES, ids=["&".join(f"{k}={v}" for k, v in q.items()) or "none"
                                                         for q in MEDIATOR_QUERIES])
def test_mediator_answers_api_mode(search_db: str, mediator: str, query: dict[str, str]) -> None:
    """GET /search?<Focus' API parameters> on the ETL's output: Focus' result shape, the oracle's counts; the 2026
    sex codes and the capitalised vendor names are matched (unlike SQL mode)."""
    from urllib.parse import urlencode

    import psycopg

    status, body = _get(f"{mediator}/search?{urlencode(query)}")
    assert status == 200, body
    got = {c["id"]: (c["subjects_count"], c["studies_count"]) for c in body["collections"]}
    with psycopg.connect(search_db, autocommit=True) as conn:
        assert got == mediator_oracle(conn, query)
    assert body["total"]["subjects_count"] == sum(s for s, _ in got.values())
    if query == {"gender": "male"}:
        assert got == {"etlsynth": (1, 1)}
    if query == {"manufacturer": "Siemens"}:
        assert got["etlsynth"][0] > 0


@pytest.mark.postgres
def test_mediator_is_bounded_and_read_only(search_db: str, mediator: str) -> None:
    import psycopg

    assert _get(f"{mediator}/search?gender=martian")[0] == 400
    assert _get(f"{mediator}/search?gender=male&gender=female")[0] == 400
    assert _get(f"{mediator}/search?" + "&".join(f"x{i}=1" for i in range(11)))[0] == 400
    assert _get(f"{mediator}/other")[0] == 404
    assert _get(f"{mediator}/search", "POST")[0] == 405
    with connect(search_db) as conn, pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        conn.execute("CREATE TABLE eucaim_cdm_output.intruder (i int)")


@pytest.mark.postgres
def test_serve_mediator_command(search_db: str) -> None:
    """The CLI serves the given number of requests and stops; an unreachable database is exit 3, password masked."""
    import socket
    import threading
    import time

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result: dict[str, Any] = {}
    t = threading.Thread(target=lambda: result.update(code=run_cli(
        ["serve-mediator", "--db", search_db, "--port", str(port), "--max-requests", "1"])[0]))
    t.start()
    for _ in range(50):
        try:
            status, body = _get(f"http://127.0.0.1:{port}/search?diagnosis=SNOMEDCT254837009")
            break
        except OSError:
            time.sleep(0.1)
    t.join(10)
    assert status == 200 and body["collections"][0]["id"] == "etlsynth"
    assert result["code"] == 0
    code, _, err = run_cli(["serve-mediator", "--db", "postgresql://holder:pw-123@127.0.0.1:9/cdm"])
    assert code == 3 and "pw-123" not in err and "holder:***@" in err


@pytest.mark.postgres
def test_tier2_readiness_on_a_database_without_ingestion_schema(pg_url: str) -> None:
    """A database holding only the CDM output schema (the ETL's 3_init script): readiness reads its CDM tables."""
    import psycopg

    from tests.test_etl_output import ETL_SQL, db_url

    with psycopg.connect(pg_url, autocommit=True) as admin:
        admin.execute('DROP DATABASE IF EXISTS "eucaim_search_cdm_only"')
        admin.execute('CREATE DATABASE "eucaim_search_cdm_only"')
    url = db_url(pg_url, "eucaim_search_cdm_only")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute((ETL_SQL / "3_init_eucaim_cdm_output.sql").read_text(encoding="utf-8"))
        conn.execute("INSERT INTO eucaim_cdm_output.dataset VALUES ('d1', 'T', 'D');"
                     "INSERT INTO eucaim_cdm_output.patient (patient_id, dataset_id, patient_birth_sex) VALUES "
                     "('p1', 'd1', 'COM1001366'), ('p2', 'd1', 'COM1000180'), ('p3', 'd1', NULL)")
    code, out, err = run_cli(["check", "--db", url, "--tier", "2", "--format", "json", "--no-progress"])
    assert code in (0, 1), err
    findings = {f["rule_id"]: f for f in json.loads(out)["findings"]}
    found = {k: f for k, f in findings.items() if k.startswith("search.")}
    # output tables: Focus' SQL mode never reads them, so the sex codes are the CDM's business -- the 2025 code
    # of p2 is its deprecated_code warning, the 2026 code of p1 is right (test_search_readiness)
    assert "search.gender.sex_codes" not in found
    assert findings["cdm.patient.patient_birth_sex.deprecated_code"]["count"] == 1
    assert "2 of 3 patients (66.7 %) have a value in patient.patient_birth_sex" in \
        found["search.gender.coverage"]["message"]
    assert "search.body_part.column_missing" not in found  # SQL-mode columns are judged on ingestion tables only
