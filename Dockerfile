# syntax=docker/dockerfile:1.7
# One Dockerfile, two runtime targets (see docs/decisions/004-one-dockerfile.md):
#   service    — a subgraph, the gateway or the seed job; pick it with --build-arg WORKSPACE=subgraphs/orders
#   storefront — the Remix storefront, built for production
# Every workspace's package.json and the lock, without the sources, found by a glob: a new
# workspace needs no line here, and the npm ci layers below rebuild only when a manifest changes.
FROM node:20-bookworm-slim AS manifests
WORKDIR /src
COPY . .
RUN mkdir /manifests && cp package.json package-lock.json /manifests/ \
  && for file in */package.json */*/package.json; do \
       mkdir -p "/manifests/$(dirname "$file")" && cp "$file" "/manifests/$file"; \
     done

FROM node:20-bookworm-slim AS base
WORKDIR /app
ENV APOLLO_TELEMETRY_DISABLED=true
COPY --from=manifests /manifests ./

FROM base AS service-deps
ARG WORKSPACE
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund -w ${WORKSPACE}

FROM node:20-bookworm-slim AS service
ARG WORKSPACE
WORKDIR /app
ENV NODE_ENV=production APOLLO_TELEMETRY_DISABLED=true HOST=0.0.0.0 WORKSPACE=${WORKSPACE}
COPY --from=service-deps /app/node_modules node_modules
COPY package.json ./
COPY packages/shared packages/shared
COPY subgraphs subgraphs
COPY gateway gateway
COPY seed seed
# Uploaded files live here (a volume in docker-compose.yml); the volume takes this ownership.
RUN mkdir -p /app/.data/uploads && chown -R node:node /app/.data
USER node
# Runs the TypeScript sources through tsx (esbuild): no separate compile step (docs/decisions/001).
CMD node --import tsx ${WORKSPACE}/src/main.ts

FROM base AS storefront-build
RUN npm ci --ignore-scripts --no-audit --no-fund -w storefront --include-workspace-root
COPY storefront storefront
RUN npm run build -w storefront

FROM base AS storefront-deps
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund -w storefront

FROM node:20-bookworm-slim AS storefront
WORKDIR /app
ENV NODE_ENV=production PORT=3000 HOST=0.0.0.0
COPY --from=storefront-deps /app/node_modules node_modules
COPY storefront/package.json storefront/
COPY --from=storefront-build /app/storefront/build storefront/build
COPY storefront/public storefront/public
WORKDIR /app/storefront
USER node
EXPOSE 3000
# build/server.js: the storefront's own server (compiled by `npm run build`; docs/decisions/009).
CMD ["node", "build/server.js"]
