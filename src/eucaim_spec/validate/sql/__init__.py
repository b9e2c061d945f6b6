"""The table engine: CDM and minimum clinical tables checked by set-based SQL (DuckDB, PostgreSQL, Spark SQL).

Inside, by concern:

- ``tabular_input`` reads CSV/TSV/Parquet/XLSX/JSON tables into DuckDB (every column text, a ``_row`` first);
- ``slots`` reads what the checks need from a LinkML schema (``SlotInfo``; rule-id and column-name keys);
- ``plan`` is the compiled check plan: those schema facts as a packaged JSON artifact, read without LinkML;
- ``members`` builds the enum member table (every accepted spelling of every code);
- ``compile`` turns each class's constraints into dialect-free ``CheckSpec``s (``ClassCompiler``);
- ``dialect`` spells SQL per engine (``Dialect``: quoting, regex match, casts) and owns identifier quoting;
- ``render`` renders a spec for one dialect and bound table (``Renderer`` -> ``BoundCheck``);
- ``runner`` executes bound checks (one aggregate per table, window checks apart, then example rows) into findings;
- ``rules`` holds the hand-written rules (ETL file rules, linkage, date order, offsets, timepoints);
- ``engine`` detects tables and runs it all (``SqlEngine``); ``postgres`` the ``--db`` connection helpers;
- ``spark`` is the same checks on Apache Spark (``SparkEngine``, optional extra).
"""

from eucaim_spec.validate.sql.engine import SqlEngine

__all__ = ["SqlEngine"]
