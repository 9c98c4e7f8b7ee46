# syntax=docker/dockerfile:1.7
# One Dockerfile, two runtime targets (see docs/decisions/004-one-dockerfile.md):
#   service    — a subgraph, the gateway or the seed job; pick it with --build-arg WORKSPACE=subgraphs/orders
#   storefront — the Remix storefront, built for production
FROM node:20-bookworm-slim AS base
WORKDIR /app
ENV APOLLO_TELEMETRY_DISABLED=true
COPY package.json package-lock.json ./
COPY packages/shared/package.json packages/shared/
COPY packages/devtools/package.json packages/devtools/
COPY subgraphs/accounts/package.json subgraphs/accounts/
COPY subgraphs/sellers/package.json subgraphs/sellers/
COPY subgraphs/products/package.json subgraphs/products/
COPY subgraphs/orders/package.json subgraphs/orders/
COPY subgraphs/services/package.json subgraphs/services/
COPY gateway/package.json gateway/
COPY storefront/package.json storefront/
COPY seed/package.json seed/
COPY test/package.json test/

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
