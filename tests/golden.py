"""Golden reports: every in-process ``eucaim`` run of the test suite, recorded for a before/after comparison.

A refactoring that must not change behaviour is checked by running the suite twice with
``EUCAIM_GOLDEN_DIR`` set (``make golden-record GOLDEN=build/golden-before``, then ``...-after``) and
comparing the two folders (``python -m tests.golden build/golden-before build/golden-after``). Each test
writes one JSON-lines file: per ``eucaim`` call its arguments, exit code, stdout, stderr and the report file
it wrote (text, or a digest for binary formats), with temporary paths replaced by ``<TMP>`` so that two runs
compare byte for byte.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
#: pytest's per-test folders, tempfile's folders and the checkout: the parts of a path that differ per run
_VOLATILE = [
    (re.compile(r"/tmp/pytest-of-[^/\s]+/pytest-\d+/[^/\s\"'<>]*?\d+(?=[/\s\"'<>]|$)"), "<TMP>"),
    (re.compile(r"/tmp/tmp[a-z0-9_]{6,}"), "<TMP>"),
    (re.compile(r"/tmp/eucaim-[A-Za-z0-9_-]+"), "<TMP>"),
    (re.compile(re.escape(str(REPO))), "<REPO>"),
]
_counters: dict[str, int] = {}


def normalise(text: str) -> str:
    for pattern, repl in _VOLATILE:
        text = pattern.sub(repl, text)
    return text


def _output_file(args: list[str]) -> Path | None:
    for i, a in enumerate(args):
        if a in ("-o", "--output") and i + 1 < len(args):
            return Path(args[i + 1])
        if a.startswith("--output="):
            return Path(a.split("=", 1)[1])
    return None


def record(args: list[str], code: int, out: str, err: str) -> None:
    """Append one call to the current test's file in ``$EUCAIM_GOLDEN_DIR``."""
    test = os.environ.get("PYTEST_CURRENT_TEST", "outside-pytest").rsplit(" (", 1)[0]
    n = _counters[test] = _counters.get(test, 0) + 1
    entry: dict[str, object] = {"n": n, "args": [normalise(str(a)) for a in args], "code": code,
                                "stdout": normalise(out), "stderr": normalise(err)}
    path = _output_file([str(a) for a in args])
    if path is not None and path.is_file():
        data = path.read_bytes()
        try:
            entry["output"] = normalise(data.decode("utf-8"))
        except UnicodeDecodeError:
            entry["output_sha256"] = hashlib.sha256(data).hexdigest()
    folder = Path(os.environ["EUCAIM_GOLDEN_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", test)[:200] + ".jsonl"
    with open(folder / name, "a", encoding="utf-8") as fh:
        fh.write(json.dumps(entry, sort_keys=True) + "\n")


def compare(before: Path, after: Path) -> list[str]:
    """Differences between two recordings: files present on one side only, and calls that differ."""
    problems: list[str] = []
    names = sorted({p.name for p in before.glob("*.jsonl")} | {p.name for p in after.glob("*.jsonl")})
    for name in names:
        a, b = before / name, after / name
        if not a.exists() or not b.exists():
            problems.append(f"{name}: only {'after' if not a.exists() else 'before'}")
            continue
        la, lb = a.read_text().splitlines(), b.read_text().splitlines()
        if len(la) != len(lb):
            problems.append(f"{name}: {len(la)} calls before, {len(lb)} after")
        for x, y in zip(la, lb, strict=False):
            if x != y:
                ex, ey = json.loads(x), json.loads(y)
                keys = [k for k in sorted(set(ex) | set(ey)) if ex.get(k) != ey.get(k)]
                problems.append(f"{name} call {ex.get('n')} {' '.join(ex.get('args', []))[:120]}: differs in {keys}")
    return problems


FORMATS = ("text", "json", "junit", "sarif", "markdown", "html", "csv", "xlsx", "dqv")


def sweep(work: Path) -> int:
    """Run the shipped examples at every tier in every format, and every catalogue fixture in json and text,
    through the same recorder (the suite's tests run most, not all, of these combinations)."""
    from tests.conftest import run_cli

    os.environ["PYTEST_CURRENT_TEST"] = "sweep"
    work.mkdir(parents=True, exist_ok=True)
    calls = 0
    for example in sorted((REPO / "examples").glob("tier*")):
        for tier in (1, 2, 3):
            for fmt in FORMATS:
                out = work / f"{example.name}-{tier}.{fmt}"
                run_cli(["check", str(example), "--tier", str(tier), "--format", fmt, "-o", str(out), "--no-progress"])
                calls += 1
    for record_file in sorted((REPO / "tests" / "data" / "dcat_ap").glob("*/*.ttl")):
        for fmt in ("json", "text"):
            run_cli(["check", str(record_file), "--format", fmt, "--no-progress"])
            calls += 1
    return calls


if __name__ == "__main__" and sys.argv[1:2] == ["sweep"]:
    print(f"{sweep(Path(sys.argv[2]))} sweep calls recorded", file=sys.stderr)
elif __name__ == "__main__":
    found = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    for line in found:
        print(line)
    calls = sum(len(p.read_text().splitlines()) for p in Path(sys.argv[1]).glob("*.jsonl"))
    print(f"{calls} recorded calls before; {len(found)} differences", file=sys.stderr)
    raise SystemExit(1 if found else 0)
