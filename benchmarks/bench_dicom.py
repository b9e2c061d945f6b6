"""DICOM header scan: files/s of ``scan_tree`` (1 and 2 workers) against its physical limit, a raw 8 KB read.

Writes N small CT files (8x8 pixels, 50 per series, 10 series per study, 1 study per patient) into a
temporary folder (or reuses ``--keep DIR`` when it holds exactly N files), warms the page cache with one
read of every file, then times, in the same run and best of ``--repeat`` alternated rounds:

- the reference: the scan's own walk, then open + read the first 8192 bytes + close of every file
  (``os.open``/``os.read``/``os.close``), in 1 and in 2 processes (the header-only physical limit: no
  parsing, no file object);
- ``scan_tree`` with 1 worker and with 2 workers (walk, header read, table build), each next to the raw
  read with as many processes, with the ratio scan time / raw time; the same with the pure-Python header
  reader (``scan1_python``, ``scan2_python``: the scan where the compiled walk is not built);
- the first ``scan_tree`` with 2 workers in a fresh process (its worker start-up included, as in a fresh
  ``eucaim check``) next to the raw read with a fresh pool of 2 processes in a fresh process;
- ``pydicom.dcmread(path)`` over every file, and with ``stop_before_pixels=True`` (the plain loops);
- a control: the speed-up a pure-CPU loop gets from 2 processes on this machine at this moment;
- the scan's peak memory, in a fresh process: the parent's peak RSS (``VmHWM``) and the peak of the sum
  of the RSS of the parent and its workers (sampled every 50 ms from ``/proc``: a lower bound).

Each figure is also printed as one JSON line (``--json``) for ``benchmarks/RESULTS.md``.

The files' value lengths vary from file to file as a scanner's do (UIDs, slice locations, positions, instance
numbers): no reader profits from a layout every file shares.

Usage: ``.venv/bin/python benchmarks/bench_dicom.py [--files N] [--keep DIR] [--repeat R] [--json]
[--pure-python]`` (``--pure-python``: every scan with the pure-Python reader, fresh processes included).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from eucaim_spec.validate.dicom import scan as dicom_scan
from eucaim_spec.validate.dicom.scan import scan_tree, walk

PER_SERIES = 50
SERIES_PER_STUDY = 10
#: Bytes the raw reference reads of each file: a header-only scan cannot read less.
RAW_BYTES = 8192


def _varying(rng: random.Random, low: float, high: float) -> str:
    """A DS value as a scanner writes one: its length differs from file to file (sign, digits, decimals)."""
    return f"{rng.uniform(low, high):.{rng.randint(0, 6)}f}"


def _write_range(args: tuple[str, int, int]) -> int:
    """Write files ``start``..``stop``. As a scanner's series, the lengths of their values vary from file to file
    (UIDs, slice locations and positions, instance numbers, times, window values), so that no layout is shared
    by every file of a series: a reader cannot profit from a lucky fixed layout."""
    import numpy as np
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import UID, ExplicitVRLittleEndian

    root, start, stop = args
    ct = UID("1.2.840.10008.5.1.4.1.1.2")
    for i in range(start, stop):
        rng = random.Random(i)  # the same files on every run
        series_no, instance = divmod(i, PER_SERIES)
        study_no = series_no // SERIES_PER_STUDY
        patient = f"PSEUDO-{study_no:05d}"
        study_uid = f"2.25.{random.Random(-1 - study_no).getrandbits(random.Random(study_no).randint(40, 125))}"
        series_uid = f"{study_uid}.{series_no}"
        sop_uid = UID(f"{series_uid}.{instance + 1}.{rng.getrandbits(rng.randint(8, 60))}")
        ds = Dataset()
        ds.file_meta = FileMetaDataset()
        ds.file_meta.TransferSyntaxUID = ExplicitVRLittleEndian
        ds.file_meta.MediaStorageSOPClassUID = ct
        ds.file_meta.MediaStorageSOPInstanceUID = sop_uid
        ds.SOPClassUID, ds.SOPInstanceUID = ct, sop_uid
        ds.StudyInstanceUID, ds.SeriesInstanceUID = study_uid, series_uid
        ds.PatientID, ds.PatientName, ds.PatientBirthDate = patient, "", ""
        ds.Modality, ds.BodyPartExamined, ds.Manufacturer = "CT", "CHEST", "Acme"
        ds.AcquisitionDate = ds.StudyDate = "20240101"
        ds.AcquisitionTime = f"1200{rng.randint(0, 59):02d}.{rng.randint(0, 999999):0{rng.randint(1, 6)}d}"
        ds.PatientAge, ds.InstanceNumber = "050Y", instance + 1 + rng.choice([0, 0, 100, 1000])
        ds.SeriesDescription, ds.StudyDescription = "AX 1mm", "CT THORAX"
        ds.PatientIdentityRemoved, ds.DeidentificationMethod = "YES", "bench"
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
        ds.SliceLocation = _varying(rng, -400, 400)
        ds.ImagePositionPatient = [_varying(rng, -250, 250) for _ in range(3)]
        ds.ImageOrientationPatient = [1, 0, 0, 0, 1, 0]
        ds.WindowCenter, ds.WindowWidth = _varying(rng, -100, 100), _varying(rng, 1, 2000)
        ds.Rows = ds.Columns = 8
        ds.BitsAllocated, ds.BitsStored, ds.HighBit, ds.PixelRepresentation = 16, 16, 15, 0
        ds.SamplesPerPixel, ds.PhotometricInterpretation = 1, "MONOCHROME2"
        ds.PixelData = np.zeros(64, dtype=np.uint16).tobytes()
        folder = Path(root) / patient / study_uid / series_uid
        folder.mkdir(parents=True, exist_ok=True)
        ds.save_as(folder / f"{instance + 1:04d}.dcm", enforce_file_format=True)
    return stop - start


def generate(root: Path, n: int) -> None:
    step = 500
    jobs = [(str(root), s, min(s + step, n)) for s in range(0, n, step)]
    with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        sum(pool.map(_write_range, jobs))


def _busy(n: int) -> int:
    total = 0
    for i in range(n):
        total += i
    return total


def machine_parallelism(n: int = 5_000_000) -> float:
    """Speed-up of a pure-CPU loop in 2 processes vs 1: what the machine offers right now.

    Other load on the machine caps any parallel speed-up; this control says by how much.
    """
    t0 = time.perf_counter()
    _busy(n)
    _busy(n)
    serial = time.perf_counter() - t0
    with ProcessPoolExecutor(2) as pool:
        pool.submit(_busy, 1).result()
        t0 = time.perf_counter()
        list(pool.map(_busy, [n, n]))
        parallel = time.perf_counter() - t0
    return serial / parallel


# ---------------------------------------------------------------------------------------------------
# The reference: a raw read of each file's first 8 KB


def _read_heads(args: tuple[str, list[str]]) -> int:
    """open + read ``RAW_BYTES`` + close of each file, at the OS level (the cheapest way Python has)."""
    root, rels = args
    total = 0
    for rel in rels:
        fd = os.open(os.path.join(root, rel), os.O_RDONLY)
        try:
            total += len(os.read(fd, RAW_BYTES))
        finally:
            os.close(fd)
    return total


def raw_reads(root: Path, processes: int, pool: ProcessPoolExecutor | None) -> None:
    """The scan's walk, then open + read ``RAW_BYTES`` + close of every file it lists, in ``processes``."""
    files, _rows = walk(root)
    rels = [rel for rel, _size in files]
    if processes == 1 or pool is None:
        _read_heads((str(root), rels))
        return
    step = -(-len(rels) // processes)
    list(pool.map(_read_heads, [(str(root), rels[i : i + step]) for i in range(0, len(rels), step)]))


# ---------------------------------------------------------------------------------------------------
# Peak memory of a scan (run in a fresh process: ``--rss-child``)


def _tree_rss(pid: int) -> int:
    """Sum of the RSS (bytes) of ``pid`` and all its descendants, from ``/proc`` (0 where there is none)."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as fh:
                stat = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        parents[int(entry)] = int(stat[1])
        rss[int(entry)] = int(stat[21]) * page
    tree, frontier = {pid}, [pid]
    while frontier:
        parent = frontier.pop()
        for child, ppid in parents.items():
            if ppid == parent and child not in tree:
                tree.add(child)
                frontier.append(child)
    return sum(rss.get(p, 0) for p in tree)


def _peak_rss_kb() -> float:
    """This process's peak RSS in KB: ``VmHWM`` (``getrusage``'s ``ru_maxrss`` also counts, on Linux, what
    the process held before its ``exec``: the benchmark's own memory, for a child it starts)."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return float(line.split()[1])
    except OSError:
        pass
    return float(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def rss_child(root: Path, workers: int) -> int:
    """Scan ``root`` and print one JSON line with the peak RSS (MB) of this process and of the whole tree."""
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss(os.getpid()))
            done.wait(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    rss_before = _tree_rss(os.getpid())
    table = scan_tree(root, workers=workers)
    done.set()
    sampler.join()
    parent = _peak_rss_kb() / 1024
    print(
        json.dumps(
            {
                "rows": table.num_rows,
                "table_mb": round(table.nbytes / 2**20, 1),
                "parent_peak_mb": round(parent, 1),
                "tree_peak_mb": round(peak / 2**20, 1),
                "tree_before_mb": round(rss_before / 2**20, 1),
            }
        )
    )
    return 0


def cold_child(root: Path, what: str, workers: int) -> int:
    """Time the first ``scan_tree`` (or raw read) in this fresh process, its worker start-up included; print seconds.

    Nothing else runs first (no sampler thread): as in a fresh ``eucaim check``.
    """
    t0 = time.perf_counter()
    if what == "scan":
        scan_tree(root, workers=workers)
    elif workers == 1:
        raw_reads(root, 1, None)
    else:
        with ProcessPoolExecutor(workers) as pool:
            raw_reads(root, workers, pool)
    print(json.dumps({"seconds": time.perf_counter() - t0}))
    return 0


def cold(root: Path, what: str, workers: int) -> float:
    """Seconds of ``cold_child`` in a fresh process."""
    cmd = [sys.executable, __file__, "--cold-child", what, "--root", str(root), "--workers", str(workers)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True)
    seconds: float = json.loads(out.stdout.strip().splitlines()[-1])["seconds"]
    return seconds


def pair_child(root: Path, repeat: int) -> int:
    """Best of ``repeat`` alternated rounds of the 2-process raw read and ``scan_tree(workers=2)``; print seconds."""
    best = {"raw2": float("inf"), "scan2": float("inf")}
    with ProcessPoolExecutor(2) as pool:
        pool.submit(_read_heads, (str(root), [])).result()
        for _ in range(max(1, repeat)):
            best["raw2"] = _best(lambda: raw_reads(root, 2, pool), best["raw2"])
            best["scan2"] = _best(lambda: scan_tree(root, workers=2), best["scan2"])
    print(json.dumps(best))
    return 0


def python_pair(root: Path, repeat: int) -> dict[str, float]:
    """``pair_child`` in a fresh process with the pure-Python header reader."""
    env = {**os.environ, dicom_scan.PURE_PYTHON_ENV: "1"}
    cmd = [sys.executable, __file__, "--pair-child", "--root", str(root), "--repeat", str(repeat)]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True, env=env)
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def peak_rss(root: Path, workers: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--rss-child", str(root), "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    )
    result: dict[str, float] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


# ---------------------------------------------------------------------------------------------------


def _best(fn: Callable[[], object], best: float, cpu: dict[str, float] | None = None, key: str = "") -> float:
    """The lower of ``best`` and the wall time of ``fn()``; with ``cpu``, keep this process's best CPU time too."""
    t0, c0 = time.perf_counter(), time.process_time()
    fn()
    wall, used = time.perf_counter() - t0, time.process_time() - c0
    if cpu is not None:
        cpu[key] = min(cpu.get(key, float("inf")), used)
    return min(best, wall)


def _prepare(root: Path, n: int) -> int:
    existing = sum(1 for _ in root.rglob("*.dcm")) if root.exists() else 0
    if existing and existing != n:
        raise SystemExit(f"{root} holds {existing} files, not {n}: give --keep an empty (or matching) folder")
    if existing != n:
        t0 = time.perf_counter()
        generate(root, n)
        print(f"generated {n} files in {time.perf_counter() - t0:.1f} s under {root}")
    files, _rows = walk(root)
    for rel, _size in files:  # warm the page cache so that every contender reads from memory
        with open(root / rel, "rb") as fh:
            fh.read()
    return len(files)


def main(argv: list[str] | None = None) -> int:  # noqa: C901 - a linear script: time, then print
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, default=None, help="write the files here and keep them")
    parser.add_argument("--repeat", type=int, default=3, help="alternated rounds; the best time counts")
    parser.add_argument("--json", action="store_true", help="also print one JSON line per figure")
    parser.add_argument("--no-pydicom", action="store_true", help="skip the (slow) dcmread loops")
    parser.add_argument("--pure-python", action="store_true", help="scan with the pure-Python header reader only")
    parser.add_argument("--rss-child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=2, help=argparse.SUPPRESS)
    parser.add_argument("--cold-child", choices=("scan", "raw"), help=argparse.SUPPRESS)
    parser.add_argument("--root", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--pair-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.pure_python:  # this process and the fresh ones it starts
        os.environ[dicom_scan.PURE_PYTHON_ENV] = "1"
        dicom_scan._COMPILED = None
    if args.rss_child is not None:
        return rss_child(args.rss_child, args.workers)
    if args.pair_child:
        return pair_child(args.root, args.repeat)
    if args.cold_child is not None:
        return cold_child(args.root, args.cold_child, args.workers)

    import pydicom

    tmp = None
    if args.keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-dicom-")
        root = Path(tmp.name)
    else:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
    try:
        n = _prepare(root, args.files)
        print(f"{n} files under {root}; cpus={os.cpu_count()}; load average {os.getloadavg()[0]:.2f}")
        paths = [str(root / rel) for rel, _size in walk(root)[0]]

        def plain() -> None:
            for f in paths:
                pydicom.dcmread(f)

        def plain_headers() -> None:
            for f in paths:
                pydicom.dcmread(f, stop_before_pixels=True)

        inf = float("inf")
        best = {"raw1": inf, "raw2": inf, "scan1": inf, "scan2": inf, "plain": inf, "plain_headers": inf}
        compiled = dicom_scan._COMPILED
        print(f"header reader: {'compiled walk' if compiled is not None else 'pure Python'}")

        def pure_python() -> None:
            """``scan_tree`` with 1 worker (in this process) and the pure-Python reader."""
            dicom_scan._COMPILED = None
            try:
                scan_tree(root, workers=1)
            finally:
                dicom_scan._COMPILED = compiled

        # CPU time of the in-process runs: what a file costs, whatever else the machine runs at the moment.
        cpu: dict[str, float] = {}
        with ProcessPoolExecutor(2) as pool:
            pool.submit(_read_heads, (str(root), [])).result()  # the pool's processes are started
            for _ in range(max(1, args.repeat)):
                best["raw1"] = _best(lambda: raw_reads(root, 1, None), best["raw1"], cpu, "raw1")
                best["scan1"] = _best(lambda: scan_tree(root, workers=1), best["scan1"], cpu, "scan1")
                best["raw2"] = _best(lambda: raw_reads(root, 2, pool), best["raw2"])
                best["scan2"] = _best(lambda: scan_tree(root, workers=2), best["scan2"])
                if compiled is not None:  # the same run with the pure-Python reader: what the walk gains
                    best["scan1_python"] = _best(pure_python, best.get("scan1_python", inf), cpu, "scan1_python")
            if compiled is not None:
                # 2 workers: this process's pool workers come from a forkserver (pyarrow runs threads here),
                # which loaded the walk; a fresh process with the switch set times the pair instead.
                pair = python_pair(root, args.repeat)
                best["raw2_python_run"], best["scan2_python"] = pair["raw2"], pair["scan2"]
            # The first scan of a fresh process (worker start-up included), alternated with its reference.
            best["cold_raw2"] = min(best.get("cold_raw2", inf), cold(root, "raw", 2))
            best["cold_scan2"] = min(best.get("cold_scan2", inf), cold(root, "scan", 2))
        if not args.no_pydicom:
            best["plain"] = _best(plain, inf)
            best["plain_headers"] = _best(plain_headers, inf)
        assert scan_tree(root, workers=2).num_rows == n

        figures: list[dict[str, object]] = []

        def figure(name: str, label: str, key: str, ref: str | None = None) -> None:
            if best[key] == inf:
                return
            fig: dict[str, object] = {"figure": name, "files": n, "seconds": round(best[key], 3)}
            fig["files_per_s"] = round(n / best[key])
            line = f"{label:<46s} {best[key]:8.2f} s  {n / best[key]:10.0f} files/s"
            if ref is not None and best[ref] != inf:
                fig["reference"], fig["ratio"] = ref, round(best[key] / best[ref], 2)
                line += f"  {best[key] / best[ref]:6.2f}x the {ref} time"
            figures.append(fig)
            print(line)

        figure("raw1", f"raw read of the first {RAW_BYTES} bytes, 1 process", "raw1")
        figure("raw2", f"raw read of the first {RAW_BYTES} bytes, 2 processes", "raw2")
        figure("scan1", "eucaim scan_tree, 1 worker", "scan1", "raw1")
        figure("scan2", "eucaim scan_tree, 2 workers", "scan2", "raw2")
        figure("scan1_python", "scan_tree, 1 worker, pure-Python reader", "scan1_python", "raw1")
        figure("raw2_python_run", "raw read, 2 processes (pure-Python run)", "raw2_python_run")
        figure("scan2_python", "scan_tree, 2 workers, pure-Python reader", "scan2_python", "raw2_python_run")
        figure("cold_raw2", "raw read, 2 processes, fresh process (pool start)", "cold_raw2")
        figure("cold_scan2", "scan_tree, 2 workers, fresh process (start-up)", "cold_scan2", "cold_raw2")
        figure("scan2_vs_raw1", "eucaim scan_tree, 2 workers (vs 1-process raw)", "scan2", "raw1")
        figure("plain", "pydicom.dcmread loop", "plain", "scan2")
        figure("plain_headers", "pydicom.dcmread(stop_before_pixels) loop", "plain_headers", "scan2")
        line = f"{'CPU time per file, in-process (1 process)':<46s} raw {cpu['raw1'] / n * 1e6:6.1f} us, scan "
        print(line + f"{cpu['scan1'] / n * 1e6:6.1f} us  {cpu['scan1'] / cpu['raw1']:6.2f}x the raw1 CPU time")
        cpu_fig = {
            "figure": "cpu_per_file_us",
            "files": n,
            "raw1": round(cpu["raw1"] / n * 1e6, 1),
            "scan1": round(cpu["scan1"] / n * 1e6, 1),
            "ratio": round(cpu["scan1"] / cpu["raw1"], 2),
        }
        if "scan1_python" in cpu:
            python_us = cpu["scan1_python"] / n * 1e6
            print(f"{'  the same, pure-Python reader':<46s} scan {python_us:6.1f} us")
            cpu_fig["scan1_python"] = round(python_us, 1)
        figures.append(cpu_fig)
        control = machine_parallelism()
        print(f"{'control: pure-CPU loop, 2 processes / 1':<46s} {control:8.2f}x")
        figures.append({"figure": "control_parallelism", "ratio": round(control, 2)})
        for workers in (1, 2):
            mem = peak_rss(root, workers)
            print(
                f"{f'peak RSS, scan with {workers} worker(s)':<46s} parent {mem['parent_peak_mb']:7.1f} MB, "
                f"parent + workers {mem['tree_peak_mb']:7.1f} MB (table {mem['table_mb']} MB)"
            )
            figures.append({"figure": f"peak_rss_scan{workers}", "files": n, **mem})
        if args.json:
            for fig in figures:
                print(json.dumps(fig))
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
