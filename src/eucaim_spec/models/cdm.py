# generated from schemas/cdm/cdm.yaml by gen-pydantic (eucaim generate); do not edit
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


linkml_meta = LinkMLMeta({'annotations': {'default_tier': {'tag': 'default_tier', 'value': 3},
                     'etl_source': {'tag': 'etl_source',
                                    'value': 'EUCAIM/etl-toolset@7a69a4b'}},
     'default_prefix': 'cdm',
     'default_range': 'string',
     'description': 'The EUCAIM Common Data Model: the clinical and imaging tables '
                    'that the EUCAIM ETL writes for every dataset (an mCODE-based '
                    'model of patient, cancer condition, staging, grading, tumour, '
                    'treatments, episodes and DICOM study/series metadata). Coded '
                    'columns hold EUCAIM hyper-ontology codes. Each class is one '
                    'table of the ETL output schema and each attribute one of its '
                    'columns, so that data produced by the ETL (or prepared the '
                    'same way) can be checked column by column before onboarding.',
     'id': 'https://w3id.org/eucaim-spec/cdm',
     'license': 'Apache-2.0',
     'name': 'eucaim_cdm',
     'prefixes': {'EUCAIM': {'prefix_prefix': 'EUCAIM',
                             'prefix_reference': 'https://cancerimage.eu/ontology/EUCAIM#'},
                  'cdm': {'prefix_prefix': 'cdm',
                          'prefix_reference': 'https://w3id.org/eucaim-spec/cdm/'},
                  'fhir': {'prefix_prefix': 'fhir',
                           'prefix_reference': 'http://hl7.org/fhir/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'mcode': {'prefix_prefix': 'mcode',
                            'prefix_reference': 'http://hl7.org/fhir/us/mcode/StructureDefinition/'},
                  'rdfs': {'prefix_prefix': 'rdfs',
                           'prefix_reference': 'http://www.w3.org/2000/01/rdf-schema#'},
                  'schema': {'prefix_prefix': 'schema',
                             'prefix_reference': 'http://schema.org/'},
                  'shex': {'prefix_prefix': 'shex',
                           'prefix_reference': 'http://www.w3.org/ns/shex#'},
                  'uscore': {'prefix_prefix': 'uscore',
                             'prefix_reference': 'http://hl7.org/fhir/us/core/StructureDefinition/'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'see_also': ['https://github.com/EUCAIM/etl-toolset',
                  'http://hl7.org/fhir/us/mcode/'],
     'source_file': 'schemas/cdm/cdm.yaml',
     'title': 'EUCAIM Common Data Model',
     'types': {'boolean': {'base': 'Bool',
                           'description': 'A binary (true or false) value',
                           'exact_mappings': ['schema:Boolean'],
                           'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                         'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                           'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                           'name': 'decimal',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"decimal".'],
                           'uri': 'xsd:decimal'},
               'double': {'base': 'float',
                          'close_mappings': ['schema:Float'],
                          'description': 'A real number that conforms to the '
                                         'xsd:double specification',
                          'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                          'name': 'double',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"double".'],
                          'uri': 'xsd:double'},
               'float': {'base': 'float',
                         'description': 'A real number that conforms to the '
                                        'xsd:float specification',
                         'exact_mappings': ['schema:Float'],
                         'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                         'name': 'float',
                         'notes': ['If you are authoring schemas in LinkML YAML, '
                                   'the type is referenced with the lower case '
                                   '"float".'],
                         'uri': 'xsd:float'},
               'integer': {'base': 'int',
                           'description': 'An integer',
                           'exact_mappings': ['schema:Integer'],
                           'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                               'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                               'name': 'jsonpointer',
                               'notes': ['If you are authoring schemas in LinkML '
                                         'YAML, the type is referenced with the '
                                         'lower case "jsonpointer".'],
                               'repr': 'str',
                               'uri': 'xsd:string'},
               'ncname': {'base': 'NCName',
                          'description': 'Prefix part of CURIE',
                          'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                          'name': 'ncname',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"ncname".'],
                          'repr': 'str',
                          'uri': 'xsd:string'},
               'nodeidentifier': {'base': 'NodeIdentifier',
                                  'description': 'A URI, CURIE or BNODE that '
                                                 'represents a node in a model.',
                                  'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                              'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                              'name': 'sparqlpath',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "sparqlpath".'],
                              'repr': 'str',
                              'uri': 'xsd:string'},
               'string': {'base': 'str',
                          'description': 'A character string',
                          'exact_mappings': ['schema:Text'],
                          'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/cdm',
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
                       'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                       'name': 'uri',
                       'notes': ['If you are authoring schemas in LinkML YAML, the '
                                 'type is referenced with the lower case "uri".'],
                       'repr': 'str',
                       'uri': 'xsd:anyURI'},
               'uriorcurie': {'base': 'URIorCURIE',
                              'description': 'a URI or a CURIE',
                              'from_schema': 'https://w3id.org/eucaim-spec/cdm',
                              'name': 'uriorcurie',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "uriorcurie".'],
                              'repr': 'str',
                              'uri': 'xsd:anyURI'}}} )

