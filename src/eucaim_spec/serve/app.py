"""The ASGI application: routes, the HTTP mapping of the CLI's exit semantics, the worker pool.

Exit code -> HTTP: 0/1 -> 200 with the report (X-Eucaim-Exit-Code says which), 2 usage -> 400, 3 unreadable
input -> 422 with the one-line reason, too large -> 413, 4 spec/configuration -> 500. Checks run in worker
threads bounded by ``settings.workers``; at most ``settings.queue`` wait, more are answered 503.
"""

from __future__ import annotations

import asyncio
import hmac
import json
import logging
import secrets
import shutil
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Any

# The service's third-party stack (the 'serve' extra): `eucaim serve` turns an ImportError here into a hint.
import anyio
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from eucaim_spec import __version__
from eucaim_spec.errors import InputError, SpecError
from eucaim_spec.report.formatters import CATALOGUE_FORMATS, render_bytes
from eucaim_spec.report.model import Report
from eucaim_spec.serve import page, url_guard
from eucaim_spec.serve.errors import ServeError
from eucaim_spec.serve.hosts import HostGuard, allowed_hosts
from eucaim_spec.serve.openapi import openapi
from eucaim_spec.serve.options import parse_options
from eucaim_spec.serve.page import DOWNLOADS
from eucaim_spec.serve.settings import ServeSettings
from eucaim_spec.serve.uploads import receive_form, unzip_dataset
from eucaim_spec.validate.catalogue import all_rules, rule_json, select_rules
from eucaim_spec.validate.check import rule_texts, run_check
from eucaim_spec.validate.options import CheckOptions, InputLimits

log = logging.getLogger("eucaim.serve")

#: Accept media type -> report format; the first listed is the one answered for the format
MEDIA_FORMATS = {
    "application/json": "json", "application/sarif+json": "sarif", "application/junit+xml": "junit",
    "application/xml": "junit", "text/xml": "junit", "text/html": "html", "text/markdown": "markdown",
    "text/plain": "text", "text/csv": "csv",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    # W3C DQV quality measurements are RDF: Turtle is what a catalogue or an FDP asks for
    "text/turtle": "dqv", "application/x-turtle": "dqv",
}
MAX_JSON_BODY = 64 * 1024


def negotiate(accept: str | None) -> str | None:
    """The report format an Accept header asks for (highest q first; ``*/*`` or none -> json); None if none fits."""
    if not accept or not accept.strip():
        return "json"
    ranked = []
    for i, item in enumerate(accept.split(",")):
        media, *params = [p.strip() for p in item.split(";")]
        q = 1.0
        for p in params:
            if p.startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        ranked.append((-q, i, media.lower()))
    for negq, _, media in sorted(ranked):
        if negq == 0:
            continue
        if media in MEDIA_FORMATS:
            return MEDIA_FORMATS[media]
        if media in ("*/*", "application/*"):
            return "json"
        if media == "text/*":
            return "text"
    return None


