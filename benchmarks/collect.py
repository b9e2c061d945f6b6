"""`make bench`: run every benchmark script, show its output as it comes, and write benchmarks/RESULTS.md.

RESULTS.md holds one table — figure, ours, the reference measured in the same run, the ratio, issue 15's target
(or the earlier issue's), met? — headed by the machine (nproc, RAM, CPU model), the date, the commit and whether
the machine was idle (load average before and after, and the CPU share other processes took during the run),
followed by each command's printed output. Figures are read from what the scripts print and nothing else: the
JSON lines of a script that has ``--json``, else its human lines (a line no parser knows but that prints a ratio
or a target still gets a row, so a changed script loses no figure). ``--quick`` runs small sizes and writes
build/bench/RESULTS-quick.md; ``--reparse`` rebuilds the file from the last run's logs (build/bench/). Once
RESULTS.md holds an idle run, a run on a busy machine goes to build/bench/RESULTS-not-idle.md instead.

Usage: .venv/bin/python benchmarks/collect.py [--quick] [--only NAME,...] [--output PATH] [--note TEXT] [--reparse]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOGS = ROOT / "build" / "bench"
RESULTS = ROOT / "benchmarks" / "RESULTS.md"
#: Idle: the 1-minute load average before the run and the CPU share of other processes during it stay below these.
IDLE_LOAD, IDLE_OTHERS = 0.5, 0.05


@dataclass
class Row:
    figure: str
    ours: str
    reference: str = "—"
    ratio: str = "—"
    target: str = "—"
    met: str = "—"


@dataclass
class Bench:
    name: str
    script: str
    args: list[str]
    quick: list[str]
    parse: Callable[[list[str]], Iterator[Row]]


@dataclass
class Run:
    name: str
    command: list[str]
    exit_code: int
    seconds: float
    output: list[str] = field(default_factory=list)


# --- formatting ------------------------------------------------------------------------------------------------


def num(text: str) -> float:
    return float(text.replace(",", ""))


def secs(value: float) -> str:
    return f"{value:.2f} s" if value < 100 else f"{value:,.0f} s"


def ratio(ours: float, ref: float) -> str:
    """Ours against the reference, both times (lower is better)."""
    if ours <= 0 or ref <= 0:
        return "—"
    return f"{ref / ours:,.1f}x faster" if ours <= ref else f"{ours / ref:,.2f}x the reference time"


def met(ok: bool | None) -> str:
    return "—" if ok is None else ("yes" if ok else "**no**")


def target_row(figure: str, ours_s: float, ref: str, ref_s: float, target: str = "—",
               ok: bool | None = None) -> Row:
    return Row(figure, secs(ours_s), f"{ref}: {secs(ref_s)}", ratio(ours_s, ref_s), target, met(ok))


def leftover_rows(lines: list[str], used: set[int]) -> Iterator[Row]:
    """Lines no parser took that still print a ratio or a target: one row each, the line as the figure."""
    for i, line in enumerate(lines):
        text = line.strip()
        if i not in used and text and re.search(r"\d\s*x\b|target|aim\b", text):
            yield Row(f"(printed) {text[:150]}", "—")


# --- parsers: one per script, each reading the lines that script prints ----------------------------------------


def parse_cli(lines: list[str]) -> Iterator[Row]:
    """Lines ``<command>  median <t> s  (target < <x> s: met|NOT met)``; ``linkml-validate --help`` is the
    reference of ``eucaim --help``."""
    timed: list[tuple[str, float, float | None]] = []
    peer = None
    used: set[int] = set()
    for i, line in enumerate(lines):
        if m := re.match(r"(\S.*?)\s+median ([\d.]+) s(?:\s+\(target < ([\d.]+) s)?", line):
            if m[1].startswith("linkml-validate"):
                peer = num(m[2])
            else:
                timed.append((m[1], num(m[2]), num(m[3]) if m[3] else None))
        elif not line.startswith("ratio peer/ours"):
            continue
        used.add(i)
    for what, ours, limit in timed:
        target, ok = ("—", None) if limit is None else (f"< {limit:g} s", ours < limit)
        if what == "eucaim --help" and peer is not None:
            yield target_row("`eucaim --help` start-up (median)", ours, "`linkml-validate --help`", peer, target, ok)
        else:
            yield Row(f"`{what}` end to end (median)", secs(ours), "—", "—", target, met(ok))
    yield from leftover_rows(lines, used)


def parse_tabular(lines: list[str]) -> Iterator[Row]:
    used: set[int] = set()
    ours_rate = theirs_rate = None
    raw: dict[str, float] = {}
    for i, line in enumerate(lines):
        if m := re.match(r"\[a\] ours, patient table: ([\d,]+) rows in ([\d.]+)s = ([\d,]+) rows/s", line):
            ours_rate = num(m[3])
        elif m := re.match(r"\[a\] linkml-validate: ([\d,]+) rows in ([\d.]+)s = ([\d,]+) rows/s", line):
            theirs_rate = num(m[3])
        elif m := re.match(r"\[c\] ([\d,]+) patients, ([\d,]+) CDM rows: raw DuckDB load .*? ([\d.]+)s, "
                           r"peak RSS (\d+) MB", line):
            raw = {"patients": num(m[1]), "rows": num(m[2]), "seconds": num(m[3]), "mb": num(m[4])}
        elif (m := re.match(r"\[c\]\s+eucaim check --tier 3 end to end ([\d.]+)s = [\d.]+x raw.*?peak RSS (\d+) "
                            r"MB; sql engine alone ([\d.]+)s = [\d.]+x raw, peak RSS (\d+) MB", line)) and raw:
            size = f"{raw['rows']:,.0f} CDM rows ({raw['patients']:,.0f} patients)"
            chk, eng = num(m[1]), num(m[3])
            raw["check"] = chk
            yield target_row(f"`eucaim check --tier 3` end to end, {size}; peak RSS {m[2]} MB", chk,
                             f"raw DuckDB load (all columns as text; peak RSS {raw['mb']:,.0f} MB)", raw["seconds"],
                             "≤ 2x the raw load's time", chk <= 2 * raw["seconds"])
            yield target_row(f"sql engine alone, {size}; peak RSS {m[4]} MB", eng, "raw DuckDB load", raw["seconds"])
        elif (m := re.match(r"\[c\]\s+raw DuckDB load as a whole process .*? ([\d.]+)s;", line)) and raw.get("check"):
            yield target_row(f"`eucaim check --tier 3` end to end, {raw['rows']:,.0f} CDM rows, vs a whole raw-load "
                             "process", raw["check"], "python start + import duckdb + the same load", num(m[1]))
        elif m := re.match(r"\[d\]   all families, sum ([\d.]+)s = [\d.]+x the load; load \+ checks = ([\d.]+)x", line):
            yield Row("floor: image_series' check families each alone (cheapest exact SQL), load + their sum",
                      f"{num(m[2]):.2f}x the load", "the same table's load (part d)", "—", "≤ 2x (issue 15)",
                      met(num(m[2]) <= 2))
        elif (m := re.match(r"\[c\]\s+eucaim check --tier 3 --no-quality .*? end to end ([\d.]+)s", line)) and raw:
            yield target_row(f"`eucaim check --tier 3 --no-quality` end to end, {raw['rows']:,.0f} CDM rows", num(m[1]),
                             "raw DuckDB load", raw["seconds"])
        elif m := re.match(r"\[b\] ([\d,]+) rows x 20 columns, ([\d.]+)% bad rows: ([\d.]+)s .*?peak RSS (\d+) MB.*?"
                           r"raw DuckDB load ([\d.]+)s", line):
            rows, peak = num(m[1]), num(m[4])
            yield Row(f"{rows:,.0f} rows x 20 columns, {m[2]}% bad rows: peak RSS", f"{peak:,.0f} MB",
                      target="< 8 GB at 10M rows", met=met(peak < 8192) if rows >= 10_000_000 else "— (smaller size)")
            yield target_row(f"{rows:,.0f} rows x 20 columns, {m[2]}% bad rows: sql engine", num(m[3]),
                             "raw DuckDB load", num(m[5]))
        elif not line.startswith(("[a] ratio", "[a] generated", "[a] ours:", "[a] parity")):
            continue
        used.add(i)
    if ours_rate and theirs_rate:
        yield Row("sql engine, CDM patient table (rows/s)", f"{ours_rate:,.0f} rows/s",
                  f"linkml-validate: {theirs_rate:,.0f} rows/s (with start-up)", ratio(1 / ours_rate, 1 / theirs_rate),
                  "≥ 100x linkml-validate (issue 4)", met(ours_rate >= 100 * theirs_rate))
    yield from leftover_rows(lines, used)


def parse_shacl(lines: list[str]) -> Iterator[Row]:
    used: set[int] = set()
    records = ours = None
    for i, line in enumerate(lines):
        if m := re.match(r"catalogue: (\d+) datasets", line):
            records = int(m[1])
        elif m := re.match(r"ours \(.*?\): ([\d.]+) s", line):
            ours = num(m[1])
        elif (m := re.match(r"pySHACL \(.*?\): ([\d.]+) s", line)) and ours is not None:
            yield target_row(f"catalogue check in-process, {records:,} records (compiled backend)", ours,
                             "pySHACL, official shapes (in-process)", num(m[1]))
        elif m := re.match(r"findings on them identical: (\w+)", line):
            yield Row("same findings as pySHACL on the rules both cover", m[1])
        elif m := re.match(r"\s*(\d+)\s+([\d.]+)\s+([\d.]+|\(skipped\))\s*(?:[\d.]+x)?\s*$", line):
            yield e2e_row(int(m[1]), num(m[2]), None if m[3].startswith("(") else num(m[3]))
        elif not line.startswith(("ratio:", "triples:", "end to end", "rules both cover", "records", " ")):
            continue
        used.add(i)
    yield from leftover_rows(lines, used)


def e2e_row(n: int, ours: float, theirs: float | None) -> Row:
    """A row of the end-to-end table: `eucaim check catalogue.ttl` against pySHACL, both as whole processes."""
    figure = f"`eucaim check` of a {n:,}-record catalogue, end to end"
    ok: bool | None = None
    target = "—"
    if n == 1:
        target, ok = "< 0.5 s", ours < 0.5
    elif n == 10_000:
        target, ok = "< 8 s", ours < 8
    if theirs is None:
        return Row(figure, secs(ours), "pySHACL: not run at this size", "—", target, met(ok))
    if n == 400:
        target, ok = "≥ 20x faster than pySHACL", theirs >= 20 * ours
    return target_row(figure, ours, "pySHACL, official shapes, end to end", theirs, target, ok)


DICOM_LABELS = {
    "scan1": ("scan_tree, 1 worker", "raw1", None),
    "scan2": ("scan_tree, 2 workers", "raw2", "≤ 2x the raw read, 2 workers"),
    "scan2_vs_raw1": ("scan_tree, 2 workers (vs the 1-process raw read)", "raw1", None),
    "scan1_python": ("scan_tree, 1 worker, pure-Python header reader", "raw1", None),
    "scan2_python": ("scan_tree, 2 workers, pure-Python header reader", "raw2_python_run", None),
}


def parse_json_figures(lines: list[str]) -> Iterator[Row]:
    """JSON lines with a "figure" key: bench_dicom.py's shape (seconds, files_per_s, reference = another figure's
    name, ratio) or the generic one (label, ours, unit, reference, reference_value, target, met)."""
    figs = [json.loads(ln) for ln in lines if ln.startswith("{") and '"figure"' in ln and _is_json(ln)]
    by_name = {f["figure"]: f for f in figs}
    for fig in figs:
        yield from _json_row(fig, by_name)
    if not figs:  # a script without --json support yet: keep what it printed
        yield from leftover_rows(lines, set())


def _is_json(line: str) -> bool:
    try:
        return isinstance(json.loads(line), dict)
    except ValueError:
        return False


def _json_row(fig: dict, by_name: dict[str, dict]) -> Iterator[Row]:
    name = fig["figure"]
    if "ours" in fig:  # the generic shape
        ref_value, stopped = fig.get("reference_value"), fig.get("reference_stopped")
        ref = "—" if ref_value is None else f"{fig.get('reference')}: {'> ' if stopped else ''}{secs(ref_value)}"
        rat = "—" if ref_value is None else ("> " if stopped else "") + ratio(fig["ours"], ref_value)
        ok = fig.get("met")
        yield Row(fig.get("label", name), secs(fig["ours"]) if fig.get("unit", "s") == "s" else
                  f"{fig['ours']} {fig['unit']}", ref, rat, fig.get("target", "—"), met(ok))
    elif name in ("plain", "plain_headers") and "scan2" in by_name:
        what = "pydicom.dcmread loop" + (" (stop_before_pixels)" if name == "plain_headers" else "")
        yield target_row(f"DICOM scan_tree, 2 workers, {fig['files']:,} files, vs the {what}",
                         by_name["scan2"]["seconds"], what, fig["seconds"])
    elif name in DICOM_LABELS and DICOM_LABELS[name][1] in by_name:
        label, ref, target = DICOM_LABELS[name]
        ours_s, ref_s = fig["seconds"], by_name[ref]["seconds"]
        yield target_row(f"DICOM {label}, {fig['files']:,} files ({fig['files_per_s']:,} files/s)", ours_s,
                         f"raw 8 KB reads, {'2 processes' if ref.startswith('raw2') else '1 process'}", ref_s,
                         target or "—", None if target is None else ours_s <= 2 * ref_s)
    elif name.startswith("peak_rss_scan"):
        yield Row(f"DICOM scan peak RSS, {name[-1]} worker(s), {fig.get('files', 0):,} files",
                  f"parent {fig.get('parent_peak_mb')} MB, parent + workers {fig.get('tree_peak_mb')} MB",
                  target="bounded (100k files)")
    elif name == "cpu_per_file_us":
        yield Row("DICOM CPU time per file, 1 process", f"{fig['scan1']} µs", f"raw 8 KB read: {fig['raw1']} µs",
                  f"{fig['ratio']}x the reference time")
    elif name == "control_parallelism":
        yield Row("control: speed-up of a pure-CPU loop from 2 processes (machine share)", f"{fig['ratio']}x")


def parse_diff(lines: list[str]) -> Iterator[Row]:
    used: set[int] = set()
    for i, line in enumerate(lines):
        if m := re.match(r"eucaim diff v1 v2, (\d+) elements: ([\d.]+) s end to end", line):
            used.add(i)
            ours = num(m[2])
            yield Row(f"`eucaim diff` of two tags, {int(m[1]):,}-element schema", secs(ours),
                      "no peer tool", "—", "< 5 s (issue 12)", met(ours < 5))
    yield from leftover_rows(lines, used)


#: In the order they run: the figures issue 15 bars first, so a run stopped early still has them.
BENCHES = [
    Bench("cli", "bench_cli.py", [], ["--runs", "3"], parse_cli),
    Bench("dicom", "bench_dicom.py", [], ["--files", "2000", "--repeat", "1"], parse_json_figures),
    Bench("shacl-e2e", "bench_shacl.py", ["--end-to-end"], ["--end-to-end", "--sizes", "1,400", "--runs", "1"],
          parse_shacl),
    Bench("tabular", "bench_tabular.py", ["--ratio-patients", "200000,1000000"],
          ["--patients", "50000", "--wide-rows", "100000", "--ratio-patients", "20000", "--repeat", "1"],
          parse_tabular),
    Bench("generate", "bench_generate.py", [], ["--isomorphism-timeout", "10"], parse_json_figures),
    Bench("diff", "bench_diff.py", [], ["--elements", "1000"], parse_diff),
    Bench("shacl", "bench_shacl.py", ["--datasets", "1000"], ["--datasets", "200"], parse_shacl),
]


# --- running ----------------------------------------------------------------------------------------------------


def command(bench: Bench, quick: bool) -> list[str]:
    script = ROOT / "benchmarks" / bench.script
    args = list(bench.quick if quick else bench.args)
    if "--json" not in args and _has_json_flag(script):
        args.append("--json")
    return [sys.executable, str(script.relative_to(ROOT)), *args]


def _has_json_flag(script: Path) -> bool:
    """The script's own --help says whether it prints JSON lines."""
    res = subprocess.run([sys.executable, str(script), "--help"], capture_output=True, text=True, cwd=ROOT,
                         check=False, timeout=120)
    return "--json" in res.stdout