class BirthSexEnum(str, Enum):
    """
    Sex assigned at birth (hyper-ontology branch COM1001396).
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


class CancerConditionEnum(str, Enum):
    """
    Cancer diagnoses: malignant neoplastic diseases (hyper-ontology branch CLIN1007977), the value set of the federated-search key Diagnosis.
    """
    CLIN1000045 = "CLIN1000045"
    """
    Malignant tumor of bronchus
    """
    CLIN1000053 = "CLIN1000053"
    """
    Malignant tumor of large intestine
    """
    CLIN1000054 = "CLIN1000054"
    """
    Malignant neoplasm of colon and/or rectum
    """
    CLIN1000057 = "CLIN1000057"
    """
    Malignant neoplasm of colon
    """
    CLIN1000058 = "CLIN1000058"
    """
    Malignant tumor of kidney
    """
    CLIN1000060 = "CLIN1000060"
    """
    Malignant neoplasm of breast
    """
    CLIN1000062 = "CLIN1000062"
    """
    Diffuse intrinsic pontine glioma
    """
    CLIN1000065 = "CLIN1000065"
    """
    Malignant tumor of lung
    """
    CLIN1000067 = "CLIN1000067"
    """
    Glioblastoma
    """
    CLIN1000068 = "CLIN1000068"
    """
    Primary malignant neoplasm of breast
    """
    CLIN1000069 = "CLIN1000069"
    """
    Epithelioid glioblastoma
    """
    CLIN1000071 = "CLIN1000071"
    """
    Malignant neoplasm of liver
    """
    CLIN1000072 = "CLIN1000072"
    """
    Primary malignant neoplasm of liver
    """
    CLIN1000073 = "CLIN1000073"
    """
    Giant cell glioblastoma
    """
    CLIN1000075 = "CLIN1000075"
    """
    Malignant neoplasm of prostate
    """
    CLIN1000077 = "CLIN1000077"
    """
    Malignant neoplasm of rectum
    """
    CLIN1000078 = "CLIN1000078"
    """
    Malignant neoplasm of thorax
    """
    CLIN1000079 = "CLIN1000079"
    """
    Malignant neoplasm of pancreas
    """
    CLIN1000080 = "CLIN1000080"
    """
    Malignant tumor of intestine
    """
    CLIN1000082 = "CLIN1000082"
    """
    Gliosarcoma
    """
    CLIN1000083 = "CLIN1000083"
    """
    Malignant neoplasm of lower respiratory tract
    """
    CLIN1000084 = "CLIN1000084"
    """
    Malignant neoplasm of bronchus and lung
    """
    CLIN1000085 = "CLIN1000085"
    """
    Carcinoma of pancreas
    """
    CLIN1000087 = "CLIN1000087"
    """
    Malignant tumor of pelvis
    """
    CLIN1000088 = "CLIN1000088"
    """
    Primary malignant neoplasm of kidney
    """
    CLIN1000089 = "CLIN1000089"
    """
    Malignant neoplasm of gallbladder
    """
    CLIN1000090 = "CLIN1000090"
    """
    Malignant neoplasm of stomach
    """
    CLIN1000091 = "CLIN1000091"
    """
    Primary malignant neoplasm of gallbladder
    """
    CLIN1000092 = "CLIN1000092"
    """
    Malignant tumor of male genital organ
    """
    CLIN1000093 = "CLIN1000093"
    """
    Primary malignant neoplasm of stomach
    """
    CLIN1000094 = "CLIN1000094"
    """
    Malignant neoplasm of oesophagus
    """
    CLIN1000095 = "CLIN1000095"
    """
    Primary malignant neoplasm of esophagus
    """
    CLIN1000096 = "CLIN1000096"
    """
    Neuroendocrine neoplasm, malignant
    """
    CLIN1000098 = "CLIN1000098"
    """
    Malignant neoplasm of intraabdominal organ
    """
    CLIN1000105 = "CLIN1000105"
    """
    Malignant neoplasm of anorectum
    """
    CLIN1000143 = "CLIN1000143"
    """
    Primary malignant neoplasm
    """
    CLIN1000155 = "CLIN1000155"
    """
    Primary malignant neoplasm of trunk
    """
    CLIN1000168 = "CLIN1000168"
    """
    Primary malignant neoplasm of intra-abdominal organs
    """
    CLIN1000169 = "CLIN1000169"
    """
    Carcinoma of breast
    """
    CLIN1000170 = "CLIN1000170"
    """
    Malignant neoplasm of skeletal system
    """
    CLIN1000171 = "CLIN1000171"
    """
    Malignant epithelial neoplasm
    """
    CLIN1000172 = "CLIN1000172"
    """
    Malignant neoplasm of bone
    """
    CLIN1000174 = "CLIN1000174"
    """
    Carcinoma of colon
    """
    CLIN1000178 = "CLIN1000178"
    """
    Carcinoma of genital organ
    """
    CLIN1000179 = "CLIN1000179"
    """
    Carcinoma of prostate
    """
    CLIN1000180 = "CLIN1000180"
    """
    Malignant neoplasms of urinary tract
    """
    CLIN1000181 = "CLIN1000181"
    """
    Malignant neoplasm of bladder
    """
    CLIN1000182 = "CLIN1000182"
    """
    Primary malignant neoplasm of urinary bladder
    """
    CLIN1000184 = "CLIN1000184"
    """
    Malignant neoplasms of digestive organs
    """
    CLIN1000191 = "CLIN1000191"
    """
    Metastasis to digestive organs
    """
    CLIN1000192 = "CLIN1000192"
    """
    Secondary malignant neoplasm of liver
    """
    CLIN1000199 = "CLIN1000199"
    """
    Secondary malignant neoplasm of intra-abdominal organs
    """
    CLIN1000210 = "CLIN1000210"
    """
    Malignant neoplasm: Nipple and areola
    """
    CLIN1000211 = "CLIN1000211"
    """
    Malignant neoplasm of areola
    """
    CLIN1000212 = "CLIN1000212"
    """
    Malignant neoplasm of nipple
    """
    CLIN1003313 = "CLIN1003313"
    """
    Primary malignant neoplasm of vulva
    """
    CLIN1003314 = "CLIN1003314"
    """
    Malignant neoplasm of vulva
    """
    CLIN1003315 = "CLIN1003315"
    """
    Malignant neoplasm of vagina
    """
    CLIN1003316 = "CLIN1003316"
    """
    Malignant neoplasm of uterus
    """
    CLIN1003317 = "CLIN1003317"
    """
    Malignant neoplasm of cervix uteri
    """
    CLIN1003318 = "CLIN1003318"
    """
    Adenocarcinoma of uterus
    """
    CLIN1003319 = "CLIN1003319"
    """
    Primary malignant neoplasm of uterine cervix
    """
    CLIN1003320 = "CLIN1003320"
    """
    Carcinoma of cervix
    """
    CLIN1003321 = "CLIN1003321"
    """
    Adenocarcinoma of cervix
    """
    CLIN1003322 = "CLIN1003322"
    """
    Carcinoma of uterus
    """
    CLIN1003323 = "CLIN1003323"
    """
    Primary malignant neoplasm of uterus
    """
    CLIN1003324 = "CLIN1003324"
    """
    Primary malignant neoplasm of vagina
    """
    CLIN1003325 = "CLIN1003325"
    """
    Carcinoma of vagina
    """
    CLIN1003326 = "CLIN1003326"
    """
    Primary malignant neoplasm of ovary
    """
    CLIN1003327 = "CLIN1003327"
    """
    Carcinoma of vulva
    """
    CLIN1003548 = "CLIN1003548"
    """
    Malignant neoplasm of genital structure
    """
    CLIN1007248 = "CLIN1007248"
    """
    Malignant adenomatous neoplasm
    """
    CLIN1007367 = "CLIN1007367"
    """
    Malignant neoplasm of abdomen
    """
    CLIN1007487 = "CLIN1007487"
    """
    Adenocarcinoma of pelvis
    """
    CLIN1007608 = "CLIN1007608"
    """
    Small cell carcinoma
    """
    CLIN1007730 = "CLIN1007730"
    """
    Primary malignant neoplasm of abdomen
    """
    CLIN1007853 = "CLIN1007853"
    """
    Malignant neoplasm of genitourinary organ
    """
    CLIN1007963 = "CLIN1007963"
    """
    Mixed ductal and lobular carcinoma of breast
    """
    CLIN1007970 = "CLIN1007970"
    """
    Malignant glioma of brain
    """
    CLIN1007972 = "CLIN1007972"
    """
    Infiltrating lobular carcinoma of breast
    """
    CLIN1007973 = "CLIN1007973"
    """
    Infiltrating duct carcinoma of breast
    """
    CLIN1007974 = "CLIN1007974"
    """
    Malignant glioma of brainstem
    """
    CLIN1007975 = "CLIN1007975"
    """
    Malignant neoplasm of brainstem
    """
    CLIN1007976 = "CLIN1007976"
    """
    Malignant neoplasm of brain
    """
    CLIN1007978 = "CLIN1007978"
    """
    Primary malignant neoplasm of brain
    """
    CLIN1007979 = "CLIN1007979"
    """
    Breast Carcinoma by Gene Expression Profile
    """
    CLIN1007980 = "CLIN1007980"
    """
    HER2 positive(enriched)/HR negative (non-luminal)
    """
    CLIN1007981 = "CLIN1007981"
    """
    HER2 positive (enriched)/HR positive (luminal)
    """
    CLIN1007982 = "CLIN1007982"
    """
    Luminal B
    """
    CLIN1007983 = "CLIN1007983"
    """
    Luminal A
    """
    CLIN1007988 = "CLIN1007988"
    """
    Primary Cancer Condition
    """
    CLIN1007989 = "CLIN1007989"
    """
    Secondary Cancer Condition
    """
    CLIN1007990 = "CLIN1007990"
    """
    Glioblastoma multiforme
    """
    CLIN1007991 = "CLIN1007991"
    """
    Glioblastoma, NOS, of nervous system, NOS
    """
    CLIN1007992 = "CLIN1007992"
    """
    Glioblastoma multiforme of central nervous system
    """
    CLIN1007993 = "CLIN1007993"
    """
    Glioblastoma multiforme of brain
    """
    CLIN1007994 = "CLIN1007994"
    """
    Giant cell glioblastoma of brain
    """
    CLIN1007996 = "CLIN1007996"
    """
    Malignant neoplasm of other connective and soft tissue
    """
    CLIN1007997 = "CLIN1007997"
    """
    Malignant neoplasm of soft tissue
    """
    CLIN1008102 = "CLIN1008102"
    """
    Malignant neuroendocrine tumor
    """
    CLIN1008228 = "CLIN1008228"
    """
    Squamous cell carcinoma
    """
    CLIN1008355 = "CLIN1008355"
    """
    Primary malignant neoplasm of male genital organ
    """
    CLIN1008483 = "CLIN1008483"
    """
    Squamous cell carcinoma of male genital
    """
    CLIN1008612 = "CLIN1008612"
    """
    Primary malignant neoplasm of pelvis
    """
    CLIN1008742 = "CLIN1008742"
    """
    Primary malignant neoplasm of prostate
    """
    CLIN1016155 = "CLIN1016155"
    """
    Infiltrating duct carcinoma of prostate
    """
    CLIN1016398 = "CLIN1016398"
    """
    Primary adenocarcinoma of pelvis
    """
    CLIN1016533 = "CLIN1016533"
    """
    Small cell carcinoma of prostate
    """
    CLIN1016580 = "CLIN1016580"
    """
    Squamous cell carcinoma of prostate
    """
    CLIN1016677 = "CLIN1016677"
    """
    Adenosquamous cell carcinoma
    """
    CLIN1020303 = "CLIN1020303"
    """
    Neuroendocrine carcinoma
    """
    CLIN1021456 = "CLIN1021456"
    """
    Malignant lymphoma, non-Hodgkin, NOS, of unknown primary site
    """
    CLIN1021457 = "CLIN1021457"
    """
    Acinar cell carcinoma of prostate gland
    """
    CLIN1021458 = "CLIN1021458"
    """
    Ductal carcinoma in situ, solid type of breast, NOS
    """
    CLIN1021492 = "CLIN1021492"
    """
    Adenocarcinoma with neuroendocrine differentiation of prostate gland
    """
    CLIN1021525 = "CLIN1021525"
    """
    Adenosquamous carcinoma of prostate gland
    """
    CLIN1022482 = "CLIN1022482"
    """
    Basal cell adenocarcinoma of prostate gland
    """
    CLIN1023100 = "CLIN1023100"
    """
    Hormone refractory prostate cancer
    """
    CLIN1023217 = "CLIN1023217"
    """
    Hormone sensitive prostate cancer
    """
    CLIN1023793 = "CLIN1023793"
    """
    Neuroendocrine tumor, NOS, of prostate gland
    """
    CLIN1023862 = "CLIN1023862"
    """
    Infiltrating duct carcinoma, NOS, of prostate gland
    """
    CLIN1023932 = "CLIN1023932"
    """
    Intraductal carcinoma, noninfiltrating, NOS, of prostate gland
    """
    CLIN1024003 = "CLIN1024003"
    """
    Large cell neuroendocrine carcinoma of prostate gland
    """
    CLIN1024075 = "CLIN1024075"
    """
    Small cell carcinoma, NOS, of prostate gland
    """
    CLIN1030093 = "CLIN1030093"
    """
    Neoplasm, malignant of prostate gland
    """
    CLIN1031177 = "CLIN1031177"
    """
    Transitional cell carcinoma, NOS, of prostate gland
    """
    CLIN1031178 = "CLIN1031178"
    """
    ICDO3Tumor
    """
    CLIN1033194 = "CLIN1033194"
    """
    Adenocarcinoma, NOS, of prostate gland
    """
    CLIN1033298 = "CLIN1033298"
    """
    Squamous cell carcinoma, NOS, of prostate gland
    """
    CLIN1036362 = "CLIN1036362"
    """
    Primary malignant neoplasm of intestinal tract
    """
    CLIN1036373 = "CLIN1036373"
    """
    Primary malignant neoplasm of large intestine
    """
    CLIN1036772 = "CLIN1036772"
    """
    Sarcoma of liver
    """
    CLIN1037633 = "CLIN1037633"
    """
    Malignant tumor of upper limb
    """
    CLIN1037685 = "CLIN1037685"
    """
    Malignant tumor of axilla
    """
    CLIN1037738 = "CLIN1037738"
    """
    Secondary malignant neoplasm of axilla
    """
    CLIN1037792 = "CLIN1037792"
    """
    Secondary malignant neoplasm of axillary lymph nodes
    """
    CLIN1038137 = "CLIN1038137"
    """
    Adenocarcinoma of liver
    """
    CLIN1038722 = "CLIN1038722"
    """
    Metastatic malignant neoplasm
    """
    CLIN1039233 = "CLIN1039233"
    """
    Malignant tumor of lymphoid hemopoietic and related tissue
    """
    CLIN1039310 = "CLIN1039310"
    """
    Malignant lymphoma
    """
    CLIN1039628 = "CLIN1039628"
    """
    Secondary malignant neoplasm of trunk
    """
    CLIN1040585 = "CLIN1040585"
    """
    Malignant tumor of digestive organ
    """
    CLIN1041458 = "CLIN1041458"
    """
    Sarcoma
    """
    CLIN1041663 = "CLIN1041663"
    """
    Secondary malignant neoplasm of viscera
    """
    CLIN1042302 = "CLIN1042302"
    """
    Angiosarcoma
    """
    CLIN1043447 = "CLIN1043447"
    """
    Liver cell carcinoma
    """
    CLIN1043567 = "CLIN1043567"
    """
    Fibrolamellar hepatocellular carcinoma
    """
    CLIN1045950 = "CLIN1045950"
    """
    Primary malignant neoplasm of rectum
    """
    CLIN1045970 = "CLIN1045970"
    """
    Primary malignant neoplasm of colon
    """
    CLIN1046256 = "CLIN1046256"
    """
    Triple-negative breast cancer
    """
    CLIN1046321 = "CLIN1046321"
    """
    Malignant lymphoma of liver
    """
    CLIN1046322 = "CLIN1046322"
    """
    Diffuse non-Hodgkin's lymphoma
    """
    CLIN1046323 = "CLIN1046323"
    """
    Non-Hodgkin's lymphoma (clinical)
    """
    CLIN1046501 = "CLIN1046501"
    """
    Primary malignant neoplasm of breast with axillary lymph node invasion
    """
    CLIN1046621 = "CLIN1046621"
    """
    Malignant neoplasm of female breast
    """
    CLIN1046706 = "CLIN1046706"
    """
    Angiosarcoma of liver
    """
    CLIN1046795 = "CLIN1046795"
    """
    HER2 positive
    """
    CLIN1047300 = "CLIN1047300"
    """
    Primary malignant neoplasm of female breast
    """
    CLIN1048106 = "CLIN1048106"
    """
    HER2 negative
    """
    CLIN1049513 = "CLIN1049513"
    """
    Neuroblastoma
    """
    CLIN1051070 = "CLIN1051070"
    """
    Malignant neoplasm of digestive system
    """
    CLIN1051085 = "CLIN1051085"
    """
    Malignant neoplasm of gastrointestinal tract
    """
    CLIN1051577 = "CLIN1051577"
    """
    Malignant neoplasm of respiratory system
    """
    CLIN1051710 = "CLIN1051710"
    """
    Primary malignant neoplasm of intrathoracic organs
    """
    CLIN1051713 = "CLIN1051713"
    """
    Primary malignant neoplasm of respiratory tract
    """
    CLIN1051722 = "CLIN1051722"
    """
    Primary malignant neoplasm of lung
    """
    CLIN1052245 = "CLIN1052245"
    """
    Adenocarcinoma of large intestine
    """
    CLIN1052250 = "CLIN1052250"
    """
    Primary adenocarcinoma of colon
    """
    CLIN1052313 = "CLIN1052313"
    """
    Invasive carcinoma of breast
    """
    CLIN1053270 = "CLIN1053270"
    """
    Malignant colorectal neoplasm
    """
    CLIN1053316 = "CLIN1053316"
    """
    Malignant tumor of cecum
    """
    CLIN1053363 = "CLIN1053363"
    """
    Primary malignant neoplasm of cecum
    """
    CLIN1053411 = "CLIN1053411"
    """
    Malignant tumor of ascending colon
    """
    CLIN1053460 = "CLIN1053460"
    """
    Malignant tumor of hepatic flexure
    """
    CLIN1053510 = "CLIN1053510"
    """
    Primary malignant neoplasm of hepatic flexure of colon
    """
    CLIN1053561 = "CLIN1053561"
    """
    Malignant tumor of sigmoid colon
    """
    CLIN1053613 = "CLIN1053613"
    """
    Primary malignant neoplasm of sigmoid colon
    """
    CLIN1053666 = "CLIN1053666"
    """
    Malignant tumor of descending colon
    """
    CLIN1053720 = "CLIN1053720"
    """
    Malignant tumor of splenic flexure
    """
    CLIN1053775 = "CLIN1053775"
    """
    Primary malignant neoplasm of splenic flexure of colon
    """
    CLIN1054127 = "CLIN1054127"
    """
    Malignant neoplasm of nervous system
    """
    CLIN1054128 = "CLIN1054128"
    """
    Primary malignant neoplasm of nervous system
    """
    CLIN1054129 = "CLIN1054129"
    """
    Malignant neoplasm of central nervous system
    """
    CLIN1054130 = "CLIN1054130"
    """
    Malignant glioma of central nervous system
    """
    CLIN1054131 = "CLIN1054131"
    """
    Malignant tumor of meninges
    """
    CLIN1054446 = "CLIN1054446"
    """
    Primary adenocarcinoma of ascending colon
    """
    CLIN1054513 = "CLIN1054513"
    """
    Primary adenocarcinoma of digestive organ
    """
    CLIN1054581 = "CLIN1054581"
    """
    Primary mucinous carcinoma of digestive organ
    """
    CLIN1054650 = "CLIN1054650"
    """
    Primary malignant neoplasm of ascending colon
    """
    CLIN1054720 = "CLIN1054720"
    """
    Primary malignant neoplasm of descending colon
    """
    CLIN1054791 = "CLIN1054791"
    """
    Primary malignant neoplasm of transverse colon
    """
    CLIN1059091 = "CLIN1059091"
    """
    Adenosquamous carcinoma of hepatic flexure of colon
    """
    CLIN1059101 = "CLIN1059101"
    """
    Carcinoma, undifferentiated, NOS, of sigmoid colon
    """
    CLIN1059112 = "CLIN1059112"
    """
    Mucinous adenocarcinoma of sigmoid colon
    """
    CLIN1059124 = "CLIN1059124"
    """
    Neuroendocrine carcinoma, NOS, of splenic flexure of colon
    """
    CLIN1059137 = "CLIN1059137"
    """
    Signet ring cell carcinoma of splenic flexure of colon
    """
    CLIN1059151 = "CLIN1059151"
    """
    Adenosquamous carcinoma of splenic flexure of colon
    """
    CLIN1059392 = "CLIN1059392"
    """
    Malignant neoplasm of thyroid gland
    """
    CLIN1059399 = "CLIN1059399"
    """
    Malignant tumor of head and neck
    """
    CLIN1059400 = "CLIN1059400"
    """
    Malignant tumor of neck
    """
    CLIN1059401 = "CLIN1059401"
    """
    Malignant neoplasm of cerebral meninges
    """
    CLIN1059402 = "CLIN1059402"
    """
    Malignant meningioma of meninges of brain
    """
    CLIN1059403 = "CLIN1059403"
    """
    Primary malignant meningioma of meninges of brain
    """
    CLIN1059452 = "CLIN1059452"
    """
    Carcinoma, undifferentiated, NOS, of cecum
    """
    CLIN1059481 = "CLIN1059481"
    """
    Invasive carcinoma of breast with extensive intraductal component
    """
    CLIN1059511 = "CLIN1059511"
    """
    Invasive carcinoma of breast without extensive intraductal component
    """
    CLIN1059749 = "CLIN1059749"
    """
    Adenosquamous carcinoma of descending colon
    """
    CLIN1059787 = "CLIN1059787"
    """
    Adenosquamous carcinoma of rectum, NOS
    """
    CLIN1059949 = "CLIN1059949"
    """
    Mucinous adenocarcinoma of transverse colon
    """
    CLIN1060833 = "CLIN1060833"
    """
    Apocrine adenocarcinoma of breast, NOS
    """
    CLIN1060835 = "CLIN1060835"
    """
    Lobular carcinoma in situ, NOS, of breast, NOS
    """
    CLIN1060838 = "CLIN1060838"
    """
    Lobular carcinoma in situ, pleomorphic of breast, NOS
    """
    CLIN1060842 = "CLIN1060842"
    """
    Infiltrating duct carcinoma, NOS, of breast, NOS
    """
    CLIN1060847 = "CLIN1060847"
    """
    Lobular carcinoma, NOS, of breast, NOS
    """
    CLIN1060853 = "CLIN1060853"
    """
    Infiltrating duct and lobular carcinoma of breast, NOS
    """
    CLIN1060860 = "CLIN1060860"
    """
    Mucinous adenocarcinoma of breast, NOS
    """
    CLIN1060868 = "CLIN1060868"
    """
    Papillary carcinoma, NOS, of breast, NOS
    """
    CLIN1060877 = "CLIN1060877"
    """
    Phyllodes tumor, malignant of breast, NOS
    """
    CLIN1060887 = "CLIN1060887"
    """
    Tubular adenocarcinoma of breast, NOS
    """
    CLIN1060898 = "CLIN1060898"
    """
    Neoplasm, malignant of breast, NOS
    """
    CLIN1060910 = "CLIN1060910"
    """
    Mucinous adenocarcinoma of cecum
    """
    CLIN1060923 = "CLIN1060923"
    """
    Adenosquamous carcinoma of cecum
    """
    CLIN1060937 = "CLIN1060937"
    """
    Adenocarcinoma, NOS, of cecum
    """
    CLIN1060952 = "CLIN1060952"
    """
    Neuroendocrine carcinoma, NOS, of cecum
    """
    CLIN1060968 = "CLIN1060968"
    """
    Signet ring cell carcinoma of cecum
    """
    CLIN1060985 = "CLIN1060985"
    """
    Neoplasm, malignant of cecum
    """
    CLIN1061003 = "CLIN1061003"
    """
    Mucinous adenocarcinoma of ascending colon
    """
    CLIN1061022 = "CLIN1061022"
    """
    Adenosquamous carcinoma of ascending colon
    """
    CLIN1061042 = "CLIN1061042"
    """
    Adenocarcinoma, NOS, of ascending colon
    """
    CLIN1061063 = "CLIN1061063"
    """
    Neuroendocrine carcinoma, NOS, of ascending colon
    """
    CLIN1061085 = "CLIN1061085"
    """
    Signet ring cell carcinoma of ascending colon
    """
    CLIN1061108 = "CLIN1061108"
    """
    Carcinoma, undifferentiated, NOS, of ascending colon
    """
    CLIN1061132 = "CLIN1061132"
    """
    Neoplasm, malignant of ascending colon
    """
    CLIN1061157 = "CLIN1061157"
    """
    Mucinous adenocarcinoma of hepatic flexure of colon
    """
    CLIN1061183 = "CLIN1061183"
    """
    Adenocarcinoma, NOS, of hepatic flexure of colon
    """
    CLIN1061210 = "CLIN1061210"
    """
    Neuroendocrine carcinoma, NOS, of hepatic flexure of colon
    """
    CLIN1061238 = "CLIN1061238"
    """
    Signet ring cell carcinoma of hepatic flexure of colon
    """
    CLIN1061267 = "CLIN1061267"
    """
    Carcinoma, undifferentiated, NOS, of hepatic flexure of colon
    """
    CLIN1061297 = "CLIN1061297"
    """
    Neoplasm, malignant of hepatic flexure of colon
    """
    CLIN1061328 = "CLIN1061328"
    """
    Adenosquamous carcinoma of transverse colon
    """
    CLIN1061360 = "CLIN1061360"
    """
    Adenocarcinoma, NOS, of transverse colon
    """
    CLIN1061393 = "CLIN1061393"
    """
    Neuroendocrine carcinoma, NOS, of transverse colon
    """
    CLIN1061427 = "CLIN1061427"
    """
    Signet ring cell carcinoma of transverse colon
    """
    CLIN1061462 = "CLIN1061462"
    """
    Carcinoma, undifferentiated, NOS, of transverse colon
    """
    CLIN1061498 = "CLIN1061498"
    """
    Neoplasm, malignant of transverse colon
    """
    CLIN1061535 = "CLIN1061535"
    """
    Mucinous adenocarcinoma of splenic flexure of colon
    """
    CLIN1061573 = "CLIN1061573"
    """
    Adenocarcinoma, NOS, of splenic flexure of colon
    """
    CLIN1061612 = "CLIN1061612"
    """
    Carcinoma, undifferentiated, NOS, of splenic flexure of colon
    """
    CLIN1061652 = "CLIN1061652"
    """
    Neoplasm, malignant of splenic flexure of colon
    """
    CLIN1061693 = "CLIN1061693"
    """
    Mucinous adenocarcinoma of descending colon
    """
    CLIN1061735 = "CLIN1061735"
    """
    Adenocarcinoma, NOS, of descending colon
    """
    CLIN1061778 = "CLIN1061778"
    """
    Neuroendocrine carcinoma, NOS, of descending colon
    """
    CLIN1061822 = "CLIN1061822"
    """
    Signet ring cell carcinoma of descending colon
    """
    CLIN1061867 = "CLIN1061867"
    """
    Carcinoma, undifferentiated, NOS, of descending colon
    """
    CLIN1061913 = "CLIN1061913"
    """
    Neoplasm, malignant of descending colon
    """
    CLIN1061960 = "CLIN1061960"
    """
    Adenosquamous carcinoma of sigmoid colon
    """
    CLIN1062008 = "CLIN1062008"
    """
    Adenocarcinoma, NOS, of sigmoid colon
    """
    CLIN1062057 = "CLIN1062057"
    """
    Neuroendocrine carcinoma, NOS, of sigmoid colon
    """
    CLIN1062107 = "CLIN1062107"
    """
    Signet ring cell carcinoma of sigmoid colon
    """
    CLIN1062158 = "CLIN1062158"
    """
    Neoplasm, malignant of sigmoid colon
    """
    CLIN1062210 = "CLIN1062210"
    """
    Mucinous adenocarcinoma of colon, NOS
    """
    CLIN1062263 = "CLIN1062263"
    """
    Adenosquamous carcinoma of colon, NOS
    """
    CLIN1062317 = "CLIN1062317"
    """
    Adenocarcinoma, NOS, of colon, NOS
    """
    CLIN1062372 = "CLIN1062372"
    """
    Neuroendocrine carcinoma, NOS, of colon, NOS
    """
    CLIN1062428 = "CLIN1062428"
    """
    Signet ring cell carcinoma of colon, NOS
    """
    CLIN1062485 = "CLIN1062485"
    """
    Carcinoma, undifferentiated, NOS, of colon, NOS
    """
    CLIN1062543 = "CLIN1062543"
    """
    Neoplasm, malignant of colon, NOS
    """
    CLIN1062602 = "CLIN1062602"
    """
    Mucinous adenocarcinoma of rectum, NOS
    """
    CLIN1062662 = "CLIN1062662"
    """
    Adenocarcinoma, NOS, of rectum, NOS
    """
    CLIN1062723 = "CLIN1062723"
    """
    Neuroendocrine carcinoma, NOS, of rectum, NOS
    """
    CLIN1062785 = "CLIN1062785"
    """
    Signet ring cell carcinoma of rectum, NOS
    """
    CLIN1062848 = "CLIN1062848"
    """
    Carcinoma, undifferentiated, NOS, of rectum, NOS
    """
    CLIN1062912 = "CLIN1062912"
    """
    Neoplasm, malignant of rectum, NOS
    """
    CLIN1062977 = "CLIN1062977"
    """
    Adenocarcinoma, NOS, of lung, NOS
    """
    CLIN1063043 = "CLIN1063043"
    """
    Squamous cell carcinoma, NOS, of lung, NOS
    """
    CLIN1063110 = "CLIN1063110"
    """
    Large cell carcinoma, NOS, of lung, NOS
    """
    CLIN1063178 = "CLIN1063178"
    """
    Non-small cell carcinoma of lung, NOS
    """


class BodyStructureEnum(str, Enum):
    """
    Anatomical sites and body parts (hyper-ontology branch BP1000024 Body structure).
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


