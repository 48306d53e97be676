-- Loading bytecode dumps: truncated, padded and altered dumps, header checks, chunk names in errors.
local function try(s, name)
  local f, e = loadstring(s, name)
  if f then return "ok" end
  return e
end
local function f(a)
  local t = {1, 2, x = 3}
  return a + 1.5, "str", t, function() return a end
end
local d = string.dump(f)
local ds = string.dump(f, true)

-- Every prefix of a dump: which ones load, and the message for the rest. (Below 14 bytes LuaJIT's
-- header check reads past the input, so those are left out.)
for _, dump in ipairs({d, ds}) do
  local counts, order = {}, {}
  for i = 14, #dump do
    local r = try(dump:sub(1, i))
    if not counts[r] then counts[r] = {}; order[#order + 1] = r end
    local c = counts[r]
    c[#c + 1] = i
  end
  for _, r in ipairs(order) do
    local c = counts[r]
    print(#dump, r, #c, c[1], c[#c])
  end
end

-- Trailing bytes, a missing end marker, a doubled dump.
print(try(d .. "x"))
print(try(d .. "\0"))
print(try(d:sub(1, -2)))
print(try(d .. d))
print(try(ds .. ds:sub(6)))

-- A wrong prototype length: too long runs into the next one, too short ends inside it.
local plen = ds:byte(6)
print(try(ds:sub(1, 5) .. string.char(plen + 1) .. ds:sub(7)))
print(try(ds:sub(1, 5) .. string.char(plen - 1) .. ds:sub(7)))
print(try(ds:sub(1, 5) .. "\0" .. ds:sub(7)))
print(try(ds:sub(1, 5) .. "\128\0" .. ds:sub(7)))

-- Header checks: signature, version, flags. (Padded: LuaJIT reads the first 14 bytes unchecked.)
local pad = ("\0"):rep(16)
print(try("\27" .. pad))
print(try("\27L" .. pad))
print(try("\27LJ" .. pad))
print(try("\27Lua" .. pad))
print(try("\27LJ\1\8" .. pad))
print(try("\27LJ\3\8" .. pad))
print(try("\27LJ\2" .. pad))
print(try("\27LJ\2\2" .. pad))
print(try("\27LJ\2\16" .. pad))
print(try("\27LJ\2\24" .. pad))
print(try("\27LJ\2\8" .. pad))
print(try("\27LJ\2\10" .. pad))
print(try("\27LJ\2\10\0"))
print(try("\27LJ\2\8\0\0" .. pad))
print(try("\27LJ\2\8\0\0"))
print(try("\27LJ\2\136\0" .. d:sub(6)))
print(try("\27LJ\2" .. string.char(ds:byte(5) - 8) .. ds:sub(6)))
print(try("\27LJ\2" .. string.char(ds:byte(5) + 16) .. ds:sub(6)))
print(try("\27LJ\2" .. string.char(ds:byte(5) + 4) .. ds:sub(6)) == "ok")

-- Bytecode after a BOM or a "#" line is refused, without a chunk name.
print(try("\239\187\191" .. d))
print(try("#!/usr/bin/luajit\n" .. d))
print(try("#!/usr/bin/luajit\r\n" .. d, "=named"))
print(try("#\n" .. d))
print(try("#", "=x"))
print(try(" " .. d))

-- Chunk names in load errors: the name argument as given, "@" and "=" dropped, (binary) for a dump.
local bad = d:sub(1, 20)
for _, name in ipairs({"=stdin", "@file.lua", "@", "=", "plain name", "", "a\0b", "\27dump", "long " .. ("n"):rep(100)}) do
  print(try(bad, name))
end
print(try(bad))
print(try(bad, nil))

-- Names of functions from stripped dumps come from the load name.
local function err() local x = nil return x.y end
local se = string.dump(err, true)
for _, name in ipairs({"=stdin", "@file.lua", "chunk", "a\0b"}) do
  print(pcall(loadstring(se, name)))
end
print(pcall(loadstring(se)))

-- load() with a reader function gives the dump in pieces.
local pos = 0
local fl = load(function()
  pos = pos + 3
  if pos - 3 >= #d then return nil end
  return d:sub(pos - 2, pos)
end)
print("pieces", fl and select(2, fl(1)) or fl)
print(type(load(function() return nil end)))

-- Functions loaded from dumps run as the originals do.
local g = loadstring(d)
local r1, r2, r3, r4 = g(2)
print(r1, r2, r3[1], r3[2], r3.x, r4())
local gs = loadstring(ds)
r1, r2, r3, r4 = gs(2)
print(r1, r2, r3[1], r3[2], r3.x, r4())
