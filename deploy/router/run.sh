#!/usr/bin/env sh
# Runs Apollo Router on the committed supergraph with this configuration (from the repository
# root). The Router is a separate binary: https://www.apollographql.com/docs/graphos/routing/get-started
# (its JWT authentication needs a GraphOS plan, the free one included: APOLLO_KEY and APOLLO_GRAPH_REF).
set -eu
export APOLLO_TELEMETRY_DISABLED=true
exec router --config deploy/router/router.yaml --supergraph gateway/supergraph.graphql "$@"
