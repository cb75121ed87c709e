#!/usr/bin/env bash
# Provides two Go programs the tests run, building each here once from the source the Go module proxy
# serves (nothing else needs to be downloaded):
#   - SeaweedFS, the S3-compatible server the store is tested against
#   - Docker Compose, which checks docker-compose.yml the way `docker compose config` does (no engine needed)
# `go install …@version` refuses both (their go.mod files have replace or exclude directives), so each module
# is downloaded and built in place. Prints SEAWEEDFS_PATH=... and DOCKER_COMPOSE_PATH=...; progress goes to
# stderr. Either set in the environment wins.
set -euo pipefail

CACHE_DIR=${PATHFINDER_TOOLS_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/pathfinder-temporal}
say() { echo "go-tools: $*" >&2; }

# build <variable> <module> <version> <package> <executable>
build() {
  local variable=$1 module=$2 version=$3 package=$4 executable=$5
  local given=${!variable:-}
  if [[ -n "$given" ]]; then
    [[ -x "$given" ]] || { say "$variable=$given is not an executable file"; exit 1; }
    echo "$variable=$given"; return
  fi
  local dir="$CACHE_DIR/$executable-$version"
  if [[ ! -x "$dir/$executable" ]]; then
    command -v go >/dev/null 2>&1 || { say "'go' is needed to build $executable (apt-get install golang-go), or set $variable"; exit 1; }
    say "building $executable ($module@$version) with go build (a few minutes, once)..."
    local src
    src=$(cd "$(mktemp -d)" && go mod download -json "$module@$version" | sed -n 's/^\t"Dir": "\(.*\)",$/\1/p')
    [[ -d "$src" ]] || { say "go mod download did not give the folder of $module@$version"; exit 1; }
    rm -rf "$dir.tmp"
    (cd "$src" && GOFLAGS=-buildvcs=false go build -o "$dir.tmp/$executable" "$package") >&2
    mv "$dir.tmp" "$dir"
  fi
  echo "$variable=$dir/$executable"
}

mkdir -p "$CACHE_DIR"
# Two processes asking at once build once.
exec 9>"$CACHE_DIR/.go-tools.lock"
flock 9
# `weed version` 4.53, the version docker-compose.yml runs.
build SEAWEEDFS_PATH github.com/seaweedfs/seaweedfs v0.0.0-20261109003541-7506e5f91cd6 ./weed weed
# The newest Compose that builds with Go 1.26.8 (v5 needs a later Go).
build DOCKER_COMPOSE_PATH github.com/docker/compose/v2 v2.40.3 ./cmd docker-compose
