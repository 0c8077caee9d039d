-- wrk script: each request takes the next query from queries.txt (URL-encoded), path template from env SP_PATH.
-- SP_UNIQUE=1 adds a unique extra parameter to every request, so the output cache (which varies by every query
-- parameter) never answers: that measures the search itself.
local queries = {}
local counter = 0
local path_template = os.getenv("SP_PATH") or "/api/search?q="
local unique = os.getenv("SP_UNIQUE") == "1"

local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

init = function(args)
  local file = os.getenv("SP_QUERIES") or "queries.txt"
  for line in io.lines(file) do
    line = line:gsub("^%s+", ""):gsub("%s+$", "")
    if #line > 0 then table.insert(queries, urlencode(line)) end
  end
end

request = function()
  counter = counter + 1
  local q = queries[(counter % #queries) + 1]
  if unique then q = q .. "&r=" .. counter .. math.random(1, 1000000000) end
  return wrk.format("GET", path_template .. q)
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
