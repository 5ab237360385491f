-- wrk script for tools/load.sh varied: random (person, State, day) risk queries, no two alike in practice.
-- Usage: wrk -s tools/varied.lua URL -- MODE PEOPLE_FILE STATES_FILE [SEED]
--   MODE: check | map | bare-check | bare-map | batch | trips | trips-plain | trips-fixed
--   PEOPLE_FILE, STATES_FILE: one slug / ISO alpha-3 code a line (load.sh writes them from /api/v1/leaders and /states)
-- The bare modes send the same random query strings to the fixed endpoints, so request sizes and parsing match.
-- batch POSTs bodies of 1,000 random queries to /api/v1/risk/checks (100 pre-built bodies, taken in turn).
-- trips asks for a page of 100 trips with include=risk between a random day of 2000-2008 and one of 2026-2027: the
-- same trips (every recorded one starts in between) under a URL the output cache has not seen; trips-plain the same
-- without include=risk (each trip's summary only, as before include existed). trips-fixed asks for
-- the same page under one URL, as a client polling it does (the output cache answers).

-- Non-200 answers show in wrk's own "Non-2xx or 3xx responses" line (load.sh refuses such a run); a response()
-- function would make wrk parse every body and steal CPU from the server it shares the machine with.

local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

local function lines(path)
  local list = {}
  for line in io.lines(path) do
    if #line > 0 then list[#list + 1] = line end
  end
  return list
end

function init(args)
  mode = args[1] or "check"
  people = lines(args[2])
  states = lines(args[3])
  math.randomseed((tonumber(args[4]) or os.time()) + id * 7919)
  -- Days from 2000-01-01 to 2027-12-31: before, during and after every warrant and ratification in data/.
  days = {}
  local start = os.time({ year = 2000, month = 1, day = 1, hour = 12 })
  for i = 0, 10226 do days[#days + 1] = os.date("!%Y-%m-%d", start + i * 86400) end
  paths = {
    ["check"] = "/api/v1/risk/check", ["bare-check"] = "/api/v1/load/bare/check",
    ["map"] = "/api/v1/risk/map", ["bare-map"] = "/api/v1/load/bare/map",
  }
  if mode == "batch" then
    bodies = {}
    for b = 1, 100 do
      local items = {}
      for i = 1, 1000 do
        items[i] = string.format('{"person":"%s","state":"%s","date":"%s"}',
          people[math.random(#people)], states[math.random(#states)], days[math.random(#days)])
      end
      bodies[b] = "{\"queries\":[" .. table.concat(items, ",") .. "]}"
    end
    next_body = 0
  end
end

local function pick(list) return list[math.random(#list)] end

function request()
  if mode == "batch" then
    next_body = next_body % #bodies + 1
    return wrk.format("POST", "/api/v1/risk/checks", { ["Content-Type"] = "application/json" }, bodies[next_body])
  end
  local query
  if mode == "trips" or mode == "trips-plain" then
    return wrk.format("GET", "/api/v1/trips?pageSize=100" .. (mode == "trips" and "&include=risk" or "")
      .. "&from=" .. days[math.random(3288)] .. "&to=" .. days[#days - math.random(730) + 1])
  elseif mode == "trips-fixed" then
    return wrk.format("GET", "/api/v1/trips?pageSize=100&include=risk")
  end
  if mode == "map" or mode == "bare-map" then
    query = "?person=" .. pick(people) .. "&date=" .. pick(days)
  else
    query = "?person=" .. pick(people) .. "&state=" .. pick(states) .. "&date=" .. pick(days)
  end
  return wrk.format("GET", paths[mode] .. query)
end
