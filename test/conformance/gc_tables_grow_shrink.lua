local t = {}
for i = 1, 10000 do t[i] = i end
print(#t)
for i = 10000, 1, -1 do t[i] = nil end
print(#t, next(t))
for i = 1, 1000 do t["k" .. i] = i end
local n = 0
for _ in pairs(t) do n = n + 1 end
print(n)
for i = 1, 1000 do t["k" .. i] = nil end
print(next(t))
collectgarbage()
local h = {}
for i = 1, 100 do h[i * 1000] = i end
local s = 0
for k, v in pairs(h) do s = s + k / v end
print(s)
local mix = {}
for i = 1, 500 do mix[i] = i; mix[-i] = -i; mix[i + 0.5] = i end
local c = 0
for _ in pairs(mix) do c = c + 1 end
print(c, #mix)
