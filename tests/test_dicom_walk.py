"""The compiled DICOM header walk (``validate/dicom/_walk.c``) gives what the pure-Python reader gives.

Both read a file into the same summary (``scan._summary``) or the same refusal (no preamble, ``Fallback``,
a DICOMDIR, an OS error): compared on every file of pydicom's test data, on our own test files (nested
sequences in both VR encodings, defined and undefined lengths, headers past the first 8 KB, the benchmark's
files) and on thousands of seeded mutants (truncations, flipped lengths, bad VRs, item tags out of place,
reordered elements, sequences nested past the depth limit). Rows and ``eucaim check`` reports agree too.
"""

from __future__ import annotations

import importlib
import json
import os
import random
import shutil
import struct
import subprocess
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pydicom.data
import pytest
from dicom_factory import image, item, nested_seeds, save, series
from pydicom.uid import ImplicitVRLittleEndian

from eucaim_spec.validate.dicom import header as dicom_header
from eucaim_spec.validate.dicom import scan as dicom_scan

PYDICOM_FILES = Path(pydicom.data.get_testdata_file("CT_small.dcm", read=False)).parent
EXPLICIT_LE = "1.2.840.10008.1.2.1"


def test_the_compiled_walk_is_built() -> None:
    """``make test`` measures what ships: the compiled walk, not the pure-Python fallback."""
    try:
        importlib.import_module("eucaim_spec.validate.dicom._walk")
    except ImportError as exc:
        pytest.fail(f"the compiled DICOM header walk is not built ({exc}): run `make setup` (it compiles _walk.c)")
    if not os.environ.get(dicom_scan.PURE_PYTHON_ENV):
        assert dicom_scan._COMPILED is not None


@pytest.fixture(scope="module")
def walk() -> Any:
    return importlib.import_module("eucaim_spec.validate.dicom._walk")


def python_outcome(walk: Any, path: Path) -> Any:
    """What the pure-Python reader makes of ``path``, in the compiled walk's terms."""
    size = path.stat().st_size
    try:
        with open(path, "rb", buffering=0) as fp:
            block = dicom_header.read_full(fp, dicom_header.BLOCK, size)
            if not dicom_header.has_preamble(block[: dicom_header.HEAD_SIZE]):
                return walk.NO_PREAMBLE
            try:
                summary = dicom_scan._read_summary(fp, size, block)
            except dicom_header.Fallback:
                return walk.FALLBACK
            return walk.DICOMDIR if summary is None else summary
    except OSError as exc:
        return ("OSError", exc.errno)


def compiled_outcome(walk: Any, path: Path) -> Any:
    try:
        return walk.scan(str(path), path.stat().st_size)
    except OSError as exc:
        return ("OSError", exc.errno)


def kind(walk: Any, outcome: Any) -> str:
    if isinstance(outcome, int):
        return {walk.NO_PREAMBLE: "no_preamble", walk.FALLBACK: "fallback", walk.DICOMDIR: "dicomdir"}[outcome]
    if outcome[0] == "OSError":
        return "oserror"
    return "truncated" if outcome[-1] else "summary"


def assert_same(walk: Any, paths: list[Path]) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for path in paths:
        expected = python_outcome(walk, path)
        assert compiled_outcome(walk, path) == expected, path.name
        kinds[kind(walk, expected)] += 1
    return kinds


# ---------------------------------------------------------------------------------------------------
# Files written byte by byte: nesting to any depth, both VR encodings, defined and undefined lengths


def _element(tag: int, vr: bytes, value: bytes, implicit: bool) -> bytes:
    head = struct.pack("<HH", tag >> 16, tag & 0xFFFF)
    if implicit:
        return head + struct.pack("<L", len(value)) + value
    if vr in dicom_header.LONG_VRS:
        return head + vr + b"\0\0" + struct.pack("<L", len(value)) + value
    return head + vr + struct.pack("<H", len(value)) + value


def _sequence(tag: int, items: list[bytes], implicit: bool, undefined: bool) -> bytes:
    body = b""
    for content in items:
        if undefined:
            body += struct.pack("<HHL", 0xFFFE, 0xE000, 0xFFFFFFFF) + content + struct.pack("<HHL", 0xFFFE, 0xE00D, 0)
        else:
            body += struct.pack("<HHL", 0xFFFE, 0xE000, len(content)) + content
    head = struct.pack("<HH", tag >> 16, tag & 0xFFFF) + (b"" if implicit else b"SQ\0\0")
    if undefined:
        return head + struct.pack("<L", 0xFFFFFFFF) + body + struct.pack("<HHL", 0xFFFE, 0xE0DD, 0)
    return head + struct.pack("<L", len(body)) + body


