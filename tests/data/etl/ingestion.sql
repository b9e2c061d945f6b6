-- Synthetic ingestion rows for the EUCAIM ETL (etl-toolset @ 7a69a4b), written as the ETL's NiFi flows write
-- them, so that the ETL's own procedure eucaim_etl_aux.transform_dataset_v001 turns them into a CDM.
-- Every value is made up (no real person); identifiers are pseudonyms of the form etlsynth-*.
--
-- Run after the ETL's scripts 2_init .. 8_init (tests/test_etl_output.py does it). Covers every table of
-- the ingestion schema (2_init_eucaim_cdm_ingestion.sql) and every branch of the procedure
-- (6_procedure_update_output_db_for_dataset.sql): dataset, patients, health status, tumour marker,
-- family history, lab test, radiotherapy / surgery / medication treatments, cancer condition, grade, stage,
-- imaging procedure, tumour, risk assessment, tumour observation, image study / series / tags.
-- Coded ingestion columns (*EUCAIM) hold the hyper-ontology codes the curation step (TDC) would map to;
-- *Original columns hold the source wording.

-- ---------------------------------------------------------------------------------------------------
-- Clinical data, as Clinical_data_loop02/loop04 store it after curation.
INSERT INTO eucaim_cdm_ingestion.Dataset (Identifier, Title, Description)
VALUES ('etlsynth', 'Synthetic ETL dataset', 'Two made-up patients loaded through the EUCAIM ETL scripts');

INSERT INTO eucaim_cdm_ingestion.CancerPatient
    (Identifier, DatasetIdentifier, BirthDate, BirthSexEUCAIM, BirthSexOriginal, Ethnicity, ManagingOrganization,
     DiagnosticCategoryEUCAIM, DiagnosticCategoryOriginal, Deceased, LastContactDate, CauseOfDeathEUCAIM,
     CauseOfDeathOriginal)
VALUES
    ('etlsynth-p001', 'etlsynth', '1961-02-03', 'COM1001366', 'M', 'not stated', 'Synthetic Site A',
     'CLIN1007977', 'Patient with Cancer', false, '2024-06-30', NULL, NULL),
    ('etlsynth-p002', 'etlsynth', '1970-07-08', 'COM1001370', 'F', NULL, 'Synthetic Site B',
     'CLIN1007977', 'Patient with Cancer', true, '2024-01-15', 'CLIN1000060', 'breast cancer');

INSERT INTO eucaim_cdm_ingestion.HealthStatus
    (Identifier, PatientIdentifier, HealthStatusEUCAIM, HealthStatusOriginal, ValueAsNumber, ValueAsConcept,
     ValueAsConceptEUCAIM, ValueAsConceptOriginal, ValueAsConceptUnitEUCAIM, ValueAsConceptUnitOriginal,
     Episode, EpisodeStartDate)
VALUES
    ('etlsynth-hs001', 'etlsynth-p001', 'CLIN1043685', 'ECOG', NULL, 1, 'CLIN1024850', 'ECOG 1', NULL, NULL,
     1, '2023-01-10'),
    ('etlsynth-hs002', 'etlsynth-p002', 'CLIN1043685', 'Karnofsky', 90.00, NULL, NULL, NULL, 'COM1000161', '%',
     1, '2023-02-01');

INSERT INTO eucaim_cdm_ingestion.TumorMarkerTest
    (Identifier, PatientIdentifier, CategoryEUCAIM, CategoryOriginal, TumorMarkerEUCAIM, TumorMarkerOriginal,
     ValueAsNumber, ValueAsConceptEUCAIM, ValueAsConceptOriginal, ValueAsConceptUnitEUCAIM,
     ValueAsConceptUnitOriginal, DateOfMarker, Episode, EpisodeStartDate)
VALUES
    ('etlsynth-tm001', 'etlsynth-p001', 'GEN1000022', 'lab', 'CLIN1033410', 'PSA', 4.20, NULL, NULL, NULL,
     'ng/mL', '2023-01-05', 1, '2023-01-10');

