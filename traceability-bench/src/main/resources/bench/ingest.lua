-- Command ingest: each connection (one per wrk thread) walks its own batches through their lifecycle, one
-- command per request: register (farm) -> origin exit (farm) -> market entry -> inspection -> sale (market).
-- wrk -t N -c N -s ingest.lua URL -- CONFIG.lua     (CONFIG returns the operators, tokens and dates)
-- A refused or failed command is counted and the connection starts a new batch.
dofile("report.lua")

local cfg, pair, step, batch, n, cert
local STEPS = {"register", "exit", "entry", "inspection", "sale"}

function init(args)
  cfg = dofile(args[1])
  pair = cfg.pairs[((index - 1) % #cfg.pairs) + 1]
  step, n = 1, 0
  for _, name in ipairs(STEPS) do
    _G["ok_" .. name] = 0
    _G["failed_" .. name] = 0
  end
  failures_5xx = 0
  pause_ms = cfg.pauseMs or 0
end

local function post(path, token, body)
  return wrk.format("POST", path, {["Authorization"] = "Bearer " .. token,
    ["Content-Type"] = "application/json"}, body)
end

function request()
  if cfg == nil then
    return wrk.format("GET", "/")
  end
  if step == 1 then
    n = n + 1
    cert = string.format("%s-%d-%d", cfg.run, index, n)
    return post("/api/v1/batches", pair.farmToken, string.format(
      '{"category":"VEGETABLE","product":"Bok choy","quantity":{"amount":500,"unit":"kg"},' ..
      '"originRegion":"441702","producedOn":"%s","lot":"B%d-%d"}', cfg.producedOn, index, n))
  elseif step == 2 then
    return post("/api/v1/batches/" .. batch .. "/origin-exit", pair.farmToken, string.format(
      '{"certificate":{"type":"COMPLIANCE_COMMITMENT","number":"%s","issuedBy":"Bench Farm",' ..
      '"issuedOn":"%s","validUntil":"%s"},"destinationOperatorId":"%s"}',
      cert, cfg.issuedOn, cfg.validUntil, pair.market))
  elseif step == 3 then
    return post("/api/v1/batches/" .. batch .. "/market-entry", pair.marketToken,
      string.format('{"certificateNumber":"%s"}', cert))
  elseif step == 4 then
    return post("/api/v1/batches/" .. batch .. "/inspections", pair.marketToken,
      '{"analyte":"organophosphate","method":"enzyme-inhibition","value":12.5,"unit":"%",' ..
      '"limit":50.0,"verdict":"PASS","sampleId":"S-1"}')
  else
    return post("/api/v1/batches/" .. batch .. "/sales", pair.marketToken,
      '{"quantity":{"amount":2.5,"unit":"kg"},"buyer":"Walk-in customer"}')
  end
end

function response(status, headers, body)
  local name = STEPS[step]
  local accepted = status >= 200 and status < 300
  if accepted and step == 1 then
    batch = body:match('"batchId"%s*:%s*"([^"]+)"')
    accepted = batch ~= nil
  end
  if accepted then
    _G["ok_" .. name] = _G["ok_" .. name] + 1
    step = step % #STEPS + 1
  else
    _G["failed_" .. name] = _G["failed_" .. name] + 1
    if status >= 500 then failures_5xx = failures_5xx + 1 end
    step = 1
  end
end

function done(summary, latency, requests)
  local counters = {"failures_5xx"}
  for _, name in ipairs(STEPS) do
    counters[#counters + 1] = "ok_" .. name
    counters[#counters + 1] = "failed_" .. name
  end
  report(summary, latency, counters)
end
