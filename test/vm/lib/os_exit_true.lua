-- os.exit(true): output so far is kept (flushed), nothing after it runs.
print("before")
io.write("no newline yet")
local n = os.tmpname()
local f = io.open(n, "w")
os.remove(n)
f:write("buffered")
os.exit(true)
print("not reached")
