"""A reference mediator for Focus' API mode: ``GET /search?gender=male&diagnosis=SNOMEDCT...`` answered from a node's
CDM database (the ETL's output schema), so a data holder can try the whole search path locally.

What Focus sends is restated in shared/reference/eucaim-search/search-keys.yaml (``api_mode``: one parameter per
recognised condition, API values of validators/search.yaml). A value matches the data codes listed as its
``api_codes`` (for sex both concept releases). Decisions of this mediator (API mode leaves them to the node):
image criteria restrict the patients too (a patient without a matching series does not match an image search),
and studies_count counts a matching patient's studies that hold a series meeting every image criterion.
The answer has Focus' SQL-mode result shape. Bounded: GET only, one path, at most ``MAX_PARAMETERS`` parameters,
a short socket timeout, a read-only transaction with a statement timeout; values are bound, never interpolated.
"""

from __future__ import annotations

import json
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from eucaim_spec.validate.search.model import SearchKey, SearchModel, load

MAX_PARAMETERS = 10
MAX_URL = 2048
STATEMENT_TIMEOUT_MS = 10_000


class BadRequest(ValueError):
    """A request the mediator refuses (HTTP 400); the message names the parameter, never the data."""


def _values(key: SearchKey, raw: str) -> list[str]:
    value = next((v for v in key.values if raw in (unquote(v.api_value), v.api_value)), None)
    if value is None:
        raise BadRequest(f"{key.api_parameter}: not a value of the {key.label} table")
    # case-insensitive: DICOM writes vendor names in capitals (SIEMENS), the Explorer sends Siemens
    return sorted({c.upper() for c in value.api_codes})


def build_query(params: list[tuple[str, str]], model: SearchModel, schema: str) -> tuple[str, list[Any]]:
    """The statement and its bound parameters for a request's query parameters (unknown names ignored, as Focus
    ignores unknown keys)."""
    if len(params) > MAX_PARAMETERS:
        raise BadRequest(f"at most {MAX_PARAMETERS} parameters")
    seen: set[str] = set()
    patient: list[str] = []
    image: list[str] = []
    binds_p: list[Any] = []
    binds_i: list[Any] = []
    s = '"' + schema.replace('"', '""') + '"'
    for name, raw in params:
        key = next((k for k in model.keys if k.api_parameter == name), None)
        if key is None:
            continue
        if key.api_parameter in seen:
            raise BadRequest(f"{key.api_parameter}: given twice (one value per key)")
        seen.add(key.api_parameter)
        codes = _values(key, raw)
        col = key.cdm.column
        if key.level == "patient" and key.cdm.patient_column:
            patient.append(f"EXISTS (SELECT 1 FROM {s}.{key.cdm.table} c WHERE c.{key.cdm.patient_column} = "
                           f"p.patient_id AND upper(c.{col}) = ANY(%s::text[]))")
            binds_p.append(codes)
        elif key.level == "patient":
            patient.append(f"upper(p.{col}) = ANY(%s::text[])")
            binds_p.append(codes)
        else:
            image.append(f"EXISTS (SELECT 1 FROM {s}.{key.cdm.table} se WHERE se.study_id = st.study_id "
                         f"AND upper(se.{col}) = ANY(%s::text[]))")
            binds_i.append(codes)
    img = "".join(f" AND {c}" for c in image)
    where = "".join(f" AND {c}" for c in patient)
    # the ETL's output leaves image_study.patient_id empty: a study reaches its patient through procedure and
    # cancer_condition (3_init_eucaim_cdm_output.sql, 6_procedure_update_output_db_for_dataset.sql)
    mine = (f"(st.patient_id = p.patient_id OR EXISTS (SELECT 1 FROM {s}.procedure pr JOIN {s}.cancer_condition cc "
            "ON cc.cancer_condition_id = pr.cancer_condition_id WHERE pr.procedure_id = st.procedure_id "
            "AND cc.patient_id = p.patient_id))")
    if image:
        where += f" AND EXISTS (SELECT 1 FROM {s}.image_study st WHERE {mine}{img})"
    sql = (f"SELECT d.dataset_id, d.dataset_title, d.dataset_description, COUNT(*), "
           f"COALESCE(SUM((SELECT COUNT(*) FROM {s}.image_study st WHERE {mine}{img})), 0) "
           f"FROM {s}.dataset d JOIN {s}.patient p ON p.dataset_id = d.dataset_id WHERE TRUE{where} "
           "GROUP BY d.dataset_id, d.dataset_title, d.dataset_description ORDER BY d.dataset_id")
    # placeholders appear as: image binds (studies subquery), patient binds, image binds again (EXISTS)
    return sql, [*binds_i, *binds_p, *(binds_i if image else [])]


