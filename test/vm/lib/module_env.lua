-- module() changes the environment of its caller only: functions made later see the module table.
local G, getfenv, pcall, module = _G, getfenv, pcall, module
local function f()
  module("env_a")
  function defined_in_a() return "a" end
  local function getenv() return getfenv(1) end
  return getenv
end
local getenv = f()
print(getenv() == _G, getfenv(f) == env_a, env_a.defined_in_a(), defined_in_a)
-- closures created before module() keep their environment
local function g()
  local before = function() return x_val end
  module("env_b", package.seeall)
  x_val = "module x"
  local after = function() return x_val end
  return before, after
end
x_val = "global x"
local before, after = g()
print(before(), after())
-- calling module twice in one function: the second wins
local function h()
  module("env_c")
  module("env_d")
end
local ok, err = pcall(h)
print(ok, err)
local function h2()
  module("env_c")
  module("env_d")
end
h2()
print(getfenv(h2) == env_d, env_c._NAME, env_d._NAME)
-- a nested function calling module changes only itself
local function outer()
  local function inner() module("env_e") end
  inner()
  return getfenv(1) == G, getfenv(inner) == env_e
end
print(outer())
-- a tail call leaves module without a Lua caller: it fails after making the table
local function via_helper() return module("env_f") end
print(pcall(via_helper))
print(getfenv(via_helper) == env_f, getfenv(1) == G)
-- module's environment persists for later calls of the same function
local function counter()
  module("env_g", package.seeall)
  count = (count or 0) + 1
  return count
end
print(counter(), counter(), env_g.count, count)
