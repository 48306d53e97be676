print(1 .. "", 1.0 .. "", -1 .. "", 0.5 .. "", 1e100 .. "", 1e-100 .. "")
print(123456789012 .. "", 2 ^ 31 .. "", 2 ^ 32 + 0.5 .. "")
print(1 / 3 .. "", 2 / 3 .. "", 10 / 3 .. "")
print(100 .. 200, 1.5 .. 2.5, -1 .. -2)
local s = ""
for i = -3, 3 do s = s .. i / 2 .. " " end
print(s)
local function join(...) local r = "" for i = 1, select("#", ...) do r = r .. select(i, ...) end return r end
print(join(1, 2, "x", 3.5, "y", -0.25))
print(#(1e15 .. ""), #(1e16 .. ""), #(2 ^ 53 .. ""))
print(("n=" .. 42):upper(), ("v" .. 1.5):len())
print(0x10 .. "", 1e2 .. "", .5 .. "")
