#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the store tests and prints the line that points them at it.
#
#   eval "$(.ci/postgres.sh)"     # then: ./mvnw verify  (EntenteStore tests run on SQLite and PostgreSQL)
#
# Safe on a fresh Debian machine as root: installs the server from Debian packages when missing
# (apt-get), creates a cluster with initdb in $ENTENTE_PG_DIR (default /tmp/entente-pg) owned by the
# postgres user, starts it on 127.0.0.1:$ENTENTE_PG_PORT (default 5432), creates role and database
# entente / entente_test, and prints `export ENTENTE_TEST_PG_URL=...` on stdout. Everything else goes
# to stderr. Running it again reuses the running server. Also works as a non-root user who can run
# initdb (the cluster is then owned by that user).
set -euo pipefail

PG_DIR="${ENTENTE_PG_DIR:-/tmp/entente-pg}"
PG_PORT="${ENTENTE_PG_PORT:-5432}"
DB_USER=entente
DB_PASS=entente
DB_NAME=entente_test

log() { echo "postgres.sh: $*" >&2; }

find_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; return 0; fi
  done
  if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

BIN="$(find_bindir || true)"
if [ -z "$BIN" ]; then
  if [ "$(id -u)" -ne 0 ]; then log "PostgreSQL is not installed and I am not root; install the postgresql package"; exit 1; fi
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y --no-install-recommends postgresql postgresql-client >&2
  BIN="$(find_bindir)"
fi

if [ "$(id -u)" -eq 0 ]; then
  OWNER=postgres
  id "$OWNER" >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash "$OWNER"
  as_owner() { runuser -u "$OWNER" -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

mkdir -p "$PG_DIR"
chown "$OWNER" "$PG_DIR"
chmod 700 "$PG_DIR"
DATA="$PG_DIR/data"
SOCK="$PG_DIR"

if [ ! -f "$DATA/PG_VERSION" ]; then
  log "initdb into $DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U "$OWNER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
    || as_owner "$BIN/initdb" -D "$DATA" -U "$OWNER" --auth=trust --encoding=UTF8 --locale=C >&2
fi

if ! as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "starting on 127.0.0.1:$PG_PORT"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$PG_DIR/server.log" -w -t 60 \
    -o "-p $PG_PORT -k $SOCK -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=50" start >&2
fi

psql_owner() { as_owner psql -h "$SOCK" -p "$PG_PORT" -U "$OWNER" -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$(psql_owner -c "SELECT 1 FROM pg_roles WHERE rolname='$DB_USER'")" != "1" ]; then
  psql_owner -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASS'" >&2
fi
if [ "$(psql_owner -c "SELECT 1 FROM pg_database WHERE datname='$DB_NAME'")" != "1" ]; then
  psql_owner -c "CREATE DATABASE $DB_NAME OWNER $DB_USER ENCODING 'UTF8' TEMPLATE template0" >&2
fi

echo "export ENTENTE_TEST_PG_URL='jdbc:postgresql://127.0.0.1:$PG_PORT/$DB_NAME?user=$DB_USER&password=$DB_PASS'"
