local function tobin(n)
  if n == 0 then return "0" end
  local s = ""
  while n > 0 do s = (n % 2) .. s; n = math.floor(n / 2) end
  return s
end
for _, v in ipairs({0, 1, 2, 5, 255, 1024, 2 ^ 31, 2 ^ 40 + 1}) do print(v, tobin(v)) end
local function band(a, b)
  local r, bit = 0, 1
  while a > 0 and b > 0 do
    if a % 2 == 1 and b % 2 == 1 then r = r + bit end
    a, b, bit = math.floor(a / 2), math.floor(b / 2), bit * 2
  end
  return r
end
print(band(12, 10), band(255, 15), band(2 ^ 32 - 1, 2 ^ 16 + 1))
local function popcount(n) local c = 0 while n > 0 do c = c + n % 2; n = math.floor(n / 2) end return c end
print(popcount(0), popcount(7), popcount(2 ^ 50 - 1))
local hex = {}
for _, v in ipairs({0, 15, 16, 255, 4096, 65535}) do hex[#hex + 1] = string.format("%x", v) end
print(table.concat(hex, " "))
