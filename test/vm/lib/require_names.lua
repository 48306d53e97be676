-- Module names: how each kind of name is looked up in preload, mapped to files and shown in messages.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local names = { "plain", "a.b", "a.b.c", ".", "..", "a.", ".a", "-", "a-b", "luaopen_x", "?", "a?b", " ",
  "UPPER", "with/slash", "back\\slash", "semi;colon", "\1ctl", "\200high", "tab\tname" }
for _, name in ipairs(names) do
  local ok, err = pcall(require, name)
  print(ok, (err:gsub("\n", " | ")))
end
-- preload keys are the names as given
for _, name in ipairs(names) do
  package.preload[name] = function(n) return "[" .. n .. "]" end
end
local got = {}
for _, name in ipairs(names) do got[#got + 1] = require(name) end
print(table.concat(got, " "))
-- a long name
local long = string.rep("n", 200)
local ok, err = pcall(require, long)
print(ok, #err)
package.preload[long] = function(n) return #n end
print(require(long))
-- names that are numbers in different forms
package.preload["1e+20"] = function(n) return n end
package.preload["-0"] = function(n) return n end
package.preload["0.1"] = function(n) return n end
print(require(1e20), require(-0), require(0.1))
print(pcall(require, 1/0))
print(pcall(require, 0/0))
