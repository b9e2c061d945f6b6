# generated from schemas/dcat_ap/dcat_ap.yaml by gen-pydantic (eucaim generate); do not edit
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
version = "2.0.0"


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


linkml_meta = LinkMLMeta({'annotations': {'base_profile': {'tag': 'base_profile',
                                      'value': 'HealthDCAT-AP Release 7'},
                     'profile_version': {'tag': 'profile_version',
                                         'value': 'EUCAIM DCAT-AP v2.0'}},
     'default_prefix': 'eucaim_dcat_ap',
     'default_range': 'string',
     'description': 'The EUCAIM DCAT-AP v2.0 catalogue profile (over HealthDCAT-AP '
                    'Release 7 and DCAT-AP 3): the catalogue, dataset and '
                    'distribution properties with their obligations, and the '
                    'structured resources they point to.',
     'id': 'https://w3id.org/eucaim-spec/dcat_ap',
     'license': 'Apache-2.0',
     'name': 'eucaim_dcat_ap',
     'prefixes': {'DUO': {'prefix_prefix': 'DUO',
                          'prefix_reference': 'http://purl.obolibrary.org/obo/DUO_'},
                  'EUCAIM': {'prefix_prefix': 'EUCAIM',
                             'prefix_reference': 'https://cancerimage.eu/ontology/EUCAIM#'},
                  'accesscond': {'prefix_prefix': 'accesscond',
                                 'prefix_reference': 'https://eucaim.github.io/eucaim_dcat_ap/releases/controlled-vocabularies/access-conditions/#'},
                  'adms': {'prefix_prefix': 'adms',
                           'prefix_reference': 'http://www.w3.org/ns/adms#'},
                  'csvw': {'prefix_prefix': 'csvw',
                           'prefix_reference': 'http://www.w3.org/ns/csvw#'},
                  'cv': {'prefix_prefix': 'cv',
                         'prefix_reference': 'http://data.europa.eu/m8g/'},
                  'datausecond': {'prefix_prefix': 'datausecond',
                                  'prefix_reference': 'https://eucaim.github.io/eucaim_dcat_ap/releases/controlled-vocabularies/data-use-conditions/#'},
                  'dcat': {'prefix_prefix': 'dcat',
                           'prefix_reference': 'http://www.w3.org/ns/dcat#'},
                  'dcatap': {'prefix_prefix': 'dcatap',
                             'prefix_reference': 'http://data.europa.eu/r5r/'},
                  'dct': {'prefix_prefix': 'dct',
                          'prefix_reference': 'http://purl.org/dc/terms/'},
                  'dpv': {'prefix_prefix': 'dpv',
                          'prefix_reference': 'https://w3id.org/dpv#'},
                  'dqv': {'prefix_prefix': 'dqv',
                          'prefix_reference': 'http://www.w3.org/ns/dqv#'},
                  'eli': {'prefix_prefix': 'eli',
                          'prefix_reference': 'http://data.europa.eu/eli/ontology#'},
                  'euaccess': {'prefix_prefix': 'euaccess',
                               'prefix_reference': 'http://publications.europa.eu/resource/authority/access-right/'},
                  'eucaim': {'prefix_prefix': 'eucaim',
                             'prefix_reference': 'https://cancerimage.eu/ontology/EUCAIM#'},
                  'eucaim_dcat_ap': {'prefix_prefix': 'eucaim_dcat_ap',
                                     'prefix_reference': 'https://w3id.org/eucaim-spec/dcat_ap/'},
                  'eutheme': {'prefix_prefix': 'eutheme',
                              'prefix_reference': 'http://publications.europa.eu/resource/authority/data-theme/'},
                  'foaf': {'prefix_prefix': 'foaf',
                           'prefix_reference': 'http://xmlns.com/foaf/0.1/'},
                  'geodcatap': {'prefix_prefix': 'geodcatap',
                                'prefix_reference': 'http://data.europa.eu/930/'},
                  'healthcat': {'prefix_prefix': 'healthcat',
                                'prefix_reference': 'https://hdeu-dcat.data.health.europa.eu/resource/authority/healthcategories/'},
                  'healthcatacc': {'prefix_prefix': 'healthcatacc',
                                   'prefix_reference': 'https://hdeu-dcat.acceptance.data.health.europa.eu/resource/authority/healthcategories/'},
                  'healthdcatap': {'prefix_prefix': 'healthdcatap',
                                   'prefix_reference': 'http://healthdataportal.eu/ns/health#'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'odrl': {'prefix_prefix': 'odrl',
                           'prefix_reference': 'http://www.w3.org/ns/odrl/2/'},
                  'prov': {'prefix_prefix': 'prov',
                           'prefix_reference': 'http://www.w3.org/ns/prov#'},
                  'rdfs': {'prefix_prefix': 'rdfs',
                           'prefix_reference': 'http://www.w3.org/2000/01/rdf-schema#'},
                  'schema': {'prefix_prefix': 'schema',
                             'prefix_reference': 'http://schema.org/'},
                  'shex': {'prefix_prefix': 'shex',
                           'prefix_reference': 'http://www.w3.org/ns/shex#'},
                  'skos': {'prefix_prefix': 'skos',
                           'prefix_reference': 'http://www.w3.org/2004/02/skos/core#'},
                  'spdx': {'prefix_prefix': 'spdx',
                           'prefix_reference': 'http://spdx.org/rdf/terms#'},
                  'vcard': {'prefix_prefix': 'vcard',
                            'prefix_reference': 'http://www.w3.org/2006/vcard/ns#'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'see_also': ['https://github.com/EUCAIM/eucaim_dcat_ap'],
     'source_file': 'schemas/dcat_ap/dcat_ap.yaml',
     'title': 'EUCAIM DCAT Application Profile',
     'types': {'boolean': {'base': 'Bool',
                           'description': 'A binary (true or false) value',
                           'exact_mappings': ['schema:Boolean'],
                           'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                           'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                           'name': 'decimal',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"decimal".'],
                           'uri': 'xsd:decimal'},
               'double': {'base': 'float',
                          'close_mappings': ['schema:Float'],
                          'description': 'A real number that conforms to the '
                                         'xsd:double specification',
                          'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                          'name': 'double',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"double".'],
                          'uri': 'xsd:double'},
               'duration': {'description': 'A duration in ISO 8601 form '
                                           '(xsd:duration), e.g. PT1S or P1D.',
                            'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                            'name': 'duration',
                            'pattern': '^-?P([0-9]+Y)?([0-9]+M)?([0-9]+D)?(T([0-9]+H)?([0-9]+M)?([0-9]+(\\.[0-9]+)?S)?)?$',
                            'typeof': 'string',
                            'uri': 'xsd:duration'},
               'float': {'base': 'float',
                         'description': 'A real number that conforms to the '
                                        'xsd:float specification',
                         'exact_mappings': ['schema:Float'],
                         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                         'name': 'float',
                         'notes': ['If you are authoring schemas in LinkML YAML, '
                                   'the type is referenced with the lower case '
                                   '"float".'],
                         'uri': 'xsd:float'},
               'gyear': {'description': 'A calendar year (xsd:gYear).',
                         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                         'name': 'gyear',
                         'pattern': '^-?[0-9]{4,}(Z|[+-][0-9]{2}:[0-9]{2})?$',
                         'typeof': 'string',
                         'uri': 'xsd:gYear'},
               'gyearmonth': {'description': 'A calendar month of a year '
                                             '(xsd:gYearMonth).',
                              'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                              'name': 'gyearmonth',
                              'pattern': '^-?[0-9]{4,}-(0[1-9]|1[0-2])(Z|[+-][0-9]{2}:[0-9]{2})?$',
                              'typeof': 'string',
                              'uri': 'xsd:gYearMonth'},
               'hex_binary': {'description': 'Hex-encoded binary data '
                                             '(xsd:hexBinary).',
                              'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                              'name': 'hex_binary',
                              'pattern': '^([0-9a-fA-F]{2})*$',
                              'typeof': 'string',
                              'uri': 'xsd:hexBinary'},
               'integer': {'base': 'int',
                           'description': 'An integer',
                           'exact_mappings': ['schema:Integer'],
                           'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                               'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                               'name': 'jsonpointer',
                               'notes': ['If you are authoring schemas in LinkML '
                                         'YAML, the type is referenced with the '
                                         'lower case "jsonpointer".'],
                               'repr': 'str',
                               'uri': 'xsd:string'},
               'ncname': {'base': 'NCName',
                          'description': 'Prefix part of CURIE',
                          'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                          'name': 'ncname',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"ncname".'],
                          'repr': 'str',
                          'uri': 'xsd:string'},
               'nodeidentifier': {'base': 'NodeIdentifier',
                                  'description': 'A URI, CURIE or BNODE that '
                                                 'represents a node in a model.',
                                  'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                                  'name': 'nodeidentifier',
                                  'notes': ['If you are authoring schemas in '
                                            'LinkML YAML, the type is referenced '
                                            'with the lower case '
                                            '"nodeidentifier".'],
                                  'repr': 'str',
                                  'uri': 'shex:nonLiteral'},
               'non_negative_integer': {'description': 'An integer of zero or more '
                                                       '(xsd:nonNegativeInteger).',
                                        'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                                        'minimum_value': 0,
                                        'name': 'non_negative_integer',
                                        'typeof': 'integer',
                                        'uri': 'xsd:nonNegativeInteger'},
               'objectidentifier': {'base': 'ElementIdentifier',
                                    'comments': ['Used for inheritance and type '
                                                 'checking'],
                                    'description': 'A URI or CURIE that represents '
                                                   'an object in the model.',
                                    'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                              'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                              'name': 'sparqlpath',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "sparqlpath".'],
                              'repr': 'str',
                              'uri': 'xsd:string'},
               'string': {'base': 'str',
                          'description': 'A character string',
                          'exact_mappings': ['schema:Text'],
                          'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
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
                       'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                       'name': 'uri',
                       'notes': ['If you are authoring schemas in LinkML YAML, the '
                                 'type is referenced with the lower case "uri".'],
                       'repr': 'str',
                       'uri': 'xsd:anyURI'},
               'uriorcurie': {'base': 'URIorCURIE',
                              'description': 'a URI or a CURIE',
                              'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap',
                              'name': 'uriorcurie',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "uriorcurie".'],
                              'repr': 'str',
                              'uri': 'xsd:anyURI'}}} )

class AccessRightsEnum(str, Enum):
    """
    EU access-right authority table values allowed for a dataset.
    """
    PUBLIC = "PUBLIC"
    """
    Anyone may access the dataset.
    """
    RESTRICTED = "RESTRICTED"
    """
    Access is possible under conditions, e.g. after an access request.
    """
    NON_PUBLIC = "NON_PUBLIC"
    """
    The dataset is not publicly accessible (e.g. personal health data).
    """


class ThemeEnum(str, Enum):
    """
    EU data theme fixed by the profile for every EUCAIM dataset.
    """
    HEAL = "HEAL"
    """
    Health.
    """


class HealthCategoryEnum(str, Enum):
    """
    The 17 EHDS Article 51 health-data categories (HealthDCAT-AP R8 scheme).
    """
    DIOH = "DIOH"
    """
    Data on factors impacting on health, including socio-economic, environmental and behavioural determinants of health
    """
    EHCT = "EHCT"
    """
    Data from clinical trials, clinical studies, clinical investigations and performance studies subject to Regulation (EU) No 536/2014, Regulation (EU) 2024/1938 of the European Parliament and of the Council34, Regulation (EU) 2017/745 and Regulation (EU) 2017/746
    """
    EHRS = "EHRS"
    """
    Electronic health data from EHRs
    """
    EINS = "EINS"
    """
    Health data from biobanks and associated databases
    """
    EMRD = "EMRD"
    """
    Other health data from medical devices
    """
    HGPD = "HGPD"
    """
    Human genetic, epigenomic and genomic data
    """
    HPML = "HPML"
    """
    Other human molecular data such as proteomic, transcriptomic, metabolomic, lipidomic and other omic data
    """
    HRAD = "HRAD"
    """
    Healthcare-related administrative data, including on dispensations, reimbursement claims and reimbursements
    """
    IDHP = "IDHP"
    """
    Data on professional status, and on the specialisation and institution of health professionals involved in the treatment of a natural person
    """
    MRMR = "MRMR"
    """
    Data from medical registries and mortality registries
    """
    NRPE = "NRPE"
    """
    Aggregated data on healthcare needs, resources allocated to healthcare, the provision of and access to healthcare, healthcare expenditure and financing
    """
    PGEH = "PGEH"
    """
    Personal electronic health data automatically generated through medical devices
    """
    PHDR = "PHDR"
    """
    Data from population-based health data registries such as public health registries
    """
    RMMD = "RMMD"
    """
    Data from registries for medicinal products and medical devices
    """
    RPDG = "RPDG"
    """
    Data on pathogens that impact human health
    """
    RQSH = "RQSH"
    """
    Data from research cohorts, questionnaires and surveys related to health, after the first publication of the related results
    """
    WELA = "WELA"
    """
    Data from wellness applications
    """


class AccessConditionEnum(str, Enum):
    """
    EUCAIM access conditions: how a distribution can be accessed (used in dct:rights).
    """
    Download_access = "DOWNLOAD"
    """
    Authorised users may download the data under the applicable procedure.
    """
    In_situ_processing = "IN_SITU_PROCESSING"
    """
    Authorised users work with the data inside the secure environment that holds it.
    """
    Remote_processing_without_direct_data_access = "REMOTE_PROCESSING"
    """
    Processing is sent to the data; users never see the underlying data.
    """


class DataUseConditionEnum(str, Enum):
    """
    EUCAIM data-use conditions, each aligned with a Data Use Ontology term (used in dct:rights).
    """
    Disease_specific_research = "DISEASE_SPECIFIC_RESEARCH"
    """
    Data-use condition aligned with DUO_0000007.
    """
    General_research_use = "GENERAL_RESEARCH_USE"
    """
    Data-use condition aligned with DUO_0000042.
    """
    Health_or_medical_or_biomedical_research = "HEALTH_MEDICAL_BIOMEDICAL_RESEARCH"
    """
    Data-use condition aligned with DUO_0000006.
    """
    No_restriction = "NO_RESTRICTION"
    """
    Data-use condition aligned with DUO_0000004.
    """
    Population_origins_or_ancestry_research_only = "POPULATION_ORIGINS_ANCESTRY_RESEARCH_ONLY"
    """
    Data-use condition aligned with DUO_0000011.
    """
    Clinical_care_use = "CLINICAL_CARE_USE"
    """
    Data-use condition aligned with DUO_0000043.
    """
    Collaboration_required = "COLLABORATION_REQUIRED"
    """
    Data-use condition aligned with DUO_0000020.
    """
    Ethics_approval_required = "ETHICS_APPROVAL_REQUIRED"
    """
    Data-use condition aligned with DUO_0000021.
    """
    Genetic_studies_only = "GENETIC_STUDIES_ONLY"
    """
    Data-use condition aligned with DUO_0000016.
    """
    Geographical_restriction = "GEOGRAPHICAL_RESTRICTION"
    """
    Data-use condition aligned with DUO_0000022.
    """
    Institution_specific_restriction = "INSTITUTION_SPECIFIC_RESTRICTION"
    """
    Data-use condition aligned with DUO_0000028.
    """
    No_general_methods_research = "NO_GENERAL_METHODS_RESEARCH"
    """
    Data-use condition aligned with DUO_0000015.
    """
    Non_commercial_use_only = "NON_COMMERCIAL_USE_ONLY"
    """
    Data-use condition aligned with DUO_0000046.
    """
    Not_for_profit_organisation_use_only = "NOT_FOR_PROFIT_ORGANISATION_USE_ONLY"
    """
    Data-use condition aligned with DUO_0000045.
    """
    Not_for_profit_non_commercial_use_only = "NOT_FOR_PROFIT_NON_COMMERCIAL_USE_ONLY"
    """
    Data-use condition aligned with DUO_0000018.
    """
    Population_origins_or_ancestry_research_prohibited = "POPULATION_ORIGINS_ANCESTRY_RESEARCH_PROHIBITED"
    """
    Data-use condition aligned with DUO_0000044.
    """
    Project_specific_restriction = "PROJECT_SPECIFIC_RESTRICTION"
    """
    Data-use condition aligned with DUO_0000027.
    """
    Publication_moratorium = "PUBLICATION_MORATORIUM"
    """
    Data-use condition aligned with DUO_0000024.
    """
    Publication_required = "PUBLICATION_REQUIRED"
    """
    Data-use condition aligned with DUO_0000019.
    """
    Research_specific_restrictions = "RESEARCH_SPECIFIC_RESTRICTIONS"
    """
    Data-use condition aligned with DUO_0000012.
    """
    Return_to_database_or_resource = "RETURN_TO_DATABASE_OR_RESOURCE"
    """
    Data-use condition aligned with DUO_0000029.
    """
    Time_limit_on_use = "TIME_LIMIT_ON_USE"
    """
    Data-use condition aligned with DUO_0000025.
    """
    User_specific_restriction = "USER_SPECIFIC_RESTRICTION"
    """
    Data-use condition aligned with DUO_0000026.
    """


class InteroperabilityLevelEnum(str, Enum):
    """
    EUCAIM interoperability tier (hyper-ontology branch SPEC1000008).
    """
    SPEC10000011 = "SPEC10000011"
    """
    Tier 1C+
    """
    SPEC1000009 = "SPEC1000009"
    """
    Tier 1
    """
    SPEC1000010 = "SPEC1000010"
    """
    Tier 3
    """
    SPEC1000011 = "SPEC1000011"
    """
    Tier 2
    """
    SPEC1000012 = "SPEC1000012"
    """
    Tier 1A+
    """
    SPEC1000013 = "SPEC1000013"
    """
    Tier 2C+
    """
    SPEC1000014 = "SPEC1000014"
    """
    Tier 2A+
    """
    SPEC1000015 = "SPEC1000015"
    """
    Tier 3C+
    """
    SPEC1000016 = "SPEC1000016"
    """
    Tier 3A+
    """


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
    Malignant neoplastic disease (hyper-ontology branch CLIN1007977).
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


class CollectionMethodEnum(str, Enum):
    """
    Scope and method of data collection (hyper-ontology branch SPEC1000002).
    """
    SPEC1000003 = "SPEC1000003"
    """
    Only-Image
    """
    SPEC1000004 = "SPEC1000004"
    """
    Patient-based
    """
    SPEC1000005 = "SPEC1000005"
    """
    Case-control
    """
    SPEC1000006 = "SPEC1000006"
    """
    Longitudinal
    """
    SPEC1000007 = "SPEC1000007"
    """
    Disease-specific
    """


class ImagingModalityEnum(str, Enum):
    """
    Imaging modality (hyper-ontology branch IMG1000009).
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


class EquipmentManufacturerEnum(str, Enum):
    """
    Imaging equipment manufacturer (hyper-ontology branch IMG1000010).
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


class BodyStructureEnum(str, Enum):
    """
    Body structure (hyper-ontology branch BP1000024).
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


class SegmentationMethodEnum(str, Enum):
    """
    Segmentation method (hyper-ontology branch COM1001204).
    """
    COM1000003 = "COM1000003"
    """
    Manual
    """
    COM1000005 = "COM1000005"
    """
    Semiautomatic
    """
    COM1000008 = "COM1000008"
    """
    Automatic
    """


class DatasetTypeEnum(str, Enum):
    """
    EUCAIM dataset type (hyper-ontology branch SPEC1000017).
    """
    SPEC1000018 = "SPEC1000018"
    """
    Processed Dataset
    """
    SPEC1000019 = "SPEC1000019"
    """
    Annotated Dataset
    """
    SPEC1000020 = "SPEC1000020"
    """
    Original Dataset
    """


class DpvDataCategoryEnum(str, Enum):
    """
    DPV data categories below dpv:Data accepted as a dataset type (dct:type, with DatasetTypeEnum).
    """
    PersonalData = "PersonalData"
    """
    Data about an identified or identifiable person.
    """
    NonPersonalData = "NonPersonalData"
    """
    Data that is not personal data.
    """
    AnonymisedData = "AnonymisedData"
    """
    Personal data made anonymous so that no one can be identified.
    """
    PseudonymisedData = "PseudonymisedData"
    """
    Personal data that can no longer be attributed to a person without extra information.
    """
    SyntheticData = "SyntheticData"
    """
    Artificially generated data.
    """
    SensitivePersonalData = "SensitivePersonalData"
    """
    Personal data whose use needs extra care.
    """
    SpecialCategoryPersonalData = "SpecialCategoryPersonalData"
    """
    Special categories of personal data, such as health data.
    """


class SegmentationLabelEnum(str, Enum):
    """
    EUCAIM segmentation-label value set (494 hyper-ontology concepts, canonical IRIs).
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
    CLIN1051005 = "CLIN1051005"
    """
    Mechanical abnormality
    """
    CLIN1051006 = "CLIN1051006"
    """
    Fluid disturbance
    """
    CLIN1051007 = "CLIN1051007"
    """
    Retention
    """
    CLIN1051008 = "CLIN1051008"
    """
    Edema
    """
    CLIN1051010 = "CLIN1051010"
    """
    Necrosis
    """
    CLIN1051014 = "CLIN1051014"
    """
    Mechanical lesion
    """
    CLIN1051018 = "CLIN1051018"
    """
    Cyst
    """
    CLIN1051019 = "CLIN1051019"
    """
    Zonal necrosis
    """
    CLIN1051020 = "CLIN1051020"
    """
    Hemorrhage
    """
    CLIN1051021 = "CLIN1051021"
    """
    Diffuse hemorrhage
    """
    CLIN1051025 = "CLIN1051025"
    """
    Gas retention
    """
    CLIN1051032 = "CLIN1051032"
    """
    Central zone necrosis
    """
    CLIN1051040 = "CLIN1051040"
    """
    Cavity
    """
    CLIN1051049 = "CLIN1051049"
    """
    Emphysema
    """
    CLIN1054863 = "CLIN1054863"
    """
    Polyp
    """
    CLIN1059056 = "CLIN1059056"
    """
    Adenomatous polyposis coli
    """
    CLIN1059061 = "CLIN1059061"
    """
    Tumor budding
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
    CLIN1063273 = "CLIN1063273"
    """
    Structure of subdivision of nervous system
    """
    CLIN1063274 = "CLIN1063274"
    """
    Structure of central nervous system
    """
    CLIN1063275 = "CLIN1063275"
    """
    Central nervous system part
    """
    CLIN1063276 = "CLIN1063276"
    """
    Colon part
    """
    CLIN1063277 = "CLIN1063277"
    """
    Meninges structure
    """
    CLIN1063278 = "CLIN1063278"
    """
    Meninges part
    """
    CLIN1063279 = "CLIN1063279"
    """
    Structure of brain meninges
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
    CLIN1063490 = "CLIN1063490"
    """
    Other Anatomic Concept
    """
    CLIN1063491 = "CLIN1063491"
    """
    Anatomic Site
    """
    CLIN1063492 = "CLIN1063492"
    """
    Lesion Site
    """
    CLIN1063493 = "CLIN1063493"
    """
    Brain Lesion Site
    """
    CLIN1063497 = "CLIN1063497"
    """
    Bone structure
    """
    CLIN1063519 = "CLIN1063519"
    """
    Structure of skin and/or mucous membrane
    """
    CLIN1063520 = "CLIN1063520"
    """
    Hamartomatous polyp
    """
    CLIN1063525 = "CLIN1063525"
    """
    Peutz Jeghers polyp
    """
    CLIN1063534 = "CLIN1063534"
    """
    Inflammatory morphology
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
    CLIN1063634 = "CLIN1063634"
    """
    Nipple structure
    """
    CLIN1063635 = "CLIN1063635"
    """
    Areola structure
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
    CLIN1063725 = "CLIN1063725"
    """
    Entire ovary
    """
    CLIN1063726 = "CLIN1063726"
    """
    Ovarian part
    """
    CLIN1063727 = "CLIN1063727"
    """
    Breast
    """
    CLIN1063728 = "CLIN1063728"
    """
    Liver
    """
    CLIN1063729 = "CLIN1063729"
    """
    Structure of left ovary
    """
    CLIN1063730 = "CLIN1063730"
    """
    Structure of right ovary
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
    IMG1016389 = "IMG1016389"
    """
    Morphologically altered structure
    """
    IMG1016395 = "IMG1016395"
    """
    Morphologically abnormal structure
    """
    IMG1016402 = "IMG1016402"
    """
    Lesion
    """
    IMG1016511 = "IMG1016511"
    """
    Mass
    """
    IMG1016512 = "IMG1016512"
    """
    Non-enhancing tumor
    """
    IMG1016514 = "IMG1016514"
    """
    Round mass
    """
    IMG1016515 = "IMG1016515"
    """
    Oval mass
    """
    IMG1016516 = "IMG1016516"
    """
    Irregular mass
    """
    IMG1016565 = "IMG1016565"
    """
    Growth alteration
    """
    IMG1016582 = "IMG1016582"
    """
    Dysplasia
    """
    IMG1016586 = "IMG1016586"
    """
    Damage
    """
    IMG1016591 = "IMG1016591"
    """
    Nodule
    """
    IMG1016592 = "IMG1016592"
    """
    Dysplastic nodule
    """
    IMG1016594 = "IMG1016594"
    """
    focal damage
    """
    IMG1016726 = "IMG1016726"
    """
    Proliferation
    """
    IMG1016728 = "IMG1016728"
    """
    Proliferative mass
    """



class Catalog(ConfiguredBaseModel):
    """
    A catalogue listing EUCAIM datasets and services (inherited from HealthDCAT-AP without change).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:Catalog',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    title: list[str] = Field(default=..., description="""Name of the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Title'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:title'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:title'} })
    description: list[str] = Field(default=..., description="""Free-text account of the catalogue and what it lists.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Description'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:description'}},
         'domain_of': ['Catalog',
                       'Dataset',
                       'Distribution',
                       'Agent',
                       'ProvAgent',
                       'PeriodOfTime'],
         'slot_uri': 'dct:description'} })
    applicable_legislation: list[LegalResource] = Field(default=..., description="""Legislation mandating the creation or management of the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Applicable Legislation'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: '
                                                'dcatap:applicableLegislation'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dcatap:applicableLegislation'} })
    homepage: Optional[Document] = Field(default=None, description="""Main web page of the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Homepage'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: foaf:homepage'}},
         'domain_of': ['Catalog', 'Agent', 'ProvAgent'],
         'recommended': True,
         'slot_uri': 'foaf:homepage'} })
    language: Optional[list[LinguisticSystem]] = Field(default=None, description="""Language of the catalogue's textual metadata (EU language table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Language'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:language'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:language'} })
    modified: Optional[Union[date, datetime , str]] = Field(default=None, description="""Latest date the catalogue changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Modification Date'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:modified'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:modified'} })
    issued: Optional[Union[date, datetime , str]] = Field(default=None, description="""Date the catalogue was formally published.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Release Date'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:issued'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:issued'} })
    theme_taxonomy: Optional[list[ConceptScheme]] = Field(default=None, description="""Concept scheme used to classify the catalogue's resources.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Themes'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dcat:themeTaxonomy'}},
         'domain_of': ['Catalog'],
         'recommended': True,
         'slot_uri': 'dcat:themeTaxonomy'} })
    spatial: Optional[list[Location]] = Field(default=None, description="""Geographic area the catalogue covers.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Geographical Coverage'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:spatial'}},
         'domain_of': ['Catalog', 'Dataset'],
         'recommended': True,
         'slot_uri': 'dct:spatial'} })
    license: Optional[LicenseDocument] = Field(default=None, description="""Licence under which the catalogue may be used.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Licence'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:license'}},
         'domain_of': ['Catalog', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:license'} })
    service: Optional[list[DataService]] = Field(default=None, description="""A data service (e.g. a Beacon count API) listed in the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Service'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dcat:service'}},
         'domain_of': ['Catalog'],
         'recommended': True,
         'slot_uri': 'dcat:service'} })
    dataset: Optional[list[Dataset]] = Field(default=None, description="""A dataset listed in the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Dataset'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dcat:dataset'}},
         'domain_of': ['Catalog'],
         'recommended': True,
         'slot_uri': 'dcat:dataset'} })
    catalog: Optional[list[Catalog]] = Field(default=None, description="""Another catalogue of interest, for nested catalogues.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Catalogue'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dcat:catalog'}},
         'domain_of': ['Catalog'],
         'slot_uri': 'dcat:catalog'} })
    has_part: Optional[list[Catalog]] = Field(default=None, description="""A catalogue that is part of this one.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Has Part'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:hasPart'}},
         'domain_of': ['Catalog'],
         'slot_uri': 'dct:hasPart'} })
    record: Optional[list[CatalogRecord]] = Field(default=None, description="""A catalogue record of this catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Record'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dcat:record'}},
         'domain_of': ['Catalog'],
         'slot_uri': 'dcat:record'} })
    rights: Optional[list[RightsStatement]] = Field(default=None, description="""Statement of rights over the catalogue, complementing its licence.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Rights'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:rights'}},
         'domain_of': ['Catalog', 'Distribution'],
         'slot_uri': 'dct:rights'} })
    temporal: Optional[list[PeriodOfTime]] = Field(default=None, description="""Period the catalogue covers.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Temporal Coverage'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:temporal'}},
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dct:temporal'} })
    publisher: Agent = Field(default=..., description="""Organisation that makes the catalogue available.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Publisher'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher'}},
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dct:publisher'} })
    creator: Optional[Agent] = Field(default=None, description="""Agent that created the catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Creator'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:creator'}},
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dct:creator'} })


