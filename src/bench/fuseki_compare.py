#!/usr/bin/env python3
"""Side-by-side HTTP benchmark of policy-kg and Apache Jena Fuseki on the same graph.

Started by src/bench/fuseki-compare.sh, which finds wrk, the policy-kg jar and the Fuseki jar.
Everything listens on 127.0.0.1 only, every wait has a deadline, and both servers are stopped on
exit, error, Ctrl-C or the overall time budget. Standard library only (no pip on the CI image).

Steps: start policy-kg in memory with the seeds; time its cold start to the first complete answer;
dump every named graph as N-Quads; start Fuseki in memory (TDB2, union default graph, like
policy-kg) and load the dump; check that each query of the mix gets the same number of rows or
triples from both; then drive each query with wrk against one server, then the other, sampling
resident memory during the run; finally the GC pauses logged under load.
"""

import argparse
import json
import os
import math
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HOST = "127.0.0.1"
CONCEPT = "https://w3id.org/policy-kg/concept/political-security"
PREFIXES = """PREFIX pkg: <https://w3id.org/policy-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""
# "correct" for the cold start: every quad of the graph is visible (policy-kg answers while it
# still loads the seeds, so an early answer can be partial)
COUNT_QUADS = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
JSON_RESULTS = "application/sparql-results+json"
# Fuseki's in-memory TDB2 with the default graph as the union of the named graphs, as policy-kg
# serves it; the "data" endpoint only takes the dump once, the benchmark reads /ds/sparql
FUSEKI_CONFIG = """PREFIX fuseki: <http://jena.apache.org/fuseki#>
PREFIX tdb2:   <http://jena.apache.org/2016/tdb#>
PREFIX rdf:    <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX ja:     <http://jena.hpl.hp.com/2005/11/Assembler#>

# the same wall-clock limit per query as policy-kg's --query-timeout
[] rdf:type fuseki:Server ;
    ja:context [ ja:cxtName "arq:queryTimeout" ; ja:cxtValue "{timeout_ms}" ] .

<#service> rdf:type fuseki:Service ;
    fuseki:name "ds" ;
    fuseki:endpoint [ fuseki:operation fuseki:query ; fuseki:name "sparql" ] ;
    fuseki:endpoint [ fuseki:operation fuseki:gsp-rw ; fuseki:name "data" ] ;
    fuseki:dataset <#dataset> .

<#dataset> rdf:type tdb2:DatasetTDB2 ;
    tdb2:location "{location}" ;
    tdb2:unionDefaultGraph true .
"""


def extra_queries():
    """The mix beyond queries/: (name, kind, query, policy-kg API path or None)."""
    neighbourhood = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{
  {{ BIND(<{CONCEPT}> AS ?s) ?s ?p ?o }} UNION {{ BIND(<{CONCEPT}> AS ?o) ?s ?p ?o }}
}}"""
    # what GET /api/concepts/{id} reads: the concept, the statements about it or acting on it, and
    # each statement's evidence selectors and provenance
    api_equivalent = f"""CONSTRUCT {{
  ?c ?cp ?co . ?st ?sp ?so . ?ev ?ep ?eo . ?sel ?selp ?selo . ?act pkg:rule ?rule .
}} WHERE {{
  BIND(<{CONCEPT}> AS ?c)
  {{ VALUES ?cp {{ skos:prefLabel skos:altLabel skos:broader skos:definition skos:inScheme pkg:treatedAs }}
     ?c ?cp ?co }}
  UNION
  {{ {{ ?st pkg:concept ?c }} UNION {{ ?st pkg:object ?c }}
     {{ ?st ?sp ?so }}
     UNION {{ ?st pkg:evidence ?ev . ?ev ?ep ?eo }}
     UNION {{ ?st pkg:evidence/oa:hasSelector ?sel . ?sel ?selp ?selo }}
     UNION {{ ?st prov:wasGeneratedBy ?act . ?act pkg:rule ?rule }} }}
}}"""
    return [
        ("point lookup by IRI", "select", f"SELECT ?p ?o WHERE {{ <{CONCEPT}> ?p ?o }}", None),
        ("ASK", "ask", f"ASK {{ <{CONCEPT}> pkg:treatedAs ?role }}", None),
        ("CONSTRUCT neighbourhood", "construct", neighbourhood, None),
        (
            "label search",
            "select",
            """SELECT ?c ?label WHERE {
  ?c skos:prefLabel|skos:altLabel ?label . FILTER(CONTAINS(LCASE(STR(?label)), "security"))
} ORDER BY ?c ?label""",
            None,
        ),
        ("GROUP BY count", "select", "SELECT ?type (COUNT(*) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY ?type", None),
        ("JSON-LD API concept (Fuseki: same CONSTRUCT)", "construct", api_equivalent, "/api/concepts/political-security"),
    ]


