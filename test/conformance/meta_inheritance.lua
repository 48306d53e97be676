local Animal = {}
Animal.__index = Animal
function Animal.new(name, sound)
  local self = setmetatable({}, Animal)
  self.name, self.sound = name, sound
  return self
end
function Animal:speak() return self.name .. " says " .. self.sound end
function Animal:kind() return "animal" end
local Dog = setmetatable({}, {__index = Animal})
Dog.__index = Dog
function Dog.new(name)
  local self = Animal.new(name, "woof")
  return setmetatable(self, Dog)
end
function Dog:kind() return "dog" end
function Dog:fetch() return self.name .. " fetches" end
local a = Animal.new("cat", "meow")
local d = Dog.new("rex")
print(a:speak(), a:kind())
print(d:speak(), d:kind(), d:fetch())
print(getmetatable(d) == Dog, getmetatable(a) == Animal)
print(rawget(Dog, "speak"), Dog.speak == Animal.speak)
local function isinstance(o, cls)
  local m = getmetatable(o)
  while m do
    if m == cls then return true end
    local mm = getmetatable(m)
    m = mm and mm.__index
  end
  return false
end
print(isinstance(d, Animal), isinstance(a, Dog), isinstance(d, Dog))