class ImagingModalityEnum(str, Enum):
    """
    Imaging modalities (hyper-ontology branch IMG1000009 Imaging modality).
    """
    IMG1000022 = "IMG1000022"
    """
    Magnetic resonance imaging
    """
    IMG1000024 = "IMG1000024"
    """
    Computed radiography
    """
    IMG1000025 = "IMG1000025"
    """
    Tomographic imaging
    """
    IMG1000026 = "IMG1000026"
    """
    Computed tomography
    """
    IMG1000028 = "IMG1000028"
    """
    Digital Radiography
    """
    IMG1000030 = "IMG1000030"
    """
    Mammography
    """
    IMG1000031 = "IMG1000031"
    """
    Radionuclide imaging - action
    """
    IMG1000034 = "IMG1000034"
    """
    Nuclear medicine
    """
    IMG1000035 = "IMG1000035"
    """
    Ultrasound
    """
    IMG1000036 = "IMG1000036"
    """
    Radiographic imaging - action
    """
    IMG1000037 = "IMG1000037"
    """
    Positron emission tomography
    """
    IMG1000038 = "IMG1000038"
    """
    Magnetic resonance imaging
    """
    IMG1000039 = "IMG1000039"
    """
    Plain X-ray imaging - action
    """
    IMG1000040 = "IMG1000040"
    """
    Ultrasound
    """
    IMG1000041 = "IMG1000041"
    """
    Fluoroscopy
    """
    IMG1000042 = "IMG1000042"
    """
    Computed tomography
    """
    IMG1000043 = "IMG1000043"
    """
    Tomographic imaging - action
    """
    IMG1000061 = "IMG1000061"
    """
    Single photon emission computed tomography
    """
    IMG1000062 = "IMG1000062"
    """
    Positron emission tomography
    """
    IMG1000069 = "IMG1000069"
    """
    Tomographic imaging, plain radiologic - action
    """
    IMG1000070 = "IMG1000070"
    """
    Tomography
    """
    IMG1000071 = "IMG1000071"
    """
    Nuclear medicine imaging
    """
    IMG1000072 = "IMG1000072"
    """
    Single photon imaging
    """
    IMG1000073 = "IMG1000073"
    """
    Molecular imaging
    """
    IMG1000074 = "IMG1000074"
    """
    Other modality (DICOM)
    """
    IMG1000075 = "IMG1000075"
    """
    SEG
    """
    IMG1000079 = "IMG1000079"
    """
    Scintigraphy
    """
    IMG1000080 = "IMG1000080"
    """
    Planar nuclear medicine imaging
    """
    IMG1000081 = "IMG1000081"
    """
    Radiofluoroscopy
    """
    IMG1000082 = "IMG1000082"
    """
    MR fluoroscopy
    """
    IMG1000083 = "IMG1000083"
    """
    Magnetic resonance spectroscopy
    """
    IMG1000084 = "IMG1000084"
    """
    Conventional tomography
    """
    IMG1000085 = "IMG1000085"
    """
    Photon Counting Computed Tomography
    """
    IMG1000086 = "IMG1000086"
    """
    Low-Dose Computed Tomography
    """
    IMG1004158 = "IMG1004158"
    """
    Single photon emission computed tomography with computed tomography
    """
    IMG1004450 = "IMG1004450"
    """
    SPECT-CT
    """
    IMG1004451 = "IMG1004451"
    """
    PET-CT
    """
    IMG1004452 = "IMG1004452"
    """
    PET-MR
    """
    IMG1004453 = "IMG1004453"
    """
    Projection radiography
    """
    IMG1004454 = "IMG1004454"
    """
    combined modalities
    """
    IMG1004455 = "IMG1004455"
    """
    Mammography
    """
    IMG1004456 = "IMG1004456"
    """
    Slide Microscopy
    """
    IMG1004457 = "IMG1004457"
    """
    Microscopy
    """
    IMG1004458 = "IMG1004458"
    """
    Digital Microscopy
    """
    IMG1004459 = "IMG1004459"
    """
    Whole Slide Imaging
    """
    IMG1004460 = "IMG1004460"
    """
    Diffusion tensor imaging
    """
    IMG1004461 = "IMG1004461"
    """
    Dynamic contrast-enhanced magnetic resonance imaging
    """
    IMG1004462 = "IMG1004462"
    """
    Magnetic resonance angiography
    """
    IMG1004463 = "IMG1004463"
    """
    Digitized hematoxylin-eosin (HE) slides
    """
    IMG1004464 = "IMG1004464"
    """
    Functional magnetic resonance imaging
    """
    IMG1004465 = "IMG1004465"
    """
    Video imaging - action
    """
    IMG1004466 = "IMG1004466"
    """
    Colonoscopy Video Recording
    """
    IMG1004467 = "IMG1004467"
    """
    Diffusion MRI
    """
    IMG1004468 = "IMG1004468"
    """
    Diffusion Spectrum Imaging
    """
    IMG1004469 = "IMG1004469"
    """
    Magnetic resonance venography
    """
    IMG1004470 = "IMG1004470"
    """
    Perfusion-Weighted Magnetic Resonance Imaging
    """
    IMG1004471 = "IMG1004471"
    """
    Perfusion Magnetic Resonance Imaging
    """
    IMG1004472 = "IMG1004472"
    """
    T1-Weighted Magnetic Resonance Imaging
    """
    IMG1004473 = "IMG1004473"
    """
    T1-Weighted Magnetic Resonance Imaging with Contrast
    """
    IMG1005452 = "IMG1005452"
    """
    Diffusion weighted imaging
    """
    IMG1005606 = "IMG1005606"
    """
    Multiparametric magnetic resonance imaging
    """
    IMG1016138 = "IMG1016138"
    """
    Fluorescence imaging
    """
    IMG1016732 = "IMG1016732"
    """
    Plain radiography
    """
    IMG1016768 = "IMG1016768"
    """
    Dual-energy CT
    """
    IMG1016774 = "IMG1016774"
    """
    Angiography
    """
    IMG1016775 = "IMG1016775"
    """
    Venography
    """
    IMG1016779 = "IMG1016779"
    """
    Video imaging
    """


class ManufacturerEnum(str, Enum):
    """
    Manufacturers of imaging equipment (hyper-ontology branch IMG1000010 Manufacturer).
    """
    IMG1000044 = "IMG1000044"
    """
    Siemens
    """
    IMG1000045 = "IMG1000045"
    """
    Toshiba
    """
    IMG1000046 = "IMG1000046"
    """
    Philips
    """
    IMG1000047 = "IMG1000047"
    """
    General Electric
    """
    IMG1000048 = "IMG1000048"
    """
    I.M.S
    """
    IMG1000049 = "IMG1000049"
    """
    Esaote
    """
    IMG1000050 = "IMG1000050"
    """
    Canon
    """
    IMG1000051 = "IMG1000051"
    """
    Agfa
    """
    IMG1000052 = "IMG1000052"
    """
    ADAC
    """
    IMG1000053 = "IMG1000053"
    """
    Marconi
    """
    IMG1000054 = "IMG1000054"
    """
    Shimadzu
    """
    IMG1000055 = "IMG1000055"
    """
    Elscint
    """
    IMG1000056 = "IMG1000056"
    """
    Mediso
    """
    IMG1000057 = "IMG1000057"
    """
    Hitachi
    """
    IMG1000058 = "IMG1000058"
    """
    MiE
    """
    IMG1000059 = "IMG1000059"
    """
    Picker International
    """
    IMG1000060 = "IMG1000060"
    """
    Fujifilm
    """
    IMG1000063 = "IMG1000063"
    """
    UIH
    """
    IMG1000064 = "IMG1000064"
    """
    Hologic
    """
    IMG1000065 = "IMG1000065"
    """
    3DHISTECH
    """


class LateralityEnum(str, Enum):
    """
    Side of the body a site lies on. Static list: the hyper-ontology publishes these laterality codes without a parent (not even IMG1016305 Laterality), so no branch can be expanded.
    """
    Left = "IMG1016670"
    Right = "IMG1016682"
    Bilateral = "IMG1016659"
    Unilateral = "IMG1016695"


class EpisodeTypeEnum(str, Enum):
    """
    Kinds of disease episode. Static list: the concepts after GEN1000002 Episode in the Generic module are published without parents, so the branch cannot be expanded.
    """
    Diagnosis = "GEN1000008"
    Treatment = "GEN1000007"
    Remission = "GEN1000006"
    Progression = "GEN1000010"
    Relapse = "GEN1000005"
    Active_Surveillance = "GEN1000009"


class TimeUnitEnum(str, Enum):
    """
    Units of time for offsets, ages and periods (hyper-ontology branch COM1000150 Unit of time).
    """
    COM1000151 = "COM1000151"
    """
    year
    """
    COM1000153 = "COM1000153"
    """
    day
    """
    COM1000154 = "COM1000154"
    """
    month
    """
    COM1000155 = "COM1000155"
    """
    week
    """


class FamilyRelationshipEnum(str, Enum):
    """
    Relatives of the patient (hyper-ontology branch COM1001043 Person in the family).
    """
    COM1001040 = "COM1001040"
    """
    Relative
    """
    COM1001045 = "COM1001045"
    """
    Person in family of subject
    """
    COM1001048 = "COM1001048"
    """
    Blood relative
    """
    COM1001049 = "COM1001049"
    """
    First degree blood relative
    """
    COM1001050 = "COM1001050"
    """
    Second degree blood relative
    """


class HistologicGradingSystemEnum(str, Enum):
    """
    Histological grading systems such as Gleason, ISUP and Nottingham (hyper-ontology branch CLIN1037296).
    """
    CLIN1037294 = "CLIN1037294"
    """
    Gleason scoring system for malignant neoplasm of prostate
    """
    CLIN1037295 = "CLIN1037295"
    """
    Gleason grading system for prostatic cancer
    """
    CLIN1037299 = "CLIN1037299"
    """
    Nottingham histologic grading system
    """
    CLIN1037300 = "CLIN1037300"
    """
    International Society of Urological Pathology prostate cancer staging system
    """