class Dataset(ConfiguredBaseModel):
    """
    A cancer-imaging dataset described for the EUCAIM catalogue.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:Dataset',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    identifier: str = Field(default=..., description="""Unique identifier of the dataset; in EUCAIM it is the dataset's URI in the public catalogue.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label', 'value': 'Identifier'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:identifier'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dct:identifier'} })
    title: list[str] = Field(default=..., description="""Short name of the dataset; one English value is required, other languages may be added.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Title'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:title'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:title'} })
    alternative: Optional[list[str]] = Field(default=None, description="""Another name by which the dataset is known.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Alternative'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:alternative'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dct:alternative'} })
    description: list[str] = Field(default=..., description="""Free-text account of the dataset; one English value is required.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Description'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:description'}},
         'domain_of': ['Catalog',
                       'Dataset',
                       'Distribution',
                       'Agent',
                       'ProvAgent',
                       'PeriodOfTime'],
         'slot_uri': 'dct:description'} })
    version: str = Field(default=..., description="""Version of the dataset, written as a semantic version (1.0.0) or a calendar version (2026.08.1).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label', 'value': 'Version'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:version'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:version'} })
    interoperability_level: InteroperabilityLevelEnum = Field(default=..., description="""The EUCAIM federation and interoperability tier the dataset is onboarded at.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Interoperability Tier'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'eucaim:interoperabilityLevel'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:interoperabilityLevel'} })
    distribution: list[Distribution] = Field(default=..., description="""A distribution of the dataset; at least one is required whatever the access rights.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Dataset Distribution'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:distribution'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:distribution'} })
    in_series: Optional[list[DatasetSeries]] = Field(default=None, description="""A dataset series this dataset belongs to.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'In Series'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:inSeries'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:inSeries'} })
    contact_point: list[Kind] = Field(default=..., description="""Where questions or comments about the dataset can be sent (a vCard with a contact page or an email).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Dataset Contact Point'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:contactPoint'}},
         'domain_of': ['Dataset', 'Agent'],
         'slot_uri': 'dcat:contactPoint'} })
    page: Optional[list[Document]] = Field(default=None, description="""A web page or document with more information about the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Documentation'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: foaf:page'}},
         'domain_of': ['Dataset', 'Distribution'],
         'recommended': True,
         'slot_uri': 'foaf:page'} })
    theme: ThemeEnum = Field(default=..., description="""Data theme of the dataset; always the EU data theme Health (HEAL).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Theme'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:theme'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:theme'} })
    health_category: list[HealthCategoryEnum] = Field(default=..., description="""Category of electronic health data (EHDS Article 51) the dataset falls under.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Health Category'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:healthCategory'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'healthdcatap:healthCategory'} })
    health_theme: Optional[list[Concept]] = Field(default=None, description="""Health subject of the dataset from the HealthDCAT-AP health-theme list; CANCER_DISEASE is expected for EUCAIM.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Health Theme'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:healthTheme'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:healthTheme'} })
    type: list[Union[DatasetTypeEnum, DpvDataCategoryEnum]] = Field(default=..., description="""Kind of dataset: a EUCAIM dataset type (below SPEC1000017) and/or a DPV data category (below dpv:Data).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label', 'value': 'Type'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:type'}},
         'any_of': [{'range': 'DatasetTypeEnum'}, {'range': 'DpvDataCategoryEnum'}],
         'domain_of': ['Dataset', 'Agent', 'ProvAgent', 'Activity'],
         'slot_uri': 'dct:type'} })
    access_rights: AccessRightsEnum = Field(default=..., description="""Whether the dataset is public, restricted or non-public (EU access-right table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Access Rights'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:accessRights'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dct:accessRights'} })
    applicable_legislation: list[LegalResource] = Field(default=..., description="""Legislation mandating the creation or management of the dataset; the EHDS Regulation ELI where it applies.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Applicable Legislation'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'dcatap:applicableLegislation'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dcatap:applicableLegislation'} })
    has_legal_basis: Optional[list[LegalBasis]] = Field(default=None, description="""Legal basis for processing the data, as a DPV legal-basis concept.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Legal Basis'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dpv:hasLegalBasis'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dpv:hasLegalBasis'} })
    has_purpose: Optional[list[Purpose]] = Field(default=None, description="""Purpose for which the data are processed, preferably a DPV purpose concept.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Purpose'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dpv:hasPurpose'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dpv:hasPurpose'} })
    has_personal_data: Optional[list[PersonalData]] = Field(default=None, description="""Categories of personal data present in the dataset (DPV personal-data taxonomy), not in the metadata record.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Personal Data'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dpv:hasPersonalData'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dpv:hasPersonalData'} })
    retention_period: Optional[PeriodOfTime] = Field(default=None, description="""Period during which the dataset is available for secondary use; may be open-ended.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Retention Period'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:retentionPeriod'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:retentionPeriod'} })
    publisher: Agent = Field(default=..., description="""Organisation that makes the dataset available (the data holder or an intermediary).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label', 'value': 'Publisher'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:publisher'}},
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dct:publisher'} })
    has_structured_data: bool = Field(default=..., description="""True when the dataset holds structured data whose variables can be described in machine-readable form.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Structured Data'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:hasStructuredData'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'healthdcatap:hasStructuredData'} })
    has_variables: Optional[list[TableGroup]] = Field(default=None, description="""A CSVW table group describing the dataset's variables, columns or fields.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required (at least one) when '
                                                'Structured Data '
                                                '(healthdcatap:hasStructuredData) is '
                                                'true.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Variables'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:hasVariables'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'healthdcatap:hasVariables'} })
    number_of_unique_individuals: int = Field(default=..., description="""How many distinct individuals the dataset covers; an estimate is allowed.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label',
                                   'value': 'Number of Unique Individuals'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:numberOfUniqueIndividuals'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'healthdcatap:numberOfUniqueIndividuals'} })
    number_of_records: int = Field(default=..., description="""How many imaging studies (e.g. DICOM studies) the dataset holds; each study counts once.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label',
                                   'value': 'Number of Imaging Studies'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:numberOfRecords'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'healthdcatap:numberOfRecords'} })
    has_birth_sex: list[BirthSexEnum] = Field(default=..., description="""Sex assigned at birth of the individuals in the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Birth Sex'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:hasBirthSex'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasBirthSex'} })
    min_typical_age: Optional[int] = Field(default=None, description="""Approximate lowest age, in years, of the individuals in the dataset.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Minimum Typical Age'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:minTypicalAge'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:minTypicalAge',
         'unit': {'ucum_code': 'a'}} })
    max_typical_age: Optional[int] = Field(default=None, description="""Approximate highest age, in years, of the individuals in the dataset.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Maximum Typical Age'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:maxTypicalAge'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:maxTypicalAge',
         'unit': {'ucum_code': 'a'}} })
    has_condition: CancerConditionEnum = Field(default=..., description="""The main cancer condition of the dataset (a malignant neoplastic disease concept; a secondary-cancer concept when the primary is unknown).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Cancer Condition'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:hasCondition'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasCondition'} })
    population_coverage: Optional[list[str]] = Field(default=None, description="""Free-text definition of the population the dataset represents.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Population Coverage'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:populationCoverage'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:populationCoverage'} })
    collection_method: list[CollectionMethodEnum] = Field(default=..., description="""How and with what scope the data were gathered to build the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Collection Method'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:collectionMethod'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:collectionMethod'} })
    spatial: Optional[list[Location]] = Field(default=None, description="""Geographic area the dataset covers (EU continent, country or place tables; GeoNames otherwise).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Geographical Coverage'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:spatial'}},
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dct:spatial'} })
    has_image_modality: list[ImagingModalityEnum] = Field(default=..., description="""Imaging modalities present in the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Image Modality'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:hasImageModality'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasImageModality'} })
    has_equipment_manufacturer: list[EquipmentManufacturerEnum] = Field(default=..., description="""Makers of the imaging equipment, as recorded in DICOM Manufacturer (0008,0070).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label',
                                   'value': 'Image Equipment Manufacturer'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'eucaim:hasEquipmentManufacturer'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasEquipmentManufacturer'} })
    has_image_body_part: list[BodyStructureEnum] = Field(default=..., description="""Anatomical regions shown in the images.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label',
                                   'value': 'Image Body Part / Structure'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:hasImageBodyPart'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasImageBodyPart'} })
    temporal: Optional[list[PeriodOfTime]] = Field(default=None, description="""Period spanned by the image acquisition dates of the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Image Acquisition Period'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:temporal'}},
         'domain_of': ['Catalog', 'Dataset'],
         'recommended': True,
         'slot_uri': 'dct:temporal'} })
    has_annotation_label: Optional[list[SegmentationLabelEnum]] = Field(default=None, description="""Entity a segmentation in the dataset delineates, from the EUCAIM segmentation-label value set (canonical IRIs).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Segmentation Label'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:hasAnnotationLabel'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasAnnotationLabel'} })
    has_algorithm_type: Optional[list[SegmentationMethodEnum]] = Field(default=None, description="""How segmentations were produced (manual, semi-automatic, automatic...).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Segmentation Method'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:hasAlgorithmType'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:hasAlgorithmType'} })
    nbr_of_segmentations: Optional[int] = Field(default=None, description="""How many imaging studies of the dataset carry a segmentation; each study counts once.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'added'},
                         'label': {'tag': 'label', 'value': 'Number of Segmentations'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: eucaim:nbrOfSegmentations'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'eucaim:nbrOfSegmentations'} })
    keyword: list[str] = Field(default=..., description="""Word or short phrase that helps find the dataset (cancer type, modality, body structure...).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Keyword'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:keyword'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:keyword'} })
    provenance: list[ProvenanceStatement] = Field(default=..., description="""Statement of how the dataset was collected, created or processed.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Provenance'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:provenance'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dct:provenance'} })
    has_coding_system: Optional[list[Standard]] = Field(default=None, description="""A coding system actually used in the dataset (HealthDCAT-AP coding-system list).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Coding System'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'healthdcatap:hasCodingSystem'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:hasCodingSystem'} })
    has_code_values: Optional[list[str]] = Field(default=None, description="""Free-text mention of code values used in the dataset, e.g. 'ICD-10: C61'.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Code Values'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:hasCodeValues'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:hasCodeValues'} })
    was_generated_by: Optional[list[Activity]] = Field(default=None, description="""Activity that produced the dataset or gives the context of its creation.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Was Generated By'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:wasGeneratedBy'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'prov:wasGeneratedBy'} })
    conforms_to: Optional[list[Standard]] = Field(default=None, description="""Standard the dataset itself conforms to (HealthDCAT-AP standard list).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Conforms To'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:conformsTo'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'dct:conformsTo'} })
    custodian: Optional[Agent] = Field(default=None, description="""Agent accountable for the care and maintenance of the dataset; may differ from the publisher.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Custodian'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: geodcatap:custodian'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'geodcatap:custodian'} })
    hdab: Optional[Agent] = Field(default=None, description="""The competent EHDS health data access body for the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'hint': {'tag': 'hint',
                                  'value': 'Add the Health Data Access Body '
                                           '(healthdcatap:hdab) once the competent '
                                           'EHDS body is designated; until then EUCAIM '
                                           'accepts the record, which does not yet '
                                           'meet the HealthDCAT-AP requirement. Never '
                                           'put a placeholder organisation.'},
                         'label': {'tag': 'label', 'value': 'Health Data Access Body'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_obligation': {'tag': 'spec_obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:hdab'},
                         'transition': {'tag': 'transition',
                                        'value': 'May be left out while the competent '
                                                 'body is not yet designated (EHDS '
                                                 'transition); a placeholder '
                                                 'organisation is never acceptable.'}},
         'comments': ['The table says 1..1 M, but its note lets EUCAIM accept a record '
                      'without it during the EHDS transition: obligation R here (a '
                      'missing value is a warning), spec_obligation keeps M. '
                      'shapes/dcat_ap/conditional.ttl rejects placeholder '
                      'organisations (dcat_ap.hdab_placeholder).'],
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:hdab'} })
    creator: Optional[list[Agent]] = Field(default=None, description="""Agent that produced the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Creator'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:creator'}},
         'domain_of': ['Catalog', 'Dataset'],
         'slot_uri': 'dct:creator'} })
    issued: Optional[Union[date, datetime , str]] = Field(default=None, description="""Date the dataset was formally published (not the acquisition period).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Release Date'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:issued'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:issued'} })
    has_version: Optional[list[Dataset]] = Field(default=None, description="""Another dataset that is a version, edition or adaptation of this one.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Has Version'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:hasVersion'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:hasVersion'} })
    modified: Optional[Union[date, datetime , str]] = Field(default=None, description="""Latest date the dataset changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Modification Date'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:modified'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:modified'} })
    version_notes: Optional[list[str]] = Field(default=None, description="""What changed since the previous version of the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Version Notes'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: adms:versionNotes'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'adms:versionNotes'} })
    other_identifier: Optional[list[Identifier]] = Field(default=None, description="""A secondary identifier such as a DOI or the source system's identifier.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Other Identifier'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: adms:identifier'}},
         'comments': ['Named other_identifier because identifier already holds '
                      'dct:identifier.'],
         'domain_of': ['Dataset'],
         'slot_uri': 'adms:identifier'} })
    language: Optional[list[LinguisticSystem]] = Field(default=None, description="""Language of the dataset content (EU language table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Language'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:language'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:language'} })
    accrual_periodicity: Optional[Frequency] = Field(default=None, description="""How often the dataset is updated (EU frequency table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Frequency'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:accrualPeriodicity'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dct:accrualPeriodicity'} })
    landing_page: Optional[list[Document]] = Field(default=None, description="""Web page of the provider giving access to or information about the dataset; not a file download.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Landing Page'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:landingPage'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dcat:landingPage'} })
    source: Optional[list[Dataset]] = Field(default=None, description="""A dataset this dataset was derived from.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Source'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:source'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dct:source'} })
    is_referenced_by: Optional[list[str]] = Field(default=None, description="""A resource, e.g. a publication, that cites the dataset (a DOI where available).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Is Referenced By'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:isReferencedBy'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dct:isReferencedBy'} })
    sample: Optional[list[Distribution]] = Field(default=None, description="""A sample distribution, possibly anonymised or synthetic.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Sample'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: adms:sample'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'adms:sample'} })
    analytics: Optional[list[Distribution]] = Field(default=None, description="""A distribution with reports, quality measures or other analytics about the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Analytics'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: healthdcatap:analytics'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'healthdcatap:analytics'} })
    spatial_resolution_in_meters: Optional[Decimal] = Field(default=None, description="""Smallest spatial sampling interval in the images, in metres.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Spatial Resolution'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: '
                                                'dcat:spatialResolutionInMeters'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'dcat:spatialResolutionInMeters',
         'unit': {'ucum_code': 'm'}} })
    temporal_resolution: Optional[str] = Field(default=None, description="""Shortest time interval the dataset resolves, as an xsd:duration (PT1S, P1D).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Temporal Resolution'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:temporalResolution'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'dcat:temporalResolution'} })
    relation: Optional[list[str]] = Field(default=None, description="""A related resource when no more specific relation property fits.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Related Resource'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dct:relation'}},
         'domain_of': ['Dataset', 'Relationship'],
         'slot_uri': 'dct:relation'} })
    has_quality_annotation: Optional[list[QualityCertificate]] = Field(default=None, description="""A quality certificate about the dataset; EUCAIM certificates are still being defined.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Quality Annotation'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dqv:hasQualityAnnotation'}},
         'domain_of': ['Dataset'],
         'recommended': True,
         'slot_uri': 'dqv:hasQualityAnnotation'} })
    qualified_attribution: Optional[list[Attribution]] = Field(default=None, description="""Link to an agent with a stated role towards the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Qualified Attribution'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'prov:qualifiedAttribution'} })
    qualified_relation: Optional[list[Relationship]] = Field(default=None, description="""Link to a related resource with a stated role.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Qualified Relation'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:qualifiedRelation'}},
         'domain_of': ['Dataset'],
         'slot_uri': 'dcat:qualifiedRelation'} })

    @field_validator('version')
    def pattern_version(cls, v):
        pattern=re.compile(r"^(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)\.(0|[1-9][0-9]*)(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$|^[0-9]{4}\.(0?[1-9]|1[0-2])(\.[0-9]+)?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid version format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid version format: {v}"
            raise ValueError(err_msg)
        return v


class Distribution(ConfiguredBaseModel):
    """
    One accessible representation of a dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:Distribution',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    title: Optional[list[str]] = Field(default=None, description="""Name telling this distribution apart from other representations of the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Title'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:title'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:title'} })
    description: Optional[list[str]] = Field(default=None, description="""Free-text account of the distribution's content, use and technical features.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Description'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:description'}},
         'domain_of': ['Catalog',
                       'Dataset',
                       'Distribution',
                       'Agent',
                       'ProvAgent',
                       'PeriodOfTime'],
         'recommended': True,
         'slot_uri': 'dct:description'} })
    page: Optional[list[Document]] = Field(default=None, description="""Guide, data dictionary or other document supporting use of the distribution.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Documentation'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: foaf:page'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'foaf:page'} })
    access_url: list[str] = Field(default=..., description="""URL giving access to the distribution; in EUCAIM usually the Negotiator request page.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Access URL'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:accessURL'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:accessURL'} })
    access_service: Optional[list[DataService]] = Field(default=None, description="""A data service (API, federated query) through which the distribution is reached.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Access Service'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:accessService'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:accessService'} })
    download_url: Optional[list[str]] = Field(default=None, description="""Direct link to a downloadable file; not for request pages.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Download URL'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:downloadURL'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:downloadURL'} })
    availability: Optional[Concept] = Field(default=None, description="""How long the distribution is planned to stay available (EU planned-availability table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Availability'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcatap:availability'}},
         'domain_of': ['Distribution'],
         'recommended': True,
         'slot_uri': 'dcatap:availability'} })
    format: Optional[MediaTypeOrExtent] = Field(default=None, description="""File format of the distribution (EU file-type table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Format'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:format'}},
         'domain_of': ['Distribution'],
         'recommended': True,
         'slot_uri': 'dct:format'} })
    media_type: Optional[MediaType] = Field(default=None, description="""IANA media type of the distribution, e.g. application/dicom.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Media Type'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:mediaType'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:mediaType'} })
    compress_format: Optional[MediaType] = Field(default=None, description="""IANA media type of the compression applied to a data file.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Compression Format'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:compressFormat'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:compressFormat'} })
    package_format: Optional[MediaType] = Field(default=None, description="""IANA media type of the package grouping several files.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Packaging Format'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:packageFormat'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:packageFormat'} })
    byte_size: Optional[int] = Field(default=None, description="""Size of the distribution in bytes.""", ge=0, json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Byte Size'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dcat:byteSize'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'dcat:byteSize',
         'unit': {'ucum_code': 'By'}} })
    checksum: Optional[Checksum] = Field(default=None, description="""Checksum to verify the distribution's content has not changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Checksum'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: spdx:checksum'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'spdx:checksum'} })
    spatial_resolution_in_meters: Optional[Decimal] = Field(default=None, description="""Smallest spatial sampling interval in the distribution, in metres.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Spatial Resolution'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: '
                                                'dcat:spatialResolutionInMeters'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'dcat:spatialResolutionInMeters',
         'unit': {'ucum_code': 'm'}} })
    temporal_resolution: Optional[str] = Field(default=None, description="""Shortest time interval the distribution resolves, as an xsd:duration.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Temporal Resolution'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: '
                                                'dcat:temporalResolution'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'dcat:temporalResolution'} })
    conforms_to: Optional[list[Standard]] = Field(default=None, description="""Schema, standard or profile the distribution itself conforms to (DICOM, FHIR, OMOP...).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Linked Schemas'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:conformsTo'}},
         'domain_of': ['Dataset', 'Distribution'],
         'slot_uri': 'dct:conformsTo'} })
    language: Optional[list[LinguisticSystem]] = Field(default=None, description="""Language of the distribution content (EU language table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Language'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:language'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:language'} })
    applicable_legislation: list[LegalResource] = Field(default=..., description="""Legislation mandating the creation or management of the distribution.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Applicable Legislation'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: '
                                                'dcatap:applicableLegislation'}},
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dcatap:applicableLegislation'} })
    license: Optional[LicenseDocument] = Field(default=None, description="""Licence under which the distribution is made available.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Licence'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:license'}},
         'domain_of': ['Catalog', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:license'} })
    rights: Optional[list[RightsStatement]] = Field(default=None, description="""Rights, access conditions or data-use conditions of the distribution; at least one value from the EUCAIM access conditions.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change', 'value': 'modified'},
                         'label': {'tag': 'label', 'value': 'Rights'},
                         'obligation': {'tag': 'obligation', 'value': 'R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:rights'}},
         'comments': ['Stored versions disagree: afc4990 (chosen, matches the '
                      'CHANGELOG) says 0..n Recommended with values from the '
                      'access-condition and data-use-condition vocabularies; 6b22c29 '
                      "says 1..n Mandatory ('Rights / Access Conditions')."],
         'domain_of': ['Catalog', 'Distribution'],
         'recommended': True,
         'slot_uri': 'dct:rights'} })
    has_policy: Optional[Policy] = Field(default=None, description="""Machine-readable ODRL policy of permissions, prohibitions and duties.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Has Policy'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'odrl:hasPolicy'} })
    status: Optional[Concept] = Field(default=None, description="""Maturity status of the distribution (EU distribution-status table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Status'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: adms:status'}},
         'domain_of': ['Distribution'],
         'slot_uri': 'adms:status'} })
    issued: Optional[Union[date, datetime , str]] = Field(default=None, description="""Date the distribution was formally published.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Release Date'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:issued'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:issued'} })
    modified: Optional[Union[date, datetime , str]] = Field(default=None, description="""Latest date the distribution changed.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Modification Date'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: dct:modified'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['Catalog', 'Dataset', 'Distribution'],
         'slot_uri': 'dct:modified'} })


