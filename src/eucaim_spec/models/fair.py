# generated from schemas/fair/fair.yaml by gen-pydantic (eucaim generate); do not edit
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


linkml_meta = LinkMLMeta({'comments': ['Rule references are rule ids or rule-id patterns: a pattern is '
                  'a rule id in which a whole dot-separated part may be "*" (any '
                  'one part) or the last part may be "*" (any remaining parts), '
                  'e.g. dcat_ap.*, cdm.*.*.unique, minimum.linkage.*. A pattern '
                  'that matches no rule of the catalogue leaves the requirement or '
                  'indicator "not_assessed", never "pass".'],
     'default_prefix': 'fair',
     'default_range': 'string',
     'description': 'The model behind the tier verdict: the RDA FAIR Data Maturity '
                    'Model indicators (with the F-UJI metrics that assess the same '
                    'thing), the EUCAIM tier requirements (T1-1 ... T3-5 of the '
                    'data-preparation chapter) with the rules that decide each of '
                    'them, and the tier profiles saying which indicators a tier '
                    'claims. The indicators, requirements and profiles themselves '
                    'are data (schemas/fair/data/), each file one FairSpec '
                    'document. No EUCAIM source maps tiers to FAIR indicators; the '
                    'profiles are a project decision and say so.',
     'id': 'https://w3id.org/eucaim-spec/fair',
     'license': 'Apache-2.0',
     'name': 'eucaim_fair',
     'prefixes': {'fair': {'prefix_prefix': 'fair',
                           'prefix_reference': 'https://w3id.org/eucaim-spec/fair/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'},
                  'schema': {'prefix_prefix': 'schema',
                             'prefix_reference': 'http://schema.org/'},
                  'shex': {'prefix_prefix': 'shex',
                           'prefix_reference': 'http://www.w3.org/ns/shex#'},
                  'xsd': {'prefix_prefix': 'xsd',
                          'prefix_reference': 'http://www.w3.org/2001/XMLSchema#'}},
     'see_also': ['https://doi.org/10.15497/rda00050',
                  'https://github.com/pangaea-data-publisher/fuji'],
     'source_file': 'schemas/fair/fair.yaml',
     'title': 'EUCAIM tiers and FAIR indicators',
     'types': {'boolean': {'base': 'Bool',
                           'description': 'A binary (true or false) value',
                           'exact_mappings': ['schema:Boolean'],
                           'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                         'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                           'from_schema': 'https://w3id.org/eucaim-spec/fair',
                           'name': 'decimal',
                           'notes': ['If you are authoring schemas in LinkML YAML, '
                                     'the type is referenced with the lower case '
                                     '"decimal".'],
                           'uri': 'xsd:decimal'},
               'double': {'base': 'float',
                          'close_mappings': ['schema:Float'],
                          'description': 'A real number that conforms to the '
                                         'xsd:double specification',
                          'from_schema': 'https://w3id.org/eucaim-spec/fair',
                          'name': 'double',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"double".'],
                          'uri': 'xsd:double'},
               'float': {'base': 'float',
                         'description': 'A real number that conforms to the '
                                        'xsd:float specification',
                         'exact_mappings': ['schema:Float'],
                         'from_schema': 'https://w3id.org/eucaim-spec/fair',
                         'name': 'float',
                         'notes': ['If you are authoring schemas in LinkML YAML, '
                                   'the type is referenced with the lower case '
                                   '"float".'],
                         'uri': 'xsd:float'},
               'integer': {'base': 'int',
                           'description': 'An integer',
                           'exact_mappings': ['schema:Integer'],
                           'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                            'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                               'from_schema': 'https://w3id.org/eucaim-spec/fair',
                               'name': 'jsonpointer',
                               'notes': ['If you are authoring schemas in LinkML '
                                         'YAML, the type is referenced with the '
                                         'lower case "jsonpointer".'],
                               'repr': 'str',
                               'uri': 'xsd:string'},
               'ncname': {'base': 'NCName',
                          'description': 'Prefix part of CURIE',
                          'from_schema': 'https://w3id.org/eucaim-spec/fair',
                          'name': 'ncname',
                          'notes': ['If you are authoring schemas in LinkML YAML, '
                                    'the type is referenced with the lower case '
                                    '"ncname".'],
                          'repr': 'str',
                          'uri': 'xsd:string'},
               'nodeidentifier': {'base': 'NodeIdentifier',
                                  'description': 'A URI, CURIE or BNODE that '
                                                 'represents a node in a model.',
                                  'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                                    'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                              'from_schema': 'https://w3id.org/eucaim-spec/fair',
                              'name': 'sparqlpath',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "sparqlpath".'],
                              'repr': 'str',
                              'uri': 'xsd:string'},
               'string': {'base': 'str',
                          'description': 'A character string',
                          'exact_mappings': ['schema:Text'],
                          'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                        'from_schema': 'https://w3id.org/eucaim-spec/fair',
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
                       'from_schema': 'https://w3id.org/eucaim-spec/fair',
                       'name': 'uri',
                       'notes': ['If you are authoring schemas in LinkML YAML, the '
                                 'type is referenced with the lower case "uri".'],
                       'repr': 'str',
                       'uri': 'xsd:anyURI'},
               'uriorcurie': {'base': 'URIorCURIE',
                              'description': 'a URI or a CURIE',
                              'from_schema': 'https://w3id.org/eucaim-spec/fair',
                              'name': 'uriorcurie',
                              'notes': ['If you are authoring schemas in LinkML '
                                        'YAML, the type is referenced with the '
                                        'lower case "uriorcurie".'],
                              'repr': 'str',
                              'uri': 'xsd:anyURI'}}} )

