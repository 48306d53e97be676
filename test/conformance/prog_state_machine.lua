local transitions = {
  idle = {start = "running", stop = "idle"},
  running = {pause = "paused", stop = "idle", finish = "done"},
  paused = {resume = "running", stop = "idle"},
  done = {},
}
local function run(events)
  local state, trace = "idle", {"idle"}
  for _, ev in ipairs(events) do
    local nxt = transitions[state][ev]
    if not nxt then return nil, "invalid event '" .. ev .. "' in state " .. state, table.concat(trace, ">") end
    state = nxt
    trace[#trace + 1] = state
  end
  return state, nil, table.concat(trace, ">")
end
print(run({"start", "pause", "resume", "finish"}))
print(run({"start", "stop", "start", "pause", "stop"}))
print(run({"pause"}))
print(run({"start", "finish", "start"}))
print(run({}))