def _file(dataset: bytes, syntax: str, sop_class: str = "1.2.840.10008.5.1.4.1.1.2") -> bytes:
    def ui(text: str) -> bytes:
        raw = text.encode()
        return raw + b"\0" * (len(raw) % 2)

    meta = _element(0x00020002, b"UI", ui(sop_class), False) + _element(0x00020010, b"UI", ui(syntax), False)
    return b"\0" * 128 + b"DICM" + _element(0x00020000, b"UL", struct.pack("<L", len(meta)), False) + meta + dataset


def _nested(rng: random.Random, depth: int, implicit: bool) -> bytes:
    """An item's content: watched, judged, private and masked elements, and a sequence ``depth`` levels deep."""
    parts = []
    if rng.random() < 0.5:
        parts.append(_element(0x00080050, b"SH", b"ACC" + str(depth).encode() + b" ", implicit))  # watched
    if rng.random() < 0.5:
        name = rng.choice([b"ANONYMIZED", b"Doe^J", b"", b"PSEUDO-001"])
        parts.append(_element(0x00100010, b"PN", name + b" " * (len(name) % 2), implicit))  # judged
    if rng.random() < 0.3:
        parts.append(_element(0x00110010, b"LO", b"PRIV", implicit))  # private
    if depth > 0:
        items = [_nested(rng, depth - 1, implicit) for _ in range(rng.randint(1, 2))]
        parts.append(_sequence(0x0040A730, items, implicit, rng.random() < 0.5))
    if rng.random() < 0.3:
        parts.append(_element(0x60003000, b"OW", b"\0\0", implicit))  # an overlay: a masked attribute
    return b"".join(parts)


def deep_files(root: Path, n: int, seed: int) -> list[Path]:
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        implicit = rng.random() < 0.5
        top = [
            _element(0x00080016, b"UI", b"1.2.840.10008.5.1.4.1.1.2\0", implicit),
            _element(0x00100020, b"LO", b"PSEUDO-001", implicit),
            _sequence(0x0040A730, [_nested(rng, rng.randint(0, 20), implicit)], implicit, rng.random() < 0.5),
            _element(0x00200013, b"IS", str(i).encode() + b" " * (len(str(i)) % 2), implicit),
            _element(0x7FE00010, b"OW", b"\0" * 8, implicit),
        ]
        path = root / f"deep-{i:03d}.dcm"
        path.write_bytes(_file(b"".join(top), ImplicitVRLittleEndian if implicit else EXPLICIT_LE))
        out.append(path)
    return out


def factory_files(root: Path) -> list[Path]:
    """Our own test files: plain, seeded, nested (both encodings and lengths), big headers, a series."""
    out = series(root / "series", 5)
    out.append(save(image(series="seeded", seeds={"PatientName": "X^Y", "InstitutionName": "Z"}, private=True),
                    root / "seeded.dcm"))  # fmt: skip
    for syntax in (None, ImplicitVRLittleEndian):
        for undefined in (False, True):
            name = f"{'implicit' if syntax else 'explicit'}-{'undefined' if undefined else 'defined'}"
            ds = nested_seeds(image(series=name, private=True), undefined_length=undefined)
            ds.OtherPatientIDsSequence = [item(), item(IssuerOfPatientID="X", PatientName="Y")]
            out.append(save(ds, root / f"nested-{name}.dcm", syntax))
            # a header past the first 8 KB: a long value, and a sequence whose items straddle the block
            big = image(series=f"big-{name}", seeds={"ImageComments": "C" * 9000})
            big.ReferencedImageSequence = [item(ReferencedSOPInstanceUID=f"1.2.{k}") for k in range(400)]
            big.ContentSequence = [item(PersonName="Late^Name")]
            out.append(save(big, root / f"big-{name}.dcm", syntax))
    return out


def bench_files(root: Path, n: int) -> list[Path]:
    """Files as ``benchmarks/bench_dicom.py`` writes them (value lengths varying from file to file)."""
    script = Path(__file__).parents[1] / "benchmarks" / "bench_dicom.py"
    spec = importlib.util.spec_from_file_location("bench_dicom", script)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench._write_range((str(root), 0, n))
    return sorted(root.rglob("*.dcm"))


# ---------------------------------------------------------------------------------------------------
# Mutants


