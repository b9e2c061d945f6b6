"""``eucaim serve``: options in, service up. All logic lives in eucaim_spec.serve."""

from __future__ import annotations

import os

import click

from eucaim_spec.cli.check_cmd import MAX_BYTES, MAX_DEPTH, MAX_MEMORY, TIMEOUT, XLSX_MAX_BYTES, XLSX_MAX_RATIO, Size


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on; localhost unless told otherwise (0.0.0.0 for all).")
@click.option("--port", default=8080, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allowed-host", "allowed_host", multiple=True, metavar="NAME",
              help="A host name the service answers to besides localhost, 127.0.0.1 and [::1] (repeatable; a "
                   "reverse proxy's name; '*' for any). Bound to loopback, requests naming another host are "
                   "refused (421), against DNS rebinding.")
@click.option("--workers", type=click.IntRange(1, 64), default=2, show_default=True,
              help="Checks run at once; more wait in a queue.")
@click.option("--queue", type=click.IntRange(0, 10_000), default=16, show_default=True,
              help="Checks allowed to wait for a worker; beyond it the answer is 503.")
@click.option("--token-env", metavar="VAR", help="Require 'Authorization: Bearer <token>', the token read from "
                                                "this environment variable (never from the command line).")
@click.option("--allow-local-urls", is_flag=True,
              help="Let URL checks reach loopback, private and link-local addresses (refused by default).")
@click.option("--max-upload", type=Size(), default="256M", show_default=True, help="Largest request body.")
@click.option("--max-unzipped", type=Size(), default="1G", show_default=True,
              help="Largest inflated size of a zipped dataset.")
@click.option("--max-ratio", type=click.IntRange(min=1), default=100, show_default=True,
              help="Highest compression ratio of a zip member (zip bombs are refused).")
@click.option("--max-bytes", type=Size(), default=MAX_BYTES, show_default=True,
              help="Largest catalogue record or HTTP body a check reads (as eucaim check).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=TIMEOUT, show_default=True,
              help="Seconds a URL may take, connection to last byte.")
@click.option("--max-memory", type=Size(), default=MAX_MEMORY, show_default=True,
              help="Memory ceiling of the service process; 0 for none.")
def serve(host: str, port: int, allowed_host: tuple[str, ...], workers: int, queue: int, token_env: str | None,
          allow_local_urls: bool, max_upload: int, max_unzipped: int, max_ratio: int, max_bytes: int, timeout: float,
          max_memory: int) -> None:
    """Serve the checker: an upload page at / and a REST API (POST /check, GET /rules, /health, /openapi.json)."""
    try:
        import uvicorn

        from eucaim_spec.serve.app import create_app
    except ImportError:
        raise click.UsageError("the service needs the 'serve' extra: pip install 'eucaim-spec[serve]'") from None
    from eucaim_spec.serve.settings import ServeSettings
    from eucaim_spec.validate.limits import set_memory_ceiling

    token = None
    if token_env:
        token = os.environ.get(token_env) or None
        if token is None:
            raise click.UsageError(f"--token-env {token_env}: the variable is unset or empty")
    limits = {"max_bytes": max_bytes, "timeout": timeout, "max_depth": MAX_DEPTH,
              "xlsx_max_bytes": Size().convert(XLSX_MAX_BYTES, None, None), "xlsx_max_ratio": XLSX_MAX_RATIO}
    settings = ServeSettings(host=host, port=port, allowed_hosts=allowed_host, workers=workers, queue=queue,
                             token=token, allow_local_urls=allow_local_urls, max_upload=max_upload,
                             max_unzipped=max_unzipped, max_ratio=max_ratio, check_limits=limits)
    set_memory_ceiling(max_memory)
    if host not in ("127.0.0.1", "localhost", "::1") and token is None:
        click.echo(f"warning: listening on {host} without a token (--token-env): anyone who reaches it may "
                   "run checks", err=True)
    # access_log off: a request line is all it would add, and the service logs outcomes without input values
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info", access_log=False)
