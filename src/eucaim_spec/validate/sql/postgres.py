"""Connecting to PostgreSQL (the sql engine's ``--db``, the search engine's and ``eucaim profile``'s sources): how
a connection URL may be shown, never with its password."""

from __future__ import annotations

import re


def safe_url(url: str) -> str:
    """The URL without its password (never print credentials)."""
    url = re.sub(r"//([^:/@]+):[^@]*@", r"//\1:***@", url)
    return re.sub(r"(?i)(password\s*=\s*)('[^']*'|[^\s&]+)", r"\1***", url)  # key=value and ?password= forms
