-- One step of a coordinator's day, chosen by STEP; run.sh starts one wrk per step at once, so that each step gets
-- its own latency distribution. The signed-in session (COOKIE), its CSRF token (CSRF) and company ids (COMPANIES,
-- comma-separated) come from run.sh. A redirect to /login counts as an error: the session was lost.
local step = os.getenv("STEP")
local cookie = os.getenv("COOKIE") or ""
local csrf = os.getenv("CSRF") or ""
local companies = {}
for id in string.gmatch(os.getenv("COMPANIES") or "", "[^,]+") do
  companies[#companies + 1] = id
end
local queries = { "くまもと", "株式会社", "ヒゴ", "熊本", "商事", "工業", "建設", "カンコウ", "九州", "食品" }
local today = os.date("!%Y-%m-%d", os.time() + 9 * 3600)
local threads = {}

local function pick(list)
  return list[math.random(#list)]
end

local function enc(s)
  return (string.gsub(s, "[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

setup = function(thread)
  thread:set("lost", 0)
  table.insert(threads, thread)
end

init = function(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000))
  lost = 0
end

request = function()
  local headers = { ["Cookie"] = cookie }
  if step == "search" then
    return wrk.format("GET", "/companies?q=" .. enc(pick(queries)), headers)
  elseif step == "company" then
    return wrk.format("GET", "/companies/" .. pick(companies), headers)
  elseif step == "consultations" then
    return wrk.format("GET", "/consultations", headers)
  elseif step == "record" then
    headers["Content-Type"] = "application/x-www-form-urlencoded"
    local body = "companyId=" .. pick(companies) .. "&date=" .. today .. "&channel=PHONE"
      .. "&summary=" .. enc("耐久試験の電話相談") .. "&_csrf=" .. enc(csrf)
    return wrk.format("POST", "/consultations", headers, body)
  elseif step == "dashboard" then
    return wrk.format("GET", "/dashboard", headers)
  elseif step == "public" then
    local pages = { "/p/kumamoto", "/p/kumamoto/events", "/p/kumamoto/stories", "/p/fukuoka" }
    return wrk.format("GET", pick(pages), {})
  end
  error("unknown STEP " .. tostring(step))
end

response = function(status, headers, body)
  local location = headers["Location"] or headers["location"] or ""
  if status == 302 and string.find(location, "/login", 1, true) then
    lost = lost + 1
    wrk.thread:set("lost", lost)
  end
end

done = function(summary, latency, requests)
  local sessionLost = 0
  for _, t in ipairs(threads) do
    sessionLost = sessionLost + (t:get("lost") or 0)
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status
    + summary.errors.timeout + sessionLost
  io.write(string.format("step %-13s %8d requests %7.1f/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  max %7.1f ms  errors %d (status %d, timeout %d, session lost %d)\n",
    step, summary.requests, summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors, summary.errors.status,
    summary.errors.timeout, sessionLost))
end