class Agent(ConfiguredBaseModel):
    """
    An organisation or person acting as publisher, custodian, health data access body or creator.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'foaf:Agent',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    name: list[str] = Field(default=..., description="""Name of the agent; may be repeated per language.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Agent Name'},
                         'obligation': {'tag': 'obligation', 'value': 'M'},
                         'obligation_by_role': {'tag': 'obligation_by_role',
                                                'value': 'publisher M; health data '
                                                         'access body M; custodian C; '
                                                         'creator C (always required '
                                                         'once the agent is given)'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:creator / foaf:name; '
                                                'Catalogue: dct:publisher / foaf:name; '
                                                'Dataset: dct:creator / foaf:name; '
                                                'Dataset: dct:publisher / foaf:name; '
                                                'Dataset: geodcatap:custodian / '
                                                'foaf:name; Dataset: healthdcatap:hdab '
                                                '/ foaf:name'}},
         'domain_of': ['Agent', 'ProvAgent'],
         'slot_uri': 'foaf:name'} })
    type: Optional[Concept] = Field(default=None, description="""Kind of agent, from the HealthDCAT-AP publisher-type list.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Agent Type'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'obligation_by_role': {'tag': 'obligation_by_role',
                                                'value': 'publisher R; custodian, '
                                                         'health data access body and '
                                                         'creator O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:creator / dct:type; '
                                                'Catalogue: dct:publisher / dct:type; '
                                                'Dataset: dct:creator / dct:type; '
                                                'Dataset: dct:publisher / dct:type; '
                                                'Dataset: geodcatap:custodian / '
                                                'dct:type; Dataset: healthdcatap:hdab '
                                                '/ dct:type'}},
         'domain_of': ['Dataset', 'Agent', 'ProvAgent', 'Activity'],
         'slot_uri': 'dct:type'} })
    contact_point: Optional[ContactPoint] = Field(default=None, description="""Core-Vocabulary contact point of the agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Exactly one is required for the '
                                                'Publisher (M), the Health Data Access '
                                                'Body (M) and a supplied Custodian '
                                                '(C); creators do not use it.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Agent Contact Point'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint; Dataset: '
                                                'dct:publisher / cv:contactPoint; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint; Dataset: '
                                                'healthdcatap:hdab / cv:contactPoint'}},
         'domain_of': ['Dataset', 'Agent'],
         'slot_uri': 'cv:contactPoint'} })
    description: Optional[list[str]] = Field(default=None, description="""What the agent does; may be repeated per language.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Agent Description'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'obligation_by_role': {'tag': 'obligation_by_role',
                                                'value': 'publisher R'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'dct:description; Dataset: '
                                                'dct:publisher / dct:description'}},
         'domain_of': ['Catalog',
                       'Dataset',
                       'Distribution',
                       'Agent',
                       'ProvAgent',
                       'PeriodOfTime'],
         'slot_uri': 'dct:description'} })
    homepage: Optional[list[str]] = Field(default=None, description="""Homepage or contact page of the agent (documented for creators).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Creator Contact Page'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:creator / '
                                                'foaf:homepage; Dataset: dct:creator / '
                                                'foaf:homepage'}},
         'domain_of': ['Catalog', 'Agent', 'ProvAgent'],
         'slot_uri': 'foaf:homepage'} })
    mbox: Optional[list[str]] = Field(default=None, description="""Email of the agent as a mailto: IRI (documented for creators).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Creator Email'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:creator / foaf:mbox; '
                                                'Dataset: dct:creator / foaf:mbox'}},
         'domain_of': ['Agent', 'ProvAgent'],
         'slot_uri': 'foaf:mbox'} })


class ProvAgent(ConfiguredBaseModel):
    """
    The agent named in a qualified attribution.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'prov:Agent',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    name: list[str] = Field(default=..., description="""Name of the attributed agent; may be repeated per language.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required whenever a '
                                                'qualified-attribution agent is '
                                                'described.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent Name'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'prov:agent / foaf:name'}},
         'domain_of': ['Agent', 'ProvAgent'],
         'slot_uri': 'foaf:name'} })
    description: Optional[list[str]] = Field(default=None, description="""Description of the attributed agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent Description'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'prov:agent / dct:description'}},
         'domain_of': ['Catalog',
                       'Dataset',
                       'Distribution',
                       'Agent',
                       'ProvAgent',
                       'PeriodOfTime'],
         'slot_uri': 'dct:description'} })
    type: Optional[Concept] = Field(default=None, description="""Kind of agent, from the HealthDCAT-AP publisher-type list.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent Type'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'prov:agent / dct:type'}},
         'domain_of': ['Dataset', 'Agent', 'ProvAgent', 'Activity'],
         'slot_uri': 'dct:type'} })
    mbox: Optional[str] = Field(default=None, description="""Email of the attributed agent as a mailto: IRI.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent Email'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'prov:agent / foaf:mbox'}},
         'domain_of': ['Agent', 'ProvAgent'],
         'slot_uri': 'foaf:mbox'} })
    homepage: Optional[Document] = Field(default=None, description="""Stable homepage or contact page of the attributed agent.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent Homepage'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'prov:agent / foaf:homepage'}},
         'domain_of': ['Catalog', 'Agent', 'ProvAgent'],
         'slot_uri': 'foaf:homepage'} })


class Kind(ConfiguredBaseModel):
    """
    vCard contact point of a dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'vcard:Kind',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    has_url: Optional[str] = Field(default=None, description="""Web page or form for enquiries about the dataset.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Each dataset contact point needs a '
                                                'contact page or an email (at least '
                                                'one of the two).'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Dataset Contact Point — Contact Page'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:contactPoint / '
                                                'vcard:hasURL'}},
         'domain_of': ['Kind'],
         'slot_uri': 'vcard:hasURL'} })
    has_email: Optional[str] = Field(default=None, description="""Email for enquiries about the dataset, as a mailto: IRI.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Each dataset contact point needs a '
                                                'contact page or an email (at least '
                                                'one of the two).'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Dataset Contact Point — Email'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:contactPoint / '
                                                'vcard:hasEmail'}},
         'domain_of': ['Kind'],
         'slot_uri': 'vcard:hasEmail'} })


