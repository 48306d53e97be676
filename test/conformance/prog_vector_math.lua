local function vec(...) return {...} end
local function add(a, b) local r = {} for i = 1, #a do r[i] = a[i] + b[i] end return r end
local function scale(a, s) local r = {} for i = 1, #a do r[i] = a[i] * s end return r end
local function dot(a, b) local s = 0 for i = 1, #a do s = s + a[i] * b[i] end return s end
local function norm(a) return math.sqrt(dot(a, a)) end
local function str(a) local p = {} for i = 1, #a do p[i] = string.format("%.3f", a[i]) end return "(" .. table.concat(p, ", ") .. ")" end
local a, b = vec(1, 2, 3), vec(-2, 0.5, 4)
print(str(add(a, b)), str(scale(a, -1.5)), dot(a, b))
print(string.format("%.6f %.6f", norm(a), norm(b)))
local unit = scale(a, 1 / norm(a))
print(str(unit), string.format("%.12f", norm(unit)))
local function cross(u, v) return vec(u[2] * v[3] - u[3] * v[2], u[3] * v[1] - u[1] * v[3], u[1] * v[2] - u[2] * v[1]) end
local c = cross(a, b)
print(str(c), dot(c, a), dot(c, b))
