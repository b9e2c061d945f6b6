# generated from schemas/report/report.yaml by gen-pydantic (eucaim generate); do not edit
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


linkml_meta = LinkMLMeta({'default_prefix': 'eucaimreport',
     'default_range': 'string',
     'description': 'The result model of `eucaim check`: one Report per run, '
                    'holding Findings (one per rule that fired, with a count and '
                    'the first examples) and the status of each tier FAIR '
                    'indicator. The JSON report format is this model serialised; '
                    'its keys are a contract (docs/design.md "Report").',
     'id': 'https://w3id.org/eucaim-spec/report',
     'license': 'Apache-2.0',
     'name': 'eucaim_report',
     'prefixes': {'eucaimreport': {'prefix_prefix': 'eucaimreport',
                                   'prefix_reference': 'https://w3id.org/eucaim-spec/report/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'schema': {'prefix_prefix': 'schema',
                             'prefix_reference': 'http://schema.org/'},
                  'shex': {'prefix_prefix': 'shex',
                           'prefix_reference': 'http://www.w3.org/ns/shex#'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'source_file': 'schemas/report/report.yaml',
     'title': 'EUCAIM conformance report',
     'types': {'boolean': {'base': 'Bool',
                           'description': 'A binary (true or false) value',
                           'exact_mappings': ['schema:Boolean'],
                           'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                         'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                           'from_schema': 'https://w3id.org/eucaim-spec/report',
                           'name': 'decimal',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"decimal".'],
                           'uri': 'xsd:decimal'},
               'double': {'base': 'float',
                          'close_mappings': ['schema:Float'],
                          'description': 'A real number that conforms to the '
                                         'xsd:double specification',
                          'from_schema': 'https://w3id.org/eucaim-spec/report',
                          'name': 'double',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"double".'],
                          'uri': 'xsd:double'},
               'float': {'base': 'float',
                         'description': 'A real number that conforms to the '
                                        'xsd:float specification',
                         'exact_mappings': ['schema:Float'],
                         'from_schema': 'https://w3id.org/eucaim-spec/report',
                         'name': 'float',
                         'notes': ['If you are authoring schemas in LinkML YAML, '
                                   'the type is referenced with the lower case '
                                   '"float".'],
                         'uri': 'xsd:float'},
               'integer': {'base': 'int',
                           'description': 'An integer',
                           'exact_mappings': ['schema:Integer'],
                           'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                               'from_schema': 'https://w3id.org/eucaim-spec/report',
                               'name': 'jsonpointer',
                               'notes': ['If you are authoring schemas in LinkML '
                                         'YAML, the type is referenced with the '
                                         'lower case "jsonpointer".'],
                               'repr': 'str',
                               'uri': 'xsd:string'},
               'ncname': {'base': 'NCName',
                          'description': 'Prefix part of CURIE',
                          'from_schema': 'https://w3id.org/eucaim-spec/report',
                          'name': 'ncname',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"ncname".'],
                          'repr': 'str',
                          'uri': 'xsd:string'},
               'nodeidentifier': {'base': 'NodeIdentifier',
                                  'description': 'A URI, CURIE or BNODE that '
                                                 'represents a node in a model.',
                                  'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                              'from_schema': 'https://w3id.org/eucaim-spec/report',
                              'name': 'sparqlpath',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "sparqlpath".'],
                              'repr': 'str',
                              'uri': 'xsd:string'},
               'string': {'base': 'str',
                          'description': 'A character string',
                          'exact_mappings': ['schema:Text'],
                          'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/report',
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
                       'from_schema': 'https://w3id.org/eucaim-spec/report',
                       'name': 'uri',
                       'notes': ['If you are authoring schemas in LinkML YAML, the '
                                 'type is referenced with the lower case "uri".'],
                       'repr': 'str',
                       'uri': 'xsd:anyURI'},
               'uriorcurie': {'base': 'URIorCURIE',
                              'description': 'a URI or a CURIE',
                              'from_schema': 'https://w3id.org/eucaim-spec/report',
                              'name': 'uriorcurie',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "uriorcurie".'],
                              'repr': 'str',
                              'uri': 'xsd:anyURI'}}} )

class Severity(str, Enum):
    """
    How bad a finding is. Obligation M gives violation, R warning, O info.
    """
    violation = "violation"
    """
    A mandatory rule is broken; the target tier is not met.
    """
    warning = "warning"
    """
    A recommended rule is broken, or a deprecated form is used.
    """
    info = "info"
    """
    An optional element is missing or a remark worth reading.
    """
    waived = "waived"
    """
    A finding a waiver file accepted; its reason is kept in the message.
    """


class IndicatorStatus(str, Enum):
    """
    Outcome of a FAIR indicator for this run.
    """
    pass_ = "pass"
    """
    Every rule behind the indicator ran and none gave a violation.
    """
    fail = "fail"
    """
    At least one rule behind the indicator gave a violation.
    """
    not_assessed = "not_assessed"
    """
    None of the rules behind the indicator could run on the given input.
    """



class Report(ConfiguredBaseModel):
    """
    One run of the checker on one input.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report', 'tree_root': True})

    tool: ToolInfo = Field(default=..., description="""Name and version of the checker.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    specs: SpecVersions = Field(default=..., description="""Versions of the standards the input was checked against.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    target_tier: int = Field(default=..., description="""The tier the data holder asked to be checked for.""", ge=1, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    achieved_tier: int = Field(default=..., description="""The highest tier up to the target whose rules gave no violation (0 when Tier 1 fails).""", ge=0, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    conforms: bool = Field(default=..., description="""True when nothing at or above the fail-on severity was found for the target tier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    summary: Summary = Field(default=..., description="""Number of findings per severity.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    findings: Optional[list[Finding]] = Field(default=None, description="""One entry per rule that fired, in a stable order (severity, rule id, location).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    indicators: Optional[list[IndicatorResult]] = Field(default=None, description="""Status of each FAIR indicator of the tier profile up to the target tier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })


class ToolInfo(ConfiguredBaseModel):
    """
    The checker that wrote the report.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    name: str = Field(default=..., description="""Distribution name, eucaim-spec.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ToolInfo']} })
    version: str = Field(default=..., description="""Distribution version.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ToolInfo']} })


class SpecVersions(ConfiguredBaseModel):
    """
    Versions of the standards used.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    cdm: Optional[str] = Field(default=None, description="""Version of the EUCAIM Common Data Model schema.""", json_schema_extra = { "linkml_meta": {'domain_of': ['SpecVersions']} })
    dcat_ap: Optional[str] = Field(default=None, description="""Version of the EUCAIM DCAT-AP profile.""", json_schema_extra = { "linkml_meta": {'domain_of': ['SpecVersions']} })
    ontology: Optional[str] = Field(default=None, description="""Version of the packaged hyper-ontology vocabulary.""", json_schema_extra = { "linkml_meta": {'domain_of': ['SpecVersions']} })
    minimum: Optional[str] = Field(default=None, description="""Version of the minimum-data schema.""", json_schema_extra = { "linkml_meta": {'domain_of': ['SpecVersions']} })


class Summary(ConfiguredBaseModel):
    """
    Count of findings per severity.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    violation: int = Field(default=..., description="""Number of violation findings.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Summary']} })
    warning: int = Field(default=..., description="""Number of warning findings.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Summary']} })
    info: int = Field(default=..., description="""Number of info findings.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Summary']} })
    waived: int = Field(default=..., description="""Number of findings turned into waived by a waiver file.""", ge=0, json_schema_extra = { "linkml_meta": {'domain_of': ['Summary']} })


class Finding(ConfiguredBaseModel):
    """
    One rule that fired, with how often and where.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    rule_id: str = Field(default=..., description="""Stable dot-separated rule id, e.g. cdm.patient.patient_birth_sex.enum.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    severity: Severity = Field(default=..., description="""Severity after tier and waiver adjustments.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    message: str = Field(default=..., description="""What is wrong, naming the column, tag or property but never a personal value.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    hint: Optional[str] = Field(default=None, description="""How to fix it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    standard: str = Field(default=..., description="""Which standard the rule belongs to (cdm, minimum, dcat_ap, dicom, fair).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    tier: int = Field(default=..., description="""The lowest tier at which the rule applies.""", ge=1, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'IndicatorResult']} })
    count: int = Field(default=..., description="""How many rows, nodes or files break the rule.""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    location: Optional[Location] = Field(default=None, description="""Where the first occurrence is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    examples: Optional[list[str]] = Field(default=None, description="""The first offending places (row numbers, node IRIs, file paths), values masked where personal.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })

    @field_validator('rule_id')
    def pattern_rule_id(cls, v):
        pattern=re.compile(r"^[a-z0-9_]+(\.[a-z0-9_]+)+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid rule_id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid rule_id format: {v}"
            raise ValueError(err_msg)
        return v


class Location(ConfiguredBaseModel):
    """
    A place in the input. Only the members that apply are set.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    file: Optional[str] = Field(default=None, description="""Path of the file, relative to the checked directory.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    row: Optional[int] = Field(default=None, description="""1-based data row number (the header is row 0).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    column: Optional[str] = Field(default=None, description="""Column name.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    table: Optional[str] = Field(default=None, description="""Table name.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    node: Optional[str] = Field(default=None, description="""Focus node IRI or blank-node label of an RDF finding.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    path: Optional[str] = Field(default=None, description="""Property path of an RDF finding.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    tag: Optional[str] = Field(default=None, description="""DICOM tag as (gggg,eeee) with its keyword.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })


class IndicatorResult(ConfiguredBaseModel):
    """
    Outcome of one FAIR indicator.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    id: str = Field(default=..., description="""Indicator id, e.g. RDA-F1-01M or EUCAIM T1-2.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorResult']} })
    tier: int = Field(default=..., description="""Tier at which the indicator is required.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'IndicatorResult']} })
    status: IndicatorStatus = Field(default=..., description="""pass, fail or not_assessed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorResult']} })
    rules: Optional[list[str]] = Field(default=None, description="""Rule ids that decide the indicator.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorResult']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Report.model_rebuild()
ToolInfo.model_rebuild()
SpecVersions.model_rebuild()
Summary.model_rebuild()
Finding.model_rebuild()
Location.model_rebuild()
IndicatorResult.model_rebuild()