class TumorStagingEnum(str, Enum):
    """
    Staging categories and descriptors, e.g. the clinical and pathological T, N and M categories (hyper-ontology branch CLIN1044182 Tumor staging).
    """
    CLIN1000398 = "CLIN1000398"
    """
    AJCC/UICC finding
    """
    CLIN1000417 = "CLIN1000417"
    """
    AJCC/UICC 7th edition
    """
    CLIN1000437 = "CLIN1000437"
    """
    AJCC/UICC 7th M1 Category
    """
    CLIN1000458 = "CLIN1000458"
    """
    AJCC/UICC 7th T1 Category
    """
    CLIN1000480 = "CLIN1000480"
    """
    AJCC/UICC 7th T2 Category
    """
    CLIN1000503 = "CLIN1000503"
    """
    AJCC/UICC 7th T3 Category
    """
    CLIN1000527 = "CLIN1000527"
    """
    AJCC/UICC M0 Category
    """
    CLIN1000552 = "CLIN1000552"
    """
    AJCC/UICC MX Category
    """
    CLIN1000578 = "CLIN1000578"
    """
    AJCC/UICC N0 Category
    """
    CLIN1000605 = "CLIN1000605"
    """
    AJCC/UICC N1 Category
    """
    CLIN1000633 = "CLIN1000633"
    """
    AJCC/UICC NX Category
    """
    CLIN1000662 = "CLIN1000662"
    """
    AJCC/UICC T1 Category
    """
    CLIN1000692 = "CLIN1000692"
    """
    AJCC/UICC T2 Category
    """
    CLIN1000723 = "CLIN1000723"
    """
    AJCC/UICC T3 Category
    """
    CLIN1000755 = "CLIN1000755"
    """
    AJCC/UICC T4 Category
    """
    CLIN1000788 = "CLIN1000788"
    """
    AJCC/UICC TX Category
    """
    CLIN1000822 = "CLIN1000822"
    """
    AJCC/UICC M1 Category
    """
    CLIN1000857 = "CLIN1000857"
    """
    AJCC/UICC clinical M1 Category
    """
    CLIN1000893 = "CLIN1000893"
    """
    AJCC/UICC M1a Category
    """
    CLIN1000930 = "CLIN1000930"
    """
    AJCC/UICC M1c Category
    """
    CLIN1000968 = "CLIN1000968"
    """
    AJCC/UICC pathological T1 Category
    """
    CLIN1001007 = "CLIN1001007"
    """
    AJCC/UICC T1a Category
    """
    CLIN1001047 = "CLIN1001047"
    """
    AJCC/UICC T1b Category
    """
    CLIN1001088 = "CLIN1001088"
    """
    AJCC/UICC T1c Category
    """
    CLIN1001130 = "CLIN1001130"
    """
    AJCC/UICC clinical T2 Category
    """
    CLIN1001173 = "CLIN1001173"
    """
    AJCC/UICC pathological T2 Category
    """
    CLIN1001217 = "CLIN1001217"
    """
    AJCC/UICC T2a Category
    """
    CLIN1001262 = "CLIN1001262"
    """
    AJCC/UICC T2b Category
    """
    CLIN1001308 = "CLIN1001308"
    """
    AJCC/UICC T2c Category
    """
    CLIN1001355 = "CLIN1001355"
    """
    AJCC/UICC clinical T3 Category
    """
    CLIN1001403 = "CLIN1001403"
    """
    AJCC/UICC pathological T3 Category
    """
    CLIN1001452 = "CLIN1001452"
    """
    AJCC/UICC T3a Category
    """
    CLIN1001502 = "CLIN1001502"
    """
    AJCC/UICC T3b Category
    """
    CLIN1002642 = "CLIN1002642"
    """
    AJCC/UICC M1b Category
    """
    CLIN1015453 = "CLIN1015453"
    """
    AJCC/UICC 7th clinical M1 Category
    """
    CLIN1015455 = "CLIN1015455"
    """
    AJCC/UICC 7th clinical T2 Category
    """
    CLIN1015458 = "CLIN1015458"
    """
    AJCC/UICC 7th clinical T3 Category
    """
    CLIN1015462 = "CLIN1015462"
    """
    AJCC/UICC 7th M0 Category
    """
    CLIN1015467 = "CLIN1015467"
    """
    AJCC/UICC 7th MX Category
    """
    CLIN1015473 = "CLIN1015473"
    """
    AJCC/UICC 7th N0 Category
    """
    CLIN1015480 = "CLIN1015480"
    """
    AJCC/UICC 7th N1 Category
    """
    CLIN1015488 = "CLIN1015488"
    """
    AJCC/UICC 7th NX Category
    """
    CLIN1015497 = "CLIN1015497"
    """
    AJCC/UICC 7th pathological T1 Category
    """
    CLIN1015507 = "CLIN1015507"
    """
    AJCC/UICC 7th pathological T2 Category
    """
    CLIN1015518 = "CLIN1015518"
    """
    AJCC/UICC 7th pathological T3 Category
    """
    CLIN1015530 = "CLIN1015530"
    """
    AJCC/UICC 7th T1a Category
    """
    CLIN1015543 = "CLIN1015543"
    """
    AJCC/UICC 7th T1b Category
    """
    CLIN1015557 = "CLIN1015557"
    """
    AJCC/UICC 7th T1c Category
    """
    CLIN1015572 = "CLIN1015572"
    """
    AJCC/UICC 7th T2a Category
    """
    CLIN1015588 = "CLIN1015588"
    """
    AJCC/UICC 7th T2b Category
    """
    CLIN1015605 = "CLIN1015605"
    """
    AJCC/UICC 7th T2c Category
    """
    CLIN1015623 = "CLIN1015623"
    """
    AJCC/UICC 7th T3a Category
    """
    CLIN1015642 = "CLIN1015642"
    """
    AJCC/UICC 7th T3b Category
    """
    CLIN1015662 = "CLIN1015662"
    """
    AJCC/UICC 7th T4 Category
    """
    CLIN1015683 = "CLIN1015683"
    """
    AJCC/UICC 7th TX Category
    """
    CLIN1015705 = "CLIN1015705"
    """
    AJCC/UICC pathological T1a Category
    """
    CLIN1015728 = "CLIN1015728"
    """
    AJCC/UICC pathological T1b Category
    """
    CLIN1015752 = "CLIN1015752"
    """
    AJCC/UICC pathological T1c Category
    """
    CLIN1015777 = "CLIN1015777"
    """
    AJCC/UICC pathological T2a Category
    """
    CLIN1015803 = "CLIN1015803"
    """
    AJCC/UICC pathological T2b Category
    """
    CLIN1015830 = "CLIN1015830"
    """
    AJCC/UICC pathological T2c Category
    """
    CLIN1015858 = "CLIN1015858"
    """
    AJCC/UICC pathological T3a Category
    """
    CLIN1015887 = "CLIN1015887"
    """
    AJCC/UICC pathological T3b Category
    """
    CLIN1016727 = "CLIN1016727"
    """
    AJCC/UICC 7th M1a Category
    """
    CLIN1016778 = "CLIN1016778"
    """
    AJCC/UICC 7th M1b Category
    """
    CLIN1016830 = "CLIN1016830"
    """
    AJCC/UICC 7th M1c Category
    """
    CLIN1016883 = "CLIN1016883"
    """
    AJCC/UICC clinical M0 Category
    """
    CLIN1016937 = "CLIN1016937"
    """
    AJCC/UICC clinical M1a Category
    """
    CLIN1016992 = "CLIN1016992"
    """
    AJCC/UICC clinical M1b Category
    """
    CLIN1017048 = "CLIN1017048"
    """
    AJCC/UICC clinical M1c Category
    """
    CLIN1017105 = "CLIN1017105"
    """
    AJCC/UICC clinical MX Category
    """
    CLIN1017163 = "CLIN1017163"
    """
    AJCC/UICC clinical N0 Category
    """
    CLIN1017222 = "CLIN1017222"
    """
    AJCC/UICC clinical N1 Category
    """
    CLIN1017282 = "CLIN1017282"
    """
    AJCC/UICC clinical NX Category
    """
    CLIN1017343 = "CLIN1017343"
    """
    AJCC/UICC clinical T2a Category
    """
    CLIN1017405 = "CLIN1017405"
    """
    AJCC/UICC clinical T2b Category
    """
    CLIN1017468 = "CLIN1017468"
    """
    AJCC/UICC clinical T2c Category
    """
    CLIN1017532 = "CLIN1017532"
    """
    AJCC/UICC clinical T3a Category
    """
    CLIN1017597 = "CLIN1017597"
    """
    AJCC/UICC clinical T3b Category
    """
    CLIN1017663 = "CLIN1017663"
    """
    AJCC/UICC clinical T4 Category
    """
    CLIN1017730 = "CLIN1017730"
    """
    AJCC/UICC clinical TX Category
    """
    CLIN1017798 = "CLIN1017798"
    """
    AJCC/UICC pathological N0 Category
    """
    CLIN1017867 = "CLIN1017867"
    """
    AJCC/UICC pathological N1 Category
    """
    CLIN1017937 = "CLIN1017937"
    """
    AJCC/UICC pathological NX Category
    """
    CLIN1018008 = "CLIN1018008"
    """
    AJCC/UICC pathological T4 Category
    """
    CLIN1018080 = "CLIN1018080"
    """
    AJCC/UICC pathological TX Category
    """
    CLIN1021462 = "CLIN1021462"
    """
    AJCC/UICC 7th clinical M0 Category
    """
    CLIN1021468 = "CLIN1021468"
    """
    AJCC/UICC 7th clinical M1a Category
    """
    CLIN1021475 = "CLIN1021475"
    """
    AJCC/UICC 7th clinical M1b Category
    """
    CLIN1021483 = "CLIN1021483"
    """
    AJCC/UICC 7th clinical M1c Category
    """
    CLIN1021502 = "CLIN1021502"
    """
    AJCC/UICC 7th clinical MX Category
    """
    CLIN1021513 = "CLIN1021513"
    """
    AJCC/UICC 7th clinical N0 Category
    """
    CLIN1021538 = "CLIN1021538"
    """
    AJCC/UICC 7th clinical N1 Category
    """
    CLIN1021552 = "CLIN1021552"
    """
    AJCC/UICC 7th clinical NX Category
    """
    CLIN1021567 = "CLIN1021567"
    """
    AJCC/UICC 7th clinical T2a Category
    """
    CLIN1021583 = "CLIN1021583"
    """
    AJCC/UICC 7th clinical T2b Category
    """
    CLIN1021600 = "CLIN1021600"
    """
    AJCC/UICC 7th pathological T1a Category
    """
    CLIN1021618 = "CLIN1021618"
    """
    AJCC/UICC 7th clinical T2c Category
    """
    CLIN1021637 = "CLIN1021637"
    """
    AJCC/UICC 7th clinical T3a Category
    """
    CLIN1021657 = "CLIN1021657"
    """
    AJCC/UICC 7th pathological T1b Category
    """
    CLIN1021678 = "CLIN1021678"
    """
    AJCC/UICC 7th clinical T3b Category
    """
    CLIN1021700 = "CLIN1021700"
    """
    AJCC/UICC 7th clinical T4 Category
    """
    CLIN1021723 = "CLIN1021723"
    """
    AJCC/UICC 7th clinical TX Category
    """
    CLIN1021747 = "CLIN1021747"
    """
    AJCC/UICC 7th pathological N0 Category
    """
    CLIN1021772 = "CLIN1021772"
    """
    AJCC/UICC 7th pathological N1 Category
    """
    CLIN1021798 = "CLIN1021798"
    """
    AJCC/UICC 7th pathological NX Category
    """
    CLIN1021825 = "CLIN1021825"
    """
    AJCC/UICC 7th pathological T1c Category
    """
    CLIN1021853 = "CLIN1021853"
    """
    AJCC/UICC 7th pathological T2a Category
    """
    CLIN1021882 = "CLIN1021882"
    """
    AJCC/UICC 7th pathological T2b Category
    """
    CLIN1021912 = "CLIN1021912"
    """
    AJCC/UICC 7th pathological T2c Category
    """
    CLIN1021943 = "CLIN1021943"
    """
    AJCC/UICC 7th pathological T3a Category
    """
    CLIN1021975 = "CLIN1021975"
    """
    AJCC/UICC 7th pathological T3b Category
    """
    CLIN1022008 = "CLIN1022008"
    """
    AJCC/UICC 7th pathological T4 Category
    """
    CLIN1022042 = "CLIN1022042"
    """
    AJCC/UICC 7th pathological TX Category
    """
    CLIN1031268 = "CLIN1031268"
    """
    TNM Path Stage Group
    """
    CLIN1031282 = "CLIN1031282"
    """
    TNM Clin M
    """
    CLIN1031297 = "CLIN1031297"
    """
    TNM Clin T
    """
    CLIN1031313 = "CLIN1031313"
    """
    TNM Clin Stage Group
    """
    CLIN1031528 = "CLIN1031528"
    """
    TNM Clin N
    """
    CLIN1033007 = "CLIN1033007"
    """
    TNM Path T
    """
    CLIN1033068 = "CLIN1033068"
    """
    TNM Path N
    """
    CLIN1033314 = "CLIN1033314"
    """
    TNM tumor staging classifications
    """
    CLIN1033316 = "CLIN1033316"
    """
    TNM category
    """
    CLIN1033319 = "CLIN1033319"
    """
    TNM stage grouping
    """
    CLIN1033323 = "CLIN1033323"
    """
    M category
    """
    CLIN1033328 = "CLIN1033328"
    """
    N category
    """
    CLIN1033334 = "CLIN1033334"
    """
    T category
    """
    CLIN1033341 = "CLIN1033341"
    """
    cM category
    """
    CLIN1033349 = "CLIN1033349"
    """
    pM category
    """
    CLIN1033358 = "CLIN1033358"
    """
    cN category
    """
    CLIN1033368 = "CLIN1033368"
    """
    pN category
    """
    CLIN1033379 = "CLIN1033379"
    """
    cT category
    """
    CLIN1033391 = "CLIN1033391"
    """
    pT category
    """
    CLIN1033404 = "CLIN1033404"
    """
    TNM Path M
    """
    CLIN1034108 = "CLIN1034108"
    """
    AJCC/UICC 7th pathological M1a Category
    """
    CLIN1038653 = "CLIN1038653"
    """
    TNM classification of malignant tumor after operation
    """
    CLIN1044308 = "CLIN1044308"
    """
    Malignant tumor staging
    """
    CLIN1044435 = "CLIN1044435"
    """
    Generic tumor staging descriptor
    """
    CLIN1044563 = "CLIN1044563"
    """
    Cancer staging
    """
    CLIN1046013 = "CLIN1046013"
    """
    Tumor histopathological grade status values
    """


