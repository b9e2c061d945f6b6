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
from enum import (
    Enum,
    StrEnum
)
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
        use_enum_values = False,
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

class Severity(StrEnum):
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


class PartStatus(StrEnum):
    """
    What became of one part of the input (metadata, clinical, imaging).
    """
    checked = "checked"
    """
    The part was given, recognised and its rules ran.
    """
    not_given = "not_given"
    """
    The part was not in the input (missing or empty folder, or another part was checked alone).
    """
    not_recognised = "not_recognised"
    """
    The part was given but nothing in it was recognised, so none of its rules ran.
    """
    unreadable = "unreadable"
    """
    The part was given but could not be read.
    """


class TierStatus(StrEnum):
    """
    Where the dataset stands on one rung of the tier ladder.
    """
    met = "met"
    """
    Every part the tier needs was checked, its evidence ran and no rule of it or below gave a violation.
    """
    not_met = "not_met"
    """
    A rule of the tier or below gave a violation, or a part the tier needs is missing or unrecognised.
    """
    not_assessed = "not_assessed"
    """
    Nothing broke, but the evidence the tier needs was not given (e.g. no CDM tables for Tier 2).
    """
    not_targeted = "not_targeted"
    """
    Above the target tier; not checked.
    """


class BaselineStatus(StrEnum):
    """
    How a finding compares with the same rule at the same place in a previous report (--baseline).
    """
    new = "new"
    """
    Not in the previous report.
    """
    unchanged = "unchanged"
    """
    In the previous report too (its count may differ).
    """


class WaiverStatus(StrEnum):
    """
    What became of one waiver of the waiver file.
    """
    applied = "applied"
    """
    It turned at least one finding into waived.
    """
    unused = "unused"
    """
    Its rule is known but it matched no finding of this run (fixed, or a focus that does not match).
    """
    unknown_rule = "unknown_rule"
    """
    Its rule id or pattern matches no rule of the catalogue (a typo or a renamed rule).
    """
    expired = "expired"
    """
    Its until date has passed; it no longer applies.
    """


