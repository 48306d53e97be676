-- Exact binary ties under %.Nf / %.Ne: this LuaJIT build formats numbers with its own code and rounds
-- ties away from zero (2.5 -> "3"), where C's printf (and lua5.1) rounds half to even ("2"). Reference = luajit.
print(string.format("%.0f %.0f %.0f %.0f %.0f", 0.5, 1.5, 2.5, 3.5, -0.5))
print(string.format("%.1f %.1f %.1f %.1f", 0.25, 0.75, -0.25, 0.05))
print(string.format("%.2f %.2f %.2f", 0.125, 0.375, 2.675))
print(string.format("%.0e %.1e %.2e", 2.5, 1.25, 1.125))
for i = 0, 8 do io.write(string.format("%.0f ", i + 0.5)) end print()
for i = 0, 8 do io.write(string.format("%.1f ", i / 4)) end print()
print(string.format("%.3f", 1.0005), string.format("%.3f", 1.00050001))
print(string.format("%5.0f|%-5.0f|%05.0f", 4.5, 4.5, -4.5))
print(string.format("%g %g", 2.5, 1e15 + 0.5))
print(string.format("%.14g", 0.5), tostring(2.5), 2.5 .. "")
