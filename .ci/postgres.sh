#!/bin/sh
# Install Debian's PostgreSQL server binaries for the store tests (tests/conftest.py starts
# its own throwaway server from /usr/lib/postgresql/*/bin; nothing here starts a cluster).
# Idempotent and quiet: does nothing when initdb is already installed.
# Usage (as root, or with sudo available): sh .ci/postgres.sh
# Then run the tests with SITREPS_REQUIRE_POSTGRES=1 so a server that fails to start fails CI.
set -eu

if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    exit 0
fi

SUDO=""
if [ "$(id -u)" != "0" ]; then
    SUDO="sudo"
fi

export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
ls /usr/lib/postgresql/*/bin/initdb