class CancerStageValueEnum(str, Enum):
    """
    Stage values allowed by the AJCC, e.g. cT2, pN1, clinical stage group II (hyper-ontology branch COM1000183).
    """
    CLIN1031348 = "CLIN1031348"
    """
    IVA
    """
    CLIN1031367 = "CLIN1031367"
    """
    IVB
    """
    CLIN1031387 = "CLIN1031387"
    """
    II
    """
    CLIN1031408 = "CLIN1031408"
    """
    I
    """
    CLIN1031430 = "CLIN1031430"
    """
    IIB
    """
    CLIN1031453 = "CLIN1031453"
    """
    IIIC
    """
    CLIN1031477 = "CLIN1031477"
    """
    III
    """
    CLIN1031502 = "CLIN1031502"
    """
    IV
    """
    CLIN1031555 = "CLIN1031555"
    """
    IIIA
    """
    CLIN1032123 = "CLIN1032123"
    """
    IIA
    """
    CLIN1032305 = "CLIN1032305"
    """
    IIC
    """
    CLIN1032503 = "CLIN1032503"
    """
    IIIB
    """
    COM1000186 = "COM1000186"
    """
    American Joint Committee on Cancer clinical M category allowable value
    """
    COM1000190 = "COM1000190"
    """
    American Joint Committee on Cancer clinical N category allowable value
    """
    COM1000195 = "COM1000195"
    """
    American Joint Committee on Cancer clinical stage group allowable value
    """
    COM1000201 = "COM1000201"
    """
    American Joint Committee on Cancer clinical T category allowable value
    """
    COM1000208 = "COM1000208"
    """
    American Joint Committee on Cancer pathological M category allowable value
    """
    COM1000216 = "COM1000216"
    """
    American Joint Committee on Cancer pathological N category allowable value
    """
    COM1000225 = "COM1000225"
    """
    American Joint Committee on Cancer pathological stage group allowable value
    """
    COM1000235 = "COM1000235"
    """
    American Joint Committee on Cancer pathological T category allowable value
    """
    COM1000246 = "COM1000246"
    """
    cM1
    """
    COM1000258 = "COM1000258"
    """
    cM1a
    """
    COM1000271 = "COM1000271"
    """
    cM1b
    """
    COM1000285 = "COM1000285"
    """
    cN0
    """
    COM1000300 = "COM1000300"
    """
    cN1
    """
    COM1000316 = "COM1000316"
    """
    cT0
    """
    COM1000333 = "COM1000333"
    """
    cT1
    """
    COM1000351 = "COM1000351"
    """
    cT2
    """
    COM1000370 = "COM1000370"
    """
    cT2a
    """
    COM1000390 = "COM1000390"
    """
    cT2b
    """
    COM1000411 = "COM1000411"
    """
    cT2c
    """
    COM1000433 = "COM1000433"
    """
    cT3
    """
    COM1000456 = "COM1000456"
    """
    cT3a
    """
    COM1000480 = "COM1000480"
    """
    cT3b
    """
    COM1000505 = "COM1000505"
    """
    cT4
    """
    COM1000531 = "COM1000531"
    """
    pM1
    """
    COM1000558 = "COM1000558"
    """
    pM1a
    """
    COM1000586 = "COM1000586"
    """
    pM1b
    """
    COM1000615 = "COM1000615"
    """
    pM1c
    """
    COM1000645 = "COM1000645"
    """
    pN0
    """
    COM1000676 = "COM1000676"
    """
    pN1
    """
    COM1000708 = "COM1000708"
    """
    pT0
    """
    COM1000741 = "COM1000741"
    """
    pT1
    """
    COM1000775 = "COM1000775"
    """
    pT2
    """
    COM1000810 = "COM1000810"
    """
    pT2a
    """
    COM1000846 = "COM1000846"
    """
    pT2b
    """
    COM1000883 = "COM1000883"
    """
    pT2c
    """
    COM1000921 = "COM1000921"
    """
    pT3
    """
    COM1000960 = "COM1000960"
    """
    pT3a
    """
    COM1001000 = "COM1001000"
    """
    pT3b
    """
    COM1001041 = "COM1001041"
    """
    pT4
    """
    COM1001052 = "COM1001052"
    """
    American Joint Committee on Cancer ypN category allowable value
    """
    COM1001080 = "COM1001080"
    """
    ypN0
    """
    COM1001082 = "COM1001082"
    """
    ypN1
    """
    COM1001085 = "COM1001085"
    """
    ypN1mi
    """
    COM1001089 = "COM1001089"
    """
    ypN1a
    """
    COM1001094 = "COM1001094"
    """
    ypN1b
    """
    COM1001100 = "COM1001100"
    """
    ypN1c
    """
    COM1001107 = "COM1001107"
    """
    ypN2
    """
    COM1001115 = "COM1001115"
    """
    ypN2a
    """
    COM1001124 = "COM1001124"
    """
    ypN2b
    """
    COM1001134 = "COM1001134"
    """
    ypN3
    """
    COM1001145 = "COM1001145"
    """
    ypN3a
    """
    COM1001157 = "COM1001157"
    """
    ypN3b
    """
    COM1001170 = "COM1001170"
    """
    ypN3c
    """
    COM1001184 = "COM1001184"
    """
    American Joint Committee on Cancer pM1
    """
    COM1001199 = "COM1001199"
    """
    American Joint Committee on Cancer pM1a (qualifier value)
    """
    COM1001215 = "COM1001215"
    """
    American Joint Committee on Cancer pM1b (qualifier value)
    """
    COM1001232 = "COM1001232"
    """
    American Joint Committee on Cancer pM1c (qualifier value)
    """
    COM1001250 = "COM1001250"
    """
    pM1d
    """
    COM1001397 = "COM1001397"
    """
    cN1mi
    """
    COM1001399 = "COM1001399"
    """
    cN2
    """
    COM1001402 = "COM1001402"
    """
    cN2a
    """
    COM1001406 = "COM1001406"
    """
    cN2b
    """
    COM1001411 = "COM1001411"
    """
    cN3
    """
    COM1001417 = "COM1001417"
    """
    cN3a
    """
    COM1001424 = "COM1001424"
    """
    cN3b
    """
    COM1001432 = "COM1001432"
    """
    cN3c
    """
    COM1001441 = "COM1001441"
    """
    cNX
    """
    COM1001451 = "COM1001451"
    """
    cT1a
    """
    COM1001462 = "COM1001462"
    """
    cT1b
    """
    COM1001474 = "COM1001474"
    """
    cT1c
    """
    COM1001487 = "COM1001487"
    """
    cT1mi
    """
    COM1001501 = "COM1001501"
    """
    cT4a
    """
    COM1001516 = "COM1001516"
    """
    cT4b
    """
    COM1001532 = "COM1001532"
    """
    cT4c
    """
    COM1001549 = "COM1001549"
    """
    cT4d
    """
    COM1001550 = "COM1001550"
    """
    pN2
    """
    COM1001552 = "COM1001552"
    """
    pN3
    """
    COM1001555 = "COM1001555"
    """
    pN3a
    """
    COM1001559 = "COM1001559"
    """
    pN3b
    """
    COM1001564 = "COM1001564"
    """
    pN3c
    """
    COM1001570 = "COM1001570"
    """
    pNX
    """
    COM1001577 = "COM1001577"
    """
    pT4a
    """
    COM1001585 = "COM1001585"
    """
    pT4b
    """
    COM1001594 = "COM1001594"
    """
    pTis
    """
    COM1001604 = "COM1001604"
    """
    pTX
    """
    COM1001605 = "COM1001605"
    """
    American Joint Committee on Cancer ypT category allowable value
    """
    COM1001607 = "COM1001607"
    """
    ypT0
    """
    COM1001610 = "COM1001610"
    """
    ypT1
    """
    COM1001614 = "COM1001614"
    """
    ypT1a
    """
    COM1001619 = "COM1001619"
    """
    ypT1b
    """
    COM1001625 = "COM1001625"
    """
    ypT1c
    """
    COM1001632 = "COM1001632"
    """
    ypT1mi
    """
    COM1001640 = "COM1001640"
    """
    ypT2
    """
    COM1001649 = "COM1001649"
    """
    ypT3
    """
    COM1001659 = "COM1001659"
    """
    ypT4
    """
    COM1001670 = "COM1001670"
    """
    ypT4a
    """
    COM1001682 = "COM1001682"
    """
    ypT4b
    """
    COM1001695 = "COM1001695"
    """
    ypT4c
    """
    COM1001709 = "COM1001709"
    """
    ypT4d
    """
    COM1001724 = "COM1001724"
    """
    ypTis
    """
    COM1001740 = "COM1001740"
    """
    ypTx
    """
    COM1001741 = "COM1001741"
    """
    American Joint Committee on Cancer pathological grade allowable value
    """
    COM1001743 = "COM1001743"
    """
    American Joint Committee on Cancer yp grade allowable value
    """
    COM1001746 = "COM1001746"
    """
    American Joint Committee on Cancer clinical grade allowable value
    """
    COM1001750 = "COM1001750"
    """
    G1 - American Joint Committee on Cancer grade G1
    """
    COM1001751 = "COM1001751"
    """
    G4 - American Joint Committee on Cancer grade G4
    """
    COM1001752 = "COM1001752"
    """
    G5 - American Joint Committee on Cancer grade G5
    """
    COM1001755 = "COM1001755"
    """
    G2 - American Joint Committee on Cancer grade G2
    """
    COM1001761 = "COM1001761"
    """
    G3 - American Joint Committee on Cancer grade G3
    """
    COM1001818 = "COM1001818"
    """
    cTisDCIs
    """
    COM1001831 = "COM1001831"
    """
    cTisPaget
    """
    COM1001845 = "COM1001845"
    """
    pM0
    """
    COM1001860 = "COM1001860"
    """
    cM0
    """


class TreatmentTypeEnum(str, Enum):
    """
    Kinds of treatment row. The ETL writes one fixed marker per subtype table, so the set is static.
    """
    Therapy = "GEN1000018"
    """
    Radiotherapy course (the row is specialised in radiotherapy).
    """
    Evidence_Type = "GEN1000016"
    """
    What the ETL writes for a surgery (6_procedure_update_output_db_for_dataset.sql line 69). The concept's own label is Evidence Type; accepted as the ETL's surgery marker (CLIN1004413 is the meaningful code).
    """
    medication = "medication"
    """
    What the ETL writes for a cancer-related medication (6_procedure_update_output_db_for_dataset.sql line 82): plain text, not a code; accepted as the ETL's medication marker (CLIN1034187 is the meaningful code).
    """
    Surgical_procedure = "CLIN1004413"
    """
    Cancer-related surgery (the row is specialised in surgical_procedure).
    """
    Administration_of_medication = "CLIN1034187"
    """
    Cancer-related medication (the row is specialised in medication_administration).
    """



class Dataset(ConfiguredBaseModel):
    """
    A dataset loaded through the EUCAIM ETL: the unit a data holder publishes in the catalogue and to which every patient row belongs.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'dataset'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    dataset_id: str = Field(default=..., description="""Identifier of the dataset, the same identifier the catalogue record and the ETL use.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Dataset', 'Patient']} })
    dataset_title: Optional[str] = Field(default=None, description="""Short human-readable title of the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Dataset']} })
    dataset_description: Optional[str] = Field(default=None, description="""Free-text summary of the dataset content (population, imaging, purpose).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(500)'}},
         'domain_of': ['Dataset']} })


class Patient(ConfiguredBaseModel):
    """
    One subject of a dataset (mCODE CancerPatient). The row is keyed by the pseudonymised patient identifier that links clinical and imaging data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'patient'}},
         'close_mappings': ['mcode:mcode-cancer-patient'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    patient_id: str = Field(default=..., description="""Pseudonymised patient identifier assigned by the data holder (the DICOM PatientID after de-identification). It links all tables of the patient; it is not a direct identifier and may be shown in reports.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    dataset_id: Optional[str] = Field(default=None, description="""Dataset the patient belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'dataset.dataset_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Dataset', 'Patient']} })
    patient_birth_date: Optional[date] = Field(default=None, description="""Date of birth of the patient. Often removed or shifted by de-identification; personal data, never echoed by the checker.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Patient']} })
    patient_birth_sex: Optional[BirthSexEnum] = Field(default=None, description="""Sex assigned at birth, as a hyper-ontology code under COM1001396 (e.g. Male COM1001366, Female COM1001370). Filtered on by the federated search (key Gender).""", json_schema_extra = { "linkml_meta": {'annotations': {'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'search_key': {'tag': 'search_key', 'value': 'Gender'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'},
                         'tier': {'tag': 'tier', 'value': 2}},
         'domain_of': ['Patient']} })
    patient_gender: Optional[str] = Field(default=None, description="""Gender identity of the patient, as a hyper-ontology code. Not filled by the ETL snapshot; the ontology branch COM1000175 Gender only holds 2025 codes, so no branch is enforced.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Patient']} })
    patient_race: Optional[str] = Field(default=None, description="""Race of the patient as recorded at the source (free code or text; not mapped by the ETL).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Patient']} })
    patient_ethnicity: Optional[str] = Field(default=None, description="""Ethnicity of the patient as recorded at the source; the ETL copies the source value without mapping it.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Patient']} })
    patient_managing_organization: Optional[str] = Field(default=None, description="""Organisation (hospital or site) responsible for the patient record. May point to a person's care site; treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient']} })
    patient_diagnostic_category: Optional[str] = Field(default=None, description="""Diagnostic category of the subject in the dataset (e.g. a positive/diagnostic case or a control), as the hyper-ontology code the ETL mapped.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Patient']} })
    patient_deceased: Optional[bool] = Field(default=None, description="""Whether the patient is known to have died. Defaults to false when not given.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_default': {'tag': 'sql_default', 'value': 'false'},
                         'sql_type': {'tag': 'sql_type', 'value': 'BOOLEAN'}},
         'domain_of': ['Patient']} })
    patient_date_of_last_contact: Optional[date] = Field(default=None, description="""Date of the last contact (visit, follow-up) with the patient.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Patient']} })
    patient_cause_of_death: Optional[str] = Field(default=None, description="""Cause of death as a hyper-ontology code (mapped by the ETL); empty when the patient is alive.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['Patient']} })


class HealthStatusAssessment(ConfiguredBaseModel):
    """
    An assessment of the patient's general health or performance status (e.g. ECOG, Karnofsky), stored as an observation code with a numeric or coded value.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'health_status_assessment'}},
         'close_mappings': ['mcode:mcode-ecog-performance-status',
                            'mcode:mcode-karnofsky-performance-status'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    assessment_id: int = Field(default=..., description="""Surrogate key of the assessment row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['HealthStatusAssessment']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient assessed.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    assessment_code: Optional[str] = Field(default=None, description="""What was assessed (e.g. ECOG performance status CLIN1043685), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['HealthStatusAssessment']} })
    assesment_value_as_number: Optional[Decimal] = Field(default=None, description="""Numeric result of the assessment, when the scale is numeric; its unit is in assesment_value_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('assesment' for 'assessment')."],
         'domain_of': ['HealthStatusAssessment']} })
    assesment_value_as_concept: Optional[str] = Field(default=None, description="""Coded result of the assessment (e.g. ECOG grade 1 CLIN1024850), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('assesment' for 'assessment')."],
         'domain_of': ['HealthStatusAssessment']} })
    assesment_value_unit: Optional[str] = Field(default=None, description="""Unit of the numeric result, as a hyper-ontology unit code (e.g. percent COM1000161 for Karnofsky); empty for unitless scores.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('assesment' for 'assessment')."],
         'domain_of': ['HealthStatusAssessment']} })
    assesment_interpretation: Optional[str] = Field(default=None, description="""Free-text interpretation of the result. Free text may name people or places, so it is treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(250)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('assesment' for 'assessment')."],
         'domain_of': ['HealthStatusAssessment']} })


class TumorMarkerTest(ConfiguredBaseModel):
    """
    Result of a tumour marker test (e.g. PSA, ER, PR, HER2, Ki-67) for a patient.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'tumor_marker_test'}},
         'close_mappings': ['mcode:mcode-tumor-marker-test'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    tumor_marker_test_id: int = Field(default=..., description="""Surrogate key of the test row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['TumorMarkerTest']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient the test was done for.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    tumor_marker_test_category: Optional[str] = Field(default=None, description="""Category of the test (e.g. laboratory GEN1000022), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_test_code: Optional[str] = Field(default=None, description="""Marker tested (e.g. PSA in serum CLIN1033410, estrogen receptor CLIN1045815), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_test_as_number: Optional[Decimal] = Field(default=None, description="""Numeric result of the test, in the unit given by tumor_marker_test_as_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_test_as_concept: Optional[str] = Field(default=None, description="""Coded result (e.g. Positive COM1001310, Negative COM1001332), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_test_as_unit: Optional[str] = Field(default=None, description="""Unit of the numeric result, as a hyper-ontology unit code (e.g. nanogram per millilitre COM1000156 for PSA, percent COM1000161 for Ki-67).""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_date: Optional[date] = Field(default=None, description="""Date the specimen was taken or the result issued.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_offset_from_diagnosis: Optional[int] = Field(default=None, description="""Time from the diagnosis to the test, in tumor_marker_offset_unit (negative when before diagnosis). Kept for datasets whose dates were removed.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['TumorMarkerTest']} })
    tumor_marker_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['TumorMarkerTest']} })


