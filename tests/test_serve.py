"""`eucaim serve`: every endpoint, the HTTP mapping of the exit codes, the limits and the safety rules.

Driven in-process with Starlette's ASGI test client; the worker-pool tests run the app under uvicorn on
loopback because they need requests truly in flight at once. Verdicts are compared with `eucaim check`
on the same input, so the service cannot drift from the CLI.
"""

from __future__ import annotations

import io
import json
import socket
import threading
import time
import zipfile
from pathlib import Path

import pytest
from starlette.testclient import TestClient as _StarletteClient  # the dev extra carries the serve extra

from eucaim_spec.serve import app as app_module
from eucaim_spec.serve.app import create_app
from eucaim_spec.serve.settings import ServeSettings
from tests.conftest import REPO, run_cli
from tests.serve_process import serve_process

INVALID = REPO / "tests/data/dcat_ap/invalid/Dataset-missing-description.ttl"
VALID = REPO / "tests/data/dcat_ap/valid/Dataset-minimal.ttl"
RULE = "dcat_ap.dataset.description.min_count"


@pytest.fixture(autouse=True)
def private_tmp(tmp_path, monkeypatch):
    """Every upload folder of the test goes under tmp_path/uploads, so that tests can see it emptied."""
    import tempfile

    d = tmp_path / "uploads"
    d.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(d))
    return d


def TestClient(app) -> _StarletteClient:
    """Starlette's test client addressing the service by a loopback name, as a local browser does (its own
    default, Host: testserver, is a foreign name the service refuses: serve.hosts)."""
    return _StarletteClient(app, base_url="http://127.0.0.1:8080")


@pytest.fixture
def client():
    return TestClient(create_app())


def _violations(report: dict) -> list[str]:
    return [f["rule_id"] for f in report["findings"] if f["severity"] == "violation"]


def _zip(members: dict[str, bytes], links: dict[str, str] | None = None) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo("placeholder")
            info.filename = name  # as given: ZipInfo() would clean a leading "/" away
            info.external_attr = (0o40755 if name.endswith("/") else 0o100644) << 16
            zf.writestr(info, data, zipfile.ZIP_DEFLATED)
        for name, target in (links or {}).items():
            info = zipfile.ZipInfo(name)
            info.external_attr = (0o120777 << 16)  # a symbolic link, as zip -y stores it
            zf.writestr(info, target)
    return buf.getvalue()


# --- POST /check: verdicts both ways, the same as `eucaim check` ---------------------------------------------------


def test_failing_record_gives_the_cli_verdict(client, private_tmp):
    r = client.post("/check", files={"file": ("record.ttl", INVALID.read_bytes())})
    assert r.status_code == 200
    assert r.headers["x-eucaim-conforms"] == "false" and r.headers["x-eucaim-exit-code"] == "1"
    report = r.json()
    assert _violations(report) == [RULE]
    [finding] = [f for f in report["findings"] if f["rule_id"] == RULE]
    assert finding["count"] == 1 and finding["location"]["file"] == "record.ttl"  # no server path
    code, out, _ = run_cli(["check", str(INVALID), "--format", "json"])
    cli = json.loads(out)
    assert code == 1
    assert [(f["rule_id"], f["severity"], f["count"]) for f in cli["findings"]] == \
        [(f["rule_id"], f["severity"], f["count"]) for f in report["findings"]]
    assert list(private_tmp.iterdir()) == []  # the upload folder is gone


def test_correct_record_conforms(client):
    r = client.post("/check", files={"file": ("Dataset-minimal.ttl", VALID.read_bytes())})
    assert r.status_code == 200 and r.headers["x-eucaim-exit-code"] == "0"
    assert r.json()["conforms"] is True and r.json()["summary"]["violation"] == 0
    code, _, _ = run_cli(["check", str(VALID), "--format", "json"])
    assert code == 0


