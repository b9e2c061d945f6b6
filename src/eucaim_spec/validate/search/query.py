"""Search queries: the Explorer's AST (JSON) or a compact ``key=value&...`` form, checked as Focus checks them.

Focus' EUCAIM translators accept only the restricted tree OR -> AND -> OR -> one condition and refuse any other
shape with a short error string (validators/search.yaml ``tree_errors``); unknown keys and values are dropped
silently (shared/reference/eucaim-search/search-keys.yaml, ``eucaim_restricted_shape``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote

from eucaim_spec.errors import InputError
from eucaim_spec.validate.search.model import SearchKey, SearchModel, SearchValue


@dataclass(frozen=True)
class Criterion:
    """A condition Focus recognises: one of the five keys with a value of its table."""

    key: SearchKey
    value: SearchValue
    #: the code compared in SQL mode: the value's own, or its map entry when it belongs to another key's table
    code: str | None = None

    @property
    def sql_code(self) -> str | None:
        return self.code if self.code is not None else self.value.sql_code


@dataclass
class Query:
    """What Focus makes of a tree: the recognised criteria (in tree order), what it dropped, or its refusal."""

    criteria: list[Criterion] = field(default_factory=list)
    #: (key, value, reason) of conditions Focus ignores without a word
    dropped: list[tuple[str, str, str]] = field(default_factory=list)
    #: criteria whose value belongs to another key's table (Focus' shared value map keeps them)
    crossed: list[str] = field(default_factory=list)
    #: Focus' error when it refuses the tree (the node answers the search as failed)
    error: str | None = None

    def api_query_string(self) -> str:
        """The query string API mode sends to the node's mediator (one parameter per criterion, tree order)."""
        return "&".join(f"{c.key.api_parameter}={c.value.api_value}" for c in self.criteria)


def _is_operation(node: Any) -> bool:
    return isinstance(node, dict) and "operand" in node and "children" in node


def _is_condition(node: Any) -> bool:
    return isinstance(node, dict) and "key" in node and "value" in node


def _shape_problem(node: Any, where: str) -> str | None:
    """Why ``node`` is not an AST node Focus can deserialise (before any EUCAIM rule), or None."""
    if _is_operation(node):
        if node["operand"] not in ("AND", "OR"):
            return f"{where}: operand must be AND or OR"
        if not isinstance(node["children"], list):
            return f"{where}: children must be a list"
        for i, child in enumerate(node["children"]):
            problem = _shape_problem(child, f"{where}.children[{i}]")
            if problem:
                return problem
        return None
    if _is_condition(node):
        if not isinstance(node["key"], str):
            return f"{where}: key must be a string"
        return None
    return f"{where}: neither an operation (operand, children) nor a condition (key, type, value)"


def parse_ast(data: Any, model: SearchModel, source: str = "query") -> Query:
    """The query Focus would run for the AST ``data`` (the Explorer's JSON, with or without its ``ast`` wrapper).

    A document that is not an AST at all raises InputError (exit 3); a well-formed tree outside the restricted
    shape gives a Query with Focus' error."""
    root: Any = data.get("ast") if isinstance(data, dict) and "ast" in data else data
    problem = _shape_problem(root, "ast")
    if problem is None and not _is_operation(root):
        problem = "ast: the root must be an operation"
    if problem:
        raise InputError(source, f"not a search tree ({problem})")
    errors = model.tree_errors
    q = Query()
    children = root["children"]
    # Root operand is not inspected; no children means no criteria (every dataset answers).
    if len(children) > 1:
        q.error = errors["root_children"]
        return q
    for level1 in children:
        if not _is_operation(level1):
            q.error = errors["level1_condition"]
            return q
        if level1["operand"] == "OR":
            q.error = errors["level1_or"]
            return q
        for level2 in level1["children"]:
            error = _level2_error(level2, errors)
            if error:
                q.error = error
                return q
            for cond in level2["children"]:
                if not _add_condition(q, cond, model):
                    return q
    return q