class FamilyMemberHistory(ConfiguredBaseModel):
    """
    A condition (usually a cancer) present or absent in a relative of the patient.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'family_member_history'}},
         'close_mappings': ['fhir:FamilyMemberHistory'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    family_member_history_id: int = Field(default=..., description="""Surrogate key of the row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['FamilyMemberHistory']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient whose family history this is.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    family_member_relationship: Optional[FamilyRelationshipEnum] = Field(default=None, description="""Relationship of the relative to the patient, as a hyper-ontology code under COM1001043 Person in the family (e.g. first degree blood relative COM1001049).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['FamilyMemberHistory']} })
    family_member_condition_code: Optional[str] = Field(default=None, description="""Condition of the relative (e.g. malignant neoplasm of breast CLIN1000060), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['FamilyMemberHistory']} })
    family_member_condition_present: Optional[bool] = Field(default=None, description="""True when the condition is present in the relative, false when known absent.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'BOOLEAN'}},
         'domain_of': ['FamilyMemberHistory']} })
    family_member_onset_age: Optional[int] = Field(default=None, description="""Age of the relative at onset of the condition, in family_member_onset_age_unit (normally years).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['FamilyMemberHistory']} })
    family_member_onset_age_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the onset age, a hyper-ontology unit-of-time code (normally year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['FamilyMemberHistory']} })


class LabTestResult(ConfiguredBaseModel):
    """
    Result of a laboratory test (other than a tumour marker) for a patient.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'lab_test_result'}},
         'close_mappings': ['uscore:us-core-observation-lab'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    lab_test_id: int = Field(default=..., description="""Surrogate key of the result row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['LabTestResult']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient tested.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    lab_test_code: Optional[str] = Field(default=None, description="""Test performed (e.g. haemoglobin in blood CLIN1033419), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['LabTestResult']} })
    lab_test_value_as_concept: Optional[str] = Field(default=None, description="""Coded result, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['LabTestResult']} })
    lab_test_value_as_number: Optional[Decimal] = Field(default=None, description="""Numeric result, in the unit given by lab_test_value_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['LabTestResult']} })
    lab_test_value_unit: Optional[str] = Field(default=None, description="""Unit of the numeric result, as a hyper-ontology unit code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['LabTestResult']} })
    lab_test_date: Optional[date] = Field(default=None, description="""Date of the test result.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['LabTestResult']} })
    lab_test_offset_from_diagnosis: Optional[int] = Field(default=None, description="""Time from the diagnosis to the test, in lab_test_offset_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['LabTestResult']} })
    lab_test_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151). The ETL snapshot copies the source's own text here; data mapped to EUCAIM codes is expected.""", json_schema_extra = { "linkml_meta": {'annotations': {'etl_divergence': {'tag': 'etl_divergence',
                                            'value': "the source's own unit text here "
                                                     '(LabTestResult.OffsetUnitOriginal, '
                                                     '6_procedure_update_output_db_for_dataset.sql '
                                                     'line 47)'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'comments': ['Decision (ETL vs spec): kept as TimeUnitEnum, lowered to a '
                      'warning. 6_procedure_update_output_db_for_dataset.sql line 47 '
                      'fills this column from LabTestResult.OffsetUnitOriginal (the '
                      "source text, e.g. 'days'), not from OffsetUnitEUCAIM as every "
                      'other offset unit; genuine ETL output must not fail on the '
                      "ETL's own choice, and the warning still tells the holder the "
                      'column is not coded.'],
         'domain_of': ['LabTestResult']} })


class MedicalHistory(ConfiguredBaseModel):
    """
    A past or coexisting condition or event in the patient's medical history.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'medical_history'}},
         'close_mappings': ['fhir:Condition'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    medical_history_id: int = Field(default=..., description="""Surrogate key of the row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['MedicalHistory']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    medical_history_code: Optional[str] = Field(default=None, description="""Condition or event recorded (e.g. urinary incontinence CLIN1028233), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicalHistory']} })
    medical_history_category: Optional[str] = Field(default=None, description="""Category of the history item, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicalHistory']} })
    medical_history_onset_age: Optional[Decimal] = Field(default=None, description="""Age of the patient at onset, in medical_history_onset_age_unit (normally years, one decimal).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(4,1)'}},
         'domain_of': ['MedicalHistory']} })
    medical_history_onset_age_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the onset age, a hyper-ontology unit-of-time code (normally year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicalHistory']} })
    medical_history_value_as_concept: Optional[str] = Field(default=None, description="""Coded value of the item (e.g. Known present COM1000146).""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['MedicalHistory']} })
    medical_history_value_as_number: Optional[Decimal] = Field(default=None, description="""Numeric value of the item, in medical_history_value_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['MedicalHistory']} })
    medical_history_value_unit: Optional[str] = Field(default=None, description="""Unit of the numeric value, as a hyper-ontology unit code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicalHistory']} })


class Treatment(ConfiguredBaseModel):
    """
    A cancer treatment of the patient. Generic row that the radiotherapy, surgical_procedure and medication_administration rows specialise through the same treatment_id.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'treatment'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    treatment_id: int = Field(default=..., description="""Surrogate key of the treatment, generated by the database and reused as key by the subtype tables.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient treated.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    treatment_type: Optional[TreatmentTypeEnum] = Field(default=None, description="""Kind of treatment, a fixed marker per subtype table. The ETL writes Therapy GEN1000018 (radiotherapy), GEN1000016 (surgery) and the text 'medication'; Surgical procedure CLIN1004413 and Administration of medication CLIN1034187 are accepted for the two latter (see TreatmentTypeEnum).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'comments': ["Decision (ETL vs spec): the ETL's three markers are accepted "
                      '(enum extended) because they are constants of '
                      '6_procedure_update_output_db_for_dataset.sql lines 56, 69 and '
                      '82, not data mapped by the holder; the subtype is carried by '
                      'the subtype table anyway. Any other value stays a violation.'],
         'domain_of': ['Treatment']} })
    treatment_response: Optional[str] = Field(default=None, description="""Response of the cancer to the treatment (e.g. Complete response COM1001312), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(200)'}},
         'domain_of': ['Treatment']} })
    treatment_intent: Optional[str] = Field(default=None, description="""Intent of the treatment (e.g. curative CLIN1034118, non-curative CLIN1034117), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(200)'}},
         'domain_of': ['Treatment']} })
    TreatmentIdentifier: Optional[str] = Field(default=None, description="""Identifier of the treatment record in the source data, used by the ETL to join the subtype rows. A source-system identifier, so treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(200)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'treatmentidentifier')."],
         'domain_of': ['Treatment']} })
    Episode: Optional[int] = Field(default=None, description="""Number of the disease episode the treatment belongs to, carried over from the source (compare episode.episode_number); not a declared foreign key.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'episode')."],
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'CancerCondition',
                       'Procedure'],
         'slot_uri': 'cdm:Episode_column'} })


class Radiotherapy(ConfiguredBaseModel):
    """
    A course of radiotherapy (mCODE RadiotherapyCourseSummary); a subtype of treatment sharing its key.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'radiotherapy'}},
         'close_mappings': ['mcode:mcode-radiotherapy-course-summary'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    treatment_id: int = Field(default=..., description="""Key of the treatment row this course specialises; both primary key here and foreign key to treatment.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'treatment.treatment_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent']} })
    radiotherapy_modality: Optional[str] = Field(default=None, description="""Radiotherapy modality (e.g. external beam radiation therapy using photons CLIN1005273), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_technique: Optional[str] = Field(default=None, description="""Radiotherapy technique (e.g. intensity modulated radiation therapy CLIN1023277), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_start_date: Optional[date] = Field(default=None, description="""Date the course started.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_end_date: Optional[date] = Field(default=None, description="""Date the course ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_offset_from_diagnosis: Optional[int] = Field(default=None, description="""Time from the diagnosis to the start of the course, in radiotherapy_offset_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_number_of_sessions: Optional[int] = Field(default=None, description="""Number of treatment sessions delivered.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_total_dose: Optional[Decimal] = Field(default=None, description="""Total radiation dose delivered over the course, in radiotherapy_dose_unit (normally gray, UCUM Gy).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_dose_to_volume: Optional[Decimal] = Field(default=None, description="""Dose delivered to the target volume, in radiotherapy_dose_unit (normally gray).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_fractions_delivered: Optional[int] = Field(default=None, description="""Number of dose fractions delivered.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Radiotherapy']} })
    radiotherapy_dose_unit: Optional[str] = Field(default=None, description="""Unit of the dose values, expected to be gray (UCUM Gy); the hyper-ontology has no gray concept, so no code is required.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Radiotherapy']} })
    Episode: Optional[int] = Field(default=None, description="""Number of the disease episode the course belongs to, carried over from the source; not a declared foreign key.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'episode')."],
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'CancerCondition',
                       'Procedure'],
         'slot_uri': 'cdm:Episode_column'} })
    patient_id: Optional[str] = Field(default=None, description="""Patient treated. Present in later ETL versions (joined by the export views) but absent from the output DDL at 7a69a4b.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class SurgicalProcedure(ConfiguredBaseModel):
    """
    A cancer-related surgical procedure (mCODE CancerRelatedSurgicalProcedure); a subtype of treatment sharing its key.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'surgical_procedure'}},
         'close_mappings': ['mcode:mcode-cancer-related-surgical-procedure'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    treatment_id: int = Field(default=..., description="""Key of the treatment row this procedure specialises; both primary key here and foreign key to treatment.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'treatment.treatment_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent']} })
    surgical_procedure_code: Optional[str] = Field(default=None, description="""Surgical procedure performed (e.g. radical prostatectomy CLIN1016442), as a hyper-ontology code. Not bound to the Surgical procedure branch CLIN1004413 because several surgical concepts sit outside it in the published hierarchy.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['SurgicalProcedure']} })
    surgical_procedure_body_site_code: Optional[BodyStructureEnum] = Field(default=None, description="""Body site operated on, as a hyper-ontology code under Body structure BP1000024.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['SurgicalProcedure']} })
    surgical_procedure_body_site_location: Optional[str] = Field(default=None, description="""Location qualifier refining the body site (e.g. a sub-region), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['SurgicalProcedure']} })
    surgical_procedure_body_site_laterality: Optional[LateralityEnum] = Field(default=None, description="""Side of the body site, as a hyper-ontology laterality code (left IMG1016670, right IMG1016682, bilateral IMG1016659, unilateral IMG1016695).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(100)'}},
         'domain_of': ['SurgicalProcedure']} })
    surgical_procedure_offset_from_diagnosis: Optional[int] = Field(default=None, description="""Time from the diagnosis to the procedure, in surgical_procedure_offset_from_diagnosis_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['SurgicalProcedure']} })
    surgical_procedure_offset_from_diagnosis_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['SurgicalProcedure']} })
    surgical_procedure_date: Optional[date] = Field(default=None, description="""Date the procedure was performed.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['SurgicalProcedure']} })
    Episode: Optional[int] = Field(default=None, description="""Number of the disease episode the procedure belongs to, carried over from the source; not a declared foreign key.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'episode')."],
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'CancerCondition',
                       'Procedure'],
         'slot_uri': 'cdm:Episode_column'} })
    patient_id: Optional[str] = Field(default=None, description="""Patient operated on. Present in later ETL versions (joined by the export views) but absent from the output DDL at 7a69a4b.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class MedicationAdministration(ConfiguredBaseModel):
    """
    A cancer-related medication given to the patient (mCODE CancerRelatedMedicationAdministration); a subtype of treatment sharing its key.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'medication_administration'}},
         'close_mappings': ['mcode:mcode-cancer-related-medication-administration'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    treatment_id: int = Field(default=..., description="""Key of the treatment row this administration specialises; both primary key here and foreign key to treatment.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'treatment.treatment_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent']} })
    medication_code: Optional[str] = Field(default=None, description="""Medication given (e.g. docetaxel CLIN1035856), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicationAdministration']} })
    medication_id: Optional[int] = Field(default=None, description="""Numeric identifier of the medication record at the source (ingestion column MeditationId, sic).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['MedicationAdministration']} })
    medication_start_date: Optional[date] = Field(default=None, description="""Date the administration started.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['MedicationAdministration']} })
    medication_end_date: Optional[date] = Field(default=None, description="""Date the administration ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['MedicationAdministration']} })
    medication_offset_from_diagnosis: Optional[int] = Field(default=None, description="""Time from the diagnosis to the start of the administration, in medication_offset_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['MedicationAdministration']} })
    medication_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicationAdministration']} })
    medication_number_of_sessions: Optional[int] = Field(default=None, description="""Number of administrations (cycles or sessions).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['MedicationAdministration']} })
    medication_total_dose: Optional[Decimal] = Field(default=None, description="""Total dose given, in medication_dose_unit.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['MedicationAdministration']} })
    medication_dose_unit: Optional[str] = Field(default=None, description="""Unit of the dose, as a hyper-ontology unit code (e.g. milligram COM1001903).""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicationAdministration']} })
    medication_effective_period: Optional[Decimal] = Field(default=None, description="""Length of the administration period, in medication_effective_period_unit.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(4,1)'}},
         'domain_of': ['MedicationAdministration']} })
    medication_effective_period_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the effective period, a hyper-ontology unit-of-time code.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['MedicationAdministration']} })
    Episode: Optional[int] = Field(default=None, description="""Number of the disease episode the administration belongs to, carried over from the source; not a declared foreign key.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'episode')."],
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'CancerCondition',
                       'Procedure'],
         'slot_uri': 'cdm:Episode_column'} })
    patient_id: Optional[str] = Field(default=None, description="""Patient treated. Present in later ETL versions (joined by the export views) but absent from the output DDL at 7a69a4b.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class AdverseEvent(ConfiguredBaseModel):
    """
    An adverse event that followed a treatment.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'adverse_event'}},
         'close_mappings': ['fhir:AdverseEvent'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    adverse_event_id: int = Field(default=..., description="""Surrogate key of the event row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['AdverseEvent']} })
    treatment_id: Optional[int] = Field(default=None, description="""Treatment the event is attributed to.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'treatment.treatment_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent']} })
    adverse_event_resulting_effect: Optional[str] = Field(default=None, description="""Effect on the patient (e.g. urinary incontinence CLIN1028233), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(200)'}},
         'domain_of': ['AdverseEvent']} })
    adverse_event_date: Optional[date] = Field(default=None, description="""Date the event occurred or was recorded.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['AdverseEvent']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient who had the event. Present in later ETL versions (joined by the export views) but absent from the output DDL at 7a69a4b.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class CancerCondition(ConfiguredBaseModel):
    """
    A cancer diagnosis of the patient (mCODE PrimaryCancerCondition): what cancer, when and at which age it was diagnosed, its morphology and site.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'cancer_condition'}},
         'close_mappings': ['mcode:mcode-primary-cancer-condition'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    cancer_condition_id: int = Field(default=..., description="""Surrogate key of the condition row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient diagnosed.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    Identifier: Optional[str] = Field(default=None, description="""Identifier of the condition record in the source data, used by the ETL to attach grades, stages, procedures and tumours. A source-system identifier, so treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'identifier')."],
         'domain_of': ['CancerCondition', 'Tumor']} })
    cancer_condition_age_at_diagnosis: Optional[Decimal] = Field(default=None, description="""Age of the patient at diagnosis, in years unless cancer_condition_age_unit says otherwise.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['CancerCondition'],
         'unit': {'ucum_code': 'a'}} })
    cancer_condition_age_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the age at diagnosis, a hyper-ontology unit-of-time code (normally year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_asserted_date: Optional[date] = Field(default=None, description="""Date the diagnosis was asserted.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_offset_from_primary: Optional[int] = Field(default=None, description="""Time from the primary diagnosis to this condition, in cancer_condition_offset_unit (0 for the primary cancer itself).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_code: Optional[CancerConditionEnum] = Field(default=None, description="""The cancer diagnosed, as a hyper-ontology code under Malignant neoplastic disease CLIN1007977 (e.g. malignant neoplasm of prostate CLIN1000075). Filtered on by the federated search (key Diagnosis).""", json_schema_extra = { "linkml_meta": {'annotations': {'quasi_identifier': {'tag': 'quasi_identifier', 'value': True},
                         'search_key': {'tag': 'search_key', 'value': 'Diagnosis'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'},
                         'tier': {'tag': 'tier', 'value': 2}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_type: Optional[str] = Field(default=None, description="""Whether the condition is the primary cancer or a secondary (metastatic) one, as given by the source (the ETL copies the value unmapped).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_histology_morphology: Optional[str] = Field(default=None, description="""Histology, morphology and behaviour of the cancer (ICD-O-3 style, e.g. adenocarcinoma NOS of prostate CLIN1033194), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['CancerCondition']} })
    cancer_condition_topography: Optional[BodyStructureEnum] = Field(default=None, description="""Anatomical site of the cancer (ICD-O-3 topography), as a hyper-ontology code under Body structure BP1000024.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['CancerCondition']} })
    Episode: Optional[int] = Field(default=None, description="""Number of the disease episode the diagnosis belongs to, carried over from the source; not a declared foreign key.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'episode')."],
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'CancerCondition',
                       'Procedure'],
         'slot_uri': 'cdm:Episode_column'} })


class HistologicGrade(ConfiguredBaseModel):
    """
    Histologic grade of a cancer (e.g. Gleason score, ISUP grade group, Nottingham grade).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'histologic_grade'}},
         'close_mappings': ['mcode:mcode-histologic-grade'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    histologic_grade_id: int = Field(default=..., description="""Surrogate key of the grade row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['HistologicGrade']} })
    cancer_condition_id: Optional[int] = Field(default=None, description="""Cancer condition graded.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'cancer_condition.cancer_condition_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    histologic_grade_scoring_system: Optional[HistologicGradingSystemEnum] = Field(default=None, description="""Grading system used, as a hyper-ontology code under Histological grading systems CLIN1037296 (e.g. ISUP CLIN1037300, Gleason CLIN1037294).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['HistologicGrade']} })
    histologic_grade_code: Optional[str] = Field(default=None, description="""What is observed; the ETL always writes Histologic grade of neoplasm CLIN1049681.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['HistologicGrade']} })
    histologic_grade_value_as_concept: Optional[str] = Field(default=None, description="""The grade, as a hyper-ontology code (e.g. ISUP grade group 2 COM1001365, Gleason score 7 of 10 CLIN1026298). Grades sit in several branches, so no single branch is enforced.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['HistologicGrade']} })


