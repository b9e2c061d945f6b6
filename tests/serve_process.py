"""`eucaim serve` as a process on a free loopback port, as a user starts it (tests/test_serve*.py)."""

from __future__ import annotations

import contextlib
import json
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextlib.contextmanager
def serve_process(log_dir: Path, *args: str) -> Iterator[tuple[str, Path]]:
    """Start `eucaim serve --port <free> ARGS`, wait for /health; yield (base URL, log file); stop it."""
    port = free_port()
    eucaim = Path(sys.executable).parent / "eucaim"
    log_path = log_dir / "serve.log"
    log = open(log_path, "wb")  # noqa: SIM115 - closed after the process
    proc = subprocess.Popen([str(eucaim), "serve", "--port", str(port), *args], stdout=log,
                            stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=2) as r:
                    if json.load(r)["status"] == "ok":
                        break
            except OSError:
                assert proc.poll() is None, log_path.read_text()
                assert time.monotonic() < deadline, "eucaim serve did not come up"
                time.sleep(0.2)
        yield base, log_path
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()
