"""The whole rule catalogue: orchestration rules plus every engine's rules (``eucaim rules``, SARIF, docs)."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

from eucaim_spec.report.model import Severity
from eucaim_spec.validate.cross_part import RULES as CROSS_PART_RULES
from eucaim_spec.validate.rules import Rule, RuleCatalogue

#: name -> (module, class). Engines whose module is not importable are left out of a run.
ENGINES: dict[str, tuple[str, str]] = {
    "shacl": ("eucaim_spec.validate.shacl", "ShaclEngine"),
    "dicom": ("eucaim_spec.validate.dicom", "DicomEngine"),
    "sql": ("eucaim_spec.validate.sql", "SqlEngine"),
    "search": ("eucaim_spec.validate.search", "SearchEngine"),
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
