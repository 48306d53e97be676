local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  else return "large" end
end
for _, v in ipairs({-5, 0, 3, 42, 1000, 9.99}) do io.write(classify(v), " ") end
print()
local out = {}
for i = 1, 20 do
  if i % 15 == 0 then out[#out + 1] = "FizzBuzz"
  elseif i % 3 == 0 then out[#out + 1] = "Fizz"
  elseif i % 5 == 0 then out[#out + 1] = "Buzz"
  else out[#out + 1] = tostring(i) end
end
print(table.concat(out, " "))
local i = 0
local evens = {}
while true do
  i = i + 1
  if i > 12 then break end
  if i % 2 == 1 then
  else
    evens[#evens + 1] = i
  end
end
print(table.concat(evens, ","))
local nested = 0
for a = 1, 3 do for b = 1, 3 do for c = 1, 3 do if a ~= b and b ~= c and a ~= c then nested = nested + 1 end end end end
print("perms of 3", nested)
if nil then print("nil true") elseif false then print("false true") else print("else branch") end