def connect(url: str, timeout: int = 10) -> Any:
    """A read-only connection with a statement timeout (the mediator never writes)."""
    import psycopg

    conn = psycopg.connect(url, autocommit=True, connect_timeout=timeout,
                           options=f"-c default_transaction_read_only=on -c statement_timeout={STATEMENT_TIMEOUT_MS}")
    return conn


def answer(params: list[tuple[str, str]], url: str, schema: str, provider: str,
           model: SearchModel | None = None) -> dict[str, Any]:
    model = model or load()
    sql, binds = build_query(params, model, schema)
    with connect(url) as conn:
        rows = conn.execute(sql.encode(), binds).fetchall()
    collections = [{"id": r[0], "name": r[1], "description": r[2], "subjects_count": int(r[3]),
                    "studies_count": int(r[4]), "age_range": {"min": 0, "max": 0}, "body_parts": [], "gender": [],
                    "modalities": []} for r in rows]
    return {"provider": provider, "provider_icon": "", "collections": collections,
            "total": {"subjects_count": sum(c["subjects_count"] for c in collections),
                      "studies_count": sum(c["studies_count"] for c in collections)}}


def make_server(url: str, host: str = "127.0.0.1", port: int = 5000, path: str = "/search",
                schema: str = "eucaim_cdm_output", provider: str = "eucaim-spec mediator") -> ThreadingHTTPServer:
    """An HTTP server answering ``GET <path>?...``; ``server.server_address`` has the port bound."""
    model = load()

    class Handler(BaseHTTPRequestHandler):
        timeout = 10  # a slow or idle client cannot hold a thread

        def log_message(self, format: str, *args: Any) -> None:  # signature of the base class
            pass  # query strings carry search terms only, but keep stderr quiet (the CLI prints one line per run)

        def _send(self, status: HTTPStatus, body: dict[str, Any]) -> None:
            data = json.dumps(body, sort_keys=True).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:  # http.server's naming
            if len(self.path) > MAX_URL:
                self._send(HTTPStatus.REQUEST_URI_TOO_LONG, {"error": "request too long"})
                return
            parts = urlsplit(self.path)
            if parts.path.rstrip("/") != path.rstrip("/"):
                self._send(HTTPStatus.NOT_FOUND, {"error": f"only {path} is served"})
                return
            try:
                params = parse_qsl(parts.query, keep_blank_values=True, max_num_fields=MAX_PARAMETERS)
                self._send(HTTPStatus.OK, answer(params, url, schema, provider, model))
            except (BadRequest, ValueError) as exc:
                self._send(HTTPStatus.BAD_REQUEST, {"error": str(exc) if isinstance(exc, BadRequest)
                                                    else f"at most {MAX_PARAMETERS} parameters"})
            except Exception as exc:  # the database's failure answers this request, not the server
                self._send(HTTPStatus.SERVICE_UNAVAILABLE, {"error": f"database unavailable ({type(exc).__name__})"})

        def do_POST(self) -> None:
            self._send(HTTPStatus.METHOD_NOT_ALLOWED, {"error": "GET only"})

        do_PUT = do_DELETE = do_PATCH = do_POST

    return ThreadingHTTPServer((host, port), Handler)
