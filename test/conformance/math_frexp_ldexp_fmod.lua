local function show(...) print(...) end
show(math.frexp(8))
show(math.frexp(1))
show(math.frexp(0.5))
show(math.frexp(-12.5))
show(math.frexp(0))
show(math.frexp(3))
show(math.ldexp(1, 3), math.ldexp(0.5, 1), math.ldexp(0.75, 4), math.ldexp(1, -1))
show(math.ldexp(1, 1023) * 2 == 1 / 0, math.ldexp(1, -1074) > 0)
for _, v in ipairs({1, 100, 0.1, 123.456, -7}) do
  local m, e = math.frexp(v)
  show(v, m, e, math.ldexp(m, e) == v)
end
show(math.fmod(7, 3), math.fmod(-7, 3), math.fmod(7, -3), math.fmod(-7, -3))
show(math.fmod(5.5, 2), math.fmod(1, 0) ~= math.fmod(1, 0), math.fmod(0, 1))
show(math.fmod(1e15 + 3, 10), math.fmod(2 ^ 53, 7))
show(pcall(math.fmod, 1))