class _Service:
    """The state one app holds: settings, the worker pool, reports kept for the page's downloads."""

    def __init__(self, settings: ServeSettings) -> None:
        self.settings = settings
        self.limiter = anyio.CapacityLimiter(settings.workers)
        self.reports: OrderedDict[str, Report] = OrderedDict()
        self.lock = threading.Lock()

    def keep(self, report: Report) -> str:
        rid = secrets.token_urlsafe(16)  # unguessable: a download link is its own permission
        with self.lock:
            self.reports[rid] = report
            while len(self.reports) > self.settings.kept_reports:
                self.reports.popitem(last=False)
        return rid

    def authorise(self, request: Request, form_token: str | None = None) -> None:
        expected = self.settings.token
        if not expected:
            return
        header = request.headers.get("authorization", "")
        given = header[7:].strip() if header.lower().startswith("bearer ") else (form_token or "")
        if not hmac.compare_digest(given.encode(), expected.encode()):
            raise ServeError(401, "a bearer token is required (Authorization: Bearer ...)")

    async def check(self, request: Request, ui: bool) -> tuple[Report, dict[str, Any]]:
        """Receive the input, run the check in the pool, delete the input; return the report and the options."""
        s = self.settings
        if not ui:
            self.authorise(request)  # before any byte of the body is read
        if self.limiter.statistics().tasks_waiting >= s.queue:
            # refused before the body is read, so a flood of uploads does not fill the disk while it waits
            raise ServeError(503, "every worker is busy and the queue is full; retry later")
        # mkdtemp: a folder only this user can read; removed whatever happens
        tmp = Path(tempfile.mkdtemp(prefix="eucaim-serve-"))
        try:
            raw: dict[str, Any] = {}
            for key, value in request.query_params.multi_items():
                if key in raw:
                    raise ServeError(400, f"parameter {key!r} given twice")
                raw[key] = value
            ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
            files: list[Path] = []
            url = ""
            if ctype == "multipart/form-data":
                fields, files = await receive_form(request, tmp, s)
                url = fields.pop("url", "").strip()
                form_token = fields.pop("token", None)
                if ui:
                    self.authorise(request, form_token)
                raw.update({k: v for k, v in fields.items() if v != ""})
            elif ctype == "application/json" and not ui:
                body = await _json_body(request)
                url = str(body.pop("url", "") or "").strip()
                raw.update(body)
            else:
                raise ServeError(400, "nothing to check: send multipart/form-data (field 'file' or 'url') "
                                      "or JSON {\"url\": ...}")
            options = parse_options(raw)
            if files and url:
                raise ServeError(400, "give a file or a URL, not both")
            if len(files) > 1:
                raise ServeError(400, "give one file (zip a dataset's folders into one .zip)")
            if not files and not url:
                raise ServeError(400, "nothing to check: give a file (field 'file') or a URL (field 'url')")
            if url:
                await anyio.to_thread.run_sync(url_guard.refuse_local, url, s.allow_local_urls)
                target, base = url, None
            elif files[0].suffix.lower() == ".zip":
                dest = files[0].parent / "dataset"
                dest.mkdir(mode=0o700)
                target_path = await anyio.to_thread.run_sync(unzip_dataset, files[0], dest, s)
                files[0].unlink()
                target, base = str(target_path), target_path
            else:
                target, base = str(files[0]), files[0].parent
            if self.limiter.statistics().tasks_waiting >= s.queue:
                raise ServeError(503, "every worker is busy and the queue is full; retry later")
            limits = dict(s.check_limits)
            if url and not s.allow_local_urls:
                limits["allow_url"] = url_guard.redirect_guard  # every redirect target is checked as the URL was
            report = await anyio.to_thread.run_sync(_run, target, options, limits, base, limiter=self.limiter)
            return report, options
        finally:
            await asyncio.to_thread(shutil.rmtree, tmp, True)


def _run(target: str, options: dict[str, Any], limits: dict[str, Any], base: Path | None) -> Report:
    """``run_check`` as ``eucaim check`` calls it; errors become ServeError with the upload folder named away."""
    check_options = CheckOptions(rdf_format=options["rdf_format"], profile=options["profile"],
                                 background=options["background"], dataset_id=options["dataset_id"],
                                 deployment=options["deployment"], shacl_backend=options["shacl_backend"],
                                 limits=InputLimits(**limits), quality=options["quality"])
    try:
        report, _notes = run_check(target, target_tier=options["tier"],
                                   options=check_options,
                                   fail_on=options["fail_on"])
    except InputError as exc:
        raise ServeError(422, _hide(exc.one_line(), base)) from None
    except SpecError as exc:
        raise ServeError(500, _hide(exc.one_line(), base)) from None
    except MemoryError:
        raise ServeError(413, "checking the input needed more than the service's memory ceiling") from None
    except Exception as exc:
        # the kind only: an unexpected error's text (or a traceback's) may quote the input
        log.error("check failed: internal error %s", type(exc).__name__)
        raise ServeError(500, f"internal error: {type(exc).__name__}") from None
    return _relocate(report, base)


def _hide(text: str, base: Path | None) -> str:
    """``text`` with the private upload folder left out (a message names the file as the user sent it)."""
    if base is None:
        return text
    return text.replace(f"{base}/", "").replace(str(base), ".")


def _relocate(report: Report, base: Path | None) -> Report:
    """The report with locations and messages relative to the uploaded file or dataset (no server paths)."""
    if base is None:
        return report
    findings = []
    for f in report.findings or []:
        update: dict[str, Any] = {"message": _hide(f.message, base)}
        if f.location is not None and f.location.file:
            update["location"] = f.location.model_copy(update={"file": _hide(f.location.file, base)})
        findings.append(f.model_copy(update=update))
    return report.model_copy(update={"findings": findings})


async def _json_body(request: Request) -> dict[str, Any]:
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_JSON_BODY:
            raise ServeError(413, f"a JSON body is at most {MAX_JSON_BODY // 1024} KiB")
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError):
        raise ServeError(400, "the body is not valid JSON") from None
    if not isinstance(data, dict):
        raise ServeError(400, "the JSON body is an object: {\"url\": ...}")
    return data


def _render(report: Report, fmt: str) -> bytes:
    """``report`` in ``fmt`` (bytes: xlsx is binary), with the rule catalogue for the formats that describe rules."""
    return render_bytes(report, fmt, rules=rule_texts() if fmt in CATALOGUE_FORMATS else None)


def _error(exc: ServeError) -> Response:
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse({"error": exc.reason, "status": exc.status}, exc.status, headers=headers)


