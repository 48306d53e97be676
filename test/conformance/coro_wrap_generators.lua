local function gen(n)
  return coroutine.wrap(function()
    for i = 1, n do coroutine.yield(i) end
    return "finished"
  end)
end
local g = gen(3)
print(g(), g(), g(), g())
print(pcall(g))
local function fibgen()
  return coroutine.wrap(function()
    local a, b = 0, 1
    while true do coroutine.yield(a); a, b = b, a + b end
  end)
end
local f = fibgen()
local t = {}
for i = 1, 15 do t[i] = f() end
print(table.concat(t, " "))
local function iter_tree(tree)
  return coroutine.wrap(function()
    local function walk(node) if type(node) == "table" then for _, c in ipairs(node) do walk(c) end else coroutine.yield(node) end end
    walk(tree)
  end)
end
local leaves = {}
for leaf in iter_tree({1, {2, 3, {4, {5}}}, {{6}}, 7}) do leaves[#leaves + 1] = leaf end
print(table.concat(leaves, ","))
local echo = coroutine.wrap(function(...) local args = {...} while true do args = {coroutine.yield(unpack(args))} end end)
print(echo(1, 2), echo("a"), echo())
