local function rpn(expr)
  local st = {}
  for tok in expr:gmatch("%S+") do
    local n = tonumber(tok)
    if n then st[#st + 1] = n
    else
      local b, a = table.remove(st), table.remove(st)
      if not a or not b then error("stack underflow at '" .. tok .. "'", 0) end
      if tok == "+" then st[#st + 1] = a + b
      elseif tok == "-" then st[#st + 1] = a - b
      elseif tok == "*" then st[#st + 1] = a * b
      elseif tok == "/" then st[#st + 1] = a / b
      elseif tok == "^" then st[#st + 1] = a ^ b
      elseif tok == "%" then st[#st + 1] = a % b
      else error("bad token '" .. tok .. "'", 0) end
    end
  end
  return st[1], #st
end
print(rpn("3 4 +"))
print(rpn("5 1 2 + 4 * + 3 -"))
print(rpn("2 3 ^ 2 /"))
print(rpn("7 -3 %"))
print(rpn("1 0 /"))
print(pcall(rpn, "1 +"))
print(pcall(rpn, "1 2 ?"))
print(rpn("1.5 2.25 * 0.5 -"))
