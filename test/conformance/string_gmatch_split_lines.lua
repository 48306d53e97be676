local text = "first line\nsecond line\r\nthird\n\nfifth"
local n = 0
for line in (text .. "\n"):gmatch("(.-)\r?\n") do n = n + 1 print(n, "[" .. line .. "]", #line) end
local words = 0
for w in text:gmatch("%S+") do words = words + 1 end
print("words", words)
local lens = {}
for l in text:gmatch("[^\n]+") do lens[#lens + 1] = #l end
print(table.concat(lens, ","))
local count = select(2, text:gsub("\n", "\n"))
print("newlines", count)
