"""The documentation site: built from the sources by `eucaim docs build` with mkdocs --strict, every rule id
an anchor, every code of a coded slot on its class page; and a headless Chromium visit of the built site."""

from __future__ import annotations

import contextlib
import html
import http.server
import json
import re
import shutil
import time
from pathlib import Path

import pytest
import yaml

from tests.conftest import run_cli

ROOT = Path(__file__).resolve().parent.parent
ID_RE = re.compile(r'\sid="([^"]+)"')


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, float]:
    """(site dir, generated Markdown dir, seconds) of one `eucaim docs build` run from the checkout."""
    base = tmp_path_factory.mktemp("site")
    out, src = base / "site", base / "src"
    start = time.monotonic()
    code, _, err = run_cli(["docs", "build", "-o", str(out), "--keep-sources", str(src)])
    seconds = time.monotonic() - start
    assert code == 0, err
    return out, src, seconds


def _ids(page: Path) -> set[str]:
    return {html.unescape(i) for i in ID_RE.findall(page.read_text(encoding="utf-8"))}


def test_site_builds_strict_under_a_minute(built_site: tuple[Path, Path, float]) -> None:
    out, src, seconds = built_site
    assert seconds < 60, f"site build took {seconds:.1f} s"
    for page in ("index.html", "tiers/index.html", "cdm-diagram/index.html", "cli/index.html",
                 "dicom-layout/index.html", "dicom-deid/index.html", "standards/cdm/Patient/index.html",
                 "rules/cdm/index.html"):
        assert (out / page).is_file(), page
    # generated pages never land in the docs source folder
    assert not (ROOT / "site" / "rules").exists()
    assert not (ROOT / "site" / "standards").exists()
    assert (src / "rules" / "cdm.md").is_file()
    # each standard's changelog (schemas/<standard>/CHANGELOG.md) is published
    for changelog in sorted((ROOT / "schemas").glob("*/CHANGELOG.md")):
        assert (out / "changelog" / changelog.parent.name / "index.html").is_file()
    # the CLI reference is generated from the click commands (mkdocs-click), one section per command
    cli_ids = _ids(out / "cli" / "index.html")
    assert {"eucaim-check", "eucaim-explain", "eucaim-docs-build", "eucaim-template", "eucaim-rules"} <= cli_ids


def test_every_rule_of_eucaim_rules_has_an_anchor(built_site: tuple[Path, Path, float]) -> None:
    out, _, _ = built_site
    code, stdout, _ = run_cli(["rules", "--format", "json"])
    assert code == 0
    rules = json.loads(stdout)
    assert len(rules) > 500
    anchors: dict[str, set[str]] = {}
    missing = []
    for r in rules:
        std = r["standard"]
        if std not in anchors:
            anchors[std] = _ids(out / "rules" / std / "index.html")
        if r["id"] not in anchors[std]:
            missing.append(r["id"])
    assert missing == []


def test_rule_section_has_meaning_severity_fix_and_codes(built_site: tuple[Path, Path, float]) -> None:
    _, src, _ = built_site
    text = (src / "rules" / "cdm.md").read_text(encoding="utf-8")
    section = text.split("{#cdm.patient.patient_birth_sex.code}", 1)[1].split("\n## ", 1)[0]
    assert "| tier 1 | tier 2 | tier 3 |" in section
    assert "| not run | violation | violation |" in section  # a search key: runs from tier 2 (tiers.yaml)
    assert "**How to fix it.** use a value of BirthSexEnum" in section
    assert "`COM1001370`" in section and "`COM1001366`" in section
    assert "../standards/cdm/Patient.md#patient_birth_sex" in section
    # a rule with an invalid example shows it, and the valid minimal example of the same class
    kw = (src / "rules" / "dcat_ap.md").read_text(encoding="utf-8").split(
        "{#dcat_ap.dataset.keyword.min_count}", 1)[1].split("\n## ", 1)[0]
    assert "**Failing example** (`tests/data/dcat_ap/invalid/Dataset-missing-keyword.ttl`)" in kw
    assert "**Passing example** (`tests/data/dcat_ap/valid/Dataset-minimal." in kw


