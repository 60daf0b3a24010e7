#!/bin/sh
# Times the Linked Data endpoints once each over loopback against the packaged jar (in-memory store
# holding the seeds): size in bytes and wall-clock seconds, as curl reports them.
# Usage: src/scripts/linked-data-timings.sh [PORT]   (after ./mvnw -B -q -DskipTests package)
set -eu
port="${1:-18089}"
jar="$(dirname "$0")/../../target/policy-kg.jar"
java -jar "$jar" serve --memory --port "$port" >/dev/null 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null' EXIT
base="http://127.0.0.1:$port"
tries=0
until curl -sf "$base/health" >/dev/null 2>&1; do
  tries=$((tries + 1)); [ "$tries" -gt 300 ] && { echo "server did not start" >&2; exit 1; }
  sleep 0.5
done
focus='https%3A%2F%2Fw3id.org%2Fpolicy-kg%2Fconcept%2Fpolitical-security'
for spec in \
  "text/turtle /concept/political-security" \
  "application/ld+json /concept/political-security" \
  "text/html /concept/political-security" \
  "application/ld+json /doc/000_355858e11e4f93ed" \
  "application/ld+json /api/graph?focus=$focus&depth=2" \
  "text/turtle /.well-known/void" \
  "*/* /dump.ttl" "*/* /dump.nq" "*/* /dump.jsonld"; do
  accept="${spec%% *}"; path="${spec#* }"
  curl -s -o /dev/null -H "Accept: $accept" -w "%{http_code} %{size_download} B %{time_total} s  $accept $path\n" "$base$path"
done
