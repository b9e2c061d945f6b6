"""Attributes the DICOM Basic Application Level Confidentiality Profile takes out, as EUCAIM checks them.

Encoded from DICOM PS3.15 Annex E, Table E.1-1 (attribute tag and keyword only; each pair is
checked against pydicom's data dictionary by ``tests/test_dicom_deid_profile.py``).

Not every attribute of the table is here, on purpose:

- PatientID is the pseudonymised identifier EUCAIM requires (minimum data §2), not a direct identifier.
- UIDs are kept: EUCAIM links studies and series by UID (the profile's *Retain UIDs Option*).
- Study, series and acquisition dates and times are kept: AcquisitionDate is a minimum attribute
  (*Retain Longitudinal Temporal Information Option*).
- PatientAge, PatientSex, PatientSize and PatientWeight are kept (*Retain Patient Characteristics Option*);
  PatientAge is a minimum attribute.
- StudyDescription, SeriesDescription and ProtocolName are kept (*Retain Safe ... Clean Descriptors
  Option*): EUCAIM normalises series descriptions and the correspondence file carries the study description.

``kind`` says which rule reports an attribute: ``patient_name`` and ``birth_date`` have their own rules,
``identifier`` attributes give violations, ``free_text`` attributes (comments that may hold an identifier)
give warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["patient_name", "birth_date", "identifier", "free_text"]


@dataclass(frozen=True)
class DeidAttribute:
    """One attribute the profile removes or empties."""

    tag: int
    keyword: str
    kind: Kind

    @property
    def tag_text(self) -> str:
        """The tag as ``(gggg,eeee)``."""
        return f"({self.tag >> 16:04X},{self.tag & 0xFFFF:04X})"

    @property
    def label(self) -> str:
        """``(gggg,eeee) Keyword``: the form of ``Location.tag`` in findings."""
        return f"{self.tag_text} {self.keyword}"


def _a(tag: int, keyword: str, kind: Kind = "identifier") -> DeidAttribute:
    return DeidAttribute(tag, keyword, kind)


PROFILE: tuple[DeidAttribute, ...] = (
    # Patient
    _a(0x00100010, "PatientName", "patient_name"),
    _a(0x00100030, "PatientBirthDate", "birth_date"),
    _a(0x00100032, "PatientBirthTime"),
    _a(0x00100033, "PatientBirthDateInAlternativeCalendar"),
    _a(0x00100034, "PatientDeathDateInAlternativeCalendar"),
    _a(0x00100035, "PatientAlternativeCalendar"),
    _a(0x00100021, "IssuerOfPatientID"),
    _a(0x00100050, "PatientInsurancePlanCodeSequence"),
    _a(0x00100101, "PatientPrimaryLanguageCodeSequence"),
    _a(0x00100102, "PatientPrimaryLanguageModifierCodeSequence"),
    _a(0x00101000, "OtherPatientIDs"),
    _a(0x00101001, "OtherPatientNames"),
    _a(0x00101002, "OtherPatientIDsSequence"),
    _a(0x00101005, "PatientBirthName"),
    _a(0x00101040, "PatientAddress"),
    _a(0x00101050, "InsurancePlanIdentification"),
    _a(0x00101060, "PatientMotherBirthName"),
    _a(0x00101080, "MilitaryRank"),
    _a(0x00101081, "BranchOfService"),
    _a(0x00101090, "MedicalRecordLocator"),
    _a(0x00101100, "ReferencedPatientPhotoSequence"),
    _a(0x00102150, "CountryOfResidence"),
    _a(0x00102152, "RegionOfResidence"),
    _a(0x00102154, "PatientTelephoneNumbers"),
    _a(0x00102155, "PatientTelecomInformation"),
    _a(0x00102160, "EthnicGroup"),
    _a(0x00102180, "Occupation"),
    _a(0x001021F0, "PatientReligiousPreference"),
    _a(0x00102297, "ResponsiblePerson"),
    _a(0x00102299, "ResponsibleOrganization"),
    _a(0x00380010, "AdmissionID"),
    _a(0x00380300, "CurrentPatientLocation"),
    _a(0x00380400, "PatientInstitutionResidence"),
    _a(0x00380500, "PatientState"),
    _a(0x00380060, "ServiceEpisodeID"),
    # Institution, equipment and staff
    _a(0x00080080, "InstitutionName"),
    _a(0x00080081, "InstitutionAddress"),
    _a(0x00080082, "InstitutionCodeSequence"),
    _a(0x00081040, "InstitutionalDepartmentName"),
    _a(0x00081010, "StationName"),
    _a(0x00181000, "DeviceSerialNumber"),
    _a(0x00400241, "PerformedStationAETitle"),
    _a(0x00400242, "PerformedStationName"),
    _a(0x00400243, "PerformedLocation"),
    _a(0x00080090, "ReferringPhysicianName"),
    _a(0x00080092, "ReferringPhysicianAddress"),
    _a(0x00080094, "ReferringPhysicianTelephoneNumbers"),
    _a(0x00080096, "ReferringPhysicianIdentificationSequence"),
    _a(0x0008009C, "ConsultingPhysicianName"),
    _a(0x0008009D, "ConsultingPhysicianIdentificationSequence"),
    _a(0x00081048, "PhysiciansOfRecord"),
    _a(0x00081049, "PhysiciansOfRecordIdentificationSequence"),
    _a(0x00081050, "PerformingPhysicianName"),
    _a(0x00081052, "PerformingPhysicianIdentificationSequence"),
    _a(0x00081060, "NameOfPhysiciansReadingStudy"),
    _a(0x00081062, "PhysiciansReadingStudyIdentificationSequence"),
    _a(0x00081070, "OperatorsName"),
    _a(0x00081072, "OperatorIdentificationSequence"),
    _a(0x00321032, "RequestingPhysician"),
    _a(0x00321033, "RequestingService"),
    _a(0x00400006, "ScheduledPerformingPhysicianName"),
    _a(0x00401010, "NamesOfIntendedRecipientsOfResults"),
    _a(0x00402008, "OrderEnteredBy"),
    _a(0x00402009, "OrderEntererLocation"),
    _a(0x00402010, "OrderCallbackPhoneNumber"),
    _a(0x0040A075, "VerifyingObserverName"),
    _a(0x0040A027, "VerifyingOrganization"),
    _a(0x0040A123, "PersonName"),
    _a(0x00700084, "ContentCreatorName"),
    _a(0x4008010C, "InterpretationAuthor"),
    _a(0x40080114, "PhysicianApprovingInterpretation"),
    # Order and visit identifiers
    _a(0x00080050, "AccessionNumber"),
    _a(0x00200010, "StudyID"),
    _a(0x00400253, "PerformedProcedureStepID"),
    _a(0x00401001, "RequestedProcedureID"),
    _a(0x00402016, "PlacerOrderNumberImagingServiceRequest"),
    _a(0x00402017, "FillerOrderNumberImagingServiceRequest"),
    _a(0x00400275, "RequestAttributesSequence"),
    # Free text that may carry an identifier
    _a(0x00104000, "PatientComments", "free_text"),
    _a(0x001021B0, "AdditionalPatientHistory", "free_text"),
    _a(0x00102000, "MedicalAlerts", "free_text"),
    _a(0x00102110, "Allergies", "free_text"),
    _a(0x00204000, "ImageComments", "free_text"),
    _a(0x00324000, "StudyComments", "free_text"),
    _a(0x00380050, "SpecialNeeds", "free_text"),
    _a(0x00400280, "CommentsOnThePerformedProcedureStep", "free_text"),
    _a(0x00401400, "RequestedProcedureComments", "free_text"),
    _a(0x00402001, "ReasonForTheImagingServiceRequest", "free_text"),
    _a(0x00402400, "ImagingServiceRequestComments", "free_text"),
    _a(0x40084000, "ResultsComments", "free_text"),
)

#: Tag number -> attribute.
BY_TAG: dict[int, DeidAttribute] = {a.tag: a for a in PROFILE}
#: Keyword -> attribute.
BY_KEYWORD: dict[str, DeidAttribute] = {a.keyword: a for a in PROFILE}
#: Every tag the profile lists (for fast set intersection with a header's tags).
TAGS: frozenset[int] = frozenset(BY_TAG)


def is_identifying(keyword: str) -> bool:
    """True when ``keyword`` names an attribute whose value a report or an export must never carry."""
    return keyword in BY_KEYWORD