class IndicatorStatus(StrEnum):
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
    achieved_tier: int = Field(default=..., description="""The highest tier up to the target that is met: no violation of its rules or below, its parts checked and its evidence run (0 when Tier 1 is not met).""", ge=0, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    conforms: bool = Field(default=..., description="""True when nothing at or above the fail-on severity was found for the target tier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    summary: Summary = Field(default=..., description="""Number of findings per severity.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    findings: Optional[list[Finding]] = Field(default=None, description="""One entry per rule that fired, in a stable order (severity, rule id, location).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    indicators: Optional[list[IndicatorResult]] = Field(default=None, description="""Status of each FAIR indicator of the tier profile up to the target tier.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    verdict: Optional[str] = Field(default=None, description="""The verdict in words, e.g. \"Tier 1 met, Tier 2 not met: 3 rules block it\". Never \"tier 0\": none met reads \"Tier 1 not met\".""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    scope: Optional[str] = Field(default=None, description="""dataset when a dataset directory (metadata/, clinical/, imaging/) was checked; part when one part was checked alone, so the tiers describe that part only.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    parts: Optional[list[PartResult]] = Field(default=None, description="""Status of each input part (metadata, clinical, imaging), in that order.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    tiers: Optional[list[TierResult]] = Field(default=None, description="""The tier ladder, Tier 1 to 3, with the rules that block each tier not met.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    baseline: Optional[BaselineSummary] = Field(default=None, description="""The comparison with a previous report, when --baseline was given.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report', 'Finding']} })
    waivers: Optional[list[WaiverResult]] = Field(default=None, description="""Each waiver of the --waivers file and what became of it, in file order.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    thresholds: Optional[list[ThresholdResult]] = Field(default=None, description="""The failing-row thresholds in force (tier suite and --thresholds), each with how many violations it turned into warnings; absent when none is set (0 %, strict).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    datasets: Optional[list[str]] = Field(default=None, description="""IRIs of the dcat:Dataset nodes of the catalogue record checked, sorted; the DQV format attaches its quality measurements to them.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })
    quality: Optional[list[QualityMeasure]] = Field(default=None, description="""The quality dimensions and disclosure risk measured on the tables and the DICOM tree (from the tier at which validators/tiers.yaml runs the profile.* rules, below it with --quality), one entry per measure as the DQV format writes them; absent when not measured. Thresholds crossed are findings.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report']} })


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

    rule_id: str = Field(default=..., description="""Stable dot-separated rule id, e.g. cdm.patient.patient_birth_sex.enum.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'WaiverResult']} })
    severity: Severity = Field(default=..., description="""Severity after tier and waiver adjustments.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    message: str = Field(default=..., description="""What is wrong, naming the column, tag or property but never a personal value.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    hint: Optional[str] = Field(default=None, description="""How to fix it.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    standard: str = Field(default=..., description="""Which standard the rule belongs to (cdm, minimum, dcat_ap, dicom, fair).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    tier: int = Field(default=..., description="""The lowest tier at which the rule applies.""", ge=1, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'TierResult', 'IndicatorResult']} })
    count: int = Field(default=..., description="""How many rows, nodes or files break the rule.""", ge=1, json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'WaiverResult']} })
    location: Optional[Location] = Field(default=None, description="""Where the first occurrence is.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    examples: Optional[list[str]] = Field(default=None, description="""The first offending places (row numbers, node IRIs, file paths), values masked where personal.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    url: Optional[str] = Field(default=None, description="""The rule's section on the documentation site, <site>/rules/<standard>/#<rule_id>: meaning, severity per tier, how to fix it, allowed codes. The site defaults to the project's; EUCAIM_SITE_URL points findings at another copy.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })
    baseline: Optional[BaselineStatus] = Field(default=None, description="""new or unchanged against the previous report, when --baseline was given.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Report', 'Finding']} })
    rows_total: Optional[int] = Field(default=None, description="""Rows of the table a row-level finding counts against, when a failing-row threshold applies to its rule; count / rows_total is the failing share compared with the threshold.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding']} })

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

    file: Optional[str] = Field(default=None, description="""Path of the file, relative to the checked directory.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location', 'BaselineSummary', 'QualityMeasure']} })
    row: Optional[int] = Field(default=None, description="""1-based data row number (the header is row 0).""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    column: Optional[str] = Field(default=None, description="""Column name.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location', 'QualityMeasure']} })
    table: Optional[str] = Field(default=None, description="""Table name.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    node: Optional[str] = Field(default=None, description="""Focus node IRI or blank-node label of an RDF finding.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    path: Optional[str] = Field(default=None, description="""Property path of an RDF finding.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })
    tag: Optional[str] = Field(default=None, description="""DICOM tag as (gggg,eeee) with its keyword.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location']} })


class PartResult(ConfiguredBaseModel):
    """
    What became of one input part.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    part: str = Field(default=..., description="""metadata, clinical or imaging.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PartResult']} })
    status: PartStatus = Field(default=..., description="""checked, not_given, not_recognised or unreadable.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PartResult', 'TierResult', 'WaiverResult', 'IndicatorResult']} })
    detail: Optional[str] = Field(default=None, description="""Why, in a few words (e.g. which file was not recognised), never a personal value.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PartResult']} })


class TierResult(ConfiguredBaseModel):
    """
    One rung of the tier ladder.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    tier: int = Field(default=..., description="""The tier.""", ge=1, le=3, json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'TierResult', 'IndicatorResult']} })
    status: TierStatus = Field(default=..., description="""met, not_met, not_assessed or not_targeted.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PartResult', 'TierResult', 'WaiverResult', 'IndicatorResult']} })
    blocking_rules: Optional[list[str]] = Field(default=None, description="""Rule ids of the violations at this tier or below that keep it from being met, sorted.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierResult']} })
    reason: Optional[str] = Field(default=None, description="""Why the tier is not met or not assessed (missing parts, missing evidence), in words.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierResult', 'WaiverResult', 'IndicatorResult']} })


class BaselineSummary(ConfiguredBaseModel):
    """
    Findings compared with a previous report, by rule id and place (file, table, column, node, path, tag).
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    file: Optional[str] = Field(default=None, description="""The previous report, as given.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location', 'BaselineSummary', 'QualityMeasure']} })
    new: int = Field(default=..., description="""Findings not in the previous report.""", json_schema_extra = { "linkml_meta": {'domain_of': ['BaselineSummary']} })
    unchanged: int = Field(default=..., description="""Findings in both reports.""", json_schema_extra = { "linkml_meta": {'domain_of': ['BaselineSummary']} })
    fixed: int = Field(default=..., description="""Findings of the previous report gone from this one.""", json_schema_extra = { "linkml_meta": {'domain_of': ['BaselineSummary']} })
    fixed_findings: Optional[list[Finding]] = Field(default=None, description="""The findings of the previous report gone from this one, as they were reported then.""", json_schema_extra = { "linkml_meta": {'domain_of': ['BaselineSummary']} })


class WaiverResult(ConfiguredBaseModel):
    """
    One waiver and what became of it.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    rule_id: str = Field(default=..., description="""The rule id or rule-id pattern of the waiver.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'WaiverResult']} })
    reason: str = Field(default=..., description="""Why the finding is accepted.""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierResult', 'WaiverResult', 'IndicatorResult']} })
    focus: Optional[str] = Field(default=None, description="""The place the waiver is limited to, if any.""", json_schema_extra = { "linkml_meta": {'domain_of': ['WaiverResult']} })
    until: Optional[str] = Field(default=None, description="""Last day (YYYY-MM-DD) the waiver applies, if any.""", json_schema_extra = { "linkml_meta": {'domain_of': ['WaiverResult']} })
    status: WaiverStatus = Field(default=..., description="""applied, unused, unknown_rule or expired.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PartResult', 'TierResult', 'WaiverResult', 'IndicatorResult']} })
    count: Optional[int] = Field(default=None, description="""Findings it turned into waived.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'WaiverResult']} })


class ThresholdResult(ConfiguredBaseModel):
    """
    One failing-row threshold of the suite and its effect in this run.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    pattern: str = Field(default=..., description="""Rule id or rule-id pattern the threshold applies to.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ThresholdResult']} })
    percent: float = Field(default=..., description="""Share of failing rows (0-100) below which a violation of the rule is reported as a warning.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ThresholdResult']} })
    lowered: int = Field(default=..., description="""Violations this threshold turned into warnings in this run.""", json_schema_extra = { "linkml_meta": {'domain_of': ['ThresholdResult']} })


class QualityMeasure(ConfiguredBaseModel):
    """
    One measure of a quality dimension (a W3C DQV dqv:QualityMeasurement): no value of the data, counts and shares only.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    dimension: str = Field(default=..., description="""Completeness, Uniqueness, Validity, Consistency, Accuracy (outliers), Integrity (the EHDS dimensions of D5.8) or DisclosureRisk.""", json_schema_extra = { "linkml_meta": {'domain_of': ['QualityMeasure']} })
    metric: str = Field(default=..., description="""What is measured, e.g. columnCompleteness, duplicateEntities, kAnonymity, shareBelowK.""", json_schema_extra = { "linkml_meta": {'domain_of': ['QualityMeasure']} })
    value: float = Field(default=..., description="""The measure (a share from 0 to 1, or a count).""", json_schema_extra = { "linkml_meta": {'domain_of': ['QualityMeasure']} })
    file: Optional[str] = Field(default=None, description="""The table (path relative to the checked root) or DICOM folder measured.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location', 'BaselineSummary', 'QualityMeasure']} })
    column: Optional[str] = Field(default=None, description="""The column measured, for a per-column metric.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Location', 'QualityMeasure']} })
    class_size: Optional[int] = Field(default=None, description="""For equivalenceClasses (the k distribution), the size of the classes counted.""", json_schema_extra = { "linkml_meta": {'domain_of': ['QualityMeasure']} })


class IndicatorResult(ConfiguredBaseModel):
    """
    Outcome of one FAIR indicator.
    """
    linkml_meta: ClassVar[LinkMLMeta] = LinkMLMeta({'from_schema': 'https://w3id.org/eucaim-spec/report'})

    id: str = Field(default=..., description="""Indicator id, e.g. RDA-F1-01M or EUCAIM T1-2.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorResult']} })
    title: Optional[str] = Field(default=None, description="""What the indicator or tier requirement asks, in one sentence.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorResult']} })
    reason: Optional[str] = Field(default=None, description="""Why the status is what it is (which rules failed, or why none could run).""", json_schema_extra = { "linkml_meta": {'domain_of': ['TierResult', 'WaiverResult', 'IndicatorResult']} })
    tier: int = Field(default=..., description="""Tier at which the indicator is required.""", json_schema_extra = { "linkml_meta": {'domain_of': ['Finding', 'TierResult', 'IndicatorResult']} })
    status: IndicatorStatus = Field(default=..., description="""pass, fail or not_assessed.""", json_schema_extra = { "linkml_meta": {'domain_of': ['PartResult', 'TierResult', 'WaiverResult', 'IndicatorResult']} })
    rules: Optional[list[str]] = Field(default=None, description="""Rule ids that decide the indicator.""", json_schema_extra = { "linkml_meta": {'domain_of': ['IndicatorResult']} })


# Model rebuild
# see https://pydantic-docs.helpmanual.io/usage/models/#rebuilding-a-model
Report.model_rebuild()
ToolInfo.model_rebuild()
SpecVersions.model_rebuild()
Summary.model_rebuild()
Finding.model_rebuild()
Location.model_rebuild()
PartResult.model_rebuild()
TierResult.model_rebuild()
BaselineSummary.model_rebuild()
WaiverResult.model_rebuild()
ThresholdResult.model_rebuild()
QualityMeasure.model_rebuild()
IndicatorResult.model_rebuild()
