"""The one error the service answers with: an HTTP status and a one-line reason that quotes no input value."""

from __future__ import annotations


class ServeError(Exception):
    """A refused request: ``status`` (400 usage, 401 token, 413 too large, 422 unreadable, ...) and ``reason``."""

    def __init__(self, status: int, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason
