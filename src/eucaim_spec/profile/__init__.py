"""``eucaim profile``: data quality (the six EUCAIM/EHDS dimensions) and disclosure risk of tabular data.

Measured set-based in SQL on the engine the checks use (DuckDB); the measures are plain JSON-ready dicts
rendered by ``profile.render`` (text, json, html, xlsx, DQV Turtle). No cell value of a category smaller than
the minimum cell size ever reaches an output.
"""
