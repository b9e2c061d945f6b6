"""Compiled DICOM readers as the scan's header reader: per-file CPU and fidelity, against ours (issue 15).

Not in ``make bench``: the candidates are not dependencies of the project. Install them aside and put them on
the path for the run, e.g.::

    .venv/bin/python -m pip install --no-deps --target /tmp/readers dicomsdl python-gdcm
    PYTHONPATH=/tmp/readers .venv/bin/python benchmarks/bench_dicom_readers.py [--files N]

Speed: CPU time per file (best of ``--repeat``, in this process), on ``bench_dicom.py``'s files (written to a
temporary folder, their first 8 KB read into memory first), of

- ours: ``header.read_header`` as the scan calls it (meta group, every top-level length, the values of the tags
  the scan keeps, the walk of sequences, the pixel data check), and pydicom's ``dcmread`` as the fallback calls it;
- dicomsdl: the open alone, then the open plus what the scan needs from a reader at least (every top-level tag
  and length, the raw value of the kept tags), then the open plus a ``getDataElement`` per kept tag;
- GDCM: ``Reader.ReadUpToTag(PixelData)`` alone, then plus every top-level tag, length and kept value.

Fidelity: every file pydicom ships as test data (``pydicom.data``) and 200 of the bench files, each read in a
forked child (a crash is counted, not fatal): the candidate's top-level (tag, length, kept value without
padding) against pydicom's raw elements; a file the candidate refuses is counted too (the scan would then fall
back to pydicom, which is fine; a crash or a different value is not).
"""

from __future__ import annotations

import argparse
import io
import os
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pydicom
import pydicom.data
from bench_dicom import generate

from eucaim_spec.validate.dicom import deid_profile, scan
from eucaim_spec.validate.dicom import header as dicom_header

PIXEL = 0x7FE00010
KEPT = scan._WANTED_OR_JUDGED


def _ours(block: bytes, size: int) -> object:
    return dicom_header.read_header(
        None,  # the block holds the whole header: the file is not read again
        size,
        KEPT,
        deid_profile.TAGS,
        deid_profile.MASK_GROUPS,
        deid_profile.JUDGED_TAGS,
        block,
    )


def _pydicom(block: bytes, _size: int) -> object:
    return pydicom.dcmread(io.BufferedReader(io.BytesIO(block)), stop_before_pixels=True, force=True)


def _sdl_all(block: bytes, _size: int) -> dict[int, tuple[int, bytes | None]]:
    import dicomsdl

    return {
        t: (e.length(), e.toBytes() if t in KEPT else None)
        for e in dicomsdl.open_memory(block, False, PIXEL)
        if (t := e.tag()) < PIXEL
    }


def _sdl_get(block: bytes, _size: int) -> object:
    import dicomsdl

    get = dicomsdl.open_memory(block, False, PIXEL).getDataElement
    return [get(t).length() for t in KEPT]


def _gdcm_read(path: str) -> Any:
    import gdcm

    reader = gdcm.Reader()
    reader.SetFileName(path)
    return reader if reader.ReadUpToTag(gdcm.Tag(0x7FE0, 0x0010), set()) else None


def _gdcm_all(path: str) -> dict[int, tuple[int, bytes | None]] | None:
    """Every top-level (tag, length, kept value); the binding gives a value as a ``str`` (surrogate escapes)."""
    reader = _gdcm_read(path)
    if reader is None:
        return None
    out: dict[int, tuple[int, bytes | None]] = {}
    for de in reader.GetFile().GetDataSet().GetDES():
        tag = de.GetTag().GetGroup() << 16 | de.GetTag().GetElement()
        value = de.GetByteValue() if tag in KEPT else None
        text = value.GetBuffer() if value is not None else None
        out[tag] = (int(str(de.GetVL())), text.encode("utf-8", "surrogateescape") if text is not None else None)
    return out


def speed(root: Path, repeat: int) -> None:
    files, _rows = scan.walk(root)
    data = []
    for rel, size in files:
        with open(root / rel, "rb") as fh:
            data.append((str(root / rel), fh.read(dicom_header.BLOCK), size))

    def per_file(fn: Callable[[bytes, int], object], by_path: bool = False) -> float:
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            for path, block, size in data:
                try:
                    fn(path, size) if by_path else fn(block, size)  # type: ignore[arg-type]
                except Exception:  # a refusal costs what it costs
                    continue
            best = min(best, time.process_time() - t0)
        return best / len(data) * 1e6

    ours = per_file(_ours)
    print(f"{len(data)} files of bench_dicom.py, CPU per file (best of {repeat}):")
    print(f"  {'ours: header.read_header':<56s} {ours:7.1f} us")
    candidates: list[tuple[str, Callable[..., object], bool]] = [("pydicom.dcmread (the fallback)", _pydicom, False)]
    try:
        import dicomsdl

        candidates += [
            ("dicomsdl: open_memory only", lambda b, _s: dicomsdl.open_memory(b, False, PIXEL), False),
            ("dicomsdl: + every top-level tag, length, kept value", _sdl_all, False),
            ("dicomsdl: + getDataElement(tag).length() per kept tag", _sdl_get, False),
        ]
    except ImportError:
        print("  dicomsdl: not installed (see the module doc)")
    try:
        import gdcm  # noqa: F401

        candidates += [
            ("gdcm: ReadUpToTag(PixelData) only", lambda p, _s: _gdcm_read(p), True),
            ("gdcm: + every top-level tag, length, kept value", lambda p, _s: _gdcm_all(p), True),
        ]
    except ImportError:
        print("  python-gdcm: not installed (see the module doc)")
    for label, fn, by_path in candidates:
        us = per_file(fn, by_path)
        print(f"  {label:<56s} {us:7.1f} us  {us / ours:5.1f}x ours")


