local Stack = {}
Stack.__index = Stack
function Stack.new() return setmetatable({n = 0}, Stack) end
function Stack:push(v) self.n = self.n + 1; self[self.n] = v end
function Stack:pop() local v = self[self.n]; self[self.n] = nil; self.n = self.n - 1; return v end
function Stack:empty() return self.n == 0 end
local s = Stack.new()
for i = 1, 5 do s:push(i * i) end
local out = {}
while not s:empty() do out[#out + 1] = s:pop() end
print(table.concat(out, " "))
local Queue = {}
Queue.__index = Queue
function Queue.new() return setmetatable({first = 1, last = 0}, Queue) end
function Queue:push(v) self.last = self.last + 1; self[self.last] = v end
function Queue:pop()
  if self.first > self.last then return nil end
  local v = self[self.first]; self[self.first] = nil; self.first = self.first + 1; return v
end
local q = Queue.new()
for i = 1, 3 do q:push("job" .. i) end
print(q:pop(), q:pop())
q:push("job4")
print(q:pop(), q:pop(), q:pop())
local function balanced(str)
  local st = Stack.new()
  local pairs_ = {[")"] = "(", ["]"] = "[", ["}"] = "{"}
  for ch in str:gmatch(".") do
    if ch == "(" or ch == "[" or ch == "{" then st:push(ch)
    elseif pairs_[ch] then if st:pop() ~= pairs_[ch] then return false end end
  end
  return st:empty()
end
print(balanced("([]{})"), balanced("([)]"), balanced("(("), balanced(""))
