-- tracefuzz persistent driver for luajit / lua5.1: runs each program read from stdin in a fresh
-- environment with its output captured, survives its errors, and flushes the JIT between programs.
-- Protocol (oracles/driver.ts): in  "<len>\n<len bytes of Lua source>"
--                               out "TFZ <status> <outlen> <errlen>\n<out bytes><err bytes>"
local G = _G
local stdin, stdout = io.stdin, io.stdout
local pairs, ipairs, type, tostring, select, rawget = pairs, ipairs, type, tostring, select, rawget
local loadstring, setfenv, xpcall, getmetatable = loadstring, setfenv, xpcall, getmetatable
local concat, format = table.concat, string.format
local jit = rawget(G, "jit")
local LIBS = { "string", "table", "math", "io", "os", "coroutine", "debug", "bit", "jit", "package" }
local GC_EVERY = 64  -- full collections now and then keep the heap (and GC pauses) small

-- A copy of the globals with private library tables and print / io.write writing into buf.
local function fresh_env(buf)
  local env = {}
  for k, v in pairs(G) do env[k] = v end
  for _, name in ipairs(LIBS) do
    local lib = rawget(G, name)
    if type(lib) == "table" then
      local c = {}
      for k, v in pairs(lib) do c[k] = v end
      env[name] = c
    end
  end
  env._G = env
  env.arg = nil
  env.print = function(...)
    local n = select("#", ...)
    local ts = env.tostring
    for i = 1, n do
      local s = ts((select(i, ...)))
      if type(s) ~= "string" then error("'tostring' must return a string to 'print'") end
      if i > 1 then buf[#buf + 1] = "\t" end
      buf[#buf + 1] = s
    end
    buf[#buf + 1] = "\n"
  end
  env.io.write = function(...)
    for i = 1, select("#", ...) do
      local v = select(i, ...)
      local t = type(v)
      if t == "number" then buf[#buf + 1] = format("%.14g", v)
      elseif t == "string" then buf[#buf + 1] = v
      else error(format("bad argument #%d to 'write' (string expected, got %s)", i, t), 2) end
    end
    return env.io
  end
  return env
end

-- The message luajit.c prints after "luajit: " for an uncaught error value.
local function message(e)
  local t = type(e)
  if t == "string" or t == "number" then return tostring(e) end
  if e == nil then return "" end
  local mt = getmetatable(e)
  if type(mt) == "table" and mt.__tostring then
    local s = tostring(e)
    if type(s) == "string" or type(s) == "number" then return tostring(s) end
  end
  return "(error object is not a string)"
end

local function reply(status, out, err)
  stdout:write("TFZ ", status, " ", #out, " ", #err, "\n", out, err)
  stdout:flush()
end

local count = 0
while true do
  local header = stdin:read("*l")
  if not header then break end
  local len = tonumber(header)
  local src = len and stdin:read(len) or ""
  local buf = {}
  local fn, perr = loadstring(src, "@prog.lua")
  if not fn then
    reply("error", "", perr)
  else
    setfenv(fn, fresh_env(buf))
    local ok, err = xpcall(fn, message)
    reply(ok and "ok" or "error", concat(buf), ok and "" or err)
  end
  if jit and jit.flush then jit.flush() end
  count = count + 1
  if count % GC_EVERY == 0 then collectgarbage("collect") end
end
