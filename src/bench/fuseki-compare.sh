#!/usr/bin/env bash
# Side-by-side benchmark of policy-kg and Apache Jena Fuseki 5.6 on the graph policy-kg serves,
# loopback only, bounded in time, both servers stopped on exit. See BENCHMARKS.md.
#
#   src/bench/fuseki-compare.sh [--duration 10] [--warmup 2] [--connections 16] [--threads 2]
#                               [--result-cache off|on|both] [--jvm-opts '-Xmx1g'] [--fuseki-jvm-opts '-Xmx1g'] [--out target/bench]
#                               [--corpus 1000] [--query-timeout 10] [--serve-opts '--memory-replica-max-quads 5000000']
#
# This wrapper finds the tools (wrk, java, python3), builds the policy-kg jar when missing, fetches
# the Fuseki jar with Maven, then hands over to fuseki_compare.py, which does the measuring.
set -euo pipefail

cd "$(dirname "$0")/../.."
FUSEKI_VERSION="${FUSEKI_VERSION:-5.6.0}"
BENCH_DIR=target/bench
FUSEKI_JAR="$BENCH_DIR/jena-fuseki-server-$FUSEKI_VERSION.jar"

if ! command -v wrk >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        apt-get update -qq && apt-get install -y -qq wrk >/dev/null
    else
        echo "wrk is missing: install it (Debian/Ubuntu: sudo apt-get install wrk) and run again" >&2
        exit 2
    fi
fi
for tool in java python3; do
    command -v "$tool" >/dev/null || { echo "$tool is missing" >&2; exit 2; }
done

if [ ! -f target/policy-kg.jar ]; then
    ./mvnw -B -q -DskipTests package
fi
if [ ! -f "$FUSEKI_JAR" ]; then
    ./mvnw -B -q dependency:copy -Dartifact="org.apache.jena:jena-fuseki-server:$FUSEKI_VERSION" \
        -DoutputDirectory="$BENCH_DIR"
fi

# exec the interpreter itself, not a shim (pyenv's spawns a child): Ctrl-C and SIGTERM then reach
# the Python process, whose finally stops both servers
PYTHON="$(python3 -c 'import sys; print(sys.executable)')"
exec "$PYTHON" src/bench/fuseki_compare.py --jar target/policy-kg.jar --fuseki-jar "$FUSEKI_JAR" "$@"
