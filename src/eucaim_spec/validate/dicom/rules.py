"""The DICOM rules: their tiers and severities from ``validators/dicom.yaml``, their checks as SQL.

Every check is one set-based query over the tag table (``scan``) registered in an in-process
DuckDB: each query yields one row per offending unit (file, series, study) with a ``path`` and an
``example`` string; one aggregate turns it into a count and the first examples. No check loops over
rows in Python. Examples are relative paths plus value-free explanations; no query returns the value
of an identifying attribute (the table does not even hold one).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from eucaim_spec import yaml_io
from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.paths import validators_dir
from eucaim_spec.report.model import Finding, Location, Severity
from eucaim_spec.validate.dicom import deid_profile
from eucaim_spec.validate.dicom.header import SEG_SOP_CLASS
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.suite import load_suite

if TYPE_CHECKING:
    import duckdb
    import pyarrow as pa

    from eucaim_spec.validate.engine import CheckContext

SUITE_FILE = "dicom.yaml"
ENGINE = "dicom"

#: Objects that are not images: the image-level minimum attributes do not apply to them.
NON_IMAGE_MODALITIES = (
    "SEG", "SR", "PR", "KO", "REG", "RTSTRUCT", "RTPLAN", "RTRECORD", "RTDOSE", "DOC", "FID", "RWV", "AU",
    "ECG", "PLAN",
)  # fmt: skip
VALID_ALGORITHM_TYPES = ("MANUAL", "SEMIAUTOMATIC", "AUTOMATIC")


@dataclass(frozen=True)
class Check:
    """The SQL of one rule.

    ``sql`` selects one row per offending unit with columns ``path`` (a relative file path) and
    ``example`` (the path, possibly followed by a value-free explanation). With ``per_tag`` it also
    selects ``tag`` and the rule gives one finding per tag. ``message`` is formatted with ``n``. With
    ``located`` it also selects ``location`` (where in the file, null at the top level): when the first
    file's is not null, the message names it, so that every report format shows a nested place.
    """

    sql: str
    message: str
    per_tag: bool = False
    located: bool = False
    needs: str | None = None  # an optional input the check needs ("series_map")


def _path_and(expr: str) -> str:
    """``path: <expr>``, or ``path`` alone when ``expr`` is null."""
    return f"path || coalesce(': ' || {expr}, '')"


CHECKS: dict[str, Check] = {
    # minimum imaging attributes
    "minimum.imaging.patient_id.required": Check(
        "SELECT path, path AS example FROM dcm WHERE PatientID IS NULL",
        "{n} DICOM file(s) without PatientID (0010,0020)",
    ),
    "minimum.imaging.modality.required": Check(
        "SELECT path, path AS example FROM dcm WHERE Modality IS NULL",
        "{n} DICOM file(s) without Modality (0008,0060)",
    ),
    "minimum.imaging.body_part_examined.required": Check(
        "SELECT path, path AS example FROM img WHERE BodyPartExamined IS NULL",
        "{n} image(s) without BodyPartExamined (0018,0015)",
    ),
    "minimum.imaging.manufacturer.required": Check(
        "SELECT path, path AS example FROM img WHERE Manufacturer IS NULL",
        "{n} image(s) without Manufacturer (0008,0070)",
    ),
    "minimum.imaging.acquisition_date.required": Check(
        "SELECT path, path AS example FROM img WHERE AcquisitionDate IS NULL",
        "{n} image(s) without AcquisitionDate (0008,0022)",
    ),
    "minimum.imaging.acquisition_date.pattern": Check(
        "SELECT path, path AS example FROM img WHERE AcquisitionDate IS NOT NULL AND NOT acq_date_ok",
        "{n} image(s) whose AcquisitionDate (0008,0022) is not a valid YYYYMMDD date",
    ),
    "minimum.imaging.patient_age.pattern": Check(
        "SELECT path, path AS example FROM dcm WHERE PatientAge IS NOT NULL "
        "AND NOT regexp_full_match(PatientAge, '[0-9]{3}[DWMY]')",
        "{n} DICOM file(s) whose PatientAge (0010,1010) is not a DICOM age string (nnnD/W/M/Y)",
    ),
    "minimum.imaging.patient_age.derivable": Check(
        "SELECT path, path AS example FROM img WHERE PatientAge IS NULL AND NOT acq_date_ok",
        "{n} image(s) without PatientAge (0010,1010) and without a valid AcquisitionDate to derive it",
    ),
    "minimum.imaging.patient_age.from_clinical": Check(
        "SELECT path, path AS example FROM img WHERE PatientAge IS NULL AND acq_date_ok",
        "{n} image(s) without PatientAge (0010,1010): the age must come from the clinical age at diagnosis",
    ),
    # de-identification
    # ``deid`` has one row per file and attribute of the profile that the scan reports (``example`` names
    # where when it is not at the top level: inside sequence items, or a repeating group). For the kinds
    # whose value is judged (deid_profile.JUDGED: names, person dates, Z/D attributes, UIDs) only a value
    # that is not acceptable is reported: not empty, not the pseudonymised PatientID, not a declared dummy
    # (for UIDs: not a valid UID). No value reaches the table.
    "dicom.deid.patient_name": Check(
        "SELECT path, example, location FROM deid WHERE kind = 'patient_name'",
        "{n} file(s) carry a value in PatientName (0010,0010) that is neither the pseudonymised PatientID "
        "nor a declared dummy",
        located=True,
    ),
    "dicom.deid.patient_birth_date": Check(
        "SELECT path, example, location FROM deid WHERE kind = 'birth_date'",
        "{n} file(s) carry a value in PatientBirthDate (0010,0030) that is not a declared dummy date",
        located=True,
    ),
    "dicom.deid.person_attributes": Check(
        "SELECT tag, path, example, location FROM deid WHERE kind = 'person'",
        "{n} file(s) name or date a person in {tag} with a value that is neither the pseudonymised "
        "PatientID nor a declared dummy",
        per_tag=True,
        located=True,
    ),
    "dicom.deid.identifying_attributes": Check(
        "SELECT tag, path, example, location FROM deid WHERE kind = 'identifier'",
        "{n} file(s) carry a value in {tag}",
        per_tag=True,
        located=True,
    ),
    "dicom.deid.dummy_values": Check(
        "SELECT tag, path, example, location FROM deid WHERE kind = 'dummy'",
        "{n} file(s) carry a value in {tag}: verify it is a dummy value (the profile empties it or "
        "replaces it by a dummy)",
        per_tag=True,
        located=True,
    ),
    "dicom.deid.uid_format": Check(
        "SELECT tag, path, example, location FROM deid WHERE kind = 'uid'",
        "{n} file(s) carry a value in {tag} that is not a valid UID (the profile replaces it by a new UID)",
        per_tag=True,
        located=True,
    ),
    "dicom.deid.free_text": Check(
        "SELECT tag, path, example, location FROM deid WHERE kind = 'free_text'",
        "{n} file(s) carry free text in {tag}",
        per_tag=True,
        located=True,
    ),
    "dicom.deid.identity_removed": Check(
        "SELECT path, "
        + _path_and(
            "CASE WHEN coalesce(upper(PatientIdentityRemoved), '') <> 'YES' "
            "THEN 'PatientIdentityRemoved is not YES' ELSE 'no DeidentificationMethod' END"
        )
        + " AS example FROM dcm WHERE coalesce(upper(PatientIdentityRemoved), '') <> 'YES' "
        "OR (DeidentificationMethod IS NULL AND NOT coalesce(DeidentificationMethodCodePresent, false))",
        "{n} DICOM file(s) do not declare their de-identification "
        "(PatientIdentityRemoved (0012,0062) YES and DeidentificationMethod (0012,0063))",
    ),
    "dicom.deid.private_tags": Check(
        "SELECT path, " + _path_and("private_location") + " AS example, private_location AS location "
        "FROM dcm WHERE has_private_tags",
        "{n} DICOM file(s) keep private attributes",
        located=True,
    ),
    "dicom.deid.burned_in_annotation": Check(
        "SELECT path, path AS example FROM dcm WHERE upper(BurnedInAnnotation) = 'YES'",
        "{n} image(s) declare BurnedInAnnotation (0028,0301) YES",
    ),
    "dicom.deid.burned_in_review": Check(
        "SELECT min(path) AS path, min(path) || ': ' || any_value(Modality) || ' series' AS example "
        "FROM dcm WHERE Modality IN ('US', 'MG') GROUP BY coalesce(SeriesInstanceUID, path) "
        "HAVING bool_and(coalesce(upper(BurnedInAnnotation), '') <> 'YES')",
        "{n} ultrasound/mammography series need a review for burned-in text",
    ),
    # integrity
    "dicom.integrity.unreadable": Check(
        "SELECT path, " + _path_and("reason") + " AS example FROM tags WHERE status = 'unreadable'",
        "{n} file(s) or folder(s) could not be read",
    ),
    "dicom.integrity.truncated": Check(
        "SELECT path, path AS example FROM tags WHERE status = 'truncated'",
        "{n} DICOM file(s) are truncated",
    ),
    "dicom.integrity.zero_byte": Check(
        "SELECT path, path AS example FROM tags WHERE status = 'zero_byte'",
        "{n} empty file(s)",
    ),
    "dicom.integrity.not_dicom": Check(
        "SELECT path, path AS example FROM tags WHERE status = 'not_dicom'",
        "{n} file(s) are neither DICOM nor NIfTI and were skipped",
    ),
    "dicom.integrity.symlink_loop": Check(
        "SELECT path, " + _path_and("reason") + " AS example FROM tags WHERE status = 'symlink_loop'",
        "{n} symbolic link(s) loop or lead to a folder already scanned; skipped",
    ),
    "dicom.integrity.study_multiple_patients": Check(
        "SELECT min(path) AS path, "
        "min(path) || ': ' || count(DISTINCT PatientID) || ' PatientIDs in one study' AS example "
        "FROM dcm WHERE StudyInstanceUID IS NOT NULL AND PatientID IS NOT NULL "
        "GROUP BY StudyInstanceUID HAVING count(DISTINCT PatientID) > 1",
        "{n} study(ies) whose files carry more than one PatientID",
    ),
    # A "patient folder" is a top-level folder named after a PatientID of the scan; a study filed
    # under two of them was copied to the wrong patient (the headers alone cannot show this).
    "dicom.integrity.study_uid_two_patients": Check(
        "WITH f AS (SELECT path, StudyInstanceUID, split_part(path, '/', 1) AS top FROM dcm "
        "  WHERE contains(path, '/') AND StudyInstanceUID IS NOT NULL), "
        "pf AS (SELECT DISTINCT PatientID AS top FROM dcm WHERE PatientID IS NOT NULL) "
        "SELECT min(path) AS path, min(path) || ': study found under ' || count(DISTINCT top) || "
        "' patient folders' AS example FROM f JOIN pf USING (top) GROUP BY StudyInstanceUID "
        "HAVING count(DISTINCT top) > 1",
        "{n} study(ies) filed under more than one patient folder",
    ),
    "dicom.integrity.duplicate_sop_instance": Check(
        "SELECT path, path AS example FROM dcm WHERE SOPInstanceUID IN "
        "(SELECT SOPInstanceUID FROM dcm WHERE SOPInstanceUID IS NOT NULL GROUP BY 1 HAVING count(*) > 1)",
        "{n} file(s) share their SOPInstanceUID (0008,0018) with another file",
    ),
    "dicom.integrity.instance_number_gaps": Check(
        "SELECT min(path) AS path, min(path) || ': ' || (max(InstanceNumber) - min(InstanceNumber) + 1 "
        "- count(DISTINCT InstanceNumber)) || ' instance number(s) missing between ' || min(InstanceNumber)"
        " || ' and ' || max(InstanceNumber) AS example FROM img "
        "WHERE InstanceNumber IS NOT NULL AND SeriesInstanceUID IS NOT NULL GROUP BY SeriesInstanceUID "
        "HAVING max(InstanceNumber) - min(InstanceNumber) + 1 > count(DISTINCT InstanceNumber)",
        "{n} series with gaps in InstanceNumber (0020,0013)",
    ),
    # annotations
    "dicom.seg.separate_series": Check(
        "SELECT min(path) AS path, min(path) || ': SEG shares its series with images' AS example FROM dcm "
        "WHERE SeriesInstanceUID IS NOT NULL GROUP BY SeriesInstanceUID "
        "HAVING bool_or(is_seg) AND bool_or(NOT is_seg) "
        "UNION ALL "
        "SELECT s.path, s.path || ': SEG is not in the study of its source series' AS example "
        "FROM seg_refs s JOIN series_study ss ON ss.SeriesInstanceUID = s.ref "
        "WHERE ss.StudyInstanceUID IS DISTINCT FROM s.StudyInstanceUID GROUP BY s.path",
        "{n} DICOM-SEG object(s) not in a series of their own within the study they annotate",
    ),
    "dicom.seg.segment_number": Check(
        "SELECT path, path AS example FROM seg WHERE coalesce(len(segments), 0) = 0 "
        "OR len(list_filter(segments, lambda s: s.SegmentNumber IS NULL OR s.SegmentNumber < 1)) > 0 "
        "OR len(list_distinct(list_transform(segments, lambda s: s.SegmentNumber))) < len(segments)",
        "{n} DICOM-SEG object(s) with a missing, invalid or repeated SegmentNumber (0062,0004)",
    ),
    "dicom.seg.segment_label": Check(
        "SELECT DISTINCT path, path AS example FROM segs WHERE label IS NULL",
        "{n} DICOM-SEG object(s) with a segment without SegmentLabel (0062,0005)",
    ),
    "dicom.seg.segment_description": Check(
        "SELECT DISTINCT path, path AS example FROM segs WHERE description IS NULL",
        "{n} DICOM-SEG object(s) with a segment without SegmentDescription (0062,0006)",
    ),
    "dicom.seg.algorithm_type": Check(
        "SELECT DISTINCT path, path AS example FROM segs WHERE algorithm_type IS NULL "
        f"OR upper(algorithm_type) NOT IN {VALID_ALGORITHM_TYPES}",
        "{n} DICOM-SEG object(s) with a segment whose SegmentAlgorithmType (0062,0008) is missing or invalid",
    ),
    "dicom.seg.algorithm_name": Check(
        "SELECT DISTINCT path, path AS example FROM segs "
        "WHERE upper(algorithm_type) IN ('SEMIAUTOMATIC', 'AUTOMATIC') AND algorithm_name IS NULL",
        "{n} DICOM-SEG object(s) with an algorithm-made segment without SegmentAlgorithmName (0062,0009)",
    ),
    "dicom.seg.referenced_series_missing": Check(
        "SELECT path, path || ': no ReferencedSeriesSequence' AS example FROM seg "
        "WHERE coalesce(len(ReferencedSeriesUIDs), 0) = 0 "
        "UNION ALL "
        "SELECT path, path || ': ' || count(*) || ' referenced series not found' AS example FROM seg_refs "
        "WHERE ref NOT IN (SELECT SeriesInstanceUID FROM series_study) GROUP BY path",
        "{n} DICOM-SEG object(s) reference series that are not in the imaging tree",
    ),
    # NIfTI
    "dicom.nifti.sidecar": Check(
        "SELECT path, path || ': ' || CASE WHEN reason = 'DICOM-JSON sidecar read' "
        "THEN 'sidecar lacks ' || array_to_string(sidecar_missing, ', ') ELSE reason END AS example "
        "FROM tags WHERE status = 'nifti' AND coalesce(len(sidecar_missing), 0) > 0",
        "{n} NIfTI file(s) without a DICOM-JSON sidecar carrying the minimum imaging attributes",
    ),
    "dicom.nifti.format": Check(
        "SELECT path, path AS example FROM tags WHERE status = 'nifti'",
        "{n} NIfTI file(s) instead of DICOM",
    ),
    # Tier 3 layout (site/dicom-layout.md)
    "dicom.layout.folder_structure": Check(
        "SELECT path, path || ': ' || CASE "
        "WHEN len(string_split(path, '/')) <> 4 "
        "  THEN 'not at <PatientID>/<StudyInstanceUID>/<SeriesInstanceUID>/<file>' "
        "WHEN split_part(path, '/', 1) IS DISTINCT FROM PatientID THEN 'patient folder is not the PatientID' "
        "WHEN split_part(path, '/', 2) IS DISTINCT FROM StudyInstanceUID "
        "  THEN 'study folder is not the StudyInstanceUID' "
        "ELSE 'series folder is not the SeriesInstanceUID' END AS example FROM layout_rows "
        "WHERE len(string_split(path, '/')) <> 4 "
        "OR split_part(path, '/', 1) IS DISTINCT FROM PatientID "
        "OR split_part(path, '/', 2) IS DISTINCT FROM StudyInstanceUID "
        "OR split_part(path, '/', 3) IS DISTINCT FROM SeriesInstanceUID",
        "{n} file(s) outside the Tier-3 folder structure <PatientID>/<StudyInstanceUID>/<SeriesInstanceUID>/",
    ),
    "dicom.layout.series_description_normalised": Check(
        "SELECT min(d.path) AS path, min(d.path) || ': SeriesDescription is a source value of the mapping'"
        " AS example FROM dcm d JOIN series_map m ON d.SeriesDescription = m.source "
        "WHERE d.SeriesDescription NOT IN (SELECT target FROM series_map) "
        "GROUP BY coalesce(d.SeriesInstanceUID, d.path)",
        "{n} series whose SeriesDescription (0008,103E) is not yet normalised to its EUCAIM name",
        needs="series_map",
    ),
}

#: Views every check may use. ``tags`` is the registered tag table.
_VIEWS = f"""
CREATE OR REPLACE TEMP VIEW hdr AS SELECT * FROM tags WHERE status IN ('ok', 'truncated', 'nifti');
CREATE OR REPLACE TEMP VIEW dcm AS
  SELECT *, (SOPClassUID = '{SEG_SOP_CLASS}' OR Modality = 'SEG') IS TRUE AS is_seg,
         coalesce(regexp_full_match(AcquisitionDate, '[0-9]{{8}}')
                  AND try_strptime(AcquisitionDate, '%Y%m%d') IS NOT NULL, false) AS acq_date_ok
  FROM tags WHERE status IN ('ok', 'truncated');
