"""Which Host headers the service answers: the defence against DNS rebinding.

A service bound to loopback is reachable from the browser of the person running it, and a web page they visit
can rebind its own name to 127.0.0.1 and then read the service's answers as same-origin (DNS rebinding). The
browser still sends the page's name in ``Host``, so a loopback service answers only requests that name it by a
loopback name (``localhost``, ``127.0.0.1``, ``[::1]``, the bound host) or a name the operator added
(``--allowed-host``, e.g. a reverse proxy's); any other is refused with 421 Misdirected Request before routing.
A service bound to another interface accepts any Host unless ``--allowed-host`` names some.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
ANY_HOST = "*"


def _is_loopback(host: str) -> bool:
    if host.lower().rstrip(".") == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_name(header: str) -> str:
    """The host of a ``Host`` header, lower case, without port, brackets or a trailing dot."""
    h = header.strip().lower()
    if h.startswith("["):  # [::1]:8080
        h = h[1:h.find("]")] if "]" in h else h[1:]
    elif h.count(":") == 1:
        h = h.split(":", 1)[0]
    return h.rstrip(".")


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> frozenset[str] | None:
    """The host names a service bound to ``bind_host`` answers to; None: any."""
    names = {host_name(e) if e != ANY_HOST else e for e in extra}
    if ANY_HOST in names:
        return None
    if _is_loopback(bind_host):
        return frozenset(names | set(LOOPBACK_NAMES) | {host_name(bind_host)})
    if not names:
        return None
    wildcard = bind_host in ("0.0.0.0", "::", "")
    return frozenset(names | set(LOOPBACK_NAMES) | (set() if wildcard else {host_name(bind_host)}))


class HostGuard:
    """ASGI middleware: requests whose Host is not allowed get 421 (no route, no body read)."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str] | None) -> None:
        self.app = app
        self.allowed = allowed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.allowed is not None and scope["type"] in ("http", "websocket"):
            raw = next((v for k, v in scope.get("headers", []) if k == b"host"), b"")
            if host_name(raw.decode("latin-1")) not in self.allowed:
                # the name is not echoed: it is the requester's, and a page probing for the service learns nothing
                reason = ("this service answers only requests addressed to its own host names (Host header); "
                          "an operator adds names with --allowed-host")
                await JSONResponse({"error": reason, "status": 421}, 421)(scope, receive, send)
                return
        await self.app(scope, receive, send)
