"""Hostile and broken input (issue 10): no value echoed, no internal error, bounded memory and time.

One table drives most of it: each case builds an input holding seeded values, names the exit code and a
fragment of the message, and the runner checks through ``eucaim check`` that no seed reaches stdout,
stderr or a ``-o`` report in any format, that the input is unchanged and that nothing raised. Cases whose
memory matters run in a subprocess whose peak RSS is measured with ``resource`` and bounded by
``RSS_CEILING_MB``. HTTP servers listen on 127.0.0.1 only, answer a bounded number of requests and stop
with their test.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import socket
import subprocess
import sys
import threading
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO, run_cli

FORMATS = ("text", "json", "junit", "sarif", "markdown", "html")
#: Peak RSS allowed to a heavy case's whole ``eucaim check`` process (start-up alone is ~200 MB).
RSS_CEILING_MB = 600
SEED_ID = "SEEDPAT-4711"
SEED_NAME = "Seedling^Josephine"
SEED_BIRTH = "19230417"
SEED_PASSWORD = "SEEDPW-s3cr3t"
SEED_TEXT = "SEEDTEXT-root:x:0:0"
RECORD = (REPO / "tests" / "data" / "dcat_ap" / "valid" / "Dataset-minimal.ttl").read_text()
MINIMUM_CSV = "PatientID,Population,Sex\nP-001,Patient with Cancer,COM1001370\n"


# -- input builders --------------------------------------------------------------------------------------


def tree_hashes(root: Path) -> dict[str, str]:
    """sha256 of every file under ``root`` (or of ``root`` itself), links not followed."""
    if root.is_file():
        return {root.name: hashlib.sha256(root.read_bytes()).hexdigest()}
    out = {}
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            p = Path(dirpath) / name
            if p.is_symlink() or not p.is_file():
                out[os.fsdecode(p)] = "link-or-special"
                continue
            out[os.fsdecode(p)] = hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def xlsx(rows: list[list[object]], sheet_xml: Callable[[bytes], bytes] | None = None, pad: int = 0) -> bytes:
    """A workbook of ``rows`` (inline strings), its sheet XML optionally rewritten or padded with spaces."""
    import openpyxl

    wb = openpyxl.Workbook()
    for r in rows:
        wb.active.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                if sheet_xml is not None:
                    data = sheet_xml(data)
                if pad:
                    data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * pad, 1)
            z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


SEEDED_ROWS: list[list[object]] = [["PatientID", "Population", "Sex"], [SEED_ID, "Patient with Cancer", SEED_NAME]]
CELL = b'<c r="C2" t="inlineStr"><is><t>' + SEED_NAME.encode() + b"</t></is></c>"


def with_cell(replacement: bytes, prolog: bytes = b"") -> Callable[[bytes], bytes]:
    def edit(data: bytes) -> bytes:
        assert CELL in data
        return prolog + data.replace(CELL, replacement)

    return edit


def corrupt_deflate(data: bytes) -> bytes:
    """``data`` (an XLSX) with the first byte of its sheet's deflate stream inverted (found by the fuzzer:
    zlib.error is not an OSError, and once ended the run with an internal error)."""
    info = zipfile.ZipFile(io.BytesIO(data)).getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    return data[:start] + bytes([data[start] ^ 0xFF]) + data[start + 1:]


def rdfxml(body: str) -> str:
    return ('<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
            f'xmlns:dct="http://purl.org/dc/terms/">\n{body}\n</rdf:RDF>\n')


def dataset(root: Path, metadata: dict[str, str | bytes] | None = None, clinical: dict[str, str] | None = None) -> Path:
    for name, data in (metadata or {}).items():
        write(root / "metadata" / name, data)
    for name, data in (clinical or {"minimum.csv": MINIMUM_CSV}).items():
        write(root / "clinical" / name, data)
    return root


def symlinked_secret(root: Path) -> Path:
    """metadata/record.rdf -> a text file of the user's (a synthetic stand-in for /etc/passwd)."""
    secret = write(root / "secret.txt", "\n".join(f"{SEED_TEXT}:{i}:/home/x:/bin/sh" for i in range(40)))
    (root / "data" / "metadata").mkdir(parents=True)
    (root / "data" / "metadata" / "record.rdf").symlink_to(secret)
    write(root / "data" / "clinical" / "minimum.csv", MINIMUM_CSV)
    return root / "data"


