-- A value that changes type mid-loop: number, then numeric string (arithmetic coercion in the trace).
local acc, x = 0, 0
for i = 1, 300 do
  if i > 150 then x = tostring(i) else x = i * 0.5 end
  acc = acc + x
end
print(acc, type(x))
