"""Rules that span the parts of a dataset: the catalogue record against the tier checked and achieved, and
against the CDM tables. The engines leave what these rules need in ``ctx.facts`` (``engine.RunFacts``); this
module reads nothing itself.
"""

from __future__ import annotations

import re

from eucaim_spec import vocab
from eucaim_spec.namespaces import DCT_IDENTIFIER, EUCAIM_ONTOLOGY
from eucaim_spec.report.model import Finding, Location, Severity
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.suite import load_suite

LEVEL_NOT_MET = Rule(
    "dcat_ap.dataset.interoperability_level.not_met",
    "The catalogue record declares an interoperability tier the dataset does not meet",
    "dcat_ap", 1, Severity.violation, "check",
    "Fix the findings that block the declared tier, or declare the tier the dataset meets "
    "(eucaim:interoperabilityLevel: Tier 1 SPEC1000009, Tier 2 SPEC1000011, Tier 3 SPEC1000010).",
)
LEVEL_UNVERIFIED = Rule(
    "dcat_ap.dataset.interoperability_level.unverified",
    "The catalogue record declares a higher interoperability tier than the one checked",
    "dcat_ap", 1, Severity.warning, "check",
    "Run the check with --tier equal to the declared tier: only then is the declaration verified.",
)
LEVEL_UNDERSTATED = Rule(
    "dcat_ap.dataset.interoperability_level.understated",
    "The dataset meets a higher tier than its catalogue record declares",
    "dcat_ap", 1, Severity.info, "check",
    "Declare the tier the dataset meets in eucaim:interoperabilityLevel once it is onboarded at that tier.",
)
IDENTIFIER_MISMATCH = Rule(
    "dcat_ap.dataset.identifier.cdm_dataset_id",
    "The catalogue dct:identifier differs from the CDM dataset_id",
    "dcat_ap", 1, Severity.violation, "check",
    "Give the dataset one identifier: dct:identifier of the record must equal dataset.dataset_id of the CDM "
    "tables (EUCAIM D4.14, 6.2.2.4).",
)

RULES = (LEVEL_NOT_MET, LEVEL_UNVERIFIED, LEVEL_UNDERSTATED, IDENTIFIER_MISMATCH)

_TIER_LABEL = re.compile(r"^Tier\s*([123])\b", re.I)


def declared_tier(code: str) -> int | None:
    """The tier a hyper-ontology interoperability-level code stands for, read from the code's label in the
    packaged ontology ("Tier 2", "Tier 1A+", ...): the codes are not in tier order (SPEC1000011 is Tier 2,
    SPEC1000010 Tier 3), so never from the number."""
    c = vocab.packaged_data()["concepts"].get(code)  # the label alone: no ontology objects built
    m = _TIER_LABEL.match(str(c["label"])) if c is not None else None
    return int(m.group(1)) if m else None


#: The parts each tier needs checked, in a dataset directory (tiers are cumulative; T1-1 record, T1-2/T1-5
#: images with their clinical data: schemas/fair/data/requirements.yaml).
PARTS_NEEDED = ("metadata", "clinical", "imaging")


def tier_evidence(tier: int, ctx: CheckContext | None, waived: frozenset[str] = frozenset()) -> str | None:
    """Why ``tier`` cannot be called met for lack of evidence, or None when its evidence ran.

    Tier 1 needs every part of a dataset checked (the part checked alone when one part was given); above
    Tier 1 only the CDM evidences a tier: Tier 2 the CDM search-key tables or the search readiness check
    having read tables, Tier 3 the CDM tables. Without ``ctx`` (a report built from findings alone) nothing
    is known of the input and only violations decide. ``waived``: rule ids of waived findings -- an image-only
    dataset accepted case by case is recorded with a waiver of minimum.dataset.clinical_missing (T1-5,
    schemas/fair/data/requirements.yaml), and then its missing clinical part is no gap."""
    if ctx is None:
        return None
    parts = ctx.run.parts
    if parts:
        scope = ctx.run.scope or "dataset"
        image_only = ("minimum.dataset.clinical_missing" in waived
                      and parts.get("clinical", ("not_given",))[0] == "not_given")
        needed = [p for p in PARTS_NEEDED
                  if not (p == "clinical" and (ctx.options.deployment == "on_premises" or image_only))]
        if scope == "part":
            if all(st == "not_given" for st, _ in parts.values()):
                # nothing a tier is about was checked (a mapping template alone): no tier is met or failed
                said = "; ".join(f"{p}: {d}" for p, (st, d) in parts.items() if d and "checked alone" not in d)
                return "no part of a dataset was checked" + (f" ({said})" if said else "")
            needed = [p for p in needed if parts.get(p, ("not_given", ""))[0] != "not_given"]
        gaps = [f"{p} {parts.get(p, ('not_given', ''))[0].replace('_', ' ')}" for p in needed
                if parts.get(p, ("not_given", ""))[0] != "checked"]
        if gaps:
            return "part " + ", ".join(gaps)
    if tier >= 2 and not ctx.facts.cdm_tables and not (tier == 2 and ctx.facts.search_read):
        return ("no CDM tables were checked: Tier 2 is evidenced by the CDM search-key columns "
                "(or the search readiness check)" if tier == 2
                else "no CDM tables were checked: Tier 3 is evidenced by full CDM tables")
    return None


