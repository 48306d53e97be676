local a, b = 1, 2
if a < b then print("lt") end
if a <= b then print("le") end
if a > b then print("gt") end
if a >= b then print("ge") end
if a == b then print("eq") end
if a ~= b then print("ne") end
if a == 1 then print("eqn") end
if a ~= "x" then print("nes") end
if a == nil then print("eqp") end
if nil == a then print("eqp2") end
if 1 < a then print("knum lt") end
if a < 10 then print("lt k") end
if not a then print("not") end
if not (a < b) then print("notlt") end
local c = a < b
local d = not c
print(c, d)
