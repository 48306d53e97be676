local a = 1
do
  local b = 2
  do
    local c = 3
    a = a + b + c
  end
end
do local f = function() return a end; a = f() end
print(a)
