-- os.exit(0) inside pcall inside a coroutine still ends the whole run.
print("start")
local co = coroutine.wrap(function()
  print(pcall(os.exit, 0, true))
  print("not reached")
end)
co()
print("not reached either")
