total=0; function test() if total < 500 then total = total + 1 end end; for i=1,501 do test() end
print(total)
