"""The quality step of ``eucaim check``: the profile engine measures the quality dimensions and disclosure risk of
the checked tables as ``eucaim profile`` does, and reports each threshold of ``validators/profile.yaml`` crossed
as a finding of its ``profile.<dimension>.<what>`` rule.

The orchestrator plans the step after the table and search steps (``validate/check.py``): from the tier at
which ``validators/tiers.yaml`` runs ``profile.*`` (Tier 2: D5.8 asks all quality dimensions from Tier 2),
below it with ``--quality``, never with ``--no-quality``. It measures the tables the clinical step loaded on
DuckDB and the DICOM scan of the imaging step (nothing is read twice). Its findings go through the tier suite
and the waivers like every engine's; the measures themselves become the report's ``quality`` section
(``quality_section``), with validity, consistency and integrity counted from the run's own findings. No
value of the data is quoted; only violations block a tier, and these rules have none.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eucaim_spec.errors import InputError
from eucaim_spec.models.report import QualityMeasure
from eucaim_spec.report.model import Finding, Location
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.rules import Rule

#: the rule-id pattern of the quality step's findings (validators/tiers.yaml runs it; --quality asks for it)
RULES = "profile.*"
_HINT = " `eucaim profile` on the same input gives every measure (per column, outliers, k distribution)."


class ProfileEngine:
    """The quality step, planned by the orchestrator (never detected from the input)."""

    name = "profile"

    def rules(self) -> list[Rule]:
        from eucaim_spec.profile.settings import load_rules  # deferred: only when the step is planned

        return load_rules()

    def detect(self, path: Path) -> bool:
        return False

    def check(self, path: Path | str, ctx: CheckContext) -> list[Finding]:
        """Measure ``path`` (the checked target, or the --db URL); the measures are kept in ``ctx.run.quality``."""
        # deferred: the profile's measuring code only when the quality step runs
        from eucaim_spec.profile.run import measure_in_run, warnings
        from eucaim_spec.profile.settings import load_settings  # deferred as above

        target = str(path)
        db = ctx.options.db
        if not db and ("://" in target or ctx.options.spark_tables):
            ctx.notes.append("quality: not measured (a URI or a Spark table is not profiled; give the files)")
            return []
        s = load_settings()
        import duckdb

        try:
            p = measure_in_run(target, s, ctx)
        except InputError as exc:
            # a catalogue record alone, or tables the check already reported unreadable: nothing to measure
            ctx.notes.append(f"quality: not measured ({exc.one_line()})")
            return []
        except duckdb.Error as exc:
            # the measures ran out of the table memory (--table-memory): the check's verdict stands without them
            ctx.notes.append(f"quality: not measured ({type(exc).__name__})")
            return []
        for u in p["unreadable"]:
            if str(u["problem"]).startswith("too_wide"):
                ctx.notes.append(f"quality: {u['file']} not measured ({u['problem'].split(': ', 1)[1]})")
        ctx.run.quality = p
        ctx.notes.append(f"quality: {len(p['tables'])} table(s) profiled")
        rules = {r.id: r for r in self.rules()}
        out = []
        for w in warnings(p, s):
            rule = rules.get(w["id"])
            if rule is None:
                continue  # the profile's own summaries of the check's findings: the report holds the findings
            loc = Location(file=w["file"], column=w["column"]) if w["file"] or w["column"] else None
            out.append(Finding(rule_id=rule.id, severity=rule.severity, message=w["message"],
                               hint=rule.hint + _HINT, standard=rule.standard, tier=rule.tier,
                               count=max(int(w["records"]), 1), location=loc))
        return out


def quality_section(p: dict[str, Any] | None, findings: list[Finding]) -> list[QualityMeasure] | None:
    """The report's ``quality``: the measures of the quality step, validity, consistency and integrity counted
    from the run's findings as the waivers leave them; None when the step did not measure."""
    if p is None:
        return None
    # deferred: only when the step measured something
    from eucaim_spec.profile.render import measures
    from eucaim_spec.profile.run import attach_dimensions  # deferred as above

    attach_dimensions(findings, p["tables"])
    return [QualityMeasure(**m._asdict()) for m in measures(p)]
