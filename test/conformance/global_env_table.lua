local names = {}
for k, v in pairs(_G) do if type(v) == "function" then names[#names + 1] = k end end
table.sort(names)
local want = {"assert", "collectgarbage", "error", "getmetatable", "ipairs", "next", "pairs", "pcall", "print", "rawequal", "rawget", "rawset", "select", "setmetatable", "tonumber", "tostring", "type", "unpack", "xpcall"}
local have = {}
for _, n in ipairs(names) do have[n] = true end
local missing = {}
for _, w in ipairs(want) do if not have[w] then missing[#missing + 1] = w end end
print("missing", #missing, table.concat(missing, ","))
local libs = {"string", "table", "math", "coroutine", "io", "os"}
for _, l in ipairs(libs) do io.write(l, "=", type(_G[l]), " ") end
print()
print(_VERSION)
print(type(_G), _G._G == _G)
setmetatable(_G, {__index = function(_, k) return "auto_" .. k end})
print(undefined_thing)
setmetatable(_G, nil)
print(undefined_thing)
