local function classify(n)
  if n < 0 then
    return "neg"
  elseif n == 0 then
    return "zero"
  elseif n < 10 then
    return "small"
  else
    return "big"
  end
end
for _, v in ipairs({-1, 0, 5, 50}) do print(classify(v)) end
local x = 3
if x == 1 then x = 2 elseif x == 3 then x = 4 end
if x then else x = 5 end
if true then x = 6 end
if false then x = 7 else x = 8 end
if nil then x = 9 end
print(x)
