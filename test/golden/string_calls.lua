local s = "hello"
print(s:upper(), s:sub(1, 2), s:rep(2, ","), s:len())
print(string.format("%d %s", 1, "x"), ("x"):byte())
print(#s, s == "hello", s < "world")
