#!/bin/sh
# Installs the Debian packages the test suite needs, only when they are missing.
# PostgreSQL: the tests initialise and start a throw-away cluster of their own (tests/conftest.py).
set -eu
need=""
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need="$need postgresql"
# Chromium: the site test opens the built site headless (tests/test_site.py); Debian's build, no browser download.
command -v chromium >/dev/null 2>&1 || need="$need chromium"
# npm: the site build fetches the pinned mermaid release from the npm registry (src/eucaim_spec/docs/mermaid.py).
command -v npm >/dev/null 2>&1 || need="$need npm"
# Java 17: pyspark 4 runs on it (the Spark parity test, tests/test_spark.py, and `--engine spark`).
command -v java >/dev/null 2>&1 || need="$need openjdk-17-jre-headless"
[ -z "$need" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian packages:$need" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
