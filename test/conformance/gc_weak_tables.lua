local weak = setmetatable({}, {__mode = "k"})
local keep = {}
local function fill()
  for i = 1, 10 do
    local k = {}
    weak[k] = i
    if i % 2 == 0 then keep[#keep + 1] = k end
  end
end
fill()
collectgarbage()
collectgarbage()
local n = 0
for k, v in pairs(weak) do n = n + 1 end
print("weak keys after collect", n)
local wv = setmetatable({}, {__mode = "v"})
wv[1] = {}
wv[2] = keep[1]
wv[3] = "strings are not collected"
wv[4] = 42
collectgarbage()
collectgarbage()
print(wv[1], wv[2] == keep[1], wv[3], wv[4])
print(getmetatable(weak).__mode, getmetatable(wv).__mode)
local strong = {}
strong[{}] = 1
collectgarbage()
local c = 0
for _ in pairs(strong) do c = c + 1 end
print("strong kept", c)
