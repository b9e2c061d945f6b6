"""The de-identification list: every (tag, keyword) pair is the one of the DICOM data dictionary."""

from __future__ import annotations

from pydicom.datadict import keyword_for_tag

from eucaim_spec.validate import deid_profile


def test_keywords_match_the_dicom_dictionary() -> None:
    wrong = [(a.tag_text, a.keyword) for a in deid_profile.PROFILE if keyword_for_tag(a.tag) != a.keyword]
    assert wrong == []


def test_no_duplicates_and_kept_attributes_absent() -> None:
    assert len(deid_profile.BY_TAG) == len(deid_profile.PROFILE)
    # EUCAIM needs these: the pseudonymised ID, the minimum attributes, descriptions, UIDs.
    for kept in (
        "PatientID",
        "PatientAge",
        "AcquisitionDate",
        "StudyInstanceUID",
        "SeriesDescription",
        "StudyDescription",
        "Manufacturer",
        "BodyPartExamined",
    ):
        assert not deid_profile.is_identifying(kept)
    assert deid_profile.BY_KEYWORD["PatientName"].label == "(0010,0010) PatientName"
