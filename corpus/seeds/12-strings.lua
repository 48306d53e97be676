-- String operations and coercions in a hot loop: concat, sub, rep, byte, numeric strings.
local s, n = "", 0
for i = 1, 250 do
  s = string.sub(s .. string.char(97 + i % 26), -20)
  n = n + ("10" + i % 3) + #string.rep("ab", i % 4) + s:byte(1)
end
print(s, n, ("0x1F" + 0), 10 .. 20, ("abc"):upper())
