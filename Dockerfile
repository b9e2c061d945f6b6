# `eucaim serve` for a node or a helpdesk: the checker's web page and REST API (see README, "Validation service").
#   docker build -t eucaim-spec .
#   docker run --rm -p 127.0.0.1:8080:8080 -e EUCAIM_SERVE_TOKEN=... eucaim-spec
# The image holds no data: uploads live in /tmp (a tmpfs in examples/serve/compose.yaml) for one check only.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /src
COPY pyproject.toml requirements.lock README.md NOTICE hatch_build.py ./
COPY schemas ./schemas
COPY shapes ./shapes
COPY generators ./generators
COPY validators ./validators
COPY src ./src
# uv pinned as in the Makefile; the lock constrains every transitive version, the serve extra adds the ASGI stack.
# gcc compiles the DICOM header scan's C walk (hatch_build.py) and leaves with the sources, in the same layer.
RUN apt-get update && apt-get install -y --no-install-recommends gcc libc6-dev \
 && pip install --no-cache-dir uv==0.13.9 \
 && uv pip install --system --no-cache -c requirements.lock ".[serve]" \
 && apt-get purge -y --auto-remove gcc libc6-dev && rm -rf /var/lib/apt/lists/* \
 && python -c "import eucaim_spec.validate.dicom._walk" \
 && rm -rf /src

# never root: a check parses untrusted files
RUN useradd --system --uid 10001 --home-dir /nonexistent --shell /usr/sbin/nologin eucaim
USER 10001
WORKDIR /tmp

EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --retries=3 \
  CMD python -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/health', timeout=4)"
# 0.0.0.0 inside the container only; publish the port on the host's loopback or behind a TLS proxy.
# The token is read from the environment (never the command line); unset, the service refuses to start.
CMD ["eucaim", "serve", "--host", "0.0.0.0", "--port", "8080", "--workers", "2", "--token-env", "EUCAIM_SERVE_TOKEN"]
