#!/bin/sh
# Times the service over an external SPARQL store against the embedded store, over loopback only:
# Fuseki 5.6.0 (src/scripts/fuseki-policy-kg.ttl, a TDB2 folder in a temporary directory) and the
# packaged jar with --store sparql, then the jar with --memory; for each, seconds until ready (seeds
# loaded) and wall-clock seconds of a few requests and of one ingest, as curl reports them.
# Usage: src/scripts/external-store-timings.sh [PORT]   (after ./mvnw -B -q -DskipTests package)
set -eu
port="${1:-18090}"
fport=$((port + 1))
root="$(cd "$(dirname "$0")/../.." && pwd)"
jar="$root/target/policy-kg.jar"
fuseki="$root/target/fuseki/jena-fuseki-server-5.6.0.jar"
[ -f "$fuseki" ] || (cd "$root" && ./mvnw -B -q dependency:copy \
  -Dartifact=org.apache.jena:jena-fuseki-server:5.6.0 -DoutputDirectory=target/fuseki)
work="$(mktemp -d)"
pids=""
stop() { for p in $pids; do kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done; rm -rf "$work"; }
trap stop EXIT INT TERM
export POLICY_KG_ADMIN_TOKEN=timings-token
base="http://127.0.0.1:$port"
if curl -s "$base/health" >/dev/null 2>&1; then echo "port $port is taken" >&2; exit 1; fi

wait_for() { # URL: wait up to 300 s for a 200
  tries=0
  until curl -sf "$1" >/dev/null 2>&1; do
    tries=$((tries + 1)); [ "$tries" -gt 600 ] && { echo "no answer from $1" >&2; exit 1; }
    sleep 0.5
  done
}

measure() { # LABEL: requests against $base
  q='PREFIX pkg: <https://w3id.org/policy-kg/ontology#> SELECT ?c ?r WHERE { ?c pkg:treatedAs ?r }'
  for path in /api/concepts /api/concepts/political-security /api/documents/000_355858e11e4f93ed \
    "/api/search?q=food+security" "/sparql?query=$(printf %s "$q" | jq -sRr @uri)" \
    /doc/000_355858e11e4f93ed; do
    curl -s -o /dev/null -H 'Accept: application/ld+json, application/sparql-results+json;q=0.9' \
      -w "$1 %{http_code} %{time_total} s  GET $path\n" "$base$path"
  done
  curl -s -o /dev/null -X POST "$base/api/documents?id=timing-notice" \
    -H "Authorization: Bearer $POLICY_KG_ADMIN_TOKEN" -H 'Content-Type: text/plain; charset=utf-8' \
    --data-binary 'Timing Notice

We must adhere to treating food security as the top priority and safeguard political security.' \
    -w "$1 %{http_code} %{time_total} s  POST /api/documents (ingest)\n"
}

(cd "$work" && exec java -jar "$fuseki" --config "$root/src/scripts/fuseki-policy-kg.ttl" --localhost \
  --port "$fport" >"$work/fuseki.log" 2>&1) &
pids="$pids $!"
ds="http://127.0.0.1:$fport/policy-kg"
wait_for "$ds/query?query=ASK%7B%7D"
start=$(date +%s.%N)
java -jar "$jar" serve --port "$port" --store sparql --query-url "$ds/query" --update-url "$ds/update" \
  --gsp-url "$ds/data" >"$work/sparql.log" 2>&1 &
pid=$!; pids="$pids $pid"
wait_for "$base/health"
echo "sparql ready after $(echo "$(date +%s.%N) - $start" | bc) s (fresh Fuseki: seeds loaded)"
measure sparql
kill "$pid"; wait "$pid" 2>/dev/null || true

start=$(date +%s.%N)
java -jar "$jar" serve --port "$port" --memory >"$work/tdb2.log" 2>&1 &
pid=$!; pids="$pids $pid"
wait_for "$base/health"
echo "tdb2   ready after $(echo "$(date +%s.%N) - $start" | bc) s (in memory: seeds loaded)"
measure tdb2
kill "$pid"; wait "$pid" 2>/dev/null || true