TEXT_NS = "http://jena.apache.org/text#"


def query_mix(queries_dir):
    """Every queries/ file but those searching jena-text's index, which the Fuseki started here lacks."""
    mix = []
    for f in sorted(queries_dir.glob("*.rq")):
        text = f.read_text(encoding="utf-8")
        if TEXT_NS in text:
            log(f"SKIPPED queries/{f.name}: it searches the full-text index, which this Fuseki does not have")
        else:
            mix.append((f"queries/{f.name}", "select", text, None))
    mix += [(name, kind, PREFIXES + q, api) for name, kind, q, api in extra_queries()]
    return mix


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def http(url, accept=None, data=None, content_type=None, timeout=60):
    request = urllib.request.Request(url, data=data)
    if accept:
        request.add_header("Accept", accept)
    if content_type:
        request.add_header("Content-Type", content_type)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def log(message):
    print(message, file=sys.stderr, flush=True)


class Server:
    """One JVM under test: its process, port, SPARQL endpoint and GC log."""

    def __init__(self, name, command, port, sparql_path, workdir):
        self.name = name
        self.port = port
        self.base = f"http://{HOST}:{port}"
        self.sparql_path = sparql_path
        self.gc_log = workdir / f"{name}-gc.log"
        self.out = open(workdir / f"{name}.log", "wb")
        self.launched = time.monotonic()
        self.proc = subprocess.Popen(command[:1] + [f"-Xlog:gc,gc+phases:file={self.gc_log}"] + command[1:], stdout=self.out, stderr=subprocess.STDOUT, cwd=workdir)

    def query_url(self, query):
        return f"{self.base}{self.sparql_path}?query={urllib.parse.quote(query, safe='')}"

    def select_count(self, query, timeout=15):
        status, body = http(self.query_url(query), JSON_RESULTS, timeout=timeout)
        if status != 200:
            return None
        bindings = json.loads(body)["results"]["bindings"]
        return int(bindings[0]["n"]["value"])

    def alive(self):
        return self.proc.poll() is None

    def rss_kib(self):
        try:
            for line in Path(f"/proc/{self.proc.pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        except OSError:
            pass
        return 0

    def stop(self):
        if self.alive():
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self.out.close()


def poll_count(server, deadline, done):
    """Polls COUNT_QUADS until done(n) holds; returns every (seconds since launch, n) answered."""
    answers = []
    while time.monotonic() < deadline:
        if not server.alive():
            raise RuntimeError(f"{server.name} exited early; see its log in the output folder")
        try:
            n = server.select_count(COUNT_QUADS)
        except (OSError, ValueError, KeyError):
            n = None
        if n is not None:
            answers.append((time.monotonic() - server.launched, n))
            if done(n):
                return answers
        time.sleep(0.05)
    raise RuntimeError(f"{server.name} gave no complete answer before the deadline")


def first_complete(answers, reference):
    """Seconds from launch to the first answer that counts every quad."""
    return next(t for t, n in answers if n == reference)


def dump_nquads(server, target):
    """Every named graph of policy-kg through the Graph Store Protocol, as one N-Quads file."""
    status, body = http(server.query_url("SELECT DISTINCT ?g WHERE { GRAPH ?g { } } ORDER BY ?g"), JSON_RESULTS)
    if status != 200:
        raise RuntimeError(f"listing graphs failed: {status}")
    graphs = [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]]
    quads = 0
    with open(target, "w", encoding="utf-8") as out:
        for i, graph in enumerate(graphs):
            url = f"{server.base}/rdf-graphs/service?graph={urllib.parse.quote(graph, safe='')}"
            status, body = http(url, "application/n-triples")
            if status != 200:
                raise RuntimeError(f"GET graph {graph} failed: {status}")
            for line in body.decode("utf-8").splitlines():
                line = line.strip()
                if not line or line.startswith("#"):
                    continue
                out.write(f"{to_quad(line, i)} <{graph}> .\n")
                quads += 1
    return len(graphs), quads