CREATE OR REPLACE TEMP VIEW img AS
  SELECT * FROM dcm WHERE NOT is_seg AND coalesce(Modality, '') NOT IN {NON_IMAGE_MODALITIES};
CREATE OR REPLACE TEMP VIEW seg AS SELECT * FROM dcm WHERE is_seg;
CREATE OR REPLACE TEMP VIEW segs AS
  SELECT path, struct_extract(x, 'SegmentNumber') AS number, struct_extract(x, 'SegmentLabel') AS label,
         struct_extract(x, 'SegmentDescription') AS description,
         struct_extract(x, 'SegmentAlgorithmType') AS algorithm_type,
         struct_extract(x, 'SegmentAlgorithmName') AS algorithm_name
  FROM (SELECT path, unnest(segments) AS x FROM seg);
CREATE OR REPLACE TEMP VIEW seg_refs AS
  SELECT path, StudyInstanceUID, unnest(ReferencedSeriesUIDs) AS ref FROM seg;
CREATE OR REPLACE TEMP VIEW series_study AS
  SELECT SeriesInstanceUID, min(StudyInstanceUID) AS StudyInstanceUID FROM dcm
  WHERE NOT is_seg AND SeriesInstanceUID IS NOT NULL GROUP BY 1;
CREATE OR REPLACE TEMP VIEW layout_rows AS SELECT * FROM dcm;
CREATE OR REPLACE TEMP VIEW deid AS
  SELECT path, p.label AS tag, p.kind, h.x.location, {_path_and("h.x.location")} AS example
  FROM (SELECT path, unnest(identifying_tags) AS x FROM hdr) h JOIN deid_profile p ON p.label = h.x.attribute;