class ContactPoint(ConfiguredBaseModel):
    """
    Core-Vocabulary contact point of a publisher, custodian or health data access body.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'cv:ContactPoint',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    contact_page: Optional[list[Document]] = Field(default=None, description="""Web page through which the agent can be reached.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Each contact point needs a contact '
                                                'page or an email; when EUCAIM '
                                                'publishes, '
                                                'https://cancerimage.eu/contact-us/ '
                                                'must be among them.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Contact Page'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / cv:contactPage; '
                                                'Dataset: dct:publisher / '
                                                'cv:contactPoint / cv:contactPage; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint / cv:contactPage; '
                                                'Dataset: healthdcatap:hdab / '
                                                'cv:contactPoint / cv:contactPage'}},
         'domain_of': ['ContactPoint'],
         'slot_uri': 'cv:contactPage'} })
    email: Optional[list[str]] = Field(default=None, description="""Electronic address at which the agent can be reached.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Each contact point needs a contact '
                                                'page or an email; when EUCAIM '
                                                'publishes, contact@cancerimage.eu '
                                                'must be among them.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Email'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / cv:email; Dataset: '
                                                'dct:publisher / cv:contactPoint / '
                                                'cv:email; Dataset: '
                                                'geodcatap:custodian / cv:contactPoint '
                                                '/ cv:email; Dataset: '
                                                'healthdcatap:hdab / cv:contactPoint / '
                                                'cv:email'}},
         'domain_of': ['ContactPoint'],
         'slot_uri': 'cv:email'} })
    telephone: Optional[list[str]] = Field(default=None, description="""Telephone number, preferably with the international prefix.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Telephone'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / cv:telephone; '
                                                'Dataset: dct:publisher / '
                                                'cv:contactPoint / cv:telephone; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint / cv:telephone; '
                                                'Dataset: healthdcatap:hdab / '
                                                'cv:contactPoint / cv:telephone'}},
         'domain_of': ['ContactPoint'],
         'slot_uri': 'cv:telephone'} })
    special_opening_hours_specification: Optional[list[PeriodOfTime]] = Field(default=None, description="""Time during which the contact point is not available.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Availability Restriction'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification; '
                                                'Dataset: dct:publisher / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification; '
                                                'Dataset: healthdcatap:hdab / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification'}},
         'domain_of': ['ContactPoint'],
         'slot_uri': 'cv:specialOpeningHoursSpecification'} })
    opening_hours: Optional[list[PeriodOfTime]] = Field(default=None, description="""Time during which the contact point is normally available.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Opening Hours'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / cv:openingHours; '
                                                'Dataset: dct:publisher / '
                                                'cv:contactPoint / cv:openingHours; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint / cv:openingHours; '
                                                'Dataset: healthdcatap:hdab / '
                                                'cv:contactPoint / cv:openingHours'}},
         'domain_of': ['ContactPoint'],
         'slot_uri': 'cv:openingHours'} })


