-- wrk prints p50/75/90/99 with --latency; this adds p95 (the figure the benchmark's target is stated in).
done = function(summary, latency, requests)
  io.write(string.format("percentiles: p50 %.2f ms  p95 %.2f ms  p99 %.2f ms  max %.2f ms  (%d requests, %d errors)\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    summary.requests, summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
      + summary.errors.timeout))
end
