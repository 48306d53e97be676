-- coroutine.yield from inside metamethods the VM calls through continuation frames
local log = {}
local mt = {
  __index = function(t, k) local v = coroutine.yield("index " .. tostring(k)) return v end,
  __newindex = function(t, k, v) coroutine.yield("newindex " .. tostring(k)) rawset(t, k, v * 10) end,
  __lt = function(a, b) return coroutine.yield("lt") end,
  __le = function(a, b) return coroutine.yield("le") end,
  __eq = function(a, b) return coroutine.yield("eq") end,
  __concat = function(a, b) return coroutine.yield("concat") end,
  __add = function(a, b) return coroutine.yield("add") end,
  __unm = function(a) return coroutine.yield("unm") end,
  __len = function(a) return coroutine.yield("len") end,
  __call = function(self, x) return coroutine.yield("call " .. x) end,
}
local function body()
  local a = setmetatable({}, mt)
  local b = setmetatable({}, mt)
  local u = newproxy(true)
  getmetatable(u).__len = mt.__len
  local r = {}
  r[#r + 1] = a.foo
  a.bar = 5
  r[#r + 1] = rawget(a, "bar")
  r[#r + 1] = tostring(a < b)
  r[#r + 1] = tostring(a <= b)
  r[#r + 1] = tostring(a > b)
  r[#r + 1] = tostring(a == b)
  r[#r + 1] = tostring(a ~= b)
  r[#r + 1] = "x" .. a .. "y"
  r[#r + 1] = a + 1
  r[#r + 1] = -a
  r[#r + 1] = #u
  r[#r + 1] = a(7)
  if a < b then r[#r + 1] = "branch taken" else r[#r + 1] = "branch not taken" end
  return table.concat(r, ",")
end
local co = coroutine.create(body)
local answers = {"IDX", 1, true, false, true, false, true, "CAT", 42, 43, 44, "CALLED", true}
local i = 0
local ok, v = coroutine.resume(co)
while coroutine.status(co) ~= "dead" do
  print("yielded", v)
  i = i + 1
  ok, v = coroutine.resume(co, answers[i])
end
print("finished", ok, v)
