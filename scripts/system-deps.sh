#!/bin/sh
# Installs the Debian packages the test suite needs, only when they are missing.
# PostgreSQL: the tests initialise and start a throw-away cluster of their own (tests/conftest.py).
set -eu
need=""
ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1 || need="$need postgresql"
[ -z "$need" ] && exit 0
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
echo "installing Debian packages:$need" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
