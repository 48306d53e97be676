local nodes = {}
for i = 1, 1000 do nodes[i] = {id = i} end
for i = 1, 1000 do nodes[i].next = nodes[i % 1000 + 1]; nodes[i].prev = nodes[(i - 2) % 1000 + 1] end
local n, cur = 0, nodes[1]
repeat n = n + 1; cur = cur.next until cur == nodes[1]
print("ring size", n)
local back, c2 = 0, nodes[1]
repeat back = back + c2.id; c2 = c2.prev until c2 == nodes[1]
print("sum ids", back)
nodes = nil
collectgarbage()
local t = {}
t.t = t
t[t] = t
print(t.t.t == t, t[t][t] == t)
collectgarbage()
print("done")
