# generated from schemas/minimum/minimum.yaml by gen-pydantic (eucaim generate); do not edit
from __future__ import annotations

import re
import sys
from datetime import (
    date,
    datetime,
    time
)
from decimal import Decimal
from enum import Enum
from typing import (
    Any,
    ClassVar,
    Literal,
    Optional,
    Union
)

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    RootModel,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    field_validator,
    model_serializer
)


metamodel_version = "1.12.0"
version = "0.1.0"


class ConfiguredBaseModel(BaseModel):
    model_config = ConfigDict(
        serialize_by_alias = True,
        validate_by_name = True,
        validate_assignment = True,
        validate_default = True,
        extra = "forbid",
        arbitrary_types_allowed = True,
        use_enum_values = True,
        strict = False,
    )





class LinkMLMeta(RootModel):
    root: dict[str, Any] = {}
    model_config = ConfigDict(frozen=True)

    def __getattr__(self, key:str):
        return getattr(self.root, key)

    def __getitem__(self, key:str):
        return self.root[key]

    def __setitem__(self, key:str, value):
        self.root[key] = value

    def __contains__(self, key:str) -> bool:
        return key in self.root


linkml_meta = LinkMLMeta({'annotations': {'default_tier': {'tag': 'default_tier', 'value': 1},
                     'obligation_codes': {'tag': 'obligation_codes',
                                          'value': 'M mandatory (violation); MIA '
                                                   'mandatory if available '
                                                   '(warning when absent); M-organ '
                                                   'mandatory at organ level only '
                                                   '(violation on the organ slot, '
                                                   'region and laterality are O); '
                                                   'M-if-semi-auto required when '
                                                   'SegmentAlgorithmType is '
                                                   'SEMIAUTOMATIC (violation '
                                                   'through the rule that states '
                                                   'it); C conditional (the '
                                                   'severity of the rule that '
                                                   'decides it); R recommended '
                                                   '(warning); O optional (info).'},
                     'personal_data_policy': {'tag': 'personal_data_policy',
                                              'value': 'Slots marked personal_data '
                                                       'true are never echoed by a '
                                                       'finding. PatientID is the '
                                                       'pseudonymised identifier '
                                                       'produced by the '
                                                       'de-identification step '
                                                       '(hash of the original ID '
                                                       'and the site ID), so it is '
                                                       'not personal data in the '
                                                       'sense of the report policy '
                                                       'and may be named in '
                                                       'findings.'}},
     'comments': ['Column-header names: PatientID, Population and Sex keep the '
                  'spelling of the handbook tables (PatientID must be the first '
                  'column of the clinical table). The other clinical columns have '
                  'no published header; we use snake_case names built from the '
                  'handbook field names (dates end in _date, relative-day '
                  'alternatives in _offset_days), each with aliases for the '
                  'spellings data holders commonly use.',
                  'Imaging and annotation slots are named by their DICOM keyword; '
                  'the correspondence-file columns keep the names the DICOM tags '
                  'extractor and the ETL use (StudyUID, ImagingTimepoint, ...).'],
     'default_prefix': 'minimum',
     'default_range': 'string',
     'description': 'The minimum data a dataset must bring to reach EUCAIM Tier 1: '
                    'the minimum clinical table (one row per subject, first column '
                    'PatientID), with separate record shapes for '
                    'positive/diagnostic cases and for negative screening/control '
                    'subjects; the minimum imaging attributes read from DICOM '
                    'headers (or given as DICOM JSON beside NIfTI); the minimum '
                    'annotation (segmentation) metadata; the imaging-clinical '
                    'correspondence file and the series-description mapping the '
                    'ETL consumes; and the input rules of the ETL. Facts restated '
                    'from the EUCAIM data-preparation chapter and the ETL toolset '
                    "README (see the project's reference notes); names of slots "
                    'without a published column header are ours and are listed in '
                    "each slot's description and aliases.",
     'id': 'https://w3id.org/eucaim-spec/minimum',
     'license': 'Apache-2.0',
     'name': 'eucaim_minimum',
     'prefixes': {'EUCAIM': {'prefix_prefix': 'EUCAIM',
                             'prefix_reference': 'https://cancerimage.eu/ontology/EUCAIM#'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'minimum': {'prefix_prefix': 'minimum',
                              'prefix_reference': 'https://w3id.org/eucaim-spec/minimum/'},
                  'schema': {'prefix_prefix': 'schema',
                             'prefix_reference': 'http://schema.org/'},
                  'shex': {'prefix_prefix': 'shex',
                           'prefix_reference': 'http://www.w3.org/ns/shex#'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'see_also': ['https://github.com/EUCAIM/etl-toolset'],
     'source_file': 'schemas/minimum/minimum.yaml',
     'title': 'EUCAIM Tier-1 minimum data',
     'types': {'boolean': {'base': 'Bool',
                           'description': 'A binary (true or false) value',
                           'exact_mappings': ['schema:Boolean'],
                           'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                           'name': 'boolean',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"boolean".'],
                           'repr': 'bool',
                           'uri': 'xsd:boolean'},
               'curie': {'base': 'Curie',
                         'comments': ['in RDF serializations this MUST be expanded '
                                      'to a URI',
                                      'in non-RDF serializations MAY be serialized '
                                      'as the compact representation'],
                         'conforms_to': 'https://www.w3.org/TR/curie/',
                         'description': 'a compact URI',
                         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                         'name': 'curie',
                         'notes': ['If you are authoring schemas in LinkML YAML, '
                                   'the type is referenced with the lower case '
                                   '"curie".'],
                         'repr': 'str',
                         'uri': 'xsd:string'},
               'date': {'base': 'XSDDate',
                        'description': 'a date (year, month and day) in an '
                                       'idealized calendar',
                        'exact_mappings': ['schema:Date'],
                        'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                        'name': 'date',
                        'notes': ["URI is dateTime because OWL reasoners don't "
                                  'work with straight date or time',
                                  'If you are authoring schemas in LinkML YAML, '
                                  'the type is referenced with the lower case '
                                  '"date".'],
                        'repr': 'str',
                        'uri': 'xsd:date'},
               'date_or_datetime': {'base': 'str',
                                    'description': 'Either a date or a datetime',
                                    'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                                    'name': 'date_or_datetime',
                                    'notes': ['If you are authoring schemas in '
                                              'LinkML YAML, the type is referenced '
                                              'with the lower case '
                                              '"date_or_datetime".'],
                                    'repr': 'str',
                                    'uri': 'linkml:DateOrDatetime'},
               'datetime': {'base': 'XSDDateTime',
                            'description': 'The combination of a date and time',
                            'exact_mappings': ['schema:DateTime'],
                            'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                            'name': 'datetime',
                            'notes': ['If you are authoring schemas in LinkML '
                                      'YAML, the type is referenced with the lower '
                                      'case "datetime".'],
                            'repr': 'str',
                            'uri': 'xsd:dateTime'},
               'decimal': {'base': 'Decimal',
                           'broad_mappings': ['schema:Number'],
                           'description': 'A real number with arbitrary precision '
                                          'that conforms to the xsd:decimal '
                                          'specification',
                           'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                           'name': 'decimal',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"decimal".'],
                           'uri': 'xsd:decimal'},
               'double': {'base': 'float',
                          'close_mappings': ['schema:Float'],
                          'description': 'A real number that conforms to the '
                                         'xsd:double specification',
                          'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                          'name': 'double',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"double".'],
                          'uri': 'xsd:double'},
               'float': {'base': 'float',
                         'description': 'A real number that conforms to the '
                                        'xsd:float specification',
                         'exact_mappings': ['schema:Float'],
                         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                         'name': 'float',
                         'notes': ['If you are authoring schemas in LinkML YAML, '
                                   'the type is referenced with the lower case '
                                   '"float".'],
                         'uri': 'xsd:float'},
               'integer': {'base': 'int',
                           'description': 'An integer',
                           'exact_mappings': ['schema:Integer'],
                           'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                           'name': 'integer',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"integer".'],
                           'uri': 'xsd:integer'},
               'jsonpath': {'base': 'str',
                            'conforms_to': 'https://www.ietf.org/archive/id/draft-goessner-dispatch-jsonpath-00.html',
                            'description': 'A string encoding a JSON Path. The '
                                           'value of the string MUST conform to '
                                           'JSON Point syntax and SHOULD '
                                           'dereference to zero or more valid '
                                           'objects within the current instance '
                                           'document when encoded in tree form.',
                            'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                            'name': 'jsonpath',
                            'notes': ['If you are authoring schemas in LinkML '
                                      'YAML, the type is referenced with the lower '
                                      'case "jsonpath".'],
                            'repr': 'str',
                            'uri': 'xsd:string'},
               'jsonpointer': {'base': 'str',
                               'conforms_to': 'https://datatracker.ietf.org/doc/html/rfc6901',
                               'description': 'A string encoding a JSON Pointer. '
                                              'The value of the string MUST '
                                              'conform to JSON Point syntax and '
                                              'SHOULD dereference to a valid '
                                              'object within the current instance '
                                              'document when encoded in tree form.',
                               'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                               'name': 'jsonpointer',
                               'notes': ['If you are authoring schemas in LinkML '
                                         'YAML, the type is referenced with the '
                                         'lower case "jsonpointer".'],
                               'repr': 'str',
                               'uri': 'xsd:string'},
               'ncname': {'base': 'NCName',
                          'description': 'Prefix part of CURIE',
                          'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                          'name': 'ncname',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"ncname".'],
                          'repr': 'str',
                          'uri': 'xsd:string'},
               'nodeidentifier': {'base': 'NodeIdentifier',
                                  'description': 'A URI, CURIE or BNODE that '
                                                 'represents a node in a model.',
                                  'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                                  'name': 'nodeidentifier',
                                  'notes': ['If you are authoring schemas in '
                                            'LinkML YAML, the type is referenced '
                                            'with the lower case '
                                            '"nodeidentifier".'],
                                  'repr': 'str',
                                  'uri': 'shex:nonLiteral'},
               'objectidentifier': {'base': 'ElementIdentifier',
                                    'comments': ['Used for inheritance and type '
                                                 'checking'],
                                    'description': 'A URI or CURIE that represents '
                                                   'an object in the model.',
                                    'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                                    'name': 'objectidentifier',
                                    'notes': ['If you are authoring schemas in '
                                              'LinkML YAML, the type is referenced '
                                              'with the lower case '
                                              '"objectidentifier".'],
                                    'repr': 'str',
                                    'uri': 'shex:iri'},
               'sparqlpath': {'base': 'str',
                              'conforms_to': 'https://www.w3.org/TR/sparql11-query/#propertypaths',
                              'description': 'A string encoding a SPARQL Property '
                                             'Path. The value of the string MUST '
                                             'conform to SPARQL syntax and SHOULD '
                                             'dereference to zero or more valid '
                                             'objects within the current instance '
                                             'document when encoded as RDF.',
                              'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                              'name': 'sparqlpath',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "sparqlpath".'],
                              'repr': 'str',
                              'uri': 'xsd:string'},
               'string': {'base': 'str',
                          'description': 'A character string',
                          'exact_mappings': ['schema:Text'],
                          'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                          'name': 'string',
                          'notes': ['In RDF serializations, a slot with range of '
                                    'string is treated as a literal or type '
                                    'xsd:string. If you are authoring schemas in '
                                    'LinkML YAML, the type is referenced with the '
                                    'lower case "string".'],
                          'uri': 'xsd:string'},
               'time': {'base': 'XSDTime',
                        'description': 'A time object represents a (local) time of '
                                       'day, independent of any particular day',
                        'exact_mappings': ['schema:Time'],
                        'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                        'name': 'time',
                        'notes': ['URI is dateTime because OWL reasoners do not '
                                  'work with straight date or time',
                                  'If you are authoring schemas in LinkML YAML, '
                                  'the type is referenced with the lower case '
                                  '"time".'],
                        'repr': 'str',
                        'uri': 'xsd:time'},
               'uri': {'base': 'URI',
                       'close_mappings': ['schema:URL'],
                       'comments': ['in RDF serializations a slot with range of '
                                    'uri is treated as a literal or type '
                                    'xsd:anyURI unless it is an identifier or a '
                                    'reference to an identifier, in which case it '
                                    'is translated directly to a node'],
                       'conforms_to': 'https://www.ietf.org/rfc/rfc3987.txt',
                       'description': 'a complete URI',
                       'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                       'name': 'uri',
                       'notes': ['If you are authoring schemas in LinkML YAML, the '
                                 'type is referenced with the lower case "uri".'],
                       'repr': 'str',
                       'uri': 'xsd:anyURI'},
               'uriorcurie': {'base': 'URIorCURIE',
                              'description': 'a URI or a CURIE',
                              'from_schema': 'https://w3id.org/eucaim-spec/minimum',
                              'name': 'uriorcurie',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "uriorcurie".'],
                              'repr': 'str',
                              'uri': 'xsd:anyURI'}}} )

class PopulationEnum(str, Enum):
    """
    Cohort status of a subject (hyper-ontology branch COM1001084 "Population"). In the published ontology this branch holds "Patient with Cancer" (COM1001087) and "Patient with lesion not being a malignant tumor" (COM1001086); both are populations of positive/diagnostic cases.
    """
    COM1001086 = "COM1001086"
    """
    Patient with lesion not being a malignant tumor
    """
    COM1001087 = "COM1001087"
    """
    Patient with Cancer
    """


class NegativeControlPopulationEnum(str, Enum):
    """
    Population values of negative screening and control subjects. The hyper-ontology has these concepts but states no parent for them (no 'Is a' row in any published release), so they cannot be reached from COM1001084; the list is therefore static.
    """
    COM1002626 = "COM1002626"
    """
    Negative screening (subject screened, no finding).
    """
    COM1002625 = "COM1002625"
    """
    Control group.
    """
    COM1002624 = "COM1002624"
    """
    Screening (screened population, outcome given elsewhere).
    """
    COM1000039 = "COM1000039"
    """
    Healthy patient.
    """


class SexEnum(str, Enum):
    """
    Sex assigned at birth (hyper-ontology branch COM1001396). The 2026 release files the current codes Male (COM1001366) and Female (COM1001370) under CLIN1038792 "Finding related to biological sex" instead, and keeps only the deprecated 2025 codes (COM1000180, COM1000177) under COM1001396; both nodes are therefore expanded. The deprecated codes are accepted with a deprecation warning by the vocabulary check, never a violation.
    """
    COM1000177 = "COM1000177"
    """
    FEMALE
    """
    COM1000180 = "COM1000180"
    """
    MALE
    """
    COM1001288 = "COM1001288"
    """
    Unspecified
    """
    COM1001289 = "COM1001289"
    """
    Unknown
    """
    COM1001366 = "COM1001366"
    """
    Male
    """
    COM1001370 = "COM1001370"
    """
    Female
    """
    COM1002760 = "COM1002760"
    """
    Unknown or no information|Not documented in patient record
    """


