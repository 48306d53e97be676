-- every debug function with missing and wrong-typed arguments
local co = coroutine.create(function() end)
local function f(a) return a end
local cases = {
  {"getinfo", {}}, {"getinfo", {{}}}, {"getinfo", {"x"}}, {"getinfo", {1, 2}}, {"getinfo", {1, "z"}},
  {"getinfo", {co}}, {"getinfo", {co, "x"}}, {"getinfo", {f, ">S"}}, {"getinfo", {1, ">S"}}, {"getinfo", {100}},
  {"getinfo", {-1}}, {"getinfo", {"1"}}, {"getinfo", {1.5}}, {"getinfo", {nil}},
  {"getlocal", {}}, {"getlocal", {1}}, {"getlocal", {"x", 1}}, {"getlocal", {100, 1}}, {"getlocal", {1, "x"}},
  {"getlocal", {co}}, {"getlocal", {co, 1}}, {"getlocal", {co, 1, 1}}, {"getlocal", {f, 1}}, {"getlocal", {1, 0}},
  {"setlocal", {}}, {"setlocal", {1}}, {"setlocal", {1, 1}}, {"setlocal", {100, 1, 1}}, {"setlocal", {1, "x", 1}},
  {"setlocal", {co, 1, 1}},
  {"getupvalue", {}}, {"getupvalue", {f}}, {"getupvalue", {1, 1}}, {"getupvalue", {f, "x"}}, {"getupvalue", {print, 1}},
  {"setupvalue", {}}, {"setupvalue", {f}}, {"setupvalue", {f, 1}}, {"setupvalue", {1, 1, 1}},
  {"upvalueid", {}}, {"upvalueid", {f}}, {"upvalueid", {f, 1}}, {"upvalueid", {f, 0}}, {"upvalueid", {1, 1}},
  {"upvalueid", {print, 1}},
  {"upvaluejoin", {}}, {"upvaluejoin", {f, 1}}, {"upvaluejoin", {f, 1, f, 1}}, {"upvaluejoin", {print, 1, f, 1}},
  {"sethook", {1}}, {"sethook", {print}}, {"sethook", {print, 1}}, {"sethook", {co, print}}, {"sethook", {{}, "c"}},
  {"gethook", {1}}, {"gethook", {co}},
  {"getmetatable", {}}, {"setmetatable", {}}, {"setmetatable", {{}, 1}}, {"setmetatable", {1, {}}},
  {"getfenv", {}}, {"getfenv", {1}}, {"getfenv", {print}},
  {"setfenv", {}}, {"setfenv", {f}}, {"setfenv", {f, 1}}, {"setfenv", {1, {}}}, {"setfenv", {print, {}}},
  {"setfenv", {co, {}}},
  {"traceback", {{}}}, {"traceback", {1}}, {"traceback", {"m", "x"}}, {"traceback", {co, 1}}, {"traceback", {co, "m", "x"}},
  {"traceback", {nil, 1}}, {"traceback", {true}},
  {"getregistry", {1}},
}
for _, c in ipairs(cases) do
  local args = c[2]
  local r = {pcall(debug[c[1]], unpack(args, 1, table.maxn(args)))}
  for i = 2, #r do
    local v = r[i]
    if type(v) == "table" then r[i] = "table" elseif type(v) == "function" then r[i] = "function"
    elseif type(v) == "thread" then r[i] = "thread" elseif type(v) == "userdata" then r[i] = "userdata"
    elseif type(v) == "string" then r[i] = v:gsub("0x%x+", "ADDR") end
  end
  debug.sethook()
  print(c[1], #args, unpack(r, 1, table.maxn(r)))
end
