"""The sql engine on CDM tables and the minimum clinical table: rule ids and counts, DuckDB = PostgreSQL."""

from __future__ import annotations

import functools
import hashlib
import json
from pathlib import Path

import pytest

from eucaim_spec import schemaview, vocab
from eucaim_spec.paths import schemas_dir
from eucaim_spec.validate.engine import CheckContext, ImagingScan
from eucaim_spec.validate.options import CheckOptions
from eucaim_spec.validate.sql.engine import SqlEngine

DATA = Path(__file__).parent / "data" / "tabular"

PATIENT_COLUMNS = (
    "patient_id,patient_birth_date,patient_birth_sex,patient_deceased,patient_date_of_last_contact,"
    "patient_managing_organization"
)
PATIENT = (
    PATIENT_COLUMNS
    + """
P1,1970-01-01,COM1001370,true,2020-01-01,Hosp A
P2,1970-02-30,COM1000177,maybe,2020-01-01,SECRET-HOSPITAL-NAME
P2,,COM9999,false,1960-01-01,
P4,1980-05-05,https://hyperontology.eucaim.cancerimage.eu/#COM1001366,,,
P5,1990-01-01,COM1001366,false,1989-01-01,
"""
)
STUDY = """study_id,patient_id,study_uid,ImagingTimepoint,study_offset_from_diagnosis,study_offset_unit
1,P1,1.2.3,1,0,days
2,P1,1.2.4,2,10,days
3,P9,1.2.x,1,"5,5",
3,P2,1.2.6,2,3.5,days
5,P5,1.2.7,1,1,days
"""
SERIES = """series_id,series_uid,study_id,series_modality
1,1.2.3.1,1,IMG1000026
2,1.2.3.2,7,IMG1000026
3,1.2.3.3,2,CT
"""
CDM_EXPECTED = {
    "cdm.patient.patient_id.unique": 2,
    "cdm.patient.patient_birth_date.type": 1,
    "cdm.patient.patient_birth_sex.code": 1,
    "cdm.patient.patient_birth_sex.deprecated_code": 1,
    "cdm.patient.patient_birth_sex.iri_alias": 1,
    "cdm.patient.patient_birth_sex.max_length": 1,
    "cdm.patient.patient_deceased.type": 1,
    "cdm.patient.patient_managing_organization.max_length": 1,
    "cdm.patient.date_order": 1,
    "cdm.image_study.study_id.unique": 2,
    "cdm.image_study.patient_id.fk": 1,
    "cdm.image_study.study_uid.pattern": 1,
    "cdm.image_study.offset_unit": 1,
    "cdm.image_study.timepoint_order": 1,
    "cdm.image_series.study_id.fk": 1,
    "cdm.image_series.series_modality.code": 1,
    "minimum.etl.decimal_separator": 1,
    "minimum.linkage.clinical_without_images": 1,
    "minimum.linkage.images_without_clinical": 1,
}


@functools.cache
def make_engine() -> SqlEngine:
    """The engine over the test schemas in tests/data/tabular (stable while the real schemas evolve)."""
    onto = vocab.from_data(vocab.read_sources(schemas_dir() / "vocab"))
    svs = {
        "cdm": schemaview.load_expanded_from(DATA / "cdm-test.yaml", onto),
        "minimum": schemaview.load_expanded_from(DATA / "minimum-test.yaml", onto),
    }
    return SqlEngine(svs, onto)


@pytest.fixture()
def engine() -> SqlEngine:
    return make_engine()


def write(d: Path, files: dict[str, str | bytes]) -> Path:
    d.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        p = d / name
        if isinstance(text, bytes):
            p.write_bytes(text)
        else:
            p.write_text(text, encoding="utf-8")
    return d


def run(
    engine: SqlEngine, path: Path, tier: int = 3, **options: object
) -> tuple[dict[str, int], list, CheckContext]:
    ctx = CheckContext(target_tier=tier, root=path if path.is_dir() else path.parent, options=CheckOptions(**options))
    fs = engine.check(path, ctx)
    counts: dict[str, int] = {}
    for f in fs:
        counts[f.rule_id] = counts.get(f.rule_id, 0) + f.count
    return counts, fs, ctx


