"""``eucaim serve``: the checker as a web page and a REST API (optional extra ``serve``).

The service runs the same orchestration as ``eucaim check`` (``validate.check.run_check``) and the same report
renderers; this package only receives inputs safely (``uploads``, ``url_guard``), maps the CLI's exit semantics
to HTTP (``app``), describes the API (``openapi``) and draws the upload page (``page``).
"""
