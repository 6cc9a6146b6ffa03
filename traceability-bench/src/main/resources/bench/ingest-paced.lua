-- ingest.lua at a steady pace: each connection pauses cfg.pauseMs between two commands.
dofile("ingest.lua")

function delay()
  return pause_ms or 0
end
