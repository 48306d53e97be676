g1 = 10
print("g1", g1)
print("undefined global", undefined_global_xyz)
g2, g3 = "two", "three"
print(g2, g3)
_G.g4 = "via _G"
print(g4)
print("_G.g1", _G.g1, _G["g2"])
local function setg(name, v) _G[name] = v end
setg("dyn", 99)
print("dyn", dyn)
g1 = nil
print("g1 after nil", g1, rawget(_G, "g1"))
print(_G._G == _G)
local count = 0
for _, name in ipairs({"print", "pairs", "ipairs", "type", "tostring", "g2"}) do
  if _G[name] ~= nil then count = count + 1 end
end
print("found", count)
function globalfn(x) return x * 3 end
print("globalfn", globalfn(7), type(_G.globalfn))
do
  local print = function(...) io.write("local print: ", table.concat({...}, " "), "\n") end
  print("a", "b")
end
print("back to global print")
