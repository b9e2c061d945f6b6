"""Markdown escaping for generated pages: source text goes into tables and headings unchanged in meaning."""

from __future__ import annotations

import html


def cell(value: object) -> str:
    """Text safe inside a Markdown table cell: one line, HTML-escaped, pipes and emphasis markers neutralised."""
    s = " ".join(str(value or "").split())
    s = html.escape(s, quote=False)
    for ch, ent in (("|", "&#124;"), ("*", "&#42;"), ("_", "&#95;"), ("`", "&#96;"), ("[", "&#91;"),
                    ("]", "&#93;"), ("\\", "&#92;")):
        s = s.replace(ch, ent)
    return s


def code(value: object) -> str:
    """Inline code for a table cell (patterns with pipes and backticks included)."""
    s = html.escape(" ".join(str(value or "").split()), quote=False)
    # Markdown still parses inside inline HTML: neutralise what it would read as links or emphasis
    for ch, ent in (("|", "&#124;"), ("*", "&#42;"), ("_", "&#95;"), ("`", "&#96;"), ("[", "&#91;"),
                    ("]", "&#93;"), ("\\", "&#92;")):
        s = s.replace(ch, ent)
    return f"<code>{s}</code>" if s else ""
