-- The Lua file loader on files every Linux system has: /dev/null (an empty chunk) and directories.
package.cpath = "/nonexistent/?.so"
package.path = "/dev/?"
print(require("null"), package.loaded.null)
print(require("null"))
-- a directory is "found" but cannot be read
package.path = "/?"
print(pcall(require, "dev"))
print(pcall(require, "dev"))
print(pcall(require, ""))
-- the error names the module as given and the file as found
package.path = "/nonexistent/?.lua;/?"
print(pcall(require, "usr.bin"))
print(pcall(function() require("dev") end))
-- /dev/null through a dotted name and a different template
package.path = "/nonexistent/?;/?/null"
print(require("dev"))
package.loaded.dev = nil
package.path = "/?"
print(pcall(require, "dev.null"))
print(package.loaded["dev.null"])
-- the loader itself
print(package.loaders[2]("null"))
package.path = "/dev/?"
print(type(package.loaders[2]("null")))
print(select('#', package.loaders[2]("null")()))
print(package.loaders[2]("none"))