def test_cdm_tables_rule_ids_and_counts(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(
        tmp_path / "clinical", {"patient.csv": PATIENT, "image_study.csv": STUDY, "image_series.csv": SERIES}
    )
    counts, fs, ctx = run(engine, d)
    assert counts == CDM_EXPECTED
    assert any("3 CDM tables" in n for n in ctx.notes)
    dep = next(f for f in fs if f.rule_id.endswith("deprecated_code"))
    # the replacement, and (a disputed one) who disagrees about it: Focus' SQL mode still sends the 2025 code
    assert dep.examples[0].startswith("row 2: 'COM1000177' (use COM1001370; but note: ")
    assert "SQL mode" in dep.examples[0] and "Beacon mode" in dep.examples[0]
    assert dep.severity == "warning"


def test_tier_filters_cdm_rules(engine: SqlEngine, tmp_path: Path) -> None:
    """CDM constraints are Tier 3 (schema default_tier); at Tier 1 only the Tier-1 rules run."""
    d = write(tmp_path / "clinical", {"patient.csv": PATIENT, "image_study.csv": STUDY})
    counts, _, _ = run(engine, d, tier=1)
    assert set(counts) == {
        "minimum.etl.decimal_separator",
        "minimum.linkage.clinical_without_images",
        "minimum.linkage.images_without_clinical",
    }


def test_privacy_personal_values_never_in_findings(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "clinical", {"patient.csv": PATIENT, "image_study.csv": STUDY})
    _, fs, _ = run(engine, d)
    text = json.dumps([f.model_dump(mode="json") for f in fs])
    assert "SECRET-HOSPITAL-NAME" not in text
    assert "1970-02-30" not in text  # birth date is personal_data
    assert "row 2" in text


def test_inputs_unchanged(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(
        tmp_path / "clinical", {"patient.csv": PATIENT, "image_study.csv": STUDY, "image_series.csv": SERIES}
    )
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in d.iterdir()}
    run(engine, d)
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in d.iterdir()}
    assert before == after


def test_try_cast_pitfall_regression(engine: SqlEngine, tmp_path: Path) -> None:
    """duckdb#23818: casts over a CSV scan raised instead of returning NULL; bad dates must be findings."""
    rows = "".join(f"P{i},{'notadate' if i % 3 == 0 else '2001-01-01'},,,,\n" for i in range(1, 3000))
    d = write(tmp_path / "c", {"patient.csv": PATIENT.splitlines()[0] + "\n" + rows})
    counts, _, _ = run(engine, d)
    assert counts["cdm.patient.patient_birth_date.type"] == 999


MINIMUM = (
    (
        "PatientID,Population,Sex,date_of_radiological_detection,date_of_pathology_confirmation,"
        "age_at_diagnosis,date_of_first_treatment,first_treatment_offset,age"
    )
    + """
M1,Patient with Cancer,COM1001370,2024-01-01,2024-02-01,45.5,2024-03-01,,
M2,Patient with Cancer,COM1001366,2024-03-01,2024-02-01,45.55,,,
M3,Screening negative,COM1001370,,,,,,50.1
M4,Control,,,,,,,
M5,Healthy,COM1001370,,,,,,40
M6,Patient with Cancer,COM1001370,,,,,12,
"""
)


def test_minimum_population_dependent(engine: SqlEngine, tmp_path: Path) -> None:
    d = write(tmp_path / "clinical", {"ds1_minimum.csv": MINIMUM})
    tags = "PatientID,StudyInstanceUID,Modality\nM1,1.2,CT\nM2,1.3,MR\nM3,1.4,CT\nX9,1.5,CT\n"
    write(tmp_path / "imaging", {"tags.csv": tags})
    counts, _, ctx = run(engine, d, tier=1, dataset_id="ds1")
    assert counts == {
        "minimum.population.unrecognised": 1,  # M5 'Healthy'
        "minimum.positive_case_record.age_at_diagnosis.pattern": 1,  # 45.55
        "minimum.positive_case_record.age_at_diagnosis.required": 1,  # M6
        # the date and its offset alternative are owed through the LinkML rule (no date => offset) only: it
        # fires on M2; M1 has the date, M6 the offset, so neither slot is reported on its own
        "minimum.positive_case_record.first_treatment_offset.required": 1,
        "minimum.positive_case_record.date_of_pathology_confirmation.required": 1,  # M6
        "minimum.positive_case_record.date_of_radiological_detection.required": 1,  # M6
        "minimum.negative_control_record.sex.required": 1,  # M4
        "minimum.negative_control_record.age.required": 1,  # M4
        "minimum.clinical.date_order": 1,  # M2 detection after confirmation
        "minimum.linkage.clinical_without_images": 3,  # M4 M5 M6
        "minimum.linkage.images_without_clinical": 1,  # X9
        "minimum.etl.file_prefix": 1,  # imaging/tags.csv
    }
    assert any("minimum clinical table" in n for n in ctx.notes)


