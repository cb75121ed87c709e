#!/usr/bin/env bash
# Restores a backup of deploy/backup/backup.sh onto a fresh machine (README, *Backup and restore*), from the
# folder of docker-compose.yml, with no .env and no stack yet:
#   deploy/backup/restore.sh /backups/pathfinder-2027-05-01
# It checks every file against the manifest first, puts .env (the keys) back with the data, restores
# Temporal's databases and the bucket, then starts the whole stack.
set -euo pipefail
. "$(dirname "$0")/common.sh"
in=${1:?usage: deploy/backup/restore.sh <backup folder>}
(cd "$in" && sha256sum --check --quiet --strict SHA256SUMS) || { echo "$in does not match its manifest (SHA256SUMS)" >&2; exit 2; }
[[ ! -e .env ]] || { echo ".env exists here: restore onto a fresh checkout (move .env aside first)" >&2; exit 2; }
[[ -z $(docker compose ps -aq 2>/dev/null) ]] || { echo "a stack runs here: restore into a fresh one" >&2; exit 2; }

cp "$in/env" .env
chmod 600 .env
load_env
docker compose up -d --wait postgresql s3
# --create refuses a database that exists: a PostgreSQL that is not empty is not restored over.
for db in "${databases[@]}"; do
  docker compose exec -T postgresql pg_restore -U temporal --create --exit-on-error --dbname postgres <"$in/$db.dump"
done
# SeaweedFS makes the bucket as it starts.
for _ in $(seq 60); do aws_in_stack "$in" s3 ls s3://pathfinder >/dev/null 2>&1 && break; sleep 1; done
aws_in_stack "$in" s3 sync --only-show-errors /backup/s3 s3://pathfinder
docker compose up -d
echo "restored $in; the stack is starting (docker compose ps)"