class CancerStage(ConfiguredBaseModel):
    """
    A staging observation of a cancer: which category was staged (e.g. clinical T) and the value found (e.g. cT2).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'cancer_stage'}},
         'close_mappings': ['mcode:mcode-cancer-stage'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    cancer_stage_id: int = Field(default=..., description="""Surrogate key of the stage row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerStage']} })
    cancer_condition_id: Optional[int] = Field(default=None, description="""Cancer condition staged.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'cancer_condition.cancer_condition_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor']} })
    cancer_stage_code: Optional[TumorStagingEnum] = Field(default=None, description="""Stage category observed (e.g. cT category CLIN1033379, pN category CLIN1033368), as a hyper-ontology code under Tumor staging CLIN1044182.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['CancerStage']} })
    cancer_stage_scoring_system: Optional[str] = Field(default=None, description="""Staging system and edition (e.g. AJCC/UICC 8th edition CLIN1000418), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['CancerStage']} })
    cancer_stage_as_concept: Optional[CancerStageValueEnum] = Field(default=None, description="""Stage value found (e.g. cT2 COM1000351), as a hyper-ontology code under American Joint Committee on Cancer allowable value COM1000183.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['CancerStage']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned. Present in later ETL versions (joined by the export views) but absent from the output DDL at 7a69a4b.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class Procedure(ConfiguredBaseModel):
    """
    A cancer-related or imaging procedure linked to a cancer condition; imaging procedures are the parents of image studies.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'procedure'}},
         'close_mappings': ['fhir:Procedure'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    procedure_id: int = Field(default=..., description="""Surrogate key of the procedure row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Procedure', 'ImageStudy']} })
    cancer_condition_id: Optional[int] = Field(default=None, description="""Cancer condition the procedure relates to.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'cancer_condition.cancer_condition_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor']} })
    ProcedureIdentifier: Optional[str] = Field(default=None, description="""Identifier of the procedure record in the source data, used by the ETL to attach image studies. A source-system identifier, so treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'procedureidentifier')."],
         'domain_of': ['Procedure']} })
    procedure_code: Optional[str] = Field(default=None, description="""Procedure performed (e.g. magnetic resonance imaging IMG1000022), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Procedure']} })
    procedure_category: Optional[str] = Field(default=None, description="""Category of the procedure (e.g. imaging GEN1000023), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Procedure']} })
    procedure_evaluation_finding: Optional[str] = Field(default=None, description="""Finding reported by the procedure (e.g. PI-RADS 3 IMG1005477), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Procedure']} })
    procedure_offset_from_diagnosis: Optional[Decimal] = Field(default=None, description="""Time from the diagnosis to the procedure, in procedure_offset_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Procedure']} })
    procedure_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Procedure']} })
    procedure_date: Optional[date] = Field(default=None, description="""Date the procedure was performed.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Procedure']} })
    ImagingTimepoint: Optional[int] = Field(default=None, description="""Ordinal of the imaging time point (1 = first imaging of the patient's pathway) the procedure belongs to.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'imagingtimepoint')."],
         'domain_of': ['Procedure', 'ImageStudy']} })
    Episode: Optional[int] = Field(default=None, description="""Number of the disease episode the procedure belongs to, carried over from the source; not a declared foreign key.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'episode')."],
         'domain_of': ['Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'CancerCondition',
                       'Procedure'],
         'slot_uri': 'cdm:Episode_column'} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned. Present in later ETL versions (joined by the export views) but absent from the output DDL at 7a69a4b.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class Tumor(ConfiguredBaseModel):
    """
    A tumour (lesion) of a cancer condition: its site, morphology and size (mCODE Tumor and TumorSize).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'tumor'}},
         'close_mappings': ['mcode:mcode-tumor', 'mcode:mcode-tumor-size'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    tumor_id: int = Field(default=..., description="""Surrogate key of the tumour row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Tumor', 'RiskAssessment', 'TumorObservation']} })
    cancer_condition_id: Optional[int] = Field(default=None, description="""Cancer condition the tumour belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'cancer_condition.cancer_condition_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    Identifier: Optional[str] = Field(default=None, description="""Identifier of the tumour record in the source data, used by the ETL to attach risk assessments and observations. A source-system identifier, so treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'identifier')."],
         'domain_of': ['CancerCondition', 'Tumor']} })
    tumor_is_index: Optional[bool] = Field(default=None, description="""True when this is the index (dominant) lesion.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'BOOLEAN'}},
         'domain_of': ['Tumor']} })
    tumor_histology_morphology: Optional[str] = Field(default=None, description="""Morphology of the tumour, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Tumor']} })
    tumor_volume: Optional[Decimal] = Field(default=None, description="""Volume of the tumour, in tumor_volume_unit (e.g. cubic centimetre).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Tumor']} })
    tumor_volume_unit: Optional[str] = Field(default=None, description="""Unit of the volume, as a hyper-ontology unit code (cubic centimetre COM1000148, cubic millimetre COM1000149).""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Tumor']} })
    tumor_size_method: Optional[str] = Field(default=None, description="""Method used to measure the size (e.g. manual COM1000003), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Tumor']} })
    tumor_size_maximum_dimension: Optional[Decimal] = Field(default=None, description="""Largest diameter of the tumour, in tumor_size_dimension_unit.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Tumor']} })
    tumor_size_other_dimension: Optional[Decimal] = Field(default=None, description="""Second measured diameter of the tumour, in tumor_size_dimension_unit.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Tumor']} })
    tumor_size_dimension_unit: Optional[str] = Field(default=None, description="""Unit of the diameters, as a hyper-ontology unit code (e.g. millimetre COM1000152).""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(15)'}},
         'domain_of': ['Tumor']} })
    tumor_body_site: Optional[BodyStructureEnum] = Field(default=None, description="""Body site of the tumour, as a hyper-ontology code under Body structure BP1000024.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Tumor']} })
    tumor_body_site_location: Optional[str] = Field(default=None, description="""Location qualifier refining the body site (e.g. right apical peripheral zone of prostate BP1000189), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Tumor']} })
    tumor_body_site_laterality: Optional[LateralityEnum] = Field(default=None, description="""Side of the body site, as a hyper-ontology laterality code (left IMG1016670, right IMG1016682, bilateral IMG1016659, unilateral IMG1016695).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Tumor']} })
    tumor_body_site_id: Optional[int] = Field(default=None, description="""Body site row describing where the tumour is; in later ETL versions this column points at body_site and complements the text columns above.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'body_site.body_site_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type INTEGER is our '
                      'assumption, as for the other surrogate keys of the CDM.'],
         'domain_of': ['Tumor']} })