def _raw_enum_codes() -> dict[tuple[str, str], set[str]]:
    """(standard, enum) -> codes, computed from the authored YAML and the packaged vocabulary directly
    (not through the expansion the site uses)."""
    from eucaim_spec import vocab

    onto = vocab.load()
    out: dict[tuple[str, str], set[str]] = {}
    for standard in ("cdm", "minimum", "dcat_ap"):
        for f in sorted((ROOT / "schemas" / standard).glob("*.yaml")):
            enums = (yaml.safe_load(f.read_text(encoding="utf-8")) or {}).get("enums") or {}
            for name, e in enums.items():
                rf = e.get("reachable_from")
                if rf:
                    codes: set[str] = set()
                    for node in rf["source_nodes"]:
                        root = node.split(":", 1)[1]
                        codes |= set(onto.descendants(root, bool(rf.get("include_self"))))
                    out[(standard, name)] = codes
                else:
                    out[(standard, name)] = {str(k) for k in (e.get("permissible_values") or {})}
    return out


def test_each_coded_slot_lists_every_code_of_its_enum(built_site: tuple[Path, Path, float]) -> None:
    from eucaim_spec.schemaview import load_expanded

    out, _, _ = built_site
    expected = _raw_enum_codes()
    checked = 0
    for standard in ("cdm", "minimum", "dcat_ap"):
        sv = load_expanded(standard)
        for cname in sv.all_classes():
            page = (out / "standards" / standard / cname / "index.html").read_text(encoding="utf-8")
            for slot in sv.class_induced_slots(cname):
                if slot.range not in sv.all_enums():
                    continue
                codes = expected[(standard, str(slot.range))]
                assert codes, (standard, slot.range)
                # the codes sit in the slot's own section (between its heading and the next slot heading)
                section = page.split(f'id="{slot.name}"', 1)[1].split("<h2 ", 1)[0]
                absent = sorted(c for c in codes if f"<code>{html.escape(c)}</code>" not in section)
                assert absent == [], (standard, cname, slot.name, absent[:5])
                checked += 1
    assert checked > 30


def test_branch_tree_shows_curated_edge_evidence(built_site: tuple[Path, Path, float]) -> None:
    _, src, _ = built_site
    text = (src / "standards" / "cdm" / "enums" / "BirthSexEnum.md").read_text(encoding="utf-8")
    assert "- `COM1001396` Sex assigned at birth" in text
    # a code placed in the branch by a curated edge says so, with the edge's source note
    line = next(ln for ln in text.splitlines() if ln.strip().startswith("- `COM1001370`"))
    assert line.startswith("    - ") and "curated edge: curated-list" in line


def test_tier_matrix_and_er_diagram(built_site: tuple[Path, Path, float]) -> None:
    _, src, _ = built_site
    tiers = (src / "tiers.md").read_text(encoding="utf-8")
    for req in ("T1-1", "T1-2", "T2-1", "T3-1"):
        assert f"| **{req}** " in tiers
    t11 = next(ln for ln in tiers.splitlines() if ln.startswith("| **T1-1** "))
    assert "`dcat_ap.*`" in t11 and "RDA-F1-01M" in t11
    er = (src / "cdm-diagram.md").read_text(encoding="utf-8")
    assert "```mermaid\nerDiagram" in er
    assert 'patient ||--o{ image_study : "patient_id"' in er
    assert "INTEGER series_id PK" in er


def test_broken_link_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """mkdocs runs --strict: a hand-written page linking to a page that does not exist is exit 4."""
    from eucaim_spec.docs import pages, site_build

    checkout = tmp_path / "checkout"
    (checkout / "site").mkdir(parents=True)
    shutil.copyfile(ROOT / "mkdocs.yml", checkout / "mkdocs.yml")
    (checkout / "site" / "index.md").write_text("# Home\n\nSee [the rules](rules/nowhere.md).\n", encoding="utf-8")
    monkeypatch.setattr(site_build, "_checkout", lambda: checkout)
    monkeypatch.setattr(pages, "all_pages", lambda: ({"tiers.md": "# Tiers\n"}, [{"Tier matrix": "tiers.md"}]))
    code, _, err = run_cli(["docs", "build", "-o", str(tmp_path / "out")])
    assert code == 4, err
    assert "strict" in err and "rules/nowhere.md" in err


# ------------------------------------------------------------------------------ headless Chromium visit