def dicom_tree(root: Path) -> Path:
    from dicom_factory import image, save

    save(image(patient_id=SEED_ID, seeds={"PatientName": SEED_NAME}), root / "img" / "ok.dcm")
    weird = os.fsencode(root / "img") + b"/bad\xff\xfe-name.dcm"
    with open(weird, "wb") as fh:
        fh.write((root / "img" / "ok.dcm").read_bytes())
    os.mkdir(os.fsencode(root / "img") + b"/dir\xe9")
    with open(os.fsencode(root / "img") + b"/dir\xe9/2.dcm", "wb") as fh:
        fh.write((root / "img" / "ok.dcm").read_bytes())
    return root / "img"


def hostile_names(root: Path) -> Path:
    """A clinical folder whose table names carry HTML and terminal control characters."""
    write(root / "c" / "<img src=x onerror=alert(1)>.csv", "PatientID,Age\nP1,4\n")
    write(root / "c" / "red\x1b[31m\u202eevil.csv", "PatientID,Age\nP1,4\n")
    return root / "c"


@dataclass
class Case:
    id: str
    build: Callable[[Path], Path]
    code: int
    fragment: str
    seeds: tuple[str, ...] = (SEED_ID, SEED_NAME, SEED_BIRTH, SEED_TEXT)
    args: tuple[str, ...] = ()
    #: Strings no output may contain (beyond the seeds): escape characters, or raw HTML in the formats
    #: that render it (markdown, html, junit; "<" in text and JSON is just a character).
    never: tuple[str, ...] = field(default_factory=tuple)


