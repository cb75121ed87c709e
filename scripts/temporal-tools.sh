#!/usr/bin/env bash
# Provides the two Temporal executables this project needs, building them here when they are missing,
# because the SDK's own download of them cannot reach its servers from every machine.
#   - the Temporal CLI (dev server + UI)
#   - the time-skipping test server (Java), behind a launcher that takes the SDK's arguments
# Prints TEMPORAL_CLI_PATH=... and TEMPORAL_TEST_SERVER_PATH=... on stdout; progress goes to stderr.
# Idempotent: a cached build is reused. Environment variables, then a `temporal` on PATH, win.
set -euo pipefail

CLI_VERSION=v1.5.1                 # later versions carry a `replace` directive that `go install` refuses
SERVER_VERSION=1.29.1              # the Temporal server that CLI embeds (its dev server), as in docker-compose.yml
TEST_SERVER_VERSION=1.34.0         # io.temporal:temporal-test-server on Maven Central
CACHE_DIR=${PATHFINDER_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pathfinder-temporal}

say() { echo "temporal-tools: $*" >&2; }
need() {
  command -v "$1" >/dev/null 2>&1 && return 0
  say "'$1' is needed to build $2 but is not installed."
  say "Install it (Debian/Ubuntu: apt-get install $3), or set $4 to an existing executable."
  exit 1
}

mkdir -p "$CACHE_DIR"
# Two processes asking at once (parallel test workers) build once.
exec 9>"$CACHE_DIR/.lock"
flock 9

cli_path() {
  if [[ -n "${TEMPORAL_CLI_PATH:-}" ]]; then
    [[ -x "$TEMPORAL_CLI_PATH" ]] || { say "TEMPORAL_CLI_PATH=$TEMPORAL_CLI_PATH is not an executable file"; exit 1; }
    echo "$TEMPORAL_CLI_PATH"; return
  fi
  if command -v temporal >/dev/null 2>&1; then command -v temporal; return; fi
  local built="$CACHE_DIR/cli-$CLI_VERSION/temporal"
  if [[ ! -x "$built" ]]; then
    need go "the Temporal CLI" golang-go TEMPORAL_CLI_PATH
    say "building the Temporal CLI $CLI_VERSION with go install (a few minutes, once)..."
    GOBIN="$CACHE_DIR/cli-$CLI_VERSION" GOFLAGS=-buildvcs=false \
      go install "github.com/temporalio/cli/cmd/temporal@$CLI_VERSION" >&2
  fi
  echo "$built"
}

test_server_path() {
  if [[ -n "${TEMPORAL_TEST_SERVER_PATH:-}" ]]; then
    [[ -x "$TEMPORAL_TEST_SERVER_PATH" ]] || { say "TEMPORAL_TEST_SERVER_PATH=$TEMPORAL_TEST_SERVER_PATH is not an executable file"; exit 1; }
    echo "$TEMPORAL_TEST_SERVER_PATH"; return
  fi
  local dir="$CACHE_DIR/test-server-$TEST_SERVER_VERSION"
  local launcher="$dir/temporal-test-server"
  if [[ ! -x "$launcher" ]]; then
    need java "the time-skipping test server" openjdk-17-jre-headless TEMPORAL_TEST_SERVER_PATH
    need mvn "the time-skipping test server" maven TEMPORAL_TEST_SERVER_PATH
    say "fetching io.temporal:temporal-test-server:$TEST_SERVER_VERSION with Maven (once)..."
    local work; work=$(mktemp -d)
    cat >"$work/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.pathfinder</groupId>
  <artifactId>temporal-test-server-fetch</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>$TEST_SERVER_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
    rm -rf "$dir.tmp"
    # --strict-checksums: a download whose checksum does not match the repository's is refused, not kept.
    mvn -B --strict-checksums --no-transfer-progress -f "$work/pom.xml" dependency:copy-dependencies \
      -DincludeScope=runtime -DoutputDirectory="$dir.tmp/lib" >&2
    say "fetched (SHA-256):"
    (cd "$dir.tmp/lib" && sha256sum -- *.jar) >&2
    # The SDK runs `<path> <port> --enable-time-skipping`; TestServer.main takes exactly that.
    cat >"$dir.tmp/temporal-test-server" <<'LAUNCHER'
#!/usr/bin/env bash
here=$(cd "$(dirname "$0")" && pwd)
exec java ${TEMPORAL_TEST_SERVER_JAVA_OPTS:--Xmx512m} -cp "$here/lib/*" io.temporal.testserver.TestServer "$@"
LAUNCHER
    chmod +x "$dir.tmp/temporal-test-server"
    rm -rf "$dir" "$work"
    mv "$dir.tmp" "$dir"
  fi
  echo "$launcher"
}

cli=$(cli_path)
version=$("$cli" --version 2>/dev/null | head -n 1 || true)
say "using $cli (${version:-version unknown})"
[[ "$version" == *"Server $SERVER_VERSION"* ]] || say "note: the project is tested with the dev server of Temporal $SERVER_VERSION (CLI $CLI_VERSION)"
echo "TEMPORAL_CLI_PATH=$cli"
echo "TEMPORAL_TEST_SERVER_PATH=$(test_server_path)"
