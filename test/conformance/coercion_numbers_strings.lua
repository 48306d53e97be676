local vals = {"10", "0x10", "1e1", " 10 ", "10.0", "-10", "1_0", "10a", "", "0x", "1e", ".", "inf", "nan"}
for _, s in ipairs(vals) do
  local ok, r = pcall(function() return s + 0 end)
  print(string.format("%-6q", s), ok, ok and r or "err")
end
print(10 == "10", 10 .. "" == "10")
print(("5"):rep(2) + 1)
print(#(12 .. 34), (12 .. 34) + 1)
local t = {}
t["1"] = "string key"
t[1] = "number key"
print(t["1"], t[1])
t[1.0] = "float key"
print(t[1], t["1.0"])
