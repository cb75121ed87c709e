# Sourced by backup.sh and restore.sh: run from the folder of docker-compose.yml, with its .env.
set -euo pipefail
[[ -f docker-compose.yml ]] || { echo "run this from the folder of docker-compose.yml" >&2; exit 2; }

# Loads .env (the keys, the passwords, the S3 credentials) as docker compose reads it.
load_env() { set -a; . ./.env; set +a; }

# The AWS CLI in the network of the compose stack's S3 service (reached on the compose network only), with
# `folder` mounted at /backup. For another S3 (AWS, MinIO), run `aws s3 sync` against it yourself.
aws_in_stack() {
  local folder=$1; shift
  docker run --rm --network "container:$(docker compose ps -q s3)" -v "$(realpath "$folder"):/backup" \
    -e AWS_ACCESS_KEY_ID="$S3_ACCESS_KEY_ID" -e AWS_SECRET_ACCESS_KEY="$S3_SECRET_ACCESS_KEY" -e AWS_DEFAULT_REGION=us-east-1 \
    amazon/aws-cli:2.22.0 --endpoint-url http://127.0.0.1:8333 "$@"
}

# Temporal's two databases on the stack's PostgreSQL (deploy/temporal-schema.sh creates them).
databases=(temporal temporal_visibility)
