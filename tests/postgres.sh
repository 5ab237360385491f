#!/usr/bin/env bash
# Starts a throw-away PostgreSQL server for the tests (Debian's package, installed if missing) and exports
# TRAVELRISK_TEST_POSTGRES with its connection string; postgres_stop stops it and deletes its files.
# Sourced by tests/run.sh. The cluster uses the C locale, so text sorts byte by byte as on SQLite.

postgres_start() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  if [[ -z "$bin" || ! -x "$bin/initdb" ]]; then
    echo "Installing Debian's postgresql for the database tests..."
    local sudo_cmd=(); [[ $(id -u) -ne 0 ]] && sudo_cmd=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get update -qq && DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq postgresql >/dev/null || return 1
    bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi

  PG_TEST_DIR=$(mktemp -d /tmp/travelrisk-pg.XXXXXX)
  local port=5433
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  as_postgres() { if [[ $(id -u) -eq 0 ]]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
  [[ $(id -u) -eq 0 ]] && chown postgres "$PG_TEST_DIR"
  as_postgres "'$bin/initdb' -D '$PG_TEST_DIR/data' -U postgres -A trust --no-sync --no-locale -E UTF8" >/dev/null || return 1
  as_postgres "'$bin/pg_ctl' -D '$PG_TEST_DIR/data' -l '$PG_TEST_DIR/log' -o \"-c listen_addresses=127.0.0.1 -p $port -k $PG_TEST_DIR -c fsync=off -c max_connections=200\" -w start" >/dev/null || return 1
  PG_TEST_BIN=$bin
  export TRAVELRISK_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
  echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') started for the tests on port $port"
}

postgres_stop() {
  [[ -n "${PG_TEST_DIR:-}" ]] || return 0
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/bash -c "'$PG_TEST_BIN/pg_ctl' -D '$PG_TEST_DIR/data' -m fast -w stop" >/dev/null 2>&1
  else
    "$PG_TEST_BIN/pg_ctl" -D "$PG_TEST_DIR/data" -m fast -w stop >/dev/null 2>&1
  fi
  rm -rf "$PG_TEST_DIR"
  unset PG_TEST_DIR TRAVELRISK_TEST_POSTGRES
}
