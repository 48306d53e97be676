#!/usr/bin/env luajit
local x = 1
print(x)
