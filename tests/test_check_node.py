"""`eucaim check-node NODE_DIR`: the sample node in examples/node is clean; each deployment mistake a node can
make is reported under its own rule (validators/node.yaml) with exit 1, and secrets are never printed."""

from __future__ import annotations

import json
import re
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import run_cli

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "node"
SECRET = "s3cret-value-never-shown"


def node_copy(tmp_path: Path) -> Path:
    d = tmp_path / "node"
    shutil.copytree(EXAMPLE, d)
    return d


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def compose(old: str, new: str) -> Callable[[Path], None]:
    return lambda d: edit(d / "docker-compose.yml", old, new)


def env(old: str, new: str) -> Callable[[Path], None]:
    return lambda d: edit(d / ".env", old, new)


def findings(d: Path) -> tuple[int, list[dict[str, object]], str]:
    code, out, err = run_cli(["check-node", str(d), "--format", "json"])
    return code, json.loads(out) if out.strip() else [], out + err


def test_sample_node_is_clean() -> None:
    """The expected findings of examples/node: none (exit 0)."""
    code, out, _ = run_cli(["check-node", str(EXAMPLE)])
    assert code == 0, out
    assert out.strip().endswith("0 violation(s), 0 warning(s), 0 info")


def _csr_for(cn: str) -> Callable[[Path], None]:
    def make(d: Path) -> None:
        import subprocess

        if shutil.which("openssl") is None:
            pytest.skip("openssl not installed")
        key = d.parent / "throwaway.key"
        subprocess.run(["openssl", "req", "-new", "-newkey", "rsa:1024", "-nodes", "-keyout", str(key), "-subj",
                        f"/CN={cn}", "-out", str(d / "pki" / "example-site.csr")], check=True, capture_output=True)
    return make


#: (what, change, rule id, count)
CASES = [
    ("compose missing", lambda d: (d / "docker-compose.yml").unlink(), "node.compose_unreadable", 1),
    ("focus service absent", compose("image: samply/focus:0.14.0", "image: example/other:1"),
     "node.service_missing", 1),
    ("image latest", compose("samply/beam-proxy:0.9.0", "samply/beam-proxy:latest"), "node.image_unpinned", 1),
    ("image untagged", compose("samply/focus:0.14.0", "samply/focus"), "node.image_unpinned", 1),
    ("proxy port on every interface", compose("    secrets: [proxy.pem, root.crt.pem]",
                                              "    secrets: [proxy.pem, root.crt.pem]\n    ports: [\"8081:8081\"]"),
     "node.port_exposed", 1),
    ("BROKER_URL over http", env("BROKER_URL=https://", "BROKER_URL=http://"), "node.broker_url", 1),
    ("PROXY_ID of another broker",
     env("PROXY_ID=example-site.broker.eucaim.cancerimage.eu", "PROXY_ID=example-site.broker.example.org"),
     "node.proxy_id", 1),
    ("app id of another app", compose("BEAM_APP_ID_LONG: focus.${PROXY_ID}", "BEAM_APP_ID_LONG: spot.${PROXY_ID}"),
     "node.app_id_long", 1),
    ("API_KEY differs", compose("API_KEY: ${FOCUS_BEAM_SECRET}", f"API_KEY: {SECRET}"), "node.app_key_mismatch", 1),
    ("API_KEY unset", compose("      API_KEY: ${FOCUS_BEAM_SECRET}\n", ""), "node.variable_missing", 1),
    ("BEAM_PROXY_URL elsewhere", compose("http://beam-proxy:8081", "http://localhost:8081"), "node.beam_proxy_url", 1),
    ("ENDPOINT_URL not http", compose("ENDPOINT_URL: http://mediator:5000/search",
                                      f"ENDPOINT_URL: postgresql://holder:{SECRET}@db/cdm"), "node.endpoint_url", 1),
    ("private key absent", lambda d: (d / "pki" / "example-site.priv.pem").unlink(), "node.privkey_missing", 1),
    ("root certificate not PEM", lambda d: (d / "pki" / "root.crt.pem").write_text("x\n"), "node.root_cert_missing", 1),
    ("CSR of another name", _csr_for("other-site.broker.eucaim.cancerimage.eu"), "node.csr_common_name", 1),
    ("data writable", compose("${DATA_PATH}:/data:ro", "${DATA_PATH}:/data"), "node.data_path_writable", 1),
    ("sandbox read-only", compose("${SANDBOX_PATH}:/sandbox", "${SANDBOX_PATH}:/sandbox:ro"),
     "node.sandbox_path_readonly", 1),
    ("DMT dataset not in the data", lambda d: edit(d / "dmt" / "config.yaml", "  - id: example-dataset",
                                                  "  - id: example-dataset\n  - id: absent-dataset"),
     "node.dataset_missing", 1),
]


#: a renamed proxy no longer matches the CSR it was enrolled with: both are reported
ALSO = {"PROXY_ID of another broker": {"node.csr_common_name"}}


@pytest.mark.parametrize(("what", "change", "rule_id", "count"), CASES, ids=[c[0] for c in CASES])
def test_each_mistake_is_its_rule(tmp_path: Path, what: str, change: Callable[[Path], None], rule_id: str,
                                  count: int) -> None:
    d = node_copy(tmp_path)
    change(d)
    code, found, text = findings(d)
    ids = [f["rule_id"] for f in found]
    assert ids.count(rule_id) == count, found
    assert set(ids) == {rule_id} | ALSO.get(what, set()), found  # one mistake, one rule
    severity = next(f["severity"] for f in found)
    assert code == (1 if severity == "violation" else 0)
    assert SECRET not in text and "placeholder-change-me" not in text


def test_secrets_are_masked_in_text_output(tmp_path: Path) -> None:
    d = node_copy(tmp_path)
    compose("API_KEY: ${FOCUS_BEAM_SECRET}", f"API_KEY: {SECRET}")(d)
    code, out, _ = run_cli(["check-node", str(d)])
    assert code == 1
    assert "API_KEY (***) differs from the proxy's APP_FOCUS_KEY (***)" in out
    assert SECRET not in out and not re.search(r"placeholder-change-me", out)