def _verdict_headers(report: Report) -> dict[str, str]:
    return {"X-Eucaim-Conforms": str(report.conforms).lower(), "X-Eucaim-Exit-Code": "0" if report.conforms
            else "1", "X-Eucaim-Achieved-Tier": str(report.achieved_tier)}


class _Routes:
    """The endpoints of one app, over its service."""

    def __init__(self, service: _Service) -> None:
        self.service = service

    async def check(self, request: Request) -> Response:
        try:
            report, options = await self.service.check(request, ui=False)
            # `format` (query, form or JSON) wins over Accept, as --format is explicit
            fmt = options["format"] or negotiate(request.headers.get("accept"))
            if fmt is None:
                raise ServeError(406, "no report format matches Accept; offered: " + ", ".join(MEDIA_FORMATS))
        except ServeError as exc:
            log.info("check refused: HTTP %s", exc.status)  # the status only: reasons may name the upload's file
            return _error(exc)
        log.info("check done: conforms=%s", report.conforms)
        return Response(_render(report, fmt), media_type=DOWNLOADS[fmt][1], headers=_verdict_headers(report))

    async def ui_check(self, request: Request) -> Response:
        try:
            report, _ = await self.service.check(request, ui=True)
        except ServeError as exc:
            return HTMLResponse(page.error_page(exc.status, exc.reason), exc.status)
        rid = self.service.keep(report)
        report_html = _render(report, "html").decode("utf-8")
        return HTMLResponse(page.result_page(report, rid, report_html), headers=_verdict_headers(report))

    async def download(self, request: Request) -> Response:
        fmt = request.query_params.get("format", "json")
        report = self.service.reports.get(request.path_params["report_id"])
        if report is None:
            return _error(ServeError(404, "no such report (reports are kept for the latest checks only)"))
        if fmt not in DOWNLOADS:
            return _error(ServeError(400, f"format: give one of {', '.join(DOWNLOADS)}"))
        suffix, media = DOWNLOADS[fmt]
        return Response(_render(report, fmt), media_type=media,
                        headers={"Content-Disposition": f'attachment; filename="eucaim-report.{suffix}"'})

    async def rules(self, request: Request) -> Response:
        try:
            self.service.authorise(request)
            unknown = set(request.query_params) - {"standard", "tier"}
            if unknown:
                raise ServeError(400, f"unknown parameter {sorted(unknown)[0]!r}; known: standard, tier")
            tier_text = request.query_params.get("tier")
            if tier_text is not None and tier_text not in ("1", "2", "3"):
                raise ServeError(400, "tier: give one of 1, 2, 3")
        except ServeError as exc:
            return _error(exc)
        standard = request.query_params.get("standard")
        selected = [rule_json(r) for r in select_rules(standard, None if tier_text is None else int(tier_text))]
        return JSONResponse(selected)

    async def rule(self, request: Request) -> Response:
        try:
            self.service.authorise(request)
        except ServeError as exc:
            return _error(exc)
        rid = request.path_params["rule_id"]
        found = next((r for r in all_rules() if r.id == rid), None)
        if found is None:
            return _error(ServeError(404, "no such rule (GET /rules lists them)"))
        return JSONResponse(rule_json(found))

    async def health(self, request: Request) -> Response:
        pool = self.service.limiter.statistics()
        return JSONResponse({"status": "ok", "version": __version__, "workers": self.service.settings.workers,
                             "busy": pool.borrowed_tokens, "waiting": pool.tasks_waiting})

    async def describe(self, request: Request) -> Response:
        return JSONResponse(openapi(__version__, bool(self.service.settings.token)))

    async def form(self, request: Request) -> Response:
        return HTMLResponse(page.form_page(bool(self.service.settings.token)))


def create_app(settings: ServeSettings | None = None) -> Starlette:
    """The service as an ASGI app (``uvicorn`` runs it; tests drive it with Starlette's TestClient)."""
    service = _Service(settings or ServeSettings())
    routes = _Routes(service)
    app = Starlette(routes=[
        Route("/", routes.form, methods=["GET"]),
        Route("/ui/check", routes.ui_check, methods=["POST"]),
        Route("/check", routes.check, methods=["POST"]),
        Route("/reports/{report_id}", routes.download, methods=["GET"]),
        Route("/rules", routes.rules, methods=["GET"]),
        Route("/rules/{rule_id:path}", routes.rule, methods=["GET"]),
        Route("/health", routes.health, methods=["GET"]),
        Route("/openapi.json", routes.describe, methods=["GET"]),
    ])
    # outermost: a request naming a foreign host (DNS rebinding) is refused before anything else runs
    app.add_middleware(HostGuard, allowed=allowed_hosts(service.settings.host, service.settings.allowed_hosts))
    app.state.service = service
    return app
