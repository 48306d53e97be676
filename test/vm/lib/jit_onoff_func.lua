-- jit.on/off/flush with a function (and children flag): accepted forms; nothing to print but success.
jit.off()
local function outer(a)
  local function mid()
    return function() return a end
  end
  return mid
end
local function leaf() return 1 end
local forms = {
  {outer}, {outer, true}, {outer, false}, {outer, nil}, {outer, 0}, {outer, "x"}, {outer, {}},
  {leaf}, {leaf, true}, {leaf, false}, {outer(1)}, {outer(1)()}, {outer(1), true},
}
for i, args in ipairs(forms) do
  local n = #args
  if args[2] == nil then n = 1 end
  print(i, "on", select("#", jit.on(unpack(args, 1, n))), pcall(jit.on, unpack(args, 1, n)))
  print(i, "off", select("#", jit.off(unpack(args, 1, n))), pcall(jit.off, unpack(args, 1, n)))
  print(i, "flush", select("#", jit.flush(unpack(args, 1, n))), pcall(jit.flush, unpack(args, 1, n)))
end
-- The function still runs as before.
print(outer(5)()(), leaf())
-- A vararg function, a function with upvalues only, the running chunk's own functions.
local function va(...) return select("#", ...) end
jit.off(va, true) jit.on(va) jit.flush(va, false)
print(va(1, 2, 3))
print(pcall(jit.off, print))
print((jit.status()))
