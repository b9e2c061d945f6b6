"""The OpenAPI 3.1 description of the REST API, built from the option table so the two cannot drift."""

from __future__ import annotations

from typing import Any

from eucaim_spec.serve.options import OPTIONS
from eucaim_spec.serve.page import DOWNLOADS


def _error(description: str) -> dict[str, Any]:
    schema = {"$ref": "#/components/schemas/Error"}
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def openapi(version: str, token_required: bool) -> dict[str, Any]:
    """The description served at ``GET /openapi.json``."""
    params = []
    for o in OPTIONS:
        schema: dict[str, Any] = {"type": o.kind}
        if o.choices:
            schema["enum"] = list(o.choices)
        if o.default is not None:
            schema["default"] = o.default
        params.append({"name": o.name, "in": "query", "required": False, "description": o.description,
                       "schema": schema})
    report_content = {media.split(";")[0]: {"schema": {"type": "string"}} for _, media in DOWNLOADS.values()}
    report_content["application/json"] = {"schema": {"$ref": "#/components/schemas/Report"}}
    check_errors = {
        "400": _error("Usage: unknown or bad parameter, no input, a refused URL."),
        "406": _error("No report format matches the Accept header."),
        "413": _error("The upload, the unzipped dataset or the JSON body is too large."),
        "422": _error("The input is unreadable or malformed; `error` is the one-line reason."),
        "503": _error("Every worker is busy and the queue is full; retry later."),
    }
    if token_required:
        check_errors["401"] = _error("Missing or wrong bearer token.")
    doc: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": {"title": "EUCAIM conformance checker", "version": version,
                 "description": "`eucaim check` as a service: the same checks, tiers and reports. 200 carries the "
                                "report whatever the verdict; the headers X-Eucaim-Conforms and "
                                "X-Eucaim-Exit-Code give the verdict and the exit code the CLI would return."},
        "paths": {
            "/check": {"post": {
                "summary": "Check an uploaded file (record, table, zipped dataset) or the record at a URL.",
                "parameters": params,
                "requestBody": {"required": True, "content": {
                    "multipart/form-data": {"schema": {"type": "object", "properties": {
                        "file": {"type": "string", "format": "binary",
                                 "description": "A record, a table, or a dataset as .zip."},
                        "url": {"type": "string", "format": "uri"}}}},
                    "application/json": {"schema": {"type": "object", "required": ["url"], "properties": {
                        "url": {"type": "string", "format": "uri",
                                "description": "A catalogue record or FAIR Data Point (public hosts only)."},
                        **{o.name: {"type": o.kind} for o in OPTIONS}}}}}},
                "responses": {"200": {"description": "The report, in the format the Accept header or `format` "
                                                     "chose (JSON by default).", "content": report_content},
                              **check_errors}}},
            "/rules": {"get": {
                "summary": "Every rule: id, title, standard, tier, severity, engine, hint.",
                "parameters": [
                    {"name": "standard", "in": "query", "schema": {"type": "string"}},
                    {"name": "tier", "in": "query", "schema": {"type": "integer", "enum": [1, 2, 3]}}],
                "responses": {"200": {"description": "The rules.", "content": {"application/json": {"schema": {
                    "type": "array", "items": {"$ref": "#/components/schemas/Rule"}}}}},
                    "400": _error("Bad parameter.")}}},
            "/rules/{rule_id}": {"get": {
                "summary": "One rule.",
                "parameters": [{"name": "rule_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": {"description": "The rule.", "content": {"application/json": {"schema": {
                    "$ref": "#/components/schemas/Rule"}}}}, "404": _error("No such rule.")}}},
            "/health": {"get": {"summary": "Liveness and worker pool use.", "responses": {"200": {
                "description": "Up.", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
            "/openapi.json": {"get": {"summary": "This description.", "responses": {"200": {
                "description": "OpenAPI 3.1", "content": {"application/json": {"schema": {"type": "object"}}}}}}},
        },
        "components": {"schemas": {
            "Error": {"type": "object", "required": ["error", "status"], "properties": {
                "error": {"type": "string"}, "status": {"type": "integer"}}},
            "Rule": {"type": "object", "properties": {k: {"type": "string"} for k in (
                "id", "title", "standard", "severity", "engine", "hint")} | {"tier": {"type": "integer"}}},
            "Report": {"type": "object", "description": "The JSON report (src/eucaim_spec/artifacts/jsonschema/"
                                                        "report.schema.json)."}}},
    }
    if token_required:
        doc["components"]["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
        doc["security"] = [{"bearer": []}]
    return doc
