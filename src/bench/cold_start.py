#!/usr/bin/env python3
"""Cold start of policy-kg: seconds from launching the JVM to the first complete SPARQL answer.

    python3 src/bench/cold_start.py [--runs 5] [--jvm-opts '...'] [--] [serve options, e.g. --memory]

Loopback only, bounded (each start has a deadline, the server is stopped after each run). "Complete"
is the count of every quad once /health says ready, as in fuseki_compare.py. Also prints the
resident memory once the answer came. Standard library only.
"""

import argparse
import json
import os
import shlex
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def get(url, timeout=5):
    request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, b""


def rss_mib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def cpu_seconds(pid):
    """User plus system CPU time of the process so far: less sensitive than wall time to a busy machine."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(args, log_file):
    port = free_port()
    base = f"http://{HOST}:{port}"
    command = ["java", *shlex.split(args.jvm_opts), "-jar", str(args.jar), "serve", "--port", str(port), *args.serve]
    launched = time.monotonic()
    with open(log_file, "wb") as out:
        proc = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        try:
            deadline = launched + args.timeout
            while time.monotonic() < deadline:
                if proc.poll() is not None:
                    raise RuntimeError(f"the server exited early; see {log_file}")
                try:
                    ready = get(f"{base}/health")[0] == 200
                    status, body = get(f"{base}/sparql?query={urllib.parse.quote(COUNT_QUADS)}")
                except OSError:
                    ready, status = False, 0
                # the count is complete once /health said ready before it was asked
                if ready and status == 200:
                    seconds = time.monotonic() - launched
                    n = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
                    return seconds, n, rss_mib(proc.pid), cpu_seconds(proc.pid)
                time.sleep(0.02)
            raise RuntimeError(f"no complete answer within {args.timeout} s")
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", type=Path, default=Path("target/policy-kg.jar"))
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--jvm-opts", default="", help="JVM options, e.g. '-XX:+UseSerialGC'")
    parser.add_argument("--timeout", type=int, default=120, help="deadline of one start, in seconds")
    parser.add_argument("--out", type=Path, default=Path("target/bench"))
    parser.add_argument("serve", nargs="*", help="options for serve (after --), e.g. --memory")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    times, cpus = [], []
    for i in range(args.runs):
        seconds, n, rss, cpu = one_run(args, args.out / f"cold-start-{i}.log")
        times.append(seconds)
        cpus.append(cpu)
        print(f"run {i + 1}: {seconds:.2f} s to the first complete answer ({n} quads), CPU {cpu:.2f} s, "
              f"RSS {rss:.0f} MiB", flush=True)
    print(f"cold start, {args.runs} runs: median {statistics.median(times):.2f} s (min {min(times):.2f} s, "
          f"max {max(times):.2f} s), CPU median {statistics.median(cpus):.2f} s; serve {' '.join(args.serve)}; "
          f"JVM options '{args.jvm_opts}'; "
          f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    sys.exit(main())
