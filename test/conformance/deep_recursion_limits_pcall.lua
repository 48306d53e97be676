local function depth_ok(n) local function r(k) if k == 0 then return 0 end return 1 + r(k - 1) end return pcall(r, n) end
for _, n in ipairs({10, 100, 1000, 10000}) do print(n, depth_ok(n)) end
local ok, e = depth_ok(1e7)
print(ok, type(e))
local function tail(k) if k == 0 then return "tail ok" end return tail(k - 1) end
print(tail(1e6))
local ok2, e2 = pcall(function() local t = {} setmetatable(t, {__index = function(s, k) return s[k] end}) return t.x end)
print(ok2, type(e2))
print("after overflow", depth_ok(50))
local co = coroutine.create(function() return depth_ok(5000) end)
print(coroutine.resume(co))
