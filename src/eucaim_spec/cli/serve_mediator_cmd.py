"""``eucaim serve-mediator --db URL``: a local reference mediator answering Focus' API mode from a CDM database."""

from __future__ import annotations

import click


@click.command("serve-mediator")
@click.option("--db", "db", metavar="URL", required=True, help="The node's CDM database (PostgreSQL).")
@click.option("--db-schema", default="eucaim_cdm_output", show_default=True, help="Schema of the CDM tables.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=5000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--path", "url_path", default="/search", show_default=True, help="The path Focus' ENDPOINT_URL names.")
@click.option("--provider", default="eucaim-spec mediator", show_default=True)
@click.option("--max-requests", type=click.IntRange(1), help="Stop after this many requests (tests, demos).")
def serve_mediator(db: str, db_schema: str, host: str, port: int, url_path: str, provider: str,
                   max_requests: int | None) -> None:
    """Answer `GET <path>?gender=...&diagnosis=...&modality=...&bodyPart=...&manufacturer=...` as a node's mediator
    would for Focus' API mode (ENDPOINT_TYPE=eucaim_api), from the CDM tables, read-only. Point Focus'
    ENDPOINT_URL at http://HOST:PORT/search."""
    from eucaim_spec.errors import InputError
    from eucaim_spec.validate.search.mediator import connect, make_server
    from eucaim_spec.validate.sql.postgres import safe_url

    try:
        connect(db).close()  # fail now (exit 3) rather than on the first request
    except Exception as exc:  # psycopg's errors: one line, password masked
        raise InputError(safe_url(db), f"cannot connect: {safe_url(' '.join(str(exc).split()))}") from None
    server = make_server(db, host, port, url_path, db_schema, provider)
    bound_port = server.server_address[1]
    click.echo(f"mediator for {safe_url(db)} schema {db_schema} on http://{host}:{bound_port}{url_path}", err=True)
    try:
        if max_requests is None:
            server.serve_forever()
        else:
            for _ in range(max_requests):
                server.handle_request()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