def _level2_error(level2: Any, errors: dict[str, str]) -> str | None:
    """Focus' error for a second-level node outside the restricted shape (an OR of one condition), or None."""
    if not _is_operation(level2):
        return errors["level2_condition"]
    if level2["operand"] == "AND":
        return errors["level2_and"]
    if len(level2["children"]) > 1:
        return errors["level3_many"]
    return None


def _add_condition(q: Query, cond: Any, model: SearchModel) -> bool:
    """Add the criterion of a third-level condition to ``q`` (or note it dropped, as Focus drops it); False when
    the condition ends the query with Focus' error (``q.error``)."""
    errors = model.tree_errors
    if _is_operation(cond):
        q.error = errors["level3_operation"]
        return False
    key = model.key(cond["key"])
    if key is None:
        q.dropped.append((str(cond["key"]), _show(cond["value"]), "unknown key"))
        return True
    if not isinstance(cond["value"], str):
        q.error = errors["value_not_string"]
        return False
    value = key.value(cond["value"])
    if value is None:
        _add_other_keys_value(q, key, cond["value"], model)
        return True
    q.criteria.append(Criterion(key, value))
    return True


def _add_other_keys_value(q: Query, key: SearchKey, text: str, model: SearchModel) -> None:
    """A value that is not one of ``key``'s. Focus looks values up in one map shared by all keys: another key's
    value is not dropped, its code is compared with this key's column (focus-sql-vs-etl.md, "one value map")."""
    other = next((k for k in model.keys if k.value(text) is not None), None)
    if other is None:
        q.dropped.append((key.label, text, f"not a value of the {key.label} table"))
        return
    value = other.value(text)
    assert value is not None
    compared = "nothing (no-op key)" if key.sql.noop else repr(value.map_code)
    q.crossed.append(f"{key.label} = {value.label}: a value of the {other.label} table; Focus' SQL "
                     f"mode still compares {key.label} with {compared}")
    q.criteria.append(Criterion(key, value, None if key.sql.noop else value.map_code))


def _show(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, sort_keys=True)


def compact_to_ast(text: str, model: SearchModel) -> dict[str, Any]:
    """The AST for ``gender=male&diagnosis=SNOMEDCT399068003``: parameter names as API mode sends them (or our key
    names), values as API values, value codes or labels. A repeated key becomes an OR of its values (which Focus
    refuses, as it would the Explorer's tree). An unknown parameter name is a usage error (ValueError)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for name, raw in parse_qsl(text, keep_blank_values=True, strict_parsing=False):
        key = model.by_parameter(name)
        if key is None:
            known = ", ".join(k.api_parameter for k in model.keys)
            raise ValueError(f"unknown search key {name!r} (one of {known})")
        match = next((v for v in key.values if raw in (unquote(v.api_value), v.api_value, v.code)), None)
        if match is None:
            match = next((v for v in key.values if raw.lower() == v.label.lower()), None)
        groups.setdefault(key.code, []).append(
            {"key": key.code, "type": "EQUALS", "system": "", "value": match.code if match else raw})
    ors = [{"operand": "OR", "children": conds} for conds in groups.values()]
    return {"ast": {"operand": "OR", "children": [{"operand": "AND", "children": ors}] if ors else []},
            "id": "eucaim-spec-compact"}


def load_query(arg: str, model: SearchModel) -> Query:
    """QUERY as the CLI takes it: a path to an AST JSON file, else the compact form."""
    path = Path(arg)
    if path.suffix.lower() == ".json" or path.is_file():
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(arg, f"cannot be read ({type(exc).__name__})") from None
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise InputError(arg, f"not JSON: {exc.msg}", f"line {exc.lineno} column {exc.colno}") from None
        return parse_ast(data, model, arg)
    return parse_ast(compact_to_ast(arg, model), model, "query")