def to_quad(triple_line, graph_index):
    """An N-Triples line without its final dot; blank node labels made unique per graph."""
    body = triple_line[: triple_line.rstrip().rfind(".")].rstrip()
    subject, predicate, obj = body.split(" ", 2)
    if subject.startswith("_:"):
        subject = f"_:g{graph_index}x{subject[2:]}"
    if obj.startswith("_:"):
        obj = f"_:g{graph_index}x{obj[2:]}"
    return f"{subject} {predicate} {obj}"


TIMEOUT = "timeout"


def answer_size(server, kind, query, limit_s=60):
    """Rows of a SELECT, the boolean of an ASK, triples of a CONSTRUCT: what both must agree on.
    TIMEOUT when the server gave up at its per-query limit (or gave no answer within limit_s)."""
    accept = "application/n-triples" if kind == "construct" else JSON_RESULTS
    started = time.monotonic()
    try:
        status, body = http(server.query_url(query), accept, timeout=limit_s + 5)
    except (TimeoutError, socket.timeout):
        return TIMEOUT
    if status != 200:
        return TIMEOUT if time.monotonic() - started >= limit_s - 0.5 else f"HTTP {status}"
    if kind == "construct":
        return sum(1 for line in body.decode("utf-8").splitlines() if line.strip() and not line.startswith("#"))
    answer = json.loads(body)
    return answer["boolean"] if kind == "ask" else len(answer["results"]["bindings"])


def run_wrk(args, server, url, accept, seconds):
    """wrk against one URL, sampling the server's RSS meanwhile; returns wrk's figures and max RSS."""
    command = [
        "wrk", f"-t{args.threads}", f"-c{args.connections}", f"-d{seconds}s", "--timeout", "10s",
        "--latency", "-s", str(args.lua), "-H", f"Accept: {accept}", url,
    ]
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    rss = 0
    while proc.poll() is None:
        rss = max(rss, server.rss_kib())
        time.sleep(0.25)
    output = proc.stdout.read()
    match = re.search(r"WRK_RESULT (.*)", output)
    if proc.returncode != 0 or not match:
        raise RuntimeError(f"wrk failed against {server.name}:\n{output}")
    figures = {k: float(v) for k, v in (kv.split("=") for kv in match.group(1).split())}
    figures["rss_kib"] = rss
    return figures


def gc_pauses(log_file, offset):
    """Count, total and longest stop-the-world pause logged after offset (-Xlog:gc lines 'Pause ... 1.234ms';
    ZGC logs its pauses under gc+phases, which the other collectors' phase lines never name 'Pause')."""
    pauses = []
    with open(log_file, encoding="utf-8", errors="replace") as f:
        f.seek(offset)
        for line in f:
            match = re.search(r"Pause.* ([0-9.]+)ms$", line.strip())
            if match:
                pauses.append(float(match.group(1)))
    return len(pauses), sum(pauses), max(pauses, default=0.0)


def size_of(path):
    return path.stat().st_size if path.exists() else 0


