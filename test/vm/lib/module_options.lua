-- module's option functions: each is called with the module table, in order, after the environment is set.
local calls = {}
local function opt1(m) calls[#calls + 1] = "opt1:" .. m._NAME end
local function opt2(m) calls[#calls + 1] = "opt2:" .. tostring(m == package.loaded.opts) end
local function opt3(...) calls[#calls + 1] = "opt3 args:" .. select('#', ...) end
local function f() module("opts", opt1, opt2, opt3) end
f()
print(table.concat(calls, " "))
print(getfenv(f) == opts)

-- options run after the caller's environment changed
local seen
local function f2() module("opts2", function(m) seen = getfenv(3) end) end
f2()
print(seen == opts2)

-- options may be any callable; their results are dropped
local callable = setmetatable({}, { __call = function(self, m) m.from_call = true return 1, 2, 3 end })
local function f3() module("opts3", callable) end
print(select('#', f3()), opts3.from_call)

-- options that are not callable
print(pcall(function() module("bad1", 5) end))
print(pcall(function() module("bad2", nil) end))
print(pcall(function() module("bad3", package.seeall, "str") end))
print(bad1 ~= nil, bad2 ~= nil, bad3 ~= nil, getmetatable(bad3) ~= nil)
-- an error inside an option
print(pcall(function() module("bad4", function(m) error("option failed: " .. m._NAME) end) end))
local ok, e = pcall(function() module("bad5", function(m) error({ m._NAME }) end) end)
print(ok, type(e), e[1])
print(pcall(function() module("bad6", function(m) error("lvl", 2) end) end))
-- options see the module table even when it existed before
package.loaded.pre = { existing = true }
local got
local function f4() module("pre", function(m) got = m.existing end) end
f4()
print(got, package.loaded.pre._NAME)
-- an option that calls module again
local function f5() module("outer_opt", function(m) module("inner_opt") end) end
print(pcall(f5))
