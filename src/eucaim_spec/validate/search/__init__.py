"""The search engine: readiness of a dataset for EUCAIM's federated search (Focus), per key and per mode.

Also holds the search model (validators/search.yaml), the query-tree rules and the SQL-mode evaluation that
``eucaim search`` uses.
"""

from eucaim_spec.validate.search.engine import SearchEngine

__all__ = ["SearchEngine"]
