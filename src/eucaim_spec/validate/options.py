"""The options of one check run, typed: what ``eucaim check`` (and ``eucaim serve``, ``eucaim profile``) set.

Every field is set by a CLI option of ``eucaim check`` except ``limits.allow_url``, which ``eucaim serve``
sets (its URL guard). Engines read ``ctx.options.<field>``; readers take ``InputLimits``. A ``None`` limit
means the default of the reader that enforces it (stated in ``eucaim check --help``).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: Schema of the ETL's CDM output tables in a PostgreSQL database (``--db-schema``).
DEFAULT_DB_SCHEMA = "eucaim_cdm_output"


@dataclass(frozen=True)
class InputLimits:
    """Bounds on what one input may cost (hostile-input defence); ``None`` is the reader's default."""

    #: largest catalogue record, HTTP body or JSON table, in bytes (``--max-bytes``)
    max_bytes: int | None = None
    #: seconds a URL may take, connection to last byte (``--timeout``)
    timeout: float | None = None
    #: deepest JSON / JSON-LD nesting (``--max-depth``)
    max_depth: int | None = None
    #: largest inflated size of an XLSX workbook (``--xlsx-max-bytes``)
    xlsx_max_bytes: int | None = None
    #: highest compression ratio of an XLSX workbook (``--xlsx-max-ratio``)
    xlsx_max_ratio: int | None = None
    #: called with every URL (and redirect target) before it is fetched; raises ``InputError`` to refuse
    allow_url: Callable[[str], None] | None = None


@dataclass(frozen=True)
class CheckOptions:
    """Engine options of one run (``eucaim check`` builds them from its options)."""

    #: RDF syntax of the catalogue record; ``None`` detects it (``--rdf-format``)
    rdf_format: str | None = None
    #: catalogue shape profile; ``None`` is the profile configuration's default (``--profile``)
    profile: str | None = None
    #: packaged vocabularies as background knowledge (``--background``; the CLI's default is on)
    background: bool = False
    #: SHACL backend: ``compiled`` (default) or ``pyshacl``, the reference (``--shacl-backend``)
    shacl_backend: str | None = None
    #: PostgreSQL URL holding the CDM tables, checked in place (``--db``)
    db: str | None = None
    db_schema: str = DEFAULT_DB_SCHEMA
    db_timeout: int = 10
    #: catalogue dataset id clinical file names must start with (``--dataset-id``)
    dataset_id: str | None = None
    #: CSV mapping source series descriptions to EUCAIM series names (``--series-map``)
    series_map: Path | None = None
    #: parallel workers of the DICOM scan; ``None``: one per CPU (``--workers``)
    dicom_workers: int | None = None
    #: engine of the table checks: ``duckdb`` or ``spark`` (``--engine``)
    table_engine: str = "duckdb"
    spark_master: str | None = None
    spark_tables: tuple[str, ...] = ()
    #: memory DuckDB may use before it spills to disk (``--table-memory``)
    table_memory: str = "2GB"
    #: EUCAIM deployment: ``None`` is the tier suite's default (``--deployment``)
    deployment: str | None = None
    #: {rule-id pattern: percent} added to the tier suite's thresholds for this run (``--thresholds``)
    thresholds: Mapping[str, float] = field(default_factory=dict)
    limits: InputLimits = field(default_factory=InputLimits)
    #: the quality step (``profile/quality.py``): None runs it from the tier validators/tiers.yaml runs ``profile.*``
    #: at, True also below it (``--quality``), False never (``--no-quality``)
    quality: bool | None = None