INSERT INTO eucaim_cdm_ingestion.FamilyMemberHistory
    (Identifier, PatientIdentifier, SubjectEUCAIM, SubjectOriginal, RelationshipEUCAIM, RelationshipOriginal,
     ConditionCodeEUCAIM, ConditionCodeOriginal, OnsetAge, OnsetAgeUnitEUCAIM, OnsetAgeUnitOriginal)
VALUES
    ('etlsynth-fm001', 'etlsynth-p002', NULL, 'relative', 'COM1001049', 'mother', 'CLIN1000060', 'Breast cancer',
     52, 'COM1000151', 'years');

INSERT INTO eucaim_cdm_ingestion.RadiotherapyCourseSummary
    (TreatmentIdentifier, PatientIdentifier, OffsetFromDiagnosis, OffsetUnitEUCAIM, OffsetUnitOriginal,
     PerformedDate, Episode, EpisodeStartDate, RadiotherapyEUCAIM, RadiotherapyOriginal)
VALUES
    ('etlsynth-rt001', 'etlsynth-p001', 30, 'COM1000153', 'days', '2023-02-09', 1, '2023-01-10', 'CLIN1004413',
     'external radiotherapy');

INSERT INTO eucaim_cdm_ingestion.SurgicalProcedure
    (TreatmentIdentifier, PatientIdentifier, OffsetFromDiagnosis, OffsetUnitEUCAIM, OffsetUnitOriginal,
     PerformedDate, ProcedureEUCAIM, ProcedureOriginal, Episode, EpisodeStartDate)
VALUES
    ('etlsynth-sp001', 'etlsynth-p002', 14, 'COM1000153', 'days', '2023-02-15', 'CLIN1004413',
     'Excision of malignant neoplasm', 1, '2023-02-01');

INSERT INTO eucaim_cdm_ingestion.CancerRelatedMedication
    (TreatmentIdentifier, PatientIdentifier, DateOfMedication, OffsetFromDiagnosis, OffsetUnitEUCAIM,
     OffsetUnitOriginal, MedicationCodeEUCAIM, MedicationCodeOriginal, MeditationId, Episode, EpisodeStartDate)
VALUES
    ('etlsynth-md001', 'etlsynth-p001', DATE '2023-03-01', 50, 'COM1000153', 'days', 'CLIN1034187',
     'chemotherapy', 1, 1, '2023-01-10');

INSERT INTO eucaim_cdm_ingestion.PrimaryCancerCondition
    (Identifier, PatientIdentifier, AgeOfDiagnosis, AgeUnitEUCAIM, AgeUnitOriginal, AssertedDate,
     PrimaryCancerConditionEUCAIM, PrimaryCancerConditionOriginal, HistologyMorphologyBehaviourEUCAIM,
     HistologyMorphologyBehaviourOriginal, EpisodeNumber, EpisodeStartDate, ConfirmedByProcedure)
VALUES
    ('etlsynth-cc001', 'etlsynth-p001', 61.00, 'COM1000151', 'years', DATE '2023-01-10', 'CLIN1000057',
     'colon cancer', 'CLIN1000057', 'adenocarcinoma', 1, '2023-01-10', 'etlsynth-crp001'),
    ('etlsynth-cc002', 'etlsynth-p002', 52.00, 'COM1000151', 'years', DATE '2023-02-01', 'CLIN1000060',
     'breast cancer', 'CLIN1000060', 'breast cancer', 1, '2023-02-01', NULL);

INSERT INTO eucaim_cdm_ingestion.HistologicGrade
    (Identifier, PrimaryCancerConditionIdentifier, CategoryEUCAIM, CategoryOriginal, GradeEUCAIM, GradeOriginal,
     Value)
VALUES
    ('etlsynth-hg001', 'etlsynth-cc002', 'CLIN1037299', 'Nottingham', 'CLIN1037299', 'Grade-2', 2);

INSERT INTO eucaim_cdm_ingestion.CancerStage
    (Identifier, PrimaryCancerConditionIdentifier, CancerStageCodeEUCAIM, CancerStageCodeOriginal,
     CancerStageValueEUCAIM, CancerStageValueOriginal)
VALUES
    ('etlsynth-cs001', 'etlsynth-cc001', 'CLIN1000480', 'T2', 'CLIN1031387', 'II');