def tier_ladder(findings: list[Finding], target_tier: int,
                ctx: CheckContext | None = None) -> list[tuple[int, str, list[str], str | None]]:
    """(tier, status, blocking rule ids, reason) for tiers 1..3, status met / not_met / not_assessed /
    not_targeted. A tier is met only when the one below is, no violation of a rule of it or below was
    found, and its parts and evidence were checked (``tier_evidence``)."""
    out: list[tuple[int, str, list[str], str | None]] = []
    below_met = True
    waived = frozenset(f.rule_id for f in findings if f.severity == Severity.waived)
    for tier in (1, 2, 3):
        if tier > target_tier:
            out.append((tier, "not_targeted", [], None))
            continue
        blocking = sorted({f.rule_id for f in findings
                           if f.severity == Severity.violation and load_suite().applies(f.rule_id, f.tier, tier)})
        missing = tier_evidence(tier, ctx, waived)
        if blocking:
            status, reason = "not_met", f"{len(blocking)} rule(s) give a violation"
        elif missing and missing.startswith("part "):
            # a part missing or unrecognised is a failure of the input, not a lack of evidence
            status, reason = "not_met", missing
        elif missing:
            status, reason = "not_assessed", missing
        elif not below_met:
            status, reason = "not_met", f"Tier {tier - 1} is not met"
        else:
            status, reason = "met", None
        if blocking and missing:
            reason = f"{reason}; {missing}"
        below_met = below_met and status == "met"
        out.append((tier, status, blocking, reason))
    return out


def achieved_tier(findings: list[Finding], target_tier: int, ctx: CheckContext | None = None) -> int:
    """The highest tier <= target that is met (0: Tier 1 not met); see ``tier_ladder``."""
    achieved = 0
    for tier, status, _, _ in tier_ladder(findings, target_tier, ctx):
        if status != "met":
            break
        achieved = tier
    return achieved


def cross_part_findings(findings: list[Finding], ctx: CheckContext, data_checked: bool) -> list[Finding]:
    """Findings of the cross-part rules, given the findings so far (after tier filtering and the suite).

    ``data_checked``: clinical or imaging data were checked in this run; without them a declared tier can
    only be compared with the tier asked for, never called met or not met.
    """
    out: list[Finding] = []
    datasets = ctx.facts.catalogue or []
    target = ctx.target_tier
    achieved = achieved_tier(findings, target, ctx)
    for ds in datasets:
        loc = Location(file=ds.file, node=ds.node, path=EUCAIM_ONTOLOGY + "interoperabilityLevel")
        tiers = sorted({t for t in (declared_tier(c) for c in ds.levels) if t is not None})
        if len(tiers) != 1:
            continue  # absent, unknown or several: the record's own shapes report that
        declared = tiers[0]
        if declared > target:
            out.append(LEVEL_UNVERIFIED.finding(
                target_tier=target, location=loc,
                message=f"the record declares Tier {declared}, this check targeted Tier {target}: "
                        f"run --tier {declared} to verify the declaration",
            ))
        elif data_checked and achieved < declared:
            # counted at the declared tier: the claim fails there, the tiers below stand as they are
            out.append(LEVEL_NOT_MET.finding(
                target_tier=target, location=loc,
                message=f"the record declares Tier {declared}, the dataset "
                        + (f"meets Tier {achieved} only" if achieved else "does not meet Tier 1"),
            ).model_copy(update={"tier": declared}))
        elif data_checked and achieved > declared and ctx.facts.cdm_tables:
            # above Tier 1 only CDM tables evidence a tier: without them "achieved" means "nothing blocked"
            out.append(LEVEL_UNDERSTATED.finding(
                target_tier=target, location=loc,
                message=f"the dataset meets Tier {achieved}, the record declares Tier {declared}",
            ))
    cdm_ids = ctx.facts.cdm_dataset_ids
    if cdm_ids:
        for ds in datasets:
            if ds.identifiers and not set(ds.identifiers) & set(cdm_ids):
                # identifiers of a dataset are not personal data: naming them is what lets the holder fix it
                out.append(IDENTIFIER_MISMATCH.finding(
                    target_tier=target,
                    location=Location(file=ds.file, node=ds.node, path=DCT_IDENTIFIER,
                                      table="dataset", column="dataset_id"),
                    message=f"dct:identifier {', '.join(repr(i) for i in ds.identifiers)} matches no CDM "
                            f"dataset_id ({', '.join(repr(i) for i in cdm_ids[:5])}"
                            + (", ..." if len(cdm_ids) > 5 else "") + ")",
                ))
    return out
