"""Examples as tests: every class has a minimal and a maximal valid example, every invalid one names its rule."""

from __future__ import annotations

import pytest

from eucaim_spec.schemaview import annotation, load_expanded
from eucaim_spec.validate.rules import RULE_ID
from tests.example_files import examples

STANDARDS = ("cdm", "minimum", "fair")


def concrete_classes(standard: str) -> list[str]:
    sv = load_expanded(standard)
    return sorted(str(n) for n, c in sv.all_classes().items() if not (c.abstract or c.mixin))


@pytest.mark.parametrize("standard", STANDARDS)
def test_every_class_has_minimal_and_maximal_examples(standard):
    have = {(e.target_class, e.path.stem.split("-", 1)[1]) for e in examples(standard) if e.valid}
    missing = [f"{c}-{kind}" for c in concrete_classes(standard) for kind in ("minimal", "maximal")
               if (c, kind) not in have]
    assert missing == []


@pytest.mark.parametrize("standard", ("cdm", "minimum"))
def test_every_class_has_an_invalid_example(standard):
    have = {e.target_class for e in examples(standard) if not e.valid}
    assert [c for c in concrete_classes(standard) if c not in have] == []


@pytest.mark.parametrize("standard", STANDARDS)
def test_invalid_examples_name_one_well_formed_rule_of_a_real_slot(standard):
    sv = load_expanded(standard)
    classes = set(sv.all_classes())
    for ex in examples(standard):
        assert ex.target_class in classes, f"{ex.id}: no class {ex.target_class}"
        if ex.valid:
            assert ex.expected_rule is None, ex.id
            continue
        assert ex.expected_rule and RULE_ID.match(ex.expected_rule), f"{ex.id}: first line must be '# rule: <id>'"
        assert ex.expected_rule.startswith(f"{standard}."), ex.id
        if ex.slot is not None:
            cls = sv.get_class(ex.target_class)
            table = str(annotation(cls, "sql_table") or "")
            slots = {str(s.name).lower() for s in sv.class_induced_slots(ex.target_class)}
            assert ex.slot in slots, f"{ex.id}: {ex.slot} is not a slot of {ex.target_class}"
            if table:
                assert ex.expected_rule.split(".")[1] == table, f"{ex.id}: table part must be {table}"
