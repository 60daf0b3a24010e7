#!/usr/bin/env python3
"""Soak of policy-kg under hostile load, on loopback, bounded in time.

    python3 src/bench/soak.py [--port 18931] [--seconds 120] [--slow 300]

Starts `serve --memory` from target/policy-kg.jar with src/main/jvm/serve.options (its 256 MB heap)
and, for --seconds: 4 clients sending distinct SELECTs back to back, 2 clients sending the heavy
queries of issue 21 finding 2 (a string doubled 26 times, GROUP_CONCAT and ORDER BY with a large
OFFSET over a cross product), and --slow connections from 127.0.0.2 that send POST /sparql headers
with a 1 MB Content-Length and then one body byte every 10 s. Meanwhile a fifth client sends
ordinary queries one after another, and one document is ingested every 30 s. Prints, per kind of
client, the count, failures and p50/p99 latency; the fifth client's and the ingests' failures are
the figure that must be 0. Standard library only; the server is stopped at the end.
"""

import argparse
import http.client
import json
import os
import socket
import subprocess
import threading
import time
import urllib.parse

TOKEN = "soak-token"


def heavy_queries():
    doubling = 'SELECT (STRLEN(?x26) AS ?n) { BIND("abcdefgh" AS ?x0) ' + "".join(
        f"BIND(CONCAT(?x{i - 1}, ?x{i - 1}) AS ?x{i}) " for i in range(1, 27)) + "}"
    return [doubling,
            "SELECT (GROUP_CONCAT(STR(?c)) AS ?g) { ?a ?b ?c . ?d ?e ?f }",
            "SELECT * { ?a ?b ?c . ?d ?e ?f } ORDER BY ?c ?f OFFSET 40000000 LIMIT 10"]


ORDINARY = ["SELECT ?c ?label { ?c a <http://www.w3.org/2004/02/skos/core#Concept> ; "
            "<http://www.w3.org/2004/02/skos/core#prefLabel> ?label } LIMIT 50",
            "SELECT (COUNT(*) AS ?n) { ?s a ?type }",
            "ASK { ?s ?p ?o }",
            "SELECT ?type (COUNT(?s) AS ?n) { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n) LIMIT 10"]


class Tally:
    def __init__(self):
        self.lock = threading.Lock()
        self.times, self.failures, self.statuses = [], 0, {}

    def add(self, seconds, ok, status):
        with self.lock:
            self.times.append(seconds)
            self.failures += 0 if ok else 1
            self.statuses[status] = self.statuses.get(status, 0) + 1

    def line(self, name):
        t = sorted(self.times)
        pct = (lambda p: t[min(len(t) - 1, int(p * len(t)))] * 1000 if t else 0)
        return (f"{name:<10} requests {len(t):>6}  failures {self.failures:>4}  p50 {pct(0.5):7.0f} ms"
                f"  p99 {pct(0.99):7.0f} ms  statuses {dict(sorted(self.statuses.items(), key=lambda kv: str(kv[0])))}")


def request(port, method, path, body=None, headers=None, timeout=60):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        return r.status, r.getheader("Content-Type") or "", data
    finally:
        conn.close()


def query(port, text, timeout=60):
    return request(port, "POST", "/sparql", text.encode(),
                   {"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
                   timeout)


def timed(tally, ok_statuses, call):
    started = time.monotonic()
    try:
        status, ctype, data = call()
        whole = status < 400 or (ctype.startswith("application/problem+json") and json.loads(data))
        tally.add(time.monotonic() - started, status in ok_statuses and bool(whole), status)
    except Exception as e:  # a timeout, a reset: a failure
        tally.add(time.monotonic() - started, False, type(e).__name__)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18931)
    parser.add_argument("--seconds", type=int, default=120)
    parser.add_argument("--slow", type=int, default=300)
    args = parser.parse_args()
    env = dict(os.environ, POLICY_KG_ADMIN_TOKEN=TOKEN)
    server = subprocess.Popen(
        ["java", "@src/main/jvm/serve.options", "-jar", "target/policy-kg.jar", "serve", "--memory",
         "--host", "127.0.0.1", "--port", str(args.port)],
        stdout=subprocess.DEVNULL, stderr=open("target/soak-server.log", "w"), env=env)
    try:
        deadline = time.monotonic() + 300
        while True:
            try:
                if request(args.port, "GET", "/health", timeout=5)[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline or server.poll() is not None:
                raise SystemExit("the server did not become ready")
            time.sleep(1)
        run(args)
    finally:
        server.terminate()
        server.wait(30)


def run(args):
    port, end = args.port, time.monotonic() + args.seconds
    tallies = {k: Tally() for k in ("distinct", "heavy", "ordinary", "ingest", "health")}
    stop = threading.Event()

    def distinct(n):
        i = 0
        while time.monotonic() < end:
            i += 1
            q = f"SELECT ?s ?o {{ ?s ?p ?o FILTER(STRLEN(STR(?o)) > {n * 1_000_000 + i}) }} LIMIT 5"
            timed(tallies["distinct"], {200, 503}, lambda: query(port, q))

    def heavy(n):
        qs, i = heavy_queries(), n
        while time.monotonic() < end:
            q = qs[i % len(qs)] + f" # {i}"
            i += 1
            timed(tallies["heavy"], {400, 503}, lambda: query(port, q))

    def ordinary():
        i = 0
        while time.monotonic() < end:
            q = ORDINARY[i % len(ORDINARY)]
            i += 1
            timed(tallies["ordinary"], {200}, lambda: query(port, q))
            time.sleep(0.2)

    def ingest():
        n = 0
        while time.monotonic() < end - 20:
            n += 1
            text = ("The departments shall strengthen the protection of critical information infrastructure. "
                    f"Soak document {n}: the agencies must report incidents within 24 hours.\n") * 20
            body = json.dumps({"id": f"soak-{n}", "text": text}).encode()
            timed(tallies["ingest"], {200, 201}, lambda: request(
                port, "POST", "/api/documents", body,
                {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"}, 120))
            time.sleep(30)

    def health():
        while time.monotonic() < end:
            timed(tallies["health"], {200}, lambda: request(port, "GET", "/health", timeout=10))
            time.sleep(2)

    slow_sockets = []

    def slow():
        for _ in range(args.slow):
            try:
                s = socket.socket()
                s.bind(("127.0.0.2", 0))
                s.settimeout(5)
                s.connect(("127.0.0.1", port))
                s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                          b"Content-Length: 1000000\r\n\r\nA")
                slow_sockets.append(s)
            except OSError:
                pass
        while not stop.wait(10):
            for s in slow_sockets:
                try:
                    s.sendall(b" ")
                except OSError:
                    pass  # the server dropped it

    threads = ([threading.Thread(target=distinct, args=(n,)) for n in range(4)]
               + [threading.Thread(target=heavy, args=(n,)) for n in range(2)]
               + [threading.Thread(target=f) for f in (ordinary, ingest, health)])
    slow_thread = threading.Thread(target=slow, daemon=True)
    slow_thread.start()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    stop.set()
    for s in slow_sockets:
        s.close()
    print(f"soak: {args.seconds} s, 4 distinct-query clients, 2 heavy-query clients, "
          f"{len(slow_sockets)} slow-body connections held")
    for name, tally in tallies.items():
        print(tally.line(name))
    bad = tallies["ordinary"].failures + tallies["ingest"].failures + tallies["health"].failures
    print(f"failed ordinary requests (ordinary + ingest + health): {bad}")


if __name__ == "__main__":
    main()
