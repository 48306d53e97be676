-- patterns: find/match/gsub/gmatch of many patterns over many subjects
local subjects = {"", "a", "hello world", "  x = 10, y = 20  ", "THE (quick) [brown] {fox}", "a.b-c+d*e?f", "\0a\0b", "aaa", "abcabcabc", "x=1\ny=2\n", "é ü \255\128", "f(a(b)c)d", "%d%s", "^$"}
local pats = {"", "a", ".", "%a+", "%A+", "%d+", "%s*", "%S+", "%w+", "%W", "%p", "%c", "%u", "%l", "%x+", "%z", "%Z+", "^a", "a$", "^$", "^", "$", "(a)", "()a()", "(a*)", "a-b", "a-", "a*?", ".-", ".*", "[abc]+", "[^abc]+", "[a-c]+", "[%a_]+", "[]]", "[^]]", "[a-]", "[-a]", "[%]]", "%b()", "%b[]", "%f[%a]%a+", "%f[%A]", "%f[%z]", "(%a+)%s*=%s*(%d+)", "(h)(e)(l)(l)(o)", "((a)(b))", "(a)%1", "(.)%1", "[%d%.]+", "\0", "%\0", "[\0]", "a\0b", "%.", "[.]", "x?y?z?", "(%w+)(%s*)", "[%w%s]+", "()", "(()a)", "[a-%%]", "%^", "^^", "$$", "a$b", "[^%s]+$", "^%s*(.-)%s*$", ".-b", "[\128-\255]+", "%f[%w]%w+%f[%W]"}
for _, s in ipairs(subjects) do
  for _, p in ipairs(pats) do
    local r1 = {pcall(string.find, s, p)}
    local r2 = {pcall(string.match, s, p)}
    local r3 = {pcall(string.gsub, s, p, "<%0>")}
    local r4 = {pcall(string.find, s, p, 3)}
    local r5 = {pcall(string.find, s, p, -2, true)}
    local parts = {}
    local ok, e = pcall(function() for a, b in s:gmatch(p) do parts[#parts+1] = tostring(a) .. "/" .. tostring(b) if #parts > 50 then break end end end)
    local function j(t) local o = {} for i = 1, #t do o[i] = tostring(t[i]) end return table.concat(o, ",") end
    print(string.format("%q %q | %s | %s | %s | %s | %s | %s %s", s, p, j(r1), j(r2), j(r3), j(r4), j(r5), table.concat(parts, ";"), tostring(e)))
  end
end
