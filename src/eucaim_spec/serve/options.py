"""The check options a request may set (the CLI's, less those that read the server's own files or network),
parsed from query parameters, form fields or JSON keys; the same table writes the OpenAPI parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from eucaim_spec.serve.errors import ServeError


@dataclass(frozen=True)
class Option:
    name: str
    kind: str  # "integer" | "string" | "boolean"
    description: str
    choices: tuple[Any, ...] = ()
    default: Any = None


#: Not offered: ``--db`` (a database the server can reach), ``--waivers`` and ``--series-map`` (server paths),
#: ``--workers`` and the input limits (the operator's, set when the service starts).
OPTIONS: tuple[Option, ...] = (
    Option("tier", "integer", "Tier the input targets; tiers are cumulative.", (1, 2, 3), 1),
    Option("profile", "string", "Catalogue shape profile, as the EU ITB validator's.",
           ("base", "ranges", "vocabularies", "recommended", "full"), "full"),
    Option("fail_on", "string", "Lowest severity that makes the verdict 'does not conform'.",
           ("violation", "warning", "info", "never"), "violation"),
    Option("rdf_format", "string", "RDF syntax of the catalogue record (default: detected).",
           ("turtle", "json-ld", "xml", "nt")),
    Option("background", "boolean", "Use the packaged vocabularies as background knowledge.", (), True),
    Option("quality", "boolean", "Measure the quality dimensions and disclosure risk of the tables (the report's "
           "quality section, profile.* findings), as eucaim check --quality/--no-quality; default: from Tier 2.",
           (), None),
    Option("deployment", "string", "EUCAIM deployment of the dataset (default: the tier suite's, reference_node); on "
           "premises no clinical part is exported.", ("reference_node", "on_premises")),
    Option("shacl_backend", "string", "Catalogue SHACL engine: the compiled shapes, or pySHACL (the reference; "
           "slower).", ("compiled", "pyshacl"), "compiled"),
    Option("dataset_id", "string", "Catalogue dataset id: clinical file names must start with it."),
    # the formatters' names (report.formatters.ALL_FORMATS; tests/test_serve.py keeps the two equal)
    Option("format", "string", "Report format; overrides the Accept header.",
           ("text", "json", "junit", "sarif", "markdown", "html", "csv", "xlsx", "dqv")),
)
_BY_NAME = {o.name: o for o in OPTIONS}


def parse_options(raw: dict[str, Any]) -> dict[str, Any]:
    """Typed options from request values (strings from a query or form, JSON scalars); 400 on any unknown name
    or bad value, so that no option is silently ignored. Missing options take their defaults."""
    out = {o.name: o.default for o in OPTIONS}
    for name, value in raw.items():
        opt = _BY_NAME.get(name)
        if opt is None:
            raise ServeError(400, f"unknown parameter {name!r}; known: {', '.join(_BY_NAME)}")
        out[name] = _convert(opt, value)
    return out


def _convert(opt: Option, value: Any) -> Any:
    if value is None or value == "":
        return opt.default
    if opt.kind == "boolean":
        text = str(value).lower()
        if isinstance(value, bool) or text in ("true", "false", "1", "0", "yes", "no"):
            return value if isinstance(value, bool) else text in ("true", "1", "yes")
        raise ServeError(400, f"{opt.name}: give true or false")
    if opt.kind == "integer":
        try:
            value = int(str(value))
        except ValueError:
            raise ServeError(400, f"{opt.name}: give one of {', '.join(map(str, opt.choices))}") from None
    elif not isinstance(value, str):
        raise ServeError(400, f"{opt.name}: give a string")
    if opt.choices and value not in opt.choices:
        raise ServeError(400, f"{opt.name}: give one of {', '.join(map(str, opt.choices))}")
    return value