class RiskAssessment(ConfiguredBaseModel):
    """
    A risk or suspicion score given to a tumour (e.g. BI-RADS, PI-RADS).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'risk_assessment'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    risk_assessment_id: int = Field(default=..., description="""Surrogate key of the row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['RiskAssessment']} })
    tumor_id: Optional[int] = Field(default=None, description="""Tumour assessed.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references', 'value': 'tumor.tumor_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Tumor', 'RiskAssessment', 'TumorObservation']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    risk_assessment_code: Optional[str] = Field(default=None, description="""Scale used (e.g. BI-RADS assessment IMG1005459), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['RiskAssessment']} })
    risk_assessment_value_unit: Optional[str] = Field(default=None, description="""Unit of the numeric value as given by the source (the ETL copies it unmapped); empty for plain scores.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(15)'}},
         'domain_of': ['RiskAssessment']} })
    risk_assessment_value_as_concept: Optional[str] = Field(default=None, description="""Category found (e.g. PI-RADS 3 IMG1005477), as given by the source.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['RiskAssessment']} })
    risk_assessment_value_as_number: Optional[int] = Field(default=None, description="""Numeric score found.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['RiskAssessment']} })


class TumorObservation(ConfiguredBaseModel):
    """
    Any other observation made on a tumour (e.g. extraprostatic extension), with a numeric or coded value.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table',
                                       'value': 'tumor_observation'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    tumor_observation_id: int = Field(default=..., description="""Surrogate key of the row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['TumorObservation']} })
    tumor_id: Optional[int] = Field(default=None, description="""Tumour observed.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references', 'value': 'tumor.tumor_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Tumor', 'RiskAssessment', 'TumorObservation']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    tumor_observation_code: Optional[str] = Field(default=None, description="""What was observed (e.g. extraprostatic extension CLIN1033248), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['TumorObservation']} })
    tumor_observation_value_unit: Optional[str] = Field(default=None, description="""Unit of the numeric value as given by the source (the ETL copies it unmapped), e.g. mm.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(15)'}},
         'domain_of': ['TumorObservation']} })
    tumor_observation_value_as_concept: Optional[str] = Field(default=None, description="""Coded value found, as given by the source.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['TumorObservation']} })
    tumor_observation_Value_as_number: Optional[int] = Field(default=None, description="""Numeric value found (whole numbers only in the DDL), in tumor_observation_value_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'tumor_observation_value_as_number')."],
         'domain_of': ['TumorObservation']} })


class Episode(ConfiguredBaseModel):
    """
    An episode of the disease course (OMOP oncology style): diagnosis, treatment, remission, progression, relapse or active surveillance, possibly nested in a parent episode.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'episode'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    episode_id: int = Field(default=..., description="""Surrogate key of the episode, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Episode', 'EpisodeEvent']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient concerned.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    episode_type_code: Optional[EpisodeTypeEnum] = Field(default=None, description="""Kind of episode, as one of the hyper-ontology episode codes that follow GEN1000002 Episode (Diagnosis GEN1000008, Treatment GEN1000007, Remission GEN1000006, Progression GEN1000010, Relapse GEN1000005, Active surveillance GEN1000009). The ETL snapshot at 7e1ed17 copies the source value here; mapped codes are expected.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Episode']} })
    episode_number: Optional[int] = Field(default=None, description="""Ordinal of the episode within the patient's disease course.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Episode']} })
    episode_start_date: Optional[date] = Field(default=None, description="""Date the episode started.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Episode']} })
    episode_end_date: Optional[date] = Field(default=None, description="""Date the episode ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['Episode']} })
    episode_offset_from_diagnosis: Optional[Decimal] = Field(default=None, description="""Time from the diagnosis to the start of the episode, in episode_offset_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['Episode']} })
    episode_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['Episode']} })
    episode_parent_id: Optional[int] = Field(default=None, description="""Episode this one is part of (self-reference), empty for top-level episodes.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'episode.episode_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Episode']} })


class EpisodeEvent(ConfiguredBaseModel):
    """
    Link from an episode to a row of another CDM table (OMOP episode_event style): the table is named in event_table_name and the row in event_table_id.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'episode_event'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    episode_id: int = Field(default=..., description="""Episode the event belongs to; primary key of this table and foreign key to episode.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'episode.episode_id'},
                         'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Episode', 'EpisodeEvent']} })
    event_table_id: Optional[int] = Field(default=None, description="""Key value of the linked row in the table named by event_table_name.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['EpisodeEvent']} })
    event_table_name: Optional[str] = Field(default=None, description="""Name of the CDM table holding the linked row (e.g. cancer_condition, procedure, treatment).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['EpisodeEvent']} })


class ImageStudy(ConfiguredBaseModel):
    """
    A DICOM imaging study of the patient (FHIR ImagingStudy), attached to the imaging procedure that produced it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'image_study'}},
         'close_mappings': ['fhir:ImagingStudy'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm',
         'unique_keys': {'study_uid_key': {'unique_key_name': 'study_uid_key',
                                           'unique_key_slots': ['study_uid']}}})

    study_id: int = Field(default=..., description="""Surrogate key of the study row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['ImageStudy', 'ImageSeries']} })
    procedure_id: Optional[int] = Field(default=None, description="""Imaging procedure that produced the study.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'procedure.procedure_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['Procedure', 'ImageStudy']} })
    patient_id: Optional[str] = Field(default=None, description="""Patient imaged.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })
    study_uid: str = Field(default=..., description="""DICOM Study Instance UID (0020,000D) of the study, after de-identification (dot-separated digits).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'domain_of': ['ImageStudy', 'ImageSeries', 'SegmentationSeries']} })
    ImagingTimepoint: Optional[int] = Field(default=None, description="""Ordinal of the imaging time point (1 = first imaging of the patient's pathway).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema (legacy '
                      'CamelCase; PostgreSQL folds the unquoted name to lower case, so '
                      "the physical column is 'imagingtimepoint')."],
         'domain_of': ['Procedure', 'ImageStudy']} })
    study_offset_from_diagnosis: Optional[Decimal] = Field(default=None, description="""Time from the diagnosis to the study, in study_offset_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['ImageStudy']} })
    study_offset_unit: Optional[TimeUnitEnum] = Field(default=None, description="""Unit of the offset value, a hyper-ontology unit-of-time code (day COM1000153, week COM1000155, month COM1000154 or year COM1000151).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(20)'}},
         'domain_of': ['ImageStudy']} })

    @field_validator('study_uid')
    def pattern_study_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid study_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid study_uid format: {v}"
            raise ValueError(err_msg)
        return v


class ImageSeries(ConfiguredBaseModel):
    """
    A DICOM series of an imaging study: modality, manufacturer, body part and acquisition date.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'image_series'}},
         'close_mappings': ['fhir:ImagingStudy'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm',
         'unique_keys': {'series_uid_key': {'unique_key_name': 'series_uid_key',
                                            'unique_key_slots': ['series_uid']}}})

    series_id: int = Field(default=..., description="""Surrogate key of the series row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['ImageSeries', 'ImageModality']} })
    series_uid: str = Field(default=..., description="""DICOM Series Instance UID (0020,000E) of the series, after de-identification.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'domain_of': ['ImageSeries', 'ImageModality']} })
    study_uid: str = Field(default=..., description="""Study Instance UID of the study the series belongs to. Holds image_study.study_uid but is not declared as a foreign key.""", json_schema_extra = { "linkml_meta": {'annotations': {'references_uid': {'tag': 'references_uid',
                                            'value': 'image_study.study_uid'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'domain_of': ['ImageStudy', 'ImageSeries', 'SegmentationSeries']} })
    study_id: Optional[int] = Field(default=None, description="""Study row the series belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'image_study.study_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['ImageStudy', 'ImageSeries']} })
    series_number: Optional[int] = Field(default=None, description="""DICOM Series Number (0020,0011).""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['ImageSeries']} })
    series_description: Optional[str] = Field(default=None, description="""DICOM Series Description (0008,103E). Free text from the DICOM header may carry identifying details, so it is treated as personal data.""", json_schema_extra = { "linkml_meta": {'annotations': {'personal_data': {'tag': 'personal_data', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(170)'}},
         'domain_of': ['ImageSeries']} })
    series_manufacturer: Optional[ManufacturerEnum] = Field(default=None, description="""Manufacturer of the acquisition device (DICOM (0008,0070)), as a hyper-ontology code under Manufacturer IMG1000010 (e.g. Siemens IMG1000044). Filtered on by the federated search (key Manufacturer).""", json_schema_extra = { "linkml_meta": {'annotations': {'etl_divergence': {'tag': 'etl_divergence',
                                            'value': 'manufacturer names '
                                                     '(LookupManufacturerAlias of '
                                                     '4_init_eucaim_etl_aux.sql, else '
                                                     'the model name or an empty '
                                                     'string: '
                                                     'flows/Dicom_metadata_loop02_transformToDB.json)'},
                         'search_key': {'tag': 'search_key', 'value': 'Manufacturer'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'},
                         'tier': {'tag': 'tier', 'value': 2}},
         'comments': ['Decision (ETL vs spec): kept as ManufacturerEnum, lowered to a '
                      'warning. The ETL writes the DICOM Manufacturer through '
                      "LookupManufacturerAlias (4_init_eucaim_etl_aux.sql: 'SIEMENS', "
                      "'PHILIPS', 'TOSHIBA'), else ManufacturerModelName, else '' "
                      '(flows/Dicom_metadata_loop02_transformToDB.json, '
                      'SpecificMappings "Image Series"), never a hyper-ontology code; '
                      'Focus sends no manufacturer filter in SQL mode '
                      '(eucaim-search/focus-sql-vs-etl.md), so nothing the ETL writes '
                      'is found by that key either way.'],
         'domain_of': ['ImageSeries']} })
    series_body_side_code: Optional[BodyStructureEnum] = Field(default=None, description="""Body part examined (DICOM (0018,0015)), as a hyper-ontology code under Body structure BP1000024 (e.g. Prostate BP1000021). Filtered on by the federated search (key Body Part).""", json_schema_extra = { "linkml_meta": {'annotations': {'search_key': {'tag': 'search_key', 'value': 'Body Part'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'},
                         'tier': {'tag': 'tier', 'value': 2}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('side' for 'site': this is the body site, not a "
                      'side).'],
         'domain_of': ['ImageSeries']} })
    series_body_side_location: Optional[str] = Field(default=None, description="""Location qualifier refining the body part, as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('side' for 'site': this is the body site, not a "
                      'side).'],
         'domain_of': ['ImageSeries']} })
    series_body_side_laterality: Optional[LateralityEnum] = Field(default=None, description="""Side of the body part imaged, as a hyper-ontology laterality code (left IMG1016670, right IMG1016682, bilateral IMG1016659, unilateral IMG1016695).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'comments': ['Name kept exactly as in the EUCAIM ETL output schema, typo '
                      "included ('side' for 'site': this is the body site, not a "
                      'side).'],
         'domain_of': ['ImageSeries']} })
    series_acquisition_date: Optional[date] = Field(default=None, description="""Date the series was acquired (DICOM (0008,0022)).""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DATE'}},
         'domain_of': ['ImageSeries']} })
    series_modality: Optional[ImagingModalityEnum] = Field(default=None, description="""Imaging modality of the series (DICOM (0008,0060)), as a hyper-ontology code under Imaging modality IMG1000009 (e.g. magnetic resonance imaging IMG1000022). Filtered on by the federated search (key Modality).""", json_schema_extra = { "linkml_meta": {'annotations': {'etl_divergence': {'tag': 'etl_divergence',
                                            'value': 'text labels for most DICOM '
                                                     'modalities '
                                                     '(LookupImagingModality of '
                                                     '4_init_eucaim_etl_aux.sql, e.g. '
                                                     "'Segmentation', 'Other')"},
                         'search_key': {'tag': 'search_key', 'value': 'Modality'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'},
                         'tier': {'tag': 'tier', 'value': 2}},
         'comments': ['Decision (ETL vs spec): kept as ImagingModalityEnum, lowered to '
                      'a warning. The ETL maps the DICOM Modality through '
                      'LookupImagingModality (4_init_eucaim_etl_aux.sql lines 688 '
                      'ff.): 17 of its 95 rows give a code of this branch, the others '
                      "text labels ('Segmentation', 'X-Ray Angiography', 'Other', "
                      '...); a lookup miss leaves the column empty.'],
         'domain_of': ['ImageSeries']} })

    @field_validator('series_uid')
    def pattern_series_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid series_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid series_uid format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('study_uid')
    def pattern_study_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid study_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid study_uid format: {v}"
            raise ValueError(err_msg)
        return v


class ImageModality(ConfiguredBaseModel):
    """
    One acquisition parameter of a series (e.g. slice thickness, echo time), stored as a code with a coded or numeric value and its unit.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'sql_table': {'tag': 'sql_table', 'value': 'image_modality'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    modality_id: int = Field(default=..., description="""Surrogate key of the parameter row, generated by the database.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_identity': {'tag': 'sql_identity', 'value': True},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['ImageModality']} })
    series_uid: str = Field(default=..., description="""Series Instance UID of the series the parameter describes. Holds image_series.series_uid but is not declared as a foreign key.""", json_schema_extra = { "linkml_meta": {'annotations': {'references_uid': {'tag': 'references_uid',
                                            'value': 'image_series.series_uid'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'domain_of': ['ImageSeries', 'ImageModality']} })
    series_id: Optional[int] = Field(default=None, description="""Series row the parameter describes.""", json_schema_extra = { "linkml_meta": {'annotations': {'references': {'tag': 'references',
                                        'value': 'image_series.series_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'domain_of': ['ImageSeries', 'ImageModality']} })
    acquisition_parameter_code: Optional[str] = Field(default=None, description="""Parameter recorded (e.g. slice thickness IMG1016306, echo time IMG1016641), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['ImageModality']} })
    acquisition_parameter_value_as_code: Optional[str] = Field(default=None, description="""Coded value of the parameter (e.g. T2 weighted IMG1016647), as a hyper-ontology code.""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['ImageModality']} })
    acquisition_parameter_value_as_number: Optional[Decimal] = Field(default=None, description="""Numeric value of the parameter, in acquisition_parameter_value_unit.""", json_schema_extra = { "linkml_meta": {'annotations': {'sql_type': {'tag': 'sql_type', 'value': 'DECIMAL(5,2)'}},
         'domain_of': ['ImageModality']} })
    acquisition_parameter_value_unit: Optional[str] = Field(default=None, description="""Unit of the numeric value, as a hyper-ontology unit code (e.g. millimetre COM1000152, millisecond COM1001955).""", json_schema_extra = { "linkml_meta": {'annotations': {'code_system': {'tag': 'code_system', 'value': 'EUCAIM'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(50)'}},
         'domain_of': ['ImageModality']} })

    @field_validator('series_uid')
    def pattern_series_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid series_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid series_uid format: {v}"
            raise ValueError(err_msg)
        return v


class Comorbidities(ConfiguredBaseModel):
    """
    Comorbid conditions of the patient (mCODE Comorbidities). Table of a later ETL version, known only from the export views: only its link to the patient is attested.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'sql_table': {'tag': 'sql_table', 'value': 'comorbidities'}},
         'close_mappings': ['mcode:mcode-comorbidities'],
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    patient_id: Optional[str] = Field(default=None, description="""Patient whose comorbidities are recorded.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references': {'tag': 'references',
                                        'value': 'patient.patient_id'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(150)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(150) is '
                      'our assumption, copied from patient.patient_id which it joins '
                      'to.'],
         'domain_of': ['Patient',
                       'HealthStatusAssessment',
                       'TumorMarkerTest',
                       'FamilyMemberHistory',
                       'LabTestResult',
                       'MedicalHistory',
                       'Treatment',
                       'Radiotherapy',
                       'SurgicalProcedure',
                       'MedicationAdministration',
                       'AdverseEvent',
                       'CancerCondition',
                       'HistologicGrade',
                       'CancerStage',
                       'Procedure',
                       'Tumor',
                       'RiskAssessment',
                       'TumorObservation',
                       'Episode',
                       'ImageStudy',
                       'Comorbidities']} })


class SegmentationSeries(ConfiguredBaseModel):
    """
    A DICOM segmentation (SEG) series drawn on an imaging study. Table of a later ETL version, known only from the export views.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'sql_table': {'tag': 'sql_table',
                                       'value': 'segmentation_series'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    segmentation_series_uid: str = Field(default=..., description="""Series Instance UID of the segmentation series; the key its segments refer to.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(70) is '
                      'our assumption, copied from the DICOM UID columns of '
                      'image_study/image_series.'],
         'domain_of': ['SegmentationSeries', 'Segment']} })
    study_uid: Optional[str] = Field(default=None, description="""Study Instance UID of the segmented study. Holds image_study.study_uid but is not declared as a foreign key.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references_uid': {'tag': 'references_uid',
                                            'value': 'image_study.study_uid'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(70) is '
                      'our assumption, copied from the DICOM UID columns of '
                      'image_study/image_series.'],
         'domain_of': ['ImageStudy', 'ImageSeries', 'SegmentationSeries']} })

    @field_validator('segmentation_series_uid')
    def pattern_segmentation_series_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid segmentation_series_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid segmentation_series_uid format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('study_uid')
    def pattern_study_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid study_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid study_uid format: {v}"
            raise ValueError(err_msg)
        return v


class Segment(ConfiguredBaseModel):
    """
    One segment (labelled region) of a segmentation series. Table of a later ETL version, known only from the export views.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'sql_table': {'tag': 'sql_table', 'value': 'segment'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    segmentation_series_uid: Optional[str] = Field(default=None, description="""Segmentation series the segment belongs to (joined on segmentation_series.segmentation_series_uid).""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'references_uid': {'tag': 'references_uid',
                                            'value': 'segmentation_series.segmentation_series_uid'},
                         'sql_type': {'tag': 'sql_type', 'value': 'VARCHAR(70)'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type VARCHAR(70) is '
                      'our assumption, copied from the DICOM UID columns of '
                      'image_study/image_series.'],
         'domain_of': ['SegmentationSeries', 'Segment']} })

    @field_validator('segmentation_series_uid')
    def pattern_segmentation_series_uid(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)(\.(0|[1-9][0-9]*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid segmentation_series_uid format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid segmentation_series_uid format: {v}"
            raise ValueError(err_msg)
        return v


class BodySite(ConfiguredBaseModel):
    """
    A body site description pointed at by tumor.tumor_body_site_id. Table of a later ETL version, known only from the export views.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'sql_table': {'tag': 'sql_table', 'value': 'body_site'}},
         'from_schema': 'https://w3id.org/eucaim-spec/cdm'})

    body_site_id: int = Field(default=..., description="""Key of the body site row, referenced by tumor.tumor_body_site_id.""", json_schema_extra = { "linkml_meta": {'annotations': {'attested_only_by': {'tag': 'attested_only_by',
                                              'value': 'export views (7a)'},
                         'sql_type': {'tag': 'sql_type', 'value': 'INTEGER'}},
         'comments': ['Attested only by the export views of a later ETL version '
                      '(Database/7a_init_eucaim_cdm_output_export_views.sql @ '
                      '6325497); its DDL is not available, so the type INTEGER is our '
                      'assumption, as for the other surrogate keys of the CDM.'],
         'domain_of': ['BodySite']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Dataset.model_rebuild()
Patient.model_rebuild()
HealthStatusAssessment.model_rebuild()
TumorMarkerTest.model_rebuild()
FamilyMemberHistory.model_rebuild()
LabTestResult.model_rebuild()
MedicalHistory.model_rebuild()
Treatment.model_rebuild()
Radiotherapy.model_rebuild()
SurgicalProcedure.model_rebuild()
MedicationAdministration.model_rebuild()
AdverseEvent.model_rebuild()
CancerCondition.model_rebuild()
HistologicGrade.model_rebuild()
CancerStage.model_rebuild()
Procedure.model_rebuild()
Tumor.model_rebuild()
RiskAssessment.model_rebuild()
TumorObservation.model_rebuild()
Episode.model_rebuild()
EpisodeEvent.model_rebuild()
ImageStudy.model_rebuild()
ImageSeries.model_rebuild()
ImageModality.model_rebuild()
Comorbidities.model_rebuild()
SegmentationSeries.model_rebuild()
Segment.model_rebuild()
BodySite.model_rebuild()
