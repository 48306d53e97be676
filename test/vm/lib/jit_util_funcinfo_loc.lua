-- funcinfo's source and loc for chunk names of every kind.
jit.off()
local u = require("jit.util")
local names = {"=stdin", "=", "=(load)", "@file.lua", "@dir/file.lua", "@/abs/dir/f.lua", "@/f", "@a\\b\\c.lua",
               "@mixed/a\\b", "@dir/", "@", "@@x", "plain", "", "return 1", "line1\nline2",
               "\"quoted\"", string.rep("x", 40), "=" .. string.rep("y", 39), "@" .. string.rep("z", 60)}
for _, name in ipairs(names) do
  local f = loadstring("\nreturn function()\nend", name)
  local i, j = u.funcinfo(f), u.funcinfo(f())
  print(("%q"):format(name), ("%q"):format(i.source), ("%q"):format(i.loc), ("%q"):format(j.loc))
end
-- Names longer than 40 characters (not '@' ones) show the prototype's address.
for _, name in ipairs{string.rep("x", 41), "=" .. string.rep("y", 40), string.rep("w", 100), "=" .. string.rep("y", 60)} do
  local f = loadstring("return 1", name)
  local loc = u.funcinfo(f).loc
  print(#name, loc:match("^0x%x+:0$") ~= nil, u.funcinfo(f).source == name)
end
