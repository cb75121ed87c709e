#!/bin/sh
# Creates the namespace (with its retention) and the four search attributes the workflows write. Safe to
# run again: what exists is left as it is.
set -eu
ns=${TEMPORAL_NAMESPACE:-default}
until temporal operator cluster health >/dev/null 2>&1; do echo 'waiting for the Temporal server'; sleep 2; done
temporal operator namespace describe --namespace "$ns" >/dev/null 2>&1 ||
  temporal operator namespace create --namespace "$ns" --retention "${NAMESPACE_RETENTION:-30d}"
for sa in CountryCode=Keyword CycleYear=Int CycleStage=Keyword PathfinderStatus=Keyword; do
  temporal operator search-attribute create --namespace "$ns" --name "${sa%%=*}" --type "${sa#*=}" 2>/dev/null ||
    echo "search attribute ${sa%%=*} exists"
done
