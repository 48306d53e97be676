local goto = 1
goto = goto + 1
local t = {goto = 2}
print(goto, t.goto)