CASES = [
    Case("turtle-token", lambda d: write(d / "r.ttl", f"@prefix ex: <http://e/> .\nex:a ex:b {SEED_ID} .\n"),
         3, "r.ttl:line 2 column 11: malformed turtle: … is not a valid RDF object"),
    Case("turtle-in-dataset",
         lambda d: dataset(d / "ds", {"r.ttl": f"@prefix ex: <http://e/> .\nex:a ex:b {SEED_ID} .\n"}),
         1, "minimum.dataset.part_unreadable"),
    Case("rdfxml-stray-text", lambda d: write(d / "r.rdf", rdfxml(
        f'<rdf:Description rdf:about="http://e/a">{SEED_NAME} {SEED_BIRTH}<dct:title>x</dct:title>'
        "</rdf:Description>")), 3, "malformed rdf-xml: Unexpected text event: …"),
    Case("rdfxml-symlinked-secret", symlinked_secret, 1, "minimum.dataset.part_unreadable"),
    Case("rdfxml-unknown-encoding", lambda d: write(d / "r.rdf", rdfxml(
        f'<rdf:Description rdf:about="http://e/a"><dct:title>{SEED_NAME}</dct:title></rdf:Description>').replace(
        '<?xml version="1.0"?>', f'<?xml version="1.0" encoding="{SEED_ID}"?>')), 3, "r.rdf: malformed rdf-xml"),
    Case("rdfxml-entity", lambda d: write(d / "r.rdf", rdfxml(
        f'<!DOCTYPE rdf:RDF [<!ENTITY e SYSTEM "file:///etc/passwd">]><rdf:Description rdf:about="http://e/a">'
        f"<dct:title>&e;{SEED_NAME}</dct:title></rdf:Description>")), 3, "DOCTYPE or ENTITY declaration"),
    Case("jsonld-token", lambda d: write(d / "r.jsonld", '{"@id": "http://e/a",\n "http://e/p": ' + SEED_ID + "}"),
         3, "r.jsonld:line 2"),
    Case("jsonld-remote-context", lambda d: write(d / "r.jsonld", json.dumps(
        {"@context": "http://127.0.0.1:9/ctx.jsonld", "@id": "http://e/a", "title": SEED_NAME})),
         3, "remote JSON-LD @context is not fetched"),
    Case("ntriples-token", lambda d: write(d / "r.nt", f'<http://a> <http://b> "{SEED_ID} .\n'),
         3, "malformed n-triples"),
    Case("jsonld-nesting", lambda d: write(d / "r.jsonld", '{"@context": {"a": "http://a/"}, "a": '
                                           + '{"a": ' * 50_000 + '"' + SEED_ID + '"' + "}" * 50_001),
         3, "JSON nested deeper than 100 levels"),
    Case("json-records-single-file", lambda d: write(d / "minimum.json", json.dumps(
        [{"PatientID": SEED_ID, "Population": "Patient with Cancer", "Sex": SEED_NAME}])),
         1, "sql: detected 1 minimum clinical table", never=("dcat_ap.graph.no_dataset",)),
    Case("json-table-nesting", lambda d: write(d / "minimum.json", '[{"PatientID": ' + "[" * 60_000
                                               + '"' + SEED_ID + '"' + "]" * 60_000 + "}]"),
         3, "JSON nested deeper than 100 levels"),
    Case("json-table-huge-integer", lambda d: write(d / "minimum.json", json.dumps(
        [{"PatientID": SEED_ID, "Population": "Patient with Cancer", "Sex": "COM1001370"}])[:-2]
        + ', "age": ' + "9" * 100_000 + "}]"), 1, "minimum", seeds=(SEED_ID, "9" * 60)),
    Case("json-table-nul-in-key", lambda d: write(d / "minimum.json", json.dumps(
        [{"Pa\u0000tientID": SEED_ID, "Population": "Patient with Cancer", "Sex": "COM1001370"}])), 1,
         "1 key(s) hold control characters (first: key 1)"),  # found by the fuzzer: NUL ended a DuckDB name
    Case("xlsx-external-entity", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, with_cell(
        b'<c r="C2" t="inlineStr"><is><t>&e;</t></is></c>',
        b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>'))),
         3, "part xl/worksheets/sheet1.xml declares a DOCTYPE or entities"),
    Case("xlsx-entity-bomb", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, with_cell(
        b'<c r="C2" t="inlineStr"><is><t>&c;</t></is></c>',
        b'<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">]>'))), 3, "declares a DOCTYPE or entities"),
    Case("xlsx-malformed-xml", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, lambda x: x[:-40])),
         3, "m.xlsx: cannot be read as XLSX: malformed XML in the workbook (line 1, column"),
    Case("xlsx-bad-shared-string", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, with_cell(
        b'<c r="C2" t="s"><v>999</v></c>'))), 3, "refers to a part or shared string that does not exist"),
    Case("xlsx-huge-number", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, with_cell(
        b'<c r="C2"><v>' + b"9" * 100_000 + b"</v></c>"))), 3, "a number cell holds more digits",
         seeds=(SEED_ID, "9" * 60)),
    Case("xlsx-corrupt-deflate", lambda d: write(d / "m.xlsx", corrupt_deflate(xlsx(SEEDED_ROWS))), 3,
         "m.xlsx: cannot be read as XLSX: a compressed part is corrupt"),
    Case("xlsx-not-a-zip", lambda d: write(d / "m.xlsx", SEED_NAME.encode() * 10), 3, "not a valid ZIP archive"),
    Case("xlsx-ratio", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, pad=20_000_000)), 3,
         "above the limit of 100:1 (--xlsx-max-ratio)"),
    Case("xlsx-inflated-size", lambda d: write(d / "m.xlsx", xlsx(SEEDED_ROWS, pad=3_000_000)), 3,
         "(--xlsx-max-bytes)", args=("--xlsx-max-bytes", "1M", "--xlsx-max-ratio", "100000")),
    Case("dicom-non-utf8-names", dicom_tree, 1, "dicom.deid.patient_name", args=("--workers", "1")),
    Case("file-names-with-markup", hostile_names, 1, "minimum.clinical", never=("<img", "\x1b", "\u202e")),
    Case("too-big", lambda d: write(d / "r.ttl", RECORD + f"# {SEED_NAME}\n" * 4000), 3,
         "above the limit of 64.0 KB; raise the limit with --max-bytes", args=("--max-bytes", "64K")),
]