def start_policy_kg(args, workdir, cache, data=None):
    port = free_port()
    store = ["--data", str(data)] if data else ["--memory"]
    command = ["java", *args.pkg_jvm_opts, *args.jvm_opts.split(), "-jar", str(args.jar), "serve", *store,
               "--port", str(port), "--query-timeout", str(args.query_timeout * 1000),
               # Fuseki admits every query: so that policy-kg refuses none either, its admission limit
               # stays above the connections, with room for queries still running from a previous run
               "--max-concurrent-queries", str(max(8, 4 * args.connections)), *args.serve_opts.split()]
    if args.cache_option_supported:
        command += ["--result-cache", cache]
    return Server(f"policy-kg-cache-{cache}", command, port, "/sparql", workdir)


def start_fuseki(args, workdir, location="--mem--"):
    config = workdir / "fuseki-config.ttl"
    config.write_text(FUSEKI_CONFIG.format(timeout_ms=args.query_timeout * 1000, location=location), encoding="utf-8")
    port = free_port()
    command = ["java", *args.fuseki_jvm_opts.split(), "-jar", str(args.fuseki_jar), "--localhost", "--port", str(port),
               "--conf", str(config)]
    return Server("fuseki", command, port, "/ds/sparql", workdir)


def run_step(command, log_file, timeout):
    with open(log_file, "ab") as out:
        subprocess.run(command, stdout=out, stderr=subprocess.STDOUT, check=True, timeout=timeout)


def prepare_corpus(args):
    """A TDB2 folder with args.corpus generated documents and the seeds, built once under the output
    folder and reused: generated (CorpusWriter, from target/test-classes), loaded one by one, dumped
    and loaded again in one transaction (which compacts the folder), then started once so that the
    seeds and their fingerprints are in it. Returns the folder; each server serves a copy."""
    root = (args.out / f"corpus-{args.corpus}").resolve()
    master, ready = root / "tdb2", root / "READY"
    if ready.exists():
        return master
    test_classes = Path("target/test-classes").resolve()
    if not (test_classes / "org/policykg/bench/CorpusWriter.class").exists():
        raise RuntimeError("target/test-classes has no CorpusWriter: run ./mvnw -B -q -DskipTests package")
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    log_file, java = root / "build.log", ["java", "-Xmx8g"]
    log(f"building the {args.corpus}-document corpus in {root} (once; several minutes)")
    run_step(["java", "-cp", f"{args.jar}:{test_classes}", "org.policykg.bench.CorpusWriter", str(root / "src"),
              str(args.corpus)], log_file, 600)
    sources = sorted(str(p) for p in (root / "src").glob("*.txt"))
    run_step([*java, "-jar", str(args.jar), "load", *sources, "--data", str(root / "fragmented")], log_file,
             args.corpus_timeout)
    run_step([*java, "-jar", str(args.jar), "dump", "--data", str(root / "fragmented"), "-o", str(root / "corpus.nq")],
             log_file, args.corpus_timeout)
    shutil.rmtree(root / "fragmented")
    run_step([*java, "-jar", str(args.jar), "load", str(root / "corpus.nq"), "--data", str(master)], log_file,
             args.corpus_timeout)
    run_step([*java, "-jar", str(args.jar), "serve", "--data", str(master), "--port", "0", "--stop-when-ready"],
             log_file, args.startup_timeout)
    ready.write_text(f"{args.corpus} documents\n", encoding="utf-8")
    return master


def fmt(figures):
    if figures is None or not figures["requests"]:
        return "–", "–", "–"
    return f"{figures['rps']:.0f}", f"{figures['p50_ms']:.2f}", f"{figures['p99_ms']:.2f}"


