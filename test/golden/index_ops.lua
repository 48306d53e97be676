local t = {a = {b = {c = 1}}}
print(t.a.b.c)
local k = "a"
print(t[k].b["c"])
t.x = 1
t["y"] = 2
t[1] = 3
t[255] = 4
t[256] = 5
t[-1] = 6
t[1.5] = 7
t[k] = t[k]
t.a.b.c = t.a.b.c + 1
local i = 2
t[i] = t[i + 1]
t[i + 1] = i
print(t[0], t[255], t[256], t[true])
