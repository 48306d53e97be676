local people = {
  {name = "ann", age = 31}, {name = "bob", age = 25}, {name = "cid", age = 31},
  {name = "dan", age = 19}, {name = "eve", age = 25}, {name = "fay", age = 40},
}
table.sort(people, function(a, b) if a.age ~= b.age then return a.age < b.age end return a.name < b.name end)
for _, p in ipairs(people) do io.write(p.name, ":", p.age, " ") end print()
table.sort(people, function(a, b) return a.name > b.name end)
for _, p in ipairs(people) do io.write(p.name, " ") end print()
local idx = {}
for i = 1, #people do idx[i] = i end
table.sort(idx, function(a, b) return people[a].age * 100 + a < people[b].age * 100 + b end)
print(table.concat(idx, ","))
local words = {}
for w in ("zeta alpha Beta gamma Alpha delta"):gmatch("%a+") do words[#words + 1] = w end
table.sort(words, function(a, b) return a:lower() < b:lower() or (a:lower() == b:lower() and a < b) end)
print(table.concat(words, " "))