def _run_all_formats(case: Case, target: Path, out_dir: Path) -> list[tuple[str, int, str, str, str | None]]:
    """(format, exit code, stdout, stderr, report file text or None) for stdout and every ``-o`` format."""
    results = []
    code, out, err = run_cli(["check", str(target), *case.args])
    results.append(("stdout", code, out, err, None))
    formats = FORMATS if code in (0, 1) else ("json",)  # no report is written on exit 2/3/4
    for fmt in formats:
        report = out_dir / f"report.{fmt}"
        code, out, err = run_cli(["check", str(target), "--format", fmt, "-o", str(report), *case.args])
        results.append((fmt, code, out, err, report.read_text(encoding="utf-8") if report.exists() else None))
    return results


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_hostile_input(case: Case, tmp_path: Path) -> None:
    target = case.build(tmp_path / "in")
    before = tree_hashes(tmp_path / "in")
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    results = _run_all_formats(case, target, out_dir)
    for fmt, code, out, err, report in results:
        shown = out + err + (report or "")
        assert code == case.code, (fmt, code, err)
        assert "Traceback" not in shown and "internal error" not in err, (fmt, err)
        for seed in case.seeds + case.never:
            if seed.startswith("<") and fmt not in ("markdown", "html", "junit"):
                continue
            assert seed not in shown, (fmt, seed)
        if code in (2, 3, 4):
            assert out == "" and report is None, fmt  # one line on stderr, nothing else, no partial report
            assert len(err.strip().splitlines()) == 1, err
    stdout_run = results[0]
    assert case.fragment in stdout_run[2] + stdout_run[3], stdout_run[3]
    assert not [p for p in out_dir.iterdir() if p.name.endswith(".eucaim-tmp")]
    assert tree_hashes(tmp_path / "in") == before


def test_report_formats_escape_file_names(tmp_path: Path) -> None:
    """The names of ``hostile_names`` appear escaped: entities in HTML/markdown/JUnit, \\x1b in text."""
    target = hostile_names(tmp_path)
    expected = {
        "text": "red\\x1b[31m\\u202eevil.csv",
        "markdown": "&lt;img src=x onerror=alert(1)&gt;.csv",
        "html": "&lt;img src=x onerror=alert(1)&gt;.csv",
        "junit": "&lt;img src=x onerror=alert(1)&gt;.csv",
        "sarif": "%3Cimg%20src=x%20onerror=alert(1)%3E.csv",
    }
    for fmt, fragment in expected.items():
        code, out, _ = run_cli(["check", str(target), "--format", fmt])
        assert code == 1
        assert fragment in out, (fmt, out[:2000])
    from xml.etree import ElementTree

    ElementTree.fromstring(run_cli(["check", str(target), "--format", "junit"])[1])  # still well-formed XML


# -- memory and time: subprocesses, peak RSS measured with resource ----------------------------------------

_MEASURE = (
    "import resource, subprocess, sys, time\n"
    "t = time.monotonic()\n"
    "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
    "rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024\n"
    "print(p.returncode, rss, round(time.monotonic() - t, 1))\n"
    "sys.stderr.write(p.stderr + p.stdout)\n"
)


def measured(args: list[str], timeout: float = 120) -> tuple[int, int, float, str]:
    """(exit code, peak RSS in MB, seconds, stderr+stdout) of ``eucaim ARGS`` in a fresh process."""
    eucaim = str(Path(sys.executable).with_name("eucaim"))
    p = subprocess.run([sys.executable, "-c", _MEASURE, eucaim, *args], capture_output=True, text=True,
                       timeout=timeout, check=True)
    code, rss, secs = p.stdout.split()
    return int(code), int(rss), float(secs), p.stderr


