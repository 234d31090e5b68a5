# scripts/test.d/api-contract.sh — sourced by scripts/test; function definitions only.
# The API contract stage: schemathesis against the OpenAPI document of the demo server (started
# with browser.sh's start_app_server). The globals they use (TMP_DIR, APP_URL, APP_LOG,
# SCHEMATHESIS*) and the helpers (stage, info, die) are in scripts/test.
# shellcheck shell=bash

# schemathesis_run NAME CONFIG CLIENT_ADDRESS [VAR=value...]: one run in the background, its
# output in $TMP_DIR/schemathesis/NAME.log and its JUnit report beside it; its pid is appended
# to SCHEMATHESIS_PIDS (not a $(...): `wait` needs it to be this shell's child).
schemathesis_run() {
  local name="$1" config="$2" client="$3"
  shift 3
  local out="$TMP_DIR/schemathesis"
  mkdir -p "$out"
  env "$@" "$SCHEMATHESIS" --config-file "$config" run "$APP_URL/api/v1/openapi.json" \
    --url "$APP_URL" --checks all --max-examples "$SCHEMATHESIS_EXAMPLES" \
    --seed "$SCHEMATHESIS_SEED" --generation-database none --rate-limit "$SCHEMATHESIS_RATE" \
    --header "X-Forwarded-For: $client" --report junit --report-junit-path "$out/$name.xml" \
    --no-color > "$out/$name.log" 2>&1 < /dev/null &
  SCHEMATHESIS_PIDS+=($!)
}

# Stops runs still going (called by cleanup: an interrupted or failed script).
stop_schemathesis() {
  local pid
  for pid in "${SCHEMATHESIS_PIDS[@]}"; do
    kill -TERM "$pid" 2> /dev/null || true
    wait "$pid" 2> /dev/null || true
  done
  SCHEMATHESIS_PIDS=()
}

api_contract_tests() {
  stage "API contract (schemathesis)"
  CROCEVIA_TRUST_FORWARDED_FOR=true start_app_server api-contract
  local out="$TMP_DIR/schemathesis" creds=()
  mkdir -p "$out"
  # Signed in: the first front-office operator of the demo (desk API access).
  mapfile -t creds < <(python3 tests/api/login.py "$APP_URL" "$APP_LOG" front_office) ||
    true
  if ((${#creds[@]} != 3)); then
    show_app_log
    die "tests/api/login.py could not sign in the demo front_office operator (above)"
  fi
  # The signed-in configuration: the shared one and the credentials, which schemathesis reads
  # from the environment (never written to a file).
  {
    cat tests/api/schemathesis.toml
    cat << 'EOF'

[auth.openapi.session_cookie]
api_key = "${CROCEVIA_SESSION}"

[auth.openapi.csrf_cookie]
api_key = "${CROCEVIA_CSRF_COOKIE}"

[auth.openapi.csrf_token]
api_key = "${CROCEVIA_CSRF_TOKEN}"
EOF
  } > "$out/signed-in.toml"

  info "schemathesis $SCHEMATHESIS_VERSION: $SCHEMATHESIS_EXAMPLES examples per operation," \
    "seed $SCHEMATHESIS_SEED, anonymous and signed in side by side (a few minutes)"
  local started=$SECONDS anon=0 signed=0
  SCHEMATHESIS_PIDS=()
  schemathesis_run anonymous tests/api/schemathesis.toml 192.0.2.1
  schemathesis_run signed-in "$out/signed-in.toml" 192.0.2.2 "${creds[@]}"
  wait "${SCHEMATHESIS_PIDS[0]}" || anon=$?
  wait "${SCHEMATHESIS_PIDS[1]}" || signed=$?
  SCHEMATHESIS_PIDS=()
  for run in anonymous signed-in; do
    printf -- '--- schemathesis, %s ---\n' "$run"
    cat "$out/$run.log"
  done
  info "schemathesis took $((SECONDS - started)) s (anonymous: exit $anon, signed in: exit $signed)"
  stop_app_server
  ((anon == 0 && signed == 0)) ||
    die "the server does not do what its OpenAPI document says (failures above: each with a curl" \
      "line to reproduce; KEEP_TMP=1 keeps the logs and JUnit reports in $out)"
}
