print("start")
local function validate(x)
  if type(x) ~= "number" then error("expected a number, got " .. type(x), 2) end
  return x
end
print(validate(5))
validate("five")
print("unreachable")
