"""DICOM header scan: files/s of ``scan_tree`` (1 and 2 workers) vs a plain ``pydicom.dcmread`` loop.

Writes N small CT files (8x8 pixels, 50 per series, 10 series per study, 1 study per patient) into a
temporary folder, warms the page cache with one read of every file, then times, in the same run:

- ``pydicom.dcmread(path)`` over every file (the plain loop: one process, whole file);
- the same loop with ``stop_before_pixels=True`` (what a careful script would do);
- ``scan_tree`` with 1 worker and with 2 workers (walk, header read, table build);
- a control: the speed-up a pure-CPU loop gets from 2 processes on this machine at this moment.

Usage: ``.venv/bin/python benchmarks/bench_dicom.py [--files N] [--keep DIR]``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

PER_SERIES = 50
SERIES_PER_STUDY = 10


def _write_range(args: tuple[str, int, int]) -> int:
    import numpy as np
    from pydicom.dataset import Dataset, FileMetaDataset
    from pydicom.uid import ExplicitVRLittleEndian

    root, start, stop = args
    ct = "1.2.840.10008.5.1.4.1.1.2"
    for i in range(start, stop):
        series_no, instance = divmod(i, PER_SERIES)
        study_no = series_no // SERIES_PER_STUDY
        patient = f"PSEUDO-{study_no:05d}"
        study_uid = f"2.25.1{study_no:08d}"
        series_uid = f"{study_uid}.{series_no}"
        sop_uid = f"{series_uid}.{instance + 1}"
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
        ds.PatientAge, ds.InstanceNumber = "050Y", instance + 1
        ds.SeriesDescription, ds.StudyDescription = "AX 1mm", "CT THORAX"
        ds.PatientIdentityRemoved, ds.DeidentificationMethod = "YES", "bench"
        ds.ImageType = ["ORIGINAL", "PRIMARY", "AXIAL"]
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


def _timed(label: str, n: int, fn) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    fn()
    dt = time.perf_counter() - t0
    print(f"{label:<44s} {dt:8.2f} s  {n / dt:10.0f} files/s")
    return n / dt


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--keep", type=Path, default=None, help="write the files here and keep them")
    args = parser.parse_args(argv)

    import pydicom

    from eucaim_spec.validate.dicom.scan import scan_tree

    tmp = None
    if args.keep is None:
        tmp = tempfile.TemporaryDirectory(prefix="bench-dicom-")
        root = Path(tmp.name)
    else:
        root = args.keep
        root.mkdir(parents=True, exist_ok=True)
    try:
        t0 = time.perf_counter()
        generate(root, args.files)
        files = sorted(str(p) for p in root.rglob("*.dcm"))
        n = len(files)
        print(f"generated {n} files in {time.perf_counter() - t0:.1f} s under {root}; cpus={os.cpu_count()}")
        for f in files:  # warm the page cache so that every contender reads from memory
            with open(f, "rb") as fh:
                fh.read()

        def plain() -> None:
            for f in files:
                pydicom.dcmread(f)

        def plain_headers() -> None:
            for f in files:
                pydicom.dcmread(f, stop_before_pixels=True)

        results = {}
        results["plain"] = _timed("pydicom.dcmread loop", n, plain)
        results["plain_headers"] = _timed("pydicom.dcmread(stop_before_pixels) loop", n, plain_headers)
        for workers in (1, 2):
            table = None

            def ours(w: int = workers) -> None:
                nonlocal table
                table = scan_tree(root, workers=w)

            results[f"ours{workers}"] = _timed(f"eucaim scan_tree, {workers} worker(s)", n, ours)
            assert table is not None and table.num_rows == n
        for label, a, b in (
            ("ours (1 worker) / plain loop", "ours1", "plain"),
            ("ours (2 workers) / plain loop", "ours2", "plain"),
            ("ours (2 workers) / stop_before_pixels loop", "ours2", "plain_headers"),
            ("parallel speed-up (2 workers / 1 worker)", "ours2", "ours1"),
        ):
            print(f"{label:<44s} {results[a] / results[b]:8.2f}x")
        print(f"{'control: pure-CPU loop, 2 processes / 1':<44s} {machine_parallelism():8.2f}x")
    finally:
        if tmp is not None:
            tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