def bench(args):
    workdir = args.out.resolve()
    workdir.mkdir(parents=True, exist_ok=True)
    servers = []
    report = {"settings": {k: str(v) for k, v in vars(args).items()}, "modes": {}}
    failures = 0
    try:
        # --- cold start, dump, Fuseki loaded with the dump --------------------------------------
        mode = args.caches[0]
        pkg_data = fuseki_data = None
        if args.corpus:
            # a copy each: both servers lock their folder, and policy-kg writes to it
            pkg_data, fuseki_data = workdir / "policy-kg-data", workdir / "fuseki-data"
            for copy in (pkg_data, fuseki_data):
                shutil.rmtree(copy, ignore_errors=True)
                shutil.copytree(args.corpus_master, copy)
        pkg = start_policy_kg(args, workdir, mode, pkg_data)
        servers.append(pkg)
        # policy-kg answers while it still loads the seeds: the answer once /health says ready
        # is the complete one, and the first answer equal to it is the cold start
        answers = poll_count(pkg, time.monotonic() + args.startup_timeout, lambda n: http(f"{pkg.base}/health")[0] == 200)
        reference = pkg.select_count(COUNT_QUADS, timeout=args.query_timeout + 5)
        pkg_cold = first_complete(answers + [(time.monotonic() - pkg.launched, reference)], reference)
        if args.corpus:
            status, body = http(pkg.query_url("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"), JSON_RESULTS)
            graphs, quads = int(json.loads(body)["results"]["bindings"][0]["n"]["value"]), reference
            log(f"policy-kg: {graphs} graphs, {quads} quads, cold start {pkg_cold:.2f} s on a copy of {args.corpus_master}")
            # Fuseki opens a copy of the same TDB2 folder: nothing to load over HTTP
            fuseki = start_fuseki(args, workdir, fuseki_data)
            servers.append(fuseki)
            deadline = time.monotonic() + args.startup_timeout
            fuseki_up = poll_count(fuseki, deadline, lambda n: True)[0][0]
        else:
            dump = workdir / "policy-kg-dump.nq"
            graphs, quads = dump_nquads(pkg, dump)
            if quads != reference:
                raise RuntimeError(f"dump has {quads} quads, the server counts {reference}")
            log(f"policy-kg: {graphs} graphs, {quads} quads, cold start {pkg_cold:.2f} s; dump in {dump}")

            fuseki = start_fuseki(args, workdir)
            servers.append(fuseki)
            deadline = time.monotonic() + args.startup_timeout
            fuseki_up = poll_count(fuseki, deadline, lambda n: True)[0][0]
            status, body = http(f"{fuseki.base}/ds/data", data=dump.read_bytes(), content_type="application/n-quads", timeout=300)
            if status not in (200, 201, 204):
                raise RuntimeError(f"loading the dump into Fuseki failed: {status} {body[:300]!r}")
        fuseki_cold = first_complete(poll_count(fuseki, deadline, lambda n: n == reference), reference)
        how = "its TDB2 folder opened" if args.corpus else "load over HTTP included"
        log(f"fuseki: loaded, cold start to the first complete answer ({how}) {fuseki_cold:.2f} s")
        report.update(graphs=graphs, quads=quads, cold_start_s={"policy-kg": pkg_cold, "fuseki": fuseki_cold, "fuseki_up": fuseki_up})
        report["timeouts"] = []

        # --- same answers from both before any timing --------------------------------------------
        mix = query_mix(args.queries)
        agreed = []
        for name, kind, query, api in mix:
            ours = answer_size(pkg, kind, query, args.query_timeout)
            theirs = answer_size(fuseki, kind, query, args.query_timeout)
            if TIMEOUT in (ours, theirs):
                # over the per-query limit on one server or both: reported as such, not timed
                report["timeouts"].append({"query": name, "policy-kg": ours, "fuseki": theirs})
                log(f"TIMEOUT {name}: policy-kg {ours}, Fuseki {theirs} (limit {args.query_timeout} s); not timed")
                continue
            if api is not None:
                status, _ = http(pkg.base + api, "application/ld+json")
                ours = ours if status == 200 else f"API HTTP {status}"
            if ours == theirs and not isinstance(ours, str):
                agreed.append((name, kind, query, api, ours))
            else:
                failures += 1
                log(f"MISMATCH {name}: policy-kg {ours}, Fuseki {theirs}; not timed")

        # --- load: each query against policy-kg, then Fuseki -------------------------------------
        fuseki_figures = {}
        fuseki_gc_offset = size_of(fuseki.gc_log)
        for index, mode in enumerate(args.caches):
            if index > 0:
                pkg.stop()
                servers.remove(pkg)
                pkg = start_policy_kg(args, workdir, mode, pkg_data)
                servers.append(pkg)
                poll_count(pkg, time.monotonic() + args.startup_timeout, lambda n: n == reference)
            # a freshly started JVM compiles the request path as the load comes: one untimed pass over the
            # whole mix first, so that the first queries timed are not the ones paying for it (both servers)
            if args.warmup > 0:
                for name, kind, query, api, size in agreed:
                    accept = "text/turtle" if kind == "construct" else JSON_RESULTS
                    url, how = (pkg.base + api, "application/ld+json") if api else (pkg.query_url(query), accept)
                    run_wrk(args, pkg, url, how, args.warmup)
                    if index == 0:
                        run_wrk(args, fuseki, fuseki.query_url(query), accept, args.warmup)
                run_wrk(args, pkg, pkg.base + "/ping", "text/plain", args.warmup)
            pkg_gc_offset = size_of(pkg.gc_log)
            rows = []
            for name, kind, query, api, size in agreed:
                accept = "text/turtle" if kind == "construct" else JSON_RESULTS
                pkg_url, pkg_accept = (pkg.base + api, "application/ld+json") if api else (pkg.query_url(query), accept)
                if args.warmup > 0:
                    run_wrk(args, pkg, pkg_url, pkg_accept, args.warmup)
                ours = run_wrk(args, pkg, pkg_url, pkg_accept, args.duration)
                if name not in fuseki_figures:
                    if args.warmup > 0:
                        run_wrk(args, fuseki, fuseki.query_url(query), accept, args.warmup)
                    fuseki_figures[name] = run_wrk(args, fuseki, fuseki.query_url(query), accept, args.duration)
                theirs = fuseki_figures[name]
                for who, f in (("policy-kg", ours), ("Fuseki", theirs)):
                    if f["non2xx"] or f["socket_errors"]:
                        failures += 1
                        log(f"{name}: {who} had {f['non2xx']:.0f} non-2xx answers, {f['socket_errors']:.0f} socket errors")
                rows.append({"query": name, "size": size, "policy-kg": ours, "fuseki": theirs})
                log(f"{name}: policy-kg {ours['rps']:.0f} req/s, Fuseki {theirs['rps']:.0f} req/s")
            ping = run_wrk(args, pkg, pkg.base + "/ping", "text/plain", args.duration)
            report["modes"][mode] = {
                "rows": rows,
                "ping": ping,
                "gc": {"policy-kg": gc_pauses(pkg.gc_log, pkg_gc_offset)},
            }
        report["fuseki_ping"] = run_wrk(args, fuseki, fuseki.base + "/$/ping", "text/plain", args.duration)
        fuseki_gc = gc_pauses(fuseki.gc_log, fuseki_gc_offset)
        for mode in report["modes"].values():
            mode["gc"]["fuseki"] = fuseki_gc
    finally:
        for server in servers:
            server.stop()
    (workdir / "results.json").write_text(json.dumps(report, indent=2), encoding="utf-8")
    print_report(args, report)
    return 1 if failures else 0


