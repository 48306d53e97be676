for _, n in ipairs({0, 1, 2, 10, 100}) do
  local r = ("ab"):rep(n)
  io.write(#r, " ")
end
print()
print(#("x"):rep(100000), ("xy"):rep(3, ""), ("xy"):rep(3, "--"))
print(("abc"):rep(1, "SEP"), ("abc"):rep(2, "SEP"))
print((""):rep(1000) == "", #(""):rep(10, "ab"))
local s = ("0123456789"):rep(10)
print(#s, s:sub(95), s:find("9", 90))
print(("a"):rep(3.9), ("a"):rep("2"))
print(pcall(string.rep, "x", 1, {}))
