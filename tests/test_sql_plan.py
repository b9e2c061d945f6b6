"""The sql engine's compiled check plan (artifacts/plan/sql.json): the same checks as the schemas, no LinkML."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from eucaim_spec import schemaview
from eucaim_spec.validate.sql import plan
from eucaim_spec.validate.sql.compile import ClassCompiler
from eucaim_spec.validate.sql.engine import SqlEngine

NO_LINKML = """
import sys
from pathlib import Path
from eucaim_spec.validate.engine import CheckContext
from eucaim_spec.validate.sql.engine import SqlEngine
d = Path(sys.argv[1])
findings = SqlEngine().check(d, CheckContext(target_tier=3, root=d))
print(sorted(f.rule_id for f in findings))
print(sorted(m for m in sys.modules if m.split(".")[0] in ("linkml", "linkml_runtime")))
"""


def test_table_check_loads_no_linkml(tmp_path: Path) -> None:
    """A check of CDM tables reads the plan: LinkML is never imported (it costs seconds at every start)."""
    assert plan.load_plan() is not None, "the packaged plan is stale: run `eucaim generate`"
    (tmp_path / "patient.csv").write_text(
        "patient_id,patient_birth_date,patient_birth_sex\nP1,1970-02-30,COM1001370\nP2,1971-01-01,COM9999\n"
    )
    res = subprocess.run(
        [sys.executable, "-c", NO_LINKML, str(tmp_path)], capture_output=True, text=True, check=True
    )
    rules, modules = res.stdout.strip().splitlines()
    assert "cdm.patient.patient_birth_date.type" in rules
    assert modules == "[]"


@pytest.mark.parametrize("std", plan.PLAN_STANDARDS)
def test_plan_compiles_the_same_checks_as_the_schema(std: str) -> None:
    """Every class compiles to the same specs and slot facts from the plan as from the LinkML schema."""
    views = plan.load_plan()
    assert views is not None
    from_plan = ClassCompiler(views[std])
    from_schema = ClassCompiler(schemaview.load_expanded(std))
    assert (from_plan.standard, from_plan.tier) == (from_schema.standard, from_schema.tier)
    assert from_plan.all_members() == from_schema.all_members()
    classes = list(from_schema.sv.all_classes())
    assert list(views[std].all_classes()) == classes
    for cname in classes:
        assert from_plan.slots(cname) == from_schema.slots(cname), cname
        a, b = from_plan.compile_class(cname), from_schema.compile_class(cname)
        assert [(s.rule, s.kind, s.slots, s.personal) for s in a] == [(s.rule, s.kind, s.slots, s.personal) for s in b]
        for sa, sb in zip(a, b, strict=True):
            if sa.kind != "rule":
                assert sa.params == sb.params, sa.rule.id


def test_rule_catalogue_from_the_plan() -> None:
    """The rule catalogue compiled from the plan is the one compiled from the schemas (and the generated one)."""
    views = {std: schemaview.load_expanded(std) for std in plan.PLAN_STANDARDS}
    assert SqlEngine().compile_rules() == SqlEngine(views).compile_rules()


def test_stale_plan_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A plan generated from other schema sources (edited, not regenerated) is ignored: the engine compiles."""
    data = json.loads(plan.SQL_PLAN_ARTIFACT.read_text(encoding="utf-8"))
    data["sources_sha256"] = "0" * 64
    stale = tmp_path / "sql.json"
    stale.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.setattr(plan, "SQL_PLAN_ARTIFACT", stale)
    assert plan.load_plan.__wrapped__() is None
    monkeypatch.setattr(plan, "SQL_PLAN_ARTIFACT", tmp_path / "absent.json")
    assert plan.load_plan.__wrapped__() is None