def zip_bomb(path: Path, inflated: int) -> Path:
    """An XLSX whose sheet inflates to ``inflated`` bytes of spaces (written in 1 MB pieces)."""
    with zipfile.ZipFile(io.BytesIO(xlsx(SEEDED_ROWS))) as src, zipfile.ZipFile(path, "w") as z:
        for info in src.infolist():
            data = src.read(info)
            if info.filename != "xl/worksheets/sheet1.xml":
                z.writestr(info, data, compress_type=zipfile.ZIP_DEFLATED)
                continue
            head, tail = data.split(b"<sheetData>", 1)
            with z.open(zipfile.ZipInfo(info.filename), "w", force_zip64=True) as fh:
                fh.write(head + b"<sheetData>")
                chunk = b" " * (1 << 20)
                for _ in range(inflated >> 20):
                    fh.write(chunk)
                fh.write(tail)
    return path


@pytest.mark.parametrize(
    ("name", "build", "fragment"),
    [
        ("xlsx-zip-bomb", lambda d: zip_bomb(d / "bomb.xlsx", 1 << 30), "--xlsx-max-bytes"),
        ("jsonld-nesting", lambda d: write(d / "deep.jsonld", '{"@context": {"a": "http://a/"}, "a": '
                                           + '{"a": ' * 50_000 + "1" + "}" * 50_001), "--max-depth"),
    ],
)
def test_memory_bounded(tmp_path: Path, name: str, build: Callable[[Path], Path], fragment: str) -> None:
    """Inputs that once grew memory to 2.2 GB (XLSX bomb) and past 10 GB (nested JSON-LD) stay bounded."""
    target = build(tmp_path)
    code, rss, secs, err = measured(["check", str(target)])
    assert code == 3, err
    assert fragment in err
    assert rss < RSS_CEILING_MB, f"{name}: peak RSS {rss} MB"
    assert secs < 60


def test_memory_ceiling_turns_python_growth_into_exit_3(tmp_path: Path) -> None:
    """With nesting allowed, a JSON table that needs more than --max-memory ends with exit 3, not a crash."""
    rows = ",".join(f'{{"PatientID": "P{i}", "x": [{",".join(["1"] * 200)}]}}' for i in range(20_000))
    target = write(tmp_path / "minimum.json", f"[{rows}]")
    code, rss, _secs, err = measured(["check", str(target), "--max-memory", "300M"])
    assert code == 3, err
    assert "memory ceiling of 300M" in err and "Traceback" not in err
    assert rss < RSS_CEILING_MB


# -- HTTP: servers on 127.0.0.1 that misbehave; each answers a bounded number of requests -------------------


@dataclass
class Misbehaving:
    """A raw TCP server playing one broken HTTP peer for at most ``max_requests`` connections."""

    mode: str
    max_requests: int = 3
    port: int = 0
    stop: threading.Event = field(default_factory=threading.Event)

    def __enter__(self) -> Misbehaving:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(4)
        self.sock.settimeout(0.2)
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join(10)
        self.sock.close()

    def _serve(self) -> None:
        served = 0
        while not self.stop.is_set() and served < self.max_requests:
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            served += 1
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        body = RECORD.encode()
        deadline = time.monotonic() + 15  # every answer ends by itself
        try:
            request = conn.recv(65536)
            if self.mode == "needs-auth":
                import base64

                expected = b"Authorization: Basic " + base64.b64encode(f"reader:{SEED_PASSWORD}".encode())
                status = b"200 OK" if expected in request else b"401 Unauthorized"
                reply = body if expected in request else b""
                conn.sendall(b"HTTP/1.1 " + status + b"\r\nContent-Type: text/turtle\r\nContent-Length: %d\r\n\r\n"
                             % len(reply) + reply)
            elif self.mode == "slow-headers":
                conn.sendall(b"HTTP/1.1 200 OK\r\n")
                while not self.stop.is_set() and time.monotonic() < deadline:
                    conn.sendall(b"X-Slow: " + SEED_ID.encode() + b"\r\n")
                    time.sleep(0.3)
            elif self.mode == "short-body":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\nContent-Length: %d\r\n\r\n"
                             % (len(body) + 100) + body)
            elif self.mode == "many-headers":
                conn.sendall(b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-%d: %s\r\n" % (i, SEED_ID.encode())
                                                               for i in range(150)) + b"\r\n")
            elif self.mode == "endless":
                conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/turtle\r\n\r\n")
                while not self.stop.is_set() and time.monotonic() < deadline:
                    conn.sendall(b"# " + SEED_NAME.encode() + b"\n" * 4096)
            elif self.mode == "unauthorised":
                conn.sendall(b"HTTP/1.1 401 Unauthorized\r\nContent-Length: 0\r\n\r\n")
        except OSError:
            pass
        finally:
            conn.close()