def _reference(path: Path) -> dict[int, tuple[int | None, bytes | None]]:
    with open(path, "rb") as fh:
        ds = pydicom.dcmread(fh, stop_before_pixels=True, force=True)
    out: dict[int, tuple[int | None, bytes | None]] = {}
    for tag in sorted(ds.keys()):
        raw = ds.get_item(tag, keep_deferred=True)
        value = raw.value if type(raw).__name__ == "RawDataElement" else None
        out[int(tag)] = (getattr(raw, "length", None), value if int(tag) in KEPT and isinstance(value, bytes) else None)
    return out


def _in_child(fn: Callable[[], object]) -> tuple[str, object]:
    """Run ``fn`` in a forked child: ("ok", result), ("refused", exception name) or ("crashed", signal)."""
    rfd, wfd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        os.close(rfd)
        try:
            result: tuple[str, object] = ("ok", fn())
        except Exception as exc:
            result = ("refused", type(exc).__name__)
        os.write(wfd, pickle.dumps(result))
        os._exit(0)
    os.close(wfd)
    chunks = []
    while chunk := os.read(rfd, 1 << 16):
        chunks.append(chunk)
    os.close(rfd)
    _pid, status = os.waitpid(pid, 0)
    if not chunks:
        return "crashed", os.WTERMSIG(status) if os.WIFSIGNALED(status) else status
    outcome: tuple[str, object] = pickle.loads(b"".join(chunks))
    return outcome


def _norm(elements: dict[int, Any]) -> dict[int, tuple[int | None, bytes | None]]:
    """Top-level dataset elements below the pixel data, values without padding (an empty value as None; a
    sequence's as None: the scan walks its items, never its raw value)."""
    from pydicom.datadict import dictionary_VR

    def sequence(tag: int) -> bool:
        try:
            return dictionary_VR(tag) == "SQ"
        except KeyError:
            return False

    return {
        t: (length, value.strip(b" \x00") or None if value is not None and not sequence(t) else None)
        for t, (length, value) in elements.items()
        if t >> 16 != 0x0002 and t < PIXEL
    }


def fidelity(bench_root: Path) -> None:
    src = Path(pydicom.data.get_testdata_file("CT_small.dcm", read=False)).parent  # type: ignore[arg-type]
    files = sorted(p for p in src.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc"))
    files += sorted(bench_root.rglob("*.dcm"))[:200]
    readers: list[tuple[str, Callable[[Path], Any]]] = []
    try:
        import dicomsdl

        readers.append(("dicomsdl", lambda p: {e.tag(): (e.length(), e.toBytes() if e.tag() in KEPT else None)
                                               for e in dicomsdl.open_file(str(p), PIXEL)}))  # fmt: skip
    except ImportError:
        pass
    try:
        import gdcm  # noqa: F401

        readers.append(("gdcm", lambda p: _gdcm_all(str(p))))
    except ImportError:
        pass
    for name, read in readers:
        tally: dict[str, list[str]] = {}
        for path in files:
            try:
                ref = _norm(_reference(path))
            except Exception:  # not a file pydicom reads: not a fidelity case
                continue
            kind, got = _in_child(lambda path=path, read=read: read(path))  # type: ignore[misc]
            if kind == "ok" and got is None:
                kind = "refused"
            if kind == "ok":
                mine = _norm(got)  # type: ignore[arg-type]
                unknown = {t for t, (length, _v) in ref.items() if length is None}  # pydicom decoded it already
                mine.update({t: ref[t] for t in unknown if t in mine})
                kind = (
                    "same" if mine == ref else "different " + ("tags" if set(mine) != set(ref) else "lengths or values")
                )
            tally.setdefault(f"{kind} (signal {got})" if kind == "crashed" else kind, []).append(path.name)
        print(f"{name}: {len(files)} files (pydicom's test files and 200 bench files), against pydicom's raw elements:")
        for kind, names in sorted(tally.items()):
            shown = ", ".join(names[:5]) + (", ..." if len(names) > 5 else "")
            print(f"  {kind:<32s} {len(names):4d}  {shown}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=5000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-readers-") as tmp:
        root = Path(tmp)
        generate(root, args.files)
        speed(root, args.repeat)
        fidelity(root)
    return 0


if __name__ == "__main__":
    sys.exit(main())