class PeriodOfTime(ConfiguredBaseModel):
    """
    An interval of time: retention, acquisition or coverage period, opening hours or an availability restriction.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:PeriodOfTime',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    description: Optional[list[str]] = Field(default=None, description="""Human-readable wording of the period, e.g. 'Closed on weekends'.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'At least one is required when the '
                                                'period is used as opening hours or as '
                                                'an availability restriction of a '
                                                'contact point.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Opening Hours / Availability Restriction '
                                            'Description'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / cv:openingHours / '
                                                'dct:description; Catalogue: '
                                                'dct:publisher / cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'dct:description; Dataset: '
                                                'dct:publisher / cv:contactPoint / '
                                                'cv:openingHours / dct:description; '
                                                'Dataset: dct:publisher / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'dct:description; Dataset: '
                                                'geodcatap:custodian / cv:contactPoint '
                                                '/ cv:openingHours / dct:description; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'dct:description; Dataset: '
                                                'healthdcatap:hdab / cv:contactPoint / '
                                                'cv:openingHours / dct:description; '
                                                'Dataset: healthdcatap:hdab / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'dct:description'}},
         'domain_of': ['Catalog',
                       'Dataset',
                       'Distribution',
                       'Agent',
                       'ProvAgent',
                       'PeriodOfTime'],
         'slot_uri': 'dct:description'} })
    frequency: Optional[list[Frequency]] = Field(default=None, description="""How the period recurs (EU frequency table).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Opening Hours / Availability Restriction '
                                            'Frequency'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Catalogue: dct:publisher / '
                                                'cv:contactPoint / cv:openingHours / '
                                                'cv:frequency; Catalogue: '
                                                'dct:publisher / cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'cv:frequency; Dataset: dct:publisher '
                                                '/ cv:contactPoint / cv:openingHours / '
                                                'cv:frequency; Dataset: dct:publisher '
                                                '/ cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'cv:frequency; Dataset: '
                                                'geodcatap:custodian / cv:contactPoint '
                                                '/ cv:openingHours / cv:frequency; '
                                                'Dataset: geodcatap:custodian / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'cv:frequency; Dataset: '
                                                'healthdcatap:hdab / cv:contactPoint / '
                                                'cv:openingHours / cv:frequency; '
                                                'Dataset: healthdcatap:hdab / '
                                                'cv:contactPoint / '
                                                'cv:specialOpeningHoursSpecification / '
                                                'cv:frequency'}},
         'domain_of': ['PeriodOfTime'],
         'slot_uri': 'cv:frequency'} })
    start_date: Optional[Union[date, datetime , str]] = Field(default=None, description="""Start of the period (named in the usage notes of retention period, acquisition period and temporal coverage).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Start Date'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'none (named in usage notes or the '
                                                'CHANGELOG only)'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['PeriodOfTime'],
         'slot_uri': 'dcat:startDate'} })
    end_date: Optional[Union[date, datetime , str]] = Field(default=None, description="""End of the period (named in the usage notes of retention period, acquisition period and temporal coverage).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'End Date'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'none (named in usage notes or the '
                                                'CHANGELOG only)'}},
         'any_of': [{'range': 'date'},
                    {'range': 'datetime'},
                    {'range': 'gyear'},
                    {'range': 'gyearmonth'}],
         'domain_of': ['PeriodOfTime'],
         'slot_uri': 'dcat:endDate'} })


class Attribution(ConfiguredBaseModel):
    """
    A qualified attribution: an agent and its role towards the dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'prov:Attribution',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    agent: ProvAgent = Field(default=..., description="""The agent the attribution is about.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required in every qualified '
                                                'attribution.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'prov:agent'}},
         'domain_of': ['Attribution'],
         'slot_uri': 'prov:agent'} })
    had_role: list[Role] = Field(default=..., description="""Role of the agent towards the dataset, from ISO 19115 CI_RoleCode.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'At least one role is required in '
                                                'every qualified attribution.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Attribution Agent Role'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:qualifiedAttribution / '
                                                'dcat:hadRole'}},
         'domain_of': ['Attribution', 'Relationship'],
         'slot_uri': 'dcat:hadRole'} })


