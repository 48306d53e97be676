local function cons(h, t) return {head = h, tail = t} end
local function fromtable(t) local l = nil for i = #t, 1, -1 do l = cons(t[i], l) end return l end
local function totable(l) local t = {} while l do t[#t + 1] = l.head; l = l.tail end return t end
local function map(f, l) if not l then return nil end return cons(f(l.head), map(f, l.tail)) end
local function filter(p, l) if not l then return nil end if p(l.head) then return cons(l.head, filter(p, l.tail)) end return filter(p, l.tail) end
local function foldl(f, acc, l) while l do acc = f(acc, l.head); l = l.tail end return acc end
local function reverse(l) local r = nil while l do r = cons(l.head, r); l = l.tail end return r end
local l = fromtable({1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
print(table.concat(totable(l), ","))
print(table.concat(totable(map(function(x) return x * x end, l)), ","))
print(table.concat(totable(filter(function(x) return x % 3 == 0 end, l)), ","))
print(foldl(function(a, b) return a + b end, 0, l), foldl(function(a, b) return a * b end, 1, l))
print(table.concat(totable(reverse(l)), ","))
local long = nil
for i = 1, 10000 do long = cons(i, long) end
print(foldl(function(a, b) return a + b end, 0, long))
