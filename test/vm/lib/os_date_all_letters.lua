-- Every letter after %, in UTC, at two fixed times (glibc's strftime decides what each one means).
local letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrtuvwxyz"
for _, t in ipairs{0, 1234567890} do
  local o = {}
  for c in letters:gmatch(".") do o[#o + 1] = c .. "[" .. os.date("!%" .. c, t) .. "]" end
  print(table.concat(o, " "))
end
for _, c in ipairs{"!", "#", "$", "&", "(", "*", ",", ".", "/", "0", "1", ":", ";", "<", "=", ">", "?", "@", "[", "\\", "]", "_", "`", "{", "|", "}", "~", " "} do
  io.write(c, "[", os.date("!%" .. c, 0), "] ")
end
print()
