print(("hello"):find("^h"), ("hello"):find("^e"), ("hello"):find("o$"), ("hello"):find("l$"))
print(("a^b"):find("a^b"), ("a$b"):find("a$b"), ("^"):find("^^"))
print(("THE (quick) fox"):find("%f[%a]%a+%f[%A]"))
local words = {}
for w in ("the cat scattered the cats"):gmatch("%f[%w]cat%f[%W]") do words[#words + 1] = w end
print(#words)
print(("hello world"):gsub("%f[%w]%w", string.upper))
print(("x"):match("^$"), (""):match("^$"), (""):find(""), (""):match(".*"))
print(("abc"):gsub("^", ">"), ("abc"):gsub("$", "<"))
print(("aaa"):gsub("^a", "b"))
print(("abc\n"):match("^(.-)\n?$"))
print(("%f[%a]"):len(), ("AB12cd"):gsub("%f[%d]", "|"))
