# Two images from one build, chosen by target: `worker`, and `portal`, which adds the system Chromium that
# prints the Working Group's report as a PDF.
# Node 24, the current LTS line (Node 20 reached its end of life in April 2026).
FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm run bundle -- dist/workflow-bundle.js && npm prune --omit=dev

FROM node:24-bookworm-slim AS worker
WORKDIR /app
ENV NODE_ENV=production WORKFLOW_BUNDLE_PATH=/app/dist/workflow-bundle.js
# Two glibc malloc arenas instead of one per thread for the worker's many threads (Node, V8, the Rust
# core): about 45 MB less resident memory with 200 open cycles (npm run bench), timings within their spread.
ENV MALLOC_ARENA_MAX=2
# Memory freed by the worker's native side goes back to the system instead of staying in malloc's pools:
# large blocks are mapped on their own, and free memory is trimmed past 128 kB (glibc raises both thresholds
# as it runs, by default). With V8's young generation kept at 2 MB per semi-space (it grows to 16 MB by
# default) in each of the worker's two isolates, the worker with 200 country records and 200 open cycles,
# uncapped, holds about 280 MB instead of 365 MB (bench/worker-memory.ts), for the same CPU time.
ENV MALLOC_MMAP_THRESHOLD_=65536 MALLOC_TRIM_THRESHOLD_=131072
ENV NODE_OPTIONS=--max-semi-space-size=2
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
# Without S3 the stores are folders here: named volumes mounted on them take this ownership, so the
# processes (user node) can write to them.
RUN mkdir -p /data/published /data/mail-ledger /data/documents /data/records && chown -R node:node /data
ENV PATHFINDER_DATA_DIR=/data
USER node
CMD ["node", "dist/worker/main.js"]

FROM worker AS portal
USER root
RUN apt-get update && apt-get install -y --no-install-recommends chromium && rm -rf /var/lib/apt/lists/*
ENV CHROMIUM_PATH=/usr/bin/chromium
# The portal answers bursts of requests: V8's default young generation (the worker's setting is for the worker).
ENV NODE_OPTIONS=
USER node
CMD ["node", "dist/portal/main.js"]
