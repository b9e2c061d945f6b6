"""The whole rule catalogue: orchestration rules plus every engine's rules (``eucaim rules``, SARIF, docs)."""

from __future__ import annotations

import importlib
import json
import os
from functools import cache
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import ARTIFACTS_DIR
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
    # the quality step: planned by the orchestrator from the tier suite or --quality, never detected
    "profile": ("eucaim_spec.profile.quality", "ProfileEngine"),
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


#: The whole catalogue as ``eucaim generate`` compiles it (recipe ``rule_catalogue``), so a check neither imports
#: every engine nor reads every engine suite to know the rules its report's indicators and texts refer to.
CATALOGUE_ARTIFACT = ARTIFACTS_DIR / "rules" / "catalogue.json"


def engine(name: str) -> Any | None:
    module, cls = ENGINES[name]
    try:
        return getattr(importlib.import_module(module), cls)()
    except ImportError:
        return None


class Engines(dict[str, Any]):
    """The available engines by name, each imported and constructed on first use (``in``, ``get``, ``[]``): a
    check of one catalogue record imports the shacl engine, not the table, DICOM and search engines. An engine
    whose module is not importable is absent. Iterating (``keys``, ``values``, ``items``, ``{**e}``) constructs
    all of them."""

    def _load(self, name: str) -> bool:
        if name not in ENGINES:
            return False
        if not dict.__contains__(self, name) and name not in self._missing:
            e = engine(name)
            if e is None:
                self._missing.add(name)
            else:
                dict.__setitem__(self, name, e)
        return dict.__contains__(self, name)

    def __init__(self) -> None:
        super().__init__()
        self._missing: set[str] = set()

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._load(name)

    def __getitem__(self, name: str) -> Any:
        if not self._load(name):
            raise KeyError(name)
        return dict.__getitem__(self, name)

    def get(self, name: str, default: Any = None) -> Any:
        return self[name] if self._load(name) else default

    def _all(self) -> None:
        for name in ENGINES:
            self._load(name)

    def keys(self) -> Any:
        self._all()
        return dict.keys(self)

    def values(self) -> Any:
        self._all()
        return dict.values(self)

    def items(self) -> Any:
        self._all()
        return dict.items(self)

    def __iter__(self) -> Any:
        self._all()
        return dict.__iter__(self)

    def __len__(self) -> int:
        self._all()
        return dict.__len__(self)

    def pop(self, name: str, *default: Any) -> Any:
        self._load(name)
        self._missing.add(name)  # popped: absent from now on
        return dict.pop(self, name, *default)


def available_engines() -> Engines:
    return Engines()


def compile_catalogue() -> RuleCatalogue:
    """The catalogue from its sources: the orchestrator's rules and every available engine's (what the
    ``rule_catalogue`` recipe writes to CATALOGUE_ARTIFACT)."""
    cat = RuleCatalogue(DATASET_RULES)
    cat.extend(CROSS_PART_RULES)
    for e in available_engines().values():
        cat.extend(e.rules())
    return cat


@cache
def all_rules() -> RuleCatalogue:
    """The rule catalogue: the compiled artifact when present (``eucaim generate --check`` keeps it equal to
    ``compile_catalogue()``), else compiled from the sources; always compiled when ``EUCAIM_SPEC_ROOT`` points
    at another copy of the sources, which the packaged artifact does not describe."""
    if not CATALOGUE_ARTIFACT.is_file() or os.environ.get("EUCAIM_SPEC_ROOT"):
        return compile_catalogue()
    try:
        data = json.loads(CATALOGUE_ARTIFACT.read_text(encoding="utf-8"))
        return RuleCatalogue(Rule.from_dict(r) for r in data["rules"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SpecError(str(CATALOGUE_ARTIFACT), f"unreadable rule catalogue: {exc}") from exc


def render_catalogue(rules: RuleCatalogue) -> bytes:
    """The catalogue artifact's text: one rule a line, so a diff shows exactly which rules changed."""
    items = [json.dumps(r.to_dict(), ensure_ascii=False, sort_keys=True) for r in rules]
    lines = ['{"_comment": "generated from the schemas, shapes and validators/ suites by rule_catalogue (eucaim '
             'generate); do not edit",', ' "rules": [']
    lines += [f"  {item}{',' if i < len(items) - 1 else ''}" for i, item in enumerate(items)]
    lines.append(" ]}")
    return ("\n".join(lines) + "\n").encode()


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
