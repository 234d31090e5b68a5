# scripts/test.d/postgres.sh — sourced by scripts/test; function definitions only.
# The throwaway PostgreSQL cluster: start it, stop it, create a database in it. The globals they
# use (IS_ROOT, TMP_DIR, PG_BIN, PG_DATA, PG_PORT, PG_LOG) and the helpers (stage, info, die,
# make_tmp_dir, free_port) are in scripts/test.
# shellcheck shell=bash

# Run a PostgreSQL server binary: as the 'postgres' system user when we are root (the server
# refuses to run as root), directly otherwise. cd into the cluster dir so that the postgres user
# does not trip over an unreadable working directory.
as_pg() {
  if $IS_ROOT; then
    (cd "$TMP_DIR/pg" && runuser -u postgres -- "$@")
  else
    (cd "$TMP_DIR/pg" && "$@")
  fi
}

start_pg_cluster() {
  stage "postgresql cluster"
  make_tmp_dir
  local pg_dir="$TMP_DIR/pg"
  mkdir -p "$pg_dir/sock"
  PG_DATA="$pg_dir/data"
  PG_LOG="$pg_dir/postgres.log"
  if $IS_ROOT; then
    # mktemp -d makes a 0700 root-owned directory; the postgres user must be able to reach
    # the cluster inside it. Root can still read and write everything.
    chown postgres: "$TMP_DIR" "$pg_dir" "$pg_dir/sock"
  fi

  as_pg "$PG_BIN/initdb" --pgdata="$PG_DATA" --username=postgres --auth=trust \
    --encoding=UTF8 --locale=C.UTF-8 --no-sync > "$pg_dir/initdb.log" 2>&1 || {
    cat "$pg_dir/initdb.log" >&2
    die "initdb failed"
  }

  PG_PORT="$(free_port)"
  # Trust, but only over the unix socket in our temp dir and TCP on loopback.
  cat > "$PG_DATA/pg_hba.conf" << 'EOF'
local all all              trust
host  all all 127.0.0.1/32 trust
EOF
  # Throwaway data: durability off, speed on. max_connections leaves room for tests that run in
  # parallel, each with its own pool and database.
  cat >> "$PG_DATA/postgresql.conf" << EOF

# --- scripts/test: throwaway test cluster ---
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$pg_dir/sock'
max_connections = 300
shared_buffers = 128MB
fsync = off
synchronous_commit = off
full_page_writes = off
wal_level = minimal
max_wal_senders = 0
autovacuum = off
timezone = 'UTC'
log_timezone = 'UTC'
logging_collector = off
log_min_messages = warning
EOF
  if $IS_ROOT; then chown postgres: "$PG_DATA/pg_hba.conf" "$PG_DATA/postgresql.conf"; fi

  as_pg "$PG_BIN/pg_ctl" --pgdata="$PG_DATA" --log="$PG_LOG" --wait --timeout=60 \
    --silent start || {
    cat "$PG_LOG" >&2 || true
    die "PostgreSQL did not start"
  }

  local i
  for i in $(seq 1 60); do
    "$PG_BIN/pg_isready" --quiet --host=127.0.0.1 --port="$PG_PORT" && break
    ((i == 60)) && { cat "$PG_LOG" >&2; die "PostgreSQL not ready on 127.0.0.1:$PG_PORT after 30 s"; }
    sleep 0.5
  done

  export CROCEVIA_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  info "PostgreSQL ready: CROCEVIA_TEST_PG_URL=$CROCEVIA_TEST_PG_URL"
}

stop_pg_cluster() {
  [[ -n "$PG_DATA" && -f "$PG_DATA/postmaster.pid" ]] || return 0
  as_pg "$PG_BIN/pg_ctl" --pgdata="$PG_DATA" --mode=immediate --silent stop > /dev/null 2>&1 || true
  PG_DATA=""
}

# CREATE DATABASE name in the throwaway cluster, over TCP; prints its URL.
create_pg_database() {
  local name="$1"
  "$PG_BIN/psql" --quiet --no-psqlrc -v ON_ERROR_STOP=1 "$CROCEVIA_TEST_PG_URL" \
    -c "CREATE DATABASE \"$name\"" > /dev/null
  echo "postgres://postgres@127.0.0.1:$PG_PORT/$name"
}
