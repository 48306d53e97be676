local function r0() return end
local function r1(x) return x end
local function r2(x, y) return x, y end
local function rm(...) return ... end
local function rt(f) return f(1) end
local function rmt(f, ...) return f(...) end
local function rc(f) return 1, f() end
local function rp(x) return (x) end
local function rk() return 1, "a", nil end
local function rn() return nil end
print(r0(), r1(1), r2(1, 2), rm(1), rt(r1), rmt(r1, 2), rc(r0), rp(1), rk(), rn())
