local t = {1, 2, 3, [10] = 10, x = "x", ["y z"] = "yz"}
print(t[1], t[2], t[3], t[10], t.x, t["y z"])
local u = {[1] = "a", "b"}
print(u[1])
local v = {"first"; "second", third = 3; }
print(v[1], v[2], v.third)
local n = {nil, nil, 3}
print(n[3])
local nested = {{1, 2}, {3, {4, 5}}, k = {v = {w = "deep"}}}
print(nested[2][2][2], nested.k.v.w)
local function f() return 1, 2, 3 end
local m = {f(), f()}
print(#m, m[4])
local m2 = {f(), f(), 10}
print(#m2, m2[3])
local m3 = {(f())}
print(#m3)
local e = {}
print(next(e) == nil, #e)
local keys = {[true] = "T", [false] = "F", [1.5] = "f", [-1] = "neg"}
print(keys[true], keys[false], keys[1.5], keys[-1])
local big = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53}
print(#big, big[53])
local self_ref = {}
self_ref.me = self_ref
print(self_ref.me.me.me == self_ref)