def test_options_are_the_cli_options(client):
    # fail_on=warning turns the valid record's warnings into a failing verdict, as --fail-on warning does
    r = client.post("/check?fail_on=warning", files={"file": ("r.ttl", VALID.read_bytes())})
    assert r.status_code == 200 and r.json()["conforms"] is False and r.headers["x-eucaim-exit-code"] == "1"
    warnings = r.json()["summary"]["warning"]
    code, out, _ = run_cli(["check", str(VALID), "--format", "json", "--fail-on", "warning"])
    assert code == 1 and json.loads(out)["summary"]["warning"] == warnings > 0
    # a narrower profile checks less: the base profile leaves out the recommended (warning) shapes
    r = client.post("/check?profile=base", files={"file": ("r.ttl", VALID.read_bytes())})
    code, out, _ = run_cli(["check", str(VALID), "--format", "json", "--profile", "base"])
    assert r.json()["summary"] == json.loads(out)["summary"] and r.json()["summary"]["warning"] < warnings


def test_table_upload_is_checked_under_its_own_name(client):
    table = b"patient_id,dataset_id\n,DS1\nP2,DS1\n"
    r = client.post("/check?tier=3", files={"file": ("patient.csv", table)})
    assert r.status_code == 200
    [f] = [f for f in r.json()["findings"] if f["rule_id"] == "cdm.patient.patient_id.required"]
    assert f["count"] == 1 and f["location"]["file"] == "patient.csv" and f["location"]["row"] == 1


def test_zipped_dataset(client, private_tmp):
    data = _zip({"my-dataset/metadata/record.ttl": INVALID.read_bytes(),
                 "my-dataset/clinical/patient.csv": b"patient_id,dataset_id\nP1,DS1\n"})
    r = client.post("/check", files={"file": ("dataset.zip", data)})
    assert r.status_code == 200
    report = r.json()
    [f] = [f for f in report["findings"] if f["rule_id"] == RULE]
    assert f["location"]["file"] == "metadata/record.ttl"
    assert "minimum.dataset.imaging_missing" in [f["rule_id"] for f in report["findings"]]  # read as a dataset
    assert list(private_tmp.iterdir()) == []


# --- formats: Accept and ?format= -------------------------------------------------------------------------------


