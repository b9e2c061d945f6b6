-- Synthetic ingestion rows for the federated-search tests (tests/test_search.py): a second dataset whose made-up
-- patients, conditions, imaging procedures, studies and series cover every value of the five search keys, in the
-- codes Focus' SQL mode sends (shared/reference/eucaim-search/search-keys.yaml) and in the codes it does not
-- (2026 sex codes, the ETL lookup's body-part codes, empty cells). Loaded into the ETL's ingestion schema after
-- tests/data/etl/ingestion.sql; every identifier is a pseudonym searchsynth-*.
INSERT INTO eucaim_cdm_ingestion.Dataset (Identifier, Title, Description)
VALUES ('searchsynth', 'Synthetic search dataset', 'Made-up patients covering every value of the search keys');

INSERT INTO eucaim_cdm_ingestion.CancerPatient (Identifier, DatasetIdentifier, BirthSexEUCAIM, BirthSexOriginal)
SELECT 'searchsynth-p' || lpad(i::text, 3, '0'), 'searchsynth',
       (ARRAY['COM1000180', 'COM1000177', 'COM1001289', 'COM1001366', 'COM1001370', NULL])[1 + i % 6], 'x'
FROM generate_series(1, 40) AS i;

-- one condition for 9 patients in 10, a second (prostate) for every fourth patient
INSERT INTO eucaim_cdm_ingestion.PrimaryCancerCondition (Identifier, PatientIdentifier, PrimaryCancerConditionEUCAIM)
SELECT 'searchsynth-c' || i, 'searchsynth-p' || lpad(i::text, 3, '0'),
       (ARRAY['CLIN1000057', 'CLIN1000060', 'CLIN1000065', 'CLIN1000087', 'CLIN1000075', 'CLIN1007977', NULL])[1 + i % 7]
FROM generate_series(1, 40) AS i WHERE i % 10 <> 0;
INSERT INTO eucaim_cdm_ingestion.PrimaryCancerCondition (Identifier, PatientIdentifier, PrimaryCancerConditionEUCAIM)
SELECT 'searchsynth-c' || i || 'b', 'searchsynth-p' || lpad(i::text, 3, '0'), 'CLIN1000075'
FROM generate_series(1, 40) AS i WHERE i % 4 = 0;

-- an imaging procedure for 4 patients in 5; 1 to 3 studies each; 1 or 2 series per study
INSERT INTO eucaim_cdm_ingestion.ImagingProcedure (ProcedureIdentifier, PrimaryCancerConditionIdentifier,
                                                   Patientidentifier)
SELECT 'searchsynth-ip' || i, 'searchsynth-c' || i, 'searchsynth-p' || lpad(i::text, 3, '0')
FROM generate_series(1, 40) AS i WHERE i % 5 <> 0;

INSERT INTO eucaim_cdm_ingestion.ImageStudy (ImageStudyUID, ImagingProcedureIdentifier, PatientIdentifier,
                                             DatasetIdentifier)
SELECT '2.25.777.' || i || '.' || j, 'searchsynth-ip' || i, 'searchsynth-p' || lpad(i::text, 3, '0'), 'searchsynth'
FROM generate_series(1, 40) AS i, generate_series(1, 3) AS j WHERE i % 5 <> 0 AND j <= 1 + i % 3;

INSERT INTO eucaim_cdm_ingestion.ImageSeries (ImageStudyUID, ImageSeriesUID, ImageSeriesNumber, BodyPart, Modality,
                                              Manufacturer)
SELECT s.ImageStudyUID, s.ImageStudyUID || '.' || k, k,
       (ARRAY['BP1000136', 'BP1000257', 'BP1000113', 'BP1000092', 'BP1000021', 'BP1000192', 'CLIN1063727', NULL])
           [1 + (s.Id + k) % 8],
       (ARRAY['IMG1000038', 'IMG1000042', 'MR', NULL])[1 + (s.Id + k) % 4],
       (ARRAY['Siemens', 'Philips', '', NULL])[1 + (s.Id + k) % 4]
FROM eucaim_cdm_ingestion.ImageStudy s, generate_series(1, 2) AS k
WHERE s.DatasetIdentifier = 'searchsynth' AND k <= 1 + s.Id % 2;
