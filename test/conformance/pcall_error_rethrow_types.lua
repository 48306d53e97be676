local function try(f, ...)
  local r = {pcall(f, ...)}
  if r[1] then return "ok", select(2, unpack(r)) end
  local e = r[2]
  return "err", type(e), type(e) == "table" and (e.msg or "table") or tostring(e)
end
print(try(function() return 1, 2 end))
print(try(error, "s"))
print(try(error, {msg = "tbl"}))
print(try(error, 5))
print(try(error, false))
print(try(function() local x = nil; return x() end))
print(try(function() error(setmetatable({}, {__tostring = function() return "TS" end})) end))
print(try(try, error, "nested"))
