"""The command line: lazy start-up, exit codes, one-line errors."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import run_cli

HEAVY = ("linkml", "linkml_runtime", "rdflib", "pyshacl", "duckdb", "pydicom", "openpyxl", "pydantic", "pyarrow")


def test_help_imports_no_heavy_library():
    """`eucaim --help` must stay fast (design: < 0.5 s; measured in benchmarks/bench_cli.py): no heavy import."""
    code = ("import sys; from eucaim_spec.cli.main import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "[]"


def test_help_lists_every_command():
    code, out, _ = run_cli(["--help"])
    assert code == 0
    for cmd in ("check", "rules", "generate", "lint", "extract-tags"):
        assert cmd in out


def test_usage_error_exits_2():
    code, _, err = run_cli(["check", "--tier", "7", "x"])
    assert code == 2
    assert "tier" in err.lower()


def test_missing_input_exits_3_with_one_line(tmp_path):
    missing = tmp_path / "nope"
    code, out, err = run_cli(["check", str(missing)])
    assert code == 3
    assert err.strip() == f"error: {missing}: no such file or directory"
    assert out == ""


def test_unrecognised_input_exits_3(tmp_path):
    f = tmp_path / "notes.bin"
    f.write_bytes(b"\x00\x01\x02 nothing to see")
    code, _, err = run_cli(["check", str(f)])
    assert code == 3
    assert "nothing to check" in err and "Traceback" not in err


def test_bad_waiver_file_exits_4(tmp_path):
    w = tmp_path / "w.yaml"
    w.write_text("- rule_id: x.y\n")
    (tmp_path / "metadata").mkdir()
    code, _, err = run_cli(["check", str(tmp_path), "--waivers", str(w)])
    assert code == 4
    assert "reason" in err
