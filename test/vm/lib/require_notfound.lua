-- The "module 'x' not found:" message: one line per loader, in package.loaders order.
package.path = "/nonexistent/?.lua;/nonexistent/?/init.lua"
package.cpath = "/nonexistent/?.so;/nonexistent/loadall.so"
print(pcall(require, "nope"))
-- dotted names: '.' becomes '/' in file names; the all-in-one C loader tries the root
print(pcall(require, "a.b"))
print(pcall(require, "a.b.c"))
print(pcall(require, ".lead"))
print(pcall(require, "trail."))
print(pcall(require, "a..b"))
-- '-' and other characters are kept as they are
print(pcall(require, "x-y"))
print(pcall(require, "mod-v2.sub"))
print(pcall(require, "q?mark"))
print(pcall(require, ""))
-- templates with several marks, and without a mark
package.path = "/nonexistent/?/?.lua;/nonexistent/fixed.lua"
package.cpath = ""
print(pcall(require, "m"))
-- empty templates are skipped
package.path = ";;/nonexistent/?.lua;;"
package.cpath = ";"
print(pcall(require, "m"))
-- no templates at all
package.path = ""
print(pcall(require, "m"))
-- a number path is used as its string
package.path = 5
print(pcall(require, "m"))
-- the position of the caller prefixes the message
package.path = "/nonexistent/?.lua"
package.cpath = "/nonexistent/?.so"
local ok, err = pcall(function() local m = require("deep.name") return m end)
print(ok, err)
-- NUL ends the name
print(pcall(require, "nul\0rest"))
