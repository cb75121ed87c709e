#!/bin/sh
# Creates the Temporal databases on PostgreSQL if they are missing, and brings both schemas to the version
# this image of the admin tools knows. Safe to run again: an existing database is kept, and the schema
# update applies only what is missing (docker compose runs it before every start of the server).
set -eu
: "${SQL_PASSWORD:?the PostgreSQL password of the temporal user}"
schemas=/etc/temporal/schema/postgresql/v12
tool() { temporal-sql-tool --plugin postgres12 --ep postgresql -p 5432 -u temporal "$@"; }

for db in temporal temporal_visibility; do
  if tool --db "$db" create 2>/tmp/create.err; then echo "database $db created"
  elif grep -q 'already exists' /tmp/create.err; then echo "database $db exists"
  else cat /tmp/create.err >&2; exit 1
  fi
done
tool --db temporal setup-schema -v 0.0
tool --db temporal update-schema -d "$schemas/temporal/versioned"
tool --db temporal_visibility setup-schema -v 0.0
tool --db temporal_visibility update-schema -d "$schemas/visibility/versioned"
echo 'Temporal schemas are up to date'
