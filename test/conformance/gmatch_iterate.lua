local words = {}
for w in ("one two  three   four"):gmatch("%S+") do words[#words + 1] = w end
print(#words, table.concat(words, "|"))
for k, v in ("a=1, b=2, c=3"):gmatch("(%w+)=(%w+)") do io.write(k, "->", v, " ") end print()
local nums = 0
for n in ("10 20 30.5 -4"):gmatch("%-?%d+%.?%d*") do nums = nums + tonumber(n) end
print("sum", nums)
for pos, ch in ("abc"):gmatch("()(.)") do io.write(pos, ch, " ") end print()
local empties = 0
for e in ("abc"):gmatch("") do empties = empties + 1 end
print("empty matches", empties)
for x in ("a,b,,c,"):gmatch("([^,]*)") do io.write("[", x, "]") end print()
local it = ("x1y2"):gmatch("%a(%d)")
print(it(), it(), it())
for a, b in ("k1:v1;k2:v2"):gmatch("(%w+):(%w+)") do io.write(a, "=", b, ";") end print()
local lines = {}
for l in ("l1\nl2\n\nl4"):gmatch("([^\n]*)\n?") do lines[#lines + 1] = "<" .. l .. ">" end
print(table.concat(lines))
for w in ("^anchor ^anchor"):gmatch("^%^%a+") do io.write(w, ";") end print()
