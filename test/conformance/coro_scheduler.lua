local tasks = {}
local log = {}
local function spawn(name, n)
  tasks[#tasks + 1] = {name = name, co = coroutine.create(function()
    for i = 1, n do log[#log + 1] = name .. i; coroutine.yield() end
    return name .. " done"
  end)}
end
spawn("A", 3) spawn("B", 1) spawn("C", 2)
local finished = {}
while #tasks > 0 do
  local i = 1
  while i <= #tasks do
    local t = tasks[i]
    local ok, r = coroutine.resume(t.co)
    if coroutine.status(t.co) == "dead" then finished[#finished + 1] = r; table.remove(tasks, i) else i = i + 1 end
  end
end
print(table.concat(log, " "))
print(table.concat(finished, ", "))
