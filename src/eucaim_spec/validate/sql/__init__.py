"""The table engine: CDM and minimum clinical tables checked by set-based SQL (DuckDB, PostgreSQL, Spark SQL).

Inside: ``tabular_input`` reads CSV/TSV/XLSX/JSON tables, ``compile`` turns the LinkML schemas into SQL checks
per dialect, ``rules`` holds the hand-written rules (ETL file rules, linkage), ``engine`` runs them
(``SqlEngine``), ``spark`` is the same checks on Apache Spark (``SparkEngine``, optional extra).
"""

from eucaim_spec.validate.sql.engine import SqlEngine

__all__ = ["SqlEngine"]