class TopographyEnum(str, Enum):
    """
    Anatomical location: lesion site for positive cases, examined area for negative/control subjects (hyper-ontology branch BP1000024 "Body structure", which includes the ICD-O-3 topography branch BP1000265).
    """
    BP1000001 = "BP1000001"
    """
    Brain and spinal cord structure
    """
    BP1000002 = "BP1000002"
    """
    Trunk structure
    """
    BP1000003 = "BP1000003"
    """
    Intracranial structure
    """
    BP1000004 = "BP1000004"
    """
    Left basal peripheral zone of prostate
    """
    BP1000005 = "BP1000005"
    """
    Structure of posterior section of prostate
    """
    BP1000006 = "BP1000006"
    """
    Peripheral zone of prostate
    """
    BP1000007 = "BP1000007"
    """
    Small intestine
    """
    BP1000008 = "BP1000008"
    """
    Head and neck
    """
    BP1000009 = "BP1000009"
    """
    Structure of free upper limb
    """
    BP1000010 = "BP1000010"
    """
    Structure of joint region
    """
    BP1000011 = "BP1000011"
    """
    Thoracic segment of trunk
    """
    BP1000012 = "BP1000012"
    """
    Combined site
    """
    BP1000013 = "BP1000013"
    """
    Structure of lung and/or mediastinum
    """
    BP1000014 = "BP1000014"
    """
    Pulmonary structure including vessels and lymphoid tissue
    """
    BP1000015 = "BP1000015"
    """
    Right posteromedial middle peripheral zone of prostate
    """
    BP1000016 = "BP1000016"
    """
    Left posteromedial apical peripheral zone of prostate
    """
    BP1000017 = "BP1000017"
    """
    Apical peripheral zone of prostate
    """
    BP1000018 = "BP1000018"
    """
    Right anterior apical part of transition zone of prostate
    """
    BP1000019 = "BP1000019"
    """
    Structure of femur
    """
    BP1000020 = "BP1000020"
    """
    Foot
    """
    BP1000021 = "BP1000021"
    """
    Prostate
    """
    BP1000022 = "BP1000022"
    """
    Lower body part structure
    """
    BP1000023 = "BP1000023"
    """
    Intra-abdominal digestive structure
    """
    BP1000025 = "BP1000025"
    """
    Heart, mediastinum, and pleura
    """
    BP1000026 = "BP1000026"
    """
    Left posterolateral apical peripheral zone of prostate
    """
    BP1000027 = "BP1000027"
    """
    Right anterior basal peripheral zone of prostate
    """
    BP1000028 = "BP1000028"
    """
    Structure of right half of prostate
    """
    BP1000029 = "BP1000029"
    """
    Structure of long bone of lower limb
    """
    BP1000030 = "BP1000030"
    """
    Structure of organ within abdomen proper cavity
    """
    BP1000031 = "BP1000031"
    """
    Systemic artery of trunk
    """
    BP1000032 = "BP1000032"
    """
    Right thorax structure
    """
    BP1000033 = "BP1000033"
    """
    Structure of breast and/or endocrine system
    """
    BP1000034 = "BP1000034"
    """
    Structure of joint region of lower limb
    """
    BP1000035 = "BP1000035"
    """
    Liver and intrahepatic bile ducts
    """
    BP1000036 = "BP1000036"
    """
    Left anterior middle transition zone of prostate
    """
    BP1000037 = "BP1000037"
    """
    Base of prostate
    """
    BP1000038 = "BP1000038"
    """
    Left posterior middle transition zone of prostate
    """
    BP1000039 = "BP1000039"
    """
    Prostate gland
    """
    BP1000040 = "BP1000040"
    """
    Intra-abdominal proper structure
    """
    BP1000041 = "BP1000041"
    """
    Non-coronary systemic artery structure
    """
    BP1000042 = "BP1000042"
    """
    Shoulder
    """
    BP1000043 = "BP1000043"
    """
    Structure of half of body lateral to midsagittal plane
    """
    BP1000044 = "BP1000044"
    """
    Urinary tract
    """
    BP1000045 = "BP1000045"
    """
    Retroperitoneal compartment structure
    """
    BP1000046 = "BP1000046"
    """
    Right middle anterior fibromuscular stroma of prostate
    """
    BP1000047 = "BP1000047"
    """
    Right posterolateral apical peripheral zone of prostate
    """
    BP1000048 = "BP1000048"
    """
    Upper limb lymph node structure
    """
    BP1000049 = "BP1000049"
    """
    Right middle transition zone of prostate
    """
    BP1000050 = "BP1000050"
    """
    Lung part
    """
    BP1000051 = "BP1000051"
    """
    Brain
    """
    BP1000052 = "BP1000052"
    """
    Structure of left half of body
    """
    BP1000053 = "BP1000053"
    """
    Hip region structure
    """
    BP1000054 = "BP1000054"
    """
    Structure of vertebral region of lumbar part of back
    """
    BP1000055 = "BP1000055"
    """
    Anatomical structure
    """
    BP1000056 = "BP1000056"
    """
    Heart and/or pericardium structure
    """
    BP1000057 = "BP1000057"
    """
    Structure of genitourinary system
    """
    BP1000058 = "BP1000058"
    """
    Right apical anterior fibromuscular stroma of prostate
    """
    BP1000059 = "BP1000059"
    """
    Right anterior basal transition zone of prostate
    """
    BP1000060 = "BP1000060"
    """
    Middle region of prostate
    """
    BP1000061 = "BP1000061"
    """
    Brain stem
    """
    BP1000062 = "BP1000062"
    """
    Structure of pelvic segment of trunk
    """
    BP1000063 = "BP1000063"
    """
    Structure of half of trunk lateral to midsagittal plane
    """
    BP1000064 = "BP1000064"
    """
    Lumbar spine
    """
    BP1000065 = "BP1000065"
    """
    Structure of musculoskeletal system of cervical spine
    """
    BP1000066 = "BP1000066"
    """
    Scalp and/or neck structure
    """
    BP1000067 = "BP1000067"
    """
    Chest
    """
    BP1000068 = "BP1000068"
    """
    Lumbosacral region of spine structure
    """
    BP1000069 = "BP1000069"
    """
    Right anterior middle transition zone of prostate
    """
    BP1000070 = "BP1000070"
    """
    Structure of left half of prostate
    """
    BP1000071 = "BP1000071"
    """
    Basal transition zone of prostate
    """
    BP1000072 = "BP1000072"
    """
    Regional lymph node structure
    """
    BP1000073 = "BP1000073"
    """
    Structure of abdomen proper
    """
    BP1000074 = "BP1000074"
    """
    Structure of ankle and/or foot
    """
    BP1000075 = "BP1000075"
    """
    Heart
    """
    BP1000076 = "BP1000076"
    """
    Structure of half of thorax lateral to midsagittal plane
    """
    BP1000077 = "BP1000077"
    """
    Spine
    """
    BP1000078 = "BP1000078"
    """
    Bone structure of head
    """
    BP1000079 = "BP1000079"
    """
    Right posterior middle transition zone of prostate
    """
    BP1000080 = "BP1000080"
    """
    Right posterolateral basal peripheral zone of prostate
    """
    BP1000081 = "BP1000081"
    """
    Structure of lymphatic system of upper limb
    """
    BP1000082 = "BP1000082"
    """
    Left lateral middle peripheral zone of prostate
    """
    BP1000083 = "BP1000083"
    """
    Extremity part
    """
    BP1000084 = "BP1000084"
    """
    Adrenal gland
    """
    BP1000085 = "BP1000085"
    """
    Uterus
    """
    BP1000086 = "BP1000086"
    """
    Prostatic and/or seminal vesicle structures
    """
    BP1000087 = "BP1000087"
    """
    Cross-sectional abdomen
    """
    BP1000088 = "BP1000088"
    """
    Structure of free lower limb
    """
    BP1000089 = "BP1000089"
    """
    Left anterior basal transition zone of prostate
    """
    BP1000090 = "BP1000090"
    """
    Left apical peripheral zone of prostate
    """
    BP1000091 = "BP1000091"
    """
    Upper extremity part
    """
    BP1000092 = "BP1000092"
    """
    Pelvis
    """
    BP1000093 = "BP1000093"
    """
    Structure of viscus
    """
    BP1000094 = "BP1000094"
    """
    Abdominopelvic cross-sectional segment
    """
    BP1000095 = "BP1000095"
    """
    Structure of musculoskeletal system of thoracic spine
    """
    BP1000096 = "BP1000096"
    """
    Structure of body conduit
    """
    BP1000097 = "BP1000097"
    """
    Upper body part structure
    """
    BP1000098 = "BP1000098"
    """
    Face and/or neck structure
    """
    BP1000099 = "BP1000099"
    """
    Right anterior middle peripheral zone of prostate
    """
    BP1000100 = "BP1000100"
    """
    Transition zone of prostate
    """
    BP1000101 = "BP1000101"
    """
    Middle peripheral zone of prostate
    """
    BP1000102 = "BP1000102"
    """
    Structure of orbital region
    """
    BP1000103 = "BP1000103"
    """
    Organ within abdominopelvic cavity
    """
    BP1000104 = "BP1000104"
    """
    Structure of large artery
    """
    BP1000105 = "BP1000105"
    """
    Liver structure
    """
    BP1000106 = "BP1000106"
    """
    Pectoral region structure
    """
    BP1000107 = "BP1000107"
    """
    Mediastinum
    """
    BP1000108 = "BP1000108"
    """
    Axial skeleton structure
    """
    BP1000109 = "BP1000109"
    """
    Right posteromedial apical peripheral zone of prostate
    """
    BP1000110 = "BP1000110"
    """
    Right apical transition zone of prostate
    """
    BP1000111 = "BP1000111"
    """
    Structure of lobe of lung
    """
    BP1000112 = "BP1000112"
    """
    Knee
    """
    BP1000113 = "BP1000113"
    """
    Lung structure
    """
    BP1000114 = "BP1000114"
    """
    Digestive organ structure
    """
    BP1000115 = "BP1000115"
    """
    Liver and/or biliary structure
    """
    BP1000116 = "BP1000116"
    """
    Body region structure
    """
    BP1000117 = "BP1000117"
    """
    Structure of upper urinary system
    """
    BP1000118 = "BP1000118"
    """
    Middle anterior fibromuscular stroma of prostate
    """
    BP1000119 = "BP1000119"
    """
    Structure of lymphatic system of axilla
    """
    BP1000120 = "BP1000120"
    """
    Head
    """
    BP1000121 = "BP1000121"
    """
    Neck
    """
    BP1000122 = "BP1000122"
    """
    Structure of abdominopelvic organ
    """
    BP1000123 = "BP1000123"
    """
    Intra-abdominopelvic structure
    """
    BP1000124 = "BP1000124"
    """
    Structure of musculoskeletal system of lumbar spine
    """
    BP1000125 = "BP1000125"
    """
    Auricular region structure
    """
    BP1000126 = "BP1000126"
    """
    Cross-sectional thorax
    """
    BP1000127 = "BP1000127"
    """
    Musculoskeletal structure of spine
    """
    BP1000128 = "BP1000128"
    """
    Right posterolateral middle peripheral zone of prostate
    """
    BP1000129 = "BP1000129"
    """
    Right basal transition zone of prostate
    """
    BP1000130 = "BP1000130"
    """
    Rectum structure
    """
    BP1000131 = "BP1000131"
    """
    Basal peripheral zone of prostate
    """
    BP1000132 = "BP1000132"
    """
    Structure of right half of pelvis
    """
    BP1000133 = "BP1000133"
    """
    Structure of subdivision of abdominopelvic compartment
    """
    BP1000134 = "BP1000134"
    """
    Structure of pelvic viscus
    """
    BP1000135 = "BP1000135"
    """
    Skull
    """
    BP1000136 = "BP1000136"
    """
    Breast structure
    """
    BP1000137 = "BP1000137"
    """
    Structure of vertebral region of thoracic part of back
    """
    BP1000138 = "BP1000138"
    """
    Bone and/or joint structure of cranium
    """
    BP1000139 = "BP1000139"
    """
    Right basal anterior fibromuscular stroma of prostate
    """
    BP1000140 = "BP1000140"
    """
    Left apical anterior fibromuscular stroma of prostate
    """
    BP1000141 = "BP1000141"
    """
    Large intestine part
    """
    BP1000142 = "BP1000142"
    """
    Gallbladder
    """
    BP1000143 = "BP1000143"
    """
    Aorta
    """
    BP1000144 = "BP1000144"
    """
    Joint structure of pelvic girdle
    """
    BP1000145 = "BP1000145"
    """
    Entire body region
    """
    BP1000146 = "BP1000146"
    """
    Body system structure
    """
    BP1000147 = "BP1000147"
    """
    Structure of urinary organ
    """
    BP1000148 = "BP1000148"
    """
    Left middle anterior fibromuscular stroma of prostate
    """
    BP1000149 = "BP1000149"
    """
    Glandular zone of prostate
    """
    BP1000150 = "BP1000150"
    """
    Lymph node structure of limb
    """
    BP1000151 = "BP1000151"
    """
    Kidney structure
    """
    BP1000152 = "BP1000152"
    """
    Entire limb
    """
    BP1000153 = "BP1000153"
    """
    Structure of compartment of abdomen
    """
    BP1000154 = "BP1000154"
    """
    Chest, abdomen, and pelvis
    """
    BP1000155 = "BP1000155"
    """
    Ear, nose and throat structure
    """
    BP1000156 = "BP1000156"
    """
    Structure of lateral half of abdomen lateral to midsagittal plane
    """
    BP1000157 = "BP1000157"
    """
    Basal anterior fibromuscular stroma of prostate
    """
    BP1000158 = "BP1000158"
    """
    Axillary lymph node structure
    """
    BP1000159 = "BP1000159"
    """
    Middle transition zone of prostate
    """
    BP1000160 = "BP1000160"
    """
    Region of prostate
    """
    BP1000161 = "BP1000161"
    """
    Pelvis and lower extremities
    """
    BP1000162 = "BP1000162"
    """
    Structure of female genital system in pelvic cavity
    """
    BP1000163 = "BP1000163"
    """
    Ear
    """
    BP1000164 = "BP1000164"
    """
    Lower respiratory tract structure
    """
    BP1000165 = "BP1000165"
    """
    Left breast structure
    """
    BP1000166 = "BP1000166"
    """
    Musculoskeletal structure of sacral spine
    """
    BP1000167 = "BP1000167"
    """
    Left posterolateral middle peripheral zone of prostate
    """
    BP1000168 = "BP1000168"
    """
    Central zone of prostate
    """
    BP1000169 = "BP1000169"
    """
    Structure of right lateral lobe of prostate
    """
    BP1000170 = "BP1000170"
    """
    Colon and rectum
    """
    BP1000171 = "BP1000171"
    """
    Extremity
    """
    BP1000172 = "BP1000172"
    """
    Structure of mammary region
    """
    BP1000173 = "BP1000173"
    """
    Abdomen
    """
    BP1000174 = "BP1000174"
    """
    Structure of peripheral auditory system
    """
    BP1000175 = "BP1000175"
    """
    Structure of lymphatic system
    """
    BP1000176 = "BP1000176"
    """
    Left posterolateral basal peripheral zone of prostate
    """
    BP1000177 = "BP1000177"
    """
    Right basal peripheral zone of prostate
    """
    BP1000178 = "BP1000178"
    """
    Structure of apex of prostate
    """
    BP1000179 = "BP1000179"
    """
    Structure of large intestine
    """
    BP1000180 = "BP1000180"
    """
    Subdivision of intra-abdominopelvic structure
    """
    BP1000181 = "BP1000181"
    """
    Structure of female internal genital organ
    """
    BP1000182 = "BP1000182"
    """
    Structure of vertebral region of cervical part of back
    """
    BP1000183 = "BP1000183"
    """
    Chest and abdomen
    """
    BP1000184 = "BP1000184"
    """
    Biliary tract structure
    """
    BP1000185 = "BP1000185"
    """
    Structure of vertebral column and/or spinal cord
    """
    BP1000186 = "BP1000186"
    """
    Right posterior apical part of transition zone of prostate
    """
    BP1000187 = "BP1000187"
    """
    Apical anterior fibromuscular stroma of prostate
    """
    BP1000188 = "BP1000188"
    """
    Left apical transition zone of prostate
    """
    BP1000189 = "BP1000189"
    """
    Right apical peripheral zone of prostate
    """
    BP1000190 = "BP1000190"
    """
    Pelvic alimentary structure
    """
    BP1000191 = "BP1000191"
    """
    Seminal Vesicles
    """
    BP1000192 = "BP1000192"
    """
    Bronchus and lung
    """
    BP1000193 = "BP1000193"
    """
    Male genital organ structure
    """
    BP1000194 = "BP1000194"
    """
    Thoracic spine
    """
    BP1000195 = "BP1000195"
    """
    Structure of lesser wing of sphenoid bone
    """
    BP1000196 = "BP1000196"
    """
    Right posterior basal transition zone of prostate
    """
    BP1000197 = "BP1000197"
    """
    Left middle transition zone of prostate
    """
    BP1000198 = "BP1000198"
    """
    Bone structure of femur
    """
    BP1000199 = "BP1000199"
    """
    Lumbosacral spine
    """
    BP1000200 = "BP1000200"
    """
    Optic canal
    """
    BP1000201 = "BP1000201"
    """
    Structure of spheroidal joint
    """
    BP1000202 = "BP1000202"
    """
    Structure of lymph node
    """
    BP1000203 = "BP1000203"
    """
    Structure of organ in respiratory system
    """
    BP1000204 = "BP1000204"
    """
    Neck, chest and abdomen
    """
    BP1000205 = "BP1000205"
    """
    Intra-abdominal urinary structure
    """
    BP1000206 = "BP1000206"
    """
    Left basal anterior fibromuscular stroma of prostate
    """
    BP1000207 = "BP1000207"
    """
    Structure of anterior section of prostate
    """
    BP1000208 = "BP1000208"
    """
    Prostate part
    """
    BP1000209 = "BP1000209"
    """
    Pancreas
    """
    BP1000210 = "BP1000210"
    """
    Female genital tract structure
    """
    BP1000211 = "BP1000211"
    """
    Abdomen and Pelvis
    """
    BP1000212 = "BP1000212"
    """
    Body part structure
    """
    BP1000213 = "BP1000213"
    """
    Structure of thoracic cavity and/or content
    """
    BP1000214 = "BP1000214"
    """
    Body organ structure
    """
    BP1000215 = "BP1000215"
    """
    Skull foramen
    """
    BP1000216 = "BP1000216"
    """
    Left anterior middle peripheral zone of prostate
    """
    BP1000217 = "BP1000217"
    """
    Left anterior apical part of transition zone of prostate
    """
    BP1000218 = "BP1000218"
    """
    Right lateral middle peripheral zone of prostate
    """
    BP1000219 = "BP1000219"
    """
    Anorectal structure
    """
    BP1000220 = "BP1000220"
    """
    Arm
    """
    BP1000221 = "BP1000221"
    """
    Uterus and fallopian tubes
    """
    BP1000222 = "BP1000222"
    """
    Structure of organ within cavity of true pelvis
    """
    BP1000223 = "BP1000223"
    """
    Right breast structure
    """
    BP1000224 = "BP1000224"
    """
    Structure of pulmopleural compartment
    """
    BP1000225 = "BP1000225"
    """
    Central zone of left half prostate
    """
    BP1000226 = "BP1000226"
    """
    Left posterior apical part of transition zone of prostate
    """
    BP1000227 = "BP1000227"
    """
    Anterior fibromuscular stroma of prostate
    """
    BP1000228 = "BP1000228"
    """
    Intestinal structure
    """
    BP1000229 = "BP1000229"
    """
    Hip joint
    """
    BP1000230 = "BP1000230"
    """
    Joint structure of lower extremity
    """
    BP1000231 = "BP1000231"
    """
    Eye region structure
    """
    BP1000232 = "BP1000232"
    """
    Structure of thoracic viscus
    """
    BP1000233 = "BP1000233"
    """
    Neck and chest
    """
    BP1000234 = "BP1000234"
    """
    Structure of shoulder girdle region
    """
    BP1000235 = "BP1000235"
    """
    Left anterior basal peripheral zone of prostate
    """
    BP1000236 = "BP1000236"
    """
    Lower bowel structures
    """
    BP1000237 = "BP1000237"
    """
    Orbit structure
    """
    BP1000238 = "BP1000238"
    """
    Cross-sectional pelvis
    """
    BP1000239 = "BP1000239"
    """
    Structure of shoulder and/or upper arm
    """
    BP1000240 = "BP1000240"
    """
    Cervical spine
    """
    BP1000241 = "BP1000241"
    """
    Structure of subregion of trunk
    """
    BP1000242 = "BP1000242"
    """
    Structure of endocrine system
    """
    BP1000243 = "BP1000243"
    """
    Endocrine gland structure
    """
    BP1000244 = "BP1000244"
    """
    Left posteromedial middle peripheral zone of prostate
    """
    BP1000245 = "BP1000245"
    """
    Left posterior basal transition zone of prostate
    """
    BP1000246 = "BP1000246"
    """
    Apical transition zone of prostate
    """
    BP1000247 = "BP1000247"
    """
    Right anterior apical peripheral zone of prostate
    """
    BP1000248 = "BP1000248"
    """
    Intra-pelvic structure of true pelvis
    """
    BP1000249 = "BP1000249"
    """
    Abdomen proper
    """
    BP1000250 = "BP1000250"
    """
    Structure of abdominopelvic viscus
    """
    BP1000251 = "BP1000251"
    """
    Prostate and vas deferens structures
    """
    BP1000252 = "BP1000252"
    """
    Abdominopelvic segment of trunk
    """
    BP1000253 = "BP1000253"
    """
    Structure of posterior arch of pelvic ring
    """
    BP1000254 = "BP1000254"
    """
    Central zone of right half prostate
    """
    BP1000255 = "BP1000255"
    """
    Left basal transition zone of prostate
    """
    BP1000256 = "BP1000256"
    """
    Left anterior apical peripheral zone of prostate
    """
    BP1000257 = "BP1000257"
    """
    Colon structure
    """
    BP1000258 = "BP1000258"
    """
    Sacrum
    """
    BP1000259 = "BP1000259"
    """
    Structure of great blood vessel (organ)
    """
    BP1000260 = "BP1000260"
    """
    Left thorax structure
    """
    BP1000261 = "BP1000261"
    """
    Hepatic flexure of colon
    """
    BP1000262 = "BP1000262"
    """
    Splenic flexure of colon
    """
    BP1000263 = "BP1000263"
    """
    Structure of upper lobe of lung
    """
    BP1000264 = "BP1000264"
    """
    Entire breast
    """
    BP1000265 = "BP1000265"
    """
    ICDO3Topography
    """
    BP1000266 = "BP1000266"
    """
    Topography unknown
    """
    BP1000267 = "BP1000267"
    """
    Female genital organ structure
    """
    BP1000268 = "BP1000268"
    """
    Structure of upper lobe of right lung
    """
    BP1000269 = "BP1000269"
    """
    Structure of upper lobe of left lung
    """
    BP1000270 = "BP1000270"
    """
    Breast, NOS
    """
    BP1000271 = "BP1000271"
    """
    Structure of lower lobe of lung
    """
    BP1000272 = "BP1000272"
    """
    Structure of lower lobe of left lung
    """
    BP1000273 = "BP1000273"
    """
    Structure of lower lobe of right lung
    """
    BP1000274 = "BP1000274"
    """
    Ovary
    """
    BP1000275 = "BP1000275"
    """
    Structure of middle lobe of lung
    """
    BP1000276 = "BP1000276"
    """
    Upper-outer quadrant of breast
    """
    BP1000277 = "BP1000277"
    """
    Structure of middle lobe of right lung
    """
    BP1000278 = "BP1000278"
    """
    Upper-inner quadrant of breast
    """
    BP1000279 = "BP1000279"
    """
    Overlapping lesion of breast
    """
    BP1000280 = "BP1000280"
    """
    Structure of upper back
    """
    BP1000281 = "BP1000281"
    """
    Structure of surface region of upper back
    """
    BP1000282 = "BP1000282"
    """
    Lower-outer quadrant of breast
    """
    BP1000283 = "BP1000283"
    """
    Lower-inner quadrant of breast
    """
    BP1000284 = "BP1000284"
    """
    Central portion of breast
    """
    BP1000285 = "BP1000285"
    """
    Thyroid and/or parathyroid structures
    """
    BP1000286 = "BP1000286"
    """
    Thyroid
    """
    BP1000287 = "BP1000287"
    """
    Thyroid part
    """
    BP1000288 = "BP1000288"
    """
    Entire thyroid gland
    """
    BP1000289 = "BP1000289"
    """
    Upper body structure
    """
    BP1000290 = "BP1000290"
    """
    Cervix uteri
    """
    BP1000291 = "BP1000291"
    """
    Uterus, NOS
    """
    BP1000292 = "BP1000292"
    """
    Entire face and neck
    """
    BP1000293 = "BP1000293"
    """
    Face
    """
    BP1000294 = "BP1000294"
    """
    Uterus, NOS
    """
    BP1000295 = "BP1000295"
    """
    Uterus part
    """
    BP1000296 = "BP1000296"
    """
    Entire uterus
    """
    BP1000298 = "BP1000298"
    """
    Kidney
    """
    BP1000299 = "BP1000299"
    """
    Vagina
    """
    BP1000300 = "BP1000300"
    """
    Vagina, NOS
    """
    BP1000301 = "BP1000301"
    """
    Bladder
    """
    BP1000302 = "BP1000302"
    """
    Stomach
    """
    BP1000303 = "BP1000303"
    """
    Esophagus
    """
    BP1000304 = "BP1000304"
    """
    Meninges
    """
    BP1000305 = "BP1000305"
    """
    Cerebral meninges
    """
    BP1000306 = "BP1000306"
    """
    Meninges, NOS
    """
    BP1000307 = "BP1000307"
    """
    Spinal meninges
    """
    BP1000308 = "BP1000308"
    """
    Connective, subcutaneous and other soft tissues
    """
    BP1000309 = "BP1000309"
    """
    Connective, Subcutaneous and other soft tissues of lower limb and hip
    """
    BP1000324 = "BP1000324"
    """
    Brain, NOS
    """
    BP1000340 = "BP1000340"
    """
    Ovary
    """
    BP1000350 = "BP1000350"
    """
    Temporal lobe
    """
    BP1000351 = "BP1000351"
    """
    Frontal lobe
    """
    BP1000352 = "BP1000352"
    """
    Parietal lobe
    """
    BP1000353 = "BP1000353"
    """
    Ventricle, NOS
    """
    BP1000354 = "BP1000354"
    """
    Occipital lobe
    """
    BP1000355 = "BP1000355"
    """
    Cerebellar white matter structure
    """
    BP1000356 = "BP1000356"
    """
    Structure of white matter of brain
    """
    BP1000357 = "BP1000357"
    """
    Structure of nervous tissue of brain
    """
    BP1000358 = "BP1000358"
    """
    Brain tissue structure
    """
    BP1000359 = "BP1000359"
    """
    Brain part
    """
    BP1000360 = "BP1000360"
    """
    Brain region
    """
    BP1000361 = "BP1000361"
    """
    Structure of half of brain lateral to midsagittal plane
    """
    BP1000362 = "BP1000362"
    """
    Structure of lobe of brain
    """
    BP1000363 = "BP1000363"
    """
    Cerebral lobe structure
    """
    BP1000364 = "BP1000364"
    """
    Insular structure
    """
    BP1000365 = "BP1000365"
    """
    Supratentorial brain
    """
    BP1000366 = "BP1000366"
    """
    Supratentorial brain part
    """
    BP1000367 = "BP1000367"
    """
    Cerebrum
    """
    BP1000368 = "BP1000368"
    """
    Cerebral hemisphere structure
    """
    BP1000369 = "BP1000369"
    """
    Cerebral hemisphere part
    """
    BP1000370 = "BP1000370"
    """
    Insula and opercula structure
    """
    BP1000371 = "BP1000371"
    """
    Infratentorial brain structure
    """
    BP1000372 = "BP1000372"
    """
    Infratentorial brain part
    """
    BP1000373 = "BP1000373"
    """
    Cerebellum
    """
    BP1000374 = "BP1000374"
    """
    Cerebellar part
    """
    BP1000375 = "BP1000375"
    """
    Basal ganglia
    """
    BP1000376 = "BP1000376"
    """
    Thalamus
    """
    BP1000377 = "BP1000377"
    """
    Cerebral white matter structure
    """
    BP1000378 = "BP1000378"
    """
    Corpus callosum
    """
    BP1000379 = "BP1000379"
    """
    Cerebral hemisphere white matter part
    """
    BP1000380 = "BP1000380"
    """
    Internal capsule
    """
    BP1000381 = "BP1000381"
    """
    Structure of cerebral cortex
    """
    BP1000382 = "BP1000382"
    """
    Cerebral cortex part
    """
    BP1000383 = "BP1000383"
    """
    Region of cerebral cortex
    """
    BP1000384 = "BP1000384"
    """
    Structure of cortex of frontal lobe
    """
    BP1000385 = "BP1000385"
    """
    Region of frontal cortex
    """
    BP1000386 = "BP1000386"
    """
    Structure of Broca's area
    """
    BP1000387 = "BP1000387"
    """
    Entire Broca's area
    """
    BP1000388 = "BP1000388"
    """
    Structure of cortex of temporal lobe
    """
    BP1000389 = "BP1000389"
    """
    Structure of cortex of parietal lobe
    """
    BP1000390 = "BP1000390"
    """
    Structure of cortex of occipital lobe
    """
    BP1000391 = "BP1000391"
    """
    Motor cortex
    """
    BP1000392 = "BP1000392"
    """
    Motor area
    """
    BP1000393 = "BP1000393"
    """
    Structure of frontal pole
    """
    BP1000394 = "BP1000394"
    """
    Structure of diencephalon
    """
    BP1000395 = "BP1000395"
    """
    Diencephalon part
    """
    BP1000397 = "BP1000397"
    """
    Hypothalamus
    """
    BP1000398 = "BP1000398"
    """
    Cerebellar peduncle
    """
    BP1000399 = "BP1000399"
    """
    Cerebellar nucleus
    """
    BP1000400 = "BP1000400"
    """
    Vulva
    """
    BP1000401 = "BP1000401"
    """
    Vulval part
    """
    BP1000402 = "BP1000402"
    """
    Entire vulva
    """
    BP1000403 = "BP1000403"
    """
    Structure of musculoskeletal system
    """
    BP1000404 = "BP1000404"
    """
    Skeletal system structure
    """
    BP1000405 = "BP1000405"
    """
    Bronchial structure
    """
    BP1000406 = "BP1000406"
    """
    Structure of cerebral association fiber
    """
    BP100040607 = "BP100040607"
    """
    Body tissue structure
    """
    BP100040608 = "BP100040608"
    """
    Soft tissue
    """
    BP1000407 = "BP1000407"
    """
    Structure of cerebral cingulum
    """
    BP1000408 = "BP1000408"
    """
    Entire cerebral cingulum
    """
    BP1000409 = "BP1000409"
    """
    Lower extremity part
    """
    BP1000410 = "BP1000410"
    """
    Connective, Subcutaneous and other soft tissues of upper limb and shoulder
    """
    BP1000411 = "BP1000411"
    """
    Structure of soft tissues of left upper extremity
    """
    BP1000412 = "BP1000412"
    """
    Structure of soft tissues of right upper extremity
    """
    BP1000413 = "BP1000413"
    """
    Structure of lymph node of right axilla
    """
    BP1000414 = "BP1000414"
    """
    Structure of lymph node of left axilla
    """
    BP1000415 = "BP1000415"
    """
    Structure of Brodmann areas 17 (striate cortex), 18 (parastriate cortex) and 19 (peristriate cortex) of the occipital lobe
    """
    BP1000416 = "BP1000416"
    """
    Area striata structure
    """
    BP1000417 = "BP1000417"
    """
    Head part
    """
    BP1000418 = "BP1000418"
    """
    Structure of subregion of head
    """
    BP1000419 = "BP1000419"
    """
    Occipital region
    """
    BP1000420 = "BP1000420"
    """
    Frontal brain region
    """
    BP1000421 = "BP1000421"
    """
    Temporal brain region
    """
    BP1000422 = "BP1000422"
    """
    Parietal region
    """
    BP1000423 = "BP1000423"
    """
    TZ+CZ
    """
    BP1000424 = "BP1000424"
    """
    PZ+TZ
    """
    BP1000425 = "BP1000425"
    """
    Liver part
    """
    BP1000426 = "BP1000426"
    """
    Lobe of liver
    """
    BP1000427 = "BP1000427"
    """
    Structure of caudate lobe of liver
    """
    BP1000428 = "BP1000428"
    """
    Liver segment
    """
    BP1000429 = "BP1000429"
    """
    Couinaud hepatic segment V
    """
    BP1000430 = "BP1000430"
    """
    Couinaud hepatic segment VI
    """
    BP1000431 = "BP1000431"
    """
    Couinaud hepatic segment VII
    """
    BP1000432 = "BP1000432"
    """
    Couinaud hepatic segment VIII
    """
    BP1000433 = "BP1000433"
    """
    Couinaud liver segment
    """
    BP1000434 = "BP1000434"
    """
    Couinaud hepatic segment IV
    """
    BP1000435 = "BP1000435"
    """
    Couinaud hepatic segment III
    """
    BP1000436 = "BP1000436"
    """
    Couinaud hepatic segment II
    """
    BP1000437 = "BP1000437"
    """
    Liver lobe part
    """
    BP1000438 = "BP1000438"
    """
    Eloquent Brain Areas
    """
    BP1000439 = "BP1000439"
    """
    Region of temporal cortex
    """
    BP1000440 = "BP1000440"
    """
    Wernicke's area
    """
    BP1000441 = "BP1000441"
    """
    Brain Deep White Matter Structure
    """
    CLIN1063267 = "CLIN1063267"
    """
    Structure of bone organ
    """
    CLIN1063269 = "CLIN1063269"
    """
    Bone marrow structure
    """
    CLIN1063272 = "CLIN1063272"
    """
    Structure of nervous system
    """
    CLIN1063276 = "CLIN1063276"
    """
    Colon part
    """
    CLIN1063281 = "CLIN1063281"
    """
    Region of colon
    """
    CLIN1063287 = "CLIN1063287"
    """
    Left colon structure
    """
    CLIN1063294 = "CLIN1063294"
    """
    Descending colon structure
    """
    CLIN1063302 = "CLIN1063302"
    """
    Region of large intestine
    """
    CLIN1063311 = "CLIN1063311"
    """
    Structure of cecum and/or colon and/or rectum
    """
    CLIN1063321 = "CLIN1063321"
    """
    Cecum structure
    """
    CLIN1063332 = "CLIN1063332"
    """
    Structure of skin and/or surface epithelium
    """
    CLIN1063344 = "CLIN1063344"
    """
    Skin structure
    """
    CLIN1063357 = "CLIN1063357"
    """
    Right colon structure
    """
    CLIN1063371 = "CLIN1063371"
    """
    Ascending colon structure
    """
    CLIN1063384 = "CLIN1063384"
    """
    Splenic flexure
    """
    CLIN1063385 = "CLIN1063385"
    """
    Hepatic flexure
    """
    CLIN1063386 = "CLIN1063386"
    """
    Structure of right colic flexure
    """
    CLIN1063402 = "CLIN1063402"
    """
    Structure of left colic flexure
    """
    CLIN1063419 = "CLIN1063419"
    """
    Structure of digestive system
    """
    CLIN1063437 = "CLIN1063437"
    """
    Digestive tract structure
    """
    CLIN1063456 = "CLIN1063456"
    """
    Digestive tract part
    """
    CLIN1063476 = "CLIN1063476"
    """
    Gastrointestinal tract structure
    """
    CLIN1063497 = "CLIN1063497"
    """
    Bone structure
    """
    CLIN1063519 = "CLIN1063519"
    """
    Structure of skin and/or mucous membrane
    """
    CLIN1063613 = "CLIN1063613"
    """
    Transverse colon structure
    """
    CLIN1063615 = "CLIN1063615"
    """
    Perineal structure
    """
    CLIN1063618 = "CLIN1063618"
    """
    Anal region structure
    """
    CLIN1063622 = "CLIN1063622"
    """
    Anal structure
    """
    CLIN1063627 = "CLIN1063627"
    """
    Sigmoid colon structure
    """
    CLIN1063633 = "CLIN1063633"
    """
    Breast part
    """
    CLIN1063640 = "CLIN1063640"
    """
    Axillary lymph node group
    """
    CLIN1063648 = "CLIN1063648"
    """
    Entire colon
    """
    CLIN1063722 = "CLIN1063722"
    """
    Colon
    """
    CLIN1063724 = "CLIN1063724"
    """
    Rectum
    """
    CLIN1063727 = "CLIN1063727"
    """
    Breast
    """
    CLIN1063728 = "CLIN1063728"
    """
    Liver
    """
    CLIN1063731 = "CLIN1063731"
    """
    Cecum
    """
    CLIN1063736 = "CLIN1063736"
    """
    Ascending colon
    """
    CLIN1063742 = "CLIN1063742"
    """
    Transverse colon
    """
    CLIN1063749 = "CLIN1063749"
    """
    Descending colon
    """
    CLIN1063757 = "CLIN1063757"
    """
    Sigmoid colon
    """
    CLIN1063766 = "CLIN1063766"
    """
    Colon, NOS
    """
    CLIN1063776 = "CLIN1063776"
    """
    Rectum, NOS
    """
    CLIN1063787 = "CLIN1063787"
    """
    Lung, NOS
    """