@pytest.mark.parametrize(
    ("mode", "args", "fragment"),
    [
        ("slow-headers", ("--timeout", "2"), "no complete answer within 2 s (raise --timeout)"),
        ("short-body", (), "the body ended after"),
        ("many-headers", (), "not a valid HTTP answer"),
        ("endless", ("--max-bytes", "1M"), "above the limit of 1.0 MB"),
        ("unauthorised", (), "HTTP 401"),
    ],
)
def test_misbehaving_servers(mode: str, args: tuple[str, ...], fragment: str) -> None:
    with Misbehaving(mode) as srv:
        url = f"http://reader:{SEED_PASSWORD}@127.0.0.1:{srv.port}/catalogue"
        start = time.monotonic()
        code, out, err = run_cli(["check", url, *args])
        elapsed = time.monotonic() - start
    assert code == 3, err
    assert fragment in err and f"http://reader:***@127.0.0.1:{srv.port}/catalogue" in err
    for seed in (SEED_PASSWORD, SEED_ID, SEED_NAME):
        assert seed not in out + err
    assert elapsed < 12


def test_url_credentials_are_sent_but_never_shown() -> None:
    with Misbehaving("needs-auth") as srv:
        code, out, err = run_cli(["check", f"http://reader:{SEED_PASSWORD}@127.0.0.1:{srv.port}/catalogue"])
    assert code == 0, err
    assert SEED_PASSWORD not in out + err


# -- output: never onto an input, checked before the check, written atomically -------------------------------


def test_output_refused_when_it_is_an_input(tmp_path: Path) -> None:
    table = write(tmp_path / "in" / "minimum.csv", MINIMUM_CSV)
    (tmp_path / "link.csv").symlink_to(table)
    os.link(table, tmp_path / "hard.csv")
    waiver = write(tmp_path / "w.yaml", "[]\n")
    before = tree_hashes(tmp_path / "in")
    for target, output, extra in [
        (table, table, []),
        (table, tmp_path / "link.csv", []),
        (tmp_path / "link.csv", table, []),
        (table, tmp_path / "hard.csv", []),
        (tmp_path / "in", table, []),
        (tmp_path / "in", tmp_path / "in" / "new-report.txt", []),
        (table, waiver, ["--waivers", str(waiver)]),
    ]:
        code, out, err = run_cli(["check", str(target), "-o", str(output), *extra])
        assert code == 2, (target, output, err)
        assert "is an input of the check" in err or "inside the checked folder" in err or "hard link" in err
        assert out == ""
    assert tree_hashes(tmp_path / "in") == before
    assert waiver.read_text() == "[]\n"


def test_output_checked_before_the_check_runs(tmp_path: Path) -> None:
    """A bad -o fails at once: the (missing) target is never looked at."""
    for output, fragment in [
        (tmp_path / "missing" / "r.json", "the folder of the report does not exist"),
        (Path("/proc/eucaim-report.json"), "cannot write a report there"),
    ]:
        code, out, err = run_cli(["check", str(tmp_path / "absent"), "-o", str(output)])
        assert code == 2 and fragment in err and "no such file or directory" not in err, err


def test_interrupted_run_leaves_no_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eucaim_spec.report.formatters as formatters

    def interrupted(*_args: object) -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr(formatters, "render", interrupted)
    table = write(tmp_path / "minimum.csv", MINIMUM_CSV)
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    write(report, "previous report\n")
    code, _, err = run_cli(["check", str(table), "-o", str(report)])
    assert code == 2 and "aborted" in err
    assert report.read_text() == "previous report\n"  # the old report is intact, no partial new one
    assert [p.name for p in report.parent.iterdir()] == ["report.json"]


