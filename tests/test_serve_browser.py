"""The upload page end to end in a real browser: `eucaim serve` as a process, Debian's headless Chromium
driven over the DevTools protocol (websocket-client): upload a failing catalogue record, read the verdict,
download the JSON report. Screenshots go to build/serve-shots/ for people to look at.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.serve_process import serve_process

SHOTS = REPO / "build" / "serve-shots"
RULE = "dcat_ap.dataset.description.min_count"


class DevTools:
    """A minimal DevTools protocol client over one browser websocket, pages reached by flat sessions."""

    def __init__(self, ws_url: str) -> None:
        import websocket

        self.ws = websocket.create_connection(ws_url, timeout=30, suppress_origin=True)
        self.next_id = 0
        self.events: list[dict] = []

    def send(self, method: str, params: dict | None = None, session: str | None = None) -> dict:
        self.next_id += 1
        msg: dict = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        self.ws.send(json.dumps(msg))
        while True:
            data = json.loads(self.ws.recv())
            if data.get("id") == self.next_id:
                assert "error" not in data, f"{method}: {data['error']}"
                return data.get("result", {})
            self.events.append(data)

    def wait_event(self, method: str, timeout: float = 60) -> dict:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for i, e in enumerate(self.events):
                if e.get("method") == method:
                    return self.events.pop(i)
            self.events.append(json.loads(self.ws.recv()))
        raise AssertionError(f"no {method} within {timeout} s")

    def close(self) -> None:
        self.ws.close()


@pytest.fixture
def service(tmp_path):
    """`eucaim serve` on a free loopback port, as a user starts it."""
    with serve_process(tmp_path, "--workers", "1") as (base, log):
        yield base, log


@pytest.fixture
def browser(tmp_path):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed: scripts/system-deps.sh installs it"
    profile = tmp_path / "chromium-profile"
    proc = subprocess.Popen([chromium, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run",
                             "--disable-dev-shm-usage", f"--user-data-dir={profile}", "--remote-debugging-port=0",
                             "--window-size=1280,1000", "about:blank"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    ws_url = None
    deadline = time.monotonic() + 30
    assert proc.stderr is not None
    while ws_url is None:
        line = proc.stderr.readline()
        assert line or proc.poll() is None, "chromium exited before its DevTools endpoint was up"
        if "DevTools listening on " in line:
            ws_url = line.split("DevTools listening on ", 1)[1].strip()
        assert time.monotonic() < deadline, "chromium's DevTools endpoint did not come up"
    tools = DevTools(ws_url)
    yield tools
    tools.close()
    proc.terminate()
    proc.wait(10)


def _shot(tools: DevTools, session: str, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    data = tools.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session)
    path = SHOTS / name
    path.write_bytes(base64.b64decode(data["data"]))
    return path


def test_upload_form_end_to_end(service, browser, tmp_path):
    base, server_log = service
    # the failing example: the invalid record lacking dct:description, under a name a user might give it
    record = tmp_path / "upload" / "catalogue-record.ttl"
    record.parent.mkdir()
    record.write_bytes((REPO / "tests/data/dcat_ap/invalid/Dataset-missing-description.ttl").read_bytes())
    downloads = tmp_path / "downloads"
    downloads.mkdir()

    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    browser.send("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    browser.send("Page.enable", session=session)

    browser.send("Page.navigate", {"url": base + "/"}, session)
    browser.wait_event("Page.loadEventFired")
    shot_form = _shot(browser, session, "01-form.png")

    doc = browser.send("DOM.getDocument", session=session)["root"]["nodeId"]
    file_input = browser.send("DOM.querySelector", {"nodeId": doc, "selector": "#file"}, session)["nodeId"]
    browser.send("DOM.setFileInputFiles", {"nodeId": file_input, "files": [str(record)]}, session)
    browser.send("Runtime.evaluate", {"expression": "document.querySelector('#tier').value = '1';"
                                                    "document.querySelector('#submit').click()"}, session)
    browser.wait_event("Page.loadEventFired")

    def text(selector: str) -> str:
        result = browser.send("Runtime.evaluate", {"expression": f"document.querySelector('{selector}').textContent",
                                                   "returnByValue": True}, session)
        return str(result["result"].get("value"))

    verdict = text("#verdict")
    assert verdict.startswith("Does not conform to tier 1 (no tier met): 1 violation(s)"), verdict
    shot_report = _shot(browser, session, "02-report.png")

    browser.send("Runtime.evaluate", {"expression": "document.querySelector('#download-json').click()"}, session)
    deadline = time.monotonic() + 30
    saved = downloads / "eucaim-report.json"
    while not saved.exists():
        assert time.monotonic() < deadline, f"no download; got {os.listdir(downloads)}"
        time.sleep(0.1)
    time.sleep(0.2)  # Chromium renames the finished download into place; let the write settle
    report = json.loads(saved.read_text(encoding="utf-8"))
    assert report["conforms"] is False and report["target_tier"] == 1
    assert [f["rule_id"] for f in report["findings"] if f["severity"] == "violation"] == [RULE]
    [finding] = [f for f in report["findings"] if f["rule_id"] == RULE]
    assert finding["location"]["file"] == "catalogue-record.ttl"

    # a file that is not a record: the page says why, in one line, and nothing of the upload is logged
    bad = tmp_path / "upload" / "Jane_Doe_notes.ttl"
    bad.write_bytes(b"this is not turtle")
    browser.send("Page.navigate", {"url": base + "/"}, session)
    browser.wait_event("Page.loadEventFired")
    doc = browser.send("DOM.getDocument", session=session)["root"]["nodeId"]
    file_input = browser.send("DOM.querySelector", {"nodeId": doc, "selector": "#file"}, session)["nodeId"]
    browser.send("DOM.setFileInputFiles", {"nodeId": file_input, "files": [str(bad)]}, session)
    browser.send("Runtime.evaluate", {"expression": "document.querySelector('#submit').click()"}, session)
    browser.wait_event("Page.loadEventFired")
    assert text("#error").startswith("Not checked (HTTP 422): Jane_Doe_notes.ttl:")
    shot_error = _shot(browser, session, "03-unreadable.png")
    assert "Jane" not in server_log.read_text(encoding="utf-8", errors="replace")

    for shot in (shot_form, shot_report, shot_error):
        assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 5000
