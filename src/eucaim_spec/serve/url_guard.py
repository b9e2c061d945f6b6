"""Which URLs the service may fetch: http(s) to public addresses only, unless ``--allow-local-urls``.

A service that fetches any URL it is given is a way into the network behind it (server-side request
forgery): loopback, private ranges (RFC 1918, unique local), link-local (cloud metadata at 169.254.169.254)
and other non-global addresses are refused. Every address the host name resolves to must be global.
The fetch itself (timeout, size, redirects) is ``validate.rdf_input``'s; ``redirect_guard`` is handed to it
so that every redirect target passes the same test. (A host whose DNS answer changes between this test and
the connection is not caught; a node that needs that closed runs the service behind an egress proxy.)
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from eucaim_spec.errors import InputError
from eucaim_spec.serve.errors import ServeError
from eucaim_spec.validate.shacl.rdf_input import mask_url


def refuse_local(url: str, allow_local: bool) -> None:
    """Raise ServeError 400 for a non-http(s) URL or a host that resolves to a non-global address."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ServeError(400, "url: give an http:// or https:// URL with a host")
    if allow_local:
        return
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
        infos = socket.getaddrinfo(parts.hostname, port, proto=socket.IPPROTO_TCP)
    except (OSError, ValueError, UnicodeError):
        raise ServeError(422, f"{mask_url(url)}: the host name cannot be resolved") from None
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        mapped = getattr(address, "ipv4_mapped", None)  # ::ffff:127.0.0.1 is loopback too
        if not (mapped or address).is_global:
            raise ServeError(400, f"{mask_url(url)}: the host is a loopback, private or link-local address; "
                                  "the service refuses those unless started with --allow-local-urls")


def redirect_guard(url: str) -> None:
    """``refuse_local`` for ``rdf_input.fetch_url``'s ``allow_url``: a refused target is an InputError (422)."""
    try:
        refuse_local(url, allow_local=False)
    except ServeError as exc:
        raise InputError(mask_url(url), "redirected to a loopback, private or link-local address, or not to "
                                        "http(s); the service refuses those unless started with --allow-local-urls"
                         if exc.status == 400 else exc.reason.split(": ", 1)[-1]) from None
