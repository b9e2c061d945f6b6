"""The de-identification table and EUCAIM's policy: every row of Table E.1-1 encoded, keywords as pydicom's."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from pydicom.datadict import dictionary_description, dictionary_VR, keyword_for_tag

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir
from eucaim_spec.validate.dicom import deid_profile
from tests.conftest import REPO

TSV = validators_dir() / "dicom-deid-profile.tsv"
#: Rows of DICOM PS3.15 Table E.1-1 in the extraction the TSV was written from: innolitics/dicom-standard
#: standard/confidentiality_profile_attributes.json @ 0d01bf1 (an edition after 2021b, before the one
#: that added Acquisition UID (0008,0017)), which has 460 entries.
TABLE_E1_1_ROWS = 460
#: Where the table's attribute name and pydicom's dictionary name differ, and why.
NAME_DIFFERENCES = {
    "(0018,11BB)": "pydicom's dictionary writes 'Acquisition Field of View Label' (lower-case 'of')",
    "(300A,067C)": "pydicom's dictionary writes 'Radiation GenerationMode Label' (a space missing)",
    "(300A,067D)": "pydicom's dictionary writes 'Radiation GenerationMode Description' (a space missing)",
}
#: The 90 attributes the hand-written list reported before the whole table was encoded.
EARLIER_LIST = [
    "PatientName", "PatientBirthDate", "PatientBirthTime", "PatientBirthDateInAlternativeCalendar",
    "PatientDeathDateInAlternativeCalendar", "PatientAlternativeCalendar", "IssuerOfPatientID",
    "PatientInsurancePlanCodeSequence", "PatientPrimaryLanguageCodeSequence",
    "PatientPrimaryLanguageModifierCodeSequence", "OtherPatientIDs", "OtherPatientNames", "OtherPatientIDsSequence",
    "PatientBirthName", "PatientAddress", "InsurancePlanIdentification", "PatientMotherBirthName", "MilitaryRank",
    "BranchOfService", "MedicalRecordLocator", "ReferencedPatientPhotoSequence", "CountryOfResidence",
    "RegionOfResidence", "PatientTelephoneNumbers", "PatientTelecomInformation", "EthnicGroup", "Occupation",
    "PatientReligiousPreference", "ResponsiblePerson", "ResponsibleOrganization", "AdmissionID",
    "CurrentPatientLocation", "PatientInstitutionResidence", "PatientState", "ServiceEpisodeID", "InstitutionName",
    "InstitutionAddress", "InstitutionCodeSequence", "InstitutionalDepartmentName", "StationName",
    "DeviceSerialNumber", "PerformedStationAETitle", "PerformedStationName", "PerformedLocation",
    "ReferringPhysicianName", "ReferringPhysicianAddress", "ReferringPhysicianTelephoneNumbers",
    "ReferringPhysicianIdentificationSequence", "ConsultingPhysicianName",
    "ConsultingPhysicianIdentificationSequence", "PhysiciansOfRecord", "PhysiciansOfRecordIdentificationSequence",
    "PerformingPhysicianName", "PerformingPhysicianIdentificationSequence", "NameOfPhysiciansReadingStudy",
    "PhysiciansReadingStudyIdentificationSequence", "OperatorsName", "OperatorIdentificationSequence",
    "RequestingPhysician", "RequestingService", "ScheduledPerformingPhysicianName",
    "NamesOfIntendedRecipientsOfResults", "OrderEnteredBy", "OrderEntererLocation", "OrderCallbackPhoneNumber",
    "VerifyingObserverName", "VerifyingOrganization", "PersonName", "ContentCreatorName", "InterpretationAuthor",
    "PhysicianApprovingInterpretation", "AccessionNumber", "StudyID", "PerformedProcedureStepID",
    "RequestedProcedureID", "PlacerOrderNumberImagingServiceRequest", "FillerOrderNumberImagingServiceRequest",
    "RequestAttributesSequence", "PatientComments", "AdditionalPatientHistory", "MedicalAlerts", "Allergies",
    "ImageComments", "StudyComments", "SpecialNeeds", "CommentsOnThePerformedProcedureStep",
    "RequestedProcedureComments", "ReasonForTheImagingServiceRequest", "ImagingServiceRequestComments",
    "ResultsComments",
]  # fmt: skip
FREE_TEXT_BEFORE = {
    "PatientComments", "AdditionalPatientHistory", "MedicalAlerts", "Allergies", "ImageComments", "StudyComments",
    "SpecialNeeds", "CommentsOnThePerformedProcedureStep", "RequestedProcedureComments",
    "ReasonForTheImagingServiceRequest", "ImagingServiceRequestComments", "ResultsComments",
}  # fmt: skip


def tsv_rows() -> list[dict[str, str]]:
    with TSV.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t"))


def number(tag: str) -> int:
    return int(tag[1:5] + tag[6:10], 16)


def test_every_row_of_table_e1_1_is_encoded() -> None:
    rows = tsv_rows()
    assert len(rows) == TABLE_E1_1_ROWS
    assert len({r["tag"] for r in rows}) == TABLE_E1_1_ROWS
    header = [line for line in TSV.read_text(encoding="utf-8").splitlines() if line.startswith("#")]
    assert f"Table E.1-1 (Application Level Confidentiality Profile Attributes): {TABLE_E1_1_ROWS} rows" in header[0]
    assert "innolitics/dicom-standard" in header[1] and "0d01bf1" in header[1] and "edition" in header[1]
    # every row is in the loaded table, and only the policy's additions come on top
    assert len(deid_profile.TABLE) == TABLE_E1_1_ROWS + len(deid_profile.POLICY["add"])
    masks = {r["tag"]: r["keyword"] for r in rows if "x" in r["tag"] or " " in r["tag"]}
    assert masks == {
        "(50xx,xxxx)": "",
        "(60xx,3000)": "OverlayData",
        "(60xx,4000)": "OverlayComments",
        "(gggg,eeee) where gggg is odd": "",
    }


def test_actions_are_codes_of_the_table() -> None:
    basic = {"X", "Z", "D", "U", "X/Z", "X/D", "Z/D", "X/Z/D", "X/Z/U*"}
    for r in tsv_rows():
        assert r["basic"] in basic, r
        assert {r[o] for o in deid_profile.OPTIONS} <= {"", "K", "C"}, r
    by_tag = {r["tag"]: r for r in tsv_rows()}
    assert by_tag["(0008,0050)"]["basic"] == "Z"  # AccessionNumber: emptied
    assert by_tag["(0008,0022)"]["retain_long_full_dates"] == "K"  # AcquisitionDate
    assert by_tag["(0008,1120)"]["retain_uids"] == "K"  # corrected: the extraction reads X
    assert by_tag["(gggg,eeee) where gggg is odd"]["retain_safe_private"] == "C"


def test_keywords_and_names_match_the_dicom_dictionary() -> None:
    wrong_keywords, wrong_names, wrong_vrs = [], [], []
    for r in tsv_rows():
        tag = r["tag"]
        if " " in tag or "x" in tag[1:5] and "x" in tag[6:10]:
            assert r["keyword"] == r["vr"] == ""  # the private row and a whole repeating group: no one keyword
            continue
        code = int(tag[1:10].replace(",", "").replace("x", "0"), 16)  # (60xx,4000): pydicom's repeater
        if keyword_for_tag(code) != r["keyword"] or not r["keyword"]:
            wrong_keywords.append((tag, r["keyword"], keyword_for_tag(code)))
        if dictionary_VR(code) != r["vr"]:
            wrong_vrs.append((tag, r["vr"], dictionary_VR(code)))
        if dictionary_description(code) != r["name"] and tag not in NAME_DIFFERENCES:
            wrong_names.append((tag, r["name"], dictionary_description(code)))
    assert wrong_keywords == []
    assert wrong_vrs == []
    assert wrong_names == []
    # the listed differences are still differences (the list stays honest when pydicom fixes them)
    assert all(
        dictionary_description(number(t)) != {r["tag"]: r["name"] for r in tsv_rows()}[t] for t in NAME_DIFFERENCES
    )


def test_added_attributes_are_in_the_dictionary_and_not_in_the_table() -> None:
    table_tags = {r["tag"] for r in tsv_rows()}
    for tag, keyword in deid_profile.POLICY["add"].items():
        assert keyword_for_tag(number(tag)) == keyword
        assert tag not in table_tags


def test_least_strict_alternative_of_compound_actions() -> None:
    """PS3.15 E.1.1: a de-identifier may pick any alternative of a compound action, so a checker accepts the least
    strict one."""
    expected = {"X": "X", "Z": "Z", "D": "D", "U": "U", "X/Z": "Z", "X/D": "D", "Z/D": "Z", "X/Z/D": "Z",
                "X/Z/U*": "U*", "": ""}  # fmt: skip
    assert {a: deid_profile.least_strict(a) for a in expected} == expected
    # every code of the table has a kind that follows from it (K and C of the applied options aside)
    by_basic: dict[str, set[str]] = {}
    options = deid_profile.POLICY["options"]
    policy_named = set(deid_profile.POLICY["keep"]) | set(deid_profile.POLICY["identifier"])
    for a in deid_profile.TABLE:
        if a.kind == "private" or a.keyword in policy_named or a.keyword in ("PatientName", "PatientBirthDate"):
            continue
        if any(a.action(o) in ("K", "C") for o in options) and a.kind in ("kept", "free_text"):
            continue
        by_basic.setdefault(a.basic or "(added)", set()).add(a.kind)
    assert by_basic == {
        "X": {"identifier"},
        "(added)": {"identifier"},
        "Z": {"dummy", "person"},
        "D": {"dummy", "person"},
        "X/Z": {"dummy", "person"},
        "X/D": {"dummy"},
        "Z/D": {"person"},  # the other Z/D rows are kept or cleaned under an applied option
        "X/Z/D": {"dummy", "person"},
        "U": {"uid"},
    }


def test_policy_kinds() -> None:
    kind = {a.keyword: a.kind for a in deid_profile.TABLE if a.keyword}
    for kept in ("PatientID", "PatientAge", "PatientSex", "PatientWeight", "AcquisitionDate", "StudyDate",
                 "StudyInstanceUID", "SeriesInstanceUID", "SOPInstanceUID", "FrameOfReferenceUID",
                 "SeriesDescription", "StudyDescription", "ProtocolName", "ReferencedImageSequence"):  # fmt: skip
        assert kind[kept] == "kept", kept
        assert not deid_profile.is_identifying(kept)
    # minimum attributes that the table does not list at all
    for absent in ("Manufacturer", "BodyPartExamined", "Modality"):
        assert absent not in kind and not deid_profile.is_identifying(absent)
    assert kind["PatientName"] == "patient_name" and kind["PatientBirthDate"] == "birth_date"
    # X (Retain Institution Identity and Retain Device Identity are not applied), and the policy's own list
    for identifier in ("InstitutionAddress", "CameraOwnerName", "AuthorObserverSequence", "AddressTrial",
                       "OtherPatientNames", "PatientBirthTime", "EthnicGroup",
                       "RequestAttributesSequence"):  # fmt: skip
        assert kind[identifier] == "identifier", identifier
    # Z or D, also as the least strict alternative (X/Z/D, Z/D): a dummy is allowed, a checker asks to verify
    for dummy in ("AccessionNumber", "StudyID", "InstitutionName", "StationName", "DeviceSerialNumber",
                  "DetectorID", "VerifyingObserverSequence"):  # fmt: skip
        assert kind[dummy] == "dummy", dummy
    # VR PN with Z or D: names of a person, judged as PatientName is
    assert sorted(k for k, v in kind.items() if v == "person") == [
        "ConsultingPhysicianName", "ContentCreatorName", "OperatorsName", "PersonName", "ROIInterpreter",
        "ReferringPhysicianName", "ReviewerName", "VerifyingObserverName",
    ]  # fmt: skip
    # U without Retain UIDs' K: the format is checked
    assert sorted(k for k, v in kind.items() if v == "uid") == ["DigitalSignatureUID", "UID"]
    # C under Clean Descriptors, Clean Structured Content or Retain Patient Characteristics
    for free in ("ImageComments", "ContrastBolusAgent", "ContentSequence", "PreMedication", "SpecialNeeds"):
        assert kind[free] == "free_text", free
    assert {a.label: a.kind for a in deid_profile.MASKED} == {
        "(50xx,xxxx) Curve Data": "identifier",
        "(60xx,3000) OverlayData": "identifier",
        "(60xx,4000) OverlayComments": "identifier",
    }


def test_passes_accepts_empty_pseudonym_and_declared_dummies_only() -> None:
    name = deid_profile.BY_KEYWORD["PatientName"]
    ok = ["", "  ", b"", b"PSEUDO-001 ", "PSEUDO-001", "ANONYMIZED", b"Anonymous^^^", "ANON", "REMOVED",
          "ANONYMOUS\\ANONYMIZED"]  # fmt: skip
    assert [v for v in ok if not deid_profile.passes(name, v, "PSEUDO-001")] == []
    bad = [None, "Doe^Jane", b"Lestrade^G", "ANONYMIZED\\Doe^Jane", "PSEUDO-001X", "M\xfcller", b"M\xfcller",
           "ANONYMIZED^Jane"]  # fmt: skip
    assert [v for v in bad if deid_profile.passes(name, v, "PSEUDO-001")] == []
    assert not deid_profile.passes(name, "PSEUDO-001", None)  # no PatientID: nothing to compare with
    birth = deid_profile.BY_KEYWORD["PatientBirthDate"]
    assert deid_profile.passes(birth, "00010101", None) and deid_profile.passes(birth, b"19000101", None)
    assert not deid_profile.passes(birth, "19230417", None)
    uid = deid_profile.BY_KEYWORD["UID"]
    assert deid_profile.passes(uid, b"1.2.840.10008.1.2\x00", None)
    assert deid_profile.passes(uid, "2.25.1\\2.25.2", None)
    for bad_uid in ("", "1.02.3", "1..2", "1.2.", "abc", "1." + "1" * 63, None):
        assert not deid_profile.passes(uid, bad_uid, None), bad_uid


def test_is_identifying_is_at_least_as_strict_as_the_earlier_list() -> None:
    assert len(EARLIER_LIST) == 90
    assert [k for k in EARLIER_LIST if not deid_profile.is_identifying(k)] == []
    kinds = {k: deid_profile.BY_KEYWORD[k].kind for k in EARLIER_LIST}
    assert {k for k, v in kinds.items() if v == "free_text"} == FREE_TEXT_BEFORE
    # every attribute the table lists and EUCAIM does not keep on purpose is identifying
    reported = [a for a in deid_profile.TABLE if a.kind not in ("kept", "private")]
    # 338 before U without an applied option (UID, DigitalSignatureUID) were checked for their format
    assert len(reported) == len(deid_profile.PROFILE) == 340
    assert all(deid_profile.is_identifying(a.keyword) for a in reported if a.keyword)
    assert len({a.label for a in deid_profile.PROFILE}) == len(deid_profile.PROFILE)


def test_lookup_with_masks() -> None:
    assert deid_profile.lookup(0x00080050) is deid_profile.BY_KEYWORD["AccessionNumber"]
    assert deid_profile.lookup(0x60024000) is deid_profile.BY_KEYWORD["OverlayComments"]
    assert deid_profile.lookup(0x60003000) is deid_profile.BY_KEYWORD["OverlayData"]
    curve = deid_profile.lookup(0x50020005)
    assert curve is not None and curve.label == "(50xx,xxxx) Curve Data"
    assert deid_profile.lookup(0x60020010) is None  # overlay rows, not an overlay comment
    assert deid_profile.lookup(0x0020000D) is None  # StudyInstanceUID: kept
    assert deid_profile.BY_KEYWORD["OverlayComments"].tag_text == "(60xx,4000)"
    assert deid_profile.is_private(0x00111001) and not deid_profile.is_private(0x00080050)
    assert not deid_profile.is_private(0x00010010)  # groups 0001-0007 are not private, just not allowed


def test_policy_errors_are_spec_errors(tmp_path: Path) -> None:
    text = (validators_dir() / "dicom.yaml").read_text(encoding="utf-8")
    bad = tmp_path / "dicom.yaml"
    bad.write_text(text.replace("- retain_uids ", "- retain_uuids "), encoding="utf-8")
    with pytest.raises(SpecError, match="unknown de-identification option"):
        deid_profile.load_policy(bad)
    bad.write_text(text.replace("  keep:\n", "  keep:\n    NoSuchKeyword: typo\n"), encoding="utf-8")
    with pytest.raises(SpecError, match="does not have"):
        deid_profile.load_table(deid_profile.load_policy(bad))
    bad.write_text(text.replace("  dummy_values:\n", '  dummy_values:\n    - "ANON("\n'), encoding="utf-8")
    with pytest.raises(SpecError, match="not a regular expression"):
        deid_profile.load_policy(bad)
    bad.write_text(text.replace("  person_dates:\n", "  person_dates:\n    - BirthdayOfThePatient\n"), encoding="utf-8")
    with pytest.raises(SpecError, match="does not have"):
        deid_profile.load_table(deid_profile.load_policy(bad))
    bad.write_text("rules: []\n", encoding="utf-8")
    with pytest.raises(SpecError, match="deidentification"):
        deid_profile.load_policy(bad)


def test_import_script_writes_rows_as_the_table_gives_them() -> None:
    spec = importlib.util.spec_from_file_location("import_deid_profile", REPO / "scripts" / "import_deid_profile.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    entries = [
        {"name": "Overlay Comments", "tag": "(60XX,4000)", "basicProfile": "X", "cleanGraphOpt": "C"},
        {"name": "Icon Image Sequence\n\n(see Note 12)", "tag": "(0088,0200)", "basicProfile": "X"},
        {"name": "Referenced Patient Sequence", "tag": "(0008,1120)", "basicProfile": "X", "rtnUIDsOpt": "X"},
        {
            "name": "Private attributes",
            "tag": "(GGGG,EEEE) WHERE GGGG IS ODD",
            "basicProfile": "X",
            "rtnSafePrivOpt": "C",
        },  # fmt: skip
    ]
    rows = module.rows_from(entries)
    assert [r[:5] for r in rows] == [
        ["(0008,1120)", "ReferencedPatientSequence", "SQ", "Referenced Patient Sequence", "X"],
        ["(0088,0200)", "IconImageSequence", "SQ", "Icon Image Sequence", "X"],
        ["(60xx,4000)", "OverlayComments", "LT", "Overlay Comments", "X"],
        ["(gggg,eeee) where gggg is odd", "", "", "Private attributes", "X"],
    ]
    options = [c for c, _ in module.OPTIONS]
    assert dict(zip(options, rows[0][5:], strict=True))["retain_uids"] == "K"  # the documented correction
    assert dict(zip(options, rows[2][5:], strict=True))["clean_graphics"] == "C"
    # --rederive keeps every fact of the TSV and derives keyword and vr as a fresh import does
    assert [r[:3] for r in module.rederived(TSV)] == [[r["tag"], r["keyword"], r["vr"]] for r in tsv_rows()]
    assert [r[3:] for r in module.rederived(TSV)] == [[r[c] for c in module.COLUMNS[3:]] for r in tsv_rows()]
    with pytest.raises(ValueError, match="unexpected action"):
        module.rows_from([{"name": "A", "tag": "(0008,0050)", "basicProfile": "Q"}])
    with pytest.raises(ValueError, match="listed twice"):
        module.rows_from([entries[1], entries[1]])
