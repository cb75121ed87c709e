#!/usr/bin/env bash
# Backs up the compose stack while it runs (README, *Backup and restore*), into a new folder:
#   deploy/backup/backup.sh /backups/pathfinder-2027-05-01
# Order matters: Temporal's databases first, then the S3 bucket, then .env with the keys, so that whatever
# the databases refer to (a document, a mail the relay accepted, the key that sealed a payload) is in the
# copy. A manifest of SHA-256 digests (SHA256SUMS) comes last. The folder holds the keys: keep it safe.
set -euo pipefail
. "$(dirname "$0")/common.sh"
out=${1:?usage: deploy/backup/backup.sh <new folder>}
[[ -f .env ]] || { echo "no .env here: nothing to back up" >&2; exit 2; }
if [[ -e $out && -n $(ls -A "$out") ]]; then echo "$out is not empty: name a new folder" >&2; exit 2; fi
load_env
mkdir -p "$out/s3"
chmod 700 "$out"

# pg_dump reads each database in one transaction: a consistent copy while the server writes.
for db in "${databases[@]}"; do
  docker compose exec -T postgresql pg_dump -U temporal --format=custom "$db" >"$out/$db.dump"
done
aws_in_stack "$out" s3 sync --only-show-errors s3://pathfinder /backup/s3
cp .env "$out/env"
chmod 600 "$out/env"

(cd "$out" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum >SHA256SUMS)
echo "backed up into $out: $(wc -l <"$out/SHA256SUMS") files"
