local Shape = {}
Shape.__index = Shape
function Shape.new(kind) return setmetatable({kind = kind}, Shape) end
function Shape:describe() return string.format("%s with area %.2f", self.kind, self:area()) end
local Circle = setmetatable({}, {__index = Shape})
Circle.__index = Circle
function Circle.new(r) local o = Shape.new("circle"); o.r = r; return setmetatable(o, Circle) end
function Circle:area() return math.pi * self.r ^ 2 end
local Rect = setmetatable({}, {__index = Shape})
Rect.__index = Rect
function Rect.new(w, h) local o = Shape.new("rect"); o.w, o.h = w, h; return setmetatable(o, Rect) end
function Rect:area() return self.w * self.h end
local Square = setmetatable({}, {__index = Rect})
Square.__index = Square
function Square.new(s) local o = Rect.new(s, s); o.kind = "square"; return setmetatable(o, Square) end
local shapes = {Circle.new(1), Rect.new(2, 3), Square.new(4), Circle.new(0.5)}
for _, s in ipairs(shapes) do print(s:describe()) end
table.sort(shapes, function(a, b) return a:area() < b:area() end)
for _, s in ipairs(shapes) do io.write(s.kind, " ") end print()
local total = 0
for _, s in ipairs(shapes) do total = total + s:area() end
print(string.format("total %.4f", total))
print(pcall(Shape.describe, Shape.new("abstract")))
