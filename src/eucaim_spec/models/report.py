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
     'imports': ['linkml:types'],
     'license': 'Apache-2.0',
     'name': 'eucaim_report',
     'prefixes': {'eucaimreport': {'prefix_prefix': 'eucaimreport',
                                   'prefix_reference': 'https://w3id.org/eucaim-spec/report/'},
                  'linkml': {'prefix_prefix': 'linkml',
                             'prefix_reference': 'https://w3id.org/linkml/'}},
     'source_file': 'schemas/report/report.yaml',
     'title': 'EUCAIM conformance report'} )

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