def test_linkage_with_dicom_scan(engine: SqlEngine, tmp_path: Path) -> None:
    import pyarrow as pa

    d = write(tmp_path / "clinical", {"minimum.csv": MINIMUM})
    ctx = CheckContext(target_tier=1, root=tmp_path)
    ctx.imaging = ImagingScan(pa.table({"PatientID": ["M1", "M1", "M2", "M3", "M4", "M5", "M6", "Z1", "Z2"]}), tmp_path)
    fs = engine.check(d, ctx)
    by = {f.rule_id: f for f in fs}
    assert by["minimum.linkage.images_without_clinical"].count == 2
    assert "minimum.linkage.clinical_without_images" not in by


def test_rules_catalogue(engine: SqlEngine) -> None:
    ids = {r.id for r in engine.rules()}
    assert "cdm.patient.patient_birth_sex.code" in ids
    assert "cdm.image_study.timepoint_order" in ids
    assert "minimum.linkage.images_without_clinical" in ids
    assert "minimum.positive_case_record.first_treatment_offset.required" in ids
    assert all(r.engine == "sql" for r in engine.rules())


# ------------------------------------------------------------------------------------------ PostgreSQL
def _load_pg(url: str, tables: dict[str, str], schema: str = "eucaim_cdm_output") -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
        cur.execute(f"CREATE SCHEMA {schema}")
        for name, text in tables.items():
            header = text.splitlines()[0].split(",")
            cols = ", ".join(f'"{c.lower()}" text' for c in header)
            cur.execute(f"CREATE TABLE {schema}.{name} ({cols})")
            with cur.copy(f"COPY {schema}.{name} FROM STDIN WITH (FORMAT csv, HEADER true)") as cp:
                cp.write(text.encode())


@pytest.mark.postgres
def test_duckdb_and_postgres_identical(engine: SqlEngine, tmp_path: Path, pg_url: str) -> None:
    files = {"patient": PATIENT, "image_study": STUDY, "image_series": SERIES}
    d = write(tmp_path / "clinical", {f"{k}.csv": v for k, v in files.items()})
    _, duck, _ = run(engine, d)
    _load_pg(pg_url, files)
    _, pg, ctx = run(engine, tmp_path, db=pg_url)

    def key(fs: list) -> list:
        return sorted((f.rule_id, f.count, tuple(f.examples or ()), f.severity) for f in fs)

    assert key(pg) == key(duck)
    assert any("PostgreSQL schema eucaim_cdm_output: 3" in n for n in ctx.notes)


@pytest.mark.postgres
def test_postgres_typed_schema(engine: SqlEngine, tmp_path: Path, pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn, conn.cursor() as cur:
        cur.execute("DROP SCHEMA IF EXISTS cdm2 CASCADE")
        cur.execute("CREATE SCHEMA cdm2")
        cur.execute(
            "CREATE TABLE cdm2.patient (patient_id varchar(150), patient_birth_date date, "
            "patient_birth_sex varchar(50), patient_deceased boolean)"
        )
        cur.execute(
            "INSERT INTO cdm2.patient VALUES ('A', '1970-01-01', 'COM1001370', true), "
            "('A', '1971-01-01', 'XYZ', false), ('B', NULL, NULL, NULL)"
        )
    counts, _, _ = run(engine, tmp_path, db=pg_url, db_schema="cdm2")
    assert counts == {"cdm.patient.patient_id.unique": 2, "cdm.patient.patient_birth_sex.code": 1}


def test_an_enum_name_shared_by_two_standards_keeps_each_standards_codes(tmp_path: Path) -> None:
    """cdm and minimum both define TreatmentTypeEnum; minimum's (therapies) holds CLIN1023277, cdm's does not.
    The engine loads both schemas at once, so the cdm column must still reject the minimum-only code."""
    assert "TreatmentTypeEnum" in schemaview.load_expanded("cdm").all_enums()
    assert "CLIN1023277" in schemaview.load_expanded("minimum").get_enum("TreatmentTypeEnum").permissible_values
    path = tmp_path / "treatment.csv"
    path.write_text("treatment_id,treatment_type\n1,CLIN1023277\n2,CLIN1004413\n")
    findings = SqlEngine().check(path, CheckContext(target_tier=3, root=tmp_path))
    hits = {f.rule_id: f.count for f in findings}
    assert hits.get("cdm.treatment.treatment_type.enum") == 1