@pytest.mark.parametrize(("accept", "media", "marker"), [
    ("application/sarif+json", "application/sarif+json", '"ruleId": "' + RULE),
    ("application/junit+xml", "application/junit+xml", "<testsuites"),
    ("text/html", "text/html", "<h1>EUCAIM conformance report</h1>"),
    ("text/markdown", "text/markdown", RULE),
    ("text/plain;q=0.5, text/markdown;q=0.1", "text/plain", RULE),
    ("*/*", "application/json", '"rule_id": "' + RULE),
    ("text/turtle", "text/turtle", "dqv:QualityMeasurement"),
    ("text/csv, application/json;q=0.5", "text/csv", RULE),
])
def test_accept_chooses_the_format(client, accept, media, marker):
    r = client.post("/check", files={"file": ("record.ttl", INVALID.read_bytes())}, headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["content-type"].startswith(media)
    assert marker in r.text


def test_format_parameter_overrides_accept_and_unknown_accept_is_406(client):
    r = client.post("/check?format=sarif", files={"file": ("r.ttl", INVALID.read_bytes())},
                    headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.json()["runs"][0]["results"][0]["ruleId"] == RULE
    r = client.post("/check", json={"url": "https://example.org/r.ttl", "format": "pdf"})
    assert r.status_code == 400 and r.json()["error"].startswith("format: give one of")
    r = client.post("/check", files={"file": ("r.ttl", INVALID.read_bytes())}, data={"format": "markdown"},
                    headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/markdown")
    r = client.post("/check", files={"file": ("r.ttl", INVALID.read_bytes())}, headers={"Accept": "image/png"})
    assert r.status_code == 406 and "Accept" in r.json()["error"]


def test_format_choices_are_the_formatters():
    from eucaim_spec.report.formatters import ALL_FORMATS
    from eucaim_spec.serve.app import MEDIA_FORMATS
    from eucaim_spec.serve.options import OPTIONS
    from eucaim_spec.serve.page import DOWNLOADS

    [fmt] = [o for o in OPTIONS if o.name == "format"]
    assert set(fmt.choices) == set(ALL_FORMATS) == set(DOWNLOADS) == set(MEDIA_FORMATS.values())


def test_dqv_through_content_negotiation_is_the_cli_dqv(client, tmp_path):
    """Accept: text/turtle answers the W3C DQV measurements of the check, the same bytes as `eucaim check
    --format dqv` writes for the same record; xlsx is the CLI's workbook."""
    import openpyxl
    from rdflib import Graph, Namespace

    r = client.post("/check", files={"file": ("record.ttl", INVALID.read_bytes())}, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    code, out, _ = run_cli(["check", str(INVALID), "--format", "dqv"])
    assert code == 1 and r.text == out
    dqv, eq = Namespace("http://www.w3.org/ns/dqv#"), Namespace("https://w3id.org/eucaim-spec/quality#")
    g = Graph().parse(data=r.text, format="turtle")
    metrics = {m: str(g.value(m, dqv.isMeasurementOf)) for m in g.subjects(dqv.isMeasurementOf, None)}
    assert metrics and all(iri.startswith(str(eq)) for iri in metrics.values())
    values = {iri.removeprefix(str(eq)): g.value(m, dqv.value).toPython() for m, iri in metrics.items()}
    assert values["violation"] == 1 and values["tier1"] == "not_met"
    r = client.post("/check?format=xlsx", files={"file": ("record.ttl", INVALID.read_bytes())})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/vnd.openxmlformats")
    path = tmp_path / "r.xlsx"
    path.write_bytes(r.content)
    rows = list(openpyxl.load_workbook(path)["findings"].iter_rows(values_only=True))
    assert RULE in {row[1] for row in rows[1:]}


# --- the error mapping ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("query", "files", "body", "reason"), [
    ("?tier=9", True, None, "tier: give one of 1, 2, 3"),
    ("?colour=red", True, None, "unknown parameter 'colour'"),
    ("?tier=1&tier=2", True, None, "given twice"),
    ("?background=perhaps", True, None, "background: give true or false"),
    ("", False, None, "nothing to check"),
    ("", False, {"url": "ftp://example.org/x.ttl"}, "http:// or https://"),
    ("", False, {"url": "https://example.org/r.ttl", "tier": 7}, "tier: give one of"),
    ("", False, [1, 2], "is an object"),
])
def test_usage_errors_are_400(client, query, files, body, reason):
    kwargs: dict = {"files": {"file": ("r.ttl", VALID.read_bytes())}} if files else {}
    if body is not None:
        kwargs["json"] = body
    r = client.post("/check" + query, **kwargs)
    assert r.status_code == 400 and reason in r.json()["error"], r.text


def test_file_and_url_together_or_no_form_are_400(client):
    r = client.post("/check", files={"file": ("r.ttl", VALID.read_bytes())}, data={"url": "https://example.org/r"})
    assert r.status_code == 400 and "not both" in r.json()["error"]
    r = client.post("/check", files={"record": ("r.ttl", VALID.read_bytes())})
    assert r.status_code == 400 and "field 'file'" in r.json()["error"]
    r = client.post("/check", content=b"x", headers={"content-type": "text/turtle"})
    assert r.status_code == 400 and "multipart/form-data" in r.json()["error"]


def test_unreadable_input_is_422_with_one_line(client, private_tmp, tmp_path):
    broken = b"@prefix ex: <http://x/> .\nex:a ex:b ;;; garbage"
    (tmp_path / "record.ttl").write_bytes(broken)
    code, _, _ = run_cli(["check", str(tmp_path / "record.ttl")])
    assert code == 3  # the CLI's exit 3 is the service's 422
    r = client.post("/check", files={"file": ("record.ttl", broken)})
    assert r.status_code == 422
    reason = r.json()["error"]
    assert reason.startswith("record.ttl:") and "\n" not in reason
    assert "eucaim-serve-" not in reason and str(private_tmp) not in reason
    assert list(private_tmp.iterdir()) == []


def test_too_large_is_413(private_tmp):
    client = TestClient(create_app(ServeSettings(max_upload=4096)))
    r = client.post("/check", files={"file": ("record.ttl", b"#" * 5000)})
    assert r.status_code == 413 and "limit of 4K" in r.json()["error"]
    r = client.post("/check", json={"url": "https://example.org/" + "a" * 70_000})
    assert r.status_code == 413
    assert list(private_tmp.iterdir()) == []


def test_spec_and_internal_errors_are_500(client, monkeypatch, caplog):
    from eucaim_spec.errors import SpecError

    def broken(*args, **kwargs):
        raise SpecError("validators/dcat_ap.yaml", "unknown rule in suite")

    monkeypatch.setattr(app_module, "run_check", broken)
    r = client.post("/check", files={"file": ("r.ttl", VALID.read_bytes())})
    assert r.status_code == 500 and "unknown rule in suite" in r.json()["error"]

    def crashing(*args, **kwargs):
        raise ValueError("token 'Jane Doe' unexpected")  # as a parser might quote its input

    monkeypatch.setattr(app_module, "run_check", crashing)
    r = client.post("/check", files={"file": ("r.ttl", VALID.read_bytes())})
    assert (r.status_code, r.json()["error"]) == (500, "internal error: ValueError")
    assert "Jane" not in caplog.text


# --- zip uploads: traversal, links, bombs --------------------------------------------------------------------------


@pytest.mark.parametrize(("members", "links", "status", "reason"), [
    ({"../evil.ttl": b"x"}, None, 422, "member #1 has a path leaving"),
    ({"ok/metadata/r.ttl": b"x", "/etc/evil.ttl": b"x"}, None, 422, "member #2 has a path leaving"),
    ({"a\\..\\..\\evil.ttl": b"x"}, None, 422, "path leaving"),
    ({"ok/r.ttl": b"x"}, {"ok/metadata/link.ttl": "/etc/passwd"}, 422, "member #2 is a link"),
    ({"bomb/clinical/patient.csv": b"0" * (3 * 1024**2)}, None, 413, "inflates more than 100 times"),
    ({"empty/": b""}, None, 422, "the zip holds no file"),
])
def test_hostile_zips_are_refused(client, private_tmp, members, links, status, reason):
    r = client.post("/check", files={"file": ("dataset.zip", _zip(members, links))})
    assert r.status_code == status and reason in r.json()["error"], r.text
    assert list(private_tmp.iterdir()) == []
    assert not (private_tmp.parent / "evil.ttl").exists()


def test_zip_total_inflated_size_is_bounded(private_tmp):
    client = TestClient(create_app(ServeSettings(max_unzipped=100_000)))
    members = {f"d/clinical/t{i}.csv": bytes(range(256)) * 200 for i in range(3)}  # 3 x 51 KB, low ratio
    r = client.post("/check", files={"file": ("dataset.zip", _zip(members))})
    assert r.status_code == 413 and "inflates to more than" in r.json()["error"]


def test_zip_headers_that_lie_are_refused(tmp_path):
    """A member whose declared size is smaller than what it inflates to is refused, not unpacked."""
    from eucaim_spec.serve.errors import ServeError
    from eucaim_spec.serve.uploads import unzip_dataset

    raw = bytearray(_zip({"d/t.csv": bytes(range(256)) * 400}))  # 100 KB inflated
    # declare 10 bytes in the central directory (offset 24 of its entry): within every limit, but false
    cd = raw.index(b"PK\x01\x02")
    raw[cd + 24:cd + 28] = (10).to_bytes(4, "little")
    archive = tmp_path / "d.zip"
    archive.write_bytes(bytes(raw))
    (tmp_path / "out").mkdir()
    with pytest.raises(ServeError) as exc:
        unzip_dataset(archive, tmp_path / "out", ServeSettings(max_unzipped=50_000))
    assert (exc.value.status, exc.value.reason) == (422, "upload: zip member #1 cannot be read")


# --- URLs ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("url", ["http://127.0.0.1:9/r.ttl", "http://10.1.2.3/r.ttl", "http://169.254.169.254/x",
                                 "http://[::1]/r.ttl", "http://[::ffff:127.0.0.1]/r.ttl", "http://localhost/r"])
