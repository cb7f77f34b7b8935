# syntax=docker/dockerfile:1
#
# Planpuls: the API (Fastify, run with tsx) serving the built Vue app, on an external PostgreSQL.
#
#   docker compose up --build          # with docker-compose.yml: PostgreSQL 15 + the app
#   docker build -t planpuls . && docker run -p 3000:3000 \
#     -e DATABASE_URL=postgres://owner:secret@host:5432/planpuls -e DATABASE_APP_PASSWORD=... planpuls
#   (or, as compose does: once `pnpm --filter @planpuls/api db:migrate` with DATABASE_URL, then the app with
#   DATABASE_APP_URL=postgres://planpuls_app:...@host:5432/planpuls alone: it migrates nothing)
#
# Without DATABASE_URL the app falls back to its embedded PostgreSQL (data in /app/.data, writable by `node`).
# tests/deploy/dockerfile.test.ts checks this file's steps; keep the manifest COPY list in step with the workspace.

ARG NODE_IMAGE=node:20-bookworm-slim

# ---------------------------------------------------------------------------------------------------------
# base: Node 20 + pnpm 10
# ---------------------------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS base
# Use the pnpm installed here; do not let pnpm switch to (download) the exact `packageManager` version at
# run time, where the container may have no network.
ENV npm_config_manage_package_manager_versions=false \
    npm_config_update_notifier=false
RUN npm i -g pnpm@10 && npm cache clean --force && pnpm --version
WORKDIR /app

# ---------------------------------------------------------------------------------------------------------
# deps: every dependency (dev included), from the manifests only, so this layer is cached until one changes
# ---------------------------------------------------------------------------------------------------------
FROM base AS deps
COPY package.json pnpm-workspace.yaml pnpm-lock.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY packages/domain/package.json packages/domain/
COPY tests/package.json tests/
RUN --mount=type=cache,id=planpuls-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store

# ---------------------------------------------------------------------------------------------------------
# build: the sources, then the web app (apps/web/dist)
# ---------------------------------------------------------------------------------------------------------
FROM deps AS build
COPY . .
RUN pnpm --filter @planpuls/web build

# ---------------------------------------------------------------------------------------------------------
# prod-deps: runtime dependencies only (tsx, fastify, pg, drizzle, embedded-postgres, ...)
# ---------------------------------------------------------------------------------------------------------
FROM base AS prod-deps
COPY package.json pnpm-workspace.yaml pnpm-lock.yaml ./
COPY apps/api/package.json apps/api/
COPY apps/web/package.json apps/web/
COPY packages/contracts/package.json packages/contracts/
COPY packages/db/package.json packages/db/
COPY packages/domain/package.json packages/domain/
COPY tests/package.json tests/
RUN --mount=type=cache,id=planpuls-pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --prod --store-dir /pnpm/store

# ---------------------------------------------------------------------------------------------------------
# runtime: production dependencies + sources + the built web app, as the non-root `node` user
# ---------------------------------------------------------------------------------------------------------
FROM prod-deps AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    PLANPULS_MODE=production
COPY . .
COPY --from=build /app/apps/web/dist ./apps/web/dist
# The only place the app writes: the embedded PostgreSQL's data folder (used only without DATABASE_URL).
RUN mkdir -p /app/.data && chown -R node:node /app/.data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
    CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# DATABASE_URL, DATABASE_APP_PASSWORD (or DATABASE_APP_URL) and PLANPULS_MODE come from the environment.
CMD ["pnpm", "--filter", "@planpuls/api", "start"]
