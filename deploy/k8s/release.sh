#!/usr/bin/env sh
# A production release in the order that keeps it safe (decision 036):
#   1. platform: namespace, secrets, PostgreSQL (CloudNativePG) — wait until the database is ready;
#   2. this release's migration Job — wait until it has completed (a failure stops here and the
#      running release keeps serving; migrations must therefore be additive: expand now, remove
#      what the old release still reads one release later);
#   3. the services — wait until every Deployment has rolled out.
# Run from the repository root with kubectl pointed at the cluster.
set -eu
overlay=deploy/k8s/overlays/production
namespace=kampung

kubectl apply -k "$overlay/platform"
kubectl -n "$namespace" wait --for=condition=Ready cluster/kampung-db --timeout=15m

kubectl apply -k "$overlay/migrate"
job=$(kubectl kustomize "$overlay/migrate" | sed -n 's/^  name: \(migrate-.*\)$/\1/p' | head -n 1)
kubectl -n "$namespace" wait --for=condition=Complete "job/$job" --timeout=15m

kubectl apply -k "$overlay"
for deployment in $(kubectl kustomize "$overlay" | awk '/^kind: Deployment$/ { d = 1 } d && /^  name: / { print $2; d = 0 }'); do
  kubectl -n "$namespace" rollout status "deployment/$deployment" --timeout=10m
done
