-- A "trace" handler hears jit.flush() of the whole cache (even with the JIT off); flushing one
-- trace or one function sends nothing. Handlers run with events off; their errors are dropped.
jit.off()
local log = {}
local function h(...) log[#log + 1] = select("#", ...) .. ":" .. table.concat({...}, ",") end
local function show(what) print(what, #log, table.concat(log, " ")) log = {} end
jit.attach(h, "trace")
jit.flush() show("flush")
jit.flush(nil) show("flush nil")
jit.flush(1) show("flush 1")
jit.flush(h) show("flush func")
jit.flush(h, true) show("flush func true")
jit.on() jit.flush() jit.off() show("flush with jit on")
jit.off() jit.on() jit.off() show("on/off")
jit.opt.start("hotloop=56") show("opt")
-- Attaching again replaces the handler of that event.
local function h2(...) log[#log + 1] = "h2:" .. table.concat({...}, ",") end
jit.attach(h2, "trace")
jit.flush() show("replaced")
-- The same function for another event does not detach it from "trace".
jit.attach(h2, "record")
jit.flush() show("h2 also on record")
-- Detach: every event that has h2.
jit.attach(h2)
jit.flush() show("detached")
-- A handler that flushes again: no nested event.
jit.attach(function(what) log[#log + 1] = what jit.flush() log[#log + 1] = "after" end, "trace")
jit.flush() show("nested")
-- A handler that fails: the error does not reach the caller, later events still arrive.
jit.attach(function(what) log[#log + 1] = what error("boom") end, "trace")
print(pcall(jit.flush)) show("failing handler")
jit.flush() show("again")
-- A handler attached inside a handler.
jit.attach(function() log[#log + 1] = "outer" jit.attach(function() log[#log + 1] = "inner" end, "trace") end, "trace")
jit.flush() show("attach inside")
jit.flush() show("inner now")
-- Only functions are handlers: detach with any function, and the event goes quiet.
jit.attach(print)
jit.attach(h, "trace")
jit.attach(h)
jit.flush() show("quiet")