def test_local_urls_are_refused(client, url):
    r = client.post("/check", json={"url": url})
    assert r.status_code == 400 and "--allow-local-urls" in r.json()["error"]


@pytest.fixture
def record_server():
    """A loopback HTTP server answering the failing record as Turtle."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = INVALID.read_bytes()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/turtle")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/record.ttl"
    server.shutdown()


def test_url_check_when_local_urls_are_allowed(record_server):
    client = TestClient(create_app(ServeSettings(allow_local_urls=True)))
    r = client.post("/check?tier=1", json={"url": record_server})
    assert r.status_code == 200 and _violations(r.json()) == [RULE]
    code, _, _ = run_cli(["check", record_server])
    assert code == 1
    # the page's form: an empty file input beside the URL, as a browser sends it
    r = client.post("/ui/check", files={"file": ("", b"", "application/octet-stream")},
                    data={"url": record_server, "tier": "1"})
    assert r.status_code == 200 and "Does not conform to tier 1" in r.text
    # the fetch limits are the CLI's: a 100-byte --max-bytes refuses the record (422, one line)
    client = TestClient(create_app(ServeSettings(allow_local_urls=True, check_limits={"max_bytes": 100})))
    r = client.post("/check", json={"url": record_server})
    assert r.status_code == 422 and "100" in r.json()["error"]


def test_redirect_to_a_local_host_is_refused(record_server, monkeypatch):
    """A public URL that redirects to loopback is refused at the redirect, before the target is asked."""
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from eucaim_spec.serve import url_guard

    class Redirect(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(302)
            self.send_header("Location", record_server)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args):
            pass

    hop = ThreadingHTTPServer(("127.0.0.1", 0), Redirect)
    threading.Thread(target=hop.serve_forever, daemon=True).start()
    start = f"http://127.0.0.1:{hop.server_address[1]}/fdp"
    real = url_guard.refuse_local
    # the first hop stands for a public host (the tests have no network): only it is let through
    monkeypatch.setattr(url_guard, "refuse_local", lambda url, allow_local: None if url == start else
                        real(url, allow_local))
    try:
        r = TestClient(create_app()).post("/check", json={"url": start})
        assert r.status_code == 422 and "redirected to a loopback, private or link-local" in r.json()["error"]
        # allowed, the same redirect is followed to the record: the refusal above was the guard's
        r = TestClient(create_app(ServeSettings(allow_local_urls=True))).post("/check", json={"url": start})
        assert r.status_code == 200 and _violations(r.json()) == [RULE]
    finally:
        hop.shutdown()


# --- rules, health, OpenAPI ----------------------------------------------------------------------------------------


def test_rules_endpoints(client):
    from eucaim_spec.validate.catalogue import all_rules

    every = all_rules()
    r = client.get("/rules")
    assert r.status_code == 200 and len(r.json()) == len(every)
    r = client.get("/rules?standard=dcat_ap&tier=1")
    assert {x["standard"] for x in r.json()} == {"dcat_ap"} and {x["tier"] for x in r.json()} == {1}
    assert len(r.json()) == len([x for x in every if x.standard == "dcat_ap" and x.tier <= 1])
    r = client.get(f"/rules/{RULE}")
    assert r.status_code == 200 and r.json()["id"] == RULE and r.json()["severity"] == "violation"
    assert client.get("/rules/no.such.rule").status_code == 404
    assert client.get("/rules?tier=4").status_code == 400
    assert client.get("/rules?colour=red").status_code == 400


def test_health_and_openapi(client):
    r = client.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and r.json()["workers"] == 2
    doc = client.get("/openapi.json").json()
    assert doc["openapi"].startswith("3.1")
    api_routes = {route.path for route in client.app.routes} - {"/", "/ui/check", "/reports/{report_id}"}
    assert set(doc["paths"]) == {p.replace(":path", "") for p in api_routes}
    from eucaim_spec.serve.options import OPTIONS

    assert [p["name"] for p in doc["paths"]["/check"]["post"]["parameters"]] == [o.name for o in OPTIONS]
    assert {"200", "400", "413", "422"} <= set(doc["paths"]["/check"]["post"]["responses"])


# --- bearer token --------------------------------------------------------------------------------------------------


def test_bearer_token(private_tmp):
    client = TestClient(create_app(ServeSettings(token="s3cret-token")))
    files = {"file": ("r.ttl", VALID.read_bytes())}
    r = client.post("/check", files=files)
    assert r.status_code == 401 and r.headers["www-authenticate"] == "Bearer"
    assert client.post("/check", files=files, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.get("/rules").status_code == 401
    r = client.post("/check", files=files, headers={"Authorization": "Bearer s3cret-token"})
    assert r.status_code == 200 and r.json()["conforms"] is True
    assert client.get("/health").status_code == 200
    assert "securitySchemes" in client.get("/openapi.json").json()["components"]
    # the page sends the token as a form field
    assert 'name="token"' in client.get("/").text
    assert client.post("/ui/check", files=files, data={"token": "wrong"}).status_code == 401
    assert client.post("/ui/check", files=files, data={"token": "s3cret-token"}).status_code == 200
    assert list(private_tmp.iterdir()) == []


# --- the page ------------------------------------------------------------------------------------------------------


def test_page_form_result_and_downloads(client):
    page = client.get("/").text
    for field in ('name="file"', 'name="url"', 'name="tier"', 'name="profile"', 'name="quality"',
                  'enctype="multipart/form-data"'):
        assert field in page
    r = client.post("/ui/check", files={"file": ("record.ttl", INVALID.read_bytes())}, data={"tier": "1"})
    assert r.status_code == 200 and r.headers["x-eucaim-conforms"] == "false"
    assert "Does not conform to tier 1" in r.text and RULE in r.text
    import re

    links = dict(re.findall(r'id="download-(\w+)" href="\.\./(reports/[^"]+)"', r.text))
    assert set(links) == {"json", "sarif", "junit", "html", "markdown", "text", "csv", "xlsx", "dqv"}
    for fmt, link in links.items():
        d = client.get("/" + link.replace("&amp;", "&"))
        assert d.status_code == 200 and d.headers["content-disposition"].startswith("attachment"), fmt
        if fmt == "xlsx":
            assert d.content[:2] == b"PK"
        elif fmt == "dqv":
            assert "eq:violation ; dqv:value 1 ]" in d.text
        else:
            assert RULE in d.text, fmt
    assert _violations(client.get("/" + links["json"]).json()) == [RULE]
    assert client.get("/reports/unknown?format=json").status_code == 404
    r = client.post("/ui/check", files={"file": ("record.ttl", b"ex:a ex:b")})
    assert r.status_code == 422 and 'id="error"' in r.text


# --- privacy: nothing of an upload in the logs ---------------------------------------------------------------------


def test_no_upload_value_is_logged(client, caplog):
    import logging

    caplog.set_level(logging.DEBUG)
    marker = "Jane_Doe_19700101"
    table = f"patient_id,dataset_id\n{marker},DS1\n".encode()
    client.post("/check?tier=3", files={"file": (f"{marker}.csv", table)})
    client.post("/check", files={"file": (f"{marker}.ttl", f"<{marker}> garbage".encode())})
    assert caplog.records, "the service logs its outcomes"
    assert marker not in caplog.text


def test_upload_names_are_sanitised():
    from eucaim_spec.serve.uploads import safe_name

    assert safe_name("../../etc/passwd") == "passwd"
    assert safe_name("C:\\Users\\x\\patient.csv") == "patient.csv"
    assert safe_name("..") == "upload" and safe_name(None) == "upload"


# --- the worker pool, under uvicorn on loopback --------------------------------------------------------------------


@pytest.fixture
def live():
    """Start an app under uvicorn on a free loopback port; yields a function (settings) -> base URL."""
    import uvicorn

    servers = []

    def start(settings: ServeSettings) -> str:
        sock = socket.socket()
        sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(create_app(settings), log_level="warning", access_log=False)
        server = uvicorn.Server(config)
        threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True).start()
        deadline = time.monotonic() + 10
        while not server.started:
            assert time.monotonic() < deadline, "uvicorn did not start"
            time.sleep(0.02)
        servers.append(server)
        return f"http://127.0.0.1:{sock.getsockname()[1]}"

    yield start
    for s in servers:
        s.should_exit = True


def test_pool_bounds_concurrency_and_queue(live, monkeypatch):
    import httpx2 as httpx

    running, peak, release = [0], [0], threading.Event()
    lock = threading.Lock()

    def slow_run(target, options, limits, base):
        with lock:
            running[0] += 1
            peak[0] = max(peak[0], running[0])
        release.wait(10)
        with lock:
            running[0] -= 1
        return real_run(target, options, limits, base)

    real_run = app_module._run
    monkeypatch.setattr(app_module, "_run", slow_run)
    base = live(ServeSettings(workers=2, queue=1))
    results: list[int] = []

    def post() -> None:
        r = httpx.post(base + "/check", files={"file": ("r.ttl", VALID.read_bytes())}, timeout=60)
        results.append(r.status_code)

    threads = [threading.Thread(target=post) for _ in range(3)]
    for t in threads:
        t.start()
    deadline = time.monotonic() + 10
    while httpx.get(base + "/health").json()["waiting"] < 1:  # 2 running, 1 waiting
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert httpx.get(base + "/health").json()["busy"] == 2
    r = httpx.post(base + "/check", files={"file": ("r.ttl", VALID.read_bytes())}, timeout=30)
    assert r.status_code == 503 and "retry" in r.json()["error"]
    release.set()
    for t in threads:
        t.join(60)
    assert sorted(results) == [200, 200, 200] and peak[0] == 2


# --- the command ---------------------------------------------------------------------------------------------------


def test_serve_command_options(monkeypatch):
    code, out, _ = run_cli(["serve", "--help"])
    assert code == 0 and "--allow-local-urls" in out and "127.0.0.1" in out
    monkeypatch.delenv("EUCAIM_TEST_TOKEN", raising=False)
    code, _, err = run_cli(["serve", "--token-env", "EUCAIM_TEST_TOKEN"])
    assert code == 2 and "EUCAIM_TEST_TOKEN" in err
    code, out, _ = run_cli(["--help"])
    assert "serve " in out


# --- DNS rebinding: the Host allow-list -----------------------------------------------------------------------------


@pytest.mark.parametrize(("bind", "extra", "host", "status"), [
    ("127.0.0.1", (), "127.0.0.1:8080", 200),
    ("127.0.0.1", (), "localhost:8080", 200),
    ("127.0.0.1", (), "LOCALHOST.", 200),
    ("127.0.0.1", (), "[::1]:8080", 200),
    ("127.0.0.1", (), "attacker.example:8080", 421),  # a page whose name was rebound to 127.0.0.1
    ("127.0.0.1", (), "127.0.0.1.attacker.example", 421),
    ("127.0.0.1", (), "", 421),
    ("127.0.0.1", ("checker.example",), "checker.example", 200),
    ("127.0.0.1", ("checker.example",), "attacker.example", 421),
    ("localhost", (), "localhost", 200),
    ("127.0.0.1", ("*",), "attacker.example", 200),
    ("0.0.0.0", (), "attacker.example", 200),  # not loopback: reachable by name anyway, no list unless given
    ("0.0.0.0", ("checker.example",), "attacker.example", 421),
    ("0.0.0.0", ("checker.example",), "checker.example:443", 200),
])
def test_host_allow_list(bind, extra, host, status):
    app = create_app(ServeSettings(host=bind, allowed_hosts=extra))
    r = _StarletteClient(app).get("/health", headers={"Host": host})
    assert r.status_code == status, (bind, extra, host)
    if status == 421:
        assert "--allowed-host" in r.json()["error"] and not (host and host.split(":")[0] in r.json()["error"])


def test_serve_refuses_foreign_host_names(tmp_path):
    """`eucaim serve` on loopback answers requests naming it and refuses (421) any other name, on every route
    and before an upload is read; `--allowed-host` adds a name."""
    import http.client

    def request(base: str, method: str, path: str, host: str, body: bytes | None = None) -> tuple[int, bytes]:
        conn = http.client.HTTPConnection(base.removeprefix("http://"), timeout=60)
        headers = {"Host": host}
        if body is not None:
            headers["Content-Type"] = "multipart/form-data; boundary=b"
        conn.request(method, path, body=body, headers=headers)
        resp = conn.getresponse()
        data = resp.read()
        conn.close()
        return resp.status, data

    upload = (b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"r.ttl\"\r\n\r\n"
              + INVALID.read_bytes() + b"\r\n--b--\r\n")
    with serve_process(tmp_path, "--workers", "1", "--allowed-host", "checker.example") as (base, log):
        port = base.rsplit(":", 1)[1]
        for path in ("/", "/health", "/rules", "/openapi.json"):
            assert request(base, "GET", path, f"attacker.example:{port}")[0] == 421, path
            assert request(base, "GET", path, f"localhost:{port}")[0] == 200, path
        status, data = request(base, "POST", "/check", f"attacker.example:{port}", upload)
        assert status == 421 and b"allowed-host" in data
        status, data = request(base, "POST", "/check", f"127.0.0.1:{port}", upload)
        assert status == 200 and _violations(json.loads(data)) == [RULE]
        status, data = request(base, "POST", "/check", "checker.example", upload)
        assert status == 200 and _violations(json.loads(data)) == [RULE]
    code, out, _ = run_cli(["serve", "--help"])
    assert "--allowed-host" in out and "DNS rebinding" in out


def test_quality_option_is_the_cli_quality(client, tmp_path):
    """?quality=true adds the same profile.* findings as `eucaim check --quality` on the same table."""
    rows = ["PatientID,Population,Sex,age_at_diagnosis"] + [f"X{i},COM1001087,COM1001370,{40 + i}" for i in range(6)]
    table = ("\n".join(rows) + "\n").encode()
    r = client.post("/check?quality=true", files={"file": ("clinical.csv", table)})
    assert r.status_code == 200
    served = sorted((f["rule_id"], f["severity"], f["count"]) for f in r.json()["findings"]
                    if f["rule_id"].startswith("profile."))
    (tmp_path / "clinical.csv").write_bytes(table)
    code, out, _ = run_cli(["check", str(tmp_path / "clinical.csv"), "--quality", "--format", "json"])
    cli = sorted((f["rule_id"], f["severity"], f["count"]) for f in json.loads(out)["findings"]
                 if f["rule_id"].startswith("profile."))
    assert served == cli and ("profile.disclosure.k_anonymity", "warning", 6) in served
    r = client.post("/check", files={"file": ("clinical.csv", table)})
    assert not [f for f in r.json()["findings"] if f["rule_id"].startswith("profile.")]
    # the page's checkbox sends quality=true
    r = client.post("/ui/check", files={"file": ("clinical.csv", table)}, data={"quality": "true", "tier": "1"})
    assert r.status_code == 200 and "profile.disclosure.k_anonymity" in r.text


def test_container_recipes_use_options_eucaim_serve_has():
    """The Dockerfile's CMD and the compose example's command parse as `eucaim serve` options (no Docker here:
    the recipes cannot drift from the CLI); the compose service names its public host (DNS-rebinding defence)."""
    import shlex

    import yaml

    from eucaim_spec.cli.serve_cmd import serve

    compose = yaml.safe_load((REPO / "examples/serve/compose.yaml").read_text(encoding="utf-8"))
    command = compose["services"]["eucaim-serve"]["command"]
    [cmd_line] = [line for line in (REPO / "Dockerfile").read_text(encoding="utf-8").splitlines()
                  if line.startswith("CMD [")]
    for argv in (command, json.loads(cmd_line[4:])):
        assert argv[:2] == ["eucaim", "serve"], argv
        ctx = serve.make_context("serve", [a.replace("${EUCAIM_SERVE_HOST:-checker.invalid}", "checker.invalid")
                                           for a in argv[2:]])
        assert ctx.params["host"] == "0.0.0.0" and ctx.params["token_env"] == "EUCAIM_SERVE_TOKEN", shlex.join(argv)
    assert "--allowed-host" in command


def test_deployment_and_shacl_backend_are_the_cli_options(client, tmp_path):
    """deployment=on_premises lowers the de-identification rules to warnings (the images stay at the site), as
    --deployment does; the pySHACL backend finds the compiled backend's violation."""
    from pydicom.data import get_testdata_file

    dicom = Path(get_testdata_file("CT_small.dcm", read=False)).read_bytes()  # a named patient
    data = _zip({"ds/metadata/record.ttl": VALID.read_bytes(), "ds/imaging/ct.dcm": dicom})
    for part, name, body in (("metadata", "record.ttl", VALID.read_bytes()), ("imaging", "ct.dcm", dicom)):
        (tmp_path / "ds" / part).mkdir(parents=True)
        (tmp_path / "ds" / part / name).write_bytes(body)
    for deployment, severity in (("reference_node", "violation"), ("on_premises", "warning")):
        r = client.post(f"/check?deployment={deployment}", files={"file": ("ds.zip", data)})
        [f] = [f for f in r.json()["findings"] if f["rule_id"] == "dicom.deid.patient_name"]
        code, out, _ = run_cli(["check", str(tmp_path / "ds"), "--deployment", deployment, "--format", "json"])
        [g] = [g for g in json.loads(out)["findings"] if g["rule_id"] == "dicom.deid.patient_name"]
        assert f["severity"] == g["severity"] == severity
    assert client.post("/check?deployment=moon", files={"file": ("ds.zip", data)}).status_code == 400
    r = client.post("/check?shacl_backend=pyshacl", files={"file": ("record.ttl", INVALID.read_bytes())})
    assert r.status_code == 200 and RULE in _violations(r.json())
