-- package.loadlib(path, funcname): loading C libraries, and its failures.
print(package.loadlib("/nonexistent/lib.so", "luaopen_lib"))
print(package.loadlib("/nonexistent/lib.so", "*"))
print(package.loadlib("/nonexistent/dir/", "f"))
print(package.loadlib("nonexistent_bare_name.so", "f"))
-- files that are not shared objects
print(package.loadlib("/dev/null", "f"))
print(package.loadlib("/dev/null", "*"))
print(package.loadlib("/", "f"))
print(package.loadlib("/nonexistent/" .. string.rep("x", 5000), "f"))
-- just under the limit the file is looked for (the message is printed by its length)
local a, msg, where = package.loadlib("/nonexistent/" .. string.rep("x", 4082), "f")
print(a, #msg, msg:sub(-40), where)
print(package.loadlib("/nonexistent/" .. string.rep("x", 4083), "f"))
-- numbers are strings; a NUL ends the path
print(package.loadlib(12, 34))
print(package.loadlib("/nonexistent/a\0b", "f"))
print(select('#', package.loadlib("/nonexistent/lib.so", "f")))
-- argument errors
print(pcall(package.loadlib))
print(pcall(package.loadlib, "/nonexistent/x.so"))
print(pcall(package.loadlib, nil, "f"))
print(pcall(package.loadlib, {}, {}))
print(pcall(package.loadlib, "/nonexistent/x.so", true))
print(pcall(function() package.loadlib("/nonexistent/x.so") end))
-- the C loaders report the same failures for files found through package.cpath
package.path = "/nonexistent/?.lua"
package.cpath = "/dev/?"
print(pcall(require, "null"))
print(pcall(require, "null.sub"))
package.cpath = "/?"
print(pcall(require, "dev"))
print(pcall(require, "dev.sub"))
package.cpath = "/nonexistent/?.so"
print(pcall(require, "dev.sub"))
