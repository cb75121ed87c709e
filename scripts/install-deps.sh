#!/usr/bin/env bash
# Installs the npm dependencies when node_modules is missing or came from another lockfile, so that
# `npm run dev` and `npm test` work on a fresh clone, and after a pull, with nothing typed first.
set -euo pipefail
cd "$(dirname "$0")/.."

# `pathfinder backup` copies the dev server's SQLite file with SQLite's own shell (Debian's sqlite3), as its
# tests do: installed when missing where apt-get can (root, as in CI), else named for the reader to install.
if ! command -v "${SQLITE3_PATH:-sqlite3}" >/dev/null 2>&1; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null
  else
    echo "note: pathfinder backup needs SQLite's shell: apt-get install sqlite3 (or set SQLITE3_PATH)" >&2
  fi
fi

installed_from=node_modules/.installed-package-lock.json   # a copy of the lockfile node_modules came from
cmp -s package-lock.json "$installed_from" && exit 0

if [[ -d node_modules ]]; then
  echo "package-lock.json changed: reinstalling the dependencies with npm ci (under a minute)..." >&2
else
  echo "Installing the dependencies with npm ci (under a minute, once)..." >&2
fi
npm ci --no-audit --no-fund --loglevel=error >&2
cp package-lock.json "$installed_from"