def test_full_disk_is_one_line_and_no_partial_report(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    import eucaim_spec.report.output as output

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(output.os, "fsync", full)
    table = write(tmp_path / "minimum.csv", MINIMUM_CSV)
    report = tmp_path / "out" / "report.json"
    report.parent.mkdir()
    code, out, err = run_cli(["check", str(table), "-o", str(report)])
    assert code == 4 and out == ""
    assert err.strip().endswith("report.json: the report could not be written: No space left on device"), err
    assert list(report.parent.iterdir()) == []


def test_report_written_completely(tmp_path: Path) -> None:
    table = write(tmp_path / "minimum.csv", MINIMUM_CSV)
    report = tmp_path / "report.json"
    code, out, _ = run_cli(["check", str(table), "--format", "json", "-o", str(report)])
    assert code in (0, 1) and out == ""
    assert json.loads(report.read_text())["target_tier"] == 1
    assert oct(report.stat().st_mode & 0o777) != oct(0o600)  # a normal file, not the reservation's mode


# -- configuration errors: one exit code -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("- rule_id: [unclosed\n", "waiver file not valid YAML"),
        (b"\xff\xfe- rule_id: x\n", "waiver file not UTF-8"),
        ("rule_id: x\n", "a waiver file is a list"),
        ("- rule_id: x.y\n", "each waiver needs rule_id and reason"),
    ],
)
def test_waiver_file_errors_exit_4(tmp_path: Path, text: str | bytes, fragment: str) -> None:
    waivers = write(tmp_path / "w.yaml", text)
    table = write(tmp_path / "minimum.csv", MINIMUM_CSV)
    code, out, err = run_cli(["check", str(table), "--waivers", str(waivers)])
    assert code == 4 and fragment in err and out == "", err


# -- limits are options with stated defaults ---------------------------------------------------------------


def test_limit_defaults_stated_and_equal_to_the_readers() -> None:
    from eucaim_spec.cli import check_cmd
    from eucaim_spec.validate import limits
    from eucaim_spec.validate.shacl import rdf_input
    from eucaim_spec.validate.sql import tabular_input

    code, out, _ = run_cli(["check", "--help"])
    assert code == 0
    flat = " ".join(out.split())
    for option, default in [("--max-bytes", "512M"), ("--timeout", "30.0"), ("--max-depth", "100"),
                            ("--max-memory", "6G"), ("--xlsx-max-bytes", "256M"), ("--xlsx-max-ratio", "100")]:
        assert option in flat and f"[default: {default}" in flat, option
    assert limits.parse_size(check_cmd.MAX_BYTES) == rdf_input.DEFAULT_MAX_BYTES == tabular_input.DEFAULT_JSON_MAX_BYTES
    assert check_cmd.TIMEOUT == rdf_input.DEFAULT_TIMEOUT
    assert check_cmd.MAX_DEPTH == rdf_input.DEFAULT_MAX_DEPTH == tabular_input.DEFAULT_MAX_DEPTH
    assert limits.parse_size(check_cmd.MAX_MEMORY) == limits.DEFAULT_MAX_MEMORY
    assert limits.parse_size(check_cmd.XLSX_MAX_BYTES) == tabular_input.DEFAULT_XLSX_MAX_BYTES
    assert check_cmd.XLSX_MAX_RATIO == tabular_input.DEFAULT_XLSX_MAX_RATIO
    readme = " ".join((REPO / "README.md").read_text().split())
    for option in ("--max-bytes", "--timeout", "--max-depth", "--max-memory", "--xlsx-max-bytes", "--xlsx-max-ratio"):
        assert option in readme, option