def _vr_positions(data: bytes) -> list[int]:
    return [i for i in range(136, min(len(data), 6000) - 2) if 65 <= data[i] <= 90 and 65 <= data[i + 1] <= 90]


def mutate(data: bytes, rng: random.Random) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 3)):
        op = rng.randrange(8)
        vrs = _vr_positions(bytes(buf))
        if op == 0 and len(buf) > 1:  # truncation
            cut = rng.randrange(1, len(buf))
            del buf[max(cut, rng.choice([cut, 120, 140, 200])) :]
        elif op == 1 and vrs:  # a length flipped: 0, odd, huge, undefined, past the end
            p = rng.choice(vrs)
            value = rng.choice([0, 1, 7, 8, 0xFFFF, 0xFFFFFFFF, 0x7FFFFFFF, len(buf), rng.getrandbits(32)])
            long = bytes(buf[p : p + 2]) in dicom_header.LONG_VRS
            if long and p + 8 <= len(buf):
                buf[p + 4 : p + 8] = struct.pack("<L", value)
            elif p + 4 <= len(buf):
                buf[p + 2 : p + 4] = struct.pack("<H", value & 0xFFFF)
        elif op == 2 and vrs:  # a bad or changed VR
            p = rng.choice(vrs)
            buf[p : p + 2] = rng.choice([b"SQ", b"UN", b"OB", b"sq", b"\0\0", b"Z1", rng.getrandbits(16).to_bytes(2)])
        elif op == 3 and len(buf) > 140:  # a 32-bit value anywhere in the header
            p = rng.randrange(132, min(len(buf), 8500) - 3) if len(buf) > 136 else 132
            buf[p : p + 4] = struct.pack("<L", rng.choice([0, 8, 0xFFFFFFFF, 0xFFFEE000, 0xFFFEE00D, 0xFFFEE0DD,
                                                          rng.getrandbits(32)]))  # fmt: skip
        elif op == 4 and len(buf) > 132:  # random bytes
            for _ in range(rng.randint(1, 4)):
                buf[rng.randrange(132, len(buf))] = rng.getrandbits(8)
        elif op == 5 and len(buf) > 140:  # an item or delimiter tag out of place
            p = rng.randrange(132, len(buf) - 7)
            tag = rng.choice([0xE000, 0xE00D, 0xE0DD])
            buf[p : p + 8] = struct.pack("<HHL", 0xFFFE, tag, rng.choice([0, 0xFFFFFFFF, 8, rng.getrandbits(16)]))
        elif op == 6 and len(buf) > 400:  # a piece copied elsewhere: elements out of order, twice
            a = rng.randrange(132, len(buf) - 64)
            piece = buf[a : a + rng.randint(8, 64)]
            b = rng.randrange(132, len(buf))
            buf[b:b] = piece
        elif op == 7:  # another transfer syntax (or none, or a non-ASCII one)
            i = bytes(buf).find(b"\x02\x00\x10\x00UI")
            if i > 0 and i + 8 <= len(buf):
                ts = rng.choice([b"1.2.840.10008.1.2\0", b"1.2.840.10008.1.2.2", b"1.2.840.10008.1.2.1.99",
                                 b"", b"\xe9\xe9", b"1.2.840.10008.1.2.4.50"])  # fmt: skip
                ts += b"\0" * (len(ts) % 2)
                old = struct.unpack("<H", buf[i + 6 : i + 8])[0]
                buf[i + 6 : i + 8 + old] = struct.pack("<H", len(ts)) + ts
    return bytes(buf)


def base_files(tmp: Path) -> list[Path]:
    pydicom_small = sorted(p for p in PYDICOM_FILES.rglob("*") if p.is_file() and p.stat().st_size < 200_000)
    return pydicom_small + factory_files(tmp / "factory") + deep_files(tmp / "deep", 30, seed=7)


# ---------------------------------------------------------------------------------------------------


def test_same_result_on_every_test_file(walk: Any, tmp_path: Path) -> None:
    paths = sorted(p for p in PYDICOM_FILES.rglob("*") if p.is_file())
    paths += factory_files(tmp_path / "factory") + deep_files(tmp_path / "deep", 60, seed=1)
    paths += bench_files(tmp_path / "bench", 60)
    kinds = assert_same(walk, paths)
    assert len(paths) > 300
    # every outcome is exercised: read, truncated, refused to pydicom, no preamble, DICOMDIR
    assert kinds["summary"] > 200 and kinds["fallback"] >= 12 and kinds["no_preamble"] >= 10
    assert kinds["dicomdir"] >= 5 and kinds["truncated"] >= 1
    # nesting past the depth limit is refused (pydicom reads it), never walked deeper
    deep = [compiled_outcome(walk, p) for p in sorted((tmp_path / "deep").iterdir())]
    assert walk.FALLBACK in deep and any(isinstance(o, tuple) for o in deep)