SHOTS = ROOT / "build" / "site-shots"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the built site (search needs http: its worker fetches the index) without request logging."""

    def log_message(self, format: str, *args: object) -> None:
        pass


class Chromium:
    """Debian's chromium driven over the DevTools protocol on a pipe (--remote-debugging-pipe: JSON messages
    ending in NUL on fds 3 and 4), so no websocket client and no browser download are needed."""

    def __init__(self, profile: Path) -> None:
        import os
        import subprocess

        exe = shutil.which("chromium")
        assert exe, "chromium is not installed: run `make system-deps` (scripts/system-deps.sh)"
        import fcntl

        r_in, w_in = os.pipe()
        r_out, w_out = os.pipe()
        # the child's ends above fd 9, so that placing them on 3 and 4 cannot overwrite one with the other
        for_child = [fcntl.fcntl(fd, fcntl.F_DUPFD_CLOEXEC, 10) for fd in (r_in, w_out)]
        os.close(r_in)
        os.close(w_out)
        r_in, w_out = for_child
        # bash (dash takes single-digit fds only) puts our pipe ends on fds 3 (commands in) and 4 (replies
        # out), then becomes chromium
        # the network is closed: no host name resolves (a CDN script would fail to load: a console error), only
        # the loopback server of the built site is reachable
        args = ["--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
                f"--user-data-dir={profile}", "--window-size=1280,900",
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1", "about:blank"]
        self.proc = subprocess.Popen(["bash", "-c", f'exec "$0" "$@" 3<&{r_in} 4>&{w_out}', exe, *args],
                                     pass_fds=(r_in, w_out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(r_in)
        os.close(w_out)
        self.w, self.r = w_in, r_out
        self.buf = b""
        self.last_id = 0
        self.events: list[dict] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Page", "Runtime", "Log"):
            self.send(f"{domain}.enable", session=True)

    def _read(self, deadline: float) -> dict:
        import os
        import select

        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            if select.select([self.r], [], [], left)[0]:
                chunk = os.read(self.r, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed the DevTools pipe")
                self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method: str, params: dict | None = None, session: bool = False, timeout: float = 30) -> dict:
        import os

        self.last_id += 1
        msg: dict = {"id": self.last_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = self.session
        os.write(self.w, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read(deadline)
            if m.get("id") == self.last_id:
                assert "error" not in m, (method, m["error"])
                return m["result"]
            self.events.append(m)

    def pump(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read(deadline))
        except TimeoutError:
            pass

    def open(self, url: str) -> None:
        self.send("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + 30
        while True:
            m = self._read(deadline)
            self.events.append(m)
            if m.get("method") == "Page.loadEventFired":
                break
        self.pump(0.5)

    def js(self, expression: str) -> object:
        r = self.send("Runtime.evaluate", {"expression": expression, "returnByValue": True}, session=True)
        assert "exceptionDetails" not in r, r
        return r["result"].get("value")

    def screenshot(self, path: Path) -> None:
        import base64

        path.parent.mkdir(parents=True, exist_ok=True)
        data = self.send("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        path.write_bytes(base64.b64decode(data))

    def errors(self) -> list[str]:
        """Console errors, uncaught exceptions and failed loads seen so far (then forgotten)."""
        out = []
        for e in self.events:
            p = e.get("params", {})
            if e.get("method") == "Runtime.exceptionThrown":
                out.append(str(p["exceptionDetails"].get("text")))
            elif e.get("method") == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
                out.append(" ".join(str(a.get("value", a.get("description"))) for a in p.get("args", [])))
            elif e.get("method") == "Log.entryAdded" and p["entry"]["level"] == "error":
                out.append(f"{p['entry'].get('text')} {p['entry'].get('url', '')}")
        self.events.clear()
        return out

    def shadow_texts(self, css_class: str) -> tuple[int, list[str]]:
        """(svg elements, text nodes) inside the shadow roots of the elements of ``css_class`` (mkdocs-material
        draws a mermaid diagram into a closed shadow root, which page scripts cannot read; DevTools can)."""
        root = self.send("DOM.getDocument", {"depth": -1, "pierce": True}, session=True)["root"]
        svgs, texts = 0, []

        def walk(node: dict, inside: bool) -> None:
            nonlocal svgs
            attrs = node.get("attributes", [])
            classes = dict(zip(attrs[::2], attrs[1::2], strict=False)).get("class", "").split()
            if inside and node.get("nodeName", "").lower() == "svg":
                svgs += 1
            if inside and node.get("nodeType") == 3:
                texts.append(node.get("nodeValue", ""))
            for child in node.get("children", []):
                walk(child, inside)
            for shadow in node.get("shadowRoots", []):
                walk(shadow, inside or css_class in classes)

        walk(root, False)
        return svgs, texts

    def search(self, query: str) -> list[str]:
        """Type ``query`` into the site's search box; return the result texts once results appear."""
        count = "document.querySelectorAll('.md-search-result__item').length"
        for text in ("", query):  # clear first, so that the previous query's results are not read back
            self.js(
                "(() => { const i = document.querySelector('input.md-search__input'); i.focus(); "
                f"i.value = {json.dumps(text)}; i.dispatchEvent(new Event('input', {{bubbles: true}})); "
                "i.dispatchEvent(new KeyboardEvent('keyup', {bubbles: true, key: 'a'})); })()")
            if not text:
                deadline = time.monotonic() + 10
                while self.js(count) and time.monotonic() < deadline:
                    self.pump(0.2)
        results: list[str] = []
        # lunr searches the 3 MB index in a worker: seconds when idle, up to a minute on a loaded 2-core machine
        deadline = time.monotonic() + 90
        while not results and time.monotonic() < deadline:
            self.pump(0.3)
            results = list(self.js("Array.from(document.querySelectorAll('.md-search-result__item'))"
                                   ".map(e => e.textContent)") or [])  # type: ignore[call-overload]
        return results

    def close(self) -> None:
        with contextlib.suppress(EOFError, TimeoutError, OSError):
            self.send("Browser.close", timeout=5)
        self.proc.wait(10)


