"""`eucaim explain RULE_ID`: the rule's page content in the terminal, with every allowed code for code rules."""

from __future__ import annotations

import io

import click
import pytest

from tests.conftest import run_cli


def test_code_rule_lists_every_allowed_code_and_severity_per_tier() -> None:
    from eucaim_spec import vocab

    code, out, err = run_cli(["explain", "cdm.patient.patient_birth_sex.code"])
    assert code == 0, err
    assert out.startswith("cdm.patient.patient_birth_sex.code\n")
    # a federated-search key: not run at tier 1, a violation from tier 2 (validators/tiers.yaml)
    assert "Severity:  tier 1: not run, tier 2: violation, tier 3: violation" in out
    assert "Fix:       use a value of BirthSexEnum" in out
    assert "Page:      https://eucaim-spec.github.io/eucaim-spec/rules/cdm/#cdm.patient.patient_birth_sex.code" in out
    # every code of the branch under COM1001396 in the packaged vocabulary, with its label
    branch = vocab.load().descendants("COM1001396")
    block = out.split("Allowed codes (", 1)[1].split("\n\n", 1)[0]  # up to the examples, if any
    listed = [ln.split()[0] for ln in block.splitlines()[1:]]
    assert sorted(listed) == sorted(branch)
    assert "COM1001370  Female" in out


def test_site_url_option_and_tier_severity_override() -> None:
    # DICOM-SEG rules are warnings below tier 3 and violations at tier 3 (tiers.yaml severity overrides)
    code, out, _ = run_cli(["explain", "dicom.seg.algorithm_type", "--site-url", "https://docs.example.org/x"])
    assert code == 0
    assert "tier 1: warning, tier 2: warning, tier 3: violation" in out
    assert "Page:      https://docs.example.org/x/rules/dicom/#dicom.seg.algorithm_type" in out
    assert "Source:    validators/dicom.yaml" in out


def test_quality_rule_says_it_runs_at_tier_1_with_quality() -> None:
    """The quality step's rules run by default from Tier 2 and at Tier 1 with `eucaim check --quality` (at the
    Tier-2 severity): explain says so instead of "tier 1: not run"."""
    code, out, _ = run_cli(["explain", "profile.disclosure.k_anonymity"])
    assert code == 0
    assert "Severity:  tier 1: warning with --quality (opt-in), tier 2: warning, tier 3: warning" in out
    assert ("Runs:      by default from tier 2 (validators/tiers.yaml); below it only with `eucaim check --quality`; "
            "never with `--no-quality`") in out
    # the site's rule page says the same (one source for both)
    from eucaim_spec.docs import rule_text

    page = rule_text.markdown(rule_text.rule_doc("profile.disclosure.k_anonymity"))
    assert "| warning with --quality (opt-in) | warning | warning |" in page
    assert "**Runs.** by default from tier 2" in page
    # a rule the tier suite alone runs has no such line
    code, out, _ = run_cli(["explain", "cdm.patient.patient_birth_sex.code"])
    assert "Runs:" not in out and "opt-in" not in out


def test_rule_with_examples_prints_failing_and_passing() -> None:
    code, out, _ = run_cli(["explain", "dcat_ap.dataset.keyword.min_count"])
    assert code == 0
    assert "Failing example (tests/data/dcat_ap/invalid/Dataset-missing-keyword.ttl):" in out
    assert "Passing example (tests/data/dcat_ap/valid/Dataset-minimal." in out


def test_unknown_rule_is_a_usage_error_with_suggestions() -> None:
    code, _, err = run_cli(["explain", "cdm.patient.patient_birth_sex.cod"])
    assert code == 2
    assert "no rule 'cdm.patient.patient_birth_sex.cod'" in err
    assert "did you mean cdm.patient.patient_birth_sex.code" in err


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_long_explanation_is_paged_only_on_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    from eucaim_spec.cli.main import cli

    paged: list[str] = []
    monkeypatch.setattr(click, "echo_via_pager", lambda text, *a, **k: paged.append(str(text)))
    rid = "cdm.cancer_condition.cancer_condition_code.code"  # 277 codes
    tty = _Tty()
    monkeypatch.setattr("sys.stdout", tty)
    with pytest.raises(SystemExit) as exc:
        cli.main(args=["explain", rid], prog_name="eucaim")
    assert exc.value.code == 0
    assert len(paged) == 1 and paged[0].count("\n") > 277 and tty.getvalue() == ""
    # not a terminal: printed straight, in full
    code, out, _ = run_cli(["explain", rid])
    assert code == 0 and out == paged[0]
