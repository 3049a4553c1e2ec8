-- One signed-in session per connection: run wrk with as many threads as connections (-tN -cN); each thread gets
-- the next SESSION cookie of the file named by COOKIES (one cookie value a line; an empty file means anonymous).
-- Prints one line a run: requests/s, p50/p95/p99 and the responses that were not 200 (a session that expired or
-- was refused shows as a redirect to /login, which wrk alone would count as a success).
local cookies = {}
local file = os.getenv("COOKIES")
if file and file ~= "" then
  for line in io.lines(file) do
    if line ~= "" then cookies[#cookies + 1] = line end
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
  if #cookies > 0 then
    thread:set("cookie", cookies[(#threads - 1) % #cookies + 1])
  end
end

function init(args)
  notok = 0
  if cookie then
    wrk.headers["Cookie"] = "SESSION=" .. cookie
  end
end

function response(status, headers, body)
  if status ~= 200 then
    notok = notok + 1
  end
end

done = function(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + thread:get("notok")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %.1f %.2f %.2f %.2f %d %d %d\n",
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, bad, errors))
end
