"""What a running service allows: bind address, Host names, upload and zip limits, worker pool, token, local URLs."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: Default largest request body (an upload, zipped or not). Smaller than the CLI's 512M record limit: a
#: service is reachable by others, and a whole zipped dataset of headers and tables fits well below it.
DEFAULT_MAX_UPLOAD = 256 * 1024**2
#: Default largest total inflated size of a zipped dataset, and the highest compression ratio of a member
#: (the same ratio the XLSX reader accepts, ``--xlsx-max-ratio``): beyond it the zip is taken for a bomb.
DEFAULT_MAX_UNZIPPED = 1024**3
DEFAULT_MAX_RATIO = 100
DEFAULT_MAX_MEMBERS = 20_000


@dataclass(frozen=True)
class ServeSettings:
    """Limits and switches of one service; ``check_limits`` are passed to every check as the CLI's options."""

    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = 2
    #: checks allowed to wait for a worker; one more is answered 503 instead of piling up
    queue: int = 16
    token: str | None = None
    #: host names answered besides the loopback ones (``--allowed-host``; "*" any): see ``serve.hosts``
    allowed_hosts: tuple[str, ...] = ()
    allow_local_urls: bool = False
    max_upload: int = DEFAULT_MAX_UPLOAD
    max_unzipped: int = DEFAULT_MAX_UNZIPPED
    max_ratio: int = DEFAULT_MAX_RATIO
    max_members: int = DEFAULT_MAX_MEMBERS
    #: reports kept for the page's download links (oldest dropped first)
    kept_reports: int = 64
    check_limits: dict[str, Any] = field(default_factory=dict)
