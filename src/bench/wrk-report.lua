-- wrk reporter for fuseki-compare: one machine-readable line after a run, so the comparison does
-- not have to parse wrk's human summary. The request itself (GET, URL, Accept) comes from wrk's
-- command line.
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "WRK_RESULT rps=%.2f p50_ms=%.3f p99_ms=%.3f requests=%d non2xx=%d socket_errors=%d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000,
    latency:percentile(99) / 1000,
    summary.requests,
    e.status,
    e.connect + e.read + e.write + e.timeout))
end