class LateralityEnum(str, Enum):
    """
    Side of the lesion. The hyper-ontology concept IMG1016305 "Laterality" has no stated subclasses, so the laterality concepts of the same block are listed here.
    """
    IMG1016670 = "IMG1016670"
    """
    Left.
    """
    IMG1016682 = "IMG1016682"
    """
    Right.
    """
    IMG1016659 = "IMG1016659"
    """
    Bilateral.
    """
    IMG1016695 = "IMG1016695"
    """
    Unilateral (side not stated).
    """


class TreatmentTypeEnum(str, Enum):
    """
    Type of treatment received: hyper-ontology branches CLIN1010523 "Therapeutic procedure" (radiotherapy, drug therapy, chemotherapy, immunotherapy, hormone therapy, ...) and CLIN1004413 "Surgical procedure" (surgery is not under CLIN1010523 in the published hierarchy).
    """
    CLIN1000242 = "CLIN1000242"
    """
    Abdomen excision
    """
    CLIN1000248 = "CLIN1000248"
    """
    Prostatectomy
    """
    CLIN1003630 = "CLIN1003630"
    """
    Endoscopic procedure
    """
    CLIN1003713 = "CLIN1003713"
    """
    Endoscopic operation
    """
    CLIN1004413 = "CLIN1004413"
    """
    Surgical procedure
    """
    CLIN1004505 = "CLIN1004505"
    """
    Surgical removal
    """
    CLIN1004598 = "CLIN1004598"
    """
    Excision
    """
    CLIN1004692 = "CLIN1004692"
    """
    Complete excision
    """
    CLIN1004693 = "CLIN1004693"
    """
    Radical mastectomy
    """
    CLIN1004787 = "CLIN1004787"
    """
    Trunk excision
    """
    CLIN1004883 = "CLIN1004883"
    """
    Excision of abdominal lymph node
    """
    CLIN1004980 = "CLIN1004980"
    """
    Excision of pelvic lymph node
    """
    CLIN1005078 = "CLIN1005078"
    """
    Excision of pelvis
    """
    CLIN1005177 = "CLIN1005177"
    """
    Removal of entire genital organ
    """
    CLIN1005277 = "CLIN1005277"
    """
    External beam radiation therapy procedure
    """
    CLIN1005278 = "CLIN1005278"
    """
    External radiation therapy using superficial radiation
    """
    CLIN1005378 = "CLIN1005378"
    """
    Stereotactic radiotherapy
    """
    CLIN1010523 = "CLIN1010523"
    """
    Therapeutic procedure
    """
    CLIN1012630 = "CLIN1012630"
    """
    Open prostatectomy
    """
    CLIN1012947 = "CLIN1012947"
    """
    Radiation Therapy (Procedure)
    """
    CLIN1013107 = "CLIN1013107"
    """
    Radiation Therapy _ Male Reproductive System (Procedure)
    """
    CLIN1013268 = "CLIN1013268"
    """
    Radiation Therapy, Male Reproductive System, Brachytherapy
    """
    CLIN1014088 = "CLIN1014088"
    """
    Destructive procedure
    """
    CLIN1014255 = "CLIN1014255"
    """
    Operations by approach
    """
    CLIN1014423 = "CLIN1014423"
    """
    Surgical Procedures on the Male Genital System
    """
    CLIN1014592 = "CLIN1014592"
    """
    Surgical Procedures on the Prostate
    """
    CLIN1014762 = "CLIN1014762"
    """
    Drug therapy
    """
    CLIN1014933 = "CLIN1014933"
    """
    Radiotherapy
    """
    CLIN1014934 = "CLIN1014934"
    """
    Radiotherapy to thorax
    """
    CLIN1014935 = "CLIN1014935"
    """
    Radiotherapy to breast
    """
    CLIN1015948 = "CLIN1015948"
    """
    Conformal radiotherapy
    """
    CLIN1016082 = "CLIN1016082"
    """
    Hormone therapy
    """
    CLIN1016193 = "CLIN1016193"
    """
    Laparoscopic prostatectomy
    """
    CLIN1016442 = "CLIN1016442"
    """
    Radical prostatectomy
    """
    CLIN1016487 = "CLIN1016487"
    """
    Retropubic prostatectomy
    """
    CLIN1018378 = "CLIN1018378"
    """
    Block dissection of pelvic lymph nodes
    """
    CLIN1019457 = "CLIN1019457"
    """
    Laparoscopic procedure
    """
    CLIN1019547 = "CLIN1019547"
    """
    Laparoscopic Procedures on the Prostate
    """
    CLIN1020502 = "CLIN1020502"
    """
    Perineal prostatectomy
    """
    CLIN1020603 = "CLIN1020603"
    """
    Radiation Therapy _ Male Reproductive System _ Brachytherapy _ Prostate
    """
    CLIN1020705 = "CLIN1020705"
    """
    Radiation Therapy, Male Reproductive System, Beam Radiation
    """
    CLIN1021017 = "CLIN1021017"
    """
    Robotic assisted surgery
    """
    CLIN1021230 = "CLIN1021230"
    """
    Stereotactic radiation therapy using megavoltage radiation
    """
    CLIN1022437 = "CLIN1022437"
    """
    Androgen deprivation therapy
    """
    CLIN1023277 = "CLIN1023277"
    """
    Intensity modulated radiation therapy
    """
    CLIN1023400 = "CLIN1023400"
    """
    Laparoscopy, surgical prostatectomy, retropubic radical, including nerve sparing, includes robotic assistance, when performed
    """
    CLIN1024148 = "CLIN1024148"
    """
    Laparoscopic radical prostatectomy
    """
    CLIN1024528 = "CLIN1024528"
    """
    Chemotherapy
    """
    CLIN1024529 = "CLIN1024529"
    """
    Neoadjuvant chemotherapy
    """
    CLIN1027333 = "CLIN1027333"
    """
    Pelvic lymphadenectomy
    """
    CLIN1028468 = "CLIN1028468"
    """
    3D CRT three dimensional conformal radiation therapy
    """
    CLIN1029448 = "CLIN1029448"
    """
    Hypofractionated stereotactic radiotherapy using megavoltage radiation
    """
    CLIN1030358 = "CLIN1030358"
    """
    Radical Perineal prostatectomy
    """
    CLIN1030492 = "CLIN1030492"
    """
    Radical Retropubic prostatectomy
    """
    CLIN1030763 = "CLIN1030763"
    """
    Robot assisted laparoscopic radical prostatectomy
    """
    CLIN1033199 = "CLIN1033199"
    """
    Radiation Therapy _ Male Reproductive System _ Beam Radiation _ Prostate Display label: Beam Radiation of Prostate
    """
    CLIN1033203 = "CLIN1033203"
    """
    Radiation Therapy _ Male Reproductive System _ Brachytherapy _ Prostate _ High Dose Rate (HDR) (Display label: Brachytherapy of Prostate - High Dose Rate)
    """
    CLIN1033208 = "CLIN1033208"
    """
    Radiation Therapy _ Male Reproductive System _ Brachytherapy _ Prostate _ Low Dose Rate (LDR) (Display label: Brachytherapy of Prostate - Low Dose Rate)
    """
    CLIN1034145 = "CLIN1034145"
    """
    Interventional procedure
    """
    CLIN1034200 = "CLIN1034200"
    """
    Pharmacotherapy
    """
    CLIN1034214 = "CLIN1034214"
    """
    Chemotherapy Regimen
    """
    CLIN1034229 = "CLIN1034229"
    """
    Medical therapy
    """
    CLIN1034262 = "CLIN1034262"
    """
    Immunotherapy for cancer
    """
    CLIN1034340 = "CLIN1034340"
    """
    Management of drug regimen
    """
    CLIN1034362 = "CLIN1034362"
    """
    Pharmacological assessment
    """
    CLIN1034385 = "CLIN1034385"
    """
    Medication Review
    """
    CLIN1034672 = "CLIN1034672"
    """
    Excision of breast
    """
    CLIN1035091 = "CLIN1035091"
    """
    Combined chemotherapy and radiation therapy
    """
    CLIN1035100 = "CLIN1035100"
    """
    Antineoplastic chemoimmunotherapy
    """
    CLIN1035110 = "CLIN1035110"
    """
    Radiation therapy care
    """
    CLIN1035111 = "CLIN1035111"
    """
    Radiation therapy course of treatment
    """
    CLIN1035121 = "CLIN1035121"
    """
    Targeted medication therapy review
    """
    CLIN1035133 = "CLIN1035133"
    """
    Immunological therapy
    """
    CLIN1035175 = "CLIN1035175"
    """
    Hormone replacement therapy
    """
    CLIN1035191 = "CLIN1035191"
    """
    Chemotherapy cycle
    """
    CLIN1049098 = "CLIN1049098"
    """
    Neoadjuvant antineoplastic therapy
    """
    CLIN1050995 = "CLIN1050995"
    """
    Lymphatic system excision
    """
    CLIN1050997 = "CLIN1050997"
    """
    Immune system excision
    """
    CLIN1051000 = "CLIN1051000"
    """
    Radiation therapy procedure or service
    """
    CLIN1051004 = "CLIN1051004"
    """
    Excision of lymph node
    """
    CLIN1051875 = "CLIN1051875"
    """
    Immune system surgical procedure
    """
    CLIN1056701 = "CLIN1056701"
    """
    Surgical repair
    """
    CLIN1056703 = "CLIN1056703"
    """
    Construction
    """
    CLIN1056706 = "CLIN1056706"
    """
    Construction of anastomosis
    """
    CLIN1056710 = "CLIN1056710"
    """
    Gastrointestinal and digestive anastomosis
    """
    CLIN1056715 = "CLIN1056715"
    """
    Gastrointestinal anastomosis procedure
    """
    CLIN1056721 = "CLIN1056721"
    """
    Anastomosis of intestine
    """
    CLIN1056728 = "CLIN1056728"
    """
    Enterectomy with anastomosis
    """
    CLIN1056736 = "CLIN1056736"
    """
    Anastomosis of intestine to anus
    """
    CLIN1056745 = "CLIN1056745"
    """
    Anastomosis of intestine, large-to-anus
    """
    CLIN1056755 = "CLIN1056755"
    """
    Abdominoperineal pull-through procedure
    """
    CLIN1056805 = "CLIN1056805"
    """
    Destructive procedure by anatomic site
    """
    CLIN1056820 = "CLIN1056820"
    """
    Radical excision
    """
    CLIN1056836 = "CLIN1056836"
    """
    Reexcision
    """
    CLIN1056853 = "CLIN1056853"
    """
    Excision of lung or bronchus
    """
    CLIN1056871 = "CLIN1056871"
    """
    Excision of regional lymph nodes
    """
    CLIN1056890 = "CLIN1056890"
    """
    Excision of axillary lymph node
    """
    CLIN1056910 = "CLIN1056910"
    """
    Excision of axillary lymph nodes group
    """
    CLIN1056931 = "CLIN1056931"
    """
    Partial mastectomy
    """
    CLIN1056953 = "CLIN1056953"
    """
    Excision of breast tissue
    """
    CLIN1057025 = "CLIN1057025"
    """
    Excision of colon
    """
    CLIN1057051 = "CLIN1057051"
    """
    Partial resection of colon
    """
    CLIN1057078 = "CLIN1057078"
    """
    Excision of group of lymph nodes
    """
    CLIN1057106 = "CLIN1057106"
    """
    Excision of intestinal structure
    """
    CLIN1057135 = "CLIN1057135"
    """
    Excision of lesion of breast
    """
    CLIN1057165 = "CLIN1057165"
    """
    Excision of mass of breast
    """
    CLIN1057196 = "CLIN1057196"
    """
    Large intestine excision
    """
    CLIN1057228 = "CLIN1057228"
    """
    Excision of lesion of large intestine
    """
    CLIN1057261 = "CLIN1057261"
    """
    Excision of lesion of rectum
    """
    CLIN1057295 = "CLIN1057295"
    """
    Excision of polyp of large intestine
    """
    CLIN1057330 = "CLIN1057330"
    """
    Excision of lesion of rectum by transanal approach
    """
    CLIN1057366 = "CLIN1057366"
    """
    Excision of mass
    """
    CLIN1057403 = "CLIN1057403"
    """
    Excision of neoplasm
    """
    CLIN1057441 = "CLIN1057441"
    """
    Excision of malignant neoplasm
    """
    CLIN1057480 = "CLIN1057480"
    """
    Excision of malignant lesion of trunk
    """
    CLIN1057520 = "CLIN1057520"
    """
    Excision of mass of pelvic region
    """
    CLIN1057561 = "CLIN1057561"
    """
    Resection of rectum
    """
    CLIN1057603 = "CLIN1057603"
    """
    Excision of rectum by transanal approach
    """
    CLIN1057646 = "CLIN1057646"
    """
    External beam radiation therapy using electrons
    """
    CLIN1057876 = "CLIN1057876"
    """
    Operation on respiratory tract
    """
    CLIN1057925 = "CLIN1057925"
    """
    Operation on lower respiratory tract
    """
    CLIN1058078 = "CLIN1058078"
    """
    Anterior resection of rectum
    """
    CLIN1058131 = "CLIN1058131"
    """
    Partial excision of large intestine
    """
    CLIN1058411 = "CLIN1058411"
    """
    Hypofractionated radiation therapy
    """
    CLIN1058780 = "CLIN1058780"
    """
    Radionuclide therapy
    """
    CLIN1058845 = "CLIN1058845"
    """
    Brachytherapy
    """
    CLIN1058846 = "CLIN1058846"
    """
    High dose rate brachytherapy
    """
    CLIN1058847 = "CLIN1058847"
    """
    Low dose rate brachytherapy
    """
    CLIN1058911 = "CLIN1058911"
    """
    Resection of polyp
    """
    CLIN1059046 = "CLIN1059046"
    """
    Thorax excision
    """
    CLIN1060272 = "CLIN1060272"
    """
    Low anterior resection of rectum
    """
    CLIN1060277 = "CLIN1060277"
    """
    Total colectomy
    """
    CLIN1060281 = "CLIN1060281"
    """
    Sigmoid colectomy
    """
    CLIN1060286 = "CLIN1060286"
    """
    Transverse colectomy
    """
    CLIN1060292 = "CLIN1060292"
    """
    Left colectomy
    """
    CLIN1060299 = "CLIN1060299"
    """
    Right colectomy
    """
    CLIN1060307 = "CLIN1060307"
    """
    IOERT - intraoperative electron radiotherapy
    """
    CLIN1060316 = "CLIN1060316"
    """
    Lumpectomy of breast
    """
    CLIN1060326 = "CLIN1060326"
    """
    Local excision
    """
    CLIN1060337 = "CLIN1060337"
    """
    Re-excision of breast for clearance of tumor margins
    """
    CLIN1060349 = "CLIN1060349"
    """
    Subcutaneous mastectomy
    """
    CLIN1060362 = "CLIN1060362"
    """
    Simple mastectomy
    """
    CLIN1060376 = "CLIN1060376"
    """
    Rectal polypectomy
    """
    CLIN1060391 = "CLIN1060391"
    """
    Excision of malignant tumor of rectum by transanal approach
    """
    CLIN1060407 = "CLIN1060407"
    """
    Proctectomy and anastomosis of colon to anus
    """
    CLIN1060424 = "CLIN1060424"
    """
    Abdominoperineal resection
    """
    CLIN1060442 = "CLIN1060442"
    """
    Lung excision
    """
    CLIN1060502 = "CLIN1060502"
    """
    Level 1 axillary clearance of lymph nodes
    """
    CLIN1060524 = "CLIN1060524"
    """
    Level 2 axillary clearance of lymph nodes
    """
    CLIN1060547 = "CLIN1060547"
    """
    Level 3 axillary clearance of lymph nodes
    """
    CLIN1060649 = "CLIN1060649"
    """
    Pre-operative chemotherapy
    """
    CLIN1060677 = "CLIN1060677"
    """
    Postoperative chemotherapy
    """
    CLIN1060706 = "CLIN1060706"
    """
    Modified radical mastectomy
    """
    CLIN1060736 = "CLIN1060736"
    """
    Brachytherapy of breast
    """
    CLIN1060799 = "CLIN1060799"
    """
    Hypofractionated whole breast radiation therapy
    """
    CLIN1060832 = "CLIN1060832"
    """
    Radiochemotherapy via intravenous route
    """


