// A program that walks every interpreter path once, run before fuzzing so V8 optimises the dispatch
// loop with complete type feedback instead of deoptimising on each new program's first odd path.
import { runSource } from './run.js';

const WARMUP = `
local t, s, n = {}, "", 0
for i = 1, 200 do t[i] = i * 0.5; t["k" .. (i % 7)] = i; s = s .. (i % 10) end
for k, v in pairs(t) do n = n + (type(k) == "number" and k or 1) end
for i, v in ipairs(t) do n = n + v end
local function va(...) local a, b = ... return select('#', ...), a, b, ... end
for i = 1, 50 do n = n + va(i, i + 1, "x") end
local mt = {}
mt.__index = function(o, k) return #tostring(k) end
mt.__newindex = function(o, k, v) rawset(o, k, v) end
mt.__add = function(a, b) return (type(a) == "table" and 1 or a) + (type(b) == "table" and 1 or b) end
mt.__sub = mt.__add; mt.__mul = mt.__add; mt.__div = mt.__add; mt.__mod = mt.__add; mt.__pow = mt.__add
mt.__unm = function(a) return 0 end
mt.__concat = function(a, b) return "c" end
mt.__eq = function(a, b) return true end
mt.__lt = function(a, b) return false end
mt.__le = function(a, b) return true end
mt.__call = function(self, x) return x end
mt.__len = function() return 3 end
mt.__tostring = function() return "obj" end
local o, p = setmetatable({}, mt), setmetatable({}, mt)
for i = 1, 60 do
  local x = o.foo + o[i] + (o + 1) + (2 - o) + (o * p) + (o / 2) + (o % 3) + (o ^ 2) + (-o)
  o.bar = i; o[i] = x
  local c = o .. "s" .. i .. 1.5
  local b = (o == p) and (o < p) or (o <= p) or o(i)
  n = n + x + #c + (b and 1 or 0) + #tostring(o)
end
local up = 0
local function counter() up = up + 1 return up end
for i = 1, 60 do
  local f = function(a) return a + up end
  n = n + f(counter()) + (i > 30 and 1 or 2) + (i ~= 5 and 1 or 0) + (i >= 3 and 1 or 0) + (i <= 9 and 1 or 0)
  if s == "x" or t.k1 ~= nil or not t[3] then n = n + 1 end
  if i % 2 == 0 then n = n + 1 elseif i % 3 == 0 then n = n - 1 else n = n * 1 end
end
local w = 0
while w < 100 do w = w + 1 end
repeat w = w - 3 until w < 0
for i = 10, 1, -0.5 do n = n + i end
for i = "1", "3" do n = n + i end
n = n + ("10" + 1) + ("3" * "4") + #s + #t + -n + n % 7 + 2 ^ 0.5 + math.floor(n / 3)
local ok, e = pcall(function() return nil + 1 end)
ok, e = pcall(error, {})
ok, e = xpcall(function() local z; return z.y end, function(m) return m end)
ok, e = pcall(function() error("x", 2) end)
local co = coroutine.wrap(function(a) for i = 1, 30 do a = coroutine.yield(a + i) end return 0 end)
for i = 1, 31 do n = n + co(i) end
local function rec(k) if k == 0 then return 0 end return rec(k - 1) + 1 end
local function tail(k, acc) if k == 0 then return acc end return tail(k - 1, acc + k) end
n = n + rec(40) + tail(40, 0) + select(2, 1, 2, 3) + (unpack({1, 2, 3}))
local tt = {1, 2, 3, x = 1, [true] = 2, [1.5] = 3, f = function() end}
tt[#tt + 1] = {va(1, 2)}
table.insert(tt, 1); table.remove(tt); table.concat({1, 2, "a"}, ",")
string.format("%d %s %5.2f %g %q %x", 1, "a", 1.5, 0.1, "q", 255)
s = ("abc"):upper() .. string.rep("x", 3) .. string.sub("hello", 2, -2) .. string.char(65, 66)
string.gsub("hello world", "o", "0"); string.find("abc", "b", 1, true); string.match("k=v", "(%w+)=(%w+)")
for w2 in string.gmatch("a b c", "%a") do n = n + #w2 end
table.sort({3, 1, 2}); table.sort({3, 1, 2}, function(a, b) return a > b end)
collectgarbage("count")
print(n > 0, #s)
`;

/** Run the warm-up program a few times (about a second on a 2-core machine). */
export function warmUp(rounds = 8): void {
  for (let i = 0; i < rounds; i++) runSource(WARMUP, { chunkname: '=warmup' });
}
