"""Issue 14: the HTML report of the failing example in Debian's headless Chromium at 360, 1280 and 1920 px:
no horizontal scroll of the page, no console error, filters work without script. Screenshots are kept in
build/report-shots/ for people to look at."""

from __future__ import annotations

import base64
import json

from tests.conftest import REPO, run_cli
from tests.test_serve_browser import DevTools, browser  # noqa: F401 - the fixture: one headless Chromium

SHOTS = REPO / "build" / "report-shots"
FAILING = REPO / "examples" / "tier1-failing"


def _eval(tools: DevTools, session: str, expression: str):
    res = tools.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session)
    assert "exceptionDetails" not in res, res
    return res["result"].get("value")


def test_html_report_renders_at_three_widths(browser, tmp_path):  # noqa: F811 - pytest fixture
    page = tmp_path / "report.html"
    code, _, _ = run_cli(["check", str(FAILING), "--format", "html", "--no-progress", "-o", str(page)])
    assert code == 1
    html = page.read_text(encoding="utf-8")
    assert "<script" not in html and "http://" not in html.split("<body>")[0]  # no external CSS or JS
    target = browser.send("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    for domain in ("Page", "Runtime", "Log"):
        browser.send(f"{domain}.enable", {}, session)
    SHOTS.mkdir(parents=True, exist_ok=True)
    for width in (360, 1280, 1920):
        browser.send("Emulation.setDeviceMetricsOverride",
                     {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600}, session)
        browser.send("Page.navigate", {"url": page.as_uri()}, session)
        browser.wait_event("Page.loadEventFired")
        scroll = _eval(browser, session, "[document.documentElement.scrollWidth, window.innerWidth]")
        assert scroll[0] <= scroll[1], (width, scroll)
        assert _eval(browser, session, "document.querySelector('#ladder .not_met .step').textContent") \
            == "Tier 1: not met"
        data = browser.send("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session)
        (SHOTS / f"failing-{width}.png").write_bytes(base64.b64decode(data["data"]))
    # CSS-only filters: unticking the dcat_ap standard hides its two rules, unticking violations hides the rest
    visible = "[...document.querySelectorAll('details.f')].filter(e => e.offsetParent !== null).length"
    assert _eval(browser, session, visible) == 5
    _eval(browser, session, "document.querySelector('#show-std-dcat_ap').click()")
    assert _eval(browser, session, visible) == 3
    _eval(browser, session, "document.querySelector('#show-sev-violation').click()")
    assert _eval(browser, session, visible) == 0
    errors = [e for e in browser.events if e.get("method") in ("Runtime.exceptionThrown", "Log.entryAdded")
              and (e.get("method") == "Runtime.exceptionThrown" or e["params"]["entry"]["level"] == "error")]
    errors += [e for e in browser.events if e.get("method") == "Runtime.consoleAPICalled"
               and e["params"]["type"] == "error"]
    assert not errors, json.dumps(errors)[:2000]
