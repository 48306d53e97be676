-- os.exit(false) and os.exit(n): the run ends with that status and the output so far.
print("before")
io.write("no newline")
local co = coroutine.wrap(function() os.exit(7) end)
co()
print("not reached")
