local sb = {parts = {}}
function sb:add(s) self.parts[#self.parts + 1] = s; return self end
function sb:build() return table.concat(self.parts) end
print(sb:add("a"):add("b"):add("c"):build())
