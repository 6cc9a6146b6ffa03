-- Shared by the wrk scripts: per-thread counters and one machine-readable summary ("BENCH ..." lines) at the end.
threads = {}
local thread_count = 0

function setup(thread)
  thread_count = thread_count + 1
  thread:set("index", thread_count)
  table.insert(threads, thread)
end

function report(summary, latency, counters)
  local e = summary.errors
  io.write(string.format("BENCH requests %d\n", summary.requests))
  io.write(string.format("BENCH duration_us %d\n", summary.duration))
  io.write(string.format("BENCH errors %d %d %d %d %d\n", e.connect, e.read, e.write, e.status, e.timeout))
  io.write(string.format("BENCH latency_mean_us %.1f\n", latency.mean))
  io.write(string.format("BENCH latency_max_us %d\n", latency.max))
  local points = {1, 5, 10, 20, 30, 40, 50, 60, 70, 75, 80, 85, 90, 95, 97, 98, 99, 99.5, 99.9, 99.99, 100}
  for _, p in ipairs(points) do
    io.write(string.format("BENCH pct %g %d\n", p, latency:percentile(p)))
  end
  for _, name in ipairs(counters) do
    local total = 0
    for _, thread in ipairs(threads) do
      total = total + (thread:get(name) or 0)
    end
    io.write(string.format("BENCH counter %s %d\n", name, total))
  end
end
