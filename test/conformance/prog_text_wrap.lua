local function wrap(text, width)
  local lines, line = {}, ""
  for word in text:gmatch("%S+") do
    if #line == 0 then line = word
    elseif #line + 1 + #word <= width then line = line .. " " .. word
    else lines[#lines + 1] = line; line = word end
  end
  if #line > 0 then lines[#lines + 1] = line end
  return lines
end
local text = "Lua is a powerful, efficient, lightweight, embeddable scripting language. It supports procedural programming, object-oriented programming, functional programming, data-driven programming, and data description."
for _, w in ipairs({20, 40}) do
  local lines = wrap(text, w)
  print("width " .. w .. ": " .. #lines .. " lines")
  for i, l in ipairs(lines) do print(string.format("%2d|%-" .. w .. "s|", i, l)) end
end
