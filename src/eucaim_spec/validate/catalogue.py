"""The whole rule catalogue: orchestration rules plus every engine's rules (``eucaim rules``, SARIF, docs)."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from eucaim_spec.report.model import Severity
from eucaim_spec.validate.cross_part import RULES as CROSS_PART_RULES
from eucaim_spec.validate.rules import Rule, RuleCatalogue
from eucaim_spec.validate.suite import load_suite

#: name -> (module, class). Engines whose module is not importable are left out of a run.
ENGINES: dict[str, tuple[str, str]] = {
    "shacl": ("eucaim_spec.validate.shacl", "ShaclEngine"),
    "dicom": ("eucaim_spec.validate.dicom", "DicomEngine"),
    "sql": ("eucaim_spec.validate.sql", "SqlEngine"),
    "search": ("eucaim_spec.validate.search", "SearchEngine"),
    "template": ("eucaim_spec.validate.template", "TemplateEngine"),
}

#: Rules of the orchestrator itself: parts of a dataset directory that are missing (tier requirements T1-1, T1-5).
DATASET_RULES = (
    Rule("minimum.dataset.metadata_missing", "The dataset has no catalogue record (metadata/ is missing or empty)",
         "minimum", 1, Severity.violation, "check",
         "Describe the dataset in EUCAIM DCAT-AP and put the record (Turtle, JSON-LD or RDF/XML) in metadata/."),
    Rule("minimum.dataset.imaging_missing", "The dataset has no images (imaging/ is missing or empty)",
         "minimum", 1, Severity.violation, "check", "Put the DICOM tree (or tag tables) in imaging/."),
    Rule("minimum.dataset.clinical_missing",
         "The dataset has no clinical data (clinical/ is missing or empty); image-only datasets are accepted "
         "case by case", "minimum", 1, Severity.warning, "check",
         "Provide the minimum clinical table or CDM tables in clinical/."),
    Rule("minimum.dataset.part_unreadable", "A part of the dataset could not be read at all", "minimum", 1,
         Severity.violation, "check", "See the message for the file and place; fix the file and rerun."),
)


def engine(name: str) -> Any | None:
    module, cls = ENGINES[name]
    try:
        return getattr(importlib.import_module(module), cls)()
    except ImportError:
        return None


def available_engines() -> dict[str, Any]:
    out = {}
    for name in ENGINES:
        e = engine(name)
        if e is not None:
            out[name] = e
    return out


@cache
def all_rules() -> RuleCatalogue:
    cat = RuleCatalogue(DATASET_RULES)
    cat.extend(CROSS_PART_RULES)
    for e in available_engines().values():
        cat.extend(e.rules())
    return cat


def select_rules(standard: str | None = None, tier: int | None = None) -> list[Rule]:
    """The catalogue's rules of ``standard`` that run at target ``tier`` (None: all), as the tier suite decides."""
    suite = load_suite()
    return [r for r in all_rules() if (standard is None or r.standard == standard)
            and (tier is None or suite.applies(r.id, r.tier, tier))]


def rule_json(rule: Rule) -> dict[str, Any]:
    """One rule as ``eucaim rules --format json`` and the service's ``/rules`` publish it; ``tier_severity``
    lists the tiers whose severity differs from the base one."""
    overrides = load_suite().severity_overrides(rule.id, rule.tier, rule.severity.value)
    return {"id": rule.id, "title": rule.title, "standard": rule.standard, "tier": rule.tier,
            "severity": rule.severity.value, "engine": rule.engine, "hint": rule.hint,
            "tier_severity": {str(t): s for t, s in overrides.items()}}
