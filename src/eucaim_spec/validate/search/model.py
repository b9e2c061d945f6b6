"""The federated-search model: keys, value tables and per-mode targets, read from validators/search.yaml."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from eucaim_spec.errors import SpecError
from eucaim_spec.paths import validators_dir

SUITE_FILE = "search.yaml"


@dataclass(frozen=True)
class SearchValue:
    """One value the Explorer offers for a key."""

    code: str
    label: str
    api_value: str
    #: the code Focus' SQL mode compares with (None: the key is a no-op in SQL mode; "" matches nothing)
    sql_code: str | None
    #: the value's entry in Focus' value map, shared by all keys (what another key's condition compares with)
    map_code: str = ""
    #: data codes a mediator can answer the value from (API mode)
    api_codes: tuple[str, ...] = ()
    #: the code Focus' Beacon path uses where it differs from the SQL one (sex: 2026 release)
    beacon_code: str | None = None
    #: the code the EUCAIM ETL's lookup writes for the same word, where the reference states it
    etl_code: str | None = None


@dataclass(frozen=True)
class Target:
    table: str
    column: str
    patient_column: str | None = None
    study_column: str | None = None
    noop: bool = False


@dataclass(frozen=True)
class SearchKey:
    name: str
    code: str
    label: str
    api_parameter: str
    level: str
    sql: Target
    cdm: Target
    values: tuple[SearchValue, ...]
    ingestion_column: str | None = None

    def value(self, code: str) -> SearchValue | None:
        return next((v for v in self.values if v.code == code), None)

    @property
    def sql_codes(self) -> set[str]:
        return {v.sql_code for v in self.values if v.sql_code}

    @property
    def api_codes(self) -> set[str]:
        return {c for v in self.values for c in v.api_codes}

    @property
    def beacon_codes(self) -> set[str]:
        return {v.beacon_code for v in self.values if v.beacon_code}


@dataclass(frozen=True)
class SearchModel:
    keys: tuple[SearchKey, ...]
    sql_tables: dict[str, tuple[str, ...]]
    default_db_schema: str
    tree_errors: dict[str, str]
    version: str
    provider: str
    source: Path = field(default=Path(SUITE_FILE))

    def key(self, code: str) -> SearchKey | None:
        """The key whose Explorer code is ``code`` (as a condition's ``key`` field carries it)."""
        return next((k for k in self.keys if k.code == code), None)

    def by_name(self, name: str) -> SearchKey:
        return next(k for k in self.keys if k.name == name)

    def by_parameter(self, parameter: str) -> SearchKey | None:
        """The key of an API parameter name (``gender``, ``bodyPart``), also accepting our key name."""
        return next((k for k in self.keys if parameter in (k.api_parameter, k.name)), None)


def _target(data: Any, where: str, path: Path) -> Target:
    if not isinstance(data, dict) or "table" not in data or "column" not in data:
        raise SpecError(str(path), "a target needs table and column", where)
    return Target(str(data["table"]), str(data["column"]), data.get("patient_column"), data.get("study_column"),
                  bool(data.get("noop", False)))


@cache
def load(path: Path | None = None) -> SearchModel:
    """The packaged search model (or the one at ``path``); a malformed file is a SpecError (exit 4)."""
    import yaml

    path = path or validators_dir() / SUITE_FILE
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise SpecError(str(path), f"search model unreadable ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("keys"), dict):
        raise SpecError(str(path), "the search model needs a keys mapping")
    keys = []
    for name, k in data["keys"].items():
        try:
            values = tuple(
                SearchValue(
                    code=str(v["code"]), label=str(v["label"]), api_value=str(v["api_value"]),
                    sql_code=None if k["sql"].get("noop") else str(v.get("sql_code", "")),
                    map_code=str(v.get("sql_code", "")),
                    api_codes=tuple(str(c) for c in v.get("api_codes") or ()),
                    beacon_code=v.get("beacon_code"), etl_code=v.get("etl_code"),
                )
                for v in k["values"]
            )
            keys.append(SearchKey(
                name=str(name), code=str(k["code"]), label=str(k["label"]), api_parameter=str(k["api_parameter"]),
                level=str(k["level"]), sql=_target(k["sql"], f"{name}.sql", path),
                cdm=_target(k["cdm"], f"{name}.cdm", path), values=values,
                ingestion_column=k.get("ingestion_column"),
            ))
        except (KeyError, TypeError) as exc:
            raise SpecError(str(path), f"search key incomplete: {exc}", str(name)) from None
    return SearchModel(
        keys=tuple(keys),
        sql_tables={str(t): tuple(str(c) for c in cols or ()) for t, cols in (data.get("sql_tables") or {}).items()},
        default_db_schema=str(data.get("default_db_schema") or "eucaim_cdm_ingestion"),
        tree_errors={str(k): str(v) for k, v in (data.get("tree_errors") or {}).items()},
        version=str(data.get("version") or ""),
        provider=str(data.get("result_provider_default") or "eucaim-spec"),
        source=path,
    )