-- Read by no step of the procedure (kept so that every ingestion table holds a row).
INSERT INTO eucaim_cdm_ingestion.CancerRelatedProcedure
    (ProcedureIdentifier, PrimaryCancerConditionIdentifier, OffsetFromDiagnosis, OffsetUnitEUCAIM,
     OffsetUnitOriginal, PerformedDate, ProcedureEUCAIM, ProcedureOriginal, Episode, EpisodeStartDate,
     ProcedureCategoryCodeEUCAIM, ProcedureCategoryCodeOriginal)
VALUES
    ('etlsynth-crp001', 'etlsynth-cc001', 0, 'COM1000153', 'days', '2023-01-10', 'CLIN1004413', 'biopsy', 1,
     '2023-01-10', NULL, NULL);

INSERT INTO eucaim_cdm_ingestion.ImagingProcedure
    (ProcedureIdentifier, PrimaryCancerConditionIdentifier, Patientidentifier, OffsetFromDiagnosis,
     OffsetUnitEUCAIM, OffsetUnitOriginal, PerformedDate, ImagingProcedureEUCAIM, ImagingProcedureOriginal,
     ImagingTimepoint, Episode, EpisodeStartDate, ImagingProcedureCategoryCodeEUCAIM,
     ImagingProcedureCategoryCodeOriginal)
VALUES
    ('etlsynth-ip001', 'etlsynth-cc001', 'etlsynth-p001', 0, 'COM1000153', 'days', '2023-01-10', 'IMG1000042',
     'CT', 1, 1, '2023-01-10', NULL, NULL),
    ('etlsynth-ip002', 'etlsynth-cc002', 'etlsynth-p002', 3, 'COM1000153', 'days', '2023-02-04', 'IMG1004455',
     'MG', 1, 1, '2023-02-01', NULL, NULL);

-- tumor.volume goes into output tumor_volume_unit (procedure line "volume, sizeMethodEUCAIM ..."): a number.
INSERT INTO eucaim_cdm_ingestion.Tumor
    (Identifier, PrimaryCancerConditionIdentifier, isIndex, morphologyOriginal, morphologyEUCAIM, volume,
     sizeMethodEUCAIM, sizeMethodOriginal, sizeMaximumDimension, sizeOtherDimension, sizeDimensionUnit,
     BodySiteEUCAIM, BodySiteOriginal, BodySiteLocationQualifierEUCAIM, BodySiteLocationQualifierOriginal,
     BodySiteLateralityQualifierEUCAIM, BodySiteLateralityQualifierOriginal, HistologicGradeEUCAIM,
     HistologicGradeOriginal, Episode, EpisodeStartDate)
VALUES
    ('etlsynth-tu001', 'etlsynth-cc002', true, 'breast cancer', 'CLIN1000060', 12.50, NULL, 'caliper', 3.20, 2.10,
     'cm', 'BP1000136', 'breast', NULL, NULL, 'IMG1016670', 'left', 'CLIN1037299', 'Grade-2', 1, '2023-02-01');

INSERT INTO eucaim_cdm_ingestion.LabTestResult
    (Identifier, PatientIdentifier, codeOriginal, codeEUCAIM, ValueAsNumber, ValueAsConceptEUCAIM,
     ValueAsConceptOriginal, ValueUnitEUCAIM, ValueUnitOriginal, DateOfTestResult, OffsetFromDiagnosis,
     OffsetUnitEUCAIM, OffsetUnitOriginal)
VALUES
    ('etlsynth-lt001', 'etlsynth-p001', 'PSA', 'CLIN1033410', 4.20, NULL, NULL, NULL, 'ng/mL', '2023-01-05', -5,
     'COM1000153', 'days');

INSERT INTO eucaim_cdm_ingestion.RiskAssessment
    (Identifier, TumorIdentifier, codeOriginal, codeEUCAIM, valueUnit, valueAsConcept, ValueAsNumber)
VALUES
    ('etlsynth-ra001', 'etlsynth-tu001', 'recurrence risk', 'CLIN1000060', '%', 'high', 12);

INSERT INTO eucaim_cdm_ingestion.TumorObservation
    (Identifier, TumorIdentifier, codeOriginal, codeEUCAIM, valueUnit, valueAsConcept, ValueAsNumber)
