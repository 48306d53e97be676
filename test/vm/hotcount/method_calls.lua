n = 0
local obj = {v = 0}
function obj:inc() n = n + 1; self.v = self.v + 1 end
for i = 1, 10 do
  obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc()
  obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc() obj:inc()
end
