local s1 = "a\tb\nc\\d\"e'"
local s2 = 'x\65\066\0673'
local s3 = "\x41\x62\z
            continued"
local s4 = "\u{48}\u{e9}\u{20AC}\u{1F600}"
local s5 = [[long
string]]
local s6 = [==[with ]] inside]==]
local s7 = "\a\b\f\v\r"
local s8 = "a very long string constant that is longer than forty characters"
local s9 = "\0\1\127\200\255"
print(s1, s2, s3, s4, s5, s6, s7, s8, s9)