VALUES
    ('etlsynth-to001', 'etlsynth-tu001', 'longest diameter', 'CLIN1000060', 'mm', NULL, 32);

-- Read by no step of the procedure.
INSERT INTO eucaim_cdm_ingestion.Episode
    (Identifier, PatientIdentifier, DatasetIdentifier, TypeEUCAIM, TypeOriginal, EpisodeNumber, StartDate, EndDate,
     ParentEpisodeId)
VALUES
    ('etlsynth-ep001', 'etlsynth-p001', 'etlsynth', 'GEN1000008', 'diagnosis', 1, '2023-01-10', NULL, NULL);

-- What the curation step records about its mappings (Clinical_data_loop02).
INSERT INTO eucaim_cdm_ingestion.MappedCodeableConceptsResults
    (datasetId, propertyNameOriginal, propertyNameEUCAIM, originalValue, parsedValue, codeInEUCAIM,
     codeCandidatesInEUCAIM, mappingTimestamp)
VALUES
    ('etlsynth', 'sex', 'BirthSex', 'M', 'male', 'COM1001366', NULL, '2024-07-01T10:00:00');

CALL eucaim_etl_aux.insert_log_v001('etlsynth_clinical.csv', 'etlsynth', 'clinical_data', 'loop01', '1',
    'read_and_convert_input', 'INFO', 'OK', 'synthetic run');

-- ---------------------------------------------------------------------------------------------------
-- DICOM metadata, as Dicom_metadata_loop02_transformToDB writes it: the extracted header rows pass through
-- LookupRecordForImagingModality (Modality -> LookupImagingModality), LookupRecordForManufacturerAlias
-- (Manufacturer -> LookupManufacturerAlias), LookupRecordForBodyPart (lower(BodyPartExamined) ->
-- LookupBodyPartForImaging), then the "SpecificMappings" query writes ImageStudy (ImagingProcedureIdentifier
-- 'imaging'), ImageSeries (Manufacturer = COALESCE(alias, ManufacturerModelName, '')) and ImageTags.
-- One series per LookupImagingModality row, so every modality the lookup knows reaches the CDM; the
-- manufacturer and body-part values cycle through every lookup row plus a lookup miss each.
CREATE TEMP TABLE dicom_header AS
WITH modalities AS (
    SELECT Id, originalValue AS modality, row_number() OVER (ORDER BY Id) AS n
    FROM eucaim_etl_aux.LookupImagingModality
),
makers(k, manufacturer, model) AS (
    VALUES (0, 'Siemens Healthineers', NULL), (1, 'Philips Medical Systems', NULL), (2, 'Philips Healthcare', NULL),
           (3, 'Toshiba Medical', NULL), (4, 'GE MEDICAL SYSTEMS', 'Synthetic Scanner 3T'), (5, NULL, NULL)
),
parts AS (
    SELECT upper(originalValue) AS part, row_number() OVER (ORDER BY Id) - 1 AS k FROM eucaim_etl_aux.LookupBodyPartForImaging
    UNION ALL SELECT 'PELVIS', (SELECT count(*) FROM eucaim_etl_aux.LookupBodyPartForImaging)
)
SELECT
    '1.2.826.0.1.3680043.10.999.' || (1 + m.n % 2) AS study_uid,
    CASE m.n % 2 WHEN 1 THEN 'etlsynth-p002' ELSE 'etlsynth-p001' END AS patient_id,
    '1.2.826.0.1.3680043.10.999.' || (1 + m.n % 2) || '.' || m.n AS series_uid,
    m.n AS series_number,
    'synthetic study' AS study_description,
    '20230110' AS acquisition_date,
    p.part AS body_part,
    m.modality,
    mk.manufacturer,
    mk.model,
    round((0.5 + (m.n % 10) * 0.5)::numeric, 2) AS slice_thickness
FROM modalities m
JOIN makers mk ON mk.k = m.n % 6
JOIN parts p ON p.k = m.n % (SELECT count(*) + 1 FROM eucaim_etl_aux.LookupBodyPartForImaging)
UNION ALL
-- a study of patient 1 that no timepoint row links to an imaging procedure (see below)
SELECT '1.2.826.0.1.3680043.10.999.3', 'etlsynth-p001', '1.2.826.0.1.3680043.10.999.3.1', 1, 'synthetic study',
       '20230301', 'LUNG', 'CT', 'Siemens Healthineers', NULL, 1.00;

