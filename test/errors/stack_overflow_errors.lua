local function rec() return 1 + rec() end
local ok, e = pcall(rec)
print(ok, (e:gsub("^.-:%d+: ", "")))
local function rec2(n) local t = {n} return rec2(n + 1)[1] end
local ok2, e2 = pcall(rec2, 1)
print(ok2, (e2:gsub("^.-:%d+: ", "")))
local mt = {}
mt.__index = function(t, k) return t[k] end
local ok3, e3 = pcall(function() return setmetatable({}, mt).x end)
print(ok3, (e3:gsub("^.-:%d+: ", "")))
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
print(pcall(deep, 10000))
local ok4, e4 = pcall(string.rep, "x", -1)
print(ok4, e4 == "")
print("survived")
