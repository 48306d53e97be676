-- require with modules from package.preload: arguments, results, what package.loaded keeps.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"

package.preload.simple = function(...)
  print("loading simple", select('#', ...), ...)
  return { answer = 42 }
end
local m = require("simple")
print(type(m), m.answer, package.loaded.simple == m)
print(require("simple") == m)          -- loaded once
print(select('#', require("simple")))  -- one result

-- no result: package.loaded gets true
package.preload.noresult = function() end
print(require("noresult"), package.loaded.noresult)

-- nil result
package.preload.nilresult = function() return nil end
print(require("nilresult"), package.loaded.nilresult)

-- several results: only the first is kept
package.preload.multi = function() return "first", "second" end
print(require("multi"))
print(package.loaded.multi)

-- false: stored, and require returns it each time (false counts as "not loaded" and reloads)
local count = 0
package.preload.falsy = function() count = count + 1 return false end
print(require("falsy"), package.loaded.falsy, count)
print(require("falsy"), count)

-- numbers, strings, functions as results
package.preload.num = function() return 1.5 end
package.preload.str = function(name) return "module " .. name end
package.preload.fn = function() return function(x) return x * 2 end end
print(require("num"), require("str"), require("fn")(21))

-- the module sets package.loaded itself
package.preload.selfset = function(name) package.loaded[name] = "set inside" end
print(require("selfset"))
package.preload.selfset2 = function(name) package.loaded[name] = "set inside" return "returned" end
print(require("selfset2"), package.loaded.selfset2)
package.preload.selfclear = function(name) package.loaded[name] = nil end
print(require("selfclear"), package.loaded.selfclear)

-- package.loaded wins over package.preload
package.loaded.already = "from loaded"
package.preload.already = function() return "from preload" end
print(require("already"))

-- preload entries are looked up with the name as given
package.preload["a.b.c"] = function(name) return "dotted " .. name end
print(require("a.b.c"), package.loaded["a.b.c"])
package.preload[""] = function(name) return "empty name [" .. name .. "]" end
print(require(""))
package.preload["with space"] = function(name) return name end
print(require("with space"))

-- a number as the name is converted to a string
package.preload["7"] = function(name) return type(name) .. ":" .. name end
print(require(7), package.loaded["7"], package.loaded[7])
package.preload["0.5"] = function(name) return name end
print(require(0.5))

-- a callable table as preload entry is not a function: require skips it
package.preload.callable = setmetatable({}, { __call = function() return "called" end })
print(pcall(require, "callable"))

-- the preload table is read through __index
setmetatable(package.preload, { __index = function(t, k) return function() return "meta:" .. k end end })
print(require("via_meta"))
setmetatable(package.preload, nil)

-- removing a preload entry does not unload the module
package.preload.simple = nil
print(require("simple") == m)
