print("a\tb", "a\\b", "a\"b", 'a\'b', "a\nb")
print("\65\066\0671", "\x41" == "x41" or "\x41")
print(#"\0", #"\00", #"\000", #"\0000", ("\0001"):byte(1, -1))
print("\a\b\f\v\r" == string.char(7, 8, 12, 11, 13))
print("line1\
line2")
print([[long
string]], [==[with ]] inside]==])
print([[
skip first newline]])
print(#[[

two]])
print("\255" == string.char(255), ("\200"):byte())
print('\'' .. "\"" .. [["]])
