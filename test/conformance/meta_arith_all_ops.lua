local log = {}
local mt = {}
for _, op in ipairs({"add", "sub", "mul", "div", "mod", "pow", "unm", "concat"}) do
  mt["__" .. op] = function(a, b)
    log[#log + 1] = op
    return op
  end
end
local o = setmetatable({}, mt)
print(o + 1, 1 - o, o * o, o / 2, 2 % o, o ^ 3, -o, o .. "x")
print(table.concat(log, ","))
print("2" + o, o + "2")
local n = setmetatable({}, {__add = function(a, b) return 100 end})
local x = 5
x = x + n
print(x)
local s = 0
for i = 1, 5 do s = s + n end
print(s)
print(pcall(function() return o < o end))
local partial = setmetatable({}, {__add = function() return "add" end})
print(pcall(function() return partial - 1 end))
