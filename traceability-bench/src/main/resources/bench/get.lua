-- GET load: wrk -s get.lua URL -- PREFIX [CODES_FILE]
-- With a codes file, each request asks PREFIX .. <a random code from the file>; without, always PREFIX.
dofile("report.lua")

local prefix, codes

function init(args)
  prefix = args[1]
  if args[2] then
    codes = {}
    for line in io.lines(args[2]) do
      codes[#codes + 1] = line
    end
    math.randomseed(index * 7919 + os.time())
  end
  ok, not_ok = 0, 0
end

function request()
  if prefix == nil then
    return wrk.format("GET", "/")
  end
  if codes then
    return wrk.format("GET", prefix .. codes[math.random(#codes)])
  end
  return wrk.format("GET", prefix)
end

function response(status, headers, body)
  if status == 200 then ok = ok + 1 else not_ok = not_ok + 1 end
end

function done(summary, latency, requests)
  report(summary, latency, {"ok", "not_ok"})
end