def test_site_renders_and_searches_offline_in_chromium(built_site: tuple[Path, Path, float], tmp_path: Path) -> None:
    """Home, a class page and a rule page render without console errors; the offline search finds a rule id
    and a code label. Screenshots go to build/site-shots/ for review."""
    import functools
    import threading

    from eucaim_spec import vocab

    out, _, _ = built_site
    handler = functools.partial(_QuietHandler, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    browser = Chromium(tmp_path / "profile")
    rid = "cdm.patient.patient_birth_sex.code"
    try:
        browser.open(base)
        assert browser.js("document.querySelector('h1').firstChild.textContent") == "EUCAIM standards"
        browser.screenshot(SHOTS / "home.png")
        assert browser.errors() == []

        browser.open(base + "standards/cdm/Patient/")
        assert browser.js("document.querySelector('h1').firstChild.textContent") == "Patient"
        assert browser.js("!!document.getElementById('patient_birth_sex')") is True
        # the slot's codes are in the page as rendered (inside the folded block, in the DOM)
        assert browser.js("Array.from(document.querySelectorAll('code')).some(c => c.textContent === 'COM1001370')")
        browser.screenshot(SHOTS / "class-patient.png")
        assert browser.errors() == []

        # the entity diagram is drawn by the bundled mermaid (no CDN: the network is closed)
        browser.open(base + "cdm-diagram/")
        deadline = time.monotonic() + 30
        svgs, texts = browser.shadow_texts("mermaid")
        while not svgs and time.monotonic() < deadline:
            browser.pump(0.5)
            svgs, texts = browser.shadow_texts("mermaid")
        assert svgs >= 1, "the mermaid block was not drawn"
        words = " ".join(texts)
        assert "image_study" in words and "patient" in words and "Syntax error" not in words
        assert browser.js("document.querySelectorAll('pre.mermaid, code.language-mermaid').length") == 0
        browser.screenshot(SHOTS / "cdm-diagram.png")
        assert browser.errors() == []

        browser.open(base + f"rules/cdm/#{rid}")
        assert browser.js(f"!!document.getElementById({json.dumps(rid)})") is True
        # the browser scrolled to the rule's anchor
        assert browser.js(f"Math.abs(document.getElementById({json.dumps(rid)}).getBoundingClientRect().top) < 200")
        browser.screenshot(SHOTS / "rule-birth-sex.png")
        assert browser.errors() == []

        hits = browser.search(rid)
        assert hits and rid in hits[0]
        browser.screenshot(SHOTS / "search-rule-id.png")
        # a code label that only the code lists carry (BodyStructureEnum, expanded from BP1000024)
        label = vocab.load().label("BP1000082")
        assert label == "Left lateral middle peripheral zone of prostate"
        hits = browser.search(label)
        assert any("BP1000082" in h and label in h for h in hits), hits[:3]
        browser.screenshot(SHOTS / "search-code-label.png")
        assert browser.errors() == []
    finally:
        browser.close()
        server.shutdown()


def test_findings_link_base_is_the_sites_url() -> None:
    """Findings link to <site_url>rules/<standard>/#<rule id>: the package default and mkdocs.yml agree."""
    from eucaim_spec.site_urls import DEFAULT_SITE_URL

    cfg = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python/name:", ""))
    assert cfg["site_url"] == DEFAULT_SITE_URL


BAD_RECORD = ROOT / "tests" / "data" / "dcat_ap" / "invalid" / "Dataset-missing-keyword.ttl"
KEYWORD_RULE = "dcat_ap.dataset.keyword.min_count"


@pytest.mark.parametrize("fmt", ["text", "json", "junit", "sarif", "markdown", "html"])
def test_every_report_format_links_each_finding_to_its_rule_page(fmt: str) -> None:
    from eucaim_spec.site_urls import DEFAULT_SITE_URL

    code, out, err = run_cli(["check", str(BAD_RECORD), "--format", fmt, "--no-progress"])
    assert code == 1, err
    url = f"{DEFAULT_SITE_URL}rules/dcat_ap/#{KEYWORD_RULE}"
    if fmt == "json":
        doc = json.loads(out)
        [f] = [f for f in doc["findings"] if f["rule_id"] == KEYWORD_RULE]
        assert f["url"] == url
        assert all(g["url"].endswith(f"/rules/{g['standard']}/#{g['rule_id']}") for g in doc["findings"])
    elif fmt == "sarif":
        run = json.loads(out)["runs"][0]
        [rule] = [r for r in run["tool"]["driver"]["rules"] if r["id"] == KEYWORD_RULE]
        assert rule["helpUri"] == url
        assert [r["properties"]["url"] for r in run["results"] if r["ruleId"] == KEYWORD_RULE] == [url]
    elif fmt == "html":
        block = out.split(f'id="rule-{KEYWORD_RULE.replace(".", "_")}"', 1)[1].split("</details>", 1)[0]
        assert f'<a href="{url}">rule documentation</a>' in block
    elif fmt == "markdown":
        assert f"[`{KEYWORD_RULE}`]({url})" in out
    else:  # text, junit
        assert url in out


def test_site_url_of_findings_is_configurable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EUCAIM_SITE_URL", "https://mirror.example.org/eucaim")
    code, out, _ = run_cli(["check", str(BAD_RECORD), "--format", "json", "--no-progress"])
    assert code == 1
    urls = {f["rule_id"]: f["url"] for f in json.loads(out)["findings"]}
    assert urls[KEYWORD_RULE] == f"https://mirror.example.org/eucaim/rules/dcat_ap/#{KEYWORD_RULE}"
    # --site-url wins over the environment, in every format
    local = "http://docs.intranet.local/eucaim/"
    for fmt in ("json", "sarif", "text"):
        code, out, _ = run_cli(["check", str(BAD_RECORD), "--format", fmt, "--no-progress", "--site-url", local])
        assert code == 1
        assert f"{local}rules/dcat_ap/#{KEYWORD_RULE}" in out, fmt
        assert "mirror.example.org" not in out
    # and the option is documented where the site says how findings link
    home = (ROOT / "site" / "index.md").read_text(encoding="utf-8")
    assert "--site-url" in home and "EUCAIM_SITE_URL" in home


def test_finding_urls_point_at_anchors_of_the_built_site(built_site: tuple[Path, Path, float]) -> None:
    from urllib.parse import urlsplit

    out, _, _ = built_site
    code, stdout, _ = run_cli(["check", str(BAD_RECORD), "--format", "json", "--no-progress"])
    assert code == 1
    findings = json.loads(stdout)["findings"]
    assert findings
    for f in findings:
        parts = urlsplit(f["url"])
        standard = parts.path.rstrip("/").rsplit("/", 1)[-1]
        assert parts.fragment in _ids(out / "rules" / standard / "index.html"), f["url"]
