"""`eucaim check FILLED.xlsx`: a mapping template exported by `eucaim template`, filled with openpyxl as a data
holder would (source variables in row 1, drop-down entries in the value rows), is checked cell by cell: clean
conforms, seeded mistakes give the exact rule ids at the exact sheet cells."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.rule_coverage.template import export, fill, mistakes, seed

TEMPLATE_RULES = {"minimum.template.unknown", "minimum.template.entity", "minimum.template.element",
                  "minimum.template.required_unmapped", "minimum.template.value_format", "minimum.template.code"}


def _check(path: Path, fmt: str = "json") -> tuple[int, str, str]:
    return run_cli(["check", str(path), "--format", fmt, "--no-progress"])


@pytest.mark.parametrize("kind", ["cdm", "minimum", "negative"])
def test_a_filled_template_with_every_dropdown_entry_conforms(tmp_path: Path, kind: str) -> None:
    """Every entry of every value-list drop-down (labels shown, code after the comma) is accepted."""
    filled = tmp_path / "filled.xlsx"
    columns = fill(export(kind, tmp_path / "blank.xlsx"), filled)
    assert sum(len(c) for c in columns.values()) >= 8
    before = hashlib.sha256(filled.read_bytes()).hexdigest()
    code, out, err = _check(filled)
    assert code == 0, err
    doc = json.loads(out)
    assert doc["findings"] == []
    assert doc["conforms"] is True
    assert f"is the {kind} mapping template" in err
    assert hashlib.sha256(filled.read_bytes()).hexdigest() == before  # input never modified


def test_seeded_mistakes_give_their_rules_at_their_cells(tmp_path: Path) -> None:
    from openpyxl.utils import get_column_letter

    filled = tmp_path / "filled.xlsx"
    columns = fill(export("minimum", tmp_path / "blank.xlsx"), filled)
    seeded = mistakes(columns)
    seed(filled, [(s, r, c, v) for _, s, r, c, v in seeded])
    code, out, err = _check(filled)
    assert code == 1, err
    found = {(f["rule_id"], f["location"]["table"], f["location"]["row"], f["location"]["column"], f["message"]
              .split(":", 1)[0]) for f in json.loads(out)["findings"]}
    expected = {(rid, s, r, get_column_letter(c), f"{s}!{get_column_letter(c)}{r}") for rid, s, r, c, _ in seeded}
    assert found == expected
    sev = {f["rule_id"]: f["severity"] for f in json.loads(out)["findings"]}
    assert sev["minimum.template.required_unmapped"] == "warning"
    assert sev["minimum.template.code"] == "violation"
    # the text report names the cell and links the rule's page
    code, text, _ = _check(filled, "text")
    sex = get_column_letter(columns["Positive cases"]["Sex"])
    # a code of another value set is named (no holder's value is printed)
    assert code == 1 and f"Positive cases!{sex}7: code 'BP1000082' is not in value set SexEnum" in text
    assert "rules/minimum/#minimum.template.code" in text


def test_a_source_value_is_never_printed(tmp_path: Path) -> None:
    filled = tmp_path / "filled.xlsx"
    columns = fill(export("negative", tmp_path / "blank.xlsx"), filled, max_entries=2)
    sex = columns["Control population"]["Sex"]
    seed(filled, [("Control population", 6, sex, "Jane Doe"), ("Control population", 7, sex, "Jane Doe, Smith")])
    for fmt in ("text", "json", "markdown"):
        code, out, err = _check(filled, fmt)
        assert code == 1
        assert "Jane" not in out + err and "Smith" not in out + err
    findings = json.loads(_check(filled)[1])["findings"]
    assert sorted(f["rule_id"] for f in findings) == ["minimum.template.code", "minimum.template.value_format"]
    assert next(f for f in findings if f["rule_id"] == "minimum.template.code")["message"].endswith(
        "the code part is not in value set SexEnum")


def test_a_retitled_workbook_is_not_taken_for_a_template(tmp_path: Path) -> None:
    filled = tmp_path / "filled.xlsx"
    fill(export("minimum", tmp_path / "blank.xlsx"), filled, max_entries=1)
    seed(filled, [("README", 1, 1, "My own workbook")])
    code, out, _ = _check(filled)
    assert code == 1
    [f] = json.loads(out)["findings"]
    assert f["rule_id"] == "minimum.template.unknown" and f["location"]["table"] == "README"


def test_template_rules_are_in_the_catalogue() -> None:
    code, out, _ = run_cli(["rules", "--format", "json"])
    assert code == 0
    listed = {r["id"]: r for r in json.loads(out) if r["engine"] == "template"}
    assert set(listed) == TEMPLATE_RULES
    assert all(r["hint"] for r in listed.values())
    # explained like every rule, with the module that defines it and its page
    code, out, _ = run_cli(["explain", "minimum.template.code"])
    assert code == 0
    assert "Source:    src/eucaim_spec/validate/template/engine.py" in out
    assert "rules/minimum/#minimum.template.code" in out
