-- caught: a coroutine's resumer kept stale stack slots across collections (resumer not marked dirty after resume) and ipairs_aux was collectable: interp crashed (crash-76afded3)
local H = 0
local function chk(v)
end
local MT = {}
local function V(x)
  return setmetatable({v = x}, MT)
end
MT.__call = function(self, x)
end
local o1 = V(string.len("z\255"))
for i3 = 106, 1, -1 do
  if i3 > 39 then
    local co4
    co4 = coroutine.create(function(x)
      local ic = coroutine.create(function()
        return "inner done"
      end)
      local p, q = coroutine.resume(ic)
      coroutine.yield(q, coroutine.status(co4))
      local p2, q2 = coroutine.resume(ic)
      return p2, type(q2), coroutine.status(ic)
    end)
    local r5, r6, r7 = coroutine.resume(co4)
    chk(r5)
    chk(r6)
    chk(r7)
    local r5, r6, r7 = coroutine.resume(co4)
    chk(r5)
    chk(r6)
    chk(r7)
    chk(coroutine.status(co4))
    local n9 = o1(1)
  else
    local function va10(...)
      return select("#", ...), (a or 0) + (b or 0), ...
    end
    chk(select("#", unpack({va10(string.len("s"), 7, string.find(" 3 ", ")[", 2, true) or 0)})))
    chk((va10(string.len("s"), 7, string.find(" 3 ", ")[", 2, true) or 0)))
  end
  local ok13, e14 = pcall(function()
    local function fn16(x)
      if type(math.min(x, 4) + 0) == "number" then
      end
      local s18, c19 = string.gsub("x[1][2]", "(.)%1", {hello = "HI", a = 1, o = false, l = "L", key = (string.gsub("a", "o", "[%1]")), x = 2, [2] = "two"})
      chk(s18)
      chk(c19)
      return 8 / 4
    end
    if o1 < o2 then
    end
    return rec15.b
  end)
  chk(ok13)
  chk(e14)
end
local arr20 = {string.len("s"), 78, 70, tonumber(" 3 ") or 0}
for j28, v29 in ipairs(arr20) do
  local function va30(...)
    return select("#", ...), (a or 0) + (b or 0), ...
  end
  local r31, r32 = va30(-8)
  chk(r31)
  chk(r32)
  if true then
  else
  end
  chk(v29)
end
