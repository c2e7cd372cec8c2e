#!/usr/bin/env bash
# Gives a fresh Debian machine what the test suite needs beyond npm: Chromium for the browser tests
# and a running PostgreSQL for the store suite. Safe to run again.
set -euo pipefail

if ! command -v chromium >/dev/null 2>&1 && [ ! -x /usr/bin/chromium ]; then
  echo "installing Chromium (Debian package) for the end-to-end suite"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
fi

pg_ready() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }
if ! pg_ready && command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start || true
  for _ in $(seq 1 30); do pg_ready && break; sleep 1; done
fi
pg_ready || echo "warning: PostgreSQL is not reachable at 127.0.0.1:5432; the store suite will say so" >&2