def test_parser_messages_keep_only_parser_words() -> None:
    from eucaim_spec.validate.shacl.rdf_input import parser_message

    assert parser_message(f"Parser error at line 2 between columns 11 and 26: {SEED_ID} is not a valid "
                          "RDF object") == "… is not a valid RDF object"
    assert parser_message(f"Unexpected text event: '{SEED_NAME} {SEED_BIRTH}'") == "Unexpected text event: …"
    assert parser_message(f"Objects with @value cannot contain properties, {SEED_ID}@value found") == (
        "Objects with @value cannot contain properties, … found")
    assert parser_message(SEED_NAME) == "syntax error"


# -- extract-tags: only what the de-identification policy keeps --------------------------------------------


def _extract(tmp_path: Path, *extra: str) -> tuple[int, str, str]:
    from dicom_factory import image, save

    img = tmp_path / "img"
    if not img.exists():
        desc = {"StudyDescription": f"CT of {SEED_NAME}", "SeriesDescription": f"born {SEED_BIRTH}",
                "ImageComments": SEED_TEXT}
        save(image(patient_id="PSEUDO-1", study="s1", series="a", seeds=desc), img / "a.dcm")
        save(image(patient_id=SEED_ID, study="s2", series="b", identity_removed=False, seeds=desc), img / "b.dcm")
    out = tmp_path / ("out" + "".join(extra))
    code, _out, err = run_cli(["extract-tags", str(img), "-o", str(out), "--workers", "1", *extra])
    written = "".join(p.read_text() for p in sorted(out.rglob("*")) if p.is_file()) if out.exists() else ""
    return code, written, err


def test_extract_tags_writes_only_kept_attributes(tmp_path: Path) -> None:
    code, written, err = _extract(tmp_path)
    assert code == 0, err
    for seed in (SEED_ID, SEED_NAME, SEED_BIRTH, SEED_TEXT, "StudyDescription\": ", "0008103E", "00081030"):
        assert seed not in written, seed
    assert "PSEUDO-1" in written  # the pseudonym of a file that declares de-identification is kept
    assert "PatientID left empty for 2 series/studies" in err
    assert "reminder" not in err


def test_extract_tags_free_text_on_request_with_reminder(tmp_path: Path) -> None:
    code, written, err = _extract(tmp_path, "--include-free-text")
    assert code == 0, err
    assert f"CT of {SEED_NAME}" in written and f"born {SEED_BIRTH}" in written
    assert SEED_ID not in written and SEED_TEXT not in written  # still no hospital ID, no other free text
    assert "reminder: the free-text descriptors" in err


def test_extract_tags_refuses_free_text_tags_without_the_flag(tmp_path: Path) -> None:
    from dicom_factory import image, save

    save(image(), tmp_path / "img" / "a.dcm")
    code, _, err = run_cli(["extract-tags", str(tmp_path / "img"), "-o", str(tmp_path / "o"),
                            "--tags", "Modality,SeriesDescription"])
    assert code == 2 and "SeriesDescription (free text: only with --include-free-text)" in err


@pytest.fixture(autouse=True)
def _no_stray_threads() -> Iterator[None]:
    """HTTP fetch threads are daemons; a test must not leave more than a few behind."""
    yield
    assert sum(1 for t in threading.enumerate() if t.name == "eucaim-fetch") <= 2


def test_memory_ceiling_is_the_runs_growth_over_what_the_process_holds() -> None:
    """A long-lived process (service, test suite) that already maps gigabytes gets the same allowance as a fresh
    `eucaim check`: the ceiling is set above the current data segment, and put back afterwards."""
    import resource

    from eucaim_spec.validate.limits import restore_memory_ceiling, set_memory_ceiling

    def vmdata() -> int:
        status = Path("/proc/self/status").read_text(encoding="ascii").splitlines()
        return int(next(x for x in status if x.startswith("VmData:")).split()[1]) * 1024

    before = resource.getrlimit(resource.RLIMIT_DATA)
    held = vmdata()
    previous = set_memory_ceiling(100 * 1024**2)
    try:
        soft, _ = resource.getrlimit(resource.RLIMIT_DATA)
        assert held + 100 * 1024**2 <= soft <= vmdata() + 100 * 1024**2
    finally:
        restore_memory_ceiling(previous)
    assert resource.getrlimit(resource.RLIMIT_DATA) == before
