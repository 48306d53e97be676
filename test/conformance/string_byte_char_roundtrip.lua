local s = "Lua 5.1 \0 bytes \255"
local codes = {s:byte(1, -1)}
print(#codes, table.concat(codes, " "))
print(string.char(unpack(codes)) == s)
local shifted = {}
for i, c in ipairs(codes) do shifted[i] = (c + 1) % 256 end
local t = string.char(unpack(shifted))
print(#t, t:byte(1), t:byte(-1))
local function caesar(str, k)
  return (str:gsub("%a", function(ch)
    local base = ch:lower() == ch and 97 or 65
    return string.char((ch:byte() - base + k) % 26 + base)
  end))
end
print(caesar("Hello, World", 3), caesar(caesar("Hello, World", 3), 23))
print(("abc"):byte(-10, 10))
print(string.byte("", 1), select("#", string.byte("", 1)))
print(string.byte("abc", 2, 1), select("#", string.byte("abc", 2, 1)))
print(string.char(104, 105):rep(2, "-"))
