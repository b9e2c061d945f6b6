"""Reading catalogue records: formats, malformed input (exit 3 with file and line), guards, URLs."""

from __future__ import annotations

import dataclasses
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from eucaim_spec.errors import ExitCode, InputError
from eucaim_spec.validate.options import CheckOptions, InputLimits
from eucaim_spec.validate.shacl.engine import ShaclEngine
from eucaim_spec.validate.shacl.rdf_input import parse_into, read_source
from tests.test_shacl_support import TEST_DATA, ctx, make_config

RECORD = (TEST_DATA / "valid" / "Dataset-minimal.ttl").read_text()


def _split(options: dict[str, object]) -> dict[str, object]:
    """Keyword options as CheckOptions takes them: the input limits inside ``limits``."""
    names = {f.name for f in dataclasses.fields(InputLimits)}
    limits = {k: v for k, v in options.items() if k in names}
    return {**{k: v for k, v in options.items() if k not in names}, "limits": InputLimits(**limits)}  # type: ignore[arg-type]


def load(path: Path | str, **options: object) -> ox.Store:
    store = ox.Store()
    parse_into(store, read_source(path, CheckOptions(**_split(options))))
    return store


def test_formats_give_the_same_graph(tmp_path: Path) -> None:
    ttl = tmp_path / "r.ttl"
    ttl.write_text(RECORD)
    expected = load(ttl)
    for fmt, ext in (
        (ox.RdfFormat.JSON_LD, "jsonld"),
        (ox.RdfFormat.RDF_XML, "rdf"),
        (ox.RdfFormat.N_TRIPLES, "nt"),
    ):
        f = tmp_path / f"r.{ext}"
        f.write_bytes(ox.serialize(expected, format=fmt) or b"")
        assert len(load(f)) == len(expected) == 15
    # --rdf-format overrides the extension; content is sniffed when the extension says nothing.
    odd = tmp_path / "record.data"
    odd.write_bytes((tmp_path / "r.jsonld").read_bytes())
    assert len(load(odd)) == 15
    assert len(load(odd, rdf_format="json-ld")) == 15


@pytest.mark.parametrize(
    ("name", "text", "where"),
    [
        ("bad.ttl", '@prefix ex: <http://e/> .\nex:a ex:b ex:c .\nex:a ex:b "open .\n', "line 3"),
        ("bad.jsonld", '{"@id": "http://e/a",\n "http://e/p": [1,\n}', "line 3"),
        ("bad.nt", "<http://a> <http://b> <http://c> .\n<http://a> <http://b> .\n", "line 2"),
        (
            "bad.rdf",
            '<?xml version="1.0"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
            '<rdf:Description rdf:about="http://e/a">\n</rdf:RDF>\n',
            "line 4",
        ),
    ],
)
def test_malformed_input_is_exit_3_with_file_and_line(
    tmp_path: Path, name: str, text: str, where: str
) -> None:
    f = tmp_path / name
    f.write_text(text)
    with pytest.raises(InputError) as info:
        ShaclEngine(make_config(tmp_path)).check(f, ctx(tmp_path))
    err = info.value
    assert err.exit_code == ExitCode.INPUT
    assert err.one_line().startswith(f"{name}:{where}")
    assert "\n" not in str(err)


def test_remote_jsonld_context_is_not_fetched(tmp_path: Path) -> None:
    f = tmp_path / "r.jsonld"
    f.write_text('{"@context": "https://w3id.org/dcat-ap/context.jsonld", "@id": "http://e/a", "title": "x"}')
    with pytest.raises(InputError, match="remote JSON-LD @context is not fetched"):
        load(f)


@pytest.mark.parametrize(
    "doctype",
    [
        '<!DOCTYPE rdf:RDF [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>',
        '<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
        '<!DOCTYPE rdf:RDF SYSTEM "http://example.org/evil.dtd">',
    ],
    ids=["expansion", "external-entity", "external-dtd"],
)
def test_rdfxml_with_entity_declarations_is_refused(tmp_path: Path, doctype: str) -> None:
    f = tmp_path / "r.rdf"
    f.write_text(
        f'<?xml version="1.0"?>\n{doctype}\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"'
        ' xmlns:dct="http://purl.org/dc/terms/">\n<rdf:Description rdf:about="http://e/a">'
        "<dct:title>&lol2;</dct:title></rdf:Description></rdf:RDF>\n"
    )
    with pytest.raises(InputError, match="DOCTYPE or ENTITY declaration is refused") as info:
        load(f)
    assert info.value.where == "line 2"


def test_size_limit_gives_a_clear_message(tmp_path: Path) -> None:
    f = tmp_path / "big.ttl"
    f.write_text(RECORD * 50)
    with pytest.raises(InputError, match=r"above the limit of 1\.0 KB"):
        load(f, max_bytes=1024)


def test_a_huge_file_is_refused_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "huge.ttl"
    with open(f, "wb") as fh:  # sparse: 2 GB on paper, nothing on disk
        fh.truncate(2 * 1024**3)
    with pytest.raises(InputError, match=r"input is 2\.0 GB, above the limit of 512\.0 MB"):
        load(f)


# -- URLs: a local server started by the test, never the internet -----------------------------------


class _Handler(http.server.BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, dict[str, str], bytes]] = {}
    seen_accept: list[str] = []

    def do_GET(self) -> None:
        self.seen_accept.append(self.headers.get("Accept", ""))
        status, headers, body = self.routes.get(self.path, (404, {}, b"not found"))
        self.send_response(status)
        for k, v in headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{srv.server_address[1]}"
    _Handler.routes.update(
        {
            "/record": (200, {"Content-Type": "text/turtle; charset=utf-8"}, RECORD.encode()),
            "/moved": (302, {"Location": "/record"}, b""),
            "/loop": (302, {"Location": "/loop"}, b""),
            "/html": (200, {"Content-Type": "text/html"}, b"<html><body>FDP</body></html>"),
            "/big": (200, {"Content-Type": "text/turtle"}, RECORD.encode() * 100),
            "/broken": (200, {"Content-Type": "text/turtle"}, b"<http://a> <http://b> .\n"),
        }
    )
    yield base
    srv.shutdown()


def test_url_with_content_negotiation(server: str, tmp_path: Path) -> None:
    findings = ShaclEngine(make_config(tmp_path)).check(Path(server + "/record"), ctx(None, background=True))
    assert findings == []
    assert "text/turtle" in _Handler.seen_accept[-1] and "application/ld+json" in _Handler.seen_accept[-1]


def test_url_redirects_followed_and_bounded(server: str) -> None:
    assert len(load(server + "/moved")) == 15
    with pytest.raises(InputError, match="redirect"):
        load(server + "/loop")


@pytest.mark.parametrize(
    ("route", "message"),
    [
        ("/html", "text/html, not RDF"),
        ("/missing", "HTTP 404"),
        ("/broken", "malformed turtle"),
    ],
)
def test_bad_urls_are_input_errors(server: str, route: str, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        load(server + route)
    assert info.value.exit_code == ExitCode.INPUT


def test_url_size_limit(server: str) -> None:
    with pytest.raises(InputError, match="above the limit"):
        load(server + "/big", max_bytes=4096)


def test_unreachable_url() -> None:
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens on this port now
    with pytest.raises(InputError, match="unreachable"):
        load(f"http://127.0.0.1:{port}/catalog", timeout=2)
