-- Custom package.loaders: how require collects their messages and picks the loader.
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local std = package.loaders
print(#std, type(std[1]), type(std[2]), type(std[3]), type(std[4]))

-- strings and numbers returned by loaders are appended to the message; other values are ignored
package.loaders = {
  function(name) return "\n\tfirst " .. name end,
  function(name) return 12 end,
  function(name) return 0.25 end,
  function(name) return {} end,
  function(name) return true end,
  function(name) return nil end,
  function(name) end,
  function(name) return "" end,
  function(name) return "\n\tlast" end,
}
print(pcall(require, "x"))

-- the first loader returning a function wins; require calls it with the name only
local seen = {}
package.loaders = {
  function(name) seen[#seen + 1] = "l1:" .. name return "\n\tskip" end,
  function(name, extra) seen[#seen + 1] = "l2:" .. name .. ":" .. tostring(extra)
    return function(...) seen[#seen + 1] = "run:" .. select('#', ...) .. ":" .. (...) return "loaded " .. ... end end,
  function(name) seen[#seen + 1] = "l3" end,
}
print(require("y"))
print(table.concat(seen, " "))

-- a message with a NUL stops there in the final text
package.loaders = { function() return "\n\tbefore\0after" end, function() return "\n\tnext" end }
print(pcall(require, "z"))

-- loaders are read with rawgeti: holes end the list, __index is not used
package.loaders = { function() return "\n\tone" end, nil, function() return "\n\tthree" end }
print(pcall(require, "h"))
package.loaders = setmetatable({}, { __index = function() return function() return function() return "meta" end end end })
print(pcall(require, "h2"))

-- loaders changed while require runs: the table being walked is the one read at the start
package.loaders = {
  function(name) package.loaders = {} return "\n\treplaced" end,
  function(name) return "\n\tstill walking" end,
}
print(pcall(require, "w"))
local t
t = {
  function(name) t[2] = nil return "\n\tcut" end,
  function(name) return "\n\tremoved" end,
}
package.loaders = t
print(pcall(require, "w2"))

-- package.loaders is read from the package table require was made with
package.loaders = std
local pkg = package
package = { loaders = {}, preload = {} }
package.preload.p = function() return "not used" end
print(pcall(require, "p"))
package = pkg

-- the standard loaders called directly
print(std[1]("direct"))
print(std[2]("direct.sub"))
print(std[3]("direct.sub"))
print(std[4]("direct.sub"))
print(select('#', std[4]("noroot")))
package.preload.direct = function() return "preloaded" end
print(type(std[1]("direct")), std[1]("direct")())
print(pcall(std[1]))
print(pcall(std[2], nil))
print(pcall(std[3], {}))
print(pcall(std[4], false))
print(std[1](5))
