local function lvl3() error("deep error") end
local function lvl2() local ok, e = pcall(lvl3); return "caught: " .. e end
local function lvl1() return lvl2() end
print(lvl1())
local ok, e = pcall(function()
  local ok2, e2 = pcall(error, "inner")
  error("outer after " .. tostring(e2), 0)
end)
print(ok, e)
local results = {}
for i = 1, 5 do
  local ok3, r = pcall(function() if i % 2 == 0 then error("even " .. i, 0) end return i end)
  results[#results + 1] = tostring(ok3) .. ":" .. tostring(r)
end
print(table.concat(results, " "))
local function rethrow() local ok4, e4 = pcall(error, {tag = "orig"}); error(e4) end
local ok5, e5 = pcall(rethrow)
print(ok5, type(e5), e5.tag)
print(pcall(pcall, pcall, error, "x"))
local depth = 0
local function recurse() depth = depth + 1; if depth < 50 then return pcall(recurse) end error("at 50", 0) end
print(recurse())
print("depth", depth)
