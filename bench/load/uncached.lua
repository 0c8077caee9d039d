-- wrk script like queries.lua, but every request carries a unique extra parameter, so the output cache (which varies
-- by every query parameter) never answers: this measures the search itself. Env: SP_QUERIES, SP_PATH.
local queries = {}
local counter = 0
local path_template = os.getenv("SP_PATH") or "/api/search?q="

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
  return wrk.format("GET", path_template .. q .. "&r=" .. counter .. math.random(1,1000000000))
end

done = function(summary, latency, requests)
  io.write(string.format("RESULT requests=%d duration_s=%.2f rps=%.1f p50_ms=%.2f p99_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.errors.status))
end