class SegmentAlgorithmTypeEnum(str, Enum):
    """
    DICOM Segment Algorithm Type (0062,0008) defined terms.
    """
    MANUAL = "MANUAL"
    """
    Segmented by hand, without algorithmic support.
    """
    SEMIAUTOMATIC = "SEMIAUTOMATIC"
    """
    Segmented with an algorithm whose result a person edited or steered.
    """
    AUTOMATIC = "AUTOMATIC"
    """
    Segmented by an algorithm alone.
    """


class EpisodeEnum(str, Enum):
    """
    Clinical episode an imaging study belongs to, as written in the Episode column of the imaging-clinical correspondence file. Values must match the episode tab names of the mapping template (Diagnosis belongs to the overarching episode).
    """
    Diagnosis = "Diagnosis"
    """
    Imaging done for the diagnosis (overarching episode).
    """
    Treatment = "Treatment"
    """
    Imaging during or after a treatment episode.
    """
    Progression = "Progression"
    """
    Imaging of a progression episode.
    """
    Relapse = "Relapse"
    """
    Imaging of a relapse episode.
    """
    Remission = "Remission"
    """
    Imaging during remission.
    """
    Active_Surveillance = "Active Surveillance"
    """
    Imaging during active surveillance.
    """


class EpisodeKind(str, Enum):
    """
    Kinds of tab of the clinical mapping template (one tab per episode, in chronological order). The annotation template_sheet gives the tab name; "{n}" stands for the running number of a repeated episode (Treatment 1, Treatment 2, ...).
    """
    Overarching_Episode = "Overarching Episode"
    """
    The whole course of the patient from diagnosis to death or last contact; all diagnosis data go here.
    """
    Treatment = "Treatment"
    """
    One treatment episode.
    """
    Progression = "Progression"
    """
    A progression episode.
    """
    Relapse = "Relapse"
    """
    A relapse episode.
    """
    Remission = "Remission"
    """
    A remission episode.
    """
    Active_Surveillance = "Active Surveillance"
    """
    An active-surveillance episode.
    """