class Relationship(ConfiguredBaseModel):
    """
    A qualified relation: a related resource and its role towards the dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:Relationship',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    relation: list[str] = Field(default=..., description="""Resource related to the dataset through this qualified relation.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required in every qualified '
                                                'relation.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label',
                                   'value': 'Qualified Relation Resource'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:qualifiedRelation / '
                                                'dct:relation'}},
         'domain_of': ['Dataset', 'Relationship'],
         'slot_uri': 'dct:relation'} })
    had_role: list[Role] = Field(default=..., description="""Role of the related resource towards the dataset (IANA link relations, DataCite relation types...).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required in every qualified '
                                                'relation.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Qualified Relation Role'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: dcat:qualifiedRelation / '
                                                'dcat:hadRole'}},
         'domain_of': ['Attribution', 'Relationship'],
         'slot_uri': 'dcat:hadRole'} })


class Activity(ConfiguredBaseModel):
    """
    Activity that generated the dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'prov:Activity',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    type: Concept = Field(default=..., description="""Kind of activity, from the HealthDCAT-AP health-activity list.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required for every activity given '
                                                'through prov:wasGeneratedBy.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Activity Type'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Dataset: prov:wasGeneratedBy / '
                                                'dct:type'}},
         'domain_of': ['Dataset', 'Agent', 'ProvAgent', 'Activity'],
         'slot_uri': 'dct:type'} })


class Checksum(ConfiguredBaseModel):
    """
    A checksum value with the algorithm used to compute it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'spdx:Checksum',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    checksum_value: str = Field(default=..., description="""The checksum as lowercase hexadecimal.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required in every checksum.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Checksum Value'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: spdx:checksum / '
                                                'spdx:checksumValue'}},
         'domain_of': ['Checksum'],
         'slot_uri': 'spdx:checksumValue'} })
    algorithm: ChecksumAlgorithm = Field(default=..., description="""SPDX algorithm the checksum was computed with, e.g. spdx:checksumAlgorithm_sha256.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..1'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required in every checksum.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Checksum Algorithm'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: spdx:checksum / '
                                                'spdx:algorithm'}},
         'domain_of': ['Checksum'],
         'slot_uri': 'spdx:algorithm'} })

    @field_validator('checksum_value')
    def pattern_checksum_value(cls, v):
        pattern=re.compile(r"^[0-9a-f]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid checksum_value format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid checksum_value format: {v}"
            raise ValueError(err_msg)
        return v


class Policy(ConfiguredBaseModel):
    """
    An ODRL policy attached to a distribution.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'odrl:Policy',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    permission: Optional[list[Permission]] = Field(default=None, description="""A permitted action.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'A policy needs at least one '
                                                'permission, prohibition or '
                                                'obligation.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Permission'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy / '
                                                'odrl:permission'}},
         'domain_of': ['Policy'],
         'slot_uri': 'odrl:permission'} })
    prohibition: Optional[list[Prohibition]] = Field(default=None, description="""A prohibited action.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'A policy needs at least one '
                                                'permission, prohibition or '
                                                'obligation.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Prohibition'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy / '
                                                'odrl:prohibition'}},
         'domain_of': ['Policy'],
         'slot_uri': 'odrl:prohibition'} })
    obligation: Optional[list[Duty]] = Field(default=None, description="""A duty to fulfil.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'A policy needs at least one '
                                                'permission, prohibition or '
                                                'obligation.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Obligation'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy / '
                                                'odrl:obligation'}},
         'domain_of': ['Policy'],
         'slot_uri': 'odrl:obligation'} })
    uid: Optional[str] = Field(default=None, description="""Identifier of the policy (named in the CHANGELOG's ODRL structure, no table row).""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '0..1'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Policy Identifier'},
                         'obligation': {'tag': 'obligation', 'value': 'O'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'none (named in usage notes or the '
                                                'CHANGELOG only)'}},
         'domain_of': ['Policy'],
         'slot_uri': 'odrl:uid'} })


class Permission(ConfiguredBaseModel):
    """
    An ODRL rule permitting actions.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'odrl:Permission',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    action: list[Action] = Field(default=..., description="""Permitted action from the ODRL common actions.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required for every permission.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Permission Action'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy / '
                                                'odrl:permission / odrl:action'}},
         'domain_of': ['Permission', 'Prohibition', 'Duty'],
         'slot_uri': 'odrl:action'} })


class Prohibition(ConfiguredBaseModel):
    """
    An ODRL rule prohibiting actions.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'odrl:Prohibition',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    action: list[Action] = Field(default=..., description="""Prohibited action from the ODRL common actions.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required for every prohibition.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Prohibition Action'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy / '
                                                'odrl:prohibition / odrl:action'}},
         'domain_of': ['Permission', 'Prohibition', 'Duty'],
         'slot_uri': 'odrl:action'} })


class Duty(ConfiguredBaseModel):
    """
    An ODRL rule obliging actions.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'odrl:Duty',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    action: list[Action] = Field(default=..., description="""Required action from the ODRL common actions.""", json_schema_extra = { "linkml_meta": {'annotations': {'cardinality': {'tag': 'cardinality', 'value': '1..n'},
                         'condition': {'tag': 'condition',
                                       'value': 'Required for every duty.'},
                         'eucaim_change': {'tag': 'eucaim_change',
                                           'value': 'inherited'},
                         'label': {'tag': 'label', 'value': 'Obligation Action'},
                         'obligation': {'tag': 'obligation', 'value': 'C'},
                         'spec_rows': {'tag': 'spec_rows',
                                       'value': 'Distribution: odrl:hasPolicy / '
                                                'odrl:obligation / odrl:action'}},
         'domain_of': ['Permission', 'Prohibition', 'Duty'],
         'slot_uri': 'odrl:action'} })


class TableGroup(ConfiguredBaseModel):
    """
    A CSVW table group describing the variables of structured data.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'csvw:TableGroup',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Concept(ConfiguredBaseModel):
    """
    A concept from a controlled vocabulary, given by its IRI.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'skos:Concept',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class ConceptScheme(ConfiguredBaseModel):
    """
    A controlled vocabulary used as a theme taxonomy.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'skos:ConceptScheme',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Document(ConfiguredBaseModel):
    """
    A web page or document, given by its IRI.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'foaf:Document',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class DatasetSeries(ConfiguredBaseModel):
    """
    A series of related datasets published separately.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:DatasetSeries',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class DataService(ConfiguredBaseModel):
    """
    A service giving access to data, e.g. an API.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:DataService',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class CatalogRecord(ConfiguredBaseModel):
    """
    A record describing the registration of an entry in a catalogue.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:CatalogRecord',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class LegalResource(ConfiguredBaseModel):
    """
    A legal act, preferably identified by its ELI.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'eli:LegalResource',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class LegalBasis(ConfiguredBaseModel):
    """
    A DPV legal-basis concept.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dpv:LegalBasis',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Purpose(ConfiguredBaseModel):
    """
    A DPV purpose concept, or a purpose described in text.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dpv:Purpose',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class PersonalData(ConfiguredBaseModel):
    """
    A DPV personal-data category.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dpv:PersonalData',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Location(ConfiguredBaseModel):
    """
    A geographic area from the EU authority tables or GeoNames.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:Location',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class ProvenanceStatement(ConfiguredBaseModel):
    """
    A statement on the origin and processing of a dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:ProvenanceStatement',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Standard(ConfiguredBaseModel):
    """
    A standard, schema, profile or coding system.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:Standard',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Identifier(ConfiguredBaseModel):
    """
    A secondary identifier with its issuing agency.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'adms:Identifier',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class LinguisticSystem(ConfiguredBaseModel):
    """
    A language from the EU language table.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:LinguisticSystem',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Frequency(ConfiguredBaseModel):
    """
    A frequency from the EU frequency table.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:Frequency',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class QualityCertificate(ConfiguredBaseModel):
    """
    A certificate vouching for the quality of a dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dqv:QualityCertificate',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Role(ConfiguredBaseModel):
    """
    A role an agent or resource plays towards a dataset.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dcat:Role',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class MediaTypeOrExtent(ConfiguredBaseModel):
    """
    A file format from the EU file-type table.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:MediaTypeOrExtent',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class MediaType(ConfiguredBaseModel):
    """
    An IANA media type.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:MediaType',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class ChecksumAlgorithm(ConfiguredBaseModel):
    """
    An SPDX checksum algorithm.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'spdx:ChecksumAlgorithm',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class LicenseDocument(ConfiguredBaseModel):
    """
    A licence, preferably a standard one by its canonical IRI.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:LicenseDocument',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class RightsStatement(ConfiguredBaseModel):
    """
    A statement of rights, access conditions or data-use conditions.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'dct:RightsStatement',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


class Action(ConfiguredBaseModel):
    """
    An action from the ODRL common actions.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'class_uri': 'odrl:Action',
         'from_schema': 'https://w3id.org/eucaim-spec/dcat_ap'})

    pass


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Catalog.model_rebuild()
Dataset.model_rebuild()
Distribution.model_rebuild()
Agent.model_rebuild()
ProvAgent.model_rebuild()
Kind.model_rebuild()
ContactPoint.model_rebuild()
PeriodOfTime.model_rebuild()
Attribution.model_rebuild()
Relationship.model_rebuild()
Activity.model_rebuild()
Checksum.model_rebuild()
Policy.model_rebuild()
Permission.model_rebuild()
Prohibition.model_rebuild()
Duty.model_rebuild()
TableGroup.model_rebuild()
Concept.model_rebuild()
ConceptScheme.model_rebuild()
Document.model_rebuild()
DatasetSeries.model_rebuild()
DataService.model_rebuild()
CatalogRecord.model_rebuild()
LegalResource.model_rebuild()
LegalBasis.model_rebuild()
Purpose.model_rebuild()
PersonalData.model_rebuild()
Location.model_rebuild()
ProvenanceStatement.model_rebuild()
Standard.model_rebuild()
Identifier.model_rebuild()
LinguisticSystem.model_rebuild()
Frequency.model_rebuild()
QualityCertificate.model_rebuild()
Role.model_rebuild()
MediaTypeOrExtent.model_rebuild()
MediaType.model_rebuild()
ChecksumAlgorithm.model_rebuild()
LicenseDocument.model_rebuild()
RightsStatement.model_rebuild()
Action.model_rebuild()