def run(bench: Bench, quick: bool) -> Run:
    """Run one script, echoing its output line by line; its stderr joins stdout so errors show in RESULTS.md."""
    cmd = command(bench, quick)
    print(f"\n$ {' '.join(cmd)}", flush=True)
    t = time.perf_counter()
    out: list[str] = []
    with subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) as proc:
        assert proc.stdout is not None
        for line in proc.stdout:
            print(line, end="", flush=True)
            out.append(line.rstrip("\n"))
    return Run(bench.name, cmd, proc.returncode, time.perf_counter() - t, out)


def cpu_busy_seconds() -> float:
    """CPU seconds all processes of the machine have used since boot (/proc/stat, every CPU)."""
    fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    """CPU seconds of this process and of every finished benchmark under it."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                   resource.getrusage(resource.RUSAGE_CHILDREN)))


def machine() -> dict[str, str]:
    cpu = next((ln.split(":", 1)[1].strip() for ln in Path("/proc/cpuinfo").read_text().splitlines()
                if ln.startswith("model name")), platform.processor() or "unknown")
    mem_kb = next(int(ln.split()[1]) for ln in Path("/proc/meminfo").read_text().splitlines()
                  if ln.startswith("MemTotal:"))
    nproc = subprocess.run(["nproc"], capture_output=True, text=True, check=False).stdout.strip() or "?"
    return {"nproc": nproc, "ram": f"{mem_kb / 1024 ** 2:.1f} GiB", "cpu": cpu,
            "system": f"Linux {platform.release()}, Python {platform.python_version()}"}


def commit() -> str:
    res = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                         check=False)
    return res.stdout.strip() or "unknown (not a git checkout)"


# --- RESULTS.md -------------------------------------------------------------------------------------------------


def render(meta: dict, runs: list[Run]) -> str:
    parsers = {b.name: b.parse for b in BENCHES}
    rows: list[Row] = []
    for r in runs:
        found = list(parsers[r.name](r.output))
        if r.exit_code != 0:
            found.append(Row(f"`{r.name}` benchmark exited {r.exit_code} (see its output below)", "—"))
        rows += found or [Row(f"`{r.name}`: no figure recognised (see its output below)", "—")]
    idle = was_idle(meta)
    m = meta["machine"]
    out = [
        "# Benchmark results",
        "",
        "Written by `benchmarks/collect.py` (`make bench`) from what the benchmark scripts print: each figure next to",
        "its reference measured in the same run. Timings on a shared machine vary up to 2x between runs: compare the",
        "ratios of one run, and quote figures from an idle one.",
        "",
        f"- Date: {meta['date']}" + (" (quick sizes, `--quick`)" if meta.get("quick") else ""),
        f"- Commit: {meta['commit']}",
        f"- Machine: {m['nproc']} CPUs (`nproc`), {m['ram']} RAM, {m['cpu']}; {m['system']}",
        f"- Idle: {'yes' if idle else '**no**, a shared machine'} — load average (1 min) {meta['load_before']:.2f} "
        f"before the run, {meta['load_after']:.2f} after; other processes used {meta['others_share']:.0%} of the "
        f"machine's CPU time during the run",
        f"- Duration: {meta['seconds'] / 60:.0f} min",
    ]
    if meta.get("note"):
        out.append(f"- Note: {meta['note']}")
    if meta.get("not_run"):
        out.append(f"- Not run yet (the run was stopped or is still going): {', '.join(meta['not_run'])}")
    out += ["", "| Figure | Ours | Reference (same run) | Ratio | Target | Met? |", "|---|---|---|---|---|---|"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in asdict(row).values()) + " |" for row in rows]
    out += ["", "Targets are issue 15's unless another issue is named. A row starting with \"(printed)\" is a line a",
            "script printed that `collect.py` does not parse yet.", "", "## Output of each command", ""]
    for r in runs:
        out += [f"`{' '.join(['.venv/bin/python', *r.command[1:]])}`: exit {r.exit_code}, {r.seconds:.0f} s", "",
                "```text", *r.output, "```", ""]
    return "\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="small sizes; writes build/bench/RESULTS-quick.md")
    ap.add_argument("--only", help="comma-separated benchmark names: " + ", ".join(b.name for b in BENCHES))
    ap.add_argument("--output", type=Path, help="where to write the results (default benchmarks/RESULTS.md)")
    ap.add_argument("--note", help="a line added to the results' header, e.g. what the working tree holds")
    ap.add_argument("--reparse", action="store_true", help="rebuild the results from the logs of the last run")
    args = ap.parse_args()
    output = args.output or (LOGS / "RESULTS-quick.md" if args.quick else RESULTS)
    LOGS.mkdir(parents=True, exist_ok=True)
    state = LOGS / ("last-quick.json" if args.quick else "last.json")
    if args.reparse:
        saved = json.loads(state.read_text())
        meta, runs = saved["meta"], [Run(**r) for r in saved["runs"]]
        if args.note:
            meta["note"] = args.note
    else:
        meta, runs = measure(args, lambda m, r: save(m, r, output, state))
    written = save(meta, runs, output, None)
    print(f"\nwrote {written.relative_to(ROOT) if written.is_relative_to(ROOT) else written}")
    return 0 if all(r.exit_code == 0 for r in runs) else 1


def was_idle(meta: dict) -> bool:
    return meta["load_before"] < IDLE_LOAD and meta["others_share"] < IDLE_OTHERS


def save(meta: dict, runs: list[Run], output: Path, state: Path | None) -> Path:
    """Write the results so far (after each benchmark, so a stopped run keeps what it measured) and their logs;
    return where. RESULTS.md keeps the last idle run: a run on a busy machine goes beside the logs instead when
    RESULTS.md holds an idle one."""
    if state is not None:
        state.write_text(json.dumps({"meta": meta, "runs": [asdict(r) for r in runs]}, indent=1))
    if output == RESULTS and not was_idle(meta) and RESULTS.is_file() and "\n- Idle: yes" in RESULTS.read_text():
        output = LOGS / "RESULTS-not-idle.md"
    output.write_text(render(meta, runs) + "\n")
    return output


def measure(args: argparse.Namespace, saved: Callable[[dict, list[Run]], object]) -> tuple[dict, list[Run]]:
    """Run the chosen benchmarks one after the other, with the machine's state around them; ``saved`` is
    called after each."""
    names = set(args.only.split(",")) if args.only else None
    unknown = (names or set()) - {b.name for b in BENCHES}
    if unknown:
        raise SystemExit(f"unknown benchmark(s): {', '.join(sorted(unknown))}")
    chosen = [b for b in BENCHES if names is None or b.name in names]
    meta: dict = {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "commit": commit(),
                  "machine": machine(), "quick": args.quick, "note": args.note, "load_before": os.getloadavg()[0]}
    busy0, own0, t0 = cpu_busy_seconds(), own_cpu_seconds(), time.perf_counter()
    runs: list[Run] = []
    for bench in chosen:
        runs.append(run(bench, args.quick))
        wall = time.perf_counter() - t0
        others = (cpu_busy_seconds() - busy0) - (own_cpu_seconds() - own0)
        meta |= {"load_after": os.getloadavg()[0], "seconds": wall,
                 "others_share": max(0.0, others) / (wall * (os.cpu_count() or 1)),
                 "not_run": [b.name for b in chosen[len(runs):]]}
        saved(meta, runs)
    return meta, runs


if __name__ == "__main__":
    sys.exit(main())