def machine():
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), "?")
    mem = next((int(line.split()[1]) for line in open("/proc/meminfo") if line.startswith("MemTotal")), 0)
    java = subprocess.run(["java", "-version"], capture_output=True, text=True).stderr.splitlines()[0]
    return f"{os.cpu_count()} cores ({cpu}), {mem / 1024 / 1024:.0f} GiB RAM, {java}"


def print_report(args, report):
    print(f"\nmachine: {machine()}; load average at the end {os.getloadavg()[0]:.1f}")
    print(f"wrk -t{args.threads} -c{args.connections} -d{args.duration}s (warm-up {args.warmup}s) per query and server, "
          f"JVM options policy-kg '{args.jvm_opts}', Fuseki '{args.fuseki_jvm_opts}'; "
          f"{'serve options ' + repr(args.serve_opts) + '; ' if args.serve_opts else ''}graph: {report.get('graphs')} graphs, {report.get('quads')} quads")
    cold = report.get("cold_start_s", {})
    if args.corpus:
        print(f"corpus: {args.corpus} generated documents and the seeds, one TDB2 folder copied for each server; "
              f"per-query limit {args.query_timeout} s on both")
        print(f"cold start to the first complete answer: policy-kg {cold.get('policy-kg', 0):.2f} s, "
              f"Fuseki {cold.get('fuseki', 0):.2f} s (answering at all after {cold.get('fuseki_up', 0):.2f} s), both "
              f"opening their TDB2 folder")
    else:
        print(f"cold start to the first complete answer: policy-kg {cold.get('policy-kg', 0):.2f} s (seeds and ontology "
              f"loaded into memory included), Fuseki {cold.get('fuseki', 0):.2f} s (up and empty after "
              f"{cold.get('fuseki_up', 0):.2f} s, then the dump loaded over HTTP)")
    for t in report.get("timeouts", []):
        print(f"over the {args.query_timeout} s limit, not timed: {t['query']} (policy-kg: {t['policy-kg']}, "
              f"Fuseki: {t['fuseki']})")
    for mode, data in report["modes"].items():
        cache = mode if args.cache_option_supported else "off (policy-kg has no result cache yet)"
        print(f"\n### policy-kg result cache: {cache}\n")
        print("| query | answer size | policy-kg req/s | p50 ms | p99 ms | Fuseki req/s | p50 ms | p99 ms | req/s policy-kg/Fuseki |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        for row in data["rows"]:
            ours, theirs = row["policy-kg"], row["fuseki"]
            ratio = f"{ours['rps'] / theirs['rps']:.2f}" if ours["requests"] and theirs["requests"] else "–"
            size = str(row["size"]).lower()
            print(f"| {row['query']} | {size} | {' | '.join(fmt(ours))} | {' | '.join(fmt(theirs))} | {ratio} |")
        ping, fuseki_ping = data["ping"], report["fuseki_ping"]
        print(f"\npolicy-kg GET /ping (the ceiling on this machine): {ping['rps']:.0f} req/s, "
              f"p50 {ping['p50_ms']:.2f} ms, p99 {ping['p99_ms']:.2f} ms; "
              f"Fuseki GET /$/ping: {fuseki_ping['rps']:.0f} req/s, p50 {fuseki_ping['p50_ms']:.2f} ms, p99 {fuseki_ping['p99_ms']:.2f} ms")
        timed = [r for r in data["rows"] if r["policy-kg"]["requests"] and r["fuseki"]["requests"]]
        if timed:
            geo = math.exp(sum(math.log(r["policy-kg"]["rps"] / r["fuseki"]["rps"]) for r in timed) / len(timed))
            p99 = [r["policy-kg"]["p99_ms"] / r["fuseki"]["p99_ms"] for r in timed if r["fuseki"]["p99_ms"]]
            print(f"req/s policy-kg/Fuseki over {len(timed)} queries: geometric mean {geo:.2f}; p99 policy-kg/Fuseki "
                  f"from {min(p99, default=0):.2f} to {max(p99, default=0):.2f}")
        rss = lambda who: max((r[who]["rss_kib"] for r in data["rows"]), default=0) / 1024
        print(f"resident memory under load (max): policy-kg {rss('policy-kg'):.0f} MiB, Fuseki {rss('fuseki'):.0f} MiB")
        for who, (count, total, longest) in data["gc"].items():
            print(f"GC pauses under load, {who}: {count} pauses, {total:.1f} ms in total, longest {longest:.1f} ms")


def over_budget(*_):
    raise TimeoutError("the run took longer than its time budget")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jar", type=Path, required=True, help="the policy-kg jar")
    parser.add_argument("--fuseki-jar", type=Path, required=True, help="jena-fuseki-server jar")
    parser.add_argument("--queries", type=Path, default=Path("queries"))
    parser.add_argument("--lua", type=Path, default=Path(__file__).with_name("wrk-report.lua"))
    parser.add_argument("--out", type=Path, default=Path("target/bench"))
    parser.add_argument("--duration", type=int, default=10, help="seconds of load per query and server")
    parser.add_argument("--warmup", type=int, default=2, help="seconds of untimed load before each run")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--jvm-opts", default=None,
                        help="the same JVM options for both servers (default: those of src/main/jvm/serve.options "
                             "but the class-data archive, which only policy-kg has)")
    parser.add_argument("--fuseki-jvm-opts", default=None,
                        help="Fuseki's JVM options (default: --jvm-opts when given, else -Xmx1g: under policy-kg's "
                             "128 MB heap Fuseki spent about half its time in GC, which would flatter the ratios)")
    parser.add_argument("--serve-opts", default="",
                        help="more options of policy-kg's serve, e.g. '--memory-replica-max-quads 5000000' for the "
                             "1,000-document corpus")
    parser.add_argument("--corpus", type=int, default=0,
                        help="serve N generated documents (and the seeds) from TDB2 folders instead of the seeds in "
                             "memory; built once under the output folder")
    parser.add_argument("--corpus-timeout", type=int, default=3600, help="seconds for each step building the corpus")
    parser.add_argument("--query-timeout", type=int, default=10, help="per-query limit of both servers, in seconds")
    parser.add_argument("--result-cache", choices=["off", "on", "both"], default=os.environ.get("RESULT_CACHE", "off"))
    parser.add_argument("--startup-timeout", type=int, default=300)
    args = parser.parse_args()
    # the servers run in the output folder (Fuseki writes its run/ area there): absolute paths
    args.jar, args.fuseki_jar, args.queries, args.lua = (p.resolve() for p in (args.jar, args.fuseki_jar, args.queries, args.lua))
    args.caches = ["off", "on"] if args.result_cache == "both" else [args.result_cache]
    options = Path("src/main/jvm/serve.options")
    lines = options.read_text(encoding="utf-8").splitlines() if options.exists() else []
    service = [o for line in lines for o in line.split("#", 1)[0].split()]
    if args.fuseki_jvm_opts is None:
        args.fuseki_jvm_opts = args.jvm_opts if args.jvm_opts is not None else "-Xmx1g"
    if args.jvm_opts is None:
        args.jvm_opts = " ".join(o for o in service if not o.startswith("-XX:SharedArchiveFile"))
    # policy-kg's archive, by absolute path (the servers run in the output folder); first, so that
    # --jvm-opts can still turn it off with -Xshare:off
    archive = args.jar.with_suffix(".jsa")
    args.pkg_jvm_opts = [f"-XX:SharedArchiveFile={archive}"] if archive.exists() else []
    if args.corpus:
        args.corpus_master = prepare_corpus(args)
    help_text = subprocess.run(["java", "-jar", str(args.jar), "serve", "--help"], capture_output=True, text=True, timeout=120).stdout
    args.cache_option_supported = "--result-cache" in help_text
    if not args.cache_option_supported and args.caches != ["off"]:
        sys.exit("this policy-kg has no --result-cache option yet: only --result-cache off can run")
    # the whole run is bounded: startups, two servers per query, warm-ups, and slack for the rest
    runs = (len(list(args.queries.glob("*.rq"))) + len(extra_queries())) * (len(args.caches) + 1) + len(args.caches) + 1
    # each timed run has its warm-up, and every query one more untimed run in the pass before
    budget = 4 * args.startup_timeout + runs * (args.duration + 2 * args.warmup + 15) + 120
    signal.signal(signal.SIGALRM, over_budget)
    # SIGTERM unwinds like Ctrl-C, through the finally that stops both servers
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    log(f"load average at the start {os.getloadavg()[0]:.1f}; time budget {budget} s")
    signal.alarm(budget)
    try:
        sys.exit(bench(args))
    except (RuntimeError, TimeoutError) as e:
        sys.exit(f"fuseki-compare: {e}")


if __name__ == "__main__":
    main()
