local mt = {}
mt.__tostring = function(self) return "T" .. tostring(self.inner) end
local chain = nil
for i = 1, 100 do chain = setmetatable({inner = chain}, mt) end
local s = tostring(chain)
print(#s, s:sub(1, 10))
local function nest(n) if n == 0 then return {} end return {nest(n - 1)} end
local function depthof(t) local d = 0 while t[1] do d = d + 1; t = t[1] end return d end
print(depthof(nest(3000)))
local cyc = {}
cyc.self = cyc
local function walk(t, seen, n)
  seen = seen or {}
  if seen[t] then return n or 0 end
  seen[t] = true
  return walk(t.self, seen, (n or 0) + 1)
end
print(walk(cyc))
local ok, e = pcall(string.rep, "x", 100)
print(ok, #e)
local function ping(n) if n == 0 then return "pong" end return (ping(n - 1)) end
print(ping(7000))