def test_same_result_on_mutants(walk: Any, tmp_path: Path) -> None:
    bases = [p.read_bytes() for p in base_files(tmp_path)]
    rng = random.Random(15)
    out = tmp_path / "mutants"
    out.mkdir()
    kinds: Counter[str] = Counter()
    for i in range(3000):
        path = out / f"m{i:04d}.dcm"
        path.write_bytes(mutate(rng.choice(bases), rng))
        kinds += assert_same(walk, [path])
    assert sum(kinds.values()) == 3000
    assert kinds["summary"] > 300 and kinds["truncated"] > 100 and kinds["fallback"] > 300, kinds


def test_oserrors_and_odd_calls(walk: Any, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        walk.scan(str(tmp_path / "missing.dcm"), 10)
    with pytest.raises(IsADirectoryError):
        walk.scan(str(tmp_path), 10)
    path = save(image(), tmp_path / "a.dcm")
    # a size that disagrees with the file (it changed after the walk listed it): as the Python reader says
    for size in (0, 100, path.stat().st_size // 2, path.stat().st_size * 3):
        expected = None
        with open(path, "rb", buffering=0) as fp:
            block = dicom_header.read_full(fp, dicom_header.BLOCK, size)
            try:
                expected = dicom_scan._read_summary(fp, size, block)
            except dicom_header.Fallback:
                expected = walk.FALLBACK
        assert walk.scan(str(path), size) == expected, size
    with pytest.raises(TypeError):
        walk.scan(str(path))


def test_rows_are_the_same_with_either_reader(walk: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    files = base_files(tmp_path)
    rng = random.Random(150)
    datas = [p.read_bytes() for p in files]
    tree = tmp_path / "tree"
    for i, data in enumerate(datas):
        (tree / "base").mkdir(parents=True, exist_ok=True)
        (tree / "base" / f"b{i:03d}.dcm").write_bytes(data)
    for i in range(400):
        (tree / "mutants").mkdir(parents=True, exist_ok=True)
        (tree / "mutants" / f"m{i:03d}.dcm").write_bytes(mutate(rng.choice(datas), rng))
    (tree / "names").mkdir()
    (tree / "names" / "é-accent.dcm").write_bytes(datas[0])  # a path that is not ASCII: scan_file's row
    (tree / "names" / "x.nii").write_bytes(b"\0" * 400)  # a NIfTI file: scan_file's row
    items, _rows = dicom_scan.walk(tree)
    items.append(("names/gone.dcm", 400))  # removed after the walk
    real_scan_file = dicom_scan.scan_file
    assert dicom_scan._COMPILED is walk
    compiled = dicom_scan.scan_chunk(str(tree), items)
    general = []  # the rows scan_file makes (the others come straight from C)
    monkeypatch.setattr(dicom_scan, "scan_file", lambda *a, **kw: general.append(a) or real_scan_file(*a, **kw))
    compiled_columns = dicom_scan.scan_chunk_columns(str(tree), items)
    monkeypatch.setattr(dicom_scan, "scan_file", real_scan_file)
    plain = len(items) - len(general)
    assert plain > 100 and {"names/é-accent.dcm", "names/x.nii", "names/gone.dcm"} <= {a[1] for a in general}
    # a file the walk read and left to pydicom (no preamble, refused, a SEG) is not walked a second time
    rescanned: list[str] = []

    class Counting:
        def __getattr__(self, name: str) -> Any:
            return getattr(walk, name)

        def scan(self, path: str, size: int) -> Any:
            rescanned.append(os.path.relpath(path, tree))
            return walk.scan(path, size)

    monkeypatch.setattr(dicom_scan, "_COMPILED", Counting())
    assert dicom_scan.scan_chunk_columns(str(tree), items) == compiled_columns
    assert set(rescanned) <= {"names/é-accent.dcm", "names/gone.dcm"}, sorted(rescanned)[:5]
    assert len(general) - 3 > 0  # mutants went to pydicom: the case above is exercised
    monkeypatch.setattr(dicom_scan, "_COMPILED", None)
    python = dicom_scan.scan_chunk(str(tree), items)
    assert compiled == python
    assert compiled_columns == dicom_scan.scan_chunk_columns(str(tree), items)
    assert compiled_columns == dicom_scan.rows_to_columns(python)
    statuses = Counter(r["status"] for r in compiled)
    assert statuses["ok"] > 100 and statuses["truncated"] > 10 and statuses["unreadable"] > 0, statuses
    # the rows carry findings: identifying attributes at the top level, inside items, judged; private tags
    base = [r for r in compiled if r["path"].startswith("base/") and r["status"] == "ok"]
    locations = [t["location"] for r in base for t in r["identifying_tags"]]
    assert None in locations and any(">" in (loc or "") for loc in locations)
    assert any(t["attribute"] == "(0010,0010) PatientName" for r in base for t in r["identifying_tags"])
    assert any(r["private_location"] for r in base) and any(r["has_private_tags"] for r in base)


def _report(eucaim: Path, root: Path, out: Path, pure: bool) -> dict[str, Any]:
    env = {k: v for k, v in os.environ.items() if k != dicom_scan.PURE_PYTHON_ENV}
    if pure:
        env[dicom_scan.PURE_PYTHON_ENV] = "1"
    run = subprocess.run(
        [str(eucaim), "check", str(root), "--tier", "3", "--format", "json", "-o", str(out), "--workers", "1"],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert run.returncode == 1, run.stderr
    report: dict[str, Any] = json.loads(out.read_text())
    return report


def _without_timings(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_timings(v) for k, v in value.items() if "second" not in k and "time" not in k}
    if isinstance(value, list):
        return [_without_timings(v) for v in value]
    return value


def test_eucaim_check_reports_the_same_with_either_reader(tmp_path: Path) -> None:
    """``eucaim check`` on a tree of good, identifying, nested, truncated and refused files: the same report."""
    root = tmp_path / "tree"
    series(root / "PSEUDO-001" / "st" / "s1", 4)
    save(image(series="seeded", seeds={"PatientName": "Doe^J", "InstitutionName": "Z"}, private=True),
         root / "PSEUDO-001" / "st" / "s2" / "1.dcm")  # fmt: skip
    for syntax in (None, ImplicitVRLittleEndian):
        ds = nested_seeds(image(series="nested", instance=2 if syntax else 3), undefined_length=syntax is None)
        save(ds, root / "PSEUDO-001" / "st" / "s3" / f"{2 if syntax else 3}.dcm", syntax)
    data = (root / "PSEUDO-001" / "st" / "s1" / "IM0001.dcm").read_bytes()
    (root / "PSEUDO-001" / "st" / "s1" / "IM0009.dcm").write_bytes(data[: len(data) - 40])
    shutil.copy(PYDICOM_FILES / "MR_truncated.dcm", root / "PSEUDO-001" / "st" / "s4.dcm")
    eucaim = Path(sys.executable).parent / "eucaim"
    compiled = _report(eucaim, root, tmp_path / "compiled.json", pure=False)
    python = _report(eucaim, root, tmp_path / "python.json", pure=True)
    assert _without_timings(compiled) == _without_timings(python)
    rules = Counter(f["rule_id"] for f in compiled["findings"])
    assert rules["dicom.integrity.truncated"] == 1 and rules["dicom.deid.patient_name"] == 1, rules


def _bytes_read() -> int:
    """Bytes this process has read through system calls so far (``rchar`` of ``/proc/self/io``)."""
    with open("/proc/self/io", "rb") as fh:
        return int(next(line for line in fh if line.startswith(b"rchar:")).split()[1])


@pytest.mark.skipif(not Path("/proc/self/io").exists(), reason="no /proc/self/io on this system")
def test_the_compiled_walk_reads_headers_only(walk: Any, tmp_path: Path) -> None:
    """A 2 MB image is scanned reading its first block: the pixel data is never read (as test_headers_only
    shows for the Python reader); a header past the first block costs one more read of the part needed."""
    big = save(image(pixels=1024), tmp_path / "big.dcm")
    long_header = save(image(seeds={"ImageComments": "C" * 20000}, pixels=1024), tmp_path / "long.dcm")
    cases = ((big, 1, dicom_header.BLOCK), (long_header, dicom_header.BLOCK + 1, 2 * dicom_header.BLOCK + 20000))
    for path, least, most in cases:
        size = path.stat().st_size
        before = _bytes_read()
        own = _bytes_read() - before  # reading /proc/self/io counts too
        result = walk.scan(str(path), size)
        read = _bytes_read() - before - 2 * own
        assert isinstance(result, tuple) and not result[-1]  # read, not truncated
        assert size > 2_000_000 and least <= read <= most, (path.name, read)
