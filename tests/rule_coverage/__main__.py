"""``python -m tests.rule_coverage [-o build/rule-coverage.md]``: run the rule-coverage suite, write the report.

Exit status 0 when every rule of ``eucaim rules`` fired on its mutation or is listed, with its reason, in
``tests/data/rule-coverage-uncovered.yaml``, and no batch raised a violation no mutation accounts for.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tests.rule_coverage.run import REPORT, run_all, write_report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.rule_coverage", description=__doc__)
    ap.add_argument("-o", "--output", type=Path, default=REPORT, help=f"report path (default {REPORT})")
    ap.add_argument("--work", type=Path, help="keep the generated inputs here (default: a temporary folder)")
    args = ap.parse_args(argv)
    result = run_all(args.work)
    write_report(result, args.output)
    print(f"{args.output}: {result.summary_line()}", file=sys.stderr)
    for line in result.failures():
        print(f"  {line}", file=sys.stderr)
    return 1 if result.failures() else 0


if __name__ == "__main__":
    raise SystemExit(main())