"""


# ---------------------------------------------------------------------------------------------------
# The suite


@cache
def load_rules(suite_path: Path | None = None) -> tuple[Rule, ...]:
    """The DICOM rules as declared in ``validators/dicom.yaml`` (tiers and severities come from there).

    Raises ``SpecError`` when the file is malformed or its rule ids and the SQL checks differ.
    """
    import yaml

    path = suite_path or validators_dir() / SUITE_FILE
    try:
        doc = yaml_io.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"cannot read the suite ({type(exc).__name__})") from None
    if not isinstance(doc, dict) or not isinstance(doc.get("rules"), list):
        raise SpecError(str(path), "expected a mapping with a 'rules' list")
    rules: list[Rule] = []
    for entry in doc["rules"]:
        rule_id = entry.get("id") if isinstance(entry, dict) else None
        if not rule_id:
            raise SpecError(str(path), "every rule needs an id")
        try:
            if "severity_by_tier" in entry:
                raise SpecError(str(path), "severity per tier is set in validators/tiers.yaml only", element=rule_id)
            rules.append(
                Rule(
                    id=rule_id,
                    title=entry["title"],
                    standard=rule_id.split(".", 1)[0],
                    tier=int(entry["tier"]),
                    severity=Severity(entry["severity"]),
                    engine=ENGINE,
                    hint=entry.get("hint", ""),
                )
            )
        except (KeyError, ValueError, TypeError) as exc:
            raise SpecError(str(path), f"invalid rule entry ({exc})", element=rule_id) from None
    ids = [r.id for r in rules]
    duplicated = sorted({i for i in ids if ids.count(i) > 1})
    if duplicated:
        raise SpecError(str(path), "rule listed twice", element=", ".join(duplicated))
    missing_sql = sorted(set(ids) - set(CHECKS))
    if missing_sql:
        raise SpecError(str(path), "rule without a check in dicom_rules.py", element=", ".join(missing_sql))
    undeclared = sorted(set(CHECKS) - set(ids))
    if undeclared:
        raise SpecError(str(path), "check without a rule entry", element=", ".join(undeclared))
    return tuple(rules)


# ---------------------------------------------------------------------------------------------------
# Running the checks


def _deid_table() -> pa.Table:
    import pyarrow as pa

    return pa.table(
        {
            "label": [a.label for a in deid_profile.PROFILE],
            "kind": [a.kind for a in deid_profile.PROFILE],
        }
    )


def read_series_map(path: str | Path) -> pa.Table:
    """The series-description mapping: a CSV whose first two columns are source and EUCAIM name.

    A header row is recognised when its first cell reads like a column name (it contains "source"
    or "description"); rows with an empty source are ignored. Raises ``InputError`` when unreadable.
    """
    import pyarrow as pa

    p = Path(path)
    try:
        with p.open(newline="", encoding="utf-8-sig") as fh:
            rows = [r for r in csv.reader(fh) if r]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise InputError(str(p), f"series map not readable ({type(exc).__name__})") from None
    if rows and any(w in rows[0][0].lower() for w in ("source", "description")):
        rows = rows[1:]
    bad = [i for i, r in enumerate(rows, start=2) if len(r) < 2]
    if bad:
        raise InputError(
            str(p), "expected two columns: source description, EUCAIM name", where=f"row {bad[0]}"
        )
    pairs = [(r[0].strip(), r[1].strip()) for r in rows if r[0].strip()]
    return pa.table({"source": [s for s, _ in pairs], "target": [t for _, t in pairs]})


def connect(table: pa.Table, series_map: pa.Table | None = None) -> duckdb.DuckDBPyConnection:
    """An in-process DuckDB with the tag table registered as ``tags`` and the check views created."""
    import duckdb
    import pyarrow as pa

    con = duckdb.connect()
    con.register("tags", table)
    con.register("deid_profile", _deid_table())
    if series_map is None:
        series_map = pa.table({"source": pa.array([], pa.string()), "target": pa.array([], pa.string())})
    con.register("series_map", series_map)
    con.execute(_VIEWS)
    return con


def run_checks(
    table: pa.Table,
    ctx: CheckContext,
    *,
    prefix: str = "",
    rules: tuple[Rule, ...] | None = None,
) -> list[Finding]:
    """Run every rule that applies at ``ctx.target_tier`` on the tag table; return the findings.

    ``prefix`` is prepended to the table's paths (the scanned folder relative to ``ctx.root``).
    """
    series_map = None
    if ctx.options.series_map:
        series_map = read_series_map(ctx.options.series_map)
    chosen: list[tuple[Rule, Check]] = []
    for rule in rules or load_rules():
        if not load_suite().applies(rule.id, rule.tier, ctx.target_tier):
            continue
        check = CHECKS[rule.id]
        if check.needs == "series_map" and series_map is None:
            ctx.notes.append(f"{rule.id}: not assessed (no series mapping CSV given)")
            continue
        chosen.append((rule, check))
    if not chosen:
        return []
    con = connect(table, series_map)
    try:
        # One statement for every check: DuckDB plans and runs it once (each statement costs ~2 ms of
        # parsing, binding and planning on any table, ~0.1 s over the ~40 checks of a small dataset).
        rows = con.execute(_batched_sql(chosen, max(1, ctx.max_examples))).fetchall()
    finally:
        con.close()
    findings: list[Finding] = []
    for i, tag, n, examples, first, first_where in rows:
        rule, check = chosen[i]
        message = check.message.format(n=n, tag=tag)
        if first_where:
            message += f" (in {prefix + first}: at {first_where})"
        findings.append(
            rule.finding(
                target_tier=ctx.target_tier,
                count=n,
                message=message,
                location=Location(file=prefix + first, tag=tag),
                examples=[prefix + e for e in examples],
            )
        )
    return findings


def _batched_sql(checks: list[tuple[Rule, Check]], limit: int) -> str:
    """The aggregate of every check as one UNION ALL, rows ordered by check then tag: (check index, tag,
    count, first ``limit`` examples, first path, location of the first example). A check gives one row per
    tag (``per_tag``) or one row when it found anything."""
    parts = []
    for i, (_rule, check) in enumerate(checks):
        # the location of the first example (null: at the top level of the file, or not a located check)
        where = "list(location ORDER BY path, example)[1]" if check.located else "NULL::VARCHAR"
        head = f"SELECT {i} AS check_index, %s, count(*), list(example ORDER BY path, example)[1:{limit}], " \
               f"min(path), {where} FROM ({check.sql})"
        if check.per_tag:
            parts.append(f"{head % 'tag::VARCHAR AS tag'} GROUP BY tag")
        else:
            parts.append(f"{head % 'NULL::VARCHAR AS tag'} HAVING count(*) > 0")
    return "SELECT * FROM (" + "\nUNION ALL\n".join(f"({q})" for q in parts) + ") ORDER BY check_index, tag"