INSERT INTO eucaim_cdm_ingestion.ImageStudy (ImageStudyUID, ImagingProcedureIdentifier, PatientIdentifier,
                                             DatasetIdentifier, processed)
SELECT DISTINCT study_uid, 'imaging', patient_id, 'etlsynth', false FROM dicom_header;

INSERT INTO eucaim_cdm_ingestion.ImageSeries (ImageStudyUID, ImageSeriesUID, ImageSeriesNumber, Description,
                                              AcquisitionDate, BodyPart, Modality, Manufacturer, processed)
SELECT h.study_uid, h.series_uid, h.series_number, h.study_description, h.acquisition_date,
       (SELECT parsedValue FROM eucaim_etl_aux.LookupBodyPartForImaging b WHERE b.originalValue = lower(h.body_part)),
       (SELECT parsedValue FROM eucaim_etl_aux.LookupImagingModality l WHERE l.originalValue = h.modality),
       COALESCE((SELECT parsedValue FROM eucaim_etl_aux.LookupManufacturerAlias a
                 WHERE a.originalValue = h.manufacturer), h.model, ''),
       false
FROM dicom_header h;

INSERT INTO eucaim_cdm_ingestion.ImageTags (ImageSeriesIdentifier, ImageStudyUID, ImageSeriesUID, KVP,
                                            XRayTubeCurrent, Exposure, ExposureTime, SpiralPitchFactor, FilterType,
                                            ConvolutionKernel, SliceThickness, ImageRows, ImageColumns,
                                            PixelRowSpacing, PixelColSpacing, processed)
SELECT series_number, study_uid, series_uid, 120.0, 200, 10, 500, 0.9840, 'BODY FILTER', 'B30f', slice_thickness,
       512, 512, 0.7031, 0.7031, false
FROM dicom_header;

CALL eucaim_etl_aux.insert_log_v001('etlsynth_image_metadata.csv', 'etlsynth', 'image_metadata', 'loop02', '3',
    'write_to_ingestion_db', 'INFO', 'OK', 'synthetic run');

-- ---------------------------------------------------------------------------------------------------
-- Imaging timepoints, as Dicom_timepoints_loop02_transformToDB links them: a progress row, then one UPDATE per
-- study naming its imaging procedure; study ...999.3 has no timepoint row and keeps 'imaging', so the
-- procedure's join to procedure drops it (a branch of the ETL, not an error of the data).
INSERT INTO eucaim_cdm_ingestion.DatasetIngestionControl VALUES ('etlsynth', 2, 0, 'LOADING');
UPDATE eucaim_cdm_ingestion.ImageStudy SET ImagingProcedureIdentifier = 'etlsynth-ip001', ImagingTimepoint = '1'
WHERE ImageStudyUID = '1.2.826.0.1.3680043.10.999.1';
UPDATE eucaim_cdm_ingestion.DatasetIngestionControl SET processedRows = processedRows + 1
WHERE DatasetIdentifier = 'etlsynth' AND status = 'LOADING';
UPDATE eucaim_cdm_ingestion.ImageStudy SET ImagingProcedureIdentifier = 'etlsynth-ip002', ImagingTimepoint = '1'
WHERE ImageStudyUID = '1.2.826.0.1.3680043.10.999.2';
UPDATE eucaim_cdm_ingestion.DatasetIngestionControl SET processedRows = processedRows + 1
WHERE DatasetIdentifier = 'etlsynth' AND status = 'LOADING';

-- Dicom_timepoints_loop03_exec_proc: a dataset whose rows are all linked is marked DONE and transformed.
UPDATE eucaim_cdm_ingestion.DatasetIngestionControl SET status = 'DONE'
WHERE DatasetIdentifier = 'etlsynth' AND status = 'LOADING' AND expectedRows > 0
  AND processedRows >= expectedRows;
CALL eucaim_etl_aux.transform_dataset_v001('etlsynth');
