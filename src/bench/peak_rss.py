#!/usr/bin/env python3
"""Peak resident memory of policy-kg under a loopback load of the seed mix's heaviest queries.

    python3 src/bench/peak_rss.py [--port 18901] [--seconds 5] [-- extra JVM options]

Starts `serve --memory --result-cache off` from target/policy-kg.jar with src/main/jvm/serve.options
plus the extra options, drives eight queries of queries/ and the JSON-LD concept API with wrk (16
connections, --seconds each), samples VmRSS every 250 ms and prints the maximum. Bounded: each wrk
run stops by itself, the server is stopped at the end. Standard library and wrk only.
"""

import argparse
import subprocess
import threading
import time
import urllib.parse
import urllib.request

QUERIES = ["directives", "part-statements", "compare-documents", "dialectical-pairs", "concepts-by-mentions",
           "formulations", "roles-by-field", "treated-as"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", default="18901")
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("jvm", nargs="*", help="extra JVM options (after --)")
    args = parser.parse_args()
    base = f"http://127.0.0.1:{args.port}"
    server = subprocess.Popen(
        ["java", "@src/main/jvm/serve.options", *args.jvm, "-jar", "target/policy-kg.jar", "serve", "--memory",
         "--port", args.port, "--result-cache", "off"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peak, done = [0], threading.Event()

    def sample():
        while not done.is_set():
            with open(f"/proc/{server.pid}/status") as status:
                for line in status:
                    if line.startswith("VmRSS"):
                        peak[0] = max(peak[0], int(line.split()[1]))
            time.sleep(0.25)

    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"{base}/health", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("the server did not become ready")
                time.sleep(0.25)
        sampler = threading.Thread(target=sample)
        sampler.start()
        urls = [f"{base}/sparql?query=" + urllib.parse.quote(open(f"queries/{q}.rq", encoding="utf-8").read())
                for q in QUERIES] + [f"{base}/api/concepts/political-security"]
        for url in urls:
            subprocess.run(["wrk", "-t2", "-c16", f"-d{args.seconds}s", "-H",
                            "Accept: application/sparql-results+json, application/ld+json;q=0.9", url],
                           capture_output=True, timeout=args.seconds + 30)
        done.set()
        sampler.join()
        print(f"extra JVM options {args.jvm}: max VmRSS {peak[0] // 1024} MiB ({peak[0] * 1024 / 1e6:.0f} MB)")
    finally:
        done.set()
        server.terminate()
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