class HeaderPolicyEnum(str, Enum):
    """
    How the ETL compares the header of an input file with the agreed sample.
    """
    exact_sample = "exact_sample"
    """
    The header must be exactly the header of the sample file given when the mapping was built.
    """
    case_insensitive = "case_insensitive"
    """
    Column names are compared ignoring case (the ETL does this for the imaging-timepoints file).
    """



class MinimumClinicalRecord(ConfiguredBaseModel):
    """
    One row of the minimum clinical table: what every subject has, whatever its population. PatientID is the first column.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'abstract': True,
         'annotations': {'table_first_column': {'tag': 'table_first_column',
                                                'value': 'PatientID'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum'})

    PatientID: str = Field(default=..., description="""Pseudonymised patient identifier. Must be the first column of the minimum clinical table and hold exactly the value of DICOM Patient ID (0010,0020) of the subject's images, so that images and clinical data link (Tier 1 requirement T1-2). It is the hash produced by the de-identification step, not the hospital identifier.""", json_schema_extra = { "linkml_meta": {'aliases': ['Patient ID', 'patient_id', 'PatientId'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0010,0020)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'linkage_rules': {'tag': 'linkage_rules',
                                           'value': 'minimum.linkage.clinical_without_images '
                                                    'minimum.linkage.images_without_clinical'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'personal_data': {'tag': 'personal_data', 'value': False},
                         'pseudonymised': {'tag': 'pseudonymised', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord',
                       'MinimumImagingAttributes',
                       'ImagingClinicalCorrespondence'],
         'examples': [{'value': 'X123456'}]} })
    Population: PopulationEnum = Field(default=..., description="""Cohort status of the subject (positive case, negative screening, control, ...).""", json_schema_extra = { "linkml_meta": {'aliases': ['population', 'Cohort'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord'],
         'examples': [{'description': 'Patient with Cancer', 'value': 'COM1001087'}]} })
    Sex: SexEnum = Field(default=..., description="""Sex assigned at birth, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'aliases': ['sex', 'BirthSex', 'birth_sex', 'Gender'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord'],
         'examples': [{'description': 'Female', 'value': 'COM1001370'}]} })

    @field_validator('PatientID')
    def pattern_PatientID(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid PatientID format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid PatientID format: {v}"
            raise ValueError(err_msg)
        return v


class PositiveCaseRecord(MinimumClinicalRecord):
    """
    Minimum clinical data of a positive or diagnostic case (a subject with a lesion, malignant or not). Each date may be replaced by its relative-days alternative when dates were removed by anonymisation.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'population_kind': {'tag': 'population_kind',
                                             'value': 'positive'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'rules': [{'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.clinical.radiological_detection_date_or_offset'}},
                    'description': 'The date of radiological detection, or its '
                                   'relative-days alternative, must be given '
                                   '(mandatory if available: a warning when both are '
                                   'absent).',
                    'postconditions': {'slot_conditions': {'radiological_detection_offset_days': {'name': 'radiological_detection_offset_days',
                                                                                                  'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'radiological_detection_date': {'name': 'radiological_detection_date',
                                                                                          'value_presence': 'ABSENT'}}}},
                   {'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.clinical.pathology_confirmation_date_or_offset'}},
                    'description': 'The date of pathology confirmation (diagnosis), or '
                                   'its relative-days alternative, must be given '
                                   '(mandatory if available).',
                    'postconditions': {'slot_conditions': {'pathology_confirmation_offset_days': {'name': 'pathology_confirmation_offset_days',
                                                                                                  'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'pathology_confirmation_date': {'name': 'pathology_confirmation_date',
                                                                                          'value_presence': 'ABSENT'}}}},
                   {'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.clinical.first_treatment_date_or_offset'}},
                    'description': 'The date of first treatment, or its relative-days '
                                   'alternative, must be given (mandatory if '
                                   'available).',
                    'postconditions': {'slot_conditions': {'first_treatment_offset_days': {'name': 'first_treatment_offset_days',
                                                                                           'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'first_treatment_date': {'name': 'first_treatment_date',
                                                                                   'value_presence': 'ABSENT'}}}}],
         'slot_usage': {'Population': {'name': 'Population', 'range': 'PopulationEnum'},
                        'age_at_diagnosis': {'name': 'age_at_diagnosis',
                                             'required': True},
                        'topography_organ': {'description': 'Organ of the lesion.',
                                             'name': 'topography_organ'}},
         'unique_keys': {'patient_key': {'unique_key_name': 'patient_key',
                                         'unique_key_slots': ['PatientID']}}})

    radiological_detection_date: Optional[date] = Field(default=None, description="""Date the lesion was first detected on imaging (YYYY-MM-DD).""", json_schema_extra = { "linkml_meta": {'aliases': ['Date of radiological detection',
                     'RadiologicalDetectionDate',
                     'detection_date'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': '2024-01-01'}]} })
    radiological_detection_offset_days: Optional[int] = Field(default=None, description="""Alternative to radiological_detection_date when the date is missing or was removed by anonymisation: signed number of days from the baseline timepoint named in offset_baseline.""", json_schema_extra = { "linkml_meta": {'aliases': ['RadiologicalDetectionOffsetDays',
                     'radiological_detection_offset'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': '-31'}],
         'unit': {'ucum_code': 'd'}} })
    pathology_confirmation_date: Optional[date] = Field(default=None, description="""Date of the histological confirmation of the lesion, which is the date of diagnosis (YYYY-MM-DD).""", json_schema_extra = { "linkml_meta": {'aliases': ['Date of pathology confirmation',
                     'PathologyConfirmationDate',
                     'diagnosis_date',
                     'DateOfDiagnosis'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': '2024-02-01'}]} })
    pathology_confirmation_offset_days: Optional[int] = Field(default=None, description="""Alternative to pathology_confirmation_date: signed number of days from the baseline timepoint named in offset_baseline (0 when the baseline is the diagnosis itself).""", json_schema_extra = { "linkml_meta": {'aliases': ['PathologyConfirmationOffsetDays', 'diagnosis_offset_days'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': '0'}],
         'unit': {'ucum_code': 'd'}} })
    age_at_diagnosis: Decimal = Field(default=..., description="""Age of the subject when the lesion was confirmed, in years with at most one decimal.""", ge=0, le=130, json_schema_extra = { "linkml_meta": {'aliases': ['Age at diagnosis', 'AgeAtDiagnosis', 'age_diagnosis'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'comments': ['The pattern (one decimal at most) applies to the value as '
                      'written in the table; engines that read the value as a number '
                      '(pydantic, JSON Schema) cannot see it, the SQL engine checks '
                      'the text.'],
         'domain_of': ['PositiveCaseRecord', 'MinimumImagingAttributes'],
         'examples': [{'value': '45.5'}],
         'unit': {'ucum_code': 'a'}} })
    pathology_confirmation_method: Optional[str] = Field(default=None, description="""How the pathology was confirmed (e.g. biopsy, cytology, surgical specimen). The hyper-ontology has no single branch for confirmation methods, so the value is a hyper-ontology code or term chosen by the data holder (e.g. CLIN1001712 Biopsy, CLIN1034154 Histologic test, CLIN1034155 Cytologic test).""", json_schema_extra = { "linkml_meta": {'aliases': ['Pathology confirmation method',
                     'PathologyConfirmationMethod',
                     'confirmation_method'],
         'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'description': 'Biopsy', 'value': 'CLIN1001712'}]} })
    topography_organ: TopographyEnum = Field(default=..., description="""Organ of the lesion.""", json_schema_extra = { "linkml_meta": {'aliases': ['Topography', 'topography', 'Organ', 'TopographyOrgan'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M-organ'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord', 'NegativeControlRecord'],
         'examples': [{'description': 'Lung structure', 'value': 'BP1000113'}]} })
    topography_region: Optional[TopographyEnum] = Field(default=None, description="""Region within the organ (the organ level alone is mandatory).""", json_schema_extra = { "linkml_meta": {'aliases': ['TopographyRegion', 'Region'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'description': 'Peripheral zone of prostate',
                       'value': 'BP1000006'}]} })
    topography_laterality: Optional[LateralityEnum] = Field(default=None, description="""Side of the lesion (the organ level alone is mandatory).""", json_schema_extra = { "linkml_meta": {'aliases': ['TopographyLaterality', 'Laterality', 'laterality'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'description': 'Left', 'value': 'IMG1016670'}]} })
    pathology: Optional[str] = Field(default=None, description="""Histology and subtype of the lesion. An ICD-O-3 morphology code (e.g. 8140/3) is preferred when available; otherwise a hyper-ontology code (its ICD-O-3 branches are CLIN1049526 \"ICDO3Morphology\" and CLIN1031178 \"ICDO3Tumor\") or the term used by the data holder.""", json_schema_extra = { "linkml_meta": {'aliases': ['Pathology', 'Histology', 'PathologyICDO3'],
         'annotations': {'code_system': {'tag': 'code_system',
                                         'value': 'ICD-O-3 (preferred) or EUCAIM'},
                         'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'description': 'Adenocarcinoma, NOS', 'value': '8140/3'}]} })
    imaging_procedure_protocol: Optional[str] = Field(default=None, description="""Protocol of the diagnostic imaging procedure (free text or code), e.g. CT thorax with contrast.""", json_schema_extra = { "linkml_meta": {'aliases': ['Imaging procedure protocol',
                     'ImagingProcedureProtocol',
                     'imaging_protocol'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': 'CT thorax with contrast'}]} })
    treatment: Optional[list[TreatmentTypeEnum]] = Field(default=None, description="""Treatment type(s) received, as hyper-ontology codes. Several values in one cell are separated by the multivalue separator of the ETL input profile (\"|\" unless announced otherwise).""", json_schema_extra = { "linkml_meta": {'aliases': ['Treatment', 'TreatmentType', 'treatment_type'],
         'annotations': {'list_separator': {'tag': 'list_separator', 'value': '|'},
                         'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'description': 'Chemotherapy', 'value': 'CLIN1024528'}]} })
    first_treatment_date: Optional[date] = Field(default=None, description="""Date the first treatment started (YYYY-MM-DD).""", json_schema_extra = { "linkml_meta": {'aliases': ['Date of first treatment',
                     'FirstTreatmentDate',
                     'treatment_start_date'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': '2024-03-01'}]} })
    first_treatment_offset_days: Optional[int] = Field(default=None, description="""Alternative to first_treatment_date: signed number of days from the baseline timepoint named in offset_baseline.""", json_schema_extra = { "linkml_meta": {'aliases': ['FirstTreatmentOffsetDays', 'treatment_start_offset_days'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord'],
         'examples': [{'value': '29'}],
         'unit': {'ucum_code': 'd'}} })
    offset_baseline: Optional[str] = Field(default=None, description="""The timepoint the *_offset_days columns count from, e.g. \"pathology confirmation\" or \"first imaging\". Needed only when offsets are given; the CDM counts offsets from the diagnosis.""", json_schema_extra = { "linkml_meta": {'aliases': ['OffsetBaseline', 'baseline'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord', 'NegativeControlRecord'],
         'examples': [{'value': 'pathology confirmation'}]} })
    PatientID: str = Field(default=..., description="""Pseudonymised patient identifier. Must be the first column of the minimum clinical table and hold exactly the value of DICOM Patient ID (0010,0020) of the subject's images, so that images and clinical data link (Tier 1 requirement T1-2). It is the hash produced by the de-identification step, not the hospital identifier.""", json_schema_extra = { "linkml_meta": {'aliases': ['Patient ID', 'patient_id', 'PatientId'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0010,0020)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'linkage_rules': {'tag': 'linkage_rules',
                                           'value': 'minimum.linkage.clinical_without_images '
                                                    'minimum.linkage.images_without_clinical'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'personal_data': {'tag': 'personal_data', 'value': False},
                         'pseudonymised': {'tag': 'pseudonymised', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord',
                       'MinimumImagingAttributes',
                       'ImagingClinicalCorrespondence'],
         'examples': [{'value': 'X123456'}]} })
    Population: PopulationEnum = Field(default=..., description="""Cohort status of the subject (positive case, negative screening, control, ...).""", json_schema_extra = { "linkml_meta": {'aliases': ['population', 'Cohort'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord'],
         'examples': [{'description': 'Patient with Cancer', 'value': 'COM1001087'}]} })
    Sex: SexEnum = Field(default=..., description="""Sex assigned at birth, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'aliases': ['sex', 'BirthSex', 'birth_sex', 'Gender'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord'],
         'examples': [{'description': 'Female', 'value': 'COM1001370'}]} })

    @field_validator('radiological_detection_date')
    def pattern_radiological_detection_date(cls, v):
        pattern=re.compile(r"^\d{4}-\d{2}-\d{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid radiological_detection_date format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid radiological_detection_date format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('pathology_confirmation_date')
    def pattern_pathology_confirmation_date(cls, v):
        pattern=re.compile(r"^\d{4}-\d{2}-\d{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid pathology_confirmation_date format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid pathology_confirmation_date format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('age_at_diagnosis')
    def pattern_age_at_diagnosis(cls, v):
        pattern=re.compile(r"^\d{1,3}(\.\d)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid age_at_diagnosis format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid age_at_diagnosis format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('first_treatment_date')
    def pattern_first_treatment_date(cls, v):
        pattern=re.compile(r"^\d{4}-\d{2}-\d{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid first_treatment_date format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid first_treatment_date format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('PatientID')
    def pattern_PatientID(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid PatientID format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid PatientID format: {v}"
            raise ValueError(err_msg)
        return v


class NegativeControlRecord(MinimumClinicalRecord):
    """
    Minimum clinical data of a negative screening or control subject. No diagnosis, pathology or treatment fields; the age is the age at the imaging and the topography the examined area, at organ level only (region and laterality are not required).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'population_kind': {'tag': 'population_kind',
                                             'value': 'negative_or_control'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'rules': [{'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.clinical.imaging_acquisition_date_or_offset'}},
                    'description': 'The date of the imaging acquisition, or its '
                                   'relative-days alternative, must be given '
                                   '(mandatory if available).',
                    'postconditions': {'slot_conditions': {'imaging_acquisition_offset_days': {'name': 'imaging_acquisition_offset_days',
                                                                                               'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'imaging_acquisition_date': {'name': 'imaging_acquisition_date',
                                                                                       'value_presence': 'ABSENT'}}}}],
         'slot_usage': {'Population': {'name': 'Population',
                                       'range': 'NegativeControlPopulationEnum'},
                        'age_at_imaging': {'name': 'age_at_imaging', 'required': True},
                        'topography_organ': {'description': 'Organ of the examined '
                                                            'area.',
                                             'name': 'topography_organ'}},
         'unique_keys': {'patient_key': {'unique_key_name': 'patient_key',
                                         'unique_key_slots': ['PatientID']}}})

    imaging_acquisition_date: Optional[date] = Field(default=None, description="""Date of the screening or control imaging (YYYY-MM-DD).""", json_schema_extra = { "linkml_meta": {'aliases': ['Date of imaging acquisition',
                     'ImagingAcquisitionDate',
                     'imaging_date'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['NegativeControlRecord'],
         'examples': [{'value': '2024-01-01'}]} })
    imaging_acquisition_offset_days: Optional[int] = Field(default=None, description="""Alternative to imaging_acquisition_date: signed number of days from the baseline timepoint named in offset_baseline.""", json_schema_extra = { "linkml_meta": {'aliases': ['ImagingAcquisitionOffsetDays', 'imaging_offset_days'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'MIA'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['NegativeControlRecord'],
         'examples': [{'value': '0'}],
         'unit': {'ucum_code': 'd'}} })
    age_at_imaging: Decimal = Field(default=..., description="""Age of the subject at the screening or control imaging, in years with at most one decimal.""", ge=0, le=130, json_schema_extra = { "linkml_meta": {'aliases': ['Age', 'age', 'AgeAtImaging'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['NegativeControlRecord'],
         'examples': [{'value': '45.5'}],
         'unit': {'ucum_code': 'a'}} })
    topography_organ: TopographyEnum = Field(default=..., description="""Organ of the examined area.""", json_schema_extra = { "linkml_meta": {'aliases': ['Topography', 'topography', 'Organ', 'TopographyOrgan'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M-organ'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord', 'NegativeControlRecord'],
         'examples': [{'description': 'Lung structure', 'value': 'BP1000113'}]} })
    offset_baseline: Optional[str] = Field(default=None, description="""The timepoint the *_offset_days columns count from, e.g. \"pathology confirmation\" or \"first imaging\". Needed only when offsets are given; the CDM counts offsets from the diagnosis.""", json_schema_extra = { "linkml_meta": {'aliases': ['OffsetBaseline', 'baseline'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['PositiveCaseRecord', 'NegativeControlRecord'],
         'examples': [{'value': 'pathology confirmation'}]} })
    PatientID: str = Field(default=..., description="""Pseudonymised patient identifier. Must be the first column of the minimum clinical table and hold exactly the value of DICOM Patient ID (0010,0020) of the subject's images, so that images and clinical data link (Tier 1 requirement T1-2). It is the hash produced by the de-identification step, not the hospital identifier.""", json_schema_extra = { "linkml_meta": {'aliases': ['Patient ID', 'patient_id', 'PatientId'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0010,0020)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'linkage_rules': {'tag': 'linkage_rules',
                                           'value': 'minimum.linkage.clinical_without_images '
                                                    'minimum.linkage.images_without_clinical'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'personal_data': {'tag': 'personal_data', 'value': False},
                         'pseudonymised': {'tag': 'pseudonymised', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord',
                       'MinimumImagingAttributes',
                       'ImagingClinicalCorrespondence'],
         'examples': [{'value': 'X123456'}]} })
    Population: NegativeControlPopulationEnum = Field(default=..., description="""Cohort status of the subject (positive case, negative screening, control, ...).""", json_schema_extra = { "linkml_meta": {'aliases': ['population', 'Cohort'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord'],
         'examples': [{'description': 'Patient with Cancer', 'value': 'COM1001087'}]} })
    Sex: SexEnum = Field(default=..., description="""Sex assigned at birth, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'aliases': ['sex', 'BirthSex', 'birth_sex', 'Gender'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord'],
         'examples': [{'description': 'Female', 'value': 'COM1001370'}]} })

    @field_validator('imaging_acquisition_date')
    def pattern_imaging_acquisition_date(cls, v):
        pattern=re.compile(r"^\d{4}-\d{2}-\d{2}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid imaging_acquisition_date format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid imaging_acquisition_date format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('age_at_imaging')
    def pattern_age_at_imaging(cls, v):
        pattern=re.compile(r"^\d{1,3}(\.\d)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid age_at_imaging format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid age_at_imaging format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('PatientID')
    def pattern_PatientID(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid PatientID format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid PatientID format: {v}"
            raise ValueError(err_msg)
        return v


class MinimumImagingAttributes(ConfiguredBaseModel):
    """
    The minimum DICOM attributes of one imaging study or series, read from the DICOM headers (or, for NIfTI images, from the accompanying DICOM JSON). age_at_diagnosis is not a DICOM attribute: it is joined from the minimum clinical table on PatientID so that the PatientAge either/or rule can be stated on one record.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'nifti_rule': {'tag': 'nifti_rule',
                                        'value': 'NIfTI images must carry these '
                                                 'attributes as DICOM JSON (PS3.18 '
                                                 'JSON model); checked by the '
                                                 'dicom.nifti.* rules of the dicom '
                                                 'engine.'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'rules': [{'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.imaging.patient_age_derivable'}},
                    'comments': ['Deriving the age also needs the age from the '
                                 'clinical table; that cross-part half is the '
                                 'hand-written rule '
                                 'minimum.imaging.patient_age.derivable '
                                 '(validators/dicom.yaml: images without PatientAge '
                                 'and a valid AcquisitionDate; the sql engine: a '
                                 'clinical row of a patient whose images lack '
                                 'PatientAge gives neither age_at_diagnosis nor '
                                 'age_at_imaging). For negative/control subjects the '
                                 'clinical age_at_imaging is itself the age at the '
                                 'study and satisfies the requirement there.'],
                    'description': "The patient's age at the study is required: when "
                                   'PatientAge is absent it must be derivable from the '
                                   "subject's age at diagnosis (clinical table) and "
                                   'the acquisition date.',
                    'postconditions': {'slot_conditions': {'AcquisitionDate': {'name': 'AcquisitionDate',
                                                                               'value_presence': 'PRESENT'},
                                                           'age_at_diagnosis': {'name': 'age_at_diagnosis',
                                                                                'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'PatientAge': {'name': 'PatientAge',
                                                                         'value_presence': 'ABSENT'}}}}],
         'slot_usage': {'age_at_diagnosis': {'annotations': {'joined_from': {'tag': 'joined_from',
                                                                             'value': 'PositiveCaseRecord.age_at_diagnosis'},
                                                             'obligation': {'tag': 'obligation',
                                                                            'value': 'C'}},
                                             'description': 'Age at diagnosis of the '
                                                            'subject, joined from the '
                                                            'minimum clinical table on '
                                                            'PatientID (not a DICOM '
                                                            'attribute); needed only '
                                                            'when PatientAge is '
                                                            'absent.',
                                             'name': 'age_at_diagnosis'}}})

    PatientID: str = Field(default=..., description="""Pseudonymised patient identifier. Must be the first column of the minimum clinical table and hold exactly the value of DICOM Patient ID (0010,0020) of the subject's images, so that images and clinical data link (Tier 1 requirement T1-2). It is the hash produced by the de-identification step, not the hospital identifier.""", json_schema_extra = { "linkml_meta": {'aliases': ['Patient ID', 'patient_id', 'PatientId'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0010,0020)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'linkage_rules': {'tag': 'linkage_rules',
                                           'value': 'minimum.linkage.clinical_without_images '
                                                    'minimum.linkage.images_without_clinical'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'personal_data': {'tag': 'personal_data', 'value': False},
                         'pseudonymised': {'tag': 'pseudonymised', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord',
                       'MinimumImagingAttributes',
                       'ImagingClinicalCorrespondence'],
         'examples': [{'value': 'X123456'}]} })
    Modality: str = Field(default=..., description="""Imaging modality, a DICOM defined term (CS), e.g. CT, MR, PT, MG, US.""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0008,0060)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'CS'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumImagingAttributes'],
         'examples': [{'value': 'CT'}]} })
    BodyPartExamined: str = Field(default=..., description="""Body part imaged, a DICOM defined term (CS), e.g. CHEST, BREAST, PROSTATE.""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0018,0015)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'CS'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumImagingAttributes'],
         'examples': [{'value': 'CHEST'}]} })
    Manufacturer: str = Field(default=..., description="""Manufacturer of the imaging equipment (free text, LO).""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0008,0070)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumImagingAttributes'],
         'examples': [{'value': 'Siemens'}]} })
    AcquisitionDate: str = Field(default=..., description="""Date the acquisition started, DICOM DA form YYYYMMDD.""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0008,0022)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'DA'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumImagingAttributes'],
         'examples': [{'value': '20240101'}]} })
    PatientAge: Optional[str] = Field(default=None, description="""Age of the patient at the study, DICOM AS form nnnD/W/M/Y (e.g. 045Y). Mandatory unless it can be derived from the age at diagnosis and the acquisition date (rule minimum.imaging.patient_age_derivable).""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0010,1010)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'AS'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumImagingAttributes'],
         'examples': [{'value': '045Y'}]} })
    age_at_diagnosis: Optional[Decimal] = Field(default=None, description="""Age at diagnosis of the subject, joined from the minimum clinical table on PatientID (not a DICOM attribute); needed only when PatientAge is absent.""", ge=0, le=130, json_schema_extra = { "linkml_meta": {'aliases': ['Age at diagnosis', 'AgeAtDiagnosis', 'age_diagnosis'],
         'annotations': {'joined_from': {'tag': 'joined_from',
                                         'value': 'PositiveCaseRecord.age_at_diagnosis'},
                         'obligation': {'tag': 'obligation', 'value': 'C'}},
         'comments': ['The pattern (one decimal at most) applies to the value as '
                      'written in the table; engines that read the value as a number '
                      '(pydantic, JSON Schema) cannot see it, the SQL engine checks '
                      'the text.'],
         'domain_of': ['PositiveCaseRecord', 'MinimumImagingAttributes'],
         'examples': [{'value': '45.5'}],
         'unit': {'ucum_code': 'a'}} })

    @field_validator('PatientID')
    def pattern_PatientID(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid PatientID format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid PatientID format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('Modality')
    def pattern_Modality(cls, v):
        pattern=re.compile(r"^[A-Z0-9_ ]{1,16}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid Modality format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid Modality format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('BodyPartExamined')
    def pattern_BodyPartExamined(cls, v):
        pattern=re.compile(r"^[A-Z0-9_ ]{1,16}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid BodyPartExamined format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid BodyPartExamined format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('Manufacturer')
    def pattern_Manufacturer(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid Manufacturer format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid Manufacturer format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('AcquisitionDate')
    def pattern_AcquisitionDate(cls, v):
        pattern=re.compile(r"^\d{8}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid AcquisitionDate format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid AcquisitionDate format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('PatientAge')
    def pattern_PatientAge(cls, v):
        pattern=re.compile(r"^\d{3}[DWMY]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid PatientAge format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid PatientAge format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('age_at_diagnosis')
    def pattern_age_at_diagnosis(cls, v):
        pattern=re.compile(r"^\d{1,3}(\.\d)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid age_at_diagnosis format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid age_at_diagnosis format: {v}"
            raise ValueError(err_msg)
        return v


class SegmentationMetadata(ConfiguredBaseModel):
    """
    Minimum metadata of one segment of an annotation, from the DICOM-SEG Segment Sequence item (preferred) or given once at dataset level when identical for all studies.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'detected_by': {'tag': 'detected_by',
                                         'value': 'SegmentNumber SegmentLabel'},
                         'table_label': {'tag': 'table_label',
                                         'value': 'segmentation metadata table'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'rules': [{'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.segmentation.algorithm_name_semiautomatic'}},
                    'description': 'A semi-automatic segmentation must name its '
                                   'algorithm (and version).',
                    'postconditions': {'slot_conditions': {'SegmentAlgorithmName': {'name': 'SegmentAlgorithmName',
                                                                                    'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'SegmentAlgorithmType': {'equals_string': 'SEMIAUTOMATIC',
                                                                                   'name': 'SegmentAlgorithmType'}}}},
                   {'annotations': {'obligation': {'tag': 'obligation', 'value': 'R'},
                                    'rule_id': {'tag': 'rule_id',
                                                'value': 'minimum.segmentation.algorithm_name_automatic'}},
                    'description': 'An automatic segmentation should name its '
                                   'algorithm: DICOM requires it (Type 1C), the EUCAIM '
                                   'handbook does not, hence a warning.',
                    'postconditions': {'slot_conditions': {'SegmentAlgorithmName': {'name': 'SegmentAlgorithmName',
                                                                                    'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'SegmentAlgorithmType': {'equals_string': 'AUTOMATIC',
                                                                                   'name': 'SegmentAlgorithmType'}}}}]})

    SegmentNumber: int = Field(default=..., description="""Number identifying the segment within its DICOM-SEG instance (starts at 1).""", ge=1, le=65535, json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0062,0004)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'US'},
                         'level': {'tag': 'level', 'value': 'imaging'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['SegmentationMetadata'],
         'examples': [{'value': '1'}]} })
    SegmentLabel: str = Field(default=..., description="""Label of the segment, e.g. prostate peripheral zone.""", json_schema_extra = { "linkml_meta": {'annotations': {'catalogue_property': {'tag': 'catalogue_property',
                                                'value': 'eucaim:hasAnnotationLabel'},
                         'dicom_tag': {'tag': 'dicom_tag', 'value': '(0062,0005)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'level': {'tag': 'level', 'value': 'imaging or dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'prostate peripheral zone'}]} })
    SegmentDescription: str = Field(default=..., description="""Description of the segment, an ontology term or a free description.""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0062,0006)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'ST'},
                         'level': {'tag': 'level', 'value': 'imaging or dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'Peripheral zone of the prostate gland'}]} })
    SegmentAlgorithmType: SegmentAlgorithmTypeEnum = Field(default=..., description="""How the segment was produced (the segmentation method).""", json_schema_extra = { "linkml_meta": {'annotations': {'catalogue_property': {'tag': 'catalogue_property',
                                                'value': 'eucaim:hasAlgorithmType'},
                         'dicom_tag': {'tag': 'dicom_tag', 'value': '(0062,0008)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'CS'},
                         'level': {'tag': 'level', 'value': 'imaging or dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'MANUAL'}]} })
    SegmentAlgorithmName: Optional[str] = Field(default=None, description="""Name and version of the segmentation algorithm or tool, e.g. \"tool name v1.0\".""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0062,0009)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'level': {'tag': 'level', 'value': 'imaging or dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M-if-semi-auto'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'comments': ['The handbook requires it only for SEMIAUTOMATIC segmentations '
                      '(rule minimum.segmentation.algorithm_name_semiautomatic); DICOM '
                      'PS3.3 makes it Type 1C for AUTOMATIC too, which rule '
                      'minimum.segmentation.algorithm_name_automatic reports as a '
                      'warning.'],
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'tool name v1.0'}]} })

    @field_validator('SegmentLabel')
    def pattern_SegmentLabel(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid SegmentLabel format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid SegmentLabel format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('SegmentDescription')
    def pattern_SegmentDescription(cls, v):
        pattern=re.compile(r"^.{1,1024}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid SegmentDescription format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid SegmentDescription format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('SegmentAlgorithmName')
    def pattern_SegmentAlgorithmName(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid SegmentAlgorithmName format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid SegmentAlgorithmName format: {v}"
            raise ValueError(err_msg)
        return v


class DatasetAnnotationMetadata(ConfiguredBaseModel):
    """
    Minimum annotation metadata stated once for the whole dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'detected_by': {'tag': 'detected_by',
                                         'value': 'number_of_annotators'},
                         'table_label': {'tag': 'table_label',
                                         'value': 'annotation metadata table'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'slot_usage': {'SegmentAlgorithmName': {'annotations': {'level': {'tag': 'level',
                                                                           'value': 'dataset'},
                                                                 'obligation': {'tag': 'obligation',
                                                                                'value': 'O'}},
                                                 'description': 'Algorithms (name and '
                                                                'version) used in the '
                                                                'dataset, when the '
                                                                'same for every study.',
                                                 'multivalued': True,
                                                 'name': 'SegmentAlgorithmName',
                                                 'required': False},
                        'SegmentAlgorithmType': {'annotations': {'level': {'tag': 'level',
                                                                           'value': 'dataset'},
                                                                 'obligation': {'tag': 'obligation',
                                                                                'value': 'O'}},
                                                 'description': 'Segmentation methods '
                                                                'used in the dataset, '
                                                                'when the same for '
                                                                'every study.',
                                                 'multivalued': True,
                                                 'name': 'SegmentAlgorithmType',
                                                 'required': False},
                        'SegmentDescription': {'annotations': {'level': {'tag': 'level',
                                                                         'value': 'dataset'},
                                                               'obligation': {'tag': 'obligation',
                                                                              'value': 'O'}},
                                               'description': 'Segment descriptions '
                                                              'used in the dataset, '
                                                              'when the same for every '
                                                              'study.',
                                               'multivalued': True,
                                               'name': 'SegmentDescription',
                                               'required': False},
                        'SegmentLabel': {'annotations': {'level': {'tag': 'level',
                                                                   'value': 'dataset'},
                                                         'obligation': {'tag': 'obligation',
                                                                        'value': 'O'}},
                                         'description': 'Segment labels used in the '
                                                        'dataset, given here once when '
                                                        'they are the same for every '
                                                        'study (per-image values in '
                                                        'the DICOM-SEG tags are '
                                                        'preferred).',
                                         'multivalued': True,
                                         'name': 'SegmentLabel',
                                         'required': False}}})

    dataset_id: Optional[str] = Field(default=None, description="""Identifier of the dataset in the EUCAIM public catalogue.""", json_schema_extra = { "linkml_meta": {'aliases': ['DatasetID', 'Dataset ID'],
         'annotations': {'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['DatasetAnnotationMetadata'],
         'examples': [{'value': '4fcdd34b95f8eed2a3d07291e4c2173e'}]} })
    number_of_annotators: int = Field(default=..., description="""How many people annotated the dataset.""", ge=1, json_schema_extra = { "linkml_meta": {'aliases': ['NumberOfAnnotators', 'annotators'],
         'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['DatasetAnnotationMetadata'],
         'examples': [{'value': '2'}]} })
    annotator_type: list[str] = Field(default=..., description="""Role of the annotators, e.g. Radiologist, Radiographer, Resident; one value per role.""", json_schema_extra = { "linkml_meta": {'aliases': ['AnnotatorType', 'annotator_role'],
         'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['DatasetAnnotationMetadata'],
         'examples': [{'value': 'Radiologist'}]} })
    annotator_experience_years: Decimal = Field(default=..., description="""Experience of the annotators in the annotation task, in years. When annotators differ, give the experience of the least experienced one (a project convention; the handbook asks for one value).""", ge=0, le=80, json_schema_extra = { "linkml_meta": {'aliases': ['AnnotatorExperience', 'annotator_experience'],
         'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['DatasetAnnotationMetadata'],
         'examples': [{'value': '10'}],
         'unit': {'ucum_code': 'a'}} })
    sequences_used: list[str] = Field(default=..., description="""Image series or sequences used to draw the segmentations, e.g. T2w, ADC, DWI.""", json_schema_extra = { "linkml_meta": {'aliases': ['SequencesUsed', 'segmentation_sequences'],
         'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['DatasetAnnotationMetadata'],
         'examples': [{'value': 'T2w'}]} })
    SegmentLabel: Optional[list[str]] = Field(default=None, description="""Segment labels used in the dataset, given here once when they are the same for every study (per-image values in the DICOM-SEG tags are preferred).""", json_schema_extra = { "linkml_meta": {'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'O'}},
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'prostate peripheral zone'}]} })
    SegmentDescription: Optional[list[str]] = Field(default=None, description="""Segment descriptions used in the dataset, when the same for every study.""", json_schema_extra = { "linkml_meta": {'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'O'}},
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'Peripheral zone of the prostate gland'}]} })
    SegmentAlgorithmType: Optional[list[SegmentAlgorithmTypeEnum]] = Field(default=None, description="""Segmentation methods used in the dataset, when the same for every study.""", json_schema_extra = { "linkml_meta": {'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'O'}},
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'MANUAL'}]} })
    SegmentAlgorithmName: Optional[list[str]] = Field(default=None, description="""Algorithms (name and version) used in the dataset, when the same for every study.""", json_schema_extra = { "linkml_meta": {'annotations': {'level': {'tag': 'level', 'value': 'dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'O'}},
         'comments': ['The handbook requires it only for SEMIAUTOMATIC segmentations '
                      '(rule minimum.segmentation.algorithm_name_semiautomatic); DICOM '
                      'PS3.3 makes it Type 1C for AUTOMATIC too, which rule '
                      'minimum.segmentation.algorithm_name_automatic reports as a '
                      'warning.'],
         'domain_of': ['SegmentationMetadata', 'DatasetAnnotationMetadata'],
         'examples': [{'value': 'tool name v1.0'}]} })

    @field_validator('SegmentLabel')
    def pattern_SegmentLabel(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid SegmentLabel format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid SegmentLabel format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('SegmentDescription')
    def pattern_SegmentDescription(cls, v):
        pattern=re.compile(r"^.{1,1024}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid SegmentDescription format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid SegmentDescription format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('SegmentAlgorithmName')
    def pattern_SegmentAlgorithmName(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid SegmentAlgorithmName format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid SegmentAlgorithmName format: {v}"
            raise ValueError(err_msg)
        return v


class ImagingClinicalCorrespondence(ConfiguredBaseModel):
    """
    One row of the imaging-clinical correspondence file (the ETL's imaging-timepoints CSV): which study of which patient belongs to which episode and at which imaging timepoint. Header names are compared ignoring case by the ETL.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'detected_by': {'tag': 'detected_by',
                                         'value': 'StudyUID ImagingTimepoint'},
                         'etl_folder': {'tag': 'etl_folder',
                                        'value': 'input_data/image_timepoints'},
                         'header_policy': {'tag': 'header_policy',
                                           'value': 'case_insensitive'},
                         'table_label': {'tag': 'table_label',
                                         'value': 'imaging timepoint table'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'unique_keys': {'patient_timepoint': {'description': 'Timepoints of one '
                                                              'patient are distinct.',
                                               'unique_key_name': 'patient_timepoint',
                                               'unique_key_slots': ['PatientID',
                                                                    'ImagingTimepoint']},
                         'study': {'description': 'A study appears once in the file.',
                                   'unique_key_name': 'study',
                                   'unique_key_slots': ['StudyUID']}}})

    PatientID: str = Field(default=..., description="""Pseudonymised patient identifier. Must be the first column of the minimum clinical table and hold exactly the value of DICOM Patient ID (0010,0020) of the subject's images, so that images and clinical data link (Tier 1 requirement T1-2). It is the hash produced by the de-identification step, not the hospital identifier.""", json_schema_extra = { "linkml_meta": {'aliases': ['Patient ID', 'patient_id', 'PatientId'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0010,0020)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'linkage_rules': {'tag': 'linkage_rules',
                                           'value': 'minimum.linkage.clinical_without_images '
                                                    'minimum.linkage.images_without_clinical'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'personal_data': {'tag': 'personal_data', 'value': False},
                         'pseudonymised': {'tag': 'pseudonymised', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['MinimumClinicalRecord',
                       'MinimumImagingAttributes',
                       'ImagingClinicalCorrespondence'],
         'examples': [{'value': 'X123456'}]} })
    StudyUID: str = Field(default=..., description="""Study Instance UID (0020,000D) of the imaging study, exactly as in the DICOM header.""", json_schema_extra = { "linkml_meta": {'aliases': ['StudyInstanceUID'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0020,000D)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'UI'},
                         'max_length': {'tag': 'max_length', 'value': 64},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'comments': ['DICOM limits a UID to 64 characters (annotation max_length).'],
         'domain_of': ['ImagingClinicalCorrespondence'],
         'examples': [{'value': '1.2.826.0.1.3680043.8.498.1'}]} })
    StudyDate: Optional[str] = Field(default=None, description="""Study Date (0008,0020), YYYYMMDD; guidance for the data holder only.""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0008,0020)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'DA'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['ImagingClinicalCorrespondence'],
         'examples': [{'value': '20240101'}]} })
    StudyDescription: Optional[str] = Field(default=None, description="""Study Description (0008,1030); guidance for the data holder only.""", json_schema_extra = { "linkml_meta": {'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0008,1030)'},
                         'dicom_vr': {'tag': 'dicom_vr', 'value': 'LO'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'personal_data': {'tag': 'personal_data', 'value': True},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['ImagingClinicalCorrespondence'],
         'examples': [{'value': 'CT THORAX'}]} })
    Episode: EpisodeEnum = Field(default=..., description="""Clinical episode the study belongs to; must match a tab name of the mapping template.""", json_schema_extra = { "linkml_meta": {'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['ImagingClinicalCorrespondence'],
         'examples': [{'value': 'Diagnosis'}]} })
    ImagingTimepoint: int = Field(default=..., description="""Rank of the imaging procedure for the patient (1, 2, 3, ... ascending, imaging procedures only).""", ge=1, json_schema_extra = { "linkml_meta": {'aliases': ['Timepoint', 'Imaging Timepoint'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['ImagingClinicalCorrespondence'],
         'examples': [{'value': '1'}]} })

    @field_validator('PatientID')
    def pattern_PatientID(cls, v):
        pattern=re.compile(r"^.{1,64}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid PatientID format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid PatientID format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('StudyUID')
    def pattern_StudyUID(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid StudyUID format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid StudyUID format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('StudyDate')
    def pattern_StudyDate(cls, v):
        pattern=re.compile(r"^\d{8}$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid StudyDate format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid StudyDate format: {v}"
            raise ValueError(err_msg)
        return v


class SeriesDescriptionMapping(ConfiguredBaseModel):
    """
    One row of the series-description mapping CSV: a source Series Description and the EUCAIM series description it maps to. Source values without a row are kept unchanged.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'detected_by': {'tag': 'detected_by',
                                         'value': 'source_series_description '
                                                  'eucaim_series_description'},
                         'table_label': {'tag': 'table_label',
                                         'value': 'series-description mapping table'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum',
         'unique_keys': {'source': {'description': 'A source description maps to one '
                                                   'EUCAIM description.',
                                    'unique_key_name': 'source',
                                    'unique_key_slots': ['source_series_description']}}})

    source_series_description: str = Field(default=..., description="""Series Description (0008,103E) as written by the data holder's equipment.""", json_schema_extra = { "linkml_meta": {'aliases': ['SeriesDescription', 'source'],
         'annotations': {'dicom_tag': {'tag': 'dicom_tag', 'value': '(0008,103E)'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['SeriesDescriptionMapping'],
         'examples': [{'value': 't2_tse_tra'}]} })
    eucaim_series_description: str = Field(default=..., description="""EUCAIM series description the source value maps to, e.g. T2 weighted, Diffusion weighted, PW.""", json_schema_extra = { "linkml_meta": {'aliases': ['EUCAIMSeriesDescription', 'target'],
         'annotations': {'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['SeriesDescriptionMapping'],
         'examples': [{'value': 'T2 weighted'}]} })


class EtlInputProfile(ConfiguredBaseModel):
    """
    The input rules of the EUCAIM ETL, with their defaults: file names prefixed by the catalogue dataset ID, comma field separator, dot decimal separator, header exactly as the agreed sample, and the input folder layout. A dataset without a profile file is checked against these defaults.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'submitted_table': {'tag': 'submitted_table', 'value': False},
                         'tier': {'tag': 'tier', 'value': 1}},
         'from_schema': 'https://w3id.org/eucaim-spec/minimum'})

    file_name_prefix: str = Field(default=..., description="""Prefix every input file name must start with: the catalogue dataset ID (e.g. 4fcdd34b95f8eed2a3d07291e4c2173e_bcancerA_sample.csv). Checked by rule minimum.etl.file_prefix.""", json_schema_extra = { "linkml_meta": {'annotations': {'checked_by': {'tag': 'checked_by',
                                        'value': 'minimum.etl.file_prefix'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'examples': [{'value': '4fcdd34b95f8eed2a3d07291e4c2173e'}]} })
    field_separator: Optional[str] = Field(default=",", description="""Field separator of CSV input. The ETL README makes comma mandatory; the handbook allows another one if announced to the ETL team, so a profile may name it.""", json_schema_extra = { "linkml_meta": {'annotations': {'checked_by': {'tag': 'checked_by',
                                        'value': 'minimum.etl.separator'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'examples': [{'value': ','}],
         'ifabsent': 'string(,)'} })
    decimal_separator: Optional[str] = Field(default=".", description="""Decimal separator of numbers in CSV input; must be the dot.""", json_schema_extra = { "linkml_meta": {'annotations': {'checked_by': {'tag': 'checked_by',
                                        'value': 'minimum.etl.decimal_separator'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'examples': [{'value': '.'}],
         'ifabsent': 'string(.)'} })
    multivalue_separator: Optional[str] = Field(default="|", description="""Separator between several values in one cell (e.g. treatment). Not fixed by EUCAIM; \"|\" is the project default because comma is the field separator.""", json_schema_extra = { "linkml_meta": {'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'examples': [{'value': '|'}],
         'ifabsent': 'string(|)'} })
    header_policy: Optional[HeaderPolicyEnum] = Field(default=HeaderPolicyEnum("exact_sample"), description="""How the header of an input file is compared with the agreed sample header.""", json_schema_extra = { "linkml_meta": {'annotations': {'checked_by': {'tag': 'checked_by',
                                        'value': 'minimum.etl.header'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'examples': [{'value': 'exact_sample'}],
         'ifabsent': 'string(exact_sample)'} })
    accepted_formats: Optional[list[str]] = Field(default=None, description="""File formats accepted for clinical input (the handbook names XLS and CSV; the checker also reads XLSX and JSON).""", json_schema_extra = { "linkml_meta": {'annotations': {'default': {'tag': 'default', 'value': 'csv|xls|xlsx|json'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'examples': [{'value': 'csv'}]} })
    clinical_data_folder: Optional[str] = Field(default="input_data/clinical_data", description="""Folder of the ETL input tree holding the clinical data files.""", json_schema_extra = { "linkml_meta": {'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'ifabsent': 'string(input_data/clinical_data)'} })
    image_metadata_folder: Optional[str] = Field(default="input_data/image_metadata", description="""Folder of the ETL input tree holding the extracted DICOM tags.""", json_schema_extra = { "linkml_meta": {'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'ifabsent': 'string(input_data/image_metadata)'} })
    image_timepoints_folder: Optional[str] = Field(default="input_data/image_timepoints", description="""Folder of the ETL input tree holding the imaging-timepoints (correspondence) files; submitted only after clinical data and DICOM metadata were pushed at least once.""", json_schema_extra = { "linkml_meta": {'annotations': {'obligation': {'tag': 'obligation', 'value': 'O'},
                         'tier': {'tag': 'tier', 'value': 1}},
         'domain_of': ['EtlInputProfile'],
         'ifabsent': 'string(input_data/image_timepoints)'} })

    @field_validator('decimal_separator')
    def pattern_decimal_separator(cls, v):
        pattern=re.compile(r"^\.$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid decimal_separator format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid decimal_separator format: {v}"
            raise ValueError(err_msg)
        return v


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
MinimumClinicalRecord.model_rebuild()
PositiveCaseRecord.model_rebuild()
NegativeControlRecord.model_rebuild()
MinimumImagingAttributes.model_rebuild()
SegmentationMetadata.model_rebuild()
DatasetAnnotationMetadata.model_rebuild()
ImagingClinicalCorrespondence.model_rebuild()
SeriesDescriptionMapping.model_rebuild()
EtlInputProfile.model_rebuild()
