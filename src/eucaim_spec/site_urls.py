"""Where a rule's page is on the published site (every finding of every report format links to it).

Light on purpose: report formatters import it for every run.
"""

from __future__ import annotations

import os

#: The project's site (mkdocs.yml site_url; a test keeps the two equal).
DEFAULT_SITE_URL = "https://eucaim-spec.github.io/eucaim-spec/"
#: Environment variable that points findings at another copy of the site (a mirror, a local build).
SITE_URL_ENV = "EUCAIM_SITE_URL"


def site_url() -> str:
    return os.environ.get(SITE_URL_ENV) or DEFAULT_SITE_URL


def rule_page(standard: str) -> str:
    """Site path (relative to the site root, without .md) of the catalogue page holding a standard's rules."""
    return f"rules/{standard}"


def rule_url(rule_id: str, standard: str, base: str | None = None) -> str:
    """The URL of a rule's anchor: ``<base>/rules/<standard>/#<rule id>`` (base: the configured site)."""
    return f"{(base or site_url()).rstrip('/')}/{rule_page(standard)}/#{rule_id}"
