"""Deployment lint of a local EUCAIM node (``eucaim check-node``): Beam proxy, Focus, FEM client, DMT datasets.

The rules and the expected images are data (validators/node.yaml); this module reads NODE_DIR (.env,
docker-compose.yml, key material, dmt/ configuration, $DATA_PATH) and returns Findings. Secrets are never
printed: a message names the variable, never its value.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir
from eucaim_spec.report.model import Finding, Location, Severity
from eucaim_spec.validate.rules import Rule
from eucaim_spec.validate.sql.postgres import safe_url

SUITE_FILE = "node.yaml"
COMPOSE_NAMES = ("docker-compose.yml", "docker-compose.yaml", "compose.yml", "compose.yaml")
_VAR = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?-([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)")
#: the distinguished-name attribute "common name" (OID 2.5.4.3) as DER: OBJECT IDENTIFIER, length 3, 55 04 03
_CN_OID = bytes.fromhex("0603550403")


@dataclass(frozen=True)
class NodeSuite:
    rules: dict[str, Rule]
    broker_domain: str
    focus_app: str
    services: dict[str, tuple[str, ...]]
    secrets: tuple[str, ...]


@cache
def load_suite(path: Path | None = None) -> NodeSuite:
    import yaml

    path = path or validators_dir() / SUITE_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        rules = {
            str(r["id"]): Rule(str(r["id"]), str(r["title"]), "node", 2, Severity(str(r["severity"])), "check-node",
                               str(r.get("hint") or ""))
            for r in data["rules"]
        }
        return NodeSuite(rules, str(data["broker_domain"]), str(data["focus_app"]),
                         {str(k): tuple(str(i) for i in v) for k, v in data["services"].items()},
                         tuple(str(s) for s in data.get("secret_variables") or ()))
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValueError) as exc:
        raise SpecError(str(path), f"node suite unreadable or malformed ({type(exc).__name__}: {exc})") from None


def _read_env(path: Path) -> dict[str, str]:
    env: dict[str, str] = {}
    if not path.is_file():
        return env
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, _, value = line.removeprefix("export ").partition("=")
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        env[key.strip()] = value
    return env


def _subst(text: str, env: dict[str, str]) -> str:
    def repl(m: re.Match[str]) -> str:
        name = m.group(1) or m.group(3)
        return env.get(name, m.group(2) or "")

    return _VAR.sub(repl, text)


def _image_parts(image: str) -> tuple[str, str]:
    """(repository, tag) of an image reference; a digest counts as a pinned tag."""
    if "@" in image:
        return image.split("@", 1)[0], "digest"
    last = image.rsplit("/", 1)[-1]
    if ":" in last:
        repo, tag = image.rsplit(":", 1)
        return repo, tag
    return image, ""


def _service_env(service: dict[str, Any], env: dict[str, str]) -> dict[str, str]:
    raw = service.get("environment") or {}
    out: dict[str, str] = {}
    items = raw.items() if isinstance(raw, dict) else (str(e).partition("=")[::2] for e in raw)
    for k, v in items:
        out[str(k)] = _subst("" if v is None else str(v), env)
    return out


def _volumes(service: dict[str, Any]) -> list[tuple[str, str, bool]]:
    """(raw source, target, read_only) of each volume, short or long syntax, sources before substitution."""
    out = []
    for v in service.get("volumes") or ():
        if isinstance(v, dict):
            out.append((str(v.get("source", "")), str(v.get("target", "")), bool(v.get("read_only", False))))
            continue
        parts = str(v).split(":")
        if len(parts) == 1:
            out.append(("", parts[0], False))
        else:
            mode = parts[2] if len(parts) > 2 else ""
            out.append((parts[0], parts[1], "ro" in mode.split(",")))
    return out


def _csr_common_name(pem: str) -> str | None:
    """The CN of a PEM certificate signing request (first common-name attribute of its subject), or None."""
    import base64
    import binascii

    m = re.search(r"-----BEGIN (?:NEW )?CERTIFICATE REQUEST-----(.*?)-----END", pem, re.S)
    if not m:
        return None
    try:
        der = base64.b64decode("".join(m.group(1).split()))
    except (binascii.Error, ValueError):
        return None
    at = der.find(_CN_OID)
    if at < 0 or at + 7 > len(der):
        return None
    tag, length = der[at + 5], der[at + 6]
    if tag not in (0x0C, 0x13, 0x16) or length >= 0x80:  # UTF8String, PrintableString, IA5String; short form
        return None
    return der[at + 7: at + 7 + length].decode("utf-8", errors="replace")


class NodeLint:
    def __init__(self, node_dir: Path, suite: NodeSuite | None = None) -> None:
        self.dir = node_dir
        self.suite = suite or load_suite()
        self.findings: list[Finding] = []

    def add(self, rule_id: str, message: str, file: str | None = None, column: str | None = None) -> None:
        self.findings.append(self.suite.rules[rule_id].finding(
            target_tier=2, message=message, location=Location(file=file, column=column)))

    def run(self) -> list[Finding]:
        import yaml

        env = _read_env(self.dir / ".env")
        compose_path = next((self.dir / n for n in COMPOSE_NAMES if (self.dir / n).is_file()), None)
        compose: Any = None
        if compose_path is not None:
            try:
                compose = yaml.safe_load(compose_path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, yaml.YAMLError):
                compose = None
        if not isinstance(compose, dict) or not isinstance(compose.get("services"), dict):
            self.add("node.compose_unreadable", "docker-compose.yml: missing, unreadable or without services",
                     file=compose_path.name if compose_path else "docker-compose.yml")
            self._datasets(env)
            return self.findings
        cfile = compose_path.name if compose_path else None
        roles: dict[str, tuple[str, dict[str, Any]]] = {}
        for name, svc in compose["services"].items():
            if not isinstance(svc, dict):
                continue
            repo, tag = _image_parts(_subst(str(svc.get("image") or ""), env))
            role = next((r for r, repos in self.suite.services.items() if repo in repos), None)
            if role is None:
                continue
            roles.setdefault(role, (str(name), svc))
            if tag in ("", "latest"):
                self.add("node.image_unpinned", f"service {name}: image {repo} is {'latest' if tag else 'untagged'}",
                         file=cfile)
            if role in ("beam_proxy", "focus"):
                self._ports(str(name), svc, env, cfile)
        for role in self.suite.services:
            if role not in roles:
                self.add("node.service_missing", f"no service runs the {role.replace('_', ' ')} "
                         f"({' or '.join(self.suite.services[role])})", file=cfile)
        proxy = roles.get("beam_proxy")
        focus = roles.get("focus")
        pe = _service_env(proxy[1], env) if proxy else {}
        fe = _service_env(focus[1], env) if focus else {}
        if proxy:
            self._proxy(proxy[0], proxy[1], pe, compose, cfile)
        if focus:
            self._focus(focus[0], fe, pe, proxy, cfile)
        if "fem_client" in roles:
            self._fem(*roles["fem_client"], cfile)
        self._datasets(env)
        return self.findings

    def _ports(self, name: str, svc: dict[str, Any], env: dict[str, str], cfile: str | None) -> None:
        for p in svc.get("ports") or ():
            if isinstance(p, dict):
                host_ip, published = str(p.get("host_ip") or ""), p.get("published")
                exposed = published is not None and host_ip in ("", "0.0.0.0", "::")
                shown = f"{published}:{p.get('target')}"
            else:
                shown = _subst(str(p), env)
                parts = shown.split(":")
                exposed = len(parts) == 1 or (len(parts) == 2) or parts[0] in ("0.0.0.0", "::", "")
            if exposed:
                self.add("node.port_exposed", f"service {name}: port {shown} is published on every interface",
                         file=cfile)

    def _need(self, service: str, env: dict[str, str], names: tuple[str, ...], cfile: str | None) -> bool:
        ok = True
        for n in names:
            if not env.get(n):
                self.add("node.variable_missing", f"service {service}: {n} is not set", file=cfile, column=n)
                ok = False
        return ok

    def _proxy(self, name: str, svc: dict[str, Any], pe: dict[str, str], compose: dict[str, Any],
               cfile: str | None) -> None:
        domain = self.suite.broker_domain
        key = f"APP_{self.suite.focus_app.upper()}_KEY"
        self._need(name, pe, ("BROKER_URL", "PROXY_ID", key, "PRIVKEY_FILE", "ROOTCERT_FILE"), cfile)
        if pe.get("BROKER_URL"):
            u = urlsplit(pe["BROKER_URL"])
            if u.scheme != "https" or u.hostname != domain:
                self.add("node.broker_url", f"service {name}: BROKER_URL is {pe['BROKER_URL']!r}, expected "
                                            f"https://{domain}", file=cfile, column="BROKER_URL")
        proxy_id = pe.get("PROXY_ID", "")
        if proxy_id and not re.fullmatch(r"[a-z0-9]([a-z0-9-]*[a-z0-9])?\." + re.escape(domain), proxy_id):
            self.add("node.proxy_id", f"service {name}: PROXY_ID is {proxy_id!r}, expected <site>.{domain}",
                     file=cfile, column="PROXY_ID")
        for var, rule, marker in (("PRIVKEY_FILE", "node.privkey_missing", "PRIVATE KEY"),
                                  ("ROOTCERT_FILE", "node.root_cert_missing", "BEGIN CERTIFICATE")):
            inside = pe.get(var)
            if not inside:
                continue
            host = self._host_path(inside, svc, compose)
            if host is None or not host.is_file():
                where = f" (mounted from {self._rel(host)})" if host is not None else " (not mounted from NODE_DIR)"
                self.add(rule, f"service {name}: {var} {inside} is not present{where}", file=cfile, column=var)
            elif marker not in host.read_text(encoding="utf-8", errors="replace")[:4096]:
                self.add(rule, f"service {name}: {var} {inside} ({self._rel(host)}) holds no PEM "
                               f"{marker.replace('BEGIN ', '').lower()}", file=self._rel(host), column=var)
        for csr in sorted(p for p in self.dir.rglob("*.csr") if len(p.relative_to(self.dir).parts) <= 3):
            cn = _csr_common_name(csr.read_text(encoding="utf-8", errors="replace"))
            if cn is None:
                self.add("node.csr_common_name", f"{self._rel(csr)}: not a PEM certificate request with a common "
                                                 "name", file=self._rel(csr))
            elif proxy_id and cn != proxy_id:
                self.add("node.csr_common_name", f"{self._rel(csr)}: common name {cn!r} differs from PROXY_ID "
                                                 f"{proxy_id!r}", file=self._rel(csr))

    def _focus(self, name: str, fe: dict[str, str], pe: dict[str, str],
               proxy: tuple[str, dict[str, Any]] | None, cfile: str | None) -> None:
        self._need(name, fe, ("BEAM_PROXY_URL", "BEAM_APP_ID_LONG", "API_KEY", "ENDPOINT_URL"), cfile)
        proxy_id = pe.get("PROXY_ID", "")
        app = fe.get("BEAM_APP_ID_LONG", "")
        if app and proxy_id and app != f"{self.suite.focus_app}.{proxy_id}":
            self.add("node.app_id_long", f"service {name}: BEAM_APP_ID_LONG is {app!r}, expected "
                                         f"{self.suite.focus_app}.{proxy_id!r}", file=cfile, column="BEAM_APP_ID_LONG")
        key = f"APP_{self.suite.focus_app.upper()}_KEY"
        if fe.get("API_KEY") and pe.get(key) and fe["API_KEY"] != pe[key]:
            # the values are secrets: say that they differ, never what they are
            self.add("node.app_key_mismatch", f"service {name}: API_KEY (***) differs from the proxy's {key} (***)",
                     file=cfile, column="API_KEY")
        url = fe.get("BEAM_PROXY_URL", "")
        if url and proxy is not None:
            u = urlsplit(url)
            hosts = {proxy[0], str(proxy[1].get("container_name") or proxy[0]),
                     str(proxy[1].get("hostname") or proxy[0])}
            if u.scheme not in ("http", "https") or u.hostname not in hosts:
                self.add("node.beam_proxy_url", f"service {name}: BEAM_PROXY_URL {safe_url(url)!r} does not name the "
                                                f"proxy service {proxy[0]}", file=cfile, column="BEAM_PROXY_URL")
        endpoint = fe.get("ENDPOINT_URL", "")
        if endpoint:
            kind = fe.get("ENDPOINT_TYPE", "eucaim_api")
            scheme = urlsplit(endpoint).scheme
            want = ("postgresql", "postgres") if "sql" in kind else ("http", "https")
            if scheme not in want:
                self.add("node.endpoint_url", f"service {name}: ENDPOINT_URL {safe_url(endpoint)!r} is not a "
                                              f"{want[0]} URL, as ENDPOINT_TYPE {kind} needs", file=cfile,
                         column="ENDPOINT_URL")

    def _fem(self, name: str, svc: dict[str, Any], cfile: str | None) -> None:
        vols = _volumes(svc)
        data = [v for v in vols if "DATA_PATH" in v[0]]
        sandbox = [v for v in vols if "SANDBOX_PATH" in v[0]]
        for source, target, ro in data:
            if not ro:
                self.add("node.data_path_writable", f"service {name}: {source} is mounted at {target} writable",
                         file=cfile)
        if not data:
            self.add("node.data_path_writable", f"service {name}: $DATA_PATH is not mounted (read-only) at all",
                     file=cfile)
        if not sandbox:
            self.add("node.sandbox_path_readonly", f"service {name}: $SANDBOX_PATH is not mounted", file=cfile)
        for source, target, ro in sandbox:
            if ro:
                self.add("node.sandbox_path_readonly", f"service {name}: {source} is mounted at {target} read-only",
                         file=cfile)

    def _datasets(self, env: dict[str, str]) -> None:
        import yaml

        files = sorted(p for p in (self.dir / "dmt").glob("*") if p.suffix.lower() in (".yaml", ".yml", ".json"))
        if not files:
            return
        data_dir = self.dir / env["DATA_PATH"] if env.get("DATA_PATH") else None
        present: set[str] = set()
        if data_dir is not None and data_dir.is_dir():
            present = {p.name for p in data_dir.iterdir() if p.is_dir()} | _csv_dataset_ids(data_dir)
        for f in files:
            try:
                text = f.read_text(encoding="utf-8")
                doc = json.loads(text) if f.suffix.lower() == ".json" else yaml.safe_load(text)
            except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError):
                self.add("node.dataset_missing", f"{self._rel(f)}: unreadable DMT configuration", file=self._rel(f))
                continue
            entries = doc.get("datasets") if isinstance(doc, dict) else doc
            for e in entries or ():
                ident = str(e.get("id") if isinstance(e, dict) else e)
                if ident not in present:
                    where = self._rel(data_dir) if data_dir is not None else "$DATA_PATH (not set in .env)"
                    self.add("node.dataset_missing", f"{self._rel(f)}: dataset {ident!r} is not in {where}",
                             file=self._rel(f))

    def _host_path(self, inside: str, svc: dict[str, Any], compose: dict[str, Any]) -> Path | None:
        """The NODE_DIR file mounted at ``inside`` in the service (a bind volume or a compose secret)."""
        target = PurePosixPath(inside)
        if target.parts[:3] == ("/", "run", "secrets") and len(target.parts) == 4:
            secret = (compose.get("secrets") or {}).get(target.parts[3]) or {}
            return self.dir / str(secret["file"]) if isinstance(secret, dict) and secret.get("file") else None
        for source, mount, _ in _volumes(svc):
            if not source.startswith((".", "/")):
                continue
            try:
                rest = target.relative_to(PurePosixPath(mount))
            except ValueError:
                continue
            return (self.dir / source / rest) if str(rest) != "." else self.dir / source
        return None

    def _rel(self, p: Path | None) -> str:
        if p is None:
            return "?"
        try:
            return p.resolve().relative_to(self.dir.resolve()).as_posix()
        except ValueError:
            return p.as_posix()


def _csv_dataset_ids(data_dir: Path) -> set[str]:
    """Dataset ids named in dataset CSVs under ``data_dir`` (column dataset_id or Identifier; two levels deep)."""
    import csv

    out: set[str] = set()
    for p in list(data_dir.glob("*.csv")) + list(data_dir.glob("*/*.csv")):
        if "dataset" not in p.stem.lower():
            continue
        try:
            with p.open(encoding="utf-8", newline="") as fh:
                for row in csv.DictReader(fh):
                    lowered = {str(k).lower(): v for k, v in row.items()}
                    v = lowered.get("dataset_id") or lowered.get("identifier")
                    if v:
                        out.add(v)
        except (OSError, UnicodeDecodeError, csv.Error):
            continue
    return out


def lint_node(node_dir: Path) -> list[Finding]:
    """Every finding of NODE_DIR's deployment files, in rule-id then message order."""
    findings = NodeLint(node_dir).run()
    return sorted(findings, key=lambda f: (f.rule_id, f.message))
