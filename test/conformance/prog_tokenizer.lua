local function tokenize(src)
  local toks, i = {}, 1
  while i <= #src do
    local c = src:sub(i, i)
    if c:match("%s") then i = i + 1
    elseif c:match("%d") then local num = src:match("^%d+%.?%d*", i); toks[#toks + 1] = "NUM(" .. num .. ")"; i = i + #num
    elseif c:match("[%a_]") then local id = src:match("^[%w_]+", i); toks[#toks + 1] = "ID(" .. id .. ")"; i = i + #id
    elseif c == '"' then local j = src:find('"', i + 1, true); toks[#toks + 1] = "STR(" .. src:sub(i + 1, j - 1) .. ")"; i = j + 1
    else
      local two = src:sub(i, i + 1)
      if two == "==" or two == "<=" or two == ">=" or two == "~=" or two == ".." then toks[#toks + 1] = "OP(" .. two .. ")"; i = i + 2
      else toks[#toks + 1] = "OP(" .. c .. ")"; i = i + 1 end
    end
  end
  return toks
end
print(table.concat(tokenize('local x = 10 + y2 * 3.5'), " "))
print(table.concat(tokenize('if a ~= b then s = "hi" .. name end'), " "))
print(table.concat(tokenize('f(a,b)[1]<=2'), " "))
print(#tokenize(string.rep("a + ", 100) .. "b"))
