# scripts/test.d/browser.sh — sourced by scripts/test; function definitions only.
# The demo server (`crocevia serve --demo`, also used by api-contract.sh) and the browser tests
# run against it. The globals they use (TMP_DIR, CARGO_TARGET_DIR, APP_PID, APP_LOG, APP_URL)
# and the helpers (stage, info, die, make_tmp_dir, free_port) are in scripts/test.
# shellcheck shell=bash

stop_app_server() {
  [[ -n "$APP_PID" ]] || return 0
  if kill -0 "$APP_PID" 2> /dev/null; then
    kill -TERM "$APP_PID" 2> /dev/null || true
    local i
    # shellcheck disable=SC2034 # i only counts the waits.
    for i in $(seq 1 50); do
      kill -0 "$APP_PID" 2> /dev/null || break
      sleep 0.2
    done
    kill -KILL "$APP_PID" 2> /dev/null || true
  fi
  wait "$APP_PID" 2> /dev/null || true
  APP_PID=""
}

show_app_log() {
  [[ -n "$APP_LOG" && -f "$APP_LOG" ]] || return 0
  printf -- '--- last 80 lines of the server log (%s) ---\n' "$APP_LOG" >&2
  tail -n 80 "$APP_LOG" >&2 || true
  printf -- '--- end of server log ---\n' >&2
}

# start_app_server LABEL [extra `crocevia serve` args...]: `crocevia serve --demo` on a free
# port with a data directory of its own; sets APP_PID, APP_LOG and APP_URL and returns once
# /status answers 200. Extra environment comes from the caller's `VAR=value start_app_server`.
start_app_server() {
  local label="$1"
  shift
  make_tmp_dir
  local app_port data_dir
  app_port="$(free_port)"
  data_dir="$TMP_DIR/app-$label"
  APP_LOG="$TMP_DIR/app-$label.log"
  APP_URL="http://127.0.0.1:$app_port"

  info "starting crocevia serve --demo on $APP_URL ($label)"
  "$CARGO_TARGET_DIR/debug/crocevia" serve --demo --data-dir "$data_dir" \
    --bind "127.0.0.1:$app_port" "$@" > "$APP_LOG" 2>&1 < /dev/null &
  APP_PID=$!

  local deadline=$((SECONDS + 60)) code
  while :; do
    if ! kill -0 "$APP_PID" 2> /dev/null; then
      local app_status=0
      wait "$APP_PID" || app_status=$?
      APP_PID=""
      show_app_log
      die "crocevia serve exited (status $app_status) before answering on $APP_URL/status"
    fi
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$APP_URL/status" || true)"
    [[ "$code" == 200 ]] && break
    if ((SECONDS >= deadline)); then
      show_app_log
      die "crocevia serve did not answer 200 on $APP_URL/status within 60 s (last status: ${code:-none})"
    fi
    sleep 0.5
  done
  info "server is up: $(curl -s --max-time 2 "$APP_URL/status")"
}

# browser_tests LABEL [extra `crocevia serve` args...]
browser_tests() {
  local label="$1"
  shift
  stage "browser tests ($label)"
  start_app_server "$label" "$@"
  local base_url="$APP_URL"

  local status=0
  # Explicit files rather than the directory: newer node versions read arguments as globs.
  CROCEVIA_BASE_URL="$base_url" CROCEVIA_SERVER_LOG="$APP_LOG" \
    node --test --test-reporter=spec tests/browser/*.test.mjs || status=$?
  if ((status != 0)); then
    show_app_log
    stop_app_server
    die "browser tests failed on $label (screenshots, if any, in tests/browser/test-results/)"
  fi
  stop_app_server
}
