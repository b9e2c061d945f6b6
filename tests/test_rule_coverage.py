"""The rule-coverage suite (issue 9, "Verdicts that hold"): every rule of ``eucaim rules`` fires on a mutation of
a valid input through ``eucaim check`` on the packaged schemas, shapes and suites, or is listed with the reason
it cannot be triggered from files in tests/data/rule-coverage-uncovered.yaml.

One test runs the whole suite (tests/rule_coverage; ``make rule-coverage`` runs it alone) and writes
build/rule-coverage.md; the others prove the suite itself can fail.
"""

from __future__ import annotations

import pytest

from tests.rule_coverage.core import Batch, Mutation, run_batch
from tests.rule_coverage.run import REPORT, UNCOVERED, Result, run_all, uncovered_list, write_report


@pytest.fixture(scope="module")
def coverage() -> Result:
    res = run_all()
    write_report(res, REPORT)
    return res


def test_every_rule_fires_on_its_mutation_or_is_listed_with_a_reason(coverage):
    fails = coverage.failures()
    assert not fails, f"{len(fails)} rule-coverage failure(s) (see {REPORT}):\n" + "\n".join(fails[:80])


def test_the_catalogue_is_read_not_kept_here(coverage):
    from eucaim_spec.validate.catalogue import all_rules

    ids = {r.id for r in all_rules()}
    assert set(coverage.rules) == ids
    # every standard's generated rules got a mutation from the schema or shapes, not from a list
    kinds = {rid.split(".")[0] for rid, ms in coverage.mutations.items() if any(m.fired for m in ms)}
    assert {"cdm", "minimum", "dcat_ap", "dicom"} <= kinds


def test_uncovered_entries_give_a_reason():
    for rid, why in uncovered_list().items():
        assert len(why.split()) >= 4, f"{UNCOVERED.name}: {rid} needs a reason, not {why!r}"


def test_the_report_is_written(coverage):
    text = REPORT.read_text(encoding="utf-8")
    assert "| **total** |" in text
    assert text.count("\n| `") == len(coverage.rules)


def test_a_mutation_that_does_not_fire_is_caught(tmp_path):
    """A valid table given as a "mutation" for a rule it does not break: the suite reports it not fired."""
    (tmp_path / "patient.csv").write_text("patient_id,dataset_id\nP1,DS1\n", encoding="utf-8")
    (tmp_path / "dataset.csv").write_text("dataset_id,dataset_title\nDS1,t\n", encoding="utf-8")
    m = Mutation("cdm.patient.patient_id.required", "patient.csv row 1 (valid)", ("patient.csv", {1}))
    b = Batch("self-test", "sql", tmp_path, [m], lambda f, m: True)
    run_batch(b)
    assert not m.fired
    res = Result({m.rule_id: {"standard": "cdm"}}, mutations={m.rule_id: [m]})
    assert res.failures() == [f"{m.rule_id}: did not fire on its mutation (patient.csv row 1 (valid))"]


def test_an_unaccounted_violation_and_a_stale_entry_are_caught(tmp_path):
    """A violation no mutation names fails the batch; a listed rule that fires is a stale entry."""
    (tmp_path / "patient.csv").write_text("patient_id,dataset_id\n,DS1\n", encoding="utf-8")
    (tmp_path / "dataset.csv").write_text("dataset_id,dataset_title\nDS1,t\n", encoding="utf-8")
    b = Batch("self-test", "sql", tmp_path, [], lambda f, m: True)
    run_batch(b)
    assert any("cdm.patient.patient_id.required that no mutation accounts for" in p for p in b.problems)
    m = Mutation("cdm.patient.patient_id.required", "patient.csv row 1", None, fired=True)
    res = Result({m.rule_id: {"standard": "cdm"}}, mutations={m.rule_id: [m]}, uncovered={m.rule_id: "a reason"})
    assert res.status(m.rule_id) == "stale uncovered entry"
    assert len(res.failures()) == 1


def test_a_format_telling_another_summary_is_caught():
    """The formats are compared by (rule, severity) occurrences: a grouped text line counts its "Nx"."""
    from tests.rule_coverage.core import parse_format as _parse

    js = ('{"findings": [{"rule_id": "r.a", "severity": "info", "count": 1},'
          ' {"rule_id": "r.a", "severity": "info", "count": 1}], "summary": {"violation": 0}}')
    same = "0 violation(s), 0 warning(s), 2 info, 0 waived\n\nINFO      r.a (tier 1, 2x in 2 places)\n"
    other = "0 violation(s), 0 warning(s), 1 info, 0 waived\n\nINFO      r.a (tier 1, 1x)\n"
    assert _parse("text", same) == _parse("json", js)
    res = Result({}, formats={"b": {"json": _parse("json", js), "text": _parse("text", other)}})
    assert [f for f in res.failures() if "the text report tells another summary" in f]