class PriorityEnum(str, Enum):
    """
    Priority of an RDA indicator in the RDA FAIR Data Maturity Model.
    """
    Essential = "Essential"
    """
    Of the utmost importance for FAIRness.
    """
    Important = "Important"
    """
    Very important, though not indispensable.
    """
    Useful = "Useful"
    """
    Nice to have.
    """


class IndicatorTargetEnum(str, Enum):
    """
    What an indicator is about, as the M/D suffix of its id says.
    """
    metadata = "metadata"
    """
    The metadata record (id ends in M).
    """
    data = "data"
    """
    The data object itself (id ends in D).
    """


class AppliesToEnum(str, Enum):
    """
    Which deployment a tier requirement applies to (the two columns of the tier table).
    """
    both = "both"
    """
    Datasets that stay on premises and datasets exported to a reference node.
    """
    on_premises = "on_premises"
    """
    Only datasets that stay at the data holder's site (federated).
    """
    reference_node = "reference_node"
    """
    Only datasets exported to a EUCAIM reference node.
    """



class Indicator(ConfiguredBaseModel):
    """
    One indicator of the RDA FAIR Data Maturity Model.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/fair',
         'slot_usage': {'id': {'description': 'The RDA indicator id, '
                                              'RDA-<principle>-<nn><M|D> (e.g. '
                                              'RDA-F1-01M).',
                               'name': 'id',
                               'pattern': '^RDA-[FAIR][0-9](\\.[0-9])?-[0-9]{2}[MD]$'}}})

    id: str = Field(default=..., description="""The RDA indicator id, RDA-<principle>-<nn><M|D> (e.g. RDA-F1-01M).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator', 'TierRequirement']} })
    principle: str = Field(default=..., description="""The FAIR principle the indicator belongs to (F1, A1.1, R1.3, ...).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator']} })
    priority: PriorityEnum = Field(default=..., description="""Priority of the indicator in the RDA maturity model.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator']} })
    target: IndicatorTargetEnum = Field(default=..., description="""Whether the indicator is about the metadata or the data.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator']} })
    description: Optional[str] = Field(default=None, description="""What the element means, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator', 'TierProfile']} })
    fuji_metrics: Optional[list[str]] = Field(default=None, description="""F-UJI (v0.8) metrics that assess the same thing as the indicator, where one exists.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator']} })
    fuji_tests: Optional[list[str]] = Field(default=None, description="""The F-UJI tests of those metrics that are closest to the indicator, when only part of a metric matches it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator']} })
    comments_text: Optional[str] = Field(default=None, description="""A remark on the element (a caveat, a source, a mapping choice).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator', 'TierRequirement']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^RDA-[FAIR][0-9](\.[0-9])?-[0-9]{2}[MD]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('principle')
    def pattern_principle(cls, v):
        pattern=re.compile(r"^[FAIR][1-4](\.[1-3])?$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid principle format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid principle format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fuji_metrics')
    def pattern_fuji_metrics(cls, v):
        pattern=re.compile(r"^FsF-[FAIR][0-9](\.[0-9])?-[0-9]{2}(M|D|MD)$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid fuji_metrics format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid fuji_metrics format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('fuji_tests')
    def pattern_fuji_tests(cls, v):
        pattern=re.compile(r"^FsF-[FAIR][0-9](\.[0-9])?-[0-9]{2}(M|D|MD)-[0-9]+$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid fuji_tests format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid fuji_tests format: {v}"
            raise ValueError(err_msg)
        return v


class TierRequirement(ConfiguredBaseModel):
    """
    One requirement of the EUCAIM tier table (data-preparation chapter) and the rules that decide it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/fair',
         'rules': [{'annotations': {'rule_id': {'tag': 'rule_id',
                                                'value': 'fair.tier_requirement.reason_when_no_rules'}},
                    'comments': ['Stated on the rule list rather than on checkable: a '
                                 'LinkML precondition on a boolean slot is rendered as '
                                 'a string constant by the JSON Schema generator and '
                                 'would never fire.'],
                    'description': 'A requirement that no rule decides must say why it '
                                   'cannot be checked (and so has checkable false).',
                    'postconditions': {'slot_conditions': {'not_checkable_reason': {'name': 'not_checkable_reason',
                                                                                    'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'rules': {'name': 'rules',
                                                                    'value_presence': 'ABSENT'}}}}],
         'slot_usage': {'id': {'description': 'Requirement id, T<tier>-<number>, as in '
                                              'the tier table (e.g. T1-2).',
                               'name': 'id',
                               'pattern': '^T[1-3]-[1-9]$'}}})

    id: str = Field(default=..., description="""Requirement id, T<tier>-<number>, as in the tier table (e.g. T1-2).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator', 'TierRequirement']} })
    tier: int = Field(default=..., description="""EUCAIM interoperability tier (1, 2 or 3).""", ge=1, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'TierProfile']} })
    applies_to: AppliesToEnum = Field(default=..., description="""The deployment the requirement applies to.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement']} })
    requirement: str = Field(default=..., description="""The requirement, paraphrased in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement']} })
    rules: Optional[list[str]] = Field(default=None, description="""Rule ids or rule-id patterns (\"*\" as a whole part) whose findings decide the element: none of them a violation means pass.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'IndicatorAssignment']} })
    checkable: bool = Field(default=..., description="""True when the checker can decide the element from the files it is given; false when it needs evidence outside the dataset (a registration, an installed service, a process).""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'IndicatorAssignment']} })
    not_checkable_reason: Optional[str] = Field(default=None, description="""Why the element cannot be checked from the dataset, and what evidence would decide it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'IndicatorAssignment']} })
    comments_text: Optional[str] = Field(default=None, description="""A remark on the element (a caveat, a source, a mapping choice).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator', 'TierRequirement']} })

    @field_validator('id')
    def pattern_id(cls, v):
        pattern=re.compile(r"^T[1-3]-[1-9]$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid id format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid id format: {v}"
            raise ValueError(err_msg)
        return v

    @field_validator('rules')
    def pattern_rules(cls, v):
        pattern=re.compile(r"^([a-z0-9_]+|\*)(\.([a-z0-9_]+|\*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid rules format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid rules format: {v}"
            raise ValueError(err_msg)
        return v


class IndicatorAssignment(ConfiguredBaseModel):
    """
    One indicator claimed by a tier profile: which rules decide it at that tier, and why the project placed it at that tier.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/fair',
         'rules': [{'annotations': {'rule_id': {'tag': 'rule_id',
                                                'value': 'fair.indicator_assignment.reason_when_no_rules'}},
                    'description': 'An indicator that no rule decides must say why it '
                                   'cannot be checked.',
                    'postconditions': {'slot_conditions': {'not_checkable_reason': {'name': 'not_checkable_reason',
                                                                                    'value_presence': 'PRESENT'}}},
                    'preconditions': {'slot_conditions': {'rules': {'name': 'rules',
                                                                    'value_presence': 'ABSENT'}}}}]})

    indicator: str = Field(default=..., description="""The RDA indicator claimed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorAssignment', 'UnclaimedIndicator']} })
    rules: Optional[list[str]] = Field(default=None, description="""Rule ids or rule-id patterns (\"*\" as a whole part) whose findings decide the element: none of them a violation means pass.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'IndicatorAssignment']} })
    checkable: bool = Field(default=..., description="""True when the checker can decide the element from the files it is given; false when it needs evidence outside the dataset (a registration, an installed service, a process).""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'IndicatorAssignment']} })
    not_checkable_reason: Optional[str] = Field(default=None, description="""Why the element cannot be checked from the dataset, and what evidence would decide it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'IndicatorAssignment']} })
    reasoning: str = Field(default=..., description="""Why the project placed the indicator at this tier (a project decision: no EUCAIM source maps tiers to FAIR indicators).""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorAssignment', 'UnclaimedIndicator']} })

    @field_validator('rules')
    def pattern_rules(cls, v):
        pattern=re.compile(r"^([a-z0-9_]+|\*)(\.([a-z0-9_]+|\*))*$")
        if isinstance(v, list):
            for element in v:
                if isinstance(element, str) and not pattern.search(element):
                    err_msg = f"Invalid rules format: {element}"
                    raise ValueError(err_msg)
        elif isinstance(v, str) and not pattern.search(v):
            err_msg = f"Invalid rules format: {v}"
            raise ValueError(err_msg)
        return v


class UnclaimedIndicator(ConfiguredBaseModel):
    """
    An indicator no tier profile claims, with the reason (so that every indicator has a documented place).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/fair'})

    indicator: str = Field(default=..., description="""The RDA indicator claimed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorAssignment', 'UnclaimedIndicator']} })
    reasoning: str = Field(default=..., description="""Why the project placed the indicator at this tier (a project decision: no EUCAIM source maps tiers to FAIR indicators).""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorAssignment', 'UnclaimedIndicator']} })


class TierProfile(ConfiguredBaseModel):
    """
    What a tier adds to the tier below it (tiers are cumulative: the profile of tier N is the union of the profiles 1..N): its requirements and the FAIR indicators it claims.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/fair',
         'slot_usage': {'description': {'name': 'description', 'required': True},
                        'tier': {'identifier': True, 'name': 'tier'}}})

    tier: int = Field(default=..., description="""EUCAIM interoperability tier (1, 2 or 3).""", ge=1, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['TierRequirement', 'TierProfile']} })
    description: str = Field(default=..., description="""What the element means, in our own words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Indicator', 'TierProfile']} })
    requirements: Optional[list[str]] = Field(default=None, description="""Tier requirements the tier adds.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierProfile']} })
    indicators: Optional[list[IndicatorAssignment]] = Field(default=None, description="""FAIR indicators the tier adds, each with its rules and reasoning.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierProfile']} })


class FairSpec(ConfiguredBaseModel):
    """
    A document of the FAIR/tier model: the indicator catalogue, the tier requirements or the tier profiles (one data file each; a single document may hold all three).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/fair', 'tree_root': True})

    spec_version: Optional[str] = Field(default=None, description="""Version of the content of the document (the schema version is in the schema).""", json_schema_extra = { "linkml_meta": {'domain_of': ['FairSpec']} })
    source_note: Optional[str] = Field(default=None, description="""Where the facts of the document come from and what in it is a project decision.""", json_schema_extra = { "linkml_meta": {'domain_of': ['FairSpec']} })
    indicators_catalogue: Optional[list[Indicator]] = Field(default=None, description="""The RDA indicators.""", json_schema_extra = { "linkml_meta": {'domain_of': ['FairSpec']} })
    tier_requirements: Optional[list[TierRequirement]] = Field(default=None, description="""The EUCAIM tier requirements.""", json_schema_extra = { "linkml_meta": {'domain_of': ['FairSpec']} })
    tier_profiles: Optional[list[TierProfile]] = Field(default=None, description="""The tier profiles.""", json_schema_extra = { "linkml_meta": {'domain_of': ['FairSpec']} })
    unclaimed_indicators: Optional[list[UnclaimedIndicator]] = Field(default=None, description="""Indicators no tier claims, each with the reason.""", json_schema_extra = { "linkml_meta": {'domain_of': ['FairSpec']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Indicator.model_rebuild()
TierRequirement.model_rebuild()
IndicatorAssignment.model_rebuild()
UnclaimedIndicator.model_rebuild()
TierProfile.model_rebuild()
FairSpec.model_rebuild()
