local parts = {}
for i = 1, 20 do parts[i] = "%d" end
local fmt = table.concat(parts, ",")
local args = {}
for i = 1, 20 do args[i] = i * i end
print(string.format(fmt, unpack(args)))
print(string.format("%s=%d (%5.2f%%)", "ratio", 3, 42.123))
print(string.format("[%3d] [%-3d] [%03d]", 7, 7, 7))
local rows = {{"apple", 1.5, 3}, {"banana", 0.25, 12}, {"cherry", 10, 100}}
for _, r in ipairs(rows) do print(string.format("%-8s %6.2f %4d %6.2f", r[1], r[2], r[3], r[2] * r[3])) end
print(string.format("%s %s", "extra", "args", "ignored"))
print(("%d-%d"):format(1, 2), ("%s"):rep(3, ","):format("a", "b", "c"))
print(#string.format("%099d", 1), #string.format("%.99f", 1))
print(pcall(string.format, "%100d", 1))
