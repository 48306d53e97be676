local inf, nan = 1 / 0, 0 / 0
local vals = {-inf, -1e308, -1, -0.0, 0, 1e-300, 1, 1e308, inf}
for i = 1, #vals - 1 do io.write(tostring(vals[i] < vals[i + 1]), " ") end print()
for i = 1, #vals - 1 do io.write(tostring(vals[i] <= vals[i + 1]), " ") end print()
print(-0.0 < 0, -0.0 <= 0, 0 < -0.0, -0.0 == 0)
print(nan < nan, nan <= nan, nan > nan, nan >= nan, nan == nan, nan ~= nan)
print(nan < inf, nan > -inf, inf > nan)
print(2 ^ 53 == 2 ^ 53 + 1, 2 ^ 53 < 2 ^ 53 + 2, 1 == 1 + 1e-16, 1 < 1 + 2.3e-16)
print(0.1 + 0.2 > 0.3, 0.1 * 3 == 0.3, 1 / 3 * 3 == 1)
local t = {5, 3, 8}
print(t[1] > t[2], t[2] < t[3], not (t[1] > t[3]))
print(3 == 3.0, "3" == "3.0", -1 < 1, -1 > -2)
