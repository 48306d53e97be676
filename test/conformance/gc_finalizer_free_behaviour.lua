local weak = setmetatable({}, {__mode = "v"})
local function make() local o = {payload = ("x"):rep(100)} weak[1] = o return #o.payload end
print(make())
collectgarbage()
collectgarbage()
print("weak value after full gc", weak[1] == nil)
local kept = {payload = 1}
weak[2] = kept
collectgarbage()
print("kept alive", weak[2] == kept)
local wk = setmetatable({}, {__mode = "kv"})
wk[kept] = kept
wk[1] = "string values stay"
collectgarbage()
print(wk[kept] == kept, wk[1])
